"""Declare the cell styles every workbook shares and render them as ``styles.xml``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cache

# Microsoft YaHei ships with every Windows since Vista and WPS maps it on other systems;
# charset 134 (GB2312) lets Excel and WPS substitute another Chinese font if it is missing.
FONT_NAME = "微软雅黑"

# (bold, size, colour)
_FONTS = (
    (False, 10, "FF000000"),
    (True, 10, "FF000000"),
    (True, 14, "FF000000"),
    (False, 9, "FF595959"),
)
# Light fills that keep black text readable when printed in grey.
INPUT_FILL = "FFFFF2CC"
ROLE_FILLS = {"lead": "FFF8CBAD", "responsible": "FFFFE699", "cooperating": "FFC6E0B4"}
_FILLS = ("FFDDEBF7", INPUT_FILL, *ROLE_FILLS.values(), "FFF2F2F2")
_HEADER_FILL, _INPUT_FILL, _LEAD_FILL, _RESP_FILL, _COOP_FILL, _LABEL_FILL = range(2, 8)
_TEXT_FORMAT = 49  # the built-in "@" format: typed input stays text (phone numbers, "=...")


@dataclass(frozen=True, slots=True)
class Xf:
    """One cell format: indexes into the font, fill and border lists, alignment, lock."""

    font: int = 0
    fill: int = 0
    border: int = 1
    horizontal: str = "left"
    vertical: str = "top"
    wrap: bool = True
    locked: bool = True
    rotation: int = 0
    numfmt: int = 0


class Style(IntEnum):
    """The cell formats, by index into ``cellXfs``."""

    DEFAULT = 0
    TITLE = 1
    NOTE = 2
    HEADER = 3
    TEXT = 4
    CENTER = 5
    INPUT = 6
    INPUT_CENTER = 7
    LEAD = 8
    RESPONSIBLE = 9
    COOPERATING = 10
    LABEL = 11
    VERTICAL_HEADER = 12
    KEY = 13
    PLAIN = 14
    MIDDLE = 15


_XFS = {
    Style.DEFAULT: Xf(border=0, wrap=False, vertical="bottom"),
    Style.TITLE: Xf(font=2, border=0, vertical="center"),
    Style.NOTE: Xf(font=3, border=0, vertical="center"),
    Style.HEADER: Xf(font=1, fill=_HEADER_FILL, horizontal="center", vertical="center"),
    Style.TEXT: Xf(),
    Style.CENTER: Xf(horizontal="center"),
    Style.INPUT: Xf(fill=_INPUT_FILL, locked=False, numfmt=_TEXT_FORMAT),
    Style.INPUT_CENTER: Xf(
        fill=_INPUT_FILL, horizontal="center", locked=False, numfmt=_TEXT_FORMAT
    ),
    Style.LEAD: Xf(fill=_LEAD_FILL, horizontal="center", vertical="center"),
    Style.RESPONSIBLE: Xf(fill=_RESP_FILL, horizontal="center", vertical="center"),
    Style.COOPERATING: Xf(fill=_COOP_FILL, horizontal="center", vertical="center"),
    Style.LABEL: Xf(font=1, fill=_LABEL_FILL),
    Style.VERTICAL_HEADER: Xf(font=1, fill=_HEADER_FILL, horizontal="center", rotation=255),
    Style.KEY: Xf(font=3, wrap=False),
    Style.PLAIN: Xf(border=0),
    Style.MIDDLE: Xf(horizontal="center", vertical="center"),
}
# Every format has a twin at ``index + QUOTED`` with quotePrefix set: Excel then keeps a text
# that looks like a formula ("=...") as text even when a clerk edits the cell.
QUOTED = len(_XFS)
ROLE_STYLE = {
    "lead": Style.LEAD,
    "responsible": Style.RESPONSIBLE,
    "cooperating": Style.COOPERATING,
}


@cache
def styles_xml() -> str:
    """Return the ``xl/styles.xml`` part declaring every ``Style`` and its quoted twin."""
    fonts = "".join(
        f'<font>{"<b/>" if bold else ""}<sz val="{size}"/><color rgb="{colour}"/>'
        f'<name val="{FONT_NAME}"/><family val="2"/><charset val="134"/></font>'
        for bold, size, colour in _FONTS
    )
    fills = '<fill><patternFill patternType="none"/></fill>'
    fills += '<fill><patternFill patternType="gray125"/></fill>'
    fills += "".join(
        f'<fill><patternFill patternType="solid"><fgColor rgb="{rgb}"/>'
        '<bgColor indexed="64"/></patternFill></fill>'
        for rgb in _FILLS
    )
    side = '<{0} style="thin"><color rgb="FFA6A6A6"/></{0}>'
    thin = "".join(side.format(edge) for edge in ("left", "right", "top", "bottom"))
    none = "<border><left/><right/><top/><bottom/><diagonal/></border>"
    borders = f"{none}<border>{thin}<diagonal/></border>"
    xfs = [_xf(_XFS[s], quoted=False) for s in Style] + [_xf(_XFS[s], quoted=True) for s in Style]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<fonts count="{len(_FONTS)}">{fonts}</fonts>'
        f'<fills count="{len(_FILLS) + 2}">{fills}</fills>'
        f'<borders count="2">{borders}</borders>'
        '<cellStyleXfs count="1">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def _xf(xf: Xf, *, quoted: bool) -> str:
    rotation = f' textRotation="{xf.rotation}"' if xf.rotation else ""
    wrap = ' wrapText="1"' if xf.wrap else ""
    quote = ' quotePrefix="1"' if quoted else ""
    return (
        f'<xf numFmtId="{xf.numfmt}" fontId="{xf.font}" fillId="{xf.fill}" '
        f'borderId="{xf.border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" '
        f'applyBorder="1" applyAlignment="1" applyProtection="1"{quote}>'
        f'<alignment horizontal="{xf.horizontal}" vertical="{xf.vertical}"{wrap}{rotation}/>'
        f'<protection locked="{int(xf.locked)}" hidden="0"/></xf>'
    )
