"""Cells of a line whose columns are aligned with runs of spaces, as a PDF exported to text.

Positions are display columns: a wide (CJK) character takes two, as in such exports. A
header splits on any run of spaces, a row on runs of two or more (a single space stays
inside a cell), and each row cell goes to the header column whose start is nearest, so an
empty cell left as spaces shifts none of the cells after it.

A table whose every space is single (``序号 工 作 任 务 牵头负责部门``, a header word
spread out letter by letter) has no positions to go by: each row's words fill the columns
before the title and after it one by one, and the title takes the words between. A row
whose line holds fewer words than the header goes on on the lines below, up to the next
row, a section row (二、…) or a blank line: its last word opens the cell after the title,
whose further units stand a line each (区林业局 / 区供销联社), and the last lines fill the
columns after that cell, one a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.numbering import is_section
from pipeline.parse.loose import MARKS, trim
from pipeline.read.chinese import display_width

Span = tuple[int, int]
_WORDS = re.compile(r"\S+")
_CELLS = re.compile(r"\S+(?: \S+)*")
#: A page number between two pages of a table: — 4 —, - 5 -, 第6页, 7/12.
_PAGE = re.compile(r"[\s\-—－–第页/]*\d+[\s\-—－–第页/\d]*")
#: Lines a single-spaced row may go on over below its own (one unit a line).
_ROW_LINES = 8


def width(text: str) -> int:
    """Return the display width of ``text``: two columns for a wide character, else one."""
    return display_width(text)


def words(text: str, start: int, end: int) -> list[tuple[int, Span]]:
    """Return each word of a header line with its display column, split on any spaces."""
    return _positions(_WORDS, text, start, end)


def cells(text: str, start: int, end: int) -> list[tuple[int, Span]]:
    """Return each cell of a row with its display column, split on two or more spaces."""
    return _positions(_CELLS, text, start, end)


def spread(
    text: str, found: list[tuple[int, Span]], known: Callable[[str], bool]
) -> list[tuple[int, Span]]:
    """Join a header word printed a character at a time (工 作 任 务) back into one word.

    A run of one-character words joins, longest first, when the joined word is known.
    """
    out: list[tuple[int, Span]] = []
    k = 0
    while k < len(found):
        run = k
        while run < len(found) and found[run][1][1] - found[run][1][0] == 1:
            run += 1
        joined = next(
            (
                n
                for n in range(run, k + 1, -1)
                if known("".join(text[slice(*found[m][1])] for m in range(k, n)))
            ),
            None,
        )
        if joined is None:
            out.append(found[k])
            k += 1
        else:
            out.append((found[k][0], (found[k][1][0], found[joined - 1][1][1])))
            k = joined
    return out


def single(text: str, start: int, end: int, width: int, title: int) -> list[Span] | None:
    """Return a row's cells in a table whose every space is single, or None if too few words.

    The words before the title column and after it take a column each; the title keeps the
    words between them, spaces and all.
    """
    found = [span for _, span in words(text, start, end)]
    after = width - title - 1
    if len(found) < width:
        return None
    last = len(found) - after
    return [*found[:title], (found[title][0], found[last - 1][1]), *found[last:]]


def single_cut(text: str, start: int, end: int, width: int, title: int) -> list[Span] | None:
    """Return the cells of a single-spaced table's last row that the text's end cuts: the
    columns before the title a word each, the title the words after them, the columns after
    it empty; None when not even a word of the title is printed."""
    found = [span for _, span in words(text, start, end)]
    if len(found) <= title:
        return None
    empty = (found[-1][1], found[-1][1])
    return [*found[:title], (found[title][0], found[-1][1]), *[empty] * (width - title - 1)]


def single_grouped(text: str, start: int, end: int, width: int, title: int) -> list[Span] | None:
    """Return a row's cells in a single-spaced table with a group column (类别) before the
    title, or None if too few words.

    The spaces after the number say which of the two are merged cells left empty: one more
    space, the group; two more, the group and the title (the row above's, to be taken). A
    printed group keeps every word but the last before the columns after the title, which is
    the title's (``加强水资源保 护 严守水资源开发利用控制红线``).
    """
    found = [span for _, span in words(text, start, end)]
    after = width - title - 1
    if title < 2 or len(found) < title - 1 + after:
        return None
    before = found[: title - 1]
    gap = found[title - 1][0] - before[-1][1] if len(found) > title - 1 else 1
    last = len(found) - after
    middle = found[title - 1 : last]
    at = before[-1][1]
    if gap >= 3 or not middle:  # the group and the title both merged from the row above
        return [*before, (at, at), (at, at), *found[last:]]
    if gap == 2:  # the group merged from the row above, the title printed
        return [*before, (at, at), (middle[0][0], middle[-1][1]), *found[last:]]
    if len(middle) < 2:
        return None
    return [*before, (middle[0][0], middle[-2][1]), middle[-1], *found[last:]]


def single_group_first(
    text: str, start: int, end: int, width: int, title: int
) -> list[Span] | None:
    """Return a row's cells in a single-spaced table whose group column (政策类别) comes
    before the number, or None if too few words.

    A row that opens with its number left the group's cell empty, merged from a row above
    (``2 对疫情防控…``); the group's first row prints it (``财政资金支持(共48项) 1 建立…``).
    """
    first = _WORDS.search(text, start, end)
    if first is None or not first.group().isdecimal():
        return single(text, start, end, width, title)
    cells = single(text, start, end, width - 1, title - 1)
    return None if cells is None else [(start, start), *cells]


def below(text: str, lines: list[Span], j: int) -> list[Span] | None:
    """Return the lines a single-spaced row at line ``j`` goes on over: up to a blank line,
    a section row, a line that starts with a number (the next row) or the end of the text;
    None when there are more than a row holds."""
    found: list[Span] = []
    for s, e in lines[j + 1 :]:
        line = text[s:e].strip()
        if not line or is_section(line) or line.split()[0].isdecimal():
            return found
        if len(found) == _ROW_LINES:
            return None
        found.append((s, e))
    return found


def single_wrapped(
    text: str, line: Span, under: list[Span], width: int, title: int
) -> list[Span] | None:
    """Return the cells of a single-spaced row whose line holds fewer words than the
    header and goes on on the lines ``under``, or None if they do not fit.

    The line's last word opens the cell after the title, which takes one unit a line (no
    space, no sentence mark), and the last lines fill the columns after it, one a line, or
    the last line alone when it holds a word for each of them.
    """
    found = [span for _, span in words(text, *line)]
    after = width - title - 2
    if not title + 2 <= len(found) < width or len(under) < after:
        return None
    units, rest = under[: len(under) - after], under[len(under) - after :]
    last = [span for _, span in words(text, *under[-1])]
    if after > 1 and len(last) == after and len(under) > 1:
        # 区药投公司 / 区发改委、…区农投公司。 2023年12月底: the last line holds the last cells
        units, rest = under[:-1], last
    if any(len(text[s:e].split()) != 1 or any(m in text[s:e] for m in MARKS) for s, e in units):
        return None
    cell = (found[-1][0], units[-1][1] if units else found[-1][1])
    trimmed = [trim(text, s, e) for s, e in rest]
    return [*found[:title], (found[title][0], found[-2][1]), cell, *trimmed]


def assign(starts: list[int], found: list[tuple[int, Span]]) -> list[Span] | None:
    """Give each cell to the column whose start is nearest; None if two cells share one.

    A column no cell reaches gets an empty span where the cell before it ends.
    """
    out: list[Span | None] = [None] * len(starts)
    for at, span in found:
        k = min(range(len(starts)), key=lambda c: abs(starts[c] - at))
        if out[k] is not None:
            return None
        out[k] = span
    spans: list[Span] = []
    end = found[0][1][0] if found else 0
    for cell in out:
        spans.append(cell if cell is not None else (end, end))
        end = spans[-1][1]
    return spans


def is_page_number(line: str) -> bool:
    """Return True if ``line`` holds only a page number (— 4 —)."""
    return _PAGE.fullmatch(line) is not None


def _positions(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, Span]]:
    out, column, pos = [], 0, start
    for m in pattern.finditer(text, start, end):
        column += width(text[pos : m.start()])
        out.append((column, (m.start(), m.end())))
        column += width(m.group())
        pos = m.end()
    return out
