"""Read a table with a cell a line whose header also holds words the grammar does not know.

table_stacked.py tries this when the strict reading (every header line a header word) fails:

- The header runs from the number word to the first line holding a number. A header cell
  wrapped over lines is joined back when the joined word is a header word and one of its
  parts alone is not (责任 / 单位, 市政府 / 分管领导), or when the second part opens a
  bracket (总投资 / （万元）). The other words are columns nothing is read from (总投资,
  资金来源, 说明). Group rows before the first numbered row (推动产业提质升级。, （一）,
  一、2025年主要预期目标) end the header: a header word holds no sentence mark, is no
  outline number and opens with no section number.
- When every header cell stands between single blank lines, the page prints each cell as a
  paragraph, and each further blank line between two cells is an empty cell (备注).
- A row runs from its number to the line holding the next one. After group rows between
  two rows the next number may skip ahead (3, then 68: a section's rows of a longer
  table). In a ``|`` table printed a cell a line (``城管局 |``), a line of bars only ends a
  row and each bar after its first is an empty cell (``是 |`` then ``||``: an empty last
  cell). When every header cell stands between bars alone (``|`` / ``序号`` / ``|`` / …), a
  bar alone ends a cell instead: the row ends at the next number.
- A row with fewer cells than the header lacks the cells a page merged down from the row
  above (a category, a leader, a lead unit printed once for a group): the group columns,
  first to last, are missing, and take the cell of the row above.
  A first row lacks only a category column's cell (项目类别, printed in the header and in
  no row): it stays empty there, and its other cells fill the columns in order.
- The header printed again before a later row (a new page of the table: 序号 / 项目 / …)
  ends the row above and is no part of any row.
- A row whose title cell opens with the task's own number (56.做好…) and that holds a later
  cell opening with a higher one (86.深入推进…) is a unit's tasks under one row number and
  lead cell: it splits there (``numbered_sub_rows``).
- A title wrapped over lines (城市用气 / 提升工程) takes the lines up to the body: the first
  later cell with a sentence mark, else the longest. The columns after the body (or the
  title) are matched from both ends around the run of columns nothing is read from.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.numbering import ITEM_STYLES, Number, is_section, match_number
from pipeline.read.chinese import BLANKS, HAN_CHAR, SENTENCE_MARKS, blank_from

Span = tuple[int, int]
#: What pads a cell of a flattened table: spaces, line breaks and the bars between cells.
PAD = " \t\n\u3000|"
#: What ends a sentence or a clause: a cell holding one is no header word, no unit name.
MARKS = SENTENCE_MARKS
#: Bounds that keep a hostile file linear: header lines, lines past the header per row.
_HEADER_LINES = 40
_ROW_LINES = 8


@dataclass(frozen=True, slots=True)
class Shape:
    """Where a loose table's columns are: title, body, group and unread column indexes."""

    width: int
    title: int
    body: int | None
    groups: tuple[int, ...]
    unread: frozenset[int]
    #: The category columns (项目类别) among ``groups``: a first row may leave them empty.
    categories: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Header:
    """A loose table's header: its words, the first row's line, and whether every header
    cell stands between single blank lines (then a further blank line is an empty cell)."""

    words: tuple[str, ...]
    row: int
    spaced: bool
    barred: bool = False  # every header cell between lines of a bar alone (| / 序号 / | …)


