"""The records a department workbook is written from: the unit's workbook and its plans.

Frozen data that the workbook, its 填报说明 and 任务清单 sheets and the overview all read;
no writing here, so the sheet modules depend on this and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from pipeline.export.department_rows import Column


@dataclass(frozen=True, slots=True)
class Plan:
    """A plan's identity as the workbooks print it; ``source`` is a file name only."""

    doc_id: str
    title: str
    source: str
    sha256: str
    issuer: str | None
    document_number: str | None
    signed: date | None
    published: date | None


@dataclass(frozen=True, slots=True)
class Department:
    """One unit's workbook: where it goes, the unit, its plans, and its task rows.

    ``rows`` is the unit's slice of ``department_rows``; ``plans`` the plans the unit
    has tasks in; ``cols`` the task table's columns (the same for every unit of an
    export, so the returned workbooks line up column for column).
    """

    path: str
    unit_id: str
    name: str
    short_name: str
    counts: tuple[int, int, int, int]  # primary lead, other lead, responsible, cooperating
    rows: pl.DataFrame
    cols: tuple[Column, ...]
    plans: tuple[Plan, ...]
    registry_sha256: str
    tool_version: str
    round: str
    due: date | None
    statuses: tuple[str, ...]

    @property
    def n_tasks(self) -> int:
        """Return the number of tasks the unit owes."""
        return self.rows.height
