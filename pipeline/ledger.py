"""The validated tables that every deliverable is written from."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.frames import Frames


@dataclass(frozen=True, slots=True)
class Ledger:
    """Parsed frames, resolved assignments and the registry's units, ready to export.

    ``assignments`` and ``units`` have the columns of ``AssignmentsSchema`` and of the
    registry's ``UnitsSchema`` (schemas/).
    """

    frames: Frames
    assignments: pl.DataFrame
    units: pl.DataFrame
    registry_sha256: str
