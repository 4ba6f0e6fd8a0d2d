"""What the models declare, derived: names, polars schemas, titles, records."""

from __future__ import annotations

import inspect

import pandera.polars as pa
import polars as pl
import pytest

from pipeline.columns import conform, empty, from_rows, names, polars_schema, record, titles
from pipeline.frames import CORRECTIONS, TASKS
from pipeline.model import Correction
from pipeline.validate.findings import Finding
from pipeline.validate.rules import Severity
from schemas import reporting, tables
from schemas.tables import (
    AssignmentsSchema,
    CorrectionsSchema,
    FindingsSchema,
    Table,
    TargetsSchema,
    TaskUnitsSchema,
)

MODELS = [
    m
    for module in (tables, reporting)
    for _, m in inspect.getmembers(module, inspect.isclass)
    if issubclass(m, pa.DataFrameModel) and m is not Table and m.__module__ == module.__name__
]


def test_names_and_polars_schema_follow_the_model() -> None:
    assert names(TargetsSchema) == ["doc_id", "year", "text", "line"]
    assert polars_schema(TargetsSchema) == pl.Schema(
        {"doc_id": pl.String, "year": pl.Int32, "text": pl.String, "line": pl.Int32}
    )
    assert names(TaskUnitsSchema)[-3:] == ["lead_units", "responsible_units", "cooperating_units"]
    assert polars_schema(tables.TasksSchema) == TASKS
    assert CORRECTIONS.names()[-2:] == ["count", "line"]


def test_titles_are_chinese() -> None:
    assert titles(AssignmentsSchema)["via"] == "识别方式"
    assert titles(TargetsSchema) == {
        "doc_id": "文档标识",
        "year": "目标年份",
        "text": "目标内容",
        "line": "原文行号",
    }


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_shares_the_base_and_describes_every_field(model: type[Table]) -> None:
    assert issubclass(model, Table)
    schema = model.to_schema()
    assert (schema.strict, schema.ordered, schema.coerce) == (True, True, True)
    for name, column in schema.columns.items():
        assert column.title and column.description, f"{model.__name__}.{name}"


def test_every_exported_table_has_a_model() -> None:
    assert {m.__name__ for m in MODELS} >= {
        "DocumentsSchema", "TargetsSchema", "TasksSchema", "MentionsSchema", "AssignmentsSchema",
        "TaskUnitsSchema", "UnitTotalsSchema", "FindingsSchema", "CorrectionsSchema",
        "CleaningSchema",
    }  # fmt: skip


def test_conform_cuts_orders_and_casts() -> None:
    frame = pl.DataFrame(
        {"line": [3], "extra": ["x"], "text": ["t"], "year": [2025], "doc_id": ["d"]}
    )
    assert conform(frame, TargetsSchema).rows() == [("d", 2025, "t", 3)]
    assert conform(frame, TargetsSchema).schema == polars_schema(TargetsSchema)
    with pytest.raises(pl.exceptions.ColumnNotFoundError):
        conform(frame.drop("text"), TargetsSchema)


def test_from_rows_and_empty() -> None:
    assert from_rows([("d", 2025, "t", 3)], TargetsSchema).schema == polars_schema(TargetsSchema)
    assert empty(TargetsSchema).shape == (0, 4)


def test_record_keeps_the_models_order_and_plain_values() -> None:
    finding = Finding("unit.unknown", Severity.ERROR, "m", "h", "p.txt", "p", 2, 3, 1, "x")
    assert record(finding, FindingsSchema) == {
        "rule": "unit.unknown", "severity": "error", "path": "p.txt", "line": 2, "column": 3,
        "doc_id": "p", "task_no": 1, "task_id": None, "cell": None, "unit": None, "message": "m",
        "excerpt": "x", "hint": "h",
    }  # fmt: skip
    fix = Correction("甲", "乙", "typo", 1, 5, "p.corrections.toml", 3)
    assert list(record(fix, CorrectionsSchema)) == [
        "file", "file_line", "find", "replace", "reason", "count", "line",
    ]  # fmt: skip
