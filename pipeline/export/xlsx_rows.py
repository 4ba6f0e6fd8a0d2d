"""Render whole tables as SpreadsheetML rows with polars expressions (legacy).

Only the department workbook (xlsx_department.py) still uses this hand-made renderer;
it goes when that workbook is written with openpyxl too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import polars as pl

from pipeline.export.xlsx_cells import (
    LINE_HEIGHT,
    MARGIN,
    MAX_HEIGHT,
    PADDING,
    Col,
    letter,
    text_width,
)
from pipeline.export.xlsx_styles import QUOTED, Style
from pipeline.export.xml_text import RISKY, SPACED, escape_expr, hex_escapes_kept

_CHUNK = 20_000  # rows rendered per query: a large sheet is never in memory whole


@dataclass(frozen=True, slots=True)
class Profile:
    """What a column's values need, so the common case renders with the fewest steps."""

    empty: bool  # some value is null or ""
    blank: bool  # every value is
    escape: bool  # some value has & < > or a CR
    risky: bool  # some value starts like a formula
    spaced: bool  # some value starts or ends with white space


def table_rows(
    frame: pl.DataFrame,
    cols: Sequence[Col],
    first_row: int,
    widths: Sequence[float],
    tail: str | None = None,
) -> Iterator[bytes]:
    """Yield the rows of ``frame`` rendered through ``cols`` from row ``first_row``, in pieces.

    ``tail`` names a column of cells already rendered, put after those of ``cols``.
    The rows are rendered as the pieces are asked for.
    """
    if frame.height == 0:
        return
    frame = _safe(frame, cols)
    profiles = profile(frame, cols)
    for start in range(0, frame.height, _CHUNK):
        r = (pl.int_range(pl.len()) + first_row + start).cast(pl.String).alias("_r")
        row = _row_expr(cols, profiles, widths, pl.col("_r"), tail)
        part = frame.slice(start, _CHUNK).with_columns(r)
        # Bytes straight from polars: no round trip through Python strings to the zip.
        yield part.select(row.str.join("").cast(pl.Binary)).item()


def grouped_rows(
    frame: pl.DataFrame, cols: Sequence[Col], first_row: int, widths: Sequence[float], by: str
) -> dict[str, bytes]:
    """Return, per value of column ``by``, its rows as ``table_rows`` renders them.

    One query renders every group, so a thousand small sheets cost about as much as one.
    """
    frame = _safe(frame, cols)
    r = (pl.int_range(pl.len()).over(by) + first_row).cast(pl.String).alias("_r")
    row = _row_expr(cols, profile(frame, cols), widths, pl.col("_r"))
    rendered = (
        frame.with_columns(r)
        .group_by(by, maintain_order=True)
        .agg(row.str.join("").cast(pl.Binary))
    )
    return {str(key): bytes(rows) for key, rows in rendered.iter_rows()}


def profile(frame: pl.DataFrame, cols: Sequence[Col]) -> list[Profile]:
    """Return the ``Profile`` of each column's values in ``frame``."""
    checks = []
    for c in cols:
        v = c.value.cast(pl.String)
        none = v.is_null() | (v == "")
        checks += [none.any(), none.all(), v.str.contains(r"[&<>\r]").any(),
                   v.str.contains(RISKY).any(), v.str.contains(SPACED).any()]  # fmt: skip
    found = frame.select(e.fill_null(False).alias(str(i)) for i, e in enumerate(checks)).row(0)
    return [Profile(*(bool(f) for f in found[i : i + 5])) for i in range(0, len(found), 5)]


def fit_widths(frame: pl.DataFrame, cols: Sequence[Col]) -> tuple[float, ...]:
    """Return a width per column: its widest cell (a CJK character counts 2), within bounds."""
    widest = (
        frame.select(
            _display_width(c.value.cast(pl.String).fill_null("")).max().alias(f"_w{i}")
            for i, c in enumerate(cols)
        ).row(0)
        if frame.height
        else (0,) * len(cols)
    )
    return tuple(
        max(c.min_width, min(c.width, max(w or 0, text_width(c.header)) + 2))
        for c, w in zip(cols, widest, strict=True)
    )


