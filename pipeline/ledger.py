"""The validated tables that every deliverable is written from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import polars as pl

from pipeline.frames import Frames

if TYPE_CHECKING:
    from pipeline.collect.carry import Carried


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
    #: ``export --carry-forward``: unit_id -> task key -> the unit's last collected answer,
    #: for the department writer to pre-fill the fill-in cells with (empty otherwise).
    carried: Mapping[str, Mapping[str, Carried]] = field(default_factory=dict)
