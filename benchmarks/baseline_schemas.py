"""The pipeline's table checks (schemas/tables.py) written for Pandera's pandas backend."""

from __future__ import annotations

from typing import Any

import pandas as pd  # type: ignore[import-untyped, unused-ignore]
import pandera.errors
import pandera.pandas as pa

ROLES = ["lead", "responsible", "cooperating"]
MIN_YEAR, MAX_YEAR = 2000, 2100
_TEXT = pa.Check.str_length(min_value=1)


def _text(**kwargs: Any) -> pa.Column:
    return pa.Column(str, _TEXT, **kwargs)


def _count(minimum: int) -> pa.Column:
    return pa.Column("int32", pa.Check.ge(minimum))


def _numbers_consecutive(tasks: pd.DataFrame) -> pd.Series:
    """Tell, per task row in document order, whether its number follows the previous one."""
    grouped = tasks.groupby("doc_id", sort=False)
    prev_no = grouped["task_no"].shift(1)
    prev_section = grouped["section"].shift(1)
    section_changed = ~(
        (tasks["section"] == prev_section) | (tasks["section"].isna() & prev_section.isna())
    )
    follows = (tasks["task_no"] == prev_no + 1) | (section_changed & (tasks["task_no"] == 1))
    return follows.where(prev_no.notna(), tasks["task_no"] == 1).astype(bool)


DOCUMENTS = pa.DataFrameSchema(
    {
        "doc_id": _text(unique=True),
        "source": _text(),
        "sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "title": _text(),
        "issuer": pa.Column(str, nullable=True),
        "published": pa.Column("datetime64[ms]", nullable=True),
        "n_tasks": _count(0),
    },
    strict=True,
    ordered=True,
    coerce=True,
)
TARGETS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "year": pa.Column("int32", pa.Check.in_range(MIN_YEAR, MAX_YEAR)),
        "text": _text(),
        "line": _count(1),
    },
    strict=True,
    ordered=True,
    coerce=True,
    unique=["doc_id", "year"],
)
TASKS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "task_id": _text(),
        "task_no": _count(0),
        "label": _text(),
        "section": pa.Column(str, nullable=True),
        "title": _text(),
        "body": pa.Column(str),
        "deadline": pa.Column(str, nullable=True),
        "line": _count(1),
        "column": _count(1),
        "span_start": _count(0),
        "span_end": _count(0),
    },
    checks=[pa.Check(_numbers_consecutive, name="task_numbers_consecutive")],
    strict=True,
    ordered=True,
    coerce=True,
    unique=["doc_id", "task_id"],
)
MENTIONS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "task_id": pa.Column(str),
        "task_no": pa.Column("int32"),
        "role": pa.Column(str, pa.Check.isin(ROLES)),
        "position": _count(1),
        "mention": _text(),
        "line": _count(1),
        "column": _count(1),
        "span_start": _count(0),
        "span_end": _count(0),
        "etc": pa.Column(bool),
    },
    strict=True,
    ordered=True,
    coerce=True,
    unique=["doc_id", "task_id", "role", "position"],
)
ASSIGNMENTS = pa.DataFrameSchema(
    {
        "doc_id": pa.Column(str),
        "task_id": pa.Column(str),
        "task_no": pa.Column("int32"),
        "unit_id": _text(),
        "unit_name": _text(),
        "short_name": _text(),
        "role": pa.Column(str, pa.Check.isin(ROLES)),
        "position": _count(1),
        "primary": pa.Column(bool),
        "mention": _text(),
        "via": _text(),
        "line": _count(1),
        "column": _count(1),
    },
    strict=True,
    ordered=True,
    coerce=True,
    unique=["doc_id", "task_id", "unit_id"],
)
SCHEMAS = {
    "documents": DOCUMENTS,
    "targets": TARGETS,
    "tasks": TASKS,
    "mentions": MENTIONS,
    "assignments": ASSIGNMENTS,
}


def validate_tables(tables: dict[str, pd.DataFrame]) -> int:
    """Validate each table lazily, as the pipeline does; return the number of failure cases."""
    failures = 0
    for name, schema in SCHEMAS.items():
        try:
            schema.validate(tables[name], lazy=True)
        except pandera.errors.SchemaErrors as err:
            failures += len(err.failure_cases)
    return failures