def header(
    text: str,
    lines: list[Span],
    i: int,
    known: Callable[[str], bool],
    opens: str,
    joins: Callable[[str, str], bool] = lambda _before, _word: False,
) -> Header | None:
    """Return the header from line ``i`` on (wrapped words joined), up to the first row.

    Two lines are one wrapped cell when joined they are a header word and one part alone is
    not, or when ``joins`` says so (the grammar's finer cases: 攻坚目标 / 任务, 第二季度 /
    完成情况)."""
    words: list[str] = []
    gaps: set[tuple[int, int]] = set()  # blank lines and bar lines between two header cells
    blanks, bars, ended = 0, 0, False
    for j in range(i, min(len(lines), i + _HEADER_LINES)):
        word = "".join(text[slice(*lines[j])].strip(PAD).split())
        if word.isdecimal():
            if len(words) > _HEADER_WORDS and len(words[-1]) > _CELL_WORD:
                words.pop()  # 经济社会发展主要预期目标分解（15项） before row 1: a group row
            if not words:
                return None
            barred = gaps == {(0, 1)}  # a bar alone between cells separates, ends no row
            spaced = not barred and {b + r for b, r in gaps} == {1}
            return Header(tuple(words), j, spaced, barred)
        if not word:
            ruled = text[slice(*lines[j])].count("|")
            blanks, bars = (blanks, bars + ruled) if ruled else (blanks + 1, bars)
            continue
        ended = ended or _group_row(word)  # 推动产业提质升级。, （一）: no header word
        if ended:
            continue
        if words:
            gaps.add((blanks, bars))
        blanks = bars = 0
        if words and (
            word[0] in opens or _wrapped(words[-1], word, known) or joins(words[-1], word)
        ):
            words[-1] += word
        else:
            words.append(word)
    return None


def _wrapped(before: str, word: str, known: Callable[[str], bool]) -> bool:
    """Whether ``before`` and ``word`` are one header cell wrapped over two lines: joined
    they are a header word, and one part alone is not (责任 / 单位, 市政府 / 分管领导)."""
    return known(before + word) and not (known(before) and known(word))


def _group_row(word: str) -> bool:
    """Whether a line under the header is a group row, never a header word: it holds a
    sentence mark (推动产业提质升级。), is an outline number alone (（一）) or opens with a
    section number (一、2025年主要预期目标)."""
    number = match_number(word)
    alone = number is not None and number.label == word
    return alone or is_section(word) or any(m in word for m in MARKS)


#: The most digits of a row's number alone on its line.
_MAX_DIGITS = 3
#: The most parts a row's own numbers may open under its one number (主要预期目标 1.–11.).
_OWN_PARTS = 30
#: The longest header cell a line holds (table_header.WORD), and the fewest words of a
#: header a longer last line before the first row is no part of.
_CELL_WORD = 16
_HEADER_WORDS = 3


Row = tuple[list[Span], bool]


