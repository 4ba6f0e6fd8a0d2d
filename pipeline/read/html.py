"""Read an .html page as saved from a government site: its main text and its tables.

BeautifulSoup parses the page (and decodes it by its declared or detected charset); we
drop scripts, styles, navigation, headers and footers, pick the main text block, and
write one line per paragraph and one line per table row (cells tab-separated, a cell's
line breaks as spaces). The lines and spans of tasks and mentions in an .html file refer
to this extracted text, not to the HTML source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from pipeline.errors import IngestError
from pipeline.read.chinese import HAN_CHAR

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "head", "form", "iframe")
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
     "article", "main", "center", "blockquote", "pre", "dd", "dt", "dl", "hr", "address"}
)  # fmt: skip
_CANDIDATES = ("div", "article", "section", "main", "td", "body")
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_MAX_SPAN = 1000  # a hostile rowspan="99999" or colspan stays bounded
_MAX_COLUMNS = 100
_HEADER_WORD = 16  # a header cell of <td>s is a short word, never a number
_SHARE = 0.9  # the smallest block holding this share of the best score is the main text


def html_text(path: Path, data: bytes | str) -> str:
    """Return the main text of an HTML page: a line per paragraph or table row.

    ``data`` is the file's bytes (BeautifulSoup decodes them by the page's charset) or,
    for a page saved as a text file, the text already decoded.
    """
    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(_DROP):
        tag.decompose()
    root = _main(soup)
    lines: list[str] = []
    current: list[str] = []
    _walk(root, lines, current)
    _flush(lines, current)
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError("the page has no text", path=path, hint="save the page's main text")
    return text


def _main(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """Return the smallest block whose text (less its links) scores near the best.

    Counts are summed bottom-up in one pass, so a deeply nested page costs linear time.
    """
    total: dict[int, int] = {}
    links: dict[int, int] = {}
    tags = [t for t in soup.descendants if isinstance(t, Tag)]
    for tag in reversed(tags):  # children before parents
        n = m = 0
        for child in tag.children:
            if isinstance(child, Tag):
                n += total[id(child)]
                m += links[id(child)]
            elif type(child) is NavigableString:
                n += len(HAN_CHAR.findall(child))
        total[id(tag)], links[id(tag)] = n, (n if tag.name == "a" else m)
    scored = [
        (total[id(t)] - 2 * links[id(t)], total[id(t)], i)
        for i, t in enumerate(tags)
        if t.name in _CANDIDATES
    ]
    # The whole page is a candidate too (a fragment has no <body>), the largest of all.
    whole = sum(total[id(c)] - 2 * links[id(c)] for c in soup.children if isinstance(c, Tag))
    best = max([whole, *(s for s, _, _ in scored)])
    near = [(size, i) for s, size, i in scored if s >= best * _SHARE]
    return tags[min(near)[1]] if near else soup


def _walk(node: Tag | BeautifulSoup, lines: list[str], current: list[str]) -> None:
    """Write the text under ``node``: blocks end lines, tables become rows (no recursion)."""
    end = object()  # marks where a block closes
    stack: list[object] = list(reversed(list(node.children)))
    while stack:
        child = stack.pop()
        if child is end:
            _flush(lines, current)
        elif type(child) is NavigableString:  # not a comment, doctype or CDATA
            current.append(_SPACE.sub(" ", str(child)))
        elif isinstance(child, Tag):
            if child.name == "table":
                _flush(lines, current)
                lines += _rows(child)
                continue
            if child.name in _BLOCK:
                _flush(lines, current)
                stack.append(end)
            stack += reversed(list(child.children))


def _rows(table: Tag) -> list[str]:
    """Return a line per row; a cell spanning rows (rowspan) is repeated in each of them.

    A lead unit printed once for several tasks (rowspan="2") leads each of them; a cell
    spanning columns (colspan) fills the columns after it with empty cells. A header of
    several rows (责任单位 spanning 牵头单位 | 配合单位) becomes one line of header words.
    """
    rows: list[_Row] = []
    spanning: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a nested table's rows belong to its cell
        cells: list[str] = []
        tds = [c for c in tr.find_all(["td", "th"]) if _in_row(c, tr)]
        depth, wide = 1, False
        for td in tds:
            _fill(cells, spanning)
            text = _cell_text(td)
            down, across = _span(td, "rowspan"), _span(td, "colspan")
            if down > 1:
                spanning[len(cells)] = (text, down - 1)
            depth, wide = max(depth, down), wide or across > 1
            cells += [text] + [""] * (across - 1)
        _fill(cells, spanning, to_end=True)
        if any(cells):
            header = _header_like(tr, tds, cells)
            rows.append(_Row(cells, header, depth if header and wide else 1))
    return [_merge(rows[i : i + row.depth]) for i, row in _tops(rows)]


@dataclass(frozen=True, slots=True)
class _Row:
    """A table row's cells; ``depth`` is how many rows a header of several rows takes."""

    cells: list[str]
    header: bool
    depth: int


def _header_like(tr: Tag, tds: list[Tag], cells: list[str]) -> bool:
    """Tell whether a row reads as header words: <th> cells, <thead>, or short words."""
    if tr.find_parent("thead") is not None or all(td.name == "th" for td in tds):
        return True
    return all(len(c) <= _HEADER_WORD and not c.isdecimal() for c in cells)


def _tops(rows: list[_Row]) -> list[tuple[int, _Row]]:
    """Return the rows that start a line: a header of several rows swallows those below it."""
    tops, i = [], 0
    while i < len(rows):
        depth = rows[i].depth
        while depth > 1 and not all(r.header for r in rows[i + 1 : i + depth]):
            depth -= 1  # a data row is never part of the header
        tops.append((i, _Row(rows[i].cells, rows[i].header, depth)))
        i += depth
    return tops


def _merge(block: list[_Row]) -> str:
    """Join a header of several rows into one line: each column's lowest word."""
    width = max(len(r.cells) for r in block)
    words = []
    for c in range(width):
        lowest = (r.cells[c] for r in reversed(block) if c < len(r.cells) and r.cells[c])
        words.append(next(lowest, ""))
    return "\t".join(words)


def _fill(cells: list[str], spanning: dict[int, tuple[str, int]], to_end: bool = False) -> None:
    """Put the cells that earlier rows span into this row, at their columns."""
    while len(cells) in spanning or (to_end and any(c >= len(cells) for c in spanning)):
        column = len(cells)
        if column not in spanning:
            cells.append("")
            continue
        text, left = spanning.pop(column)
        cells.append(text)
        if left > 1:
            spanning[column] = (text, left - 1)


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    limit = _MAX_SPAN if attribute == "rowspan" else _MAX_COLUMNS
    return min(int(value), limit) if value.isdecimal() and len(value) <= 4 else 1


def _in_row(cell: Tag, tr: Tag) -> bool:
    return cell.find_parent("tr") is tr


def _cell_text(cell: Tag) -> str:
    """Return a cell's text: inline markup joined, its lines (<br>, <p>) spaced."""
    lines: list[str] = []
    current: list[str] = []
    _walk(cell, lines, current)
    _flush(lines, current)
    return " ".join(lines).replace("\t", " ")


def _flush(lines: list[str], current: list[str]) -> None:
    line = "".join(current).strip()
    current.clear()
    if line:
        lines.append(line)
