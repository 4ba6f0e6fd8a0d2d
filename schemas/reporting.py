"""Declare the reporting vocabulary: the status list departments pick 完成状态 from."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.tables import Table


class StatusesSchema(Table):
    """One row per status, in the order the dropdown offers them.

    ``rank`` orders statuses by how far a task has come (0 least advanced); the overall
    status of a task is its least advanced unit's. ``needs_progress`` and ``needs_problem``
    say which fill-in text a status requires.
    """

    status: str = pa.Field(
        unique=True,
        str_length={"min_value": 1, "max_value": 20},
        title="完成状态",
        description="The status as the dropdown offers it.",
    )
    rank: pl.Int32 = pa.Field(
        unique=True, ge=0, title="进展次序", description="How far a task has come; 0 least."
    )
    needs_progress: bool = pa.Field(
        title="需填工作进展", description="Whether the status requires 工作进展."
    )
    needs_problem: bool = pa.Field(
        title="需填存在问题", description="Whether the status requires 存在问题."
    )
    meaning: str = pa.Field(
        str_length={"min_value": 1}, title="含义", description="What the status means."
    )
