"""A table flattened a cell a line with bars: each row's first cell on a line, each next
cell on a line opening with ``|``, and a line holding a lone ``|`` closing the row.

    责任目标
    | 责任主体
    | 完成时间
    |
    1.2在学校门口…设置公益广告；
    | 党委宣传部
    | 8月28日
    |

A cell may run on over several lines (a title cell of several parts, a unit cell a unit a
line). ``join_bar_rows`` puts each row on one line, ``责任目标 | 责任主体 | 完成时间 |``,
the form the table reader reads (pipeline/parse/table.py): every line break inside a row
becomes a space, one character for one, so offsets stay as they were. A line break inside
a cell becomes a space too: a title cell's wrap spaces are dropped as a PDF's are, and a
unit cell's separate its units.

A table may also print each cell, then a line holding a lone ``|``, with nothing to mark
where a row ends (重点工作 / | / 具体任务 / | / 责任单位 / | / 完成时限 / | / 一、… / | / …):
the header's words give the width and the cells after them make its rows, a section's
heading (一、…) in the first column a group row of its own.
"""

from __future__ import annotations

import re

from pipeline.grammar import BODY, HEADER_LEGEND, default_grammar
from pipeline.model import line_offsets
from pipeline.numbering import is_section
from pipeline.read.rewrite import Edit, Offsets, apply_edits

#: Rows closed by a lone bar that make a table of this layout: fewer are no table.
_ROWS = 3
#: Header cells, each closed by a lone bar, that make a table printed a cell then a bar.
_HEADER_CELLS = 3
#: The cells a table's header may follow: a title over the table, and the line above it.
_TITLE_CELLS = 2
#: The longest header word that names the title column by a title word's part (工作目标任务).
_TITLE_WORD = 8


