"""Declare what a returned workbook's fill-in values and the progress tables must hold.

``pipeline.collect.checks`` decides when to apply these models and which rule each failed
check reports (see ``pipeline.validate.rules``, ids ``return.*``); the status list itself is
data (schemas/statuses.csv), so the check that a status is one of them is added at run time.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

#: The most characters an Excel cell holds.
CELL_LIMIT = 32767
#: A mainland mobile (11 digits, 1[3-9]…) or a landline with its area code (0xx[x]-…),
#: an extension allowed; spaces and hyphens between digit groups are tolerated.
PHONE_PATTERN = r"^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$"
#: Names of the checks that tie a status to the text it requires (see StatusesSchema).
DONE_NEEDS_PROGRESS = "status_needs_progress"
NEEDS_PROBLEM = "status_needs_problem"


class FillInSchema(pa.DataFrameModel):
    """One row per task and unit of a return: the four fill-in cells, trimmed.

    ``needs_progress`` / ``needs_problem`` come from the status picked (statuses.csv);
    ``status`` is checked against the status list when the model is applied.
    """

    file: str
    row: pl.Int32
    key: str
    status: str = pa.Field(nullable=True)
    progress: str = pa.Field(nullable=True, str_length={"max_value": CELL_LIMIT})
    problems: str = pa.Field(nullable=True, str_length={"max_value": CELL_LIMIT})
    next_steps: str = pa.Field(nullable=True, str_length={"max_value": CELL_LIMIT})
    needs_progress: bool
    needs_problem: bool

    @pa.dataframe_check(name=DONE_NEEDS_PROGRESS)
    @classmethod
    def progress_given(cls, data: PolarsData) -> pl.LazyFrame:
        """A status that needs 工作进展 (已完成) has it."""
        return data.lazyframe.select(~pl.col("needs_progress") | pl.col("progress").is_not_null())

    @pa.dataframe_check(name=NEEDS_PROBLEM)
    @classmethod
    def problem_given(cls, data: PolarsData) -> pl.LazyFrame:
        """A status that needs 存在问题 (需协调, 进度滞后) has it."""
        return data.lazyframe.select(~pl.col("needs_problem") | pl.col("problems").is_not_null())

    class Config:
        strict = True
        ordered = True


class HeaderSchema(pa.DataFrameModel):
    """One row per return: the header-block inputs that have a format (trimmed, null if empty).

    ``reported_on`` and ``as_of`` are the texts of 填报日期 and 统计截至日期;
    ``*_ok`` says whether each read as a real date (a date cell, or 2026-12-31, 2026/12/31,
    2026年12月31日).
    """

    file: str
    phone: str = pa.Field(nullable=True, str_matches=PHONE_PATTERN)
    reported_on: str = pa.Field(nullable=True)
    reported_on_ok: bool = pa.Field(isin=[True])
    as_of: str = pa.Field(nullable=True)
    as_of_ok: bool = pa.Field(isin=[True])

    class Config:
        strict = True
        ordered = True


LIGHTS = ["red", "yellow", "green", "none"]


class ProgressSchema(pa.DataFrameModel):
    """One row per round × task × unit that owes the task (the contract's progress table)."""

    round: str
    doc_id: str
    task_id: str
    task_no: pl.Int32 = pa.Field(ge=1)
    title: str
    unit_id: str
    short_name: str
    role: str = pa.Field(isin=["lead", "responsible", "cooperating"])
    reported: bool
    status: str = pa.Field(nullable=True)
    progress: str = pa.Field(nullable=True)
    problems: str = pa.Field(nullable=True)
    next_steps: str = pa.Field(nullable=True)
    light: str = pa.Field(isin=LIGHTS)
    source_file: str = pa.Field(nullable=True)
    source_sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")

    class Config:
        strict = True
        ordered = True
        unique = ("round", "doc_id", "task_id", "unit_id")
