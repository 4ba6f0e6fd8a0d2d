"""Describe the exported CSV tables as a Frictionless Data Package, generated from their models.

Each field carries its model's name (English, for programs), title (Chinese, for people),
description, type and constraints; each resource its primary key and the foreign keys its
model declares (``Config.metadata["foreign_keys"]``).
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from pipeline.columns import Model, fields
from schemas.tables import (
    AssignmentsSchema,
    DocumentsSchema,
    TargetsSchema,
    TaskUnitsSchema,
    UnitTotalsSchema,
)

PATH = "datapackage.json"
#: The tables every export writes as ``<name>.csv`` and ``<name>.parquet``, and their models
#: (a table the collect stage writes, such as progress, is added here with its model).
RESOURCES: dict[str, Model] = {
    "documents": DocumentsSchema,
    "tasks": TaskUnitsSchema,
    "assignments": AssignmentsSchema,
    "targets": TargetsSchema,
    "units": UnitTotalsSchema,
}
_TYPES = {
    pl.String: "string",
    pl.Int32: "integer",
    pl.Int64: "integer",
    pl.Float64: "number",
    pl.Boolean: "boolean",
    pl.Date: "date",
}
# pandera check name -> (its statistic, the Table Schema constraint it is)
_CONSTRAINTS = {
    "str_length": (("min_value", "minLength"), ("max_value", "maxLength")),
    "greater_than_or_equal_to": (("min_value", "minimum"),),
    "less_than_or_equal_to": (("max_value", "maximum"),),
    "in_range": (("min_value", "minimum"), ("max_value", "maximum")),
    "isin": (("allowed_values", "enum"),),
    "str_matches": (("pattern", "pattern"),),
}


def datapackage_json(name: str = "plan-ledger", title: str = "任务分工台账") -> str:
    """Return the Data Package of the exported tables as indented JSON ending with a newline."""
    package = {
        "name": name,
        "title": title,
        "profile": "tabular-data-package",
        "resources": [_resource(table, model) for table, model in RESOURCES.items()],
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def _resource(table: str, model: Model) -> dict[str, Any]:
    schema = model.to_schema()
    described: dict[str, Any] = {
        "fields": [_field(name, column) for name, column in fields(model).items()],
        "missingValues": [""],
        "primaryKey": list(schema.unique or _unique_columns(model)),
    }
    config = model.__config__
    keys = ((config.metadata if config else None) or {}).get("foreign_keys", {})
    if keys:
        described["foreignKeys"] = [
            {"fields": list(columns), "reference": {"resource": target, "fields": list(columns)}}
            for target, columns in keys.items()
        ]
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "description": (model.__doc__ or "").strip(),
        "format": "csv",
        "mediatype": "text/csv",
        # The files start with a byte order mark, for Excel on Chinese Windows.
        "encoding": "utf-8-sig",
        "schema": described,
    }


def _field(name: str, column: Any) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": name,
        "title": column.title,
        "description": column.description,
        "type": _TYPES[column.dtype.type.base_type()],
    }
    constraints: dict[str, Any] = {}
    for check in column.checks:
        for statistic, constraint in _CONSTRAINTS.get(check.name, ()):
            value = check.statistics.get(statistic)
            if value is not None:
                constraints[constraint] = list(value) if constraint == "enum" else value
    # A null is written as an empty cell; an empty text is one too, so a text column is
    # required only when it may not be empty.
    never_empty = constraints.get("minLength") or "enum" in constraints
    if not column.nullable and (field["type"] != "string" or never_empty):
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if constraints:
        field["constraints"] = dict(sorted(constraints.items()))
    return field


def _unique_columns(model: Model) -> list[str]:
    return [name for name, column in fields(model).items() if column.unique]