def _safe(frame: pl.DataFrame, cols: Sequence[Col]) -> pl.DataFrame:
    """Return ``frame`` with ``_xHHHH_`` kept literal in the columns ``cols`` read.

    Characters XML forbids are gone already (``build_tables`` removes them).
    """
    used = {name for c in cols for name in c.value.meta.root_names()}
    return hex_escapes_kept(frame, [name for name in frame.columns if name in used])


def _row_expr(
    cols: Sequence[Col],
    profiles: Sequence[Profile],
    widths: Sequence[float],
    r: pl.Expr,
    tail: str | None = None,
) -> pl.Expr:
    pairs = enumerate(zip(cols, profiles, strict=True))
    cells = [_cell_expr(c, p, letter(i), r) for i, (c, p) in pairs]
    if tail:
        cells.append(pl.col(tail))
    height = _height(cols, widths).cast(pl.String)
    head = [pl.lit('<row r="'), r, pl.lit('" ht="'), height, pl.lit('" customHeight="1">')]
    return pl.concat_str([*head, *cells, pl.lit("</row>")])


def _height(cols: Sequence[Col], widths: Sequence[float]) -> pl.Expr:
    """Return the points a row needs to show its longest wrapped cell in full.

    Close to ``fit_height``: a line break counts as one more line.
    """
    lines = [
        (_display_width(c.value.cast(pl.String).fill_null("")) / max(w - MARGIN, 1)).ceil()
        + c.value.cast(pl.String).str.count_matches("\n", literal=True).fill_null(0)
        for c, w in zip(cols, widths, strict=True)
        if not c.number and not c.hidden
    ]
    n = pl.max_horizontal(pl.lit(1.0), *lines)
    return (n * LINE_HEIGHT + PADDING).clip(upper_bound=MAX_HEIGHT).cast(pl.Int32)


def _cell_expr(col: Col, p: Profile, column: str, r: pl.Expr) -> pl.Expr:
    """Return the cell of ``col`` in each row, with only the steps its ``Profile`` needs."""
    if isinstance(col.style, Style):
        style: pl.Expr = pl.lit(str(int(col.style)))
        quoted = pl.lit(str(col.style + QUOTED))
    else:
        style = col.style.cast(pl.String)
        quoted = (col.style + QUOTED).cast(pl.String)
    value = col.value.cast(pl.String)
    head = [pl.lit(f'<c r="{column}'), r, pl.lit('" s="')]
    empty = pl.concat_str([*head, style, pl.lit('"/>')])
    if p.blank:
        return empty
    if col.number:
        full = pl.concat_str([*head, style, pl.lit('"><v>'), value, pl.lit("</v></c>")])
    else:
        s = pl.when(value.str.contains(RISKY)).then(quoted).otherwise(style) if p.risky else style
        keep = ' xml:space="preserve"'
        space = pl.when(value.str.contains(SPACED)).then(pl.lit(keep)).otherwise(pl.lit(""))
        text = escape_expr(value) if p.escape else value
        full = pl.concat_str(
            [*head, s, pl.lit('" t="inlineStr"><is><t'), space if p.spaced else pl.lit(""),
             pl.lit(">"), text, pl.lit("</t></is></c>")]
        )  # fmt: skip
    if not p.empty:
        return full
    return pl.when(value.is_null() | (value == "")).then(empty).otherwise(full)


def _display_width(text: pl.Expr) -> pl.Expr:
    # Counting bytes: a CJK character is 3 bytes in UTF-8 and about two digits wide.
    chars = text.str.len_chars()
    return chars + (text.str.len_bytes() - chars) / 2
