"""Derive what a table's model declares: column names, polars schema, titles, records.

``schemas/`` declares each table once (a Pandera model); every stage that builds, orders,
heads or serialises a table asks here instead of restating its columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from functools import cache
from typing import Any

import pandera.polars as pa
import polars as pl

Model = type[pa.DataFrameModel]


@cache
def _columns(model: Model) -> dict[str, Any]:
    return dict(model.to_schema().columns)


def names(model: Model) -> list[str]:
    """Return the column names of ``model``, in its order."""
    return list(_columns(model))


def polars_schema(model: Model) -> pl.Schema:
    """Return the polars schema of ``model``: its columns, in order, with their dtypes."""
    return pl.Schema({name: column.dtype.type for name, column in _columns(model).items()})


def empty(model: Model) -> pl.DataFrame:
    """Return a frame of ``model``'s columns with no rows."""
    return pl.DataFrame(schema=polars_schema(model))


def from_rows(rows: Iterable[tuple[object, ...]], model: Model) -> pl.DataFrame:
    """Return a frame of ``rows`` (tuples in the model's column order) with its dtypes."""
    return pl.DataFrame(list(rows), schema=polars_schema(model), orient="row")


def conform(frame: pl.DataFrame, model: Model) -> pl.DataFrame:
    """Return ``frame`` cut to ``model``'s columns, in its order, cast to its dtypes."""
    schema = polars_schema(model)
    return frame.select(schema.names()).cast(schema)


def titles(model: Model) -> dict[str, str]:
    """Return each column's title (Chinese, for people), by column name."""
    return {name: column.title or name for name, column in _columns(model).items()}


def fields(model: Model) -> dict[str, Any]:
    """Return the pandera columns of ``model`` (dtype, nullable, unique, checks, title...)."""
    return _columns(model)


def record(item: object, model: Model) -> dict[str, Any]:
    """Return the attributes of ``item`` that ``model`` declares, in its order, as plain values.

    An Enum becomes its value; a column ``item`` does not have is left out.
    """
    return {name: plain(getattr(item, name)) for name in _columns(model) if hasattr(item, name)}


def plain(value: object) -> object:
    """Return ``value`` as a record holds it: an Enum as its value, anything else as is."""
    return value.value if isinstance(value, Enum) else value