def rows(
    text: str,
    lines: list[Span],
    j: int,
    width: int,
    spaced: bool = False,
    barred: bool = False,
    first: str = "",
) -> tuple[list[Row], int]:
    """Return each row's cells from line ``j`` (a number) on, and the line after them.

    A row is ``(cells, closed)``: closed when a line of bars ends it. The last row, with no
    next number to end it, keeps no more cells than the longest row above it (the header's
    width in a table of one row), so a footer stays out. In a ``spaced`` table (cells
    between single blank lines) each further blank line between two cells is an empty cell,
    and a group row after a row's last cell (（二）, 提升现代服务业能级。) is skipped up to
    the next number, which may skip numbers (3, then 68: a section's rows taken out of a
    longer table); a line of spaces between two blank lines is then the one empty cell
    there. In a ``barred`` table (each bar on a line of its own) a bar ends a cell, a second
    one before the next cell is an empty cell, and two before the next number end the row;
    a group row after a row's last cell is skipped there too. The header's ``first`` word
    (序号) again after a row is the header repeated on a
    new page: it ends the row, and the rows go on at the next number.
    """
    found: list[Row] = []
    cells: list[tuple[Span, int]] = []
    after = ""
    blanks = bars = spaces = 0
    k = j
    parts = 1  # the parts of a row its own numbers open (1.… / 2.…), each up to the bound
    owning = False
    while k < len(lines) and len(cells) <= (width + _ROW_LINES) * parts:
        s, e = lines[k]
        line = text[s:e].strip(BLANKS)
        value = line.strip(PAD)
        if barred and line and not value:
            bars += line.count("|")
            k += 1
            continue
        # (… | 1.地区生产总值… | ★区发改委 | then 2.一般公共预算收入… |: the next of the
        # row's own numbers goes on under its number merged over them, no group row)
        going = bool(barred and value and cells and _next_own(text, cells, (s, e)))
        parts = min(parts + 1, _OWN_PARTS) if going else parts
        owning = (owning or going) and bool(cells)  # (in those parts an empty cell's bars
        if barred and value and cells:  # end no row)
            ends = value == after
            if not ends and bars > 1 and len(cells) >= width and not owning:
                break  # a full row closed by its bars, then no number: the table has ended
            gap = lines[k - 1][0]
            cells += [((gap, gap), k - 1)] * min(max(0, bars - (2 if ends else 1)), width)
            if ends:
                found.append(([c for c, _ in cells], bars > 1))
                cells = []
        bars = 0 if value else bars
        if spaced and value and cells and blanks > 1:  # 配合单位 / (blank) / (blank) / 2
            gap = lines[k - 1][0]
            cells += [((gap, gap), k - 1)] * min(spaces or blanks - 1, width)
        blanks = 0 if line else blanks + 1
        # a line of spaces alone between blank lines is an empty cell as printed: 市发改委 /
        # (blank) / " " / (blank) / 上半年…; then only those lines are empty cells
        spaces = 0 if line else spaces + (e > s)
        if cells and first and value == first:  # 序号 / 项目类别 / … again: a page's header
            resume = _next_row(text, lines, k, int(after))
            found.append(([c for c, _ in cells], False))
            cells, blanks = [], 0
            if resume is None:
                break
            k = resume
            continue
        if (spaced or barred) and len(cells) >= width and _group_row(value) and not going:
            resume = _next_row(text, lines, k, int(after))  # group rows between two rows
            if resume is None:
                break
            found.append(([c for c, _ in cells], False))
            cells, blanks, k = [], 0, resume
            after = text[slice(*lines[k])].strip(PAD)
            continue
        # a full row, then a higher number alone: the rows a page took out of a longer
        # table (6, then 52: one unit's rows), with no group row between them
        skips = len(cells) >= width and _higher(value, after)
        if owning and value.isdecimal() and len(value) <= _MAX_DIGITS:
            after, owning, parts = value, False, 1  # … | 11.… | ★区应急管理局 then 1 | 筑牢…:
            # a row after the parts, numbered again under the next group
        if cells and (value == after or skips):
            found.append(([c for c, _ in cells], False))
            cells = []
        if not cells and value:
            if not value.isdecimal() or len(value) > 9 or (found and value != after and not skips):
                break
            after = str(int(value) + 1)
        if line == "|" and _empty_last(text, lines[k - 1], len(cells), width, found):
            # 规划司 | then | alone, one cell short: cells end in their bars, the last is empty
            cells.append(((s, s), k))
            if len(cells) < width:  # (short of a group cell merged down too: its row's end)
                found.append(([c for c, _ in cells], True))
                cells = []
        elif line and not value and cells:  # bars only: the row's end, each further bar a cell
            cells += [((s, s), k)] * (len(line) - 1)
            found.append(([c for c, _ in cells], True))
            cells = []
        elif value:
            cells.append((trim(text, s, e), k))
        k += 1
    if cells:
        most = max((len(r) for r, _ in found), default=width)
        cells = cells[: _kept(text, [c for c, _ in cells], most) if owning else most]
        cells = cells[: _barred_part(text, lines, cells)]
        found.append(([c for c, _ in cells], barred and bars > 1))
        k = cells[-1][1] + 1
    return [r for r in found if len(r[0]) > 1], k


