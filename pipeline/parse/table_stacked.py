"""Read a task table flattened one cell a line: the header words, then every row's cells.

Each row starts with its number and runs to the line holding the next; a unit column may
hold a unit a line, a group cell may stand on its group's first row only. A header that
holds unknown words is read as a loose table (pipeline/parse/loose.py).
"""

from __future__ import annotations

import re

from pipeline.grammar import BODY, DEADLINE, GROUP, LEADERS, NUMBER, TITLE, Grammar
from pipeline.model import Role
from pipeline.parse import inline, loose
from pipeline.parse.loose import PAD
from pipeline.parse.table_header import (
    COLUMNS,
    Column,
    column,
    header,
    header_wrap,
    is_header,
    titled,
    without_periods,
)
from pipeline.parse.table_rows import (
    ROW_LINES,
    Row,
    by_content,
    by_order,
    cut_after,
    dated,
    line_of,
    names_units,
    refit,
)
from pipeline.read.chinese import blank_from

Span = tuple[int, int]
#: The fewest and most words a header on one line, apart by spaces, holds.
_SPACED_HEADER = (3, 8)


def stacked_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table a cell a line from its number word at line ``i``, else a loose table."""
    if kinds[i] != NUMBER:
        return None
    heads: list[Column] = []
    j = i
    for k in _filled(text, lines, i, COLUMNS):
        if kinds[k] is None:
            break
        heads.append(kinds[k])
        j = k + 1
    columns = is_header(heads) if len(heads) >= 3 else None
    if columns is None or columns[0] != NUMBER:
        return _loose_table(text, lines, i, grammar)
    found = _stacked_rows(text, lines, columns, j, grammar, _grouped(text, lines, i, grammar))
    return found or _loose_table(text, lines, i, grammar)


def spaced_header_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table whose header words stand on one line, apart by spaces (序号 涉及部门
    职责分工), and whose rows give a cell a line from a number alone on its line."""
    words = text[slice(*lines[i])].split()
    if not _SPACED_HEADER[0] <= len(words) <= _SPACED_HEADER[1]:
        return None
    columns = header(words, grammar)
    after = _filled(text, lines, i + 1, 1)
    if columns is None or columns[0] != NUMBER or not after:
        return None
    if not _is_number(text, lines[after[0]]):
        return None
    return _stacked_rows(text, lines, columns, i + 1, grammar, grouped=False)


def _stacked_rows(
    text: str, lines: list[Span], columns: list[Column], j: int, grammar: Grammar, grouped: bool
) -> tuple[list[Column], list[Row], int] | None:
    """Read the rows of a table a cell a line from line ``j`` on, under ``columns``."""
    rows: list[Row] = []
    most = len(columns)  # the most lines a row took: a last row with no number after it
    while True:
        window = _filled(text, lines, j, ROW_LINES * 2)
        if grouped and len(window) > 1 and not _is_number(text, lines[window[0]]):
            window = window[1:]  # the category of the next group: a line of its own
        rest = bool(window) and blank_from(text, lines[window[-1]][1], PAD)
        above = rows[-1] if rows else None
        if _merged(columns) and not grouped:
            found = _merged_row(text, [lines[k] for k in window], columns, above, rest, most)
        else:
            found = _stacked_row(text, [lines[k] for k in window], columns, grammar, grouped, above)
        if found is None and rows and window and cut_after(text, lines, window[-1]):
            found = _cut_row(text, [lines[k] for k in window], len(columns), rows[-1])
        if found is None:
            break
        row, used = found
        rows.append(row)
        most = max(most, used)
        j = window[used - 1] + 1
    return (columns, rows, j) if rows else None


