"""Render single cells and rows as SpreadsheetML, and size columns and rows for CJK text.

Every string is written as an inline string (``t="inlineStr"``), never as a formula, so a
cell text such as ``=HYPERLINK(...)`` stays text; such texts also get the quoted twin of
their style so Excel keeps them text when a clerk edits the cell.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import polars as pl

from pipeline.export.xlsx_styles import QUOTED, Style
from pipeline.export.xml_text import FORMULA_START, escape

# Points per wrapped line of 10 pt text and a cell's padding; Excel caps a row at 409.
# Rows get fixed heights: LibreOffice does not fit rows to wrapped text on opening, and a
# height estimated generously reads better everywhere than a clipped cell.
LINE_HEIGHT = 14
PADDING = 4
MAX_HEIGHT = 409
# A column loses about one width unit to the cell's margins.
MARGIN = 1


@dataclass(frozen=True, slots=True, eq=False)
class Col:
    """One column of a table: header, value expression, style, width and visibility.

    ``style`` may be an expression giving a ``Style`` per row; ``width`` is the widest the
    column may grow to fit its content, ``min_width`` the narrowest.
    """

    header: str
    value: pl.Expr
    style: Style | pl.Expr = Style.TEXT
    width: float = 20
    min_width: float = 6
    number: bool = False
    hidden: bool = False
    header_style: Style = field(default=Style.HEADER)


@cache
def letter(index: int) -> str:
    """Return the column letters of 0-based column ``index`` (0 -> A, 26 -> AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell(ref: str, value: str | int | None, style: Style) -> str:
    """Return one cell; a string starting like a formula gets the quoted twin of ``style``."""
    if value is None or value == "":
        return f'<c r="{ref}" s="{style:d}"/>'
    if isinstance(value, int):
        return f'<c r="{ref}" s="{style:d}"><v>{value}</v></c>'
    s = style + QUOTED if value[0] in FORMULA_START else style
    keep = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
    text = f"<is><t{keep}>{escape(value)}</t></is>"
    return f'<c r="{ref}" s="{s}" t="inlineStr">{text}</c>'


def row(
    r: int, cells: Sequence[tuple[str | int | None, Style]], height: float | None = None
) -> str:
    """Return row ``r`` holding ``cells`` from column A on, with an optional fixed height."""
    ht = f' ht="{height:g}" customHeight="1"' if height else ""
    body = "".join(cell(f"{letter(i)}{r}", v, s) for i, (v, s) in enumerate(cells))
    return f'<row r="{r}"{ht}>{body}</row>'


def header_row(r: int, cols: Sequence[Col], height: float = 30) -> str:
    """Return the header row of ``cols`` at row ``r``."""
    return row(r, [(c.header, c.header_style) for c in cols], height)


def fit_height(cells: Sequence[tuple[str, float]]) -> float:
    """Return the points a row needs to show every (text, column width) wrapped in full."""
    lines = max(
        (
            sum(
                math.ceil(text_width(part) / max(width - MARGIN, 1)) or 1
                for part in text.split("\n")
            )
            for text, width in cells
        ),
        default=1,
    )
    return min(lines * LINE_HEIGHT + PADDING, MAX_HEIGHT)


def text_width(text: str) -> float:
    """Return the display width of ``text`` in Excel width units (CJK counts 2)."""
    n = len(text)
    return n + (len(text.encode()) - n) / 2