def _empty_last(
    text: str, before: Span, cells: int, width: int, found: list[tuple[list[Span], bool]]
) -> bool:
    """Whether a bar alone on its line, after a row's ``cells`` the last of which ends in its
    bar (规划司 |), is the row's empty last cell: the row is one cell short, or short of more
    (a group cell merged down from the row above) in a table whose rows so far each ended at
    the next number, none at a line of bars."""
    if cells == 0 or cells >= width or not _bar_ended(text, before):
        return False
    return cells == width - 1 or (bool(found) and not any(ended for _, ended in found))


def _barred_part(text: str, lines: list[Span], cells: list[tuple[Span, int]]) -> int:
    """Return how many of the last row's cells are its own in a table whose cells each end
    in a bar (规划司 |): up to a line after them that holds no bar and is followed by more
    text or closed by its 。 (注：约束性指标是指…。 under the table; a cell the text's end
    cuts has neither), else all of them."""
    closed = [bar_ended(text, *lines[k]) for _, k in cells]
    if len(closed) < 2 or not closed[0]:
        return len(cells)
    n = closed.index(False) if False in closed else len(cells)  # the first line with no bar
    if n < len(cells):
        s, e = lines[cells[n][1]]
        if not blank_from(text, e) or text[s:e].rstrip().endswith("。"):
            return n  # more text after it, or its own 。: a footer, no cell the end cut
    return len(cells)


def _next_own(text: str, cells: list[tuple[Span, int]], line: Span) -> bool:
    """Whether a line opens with the next own number after the last one the row's cells
    open with (1.地区生产总值… then 2.一般公共预算收入…)."""
    nxt = own_number(text, trim(text, *line))
    if nxt is None:
        return False
    last = next((n for c, _ in reversed(cells) if (n := own_number(text, c)) is not None), None)
    return last is not None and last.style == nxt.style and nxt.value == last.value + 1


def _kept(text: str, cells: list[Span], most: int) -> int:
    """Return how many cells the last row keeps: no more than the longest row above, past
    the parts its own numbers open (1.… / 2.…), each no longer after its number than the
    first part is in a full row."""
    owned = [k for k, c in enumerate(cells) if own_number(text, c) is not None]
    if len(owned) < 2:
        return most
    return max(most, owned[-1] + most - owned[0])


def _higher(value: str, after: str) -> bool:
    """Whether ``value`` is a row number alone past ``after``, the next one due: three
    digits at most, so a year alone (2026, a deadline cell) is none."""
    return value.isdecimal() and len(value) <= 3 and after.isdecimal() and int(value) > int(after)


def numbered_sub_rows(
    text: str,
    rows: list[Row],
    title: int,
    width: int,
    names: Callable[[Span], bool] = lambda _cell: False,
) -> list[Row]:
    """Split a row whose title cell opens with a task's own number (56.做好…) at each later
    cell that opens with a higher number of its style (86.深入推进…): a unit's tasks under one
    row number and lead cell merged over them. The cells between the row's number and its
    title go with each part, and the cells a part lacks are its last ones (完成进度, 备注),
    empty. When a row splits so and the own numbers rise from row to row, each task is
    numbered by its own number (31, 47 in row 5, then 52 in row 6).

    A part whose last cell ``names`` units, as the first part's last one does, puts it in
    that cell's column, the cells it left out (a leader merged over the parts) before it,
    empty: 1.地区生产总值… | 钱 宇 | ★区发改委 then 2.一般公共预算收入… | ★区财政局."""
    split: list[tuple[Row, Number | None]] = []
    for cells, closed in rows:
        first = own_number(text, cells[title]) if len(cells) > title else None
        parts = [(title, first)] if first is not None else []
        for k in range(title + 1, len(cells)):
            later = own_number(text, cells[k])
            if later is None or not parts:
                continue
            if later.style == parts[0][1].style and later.value > parts[-1][1].value:
                parts.append((k, later))
        if len(parts) < 2:
            split.append(((cells, closed), first))
            continue
        bounds = [k for k, _ in parts[1:]] + [len(cells)]
        unit_column = _units_column(cells[title : bounds[0]], title, names)
        for (a, number), b in zip(parts, bounds, strict=True):
            part = [cells[0], *cells[1:title], *_aligned(cells[a:b], title, unit_column, names)]
            end = part[-1][1]
            split.append((([*part, *[(end, end)] * (width - len(part))], closed), number))
    values = [n.value for _, n in split if n is not None]
    rising = len(split) > len(rows) and all(a < b for a, b in itertools.pairwise(values))
    return [_own_numbered(row, number, title) if rising else row for row, number in split]


