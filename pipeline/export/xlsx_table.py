"""Write tables into openpyxl write-only sheets: styles built once, rows sized to their text.

A ``Styles`` registers the ledger's few named cell styles in a workbook once; every cell
of that style then shares one style record, so a sheet of a million cells costs one
lookup per cell, not one style build. Text is always a string cell (``set_text``), never
a formula. Rows get fixed heights computed with polars from the wrapped text: Excel and
LibreOffice do not fit a row to wrapped text on opening, so a clerk would see clipped
cells and print them clipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

import polars as pl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.dimensions import RowDimension

from pipeline.export.identity import Identity
from pipeline.export.xlsx_io import FORMULA_STARTS, set_text

# 宋体 (SimSun) ships with every Windows, WPS bundles it and domestic Linux desktops
# (UOS, Kylin) map it; it is what government sheets are set in. The name is the one
# Excel and WPS match; LibreOffice substitutes a CJK serif (Noto Serif CJK) elsewhere.
FONT_NAME = "宋体"
BODY_SIZE = 10
# Points per wrapped line of 10 pt text, a cell's padding, Excel's highest row.
LINE_HEIGHT = 13.5
PADDING = 4.0
MAX_HEIGHT = 409.0
MARGIN = 0.5  # width units a cell loses to its margins
CJK_WIDTH = 1.8  # width units of a CJK character
ROLE_FILLS = {"lead": "FFF8CBAD", "responsible": "FFFFE699", "cooperating": "FFC6E0B4"}
HEADER_FILL = "FFDDEBF7"
A4 = "9"  # paperSize code of A4


@dataclass(frozen=True, slots=True, eq=False)
class Col:
    """One column of a table: title, value expression, width, and how the cell looks.

    ``style`` names a ``Styles`` style, or is an expression giving one per row.
    ``width`` is the widest the column may grow to fit its content, ``min_width`` the
    narrowest; ``number`` cells keep their numbers and do not count for the row height.
    """

    header: str
    value: pl.Expr
    style: str | pl.Expr = "body"
    width: float = 20
    min_width: float = 6
    number: bool = False


class Styles:
    """The named cell styles of one workbook, registered once, and cells made with them."""

    def __init__(self, book: Workbook) -> None:
        thin = Side(style="thin", color="FF808080")
        box = Border(left=thin, right=thin, top=thin, bottom=thin)

        def font(size: float = BODY_SIZE, bold: bool = False, color: str = "FF000000") -> Font:
            return Font(name=FONT_NAME, size=size, bold=bold, color=color, charset=134)

        def fill(rgb: str) -> PatternFill:
            return PatternFill("solid", fgColor=rgb)

        top = Alignment(vertical="top", wrap_text=True)
        # The Normal style (LibreOffice's Default) is the body style, in 宋体.
        book._fonts = IndexedList([font()])
        normal = book._named_styles["Normal"]
        normal.font, normal.border, normal.alignment = font(), box, top
        middle = Alignment(horizontal="center", vertical="center", wrap_text=True)
        specs: dict[str, dict[str, Any]] = {
            "title": {"font": font(14, bold=True), "alignment": Alignment(vertical="center")},
            "meta": {"font": font(), "alignment": Alignment(vertical="center", wrap_text=True)},
            "note": {"font": font(color="FF595959"), "alignment": top},
            # Not wrapped: the text runs on over the empty cells to its right, so a
            # key line needs no merged range (openpyxl checks each new merge against
            # every earlier one: thousands of them cost minutes).
            "line": {"font": font(), "alignment": Alignment(vertical="center")},
            "section": {"font": font(11, bold=True), "alignment": Alignment(vertical="bottom")},
            "header": {"font": font(bold=True), "alignment": middle, "border": box,
                       "fill": fill(HEADER_FILL)},
            "label": {"font": font(bold=True), "alignment": top, "border": box,
                      "fill": fill("FFF2F2F2")},
            "body": {"font": font(), "alignment": top, "border": box},
            "center": {"font": font(), "alignment": middle, "border": box},
            **{role: {"font": font(), "alignment": middle, "border": box, "fill": fill(rgb)}
               for role, rgb in ROLE_FILLS.items()},
        }  # fmt: skip
        self._cells: dict[str, Any] = {}
        probe = book.create_sheet("_styles")
        for name, spec in specs.items():
            book.add_named_style(NamedStyle(name=f"plan-ledger {name}", **spec))
            cell = WriteOnlyCell(probe)
            cell.style = f"plan-ledger {name}"
            self._cells[name] = cell
        book.remove(probe)
        # Excel shows a cell without a format of its own in format 0, LibreOffice in the
        # Normal style: both are the body style, and so are every column's and row's
        # format (the format a clerk's new cell gets), so the bulk of a large table
        # goes in as plain values, without a styled cell object each. openpyxl has no
        # public call for the default format; a new workbook holds only it.
        self.default = copy(self._cells["body"]._style)
        book._cell_styles = IndexedList([self.default])

    def cell(self, ws: Any, value: object, style: str) -> Any:
        """Return a write-only cell of ``ws`` holding ``value`` (text as text) in ``style``.

        A body value that no one could mistake for a formula is returned as it is: the
        sheet writes it in the default format, which is the body style.
        """
        risky = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if style == "body" and value is not None and not risky:
            return value
        cell = WriteOnlyCell(ws)
        # The style record is shared, not copied: cells of one style are one record.
        cell._style = self._cells[style]._style
        if isinstance(value, str):
            if risky:
                cell._style = copy(cell._style)  # set_text marks it quoted: not the shared one
            set_text(cell, value)
        else:
            cell.value = value
        return cell


def fit_widths(frame: pl.DataFrame, cols: Sequence[Col]) -> list[float]:
    """Return a width per column: its widest cell (a CJK character counts 2), within bounds."""
    widest = (
        frame.select(
            display_width(c.value.cast(pl.String).fill_null("")).max().alias(f"_w{i}")
            for i, c in enumerate(cols)
        ).row(0)
        if frame.height
        else (0,) * len(cols)
    )
    return [
        max(c.min_width, min(c.width, max(w or 0, text_width(c.header)) + 2))
        for c, w in zip(cols, widest, strict=True)
    ]


class Rows:
    """A write-only sheet and the number of rows appended to it so far."""

    def __init__(self, ws: Any, styles: Styles) -> None:
        self.ws = ws
        self.styles = styles
        self.count = 0
        self._formats: dict[float, dict[str, str]] = {}

    def append(self, cells: Sequence[tuple[object, str]], height: float | None = None) -> int:
        """Append one row of (value, style) cells, ``height`` points high; return its number."""
        self.count += 1
        if height is not None:  # a title or header row: no row format (see height)
            self.ws.row_dimensions[self.count].height = height
        self.ws.append([self.styles.cell(self.ws, v, s) for v, s in cells])
        self.ws.row_dimensions.pop(self.count, None)  # written with its row: let it go
        return self.count

    def table(self, frame: pl.DataFrame, cols: Sequence[Col], widths: Sequence[float]) -> int:
        """Append a header row, repeated on every printed page, and one row per row of
        ``frame``; return the header's number."""
        header = self.append(
            [(c.header, "header") for c in cols], height=_header_height(cols, widths)
        )
        self.ws.print_title_rows = f"{header}:{header}"
        self.rows(frame, cols, widths)
        return header

    def rows(self, frame: pl.DataFrame, cols: Sequence[Col], widths: Sequence[float]) -> None:
        """Append one row per row of ``frame``, each as high as its longest wrapped text."""
        if frame.height == 0:
            return
        values = [c.value.alias(f"v{i}") for i, c in enumerate(cols)]
        looks = [
            (c.style if isinstance(c.style, pl.Expr) else pl.lit(c.style)).alias(f"s{i}")
            for i, c in enumerate(cols)
        ]
        rows = frame.select(*values, *looks, _height=row_heights(cols, widths))
        n = len(cols)
        ws, cell = self.ws, self.styles.cell
        for row in rows.iter_rows():
            self.data_row([cell(ws, row[i], row[n + i]) for i in range(n)], row[-1])

    def data_row(self, cells: Sequence[Any], points: float) -> None:
        """Append one row of ``cells`` (made cells or plain values), ``points`` high, in
        the body's row format (see Styles).

        Title rows keep no row format: the body's borders would frame their empty cells.
        """
        self.count += 1
        dims = self.ws.row_dimensions
        # A write-only sheet writes the row's format, read from row_dimensions, as it
        # appends the row. A row format is the attributes of its <row> element; they are
        # made once per height from openpyxl's own RowDimension and shared: a new
        # RowDimension per row, kept until the save, cost a third of the time of a
        # corpus's tables and held about a gigabyte.
        dims[self.count] = self._formats.get(points) or self._format(points)
        self.ws.append(cells)
        del dims[self.count]

    def _format(self, points: float) -> dict[str, str]:
        dim = RowDimension(self.ws, ht=points)
        dim._style = self.styles.default
        self._formats[points] = made = dict(dim)
        return made


