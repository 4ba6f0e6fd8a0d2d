"""The department workbook's cell looks, built once per workbook and stamped on many cells.

openpyxl looks a style up in the workbook's style tables on every ``cell.font = …``;
a department workbook of a corpus has tens of thousands of cells in a handful of looks,
so each look is registered once and its style record copied onto the cells that use it.

宋体 (SimSun) is the font: it ships with every Windows since 95, with WPS, and with the
domestic Linux desktops (统信 UOS, 麒麟), and it is what government forms are printed in;
a workbook opened where it is missing falls back to the system's CJK serif.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.workbook import Workbook

FONT = "宋体"
#: 五号, the body size of Chinese government documents; prints at ≥ 9 pt once fitted to A4.
BODY_SIZE = 10.5
#: Points per printed line of body text, and the padding of a wrapped cell.
LINE_HEIGHT, PADDING = 15.0, 4.0
#: Excel's highest row (points).
MAX_ROW_HEIGHT = 409.0
INPUT_FILL = "FFF2CC"  # light yellow: the cells a department fills in
HEADER_FILL = "D9D9D9"
DERIVED_COLOR = "595959"  # a 完成时限 the plan does not give per task: grey italics

_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LOCKED, _OPEN = Protection(locked=True), Protection(locked=False)


def _look(
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    fill: str | None = None,
    horizontal: str = "left",
    box: bool = True,
    locked: bool = True,
    text: bool = False,
    wrap: bool = True,
) -> dict[str, Any]:
    return {
        "font": Font(name=FONT, size=size, bold=bold, italic=italic, color=color),
        "fill": PatternFill("solid", fgColor=fill) if fill else PatternFill(),
        "alignment": Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap),
        "border": _BOX if box else Border(),
        "protection": _LOCKED if locked else _OPEN,
        "number_format": "@" if text else "General",
    }


LOOKS: dict[str, dict[str, Any]] = {
    "title": _look(size=16, bold=True, horizontal="center", box=False),
    "line": _look(box=False),
    "label": _look(bold=True, horizontal="center", fill=HEADER_FILL),
    "field": _look(fill=INPUT_FILL, locked=False, text=True),
    "header": _look(bold=True, horizontal="center", fill=HEADER_FILL),
    "text": _look(),
    "center": _look(horizontal="center"),
    "derived": _look(horizontal="center", italic=True, color=DERIVED_COLOR),
    "input": _look(fill=INPUT_FILL, locked=False, text=True),
    "input_center": _look(fill=INPUT_FILL, locked=False, horizontal="center", text=True),
    "key": _look(size=9, box=False, wrap=False),
    # the header block's note beside its fields (日期请写成…): boxed as they are, in grey
    "hint": _look(size=9, color=DERIVED_COLOR),
    "plain": _look(box=False),
}


class Looks:
    """The LOOKS of one workbook: ``apply(cell, name)`` gives ``cell`` the look ``name``."""

    def __init__(self, book: Workbook) -> None:
        probe = book.create_sheet("_probe")
        self._styles: dict[str, Any] = {}
        for name, attributes in LOOKS.items():
            cell = probe.cell(1, 1)
            for attribute, value in attributes.items():
                setattr(cell, attribute, value)
            # The record of indices into the workbook's style tables (openpyxl's StyleArray).
            self._styles[name] = copy(cell._style)
        book.remove(probe)

    def apply(self, cell: Any, name: str) -> None:
        """Give ``cell`` the look ``name``."""
        cell._style = copy(self._styles[name])

    def style(self, name: str) -> Any:
        """Return the style record of the look ``name`` (copied by each cell made with it)."""
        return self._styles[name]

    @staticmethod
    def quoted(style: Any) -> Any:
        """Return ``style`` with the quote prefix: a text that looks like a formula stays text."""
        quoted = copy(style)
        quoted.quotePrefix = True
        return quoted