def _units_column(first: list[Span], title: int, names: Callable[[Span], bool]) -> int | None:
    """Return the column of the first part's last cell with text when it names units."""
    filled = [k for k, c in enumerate(first) if c[1] > c[0]]
    return title + filled[-1] if filled and names(first[filled[-1]]) else None


def _aligned(
    cells: list[Span], title: int, units: int | None, names: Callable[[Span], bool]
) -> list[Span]:
    """Return a part's cells from its title on, its last cell with text in column ``units``
    when it names units and falls short of it (the cells between left empty)."""
    filled = [c for c in cells[1:] if c[1] > c[0]]
    if units is None or not filled or not names(filled[-1]):
        return cells
    before = filled[:-1][: units - title - 1]
    gap = (filled[-1][0], filled[-1][0])
    return [cells[0], *before, *[gap] * (units - title - 1 - len(before)), filled[-1]]


def _own_numbered(row: Row, number: Number | None, title: int) -> Row:
    """Return a row whose number cell is the number its title opens with (56. → 56)."""
    cells, closed = row
    if number is None:
        return row
    start = cells[title][0]
    return [(start, start + len(number.label) - 1), *cells[1:]], closed


def own_number(
    text: str, cell: Span, styles: tuple[str, ...] = ITEM_STYLES, *, spaced: bool = False
) -> Number | None:
    """Return the item number (1. or 1、, or one of ``styles``) a cell opens with, before
    Chinese text; ``spaced``: with blanks between (1. 学生补考…)."""
    value = text[slice(*cell)]
    number = match_number(value)
    if number is None or number.style not in styles:
        return None
    after = len(number.label)
    rest = value[after:].lstrip(BLANKS) if spaced else value[after:]
    if spaced and len(rest) == len(value) - after:
        return None  # no blank after the number
    return number if HAN_CHAR.match(rest) else None