def join_bar_rows(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Put each row of a table flattened a cell a line with bars on a line of its own; in a
    table each of whose cells is closed by a bar on its line (``具体内容 |``), give each
    header cell a line of its own (``序号 | 任务目录 |`` breaks after its first bar)."""
    text, offsets, spaced = _unspaced_bars(text, offsets)
    text, split = _split_closed_header(text)
    split += spaced
    lines = text.split("\n")
    closing = [k for k, line in enumerate(lines) if line.strip() == "|"]
    if len(closing) < _ROWS:
        return text, offsets, split
    joins: set[int] = set()  # k: the line break after line k becomes a space
    for first, last in _rows(lines, closing):
        joins.update(range(first, last))
    if not joins:
        return _join_barred_cells(text, offsets, lines, closing)
    chars = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if k in joins:
            chars[pos] = " "
        pos += 1
    return "".join(chars), offsets, len(joins)


#: A cell's last line closed by its bar, spaces before it (``号  |``): the spaces and bar.
_CLOSING_BAR = re.compile(r"(?<=[^\s|])[ \t]+\|[ \t]*$")


def _unspaced_bars(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Set each bar of a table printed a cell, then a bar, each on lines apart (a page's
    ``<td>`` cells: ``|`` / ``   1`` / ``   |`` / ``(spaces)`` / ``   成立…`` / ``   |``) on a
    line of its own, with no line of spaces or indentation around it (an empty line, as
    between a heading and the table, stays), a cell's bar closing its last line on a line
    of its own (``号  |``), and ``||||`` alone under the title over the table gone (the
    empty cells of a row that spans none): the table is then a cell then a lone bar, each
    row opened by a bar of its own, the layout ``join_bar_rows`` reads. A page with fewer
    such bars than a table's rows make is left as it is. One pass over the lines."""
    lines = text.split("\n")
    lone = [line.strip() == "|" for line in lines]
    closing = [_CLOSING_BAR.search(line) for line in lines]
    bars = [a or b is not None for a, b in zip(lone, closing, strict=True)]
    spaces = [bool(line) and not line.strip() for line in lines]
    near = _beside_bars(bars, spaces)
    spaced = sum(
        1
        for k, bar in enumerate(bars)
        if bar and ((k > 0 and near[k - 1]) or (k + 1 < len(lines) and near[k + 1]))
    )
    if spaced < _ROWS * _HEADER_CELLS:
        return text, offsets, 0
    edits: list[Edit] = []  # in order
    starts = line_offsets(text)
    for k, line in enumerate(lines):
        at, end = starts[k], starts[k] + len(line)
        if near[k] or (k > 0 and len(line.strip()) > 1 and not line.strip().strip("|")):
            edits.append((at - 1, end, "") if k > 0 else (at, end + 1, ""))  # the line goes
        elif lone[k] and line != "|":
            edits.append((at, end, "|"))
        elif (bar := closing[k]) is not None:
            edits.append((at + bar.start(), at + bar.end(), "\n|"))
    text, offsets = apply_edits(text, offsets, edits)
    return text, offsets, len(edits)


def _beside_bars(bars: list[bool], spaces: list[bool]) -> list[bool]:
    """Return, for each line, whether it is a line of spaces whose nearest line that is
    not one, above or below it, holds a bar."""
    near = [False] * len(bars)
    last: int | None = None
    for k in range(len(bars)):
        if spaces[k]:
            near[k] = last is not None and bars[last]
        else:
            last = k
    last = None
    for k in reversed(range(len(bars))):
        if spaces[k]:
            near[k] = near[k] or (last is not None and bars[last])
        else:
            last = k
    return near


#: Header cells closed by their bars on one line, before cells a line closed so.
_CLOSED_HEADER = re.compile(r"^([^\s|]{1,16}) \| ([^\s|]{1,16}) \|[ \t]*$", re.MULTILINE)
#: Lines after such a header that must be cells closed by their bars.
_CLOSED_CELLS = 3


def _split_closed_header(text: str) -> tuple[str, int]:
    """Break a header line of two cells, each a header word closed by its bar, after its
    first bar when the lines below are cells each closed by a bar (序号 | 任务目录 | /
    具体内容 | / 责任单位 | / 1 |): the space after the bar becomes the line break."""
    found = 0
    grammar = default_grammar()
    for m in _CLOSED_HEADER.finditer(text):
        below = text[m.end() + 1 :].split("\n", _CLOSED_CELLS)[:_CLOSED_CELLS]
        closed = len(below) == _CLOSED_CELLS and all(
            b.rstrip().endswith("|") and b.count("|") == 1 for b in below
        )  # (cells a line, each closed by its bar: no row of cells on one line)
        second = _is_header(m[2], body=True) or grammar.title_like(m[2])
        if closed and _is_header(m[1]) and second:  # (任务目录: a title word's part)
            at = m.start(2) - 1
            text = text[:at] + "\n" + text[at + 1 :]
            found += 1
    return text, found


def _rows(lines: list[str], closing: list[int]) -> list[tuple[int, int]]:
    """Return each row's first line and its lone bar.

    A row opens on the line after the lone bar that closed the row before it; the first row
    of a block opens on the line before its first ``|`` line (the header's first word), and
    counts only when a line of it opens a cell with ``|``.
    """
    rows: list[tuple[int, int]] = []
    previous: int | None = None  # the lone bar that closed the row before
    for bar in closing:
        first = previous + 1 if previous is not None else _block_start(lines, bar)
        # inside a block, a row may hold its first cell alone (the rest merged from above)
        alone = previous is not None and first < bar
        if alone or any(_opens_cell(lines[k]) for k in range(first, bar)):
            rows.append((first, bar))
            previous = bar
        else:
            previous = None
    return rows if len(rows) >= _ROWS else []


#: The longest run-on of a header cell wrapped onto a line with no bar (| 完成 / 时间).
_WRAP = 6


def _block_start(lines: list[str], bar: int) -> int:
    """Return the first line of the row a lone bar closes when no row closes right above:
    the line before the row's first ``|`` line. A header cell may wrap onto a short line
    with no bar (| 健身 / 项目): that line is the cell's, not the row's first."""
    k = bar
    while k > 0 and (_opens_cell(lines[k - 1]) or (k > 1 and _wrapped(lines, k - 1))):
        k -= 1
    return max(k - 1, 0) if k < bar else bar


def _wrapped(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a short run-on of the cell the line above opens (| 完成 / 时间)."""
    body = lines[k].strip()
    return 0 < len(body) <= _WRAP and "|" not in body and _opens_cell(lines[k - 1])


def _opens_cell(line: str) -> bool:
    """Whether a line opens a cell with a bar and holds its text (| 党委宣传部), not bars alone
    or a cell closed on its line (| 序号 |: a table a cell a line of another layout)."""
    body = line.strip()
    return body.startswith("|") and body.strip("|").strip() != "" and not body.endswith("|")


def _join_barred_cells(
    text: str, offsets: Offsets, lines: list[str], bars: list[int]
) -> tuple[str, Offsets, int]:
    """Put each row of a table printed a cell then a lone bar, with no mark where a row
    ends, on a line of its own: the header's cells (its words, ``重点工作`` / ``|`` /
    ``具体任务`` / ``|`` …) give the width, and the cells after them make rows of that
    width; a cell that is a section's heading (一、…) is a group row of its own, its other
    cells empty (``一、… | | | |``). A line break inside a cell becomes a space; the break,
    bar and break after a cell become `` | `` and, after a row's last cell, `` |`` and the
    row's line break. Each character keeps its raw offset; a bar added to a group row takes
    its cell's bar's."""
    cells, ends, empty = _barred_cells(lines, bars)
    for _ in range(_TITLE_CELLS):  # a title over the table, the bar under it opening the header
        if len(cells) > 1 and not _heads(lines, cells):
            cells = cells[1:]  # (and a paragraph above it, when bars open rows: | / 附件1 / |)
    grammar = default_grammar()
    width = _header_width(lines, cells, body=True)
    if not any(_cell_text(lines, c) in grammar.number_headers for c in cells[:width]):
        # a body word (具体内容) heads a column only beside a number's: without one, a
        # table whose rows end with a second bar reads them so (pipeline/parse/numberless.py)
        width = _header_width(lines, cells, body=False)
    if width < _HEADER_CELLS:
        return _join_numbered_cells(text, offsets, lines, bars)
    if ends:  # rows end with a second bar: a bar alone inside a row is an empty cell
        cells, ends, empty = _barred_cells(lines, bars, cells[0][0], width)
    if len(cells) < width * _ROWS:
        return text, offsets, 0
    starts = line_offsets(text)
    seps: dict[int, str] = {}  # where a cell's break, bar and break start: what replaces them
    inner: set[int] = set()  # a cell's own line breaks
    for line in ends:  # a second lone bar ending a row: the bar and its break go
        inner.update(range(starts[line], starts[line] + len(lines[line]) + 1))
    words = [_cell_text(lines, c) for c in cells[:2]]
    # 类别 | 序号 | …: a group column first, its cell printed in a group's first row only
    grouped = words[0] in grammar.group_headers and words[1] in grammar.number_headers
    opens = _row_openings(lines, cells, width) if grouped else set()
    # the page's end cut the last row inside a cell after its last bar: the cell joins it
    first = max((k for k in opens if k < len(cells)), default=width) if grouped else None
    # (a grouped row may leave its group cell out; another row holds a cell a column)
    short = (
        len(cells) - first < width - 1 if first is not None else (len(cells) - width) % width != 0
    )
    cut = _cut_cell(text, lines, bars, cells) if short else []
    inner.update(starts[line] + len(lines[line]) for line in cut[:-1])
    at = 0  # the cell's place in its row
    for k, cell in enumerate(cells):
        section = not grouped and at == 0 and k >= width and is_section(lines[cell[0]])
        inner.update(starts[line] + len(lines[line]) for line in cell[:-1])
        last = section or at == width - 1 or k == width - 1
        if grouped and k >= width:
            last = k + 1 in opens or (k + 1 == len(cells) and not cut)
        sep = " |" * width + "\n" if section else (" |\n" if last else " | ")
        if cell:
            seps[starts[cell[-1]] + len(lines[cell[-1]])] = sep
        else:  # an empty cell: its bar alone stays, and the break after it goes inside a row
            bar = empty.pop(0)
            if not last:
                inner.add(starts[bar] + len(lines[bar]))
        at = 0 if last else at + 1
    parts: list[str] = []
    mapped: Offsets = []
    pos = 0
    for where in sorted(seps):
        parts.append("".join(" " if i in inner else text[i] for i in range(pos, where)))
        mapped += offsets[pos:where]
        parts.append(seps[where])
        mapped += [offsets[where + 1]] * len(seps[where])  # the bar's own offset
        pos = where + 3
    tail = list(text[pos:])
    for i in (i for i in inner if i >= pos):  # a cut last cell's own line breaks
        tail[i - pos] = " "
    parts.append("".join(tail))
    mapped += offsets[pos:]
    return "".join(parts), mapped, len(seps)


def _cut_cell(text: str, lines: list[str], bars: list[int], cells: list[list[int]]) -> list[int]:
    """Return the lines of a cell the page cut after the text's last bar, which closes the
    last cell: lines of text up to the text's end, with no blank line and no line break
    after them (a page saved part way); none else."""
    tail = list(range(bars[-1] + 1, len(lines)))
    closes = bool(cells[-1]) and cells[-1][-1] == bars[-1] - 1
    if not tail or not closes or text.endswith("\n"):
        return []
    return tail if all(lines[k].strip() for k in tail) else []


def _join_numbered_cells(
    text: str, offsets: Offsets, lines: list[str], bars: list[int]
) -> tuple[str, Offsets, int]:
    """Put each row of a table printed a cell then a lone bar, whose header the page lost,
    on a line of its own: its rows open with their numbers, 1, 2, 3… each a cell alone, and
    run to the next number's cell, so a row may hold a cell more than another (a group's
    heading printed in its first row). Two bars in a row close an empty cell
    (``产业科`` / ``|`` / ``|`` / ``2024年底前``: no person named), never the row. The last
    row may hold fewer cells: the page's end cut it, and a cut cell after its last bar
    joins it (``9 | 加强…推广绿色``)."""
    rows: list[list[tuple[list[int], int]]] = []
    for cell, bar in _numbered_cells(lines, bars):
        if cell and _cell_text(lines, cell) == str(len(rows) + 1):
            rows.append([(cell, bar)])
        elif rows:
            rows[-1].append((cell, bar))
        elif cell:
            return text, offsets, 0  # a cell before row 1: no table of this layout
    # the last row may be short: the page was cut inside it (9 / | / 加强…推广绿色, no bar
    # after the cut cell), or it was cut right after a bar; its cut cell joins the row
    cut = bool(rows) and _cut_after(lines, bars, rows[-1][-1][1])
    whole = len(rows) - (bool(rows) and len(rows[-1]) < _HEADER_CELLS)
    if whole < _ROWS or any(len(row) < _HEADER_CELLS for row in rows[:-1]):
        return text, offsets, 0
    starts = line_offsets(text)
    chars = list(text)
    if cut:  # the cut cell's own line breaks
        tail = [k for k in range(rows[-1][-1][1] + 1, len(lines)) if lines[k].strip()]
        for line in tail[:-1]:
            chars[starts[line] + len(lines[line])] = " "
    for row in rows:
        for k, (cell, bar) in enumerate(row):
            last = k == len(row) - 1 and not (cut and row is rows[-1])
            for line in cell[:-1]:  # a cell's own line breaks
                chars[starts[line] + len(lines[line])] = " "
            if cell:  # its break, bar and break: `` | `` or, ending the row, `` |`` and a break
                end = starts[cell[-1]] + len(lines[cell[-1]])
                sep = " |\n" if last else " | "
                chars[end : end + len(sep)] = list(sep[: len(chars) - end])
            elif not last:  # an empty cell: its bar stays, the break after it goes
                end = starts[bar] + len(lines[bar])
                if end < len(chars):
                    chars[end] = " "
    return "".join(chars)[: len(text)], offsets, sum(map(len, rows))


def _cut_after(lines: list[str], bars: list[int], bar: int) -> bool:
    """Whether ``bar`` is the text's last lone bar and a cell follows it, cut with no bar
    after it."""
    return bar == bars[-1] and any(lines[k].strip() for k in range(bar + 1, len(lines)))


def _numbered_cells(lines: list[str], bars: list[int]) -> list[tuple[list[int], int]]:
    """Return the lines of each cell closed by one of ``bars`` and that bar, no lines for a
    cell closed by a bar right after another, from the first run of such cells on."""
    cells: list[tuple[list[int], int]] = []
    previous: int | None = None
    for bar in bars:
        if previous is not None and bar == previous + 1:
            cells.append(([], bar))
            previous = bar
            continue
        first = previous + 1 if previous is not None else bar - 1
        cell = [k for k in range(first, bar) if lines[k].strip()]
        if not cell or cell[0] != first or len(cell) != bar - first:
            if cells:
                break
            previous = None
            continue
        cells.append((cell, bar))
        previous = bar
    return cells


def _row_openings(lines: list[str], cells: list[list[int]], width: int) -> set[int]:
    """Return the cells that open a row of a table whose first column is a group's, printed
    in the group's first row only: a group's heading (（一）持续推进…), and a row's number
    that follows no such heading (the row leaves the group's cell out)."""
    opens: set[int] = set()
    for k in range(width, len(cells)):
        value = _cell_text(lines, cells[k])
        if is_section(lines[cells[k][0]]) or (value.isdecimal() and k - 1 not in opens):
            opens.add(k)
    return opens


def _cell_text(lines: list[str], cell: list[int]) -> str:
    """Return a cell's text, its lines joined with no space (a header word wrapped in its
    cell: 责任 / 股室)."""
    return "".join(lines[k].strip() for k in cell)


def _barred_cells(
    lines: list[str], bars: list[int], first: int = 0, width: int | None = None
) -> tuple[list[list[int]], list[int], list[int]]:
    """Return the lines of each cell closed by one of ``bars`` (lone bars each right after a
    cell), from the first cell of the run of such cells on, the lone bars that follow
    another (…监督电话 / | / | / 1: a row's end printed as a second bar), and the bars that
    close empty cells; no cells when the bars close cells of no such run.

    Only with the header's ``width`` (the run starting at line ``first``) are there empty
    cells: a bar alone right after another inside a row closes one (no lines), and one
    after a row's last cell ends the row (地震局 / | / | / |: an empty last cell, then the
    row's end)."""
    cells: list[list[int]] = []
    ends: list[int] = []
    empty: list[int] = []
    previous: int | None = None
    at = 0  # with a width: the cell's place in its row
    for bar in bars:
        if bar < first:
            continue
        if cells and previous == bar - 1 and width is not None and at > 0:
            cells.append([])  # a bar alone inside a row: an empty cell
            empty.append(bar)
            previous, at = bar, (at + 1) % width
            continue
        if cells and previous == bar - 1 and (not ends or ends[-1] != previous):
            ends.append(bar)
            previous = bar
            continue
        first = _opened_cell(lines, bar) if previous is None else previous + 1
        cell = [k for k in range(max(first, 0), bar) if lines[k].strip()]
        if not cell or cell[0] != first or (previous is not None and first > bar - 1):
            if cells:
                break
            previous = None
            continue
        cells.append(cell)
        previous, at = bar, (at + 1) % (width or 1)
    last = max((c[-1] for c in cells if c), default=-1)
    while ends and ends[-1] > last:  # a bar after the last cell closes the table
        ends.pop()
    return cells, ends, empty


def _opened_cell(lines: list[str], bar: int) -> int:
    """Return the first line of the cell a lone bar closes with no cell closed right above:
    the line above the bar, or, in a row a bar opens on its line (| / 附件1 / 青溪市… / |),
    every line from the opening bar's on."""
    k = bar - 1
    while k > 0 and lines[k - 1].strip() not in ("", "|"):
        k -= 1
    return k if k > 0 and lines[k - 1].strip() == "|" else bar - 1


def _heads(lines: list[str], cells: list[list[int]]) -> bool:
    """Whether the first cell opens the header: a header word, or a word holding a title's
    part before one (工作目标任务 / 完成时间)."""
    word = _cell_text(lines, cells[0])
    return _is_header(word) or (_titled(word) and _is_header(_cell_text(lines, cells[1])))


def _titled(word: str) -> bool:
    """Whether a short cell holds a title word's part (``Grammar.title_like``: 任务, 内容)."""
    return len(word) <= _TITLE_WORD and default_grammar().title_like(word)


def _header_width(lines: list[str], cells: list[list[int]], *, body: bool) -> int:
    """Return how many cells from the first are header words (a body's too with ``body``)."""
    width = 1 if len(cells) > 1 and _heads(lines, cells) else 0
    while width < len(cells) and _is_header(_cell_text(lines, cells[width]), body=body):
        width += 1
    return width


def _is_header(word: str, *, body: bool = False) -> bool:
    """Whether a cell holds a table's header word (序号, 重点工作, 责任单位, 完成时限), or
    names a column read for nothing (序时进度, 监督电话)."""
    grammar = default_grammar()
    word = HEADER_LEGEND.sub("", word) or word  # 责任部门(加*号为牵头部门,其余为参与部门)
    kind = grammar.column_of(word)
    return (kind is not None and (body or kind != BODY)) or grammar.read_for_nothing(word)
