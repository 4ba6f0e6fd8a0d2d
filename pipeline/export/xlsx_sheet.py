"""Describe a worksheet (layout, protection, printing) and render it as SpreadsheetML."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from pipeline.export.xlsx_cells import letter
from pipeline.export.xml_text import escape

MAX_ROWS = 1_048_576
MAX_COLS = 16_384


@dataclass(frozen=True, slots=True)
class Dropdown:
    """A list a cell range must take its value from, with the message a wrong entry gets."""

    ref: str
    options: tuple[str, ...]
    title: str
    prompt: str
    error: str


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worksheet: its rows as SpreadsheetML and how it is laid out, locked and printed.

    ``rows`` is the ``<row>`` elements in pieces, so a large sheet is never one string
    (it may be rendered as it is read, and then be read once only);
    ``freeze`` is (rows, columns) kept in view; ``print_rows`` the (first, last) rows printed
    on every page; ``protect`` locks every cell whose style is not unlocked, without a password.
    """

    name: str
    rows: Iterable[str | bytes]
    widths: tuple[float, ...]
    hidden_cols: frozenset[int] = frozenset()
    merges: tuple[str, ...] = ()
    freeze: tuple[int, int] | None = None
    auto_filter: str | None = None
    dropdowns: tuple[Dropdown, ...] = ()
    protect: bool = True
    print_rows: tuple[int, int] | None = None
    landscape: bool = True
    fit_width: bool = True
    state: Literal["visible", "hidden", "veryHidden"] = "visible"


def quoted_name(name: str) -> str:
    """Return ``name`` quoted for use in a reference such as ``'任务清单'!$A$1``."""
    return "'" + name.replace("'", "''") + "'"


def absolute(ref: str) -> str:
    """Return the range ``ref`` with absolute rows and columns (``A3:B9`` -> ``$A$3:$B$9``)."""
    return re.sub(r"([A-Z]+)([0-9]+)", r"$\1$\2", ref)


def sheet_xml(sheet: Sheet, *, selected: bool) -> Iterator[str | bytes]:
    """Yield the worksheet part of ``sheet`` in pieces; ``selected``: the tab shown first."""
    yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheetPr><pageSetUpPr fitToPage="{int(sheet.fit_width)}"/></sheetPr>'
    )
    yield _views(sheet, selected) + _cols(sheet) + "<sheetData>"
    yield from sheet.rows
    parts = ["</sheetData>"]
    if sheet.protect:
        # Locked against accidents only: no password, and filtering, sorting and resizing
        # stay allowed ("0" means "not protected" for these flags).
        parts.append(
            '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" '
            'formatRows="0" sort="0" autoFilter="0"/>'
        )
    if sheet.auto_filter:
        parts.append(f'<autoFilter ref="{sheet.auto_filter}"/>')
    if sheet.merges:
        merged = "".join(f'<mergeCell ref="{ref}"/>' for ref in sheet.merges)
        parts.append(f'<mergeCells count="{len(sheet.merges)}">{merged}</mergeCells>')
    if sheet.dropdowns:
        lists = "".join(_dropdown(d) for d in sheet.dropdowns)
        parts.append(f'<dataValidations count="{len(sheet.dropdowns)}">{lists}</dataValidations>')
    orientation = "landscape" if sheet.landscape else "portrait"
    fit = 'fitToWidth="1" fitToHeight="0"' if sheet.fit_width else 'fitToWidth="0" fitToHeight="0"'
    parts.append(
        '<printOptions horizontalCentered="1"/>'
        '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{orientation}" {fit}/>'
        "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>"
        "</worksheet>"
    )
    yield "".join(parts)


def _views(sheet: Sheet, selected: bool) -> str:
    tab = ' tabSelected="1"' if selected else ""
    if not sheet.freeze or sheet.freeze == (0, 0):
        return f'<sheetViews><sheetView workbookViewId="0"{tab}/></sheetViews>'
    rows, cols = sheet.freeze
    top_left = f"{letter(cols)}{rows + 1}"
    pane = {(True, True): "bottomRight", (True, False): "bottomLeft"}.get(
        (rows > 0, cols > 0), "topRight"
    )
    split = (f' xSplit="{cols}"' if cols else "") + (f' ySplit="{rows}"' if rows else "")
    return (
        f'<sheetViews><sheetView workbookViewId="0"{tab}>'
        f'<pane{split} topLeftCell="{top_left}" activePane="{pane}" state="frozen"/>'
        f'<selection pane="{pane}" activeCell="{top_left}" sqref="{top_left}"/>'
        "</sheetView></sheetViews>"
    )


def _cols(sheet: Sheet) -> str:
    # Neighbouring columns alike share one <col> element: a matrix may have thousands.
    runs: list[tuple[int, int, float, bool]] = []
    for i, width in enumerate(sheet.widths):
        hidden = i in sheet.hidden_cols
        if runs and runs[-1][1] == i - 1 and runs[-1][2:] == (width, hidden):
            runs[-1] = (runs[-1][0], i, width, hidden)
        else:
            runs.append((i, i, width, hidden))
    cols = "".join(
        f'<col min="{first + 1}" max="{last + 1}" width="{width:.2f}" customWidth="1"'
        + (' hidden="1"/>' if hidden else "/>")
        for first, last, width, hidden in runs
    )
    return f"<cols>{cols}</cols>" if cols else ""


def _dropdown(d: Dropdown) -> str:
    options = escape('"' + ",".join(d.options) + '"')
    return (
        '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
        f'errorStyle="stop" errorTitle="{_attr(d.title)}" error="{_attr(d.error)}" '
        f'promptTitle="{_attr(d.title)}" prompt="{_attr(d.prompt)}" sqref="{d.ref}">'
        f"<formula1>{options}</formula1></dataValidation>"
    )


def _attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")
