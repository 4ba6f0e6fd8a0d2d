"""Declare what valid pipeline tables are: documents, targets, tasks, mentions, assignments.

The columns and dtypes are the contracts of ``pipeline.frames`` and ``pipeline.ledger``;
the named checks are the rules ``pipeline.validate.checks`` reports
(see ``pipeline.validate.rules``).
"""

from __future__ import annotations

from datetime import date

import pandera.polars as pa
import polars as pl

ROLES = ["lead", "responsible", "cooperating"]
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MIN_YEAR, MAX_YEAR = 2000, 2100

#: Name of the tasks check that numbers run 1..N, per document or restarting per section.
NUMBERING_CHECK = "task_numbers_consecutive"


def numbering_ok() -> pl.Expr:
    """Tell, per task row in document order, whether its number follows the previous one."""
    no, section = pl.col("task_no"), pl.col("section")
    prev_no = no.shift(1).over("doc_id")
    prev_section = section.shift(1).over("doc_id")
    first = prev_no.is_null()
    restarts = section.ne_missing(prev_section) & (no == 1)
    return pl.when(first).then(no == 1).otherwise((no == prev_no + 1) | restarts)


class DocumentsSchema(pa.DataFrameModel):
    """One row per document; a document has a title and at least one task."""

    doc_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    source: str = pa.Field(str_length={"min_value": 1})
    sha256: str = pa.Field(str_matches=SHA256_PATTERN)
    title: str = pa.Field(str_length={"min_value": 1})
    issuer: str | None = pa.Field(nullable=True)
    published: date | None = pa.Field(nullable=True)
    signed: date | None = pa.Field(nullable=True)
    document_number: str | None = pa.Field(nullable=True)
    n_tasks: pl.Int32 = pa.Field(ge=1)

    class Config:
        strict = True
        ordered = True
        coerce = True


class TargetsSchema(pa.DataFrameModel):
    """One row per document and target year; the year is plausible."""

    doc_id: str
    year: pl.Int32 = pa.Field(in_range={"min_value": MIN_YEAR, "max_value": MAX_YEAR})
    text: str = pa.Field(str_length={"min_value": 1})
    line: pl.Int32 = pa.Field(ge=1)

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ("doc_id", "year")


class TasksSchema(pa.DataFrameModel):
    """One row per task in document order; titled, and numbered 1..N without gaps."""

    doc_id: str
    task_id: str = pa.Field(str_length={"min_value": 1})
    task_no: pl.Int32 = pa.Field(ge=0)
    label: str = pa.Field(str_length={"min_value": 1})
    section: str | None = pa.Field(nullable=True)
    title: str = pa.Field(str_length={"min_value": 1})
    body: str
    deadline: str | None = pa.Field(nullable=True)
    line: pl.Int32 = pa.Field(ge=1)
    column: pl.Int32 = pa.Field(ge=1)
    span_start: pl.Int32 = pa.Field(ge=0)
    span_end: pl.Int32 = pa.Field(ge=0)

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ("doc_id", "task_id")

    @pa.dataframe_check(name=NUMBERING_CHECK)
    def numbers_consecutive(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that each task number is the previous one plus 1 (or 1 in a new section)."""
        return data.lazyframe.select(numbering_ok())


class MentionsSchema(pa.DataFrameModel):
    """One row per unit named in a task's clause, as printed."""

    doc_id: str
    task_id: str
    task_no: pl.Int32
    role: str = pa.Field(isin=ROLES)
    position: pl.Int32 = pa.Field(ge=1)
    mention: str = pa.Field(str_length={"min_value": 1})
    line: pl.Int32 = pa.Field(ge=1)
    column: pl.Int32 = pa.Field(ge=1)
    span_start: pl.Int32 = pa.Field(ge=0)
    span_end: pl.Int32 = pa.Field(ge=0)

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ("doc_id", "task_id", "role", "position")


class AssignmentsSchema(pa.DataFrameModel):
    """One row per task and resolved unit, with the unit's strongest role, in plan order.

    ``position`` is the unit's rank in its task (1 = listed first); ``primary`` marks the
    first-listed lead, the task's primary lead.
    """

    doc_id: str
    task_id: str
    task_no: pl.Int32
    unit_id: str = pa.Field(str_length={"min_value": 1})
    unit_name: str = pa.Field(str_length={"min_value": 1})
    short_name: str = pa.Field(str_length={"min_value": 1})
    role: str = pa.Field(isin=ROLES)
    position: pl.Int32 = pa.Field(ge=1)
    primary: bool
    mention: str = pa.Field(str_length={"min_value": 1})
    via: str = pa.Field(str_length={"min_value": 1})
    line: pl.Int32 = pa.Field(ge=1)
    column: pl.Int32 = pa.Field(ge=1)

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ("doc_id", "task_id", "unit_id")