def _header_height(cols: Sequence[Col], widths: Sequence[float]) -> float:
    return max(text_height(c.header, w) for c, w in zip(cols, widths, strict=True))


def row_heights(cols: Sequence[Col], widths: Sequence[float]) -> pl.Expr:
    """Return the points each row needs to show its longest wrapped text cell in full."""
    lines = [
        (display_width(c.value.cast(pl.String).fill_null("")) / max(w - MARGIN, 1)).ceil()
        + c.value.cast(pl.String).str.count_matches("\n", literal=True).fill_null(0)
        for c, w in zip(cols, widths, strict=True)
        if not c.number
    ]
    n = pl.max_horizontal(pl.lit(1.0), *lines)
    return (n * LINE_HEIGHT + PADDING).clip(upper_bound=MAX_HEIGHT).round(1)


def text_height(text: str, width: float) -> float:
    """Return the points a cell ``width`` units wide needs to show ``text`` wrapped."""
    lines = sum(
        max(1, -(-text_width(part) // max(int(width - MARGIN), 1))) for part in text.split("\n")
    )
    return min(MAX_HEIGHT, lines * LINE_HEIGHT + PADDING)


def display_width(text: pl.Expr) -> pl.Expr:
    """Return the width units of each text: a CJK character (3 UTF-8 bytes) counts 1.8.

    A 10 pt 宋体 character is about 13 pixels wide, a width unit 7 (Excel's and
    LibreOffice's count, the widest digit of the default font), so 1.8 units is a
    little generous: a row may get a line more than it needs, never one fewer.
    """
    chars = text.str.len_chars()
    return chars + (text.str.len_bytes() - chars) * (CJK_WIDTH - 1) / 2


def text_width(text: str) -> float:
    """Return the width units of ``text``, as ``display_width`` counts them."""
    wide = sum(1 for ch in text if len(ch.encode()) == 3)
    return len(text) + wide * (CJK_WIDTH - 1)


def print_setup(ws: Any, *, landscape: bool, header: str, footer: str) -> None:
    """Set up ``ws`` to print on A4, one page wide, titles repeated, identity in the margins.

    ``header`` and ``footer`` are plain text (an ``&`` is escaped); the footer's right
    side numbers the pages.
    """
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    parts = (
        (ws.oddHeader.center, header.replace("&", "&&")),
        (ws.oddFooter.left, footer.replace("&", "&&")),
        (ws.oddFooter.right, "第 &P 页，共 &N 页"),
    )
    for part, text in parts:
        part.text, part.font, part.size = text, f"{FONT_NAME},Regular", 9


def start_sheet(
    book: Workbook,
    styles: Styles,
    identity: Identity,
    *,
    name: str,
    title: str,
    widths: Sequence[float],
    landscape: bool = True,
    freeze: str | None = None,
) -> Rows:
    """Add a write-only sheet with its title block (title, then the plans' 文号 and dates).

    Column widths and frozen panes go first: a write-only sheet writes them before any row.
    The page prints on A4 with the ledger's title in the header and the plans' identity
    in the footer.
    """
    ws = book.create_sheet(name)
    for i, width in enumerate(widths, 1):
        column = ws.column_dimensions[get_column_letter(i)]
        column.width, column._style = width, styles.default
    if freeze:
        ws.freeze_panes = freeze
    print_setup(ws, landscape=landscape, header=identity.title, footer=identity.line)
    rows = Rows(ws, styles)
    last = get_column_letter(len(widths))
    for value, style, height in ((title, "title", 26.0), (identity.line, "meta", 18.0)):
        # The merged range's other cells get the style too: left to the default (the
        # body's), their borders would frame the title.
        r = rows.append([(value, style), *((None, style),) * (len(widths) - 1)], height=height)
        ws.merged_cells.add(f"A{r}:{last}{r}")
    return rows
