"""Encode a polars frame's rows as the JSON ``json.dumps(rows, ensure_ascii=False, indent=2)``
writes, in pieces, without a loop per row: polars encodes each value, many times faster
than json's indented encoder (pure Python) on a corpus. Export, validation reports and
collect all write their JSON lists through here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

import polars as pl

PAD = "  "
CHUNK = 20_000  # rows per piece: a corpus's JSON is never in memory whole


def rows_json(frame: pl.DataFrame, depth: int = 0) -> Iterator[bytes]:
    """Yield, in pieces, a JSON list with one object per row of ``frame``, keys in column order.

    At ``depth`` 0 the list is a whole document (a final newline); deeper, it is the value
    of a key at that nesting, indented as json.dumps would.
    """
    row = json_object([(c, pl.col(c)) for c in frame.columns], depth=depth + 1)
    pieces = (frame.slice(i, CHUNK).select(row).to_series() for i in starts(frame, CHUNK))
    return json_list(pieces, depth=depth, end=b"" if depth else b"\n")


def json_value(expr: pl.Expr) -> pl.Expr:
    """Return the JSON text of each value (polars escapes strings exactly as json does)."""
    return pl.struct(expr.alias("v")).struct.json_encode().str.slice(5).str.strip_suffix("}")


def json_object(
    fields: Sequence[tuple[str, pl.Expr]],
    *,
    depth: int,
    raw: frozenset[str] | set[str] = frozenset(),
) -> pl.Expr:
    """Return each row as an indented JSON object at nesting ``depth``; ``raw`` is JSON already."""
    inside = "\n" + PAD * (depth + 1)
    parts: list[pl.Expr] = []
    for i, (key, value) in enumerate(fields):
        parts.append(pl.lit(("{" if i == 0 else ",") + inside + json.dumps(key) + ": "))
        parts.append(value if key in raw else json_value(value))
    parts.append(pl.lit("\n" + PAD * depth + "}"))
    return pl.concat_str(parts)


def json_list(parts: Iterable[pl.Series], depth: int = 0, end: bytes = b"\n") -> Iterator[bytes]:
    """Yield a JSON list of the objects in ``parts`` at nesting ``depth``, as json.dumps
    indents it, then ``end``."""
    inside = ("\n" + PAD * (depth + 1)).encode()
    opened = False
    for objects in parts:
        if objects.len():
            yield b"," + inside if opened else b"[" + inside
            yield objects.str.join("," + inside.decode()).cast(pl.Binary).item()
            opened = True
    yield (b"\n" + (PAD * depth).encode() + b"]" if opened else b"[]") + end


def starts(frame: pl.DataFrame, size: int) -> range:
    """Return where each piece of ``size`` rows of ``frame`` starts."""
    return range(0, frame.height, size)