def _loose_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table with a cell a line whose header holds unknown words: pipeline/parse/loose.py."""
    opens = "".join(pair[0] for pair in grammar.pairs)
    found = loose.header(
        text,
        lines,
        i,
        lambda w: column(w, grammar) is not None,
        opens,
        lambda before, word: header_wrap(before, word, grammar),
    )
    if found is None:
        return None
    words = without_periods(list(found.words), grammar)
    columns = titled(words, [column(w, grammar) for w in words], grammar)
    titles = [k for k, c in enumerate(columns) if c == TITLE]
    groups = [k for k, c in enumerate(columns) if c in (GROUP, LEADERS, Role.LEAD)]
    if len(titles) > 1:  # 主要任务 | 全年目标任务: the first is a category, merged down
        columns[titles[0]] = None
        groups = sorted([titles[0], *groups])
    checked = is_header(columns)
    known = [c for c in columns if c is not None]
    if checked is None or checked[0] != NUMBER or len(known) < 3 or len(columns) > COLUMNS:
        return None
    if checked[1:3] == [None, TITLE]:  # 序号 | 政策类型 | 政策要点: a category merged down
        groups = sorted({1, *groups})
    body = checked.index(BODY) if BODY in checked else None
    unread = frozenset(k for k, c in enumerate(checked) if c is None)
    categories = tuple(k for k in groups if checked[k] == GROUP)
    shape = loose.Shape(len(checked), checked.index(TITLE), body, tuple(groups), unread, categories)
    cells, end = loose.rows(
        text, lines, found.row, len(checked), found.spaced, found.barred, found.words[0]
    )
    cells = loose.numbered_sub_rows(
        text, cells, shape.title, len(checked), lambda c: names_units(text, c, grammar)
    )
    cells = [(_labelled_cell(text, row, checked, grammar), closed) for row, closed in cells]
    out: list[Row] = []
    above: list[Span] | None = None
    missing = len(checked)
    closing = any(closed for _, closed in cells)  # rows end in bars: an open one lost its end
    for n, (row, closed) in enumerate(cells, start=1):
        # With cells between blank lines, a last row that nothing follows shows no blank
        # line for its empty last cells (备注): it too may have lost its end.
        ends = found.spaced and n == len(cells) and blank_from(text, row[-1][1])
        lost = (closing and not closed) or ends
        most = missing if lost else len(checked)
        # (a last cell closed by its own 。 is whole: 进展情况's 目前已…73场次。 at the end)
        cut = (
            n == len(cells)
            and cut_after(text, lines, line_of(lines, row[-1][1]) - 1)
            and not text.endswith("。", *row[-1])
        )
        placed = loose.place(shape, text, row, above, most, cut)
        if above is not None and not cut and checked[1] == TITLE:
            # (in a | table, the trailing empty cells of a row closed by a bar alone are no
            # cells of its own: 各县…政府 | / || leaves out 总牵头单位, merged down)
            own = row[: inline.filled(row)] if closing else row
            placed = refit(text, own, checked, above, placed, grammar)
        elif closing and not cut:  # a row of a | table that dropped an empty cell
            placed = refit(text, row, checked, above, placed, grammar, frozenset(groups))
        elif not closing and not cut:
            placed = by_content(text, row, checked, above, grammar) or placed
        if found.spaced:  # blank lines that tell no empty cell, nor a cell over paragraphs
            placed = by_order(text, row, checked, above, grammar, cut) or placed
        above = placed
        # the cells a row left out: in a | table, its trailing empty ones (a bar alone after
        # its 说明) are no cells of its own
        missing = len(checked) - (inline.filled(row) if closing else len(row))
        out.append(Row(row[0][0], row[-1][1], tuple(above)))
    return (checked, out, end) if out else None


def _stacked_row(
    text: str,
    lines: list[Span],
    columns: list[Column],
    grammar: Grammar,
    grouped: bool = False,
    above: Row | None = None,
) -> tuple[Row, int] | None:
    """Read one row of a table with a cell a line: ``(row, lines used)``, or None at its end.

    The row runs to the line holding the next number. With more lines than columns, the
    column before a last deadline column holds one unit a line (县水务局 / 县住建局), the
    deadline is the first later line that reads as one, and the lines after it (a second
    sub-row under the same number) go to the task's body. Under a group column (``grouped``)
    the line before the next number is that group's category, never the body. A row one
    cell short before the next number left its title cell merged down (``above``'s).
    """
    cells = [loose.trim(text, s, e) for s, e in lines]
    width = len(columns)
    if len(cells) < width or not text[slice(*cells[0])].isdecimal() or cells[1][1] <= cells[1][0]:
        return None
    after = str(int(text[slice(*cells[0])]) + 1)
    short = _title_merged_down(text, cells, columns, above, after)
    if short is not None:
        return short
    stop = next((k for k in range(width, len(cells)) if text[slice(*cells[k])] == after), None)
    own = cells[:stop] if stop is not None else cells
    if grouped and stop is not None and len(own) > width:
        own = own[:-1]  # the next group's category (激发市场活力), printed before its first row
    own = _labelled_cell(text, own, columns, grammar)
    last = None
    if len(own) > width and columns[-1] == DEADLINE:
        deadlines = (k for k in range(width - 1, len(own)) if dated(text[slice(*own[k])], grammar))
        last = next(deadlines, None)
    if last is None:
        extra = tuple(own[width:]) if stop is not None else ()
        end = extra[-1][1] if extra else own[width - 1][1]
        return Row(own[0][0], end, tuple(own[:width]), extra), stop or width
    first = width - 2  # the column before the deadline: every line up to the deadline
    row = (*own[:first], (own[first][0], own[last - 1][1]), own[last])
    extra = tuple(own[last + 1 :]) if stop is not None else ()
    end = extra[-1][1] if extra else own[last][1]
    return Row(own[0][0], end, row, extra), stop or last + 1


def _labelled_cell(
    text: str, cells: list[Span], columns: list[Column], grammar: Grammar
) -> list[Span]:
    """Return a row's cells with its last column's cell whole when the row prints it as a
    role's labelled lines, one a line (牵头单位：市文物局 / 相关单位：市政府办 under 责任单位):
    two or more such lines at the row's end, past the columns' count."""
    if len(cells) <= len(columns) or not isinstance(columns[-1], Role):
        return cells
    end = len(cells)
    while end > 0 and cells[end - 1][0] == cells[end - 1][1]:
        end -= 1  # (a line of spaces after the row: an empty cell as printed, none of its own)
    k = end
    while k > 0 and _labelled(text, cells[k - 1], grammar):
        k -= 1
    if end - k < 2:
        return cells
    merged = [*cells[:k], (cells[k][0], cells[end - 1][1])]
    return [*merged, *cells[end:]][: max(len(merged), len(columns))]


def _labelled(text: str, cell: Span, grammar: Grammar) -> bool:
    """Whether a cell opens with a role's label and its colon (配合单位：市水务局)."""
    word = _LABEL_COLON.split(text[slice(*cell)], maxsplit=1)
    return len(word) > 1 and isinstance(grammar.label_kind(word[0]), Role)


#: The colon after a label opening a cell.
_LABEL_COLON = re.compile("[：:]")


def _title_merged_down(
    text: str, cells: list[Span], columns: list[Column], above: Row | None, after: str
) -> tuple[Row, int] | None:
    """Read a row one cell short, the next number where its last cell would be, under a
    title column followed by a text one (工作任务 | 主要内容): its title cell is merged down
    from the row above (工作任务 printed once over several rows), the rest are its own."""
    if above is None or TITLE not in columns:
        return None
    t, width = columns.index(TITLE), len(columns)
    if t == 0 or t + 1 >= width or columns[t + 1] not in (BODY, None):
        return None
    if len(cells) < width or text[slice(*cells[width - 1])] != after:
        return None
    own = (*cells[:t], above.cells[t], *cells[t : width - 1])
    return Row(cells[0][0], cells[width - 2][1], own), width - 1


def _merged(columns: list[Column]) -> bool:
    """Whether a table a cell a line has a group column right after its number and a units
    column last (序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位)."""
    return columns[1:2] == [GROUP] and TITLE in columns and isinstance(columns[-1], Role)


def _merged_row(
    text: str,
    lines: list[Span],
    columns: list[Column],
    above: Row | None,
    rest: bool,
    most: int,
) -> tuple[Row, int] | None:
    """Read one row of a table whose group cell stands on a group's first row only.

    The rows below it leave the cell out (no blank line stands for it): a row lacks it when
    it holds fewer lines than the header, or when its third line reads as the body (a
    sentence mark) and its fourth does not; it takes the group of the row above. The last
    column holds one unit a line, up to the next number (in the last row, up to the end of
    the text when nothing follows, no more lines than the longest row above); ``/`` alone
    is an empty cell.
    """
    cells = [loose.trim(text, s, e) for s, e in lines]
    width = len(columns)
    first = text[slice(*cells[0])] if cells else ""
    if len(cells) < 2 or not first.isdecimal() or len(first) > 9 or cells[1][1] <= cells[1][0]:
        return None
    after = str(int(first) + 1)
    stop = next((k for k in range(width - 1, len(cells)) if text[slice(*cells[k])] == after), None)
    if stop is not None:
        used = stop
    else:
        used = len(cells) if rest and len(cells) <= most else min(width, len(cells))
    own = cells[:used]
    if above is not None and (len(own) < width or _body_first(text, own, columns)):
        own = [own[0], above.cells[1], *own[1:]]
    if len(own) < width:
        return None
    units = (own[width - 1][0], own[-1][1])
    row = [(s, s) if text[s:e] == "/" else (s, e) for s, e in [*own[: width - 1], units]]
    return Row(cells[0][0], cells[used - 1][1], tuple(row)), used


def _body_first(text: str, cells: list[Span], columns: list[Column]) -> bool:
    """Whether a row's third line reads as the body and its fourth does not (a sentence mark
    in one only): the row left its group cell out, and its title is its second line."""
    if columns[3:4] != [BODY] or len(cells) < 4:
        return False
    marked = [any(m in text[slice(*c)] for m in loose.MARKS) for c in cells[2:4]]
    return marked == [True, False]


def _cut_row(text: str, lines: list[Span], width: int, above: Row) -> tuple[Row, int] | None:
    """Read the last row of a text cut inside it (a page saved part way): fewer cells than
    the header, its number the one after the row above. The cells it has fill the columns
    from the first; the others are empty."""
    cells = [loose.trim(text, s, e) for s, e in lines]
    number = text[slice(*above.cells[0])]
    if not number.isdecimal() or len(number) > 9 or not 1 < len(cells) < width:
        return None
    if text[slice(*cells[0])] != str(int(number) + 1) or cells[1][1] <= cells[1][0]:
        return None
    end = cells[-1][1]
    row = (*cells, *[(end, end)] * (width - len(cells)))
    return Row(cells[0][0], end, row), len(cells)


def _filled(text: str, lines: list[Span], i: int, most: int) -> list[int]:
    """Return the indexes of up to ``most`` non-blank lines from line ``i`` on.

    A blank line between cells (a page that prints each cell as a paragraph) is skipped.
    """
    found: list[int] = []
    k = i
    while k < len(lines) and len(found) < most and k - i < most * 3:
        if text[slice(*lines[k])].strip(PAD):
            found.append(k)
        k += 1
    return found


def _grouped(text: str, lines: list[Span], i: int, grammar: Grammar) -> bool:
    """Whether a group column (分类) heads the table before its number word at line ``i``."""
    k = i - 1
    while k >= 0 and not text[slice(*lines[k])].strip(PAD):
        k -= 1
    return k >= 0 and "".join(text[slice(*lines[k])].split()) in grammar.group_headers


def _is_number(text: str, line: Span) -> bool:
    return text[slice(*line)].strip(PAD).isdecimal()
