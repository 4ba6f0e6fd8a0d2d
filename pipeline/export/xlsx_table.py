"""Render whole tables as worksheet rows in one polars query: no Python work per cell."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from pipeline.export.xlsx_cells import (
    LINE_HEIGHT,
    MARGIN,
    MAX_HEIGHT,
    PADDING,
    RISKY,
    Col,
    escape_expr,
    letter,
    text_width,
)
from pipeline.export.xlsx_styles import QUOTED


def table_rows(
    frame: pl.DataFrame,
    cols: Sequence[Col],
    first_row: int,
    widths: Sequence[float],
    tail: str | None = None,
) -> str:
    """Return the rows of ``frame`` rendered through ``cols``, starting at row ``first_row``.

    ``tail`` names a column of cells already rendered, put after those of ``cols``.
    """
    if frame.height == 0:
        return ""
    r = (pl.int_range(pl.len()) + first_row).cast(pl.String)
    return str(frame.select(_row_expr(cols, widths, r, tail).str.join("")).item())


def grouped_rows(
    frame: pl.DataFrame, cols: Sequence[Col], first_row: int, widths: Sequence[float], by: str
) -> dict[str, str]:
    """Return, per value of column ``by``, its rows as ``table_rows`` renders them.

    One query renders every group, so a thousand small sheets cost about as much as one.
    """
    r = (pl.int_range(pl.len()).over(by) + first_row).cast(pl.String).alias("_r")
    rendered = (
        frame.with_columns(r)
        .group_by(by, maintain_order=True)
        .agg(_row_expr(cols, widths, pl.col("_r")).str.join(""))
    )
    return {str(key): str(rows) for key, rows in rendered.iter_rows()}


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


def _row_expr(
    cols: Sequence[Col], widths: Sequence[float], r: pl.Expr, tail: str | None = None
) -> pl.Expr:
    cells = [_cell_expr(c, letter(i), r) for i, c in enumerate(cols)]
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


def _cell_expr(col: Col, column: str, r: pl.Expr) -> pl.Expr:
    style = col.style if isinstance(col.style, pl.Expr) else pl.lit(int(col.style))
    style = style.cast(pl.Int32)
    value = col.value.cast(pl.String)
    head = [pl.lit(f'<c r="{column}'), r, pl.lit('" s="')]
    empty = pl.concat_str([*head, style.cast(pl.String), pl.lit('"/>')])
    if col.number:
        full = pl.concat_str(
            [*head, style.cast(pl.String), pl.lit('"><v>'), value, pl.lit("</v></c>")]
        )
    else:
        quoted = pl.when(value.str.contains(RISKY)).then(style + QUOTED).otherwise(style)
        full = pl.concat_str(
            [
                *head,
                quoted.cast(pl.String),
                pl.lit('" t="inlineStr"><is><t xml:space="preserve">'),
                escape_expr(value),
                pl.lit("</t></is></c>"),
            ]
        )
    return pl.when(value.is_null() | (value == "")).then(empty).otherwise(full)


def _display_width(text: pl.Expr) -> pl.Expr:
    # Counting bytes: a CJK character is 3 bytes in UTF-8 and about two digits wide.
    chars = text.str.len_chars()
    return chars + (text.str.len_bytes() - chars) / 2
