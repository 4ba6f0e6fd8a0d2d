"""The validated tables that every deliverable is written from."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.frames import Frames


@dataclass(frozen=True, slots=True)
class Ledger:
    """Parsed frames, resolved assignments and the registry's units, ready to export.

    ``assignments`` columns: doc_id, task_id, task_no, unit_id, unit_name, short_name,
    role ("lead" | "responsible" | "cooperating"), mention, via, line, column.
    ``units`` columns: unit_id, name, short_name, aliases, category, category_zh,
    confidence, valid_from, valid_to, successor.
    """

    frames: Frames
    assignments: pl.DataFrame
    units: pl.DataFrame
    registry_sha256: str