def bar_ended(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends, past blanks, with a bar that closes its last cell."""
    return text[start:end].rstrip(BLANKS).endswith("|")


def _bar_ended(text: str, line: Span) -> bool:
    """Whether a line holds a cell closed by its own bar (规划司 |), as every cell of a table
    whose empty cells are a bar alone."""
    return bar_ended(text, *line) and bool(text[slice(*line)].strip(PAD))


def _next_row(text: str, lines: list[Span], k: int, due: int) -> int | None:
    """Return the first line holding a number alone within a few lines from line ``k``
    when that number is ``due`` or above (a restart from 1 ends the table), else None."""
    for j in range(k, min(len(lines), k + _HEADER_LINES)):
        value = text[slice(*lines[j])].strip(PAD)
        if value.isdecimal() and len(value) <= 9:
            return j if int(value) >= due else None
    return None


def place(
    shape: Shape,
    text: str,
    cells: list[Span],
    above: list[Span] | None,
    most: int,
    cut: bool = False,
) -> list[Span]:
    """Return one span per column for a row's cells (empty where the row has none).

    At most ``most`` group cells are missing (the count of the row above, for a row whose
    end the page lost). In a row the text stops inside (``cut``) the cells after the title
    (or the body) fill their columns from the first: the cells it lacks are its last ones.
    """
    missing = min(most, shape.width - len(cells))
    if missing > 0 and cut and _prints_group(text, cells, shape, above):
        missing = 0  # 20 / 脱贫攻坚 / 完成…。 / …: the last row prints its group, lacks its last
    # the first row has no row above to merge a cell down from: a cell it lacks is empty,
    # and its cells fill the columns in order, but for a category it leaves out (项目类别
    # printed in the header and in no row)
    heads = shape.groups if above is not None else shape.categories
    absent = heads[: max(0, missing)]
    beside = shape.title + 1
    spans = beside == shape.body or beside in shape.unread
    first = above is None and missing == 1 and bool(absent)
    if first and spans and _prints_group(text, cells, shape, None):
        # 1 | 总体目标 | 年新增…。 | …: a first row that prints its category, its text
        # merged over the title column and the one after it
        absent = (beside,)
    out: list[Span] = [(cells[0][0], cells[0][0])] * shape.width
    for c in absent:
        out[c] = above[c] if above is not None else out[c]
    columns = [c for c in range(shape.width) if c not in absent]
    p = columns.index(shape.title)
    body = shape.body is not None and columns[p + 1 : p + 2] == [shape.body]
    if len(columns) == len(cells) and not body:
        for c, cell in zip(columns, cells, strict=True):
            out[c] = cell
        return out
    for c, cell in zip(columns[:p], cells[:p], strict=False):
        out[c] = cell
    rest = cells[p:]
    if not rest:
        return out
    if body and shape.body is not None and len(rest) > 1:
        b = _body(text, rest, len(columns) == len(cells))
        out[shape.title] = (rest[0][0], rest[b - 1][1])
        out[shape.body] = rest[b]
        after, tail = columns[p + 2 :], rest[b + 1 :]
    else:
        wrapped = max(0, len(cells) - len(columns))
        out[shape.title] = (rest[0][0], rest[wrapped][1])
        after, tail = columns[p + 1 :], rest[wrapped + 1 :]
    matched = zip(after, tail, strict=False) if cut else _around(after, tail, shape.unread)
    for c, cell in matched:
        out[c] = cell
    return out


def _prints_group(text: str, cells: list[Span], shape: Shape, above: list[Span] | None) -> bool:
    """Whether a row prints the group cell of the column right after its number: that cell
    holds no sentence mark and the next, the title, holds one, or it repeats the group of
    the row above (构建返乡创业数据库 / 编制创业项目库, that row's group printed again)."""
    if not shape.groups or shape.groups[0] != 1 or shape.title != 2 or len(cells) < 3:
        return False
    group, title = text[slice(*cells[1])], text[slice(*cells[2])]
    again = above is not None and group == text[slice(*above[1])]
    return not any(m in group for m in MARKS) and (again or any(m in title for m in MARKS))


def _body(text: str, cells: list[Span], whole: bool) -> int:
    """Return where the body starts after a title's lines: the first cell with a sentence
    mark (，。；), else the longest one; a wrapped title cell holds neither. In a row with a
    cell for every column (``whole``) and no sentence mark, the body is the title's next
    cell (指标名称 | 年度目标 | …: 7%)."""
    marked = (n for n in range(1, len(cells)) if any(m in text[slice(*cells[n])] for m in MARKS))
    longest = 1 if whole else max(range(1, len(cells)), key=lambda n: cells[n][1] - cells[n][0])
    return next(marked, longest)


def _around(
    columns: list[int], cells: list[Span], unread: frozenset[int]
) -> list[tuple[int, Span]]:
    """Match cells to columns from both ends of the one run of unread columns between them."""
    runs = [n for n, c in enumerate(columns) if c in unread]
    if len(cells) == len(columns) or not runs or runs != list(range(runs[0], runs[-1] + 1)):
        return list(zip(columns, cells, strict=False))
    first, last = runs[0], runs[-1] + 1
    tail = len(columns) - last
    if len(cells) < first + tail:
        return list(zip(columns, cells, strict=False))
    ends = list(zip(columns[:first], cells[:first], strict=True))
    ends += list(zip(columns[last:], cells[len(cells) - tail :], strict=True))
    return ends


def trim(text: str, start: int, end: int, chars: str = PAD) -> Span:
    """Return ``start, end`` moved inward past any of ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
