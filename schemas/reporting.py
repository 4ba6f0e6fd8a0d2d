"""Declare the reporting vocabulary: the status list departments pick 完成状态 from."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl


class StatusesSchema(pa.DataFrameModel):
    """One row per status, in the order the dropdown offers them.

    ``rank`` orders statuses by how far a task has come (0 least advanced); the overall
    status of a task is its least advanced unit's. ``needs_progress`` and ``needs_problem``
    say which fill-in text a status requires.
    """

    status: str = pa.Field(unique=True, str_length={"min_value": 1, "max_value": 20})
    rank: pl.Int32 = pa.Field(unique=True, ge=0)
    needs_progress: bool
    needs_problem: bool
    meaning: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        ordered = True
        coerce = True
