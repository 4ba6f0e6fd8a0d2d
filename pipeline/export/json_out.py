"""Write tasks (their units nested) and assignments as JSON, Chinese as is, without a loop per row.

The text is what ``json.dumps(value, ensure_ascii=False, indent=2)`` writes, plus a final
newline; polars encodes each value, which is many times faster than json's indented
encoder (pure Python) on a corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

import polars as pl

from pipeline.columns import names
from schemas.tables import AssignmentsSchema, TasksSchema

# A task's place in the raw text beyond its line is for finding it there, not for readers.
_PLACE = ("column", "span_start", "span_end")
#: A task's keys: its model's columns but the place within the line.
TASK_KEYS = tuple(name for name in names(TasksSchema) if name not in _PLACE)
#: A nested unit's keys: what an assignment adds to its task.
UNIT_KEYS = tuple(name for name in names(AssignmentsSchema) if name not in names(TasksSchema))
_PAD = "  "
_KEY = ["doc_id", "task_id"]
_CHUNK = 20_000  # rows per piece: a corpus's JSON is never in memory whole
_TASKS = 2_000  # tasks per piece: each carries its units


def rows_json(frame: pl.DataFrame, depth: int = 0) -> Iterator[bytes]:
    """Yield, in pieces, a JSON list with one object per row of ``frame``, keys in column order.

    At ``depth`` 0 the list is a whole document (a final newline); deeper, it is the value
    of a key at that nesting, indented as json.dumps would.
    """
    row = _object([(c, pl.col(c)) for c in frame.columns], depth=depth + 1)
    pieces = (frame.slice(i, _CHUNK).select(row).to_series() for i in _starts(frame, _CHUNK))
    return _list(pieces, depth=depth, end=b"" if depth else b"\n")


def tasks_json(tasks: pl.DataFrame, assignments: pl.DataFrame) -> Iterator[bytes]:
    """Yield, in pieces, a JSON list with one object per task in ``tasks`` order, units nested.

    Task keys are ``TASK_KEYS``; units follow ``assignments`` order, keys ``UNIT_KEYS``.
    """
    return _list(_task_objects(tasks.slice(i, _TASKS), assignments) for i in _starts(tasks, _TASKS))


def _task_objects(tasks: pl.DataFrame, assignments: pl.DataFrame) -> pl.Series:
    unit = _object([(k, pl.col(k)) for k in UNIT_KEYS], depth=3)
    inner = ",\n" + _PAD * 3
    units = (
        assignments.join(tasks.select(*_KEY), on=_KEY, how="semi", maintain_order="left")
        .group_by(*_KEY, maintain_order=True)
        .agg(
            pl.concat_str(
                pl.lit("[\n" + _PAD * 3), unit.str.join(inner), pl.lit("\n" + _PAD * 2 + "]")
            ).alias("units")
        )
    )
    fields = [(k, pl.col(k)) for k in TASK_KEYS]
    task = _object([*fields, ("units", pl.col("units").fill_null("[]"))], depth=1, raw={"units"})
    joined = tasks.join(units, on=_KEY, how="left", maintain_order="left")
    return joined.select(task).to_series()


def _value(expr: pl.Expr) -> pl.Expr:
    """Return the JSON text of each value (polars escapes strings exactly as json does)."""
    return pl.struct(expr.alias("v")).struct.json_encode().str.slice(5).str.strip_suffix("}")


def _object(
    fields: Sequence[tuple[str, pl.Expr]],
    *,
    depth: int,
    raw: frozenset[str] | set[str] = frozenset(),
) -> pl.Expr:
    """Return each row as an indented JSON object at nesting ``depth``; ``raw`` is JSON already."""
    inside = "\n" + _PAD * (depth + 1)
    parts: list[pl.Expr] = []
    for i, (key, value) in enumerate(fields):
        parts.append(pl.lit(("{" if i == 0 else ",") + inside + json.dumps(key) + ": "))
        parts.append(value if key in raw else _value(value))
    parts.append(pl.lit("\n" + _PAD * depth + "}"))
    return pl.concat_str(parts)


def _list(parts: Iterable[pl.Series], depth: int = 0, end: bytes = b"\n") -> Iterator[bytes]:
    """Yield a JSON list of the objects in ``parts`` at nesting ``depth``, as json.dumps
    indents it, then ``end``."""
    inside = ("\n" + _PAD * (depth + 1)).encode()
    opened = False
    for objects in parts:
        if objects.len():
            yield b"," + inside if opened else b"[" + inside
            yield objects.str.join("," + inside.decode()).cast(pl.Binary).item()
            opened = True
    yield (b"\n" + (_PAD * depth).encode() + b"]" if opened else b"[]") + end


def _starts(frame: pl.DataFrame, size: int) -> range:
    return range(0, frame.height, size)
