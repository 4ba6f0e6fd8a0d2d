"""Read a ``|`` table printed a cell a line whose header has no number word.

工作任务 / ``|`` / 具体要求 / ``|`` / 责任科室 / ``|`` / 时限要求 / ``|``, then rows whose number
is a cell of its own (a page that printed the number column without a header word), in
any place in the row: the title cell may come first, then ``1``, then the other cells.

- The header is the run of header words, each followed by a line of bars, at least three.
- The first row's cells before its number are the columns printed before the number; every
  row has its number, then one cell for each later column.
- A row with fewer cells before its number lacks the first of those columns: a title cell
  merged over two rows, printed once; it takes the cell of the row above.
- The rows end at a cell that is neither the next number nor fits a row; a text that stops
  inside the last row keeps the cells it has (the rest are empty).
- A table with no number anywhere opens and closes each row with a line of bars
  (``bar_rows``); its rows are numbered in order.
- A table with no number and no bars (目标任务 / 牵头单位 / 进展情况 / 下步举措, each cell
  a paragraph) finds its rows by its units column, one unit a line (``unit_rows``).
- A table with no bars whose title cell, first, opens with the task's number
  (主要工作任务 / 牵头单位 / 责任单位, then 1.主动对接… / 区发改局 / 区工信局、…) finds its rows
  by those numbers (``titled_rows``).
- A table with no number, no bars and its units column last whose rows print only their
  task's text and their units, a line each, under group rows printed once (目标 / 任务 /
  主要内容 / 责任单位, then 一、… / （一）… / 围绕…。 / 市发改委牵头落实) pairs each text
  line with the units line after it (``paired_rows``).
- A table of two columns, units then their duties (相关部门 / 职责分工, a cell a line, a
  department's 职责边界 with the units it shares a matter with), pairs each units line with
  the duty line after it (``duty_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.numbering import ITEM_STYLES, SECTION_STYLES, is_section, match_number
from pipeline.parse.loose import MARKS, PAD, trim
from pipeline.read.chinese import blank_from

Span = tuple[int, int]
#: Bounds that keep a hostile file linear: header words, cells one row may hold.
_HEADER_WORDS = 16
_ROW_CELLS = 16
#: The longest header word the grammar does not know between words it knows (考评标准).
_UNKNOWN_WORD = 8
#: The longest bracket alone that qualifies a header word above it: （7月）, （万元）.
_QUALIFIER = 8
#: The most digits of a row's number printed alone on a line.
_MAX_ROW_DIGITS = 3
#: What opens a target's measure printed under it in a table of targets (——孕产妇死亡率…).
_MEASURE = "——"
#: The longest group row (一、以政务公开助力稳增长) a paired table prints between its rows.
_GROUP_ROW = 40


def header(
    text: str, lines: list[Span], i: int, known: Callable[[str], bool]
) -> tuple[list[Span], int] | None:
    """Return the header cells from line ``i``, each followed by bars, and the next line.

    A short word the grammar does not know (考评标准) is a header cell when a word it knows
    follows it; unknown words after the last known one are the first row's cells."""
    words: list[Span] = []
    j, bars = i, False
    known_words, after = 0, i  # the words up to the last known one, and the line after it
    while j < len(lines) and len(words) <= _HEADER_WORDS:
        s, e = lines[j]
        line, value = text[s:e].strip(), text[s:e].strip(PAD)
        if line and not value:
            bars = True
        elif value:
            if (words and not bars) or value.isdecimal():
                break
            is_known = known(value)
            if not is_known and not (words and _unknown_word(value)):
                break
            words.append(trim(text, s, e))
            bars = "|" in line
            if is_known:
                known_words, after = len(words), j + 1
        j += 1
    if known_words < len(words):  # unknown words after the last known one: row cells (the
        # last known word had bars after it, or the word after it would not have been read)
        words, j, bars = words[:known_words], after, True
    if len(words) < 3 or not bars:
        return None
    return words, _after_bars(text, lines, j)


def _unknown_word(value: str) -> bool:
    """Whether a cell may be a header word the grammar does not know: short, no sentence
    mark, no digit (考评标准, 工作 考核)."""
    return len(value) <= _UNKNOWN_WORD and not any(c in MARKS or c.isdigit() for c in value)


def cells(text: str, lines: list[Span], j: int) -> list[Span]:
    """Return the cells from line ``j``: each line between lines of bars, up to a line that
    follows a cell with no bar between them (a footer after the table)."""
    found: list[Span] = []
    open_cell = False
    for s, e in lines[j:]:
        line, value = text[s:e].strip(), text[s:e].strip(PAD)
        if line and not value:
            open_cell = False
        elif value:
            if open_cell and not line.endswith("|"):
                break
            if open_cell:  # a cell wrapped over lines, its last closed by its bar
                found[-1] = (found[-1][0], trim(text, s, e)[1])
                open_cell = False
                continue
            found.append(trim(text, s, e))
            open_cell = not line.endswith("|")
    return found


def rows(text: str, found: list[Span], width: int) -> list[tuple[int, list[Span]]]:
    """Return each row's start and cells: its number first, then one span per header column.

    A row starts at its own first cell, not at a cell merged from the row above."""
    first = next((k for k, c in enumerate(found) if text[slice(*c)] == "1"), None)
    if first is None or first >= width:
        return []
    before, after = first, width - first
    out: list[tuple[int, list[Span]]] = []
    k, n = 0, 1
    while k < len(found):
        at = next(
            (
                p
                for p in range(k, min(len(found), k + before + 1))
                if text[slice(*found[p])] == str(n)
            ),
            None,
        )
        if at is None:
            break
        lead = found[k:at]
        if len(lead) < before and not out:
            break
        merged = out[-1][1][1 : 1 + before - len(lead)] if len(lead) < before else []
        tail = found[at + 1 : at + 1 + after]
        if any(text[slice(*c)] == str(n + 1) for c in tail):
            break
        end = (tail or [found[at]])[-1][1]
        tail += [(end, end)] * (after - len(tail))
        out.append(((lead or [found[at]])[0][0], [found[at], *merged, *lead, *tail]))
        k, n = at + 1 + after, n + 1
    return out


def number_first_rows(text: str, found: list[Span], width: int) -> list[tuple[int, list[Span]]]:
    """Return the rows read with the number first and its ``width`` cells after it, the
    cells before ``1`` and between a row's last cell and the next number left out (a group
    row across the table, a group cell merged down: 一、推动… / 属地党 / 1 / … / 经营主 / 5);
    a last row the text stops inside keeps the cells it has."""
    out: list[tuple[int, list[Span]]] = []
    k, n = 0, 1
    while True:
        at = next((p for p in range(k, len(found)) if text[slice(*found[p])] == str(n)), None)
        if at is None or (out and at - k > width):
            break
        tail = found[at + 1 : at + 1 + width]
        nxt = next((q for q, c in enumerate(tail) if text[slice(*c)] == str(n + 1)), None)
        if nxt is not None or not tail:
            break
        end = tail[-1][1]
        out.append((found[at][0], [found[at], *tail, *[(end, end)] * (width - len(tail))]))
        k, n = at + 1 + width, n + 1
    return out


def bar_rows(
    text: str, lines: list[Span], j: int, width: int
) -> tuple[list[tuple[int, list[Span]]], int]:
    """Return the rows of a table that prints no number at all, and the line after them.

    Each row opens and closes with a line of bars, so two bar lines in a row end one row
    and open the next (``|`` / 推进政策公开 / ``|`` / 常态化公开… / ``|`` / 财政所 / ``|`` /
    ``|``). A row one cell short lacks its first cell, merged from the row above. The
    rows end at a row of another width or at a line after a cell with no bar between them.
    """
    out: list[tuple[int, list[Span]]] = []
    row: list[Span] = []
    bars = 0  # bar lines since the last cell
    k = j
    while k < len(lines):
        s, e = lines[k]
        line, value = text[s:e].strip(), text[s:e].strip(PAD)
        if line and not value:
            bars += 1
            if bars == 2 and row and not _add_row(out, row, width):
                return out, k
            if bars == 2:
                row = []
        elif value:
            if row and bars == 0:
                break  # a line after a cell with no bar between: the table has ended
            if len(row) >= width:  # the last row's closing bar, then text after the table
                _add_row(out, row, width)
                return out, k
            if len(row) == _ROW_CELLS:
                break
            row.append(trim(text, s, e))
            bars = 0
        k += 1
    if row and bars and _add_row(out, row, width):
        row = []
    return out, k


def closed_rows(
    found: list[Span], width: int, units: list[int], names: Callable[[Span], bool]
) -> list[tuple[int, list[Span]]]:
    """Return the rows of a table that prints no number and no line of bars, each cell
    closed by a bar on its own line (婴幼儿照护服务项目 | / 新增… | / 区民政局 |): every
    ``width`` cells are a row, in order, while each row's units columns name units."""
    out: list[tuple[int, list[Span]]] = []
    for k in range(0, len(found) - width + 1, width):
        row = found[k : k + width]
        if not units or not all(names(row[u]) for u in units):
            break
        out.append((row[0][0], row))
    return out


def anchored_rows(
    found: list[Span], back: int, names: Callable[[Span], bool]
) -> list[tuple[int, list[Span]]]:
    """Return the rows of a table each of whose cells is closed by a bar, whose rows print
    only the cells they fill (a cell merged over rows printed once, empty cells a run of
    bars: ``|||``): each cell that ``names`` units closes a row, and the row's title is the
    cell ``back`` cells before it (the header puts the title column that far before the
    units column); the rows are ``(start, [title, units])``. A units cell with fewer cells
    than that since the row before closes no row."""
    out: list[tuple[int, list[Span]]] = []
    first = 0  # the first cell after the last row's units cell
    for k, cell in enumerate(found):
        if k - first >= back and names(cell):
            out.append((found[first][0], [found[k - back], cell]))
            first = k + 1
    return out


def numbered_title_rows(
    text: str, found: list[Span], before: int, after: int
) -> list[tuple[int, list[Span]]]:
    """Return the rows of a table each of whose cells is closed by a bar, whose title cells
    open with the task's number and whose empty cells are bars alone (left out of ``found``):
    主要任务 | / 重点工作和要求 | / 责任单位 | / 完成时限 |, then （一）制定工作任务清单。 | /
    1.制定… | / 市安委办 | / 1月20日前 |, then 2.制定… | / … under the same group.

    Each row is its number's span, ``before`` group cells (the last cell opening with a
    section number, 一、 or （一）, seen before the row; empty where none was), its title
    after the number, then up to ``after`` cells, empty where the row has fewer. The rows
    are numbered on from 1; they end at a cell that neither opens the next row nor opens
    with a section number when a row is full.
    """
    out: list[tuple[int, list[Span]]] = []
    width = 2 + before + after  # the number, the groups, the title and the cells after it
    group: Span | None = None
    row: list[Span] = []
    n = 1
    for cell in found:
        value = text[slice(*cell)]
        number = match_number(value)
        opens = number is not None and number.style in ITEM_STYLES and number.value == n
        heads = number is not None and number.style in SECTION_STYLES
        if row and (opens or heads):
            out.append((row[0][0], _padded(row, width)))
            row = []
        if opens and number is not None:
            label_end = cell[0] + len(number.label)
            groups = [group or (cell[0], cell[0])] * before
            row, n = [(cell[0], label_end), *groups, trim(text, label_end, cell[1])], n + 1
        elif heads:
            group = cell
        elif row and len(row) < width:
            row.append(cell)
        else:
            break
    if row:
        out.append((row[0][0], _padded(row, width)))
    return out


def _padded(row: list[Span], width: int) -> list[Span]:
    """Return a row's cells with an empty cell for each column it leaves out at its end."""
    end = row[-1][1]
    return [*row, *[(end, end)] * (width - len(row))]


def _add_row(out: list[tuple[int, list[Span]]], row: list[Span], width: int) -> bool:
    """Add ``row`` (its start and cells) to ``out`` when it fits; a row one cell short takes
    its first cell from the row above."""
    if len(row) == width:
        out.append((row[0][0], list(row)))
        return True
    if len(row) == width - 1 and out:
        out.append((row[0][0], [out[-1][1][0], *row]))
        return True
    return False


def _after_bars(text: str, lines: list[Span], j: int) -> int:
    while j < len(lines) and not text[slice(*lines[j])].strip(PAD):
        j += 1
    return j


def plain_header(
    text: str, lines: list[Span], i: int, word: Callable[[str], bool]
) -> tuple[list[Span], int] | None:
    """Return the header cells from line ``i`` of a table a cell a line without bars (header
    words, each on a line between blank lines, at least three) and the first row's line.

    A header word wrapped over two cells is joined back: a part that is no header word
    with the next line's, when the two make one (项目 / 名称), and a bracket that qualifies
    the word above (进展情况 / （7月））."""
    words: list[Span] = []
    j = i
    while j < len(lines) and len(words) <= _HEADER_WORDS:
        s, e = lines[j]
        value = text[s:e].strip(PAD)
        if value and is_section(value):
            break  # 一、主要预期指标 under the header: a group row, though it holds a title word
        if value and words and _qualifier(value):
            words[-1] = (words[-1][0], trim(text, s, e)[1])
            j += 1
            continue
        if value and not word(value) and "|" not in text[s:e]:
            k = _joined(text, lines, j, word)
            if k is None:
                break
            words.append((trim(text, s, e)[0], trim(text, *lines[k])[1]))
            j = k + 1
            continue
        if value and ("|" in text[s:e] or not word(value)):
            break
        if value:
            words.append(trim(text, s, e))
        j += 1
    return (words, j) if len(words) >= 3 else None


def wrapped_word(text: str, lines: list[Span], i: int, word: Callable[[str], bool]) -> bool:
    """Whether line ``i``, no header word, is one's first part wrapped over cells (项目 /
    名称): joined with the next line holding text it makes a header word."""
    return _joined(text, lines, i, word) is not None


def _joined(text: str, lines: list[Span], j: int, word: Callable[[str], bool]) -> int | None:
    """Return the line holding text after line ``j`` (past one blank line at most) when line
    ``j``'s text and its make a header ``word`` joined (项目 / 名称), else None."""
    value = text[slice(*lines[j])].strip(PAD)
    for k in range(j + 1, min(len(lines), j + 3)):
        after = text[slice(*lines[k])].strip(PAD)
        if after:
            return k if value and word(value + after) else None
    return None


def _qualifier(value: str) -> bool:
    """Whether a header line is a bracket alone qualifying the word above (（7月）, (万元)),
    no outline number (（一）)."""
    return (
        len(value) <= _QUALIFIER
        and value[0] in "（("
        and value[-1] in "）)"
        and match_number(value) is None
        and not any(m in value for m in MARKS)
    )


def unit_rows(
    text: str, lines: list[Span], j: int, width: int, units: int, names: Callable[[Span], bool]
) -> tuple[list[tuple[int, list[Span]]], int]:
    """Return the rows of a table a cell a line with no number and no bars, and the line
    after them (目标任务 / 牵头单位 / 进展情况 / 下步举措).

    Column ``units`` names units, one a line (发改局 / 农业农村局); each other cell is a
    line, but the last runs on (paragraphs 1. 2.) to the next row. A row starts where
    ``units`` lines that name no units come before one that does, so the rows need no
    number; the table ends at a wider gap of blank lines than between its cells, or a row
    short of cells.
    """
    cells: list[tuple[int, Span]] = []  # (line index, span) of each line with text
    gap = None  # the blank lines between two cells
    k, blanks = j, 0
    while k < len(lines) and len(cells) < _ROW_CELLS * 8:
        s, e = lines[k]
        if not text[s:e].strip(PAD):
            blanks += 1
        else:
            if cells and gap is not None and blanks > gap:
                break
            gap = blanks if cells and gap is None else gap
            cells.append((k, trim(text, s, e)))
            blanks = 0
        k += 1
    named = [names(c) for _, c in cells]
    starts = [
        p for p in range(len(cells) - units) if named[p + units] and not any(named[p : p + units])
    ]
    if not starts or starts[0] != 0:
        return [], j
    out: list[tuple[int, list[Span]]] = []
    last = 0  # the cells the rows took
    rest = width - units - 1  # the columns after the units
    for p, nxt in zip(starts, [*starts[1:], len(cells)], strict=True):
        q = p + units
        while q < nxt and named[q]:
            q += 1
        before, after = [c for _, c in cells[p : p + units]], [c for _, c in cells[q:nxt]]
        if len(after) < rest or (rest == 0 and after):
            break
        unit_cell = (cells[p + units][1][0], cells[q - 1][1][1])
        tail = [*after[: rest - 1], (after[rest - 1][0], after[-1][1])] if rest else []
        out.append((before[0][0] if before else unit_cell[0], [*before, unit_cell, *tail]))
        last = nxt
    return (out, cells[last - 1][0] + 1) if out else ([], j)


def paired_rows(
    text: str,
    lines: list[Span],
    j: int,
    names: Callable[[Span], bool],
    cut: Callable[[int], bool],
) -> tuple[list[tuple[Span | None, Span, Span]], int]:
    """Return the rows of a table whose rows are a text line then a units line, and the line
    after them: each row is ``(group, text, units)``, the group the last section line above
    it (一、…, （一）…) or None. A line that ``names`` units closes the text line before it;
    the text stops inside the last units line when ``cut`` says so (its names as printed).
    The table ends at a second text line in a row, or a units line with no text before it.

    Text lines numbered in turn (1.主动公开… / 2.加强…) may share one units line (the
    cell merged over their rows), and a line with no number above the first of them is
    their group (做好各类规划主动公开 / 1.… / 2.… / 办公室)."""
    out: list[tuple[Span | None, Span, Span]] = []
    group: Span | None = None
    pending: list[Span] = []
    numbered_pending = False  # the pending text lines are numbered ones
    last = 0  # the number of the table's last numbered text line
    done = j  # the line after the last row
    for k in range(j, len(lines)):
        s, e = trim(text, *lines[k])
        if e <= s:
            continue
        value = text[s:e]
        number = match_number(value)
        item = number.value if number is not None and number.style in ITEM_STYLES else None
        if number is not None and number.style in SECTION_STYLES and len(value) <= _GROUP_ROW:
            if pending:
                break
            group = (s, e)
        elif pending and (names((s, e)) or cut(k)):
            out += [(group, line, (s, e)) for line in pending]
            pending, done = [], k + 1
        elif not pending and not names((s, e)):
            pending, numbered_pending = [(s, e)], item is not None
            last = item if item is not None else last
        elif item is not None and item == last + 1 and (numbered_pending or len(pending) == 1):
            if not numbered_pending:  # 做好… / 1.…: the line above is the group of the rows
                group, pending = pending[0], []
            pending.append((s, e))  # one more row for the units line to come
            numbered_pending, last = True, item
        else:
            break
    return out, done


def duty_pairs(
    text: str, lines: list[Span], j: int, names: Callable[[Span], bool]
) -> tuple[list[tuple[Span, Span]], int]:
    """Return the rows of a table of two columns a cell a line, a unit then its duties
    (相关部门 / 职责分工, then 市卫生局 / 负责… / 市委宣传部 / 加强…), and the line after them:
    each row is ``(unit, duty)``. A row is a line that ``names`` units and the line with
    text after it, which names none; the table ends at a line that is neither (a page's
    footer, a heading) or a unit line with no duty after it."""
    out: list[tuple[Span, Span]] = []
    unit: Span | None = None
    done = j
    for k in range(j, len(lines)):
        s, e = trim(text, *lines[k])
        if e <= s:
            continue
        if unit is None:
            if not names((s, e)) or len(out) >= _ROW_CELLS * 8:
                break
            unit = (s, e)
        elif names((s, e)):
            break  # two unit lines in a row: no duty table (or it ended)
        else:
            out.append((unit, (s, e)))
            unit, done = None, k + 1
    return out, done


def titled_rows(
    text: str,
    lines: list[Span],
    j: int,
    width: int,
    units: int,
    people: tuple[int, Callable[[Span], bool]] | None = None,
    leader: Callable[[Span], bool] | None = None,
) -> list[tuple[Span, list[Span]]]:
    """Return the rows of a table a cell a line with no number column and no bars whose
    title cell, its first (or the first after a leaders column, ``leader``), opens with the
    task's number.

    Each row is ``(number, cells)``: the number's span, then one span per column (the
    title after its number). A row runs from the line opening with the next number to the
    line before the one after it; a section heading between rows (一、优结构、谋发展…) is
    skipped, and the rows under it may number again from 1. A row with more lines than
    columns holds its column ``units`` (the last units column) one unit a line; one with
    fewer leaves its last cells empty; the last row, with no number after it, keeps no more
    lines than the columns or the longest row above (a footer stays out). The table ends at
    a line after a section heading that opens no row, or after the most lines a row holds.

    A table of targets prints a goal's measures under it, each opening with a dash
    (1.提高孕产妇医疗保健水平。 / ——孕产妇死亡率…): the dashes before the row's next cell
    are its title cell's; a dash after it opens a row of its own, the measures up to the
    next units its title cell and the units after them its cells, numbered as its goal is
    (its first units are the goal's). A full row may be followed by one numbered from 1
    again (the next area of a table whose area cells are empty). A last row the text's end
    cuts after its title (4.儿童卫生保健) keeps it, its cells empty.

    ``people``: a leaders column and what tells a person's name; a row's extra lines right
    after its leaders cell that name persons are that cell's (董贵波 / 郑敏强, then the units).
    ``leader``: what tells a leaders cell of a leaders column printed first, merged down over
    its rows: a line so read before a row's number (周阳市长 / 1.… / 市府办 / 2.…) is the
    leaders cell of the rows below it, each row's cells opening with it.
    """
    out: list[tuple[Span, list[Span]]] = []
    own: list[Span] = []
    expected = {1}  # the numbers the next row may open with
    most = 0  # the most lines a row above took
    goal: Span | None = None  # the number of the goal whose measures the rows are
    measure = False  # the row is a measure's (——…), numbered as its goal
    merged: Span | None = None  # the leaders cell over the rows below it (``leader``)
    merged_at: dict[int, Span] = {}  # each row's, by its number's start
    k = j
    while k < len(lines) and len(own) <= _ROW_CELLS:
        s, e = trim(text, *lines[k])
        value = text[s:e]
        number = match_number(value) if value else None
        if leader is not None and value and number is None and leader((s, e)):
            merged = (s, e)  # 周阳市长: the leaders of the rows below, merged down
            k += 1
            continue
        opens = number is not None and number.style in ITEM_STYLES
        again = opens and number is not None and number.value == 1 and len(own) > width
        alone = value.isdecimal() and len(value) <= _MAX_ROW_DIGITS and int(value) in expected
        marked = number is not None and number.label == value and number.value in expected
        if own and (alone or marked):
            # the next row's number alone, its mark too, the page cut after it (…省妇联 / 2,
            # … / 4.): the row above is whole
            _add_titled(text, out, own, width, units, people)
            own = []
            break
        if (
            opens
            and number is not None
            and (number.value in expected or again)
            and e > s + len(number.label)
        ):
            measure_only = measure and len(own) == 2  # ——… and no units after it
            if own and not measure_only and not _add_titled(text, out, own, width, units, people):
                break
            most = max(most, len(own))
            if merged is not None:
                merged_at[s] = merged
            title = s + len(number.label)
            while title < e and text[title].isspace():  # 1. 地区生产总值…: past the space
                title += 1
            own = [(s, s + len(number.label)), (title, e)]
            expected, goal, measure = {number.value + 1}, own[0], False
        elif value.startswith(_MEASURE) and own:
            if len(own) == 2:
                own[1] = (own[1][0], e)  # a measure under the title: the title cell's
            elif goal is not None and _add_titled(text, out, own, width, units, people):
                if merged is not None:
                    merged_at[s] = merged
                own = [goal, (s + len(_MEASURE), e)]  # a measure's own row, its goal's number
                measure = True
            else:
                break
        elif value and number is not None and number.style in SECTION_STYLES:
            if own and not _add_titled(text, out, own, width, units, people):
                break
            own = []
            expected = {*expected, 1}  # under a heading the rows may number again from 1
        elif value and own:
            own.append((s, e))
        elif value and out:
            break  # a line that opens no row: the table has ended
        elif value:
            return []
        k += 1
    if own and len(own) == 2 and not measure and out and blank_from(text, own[1][1]):
        end = own[1][1]  # 4.儿童卫生保健 where the page stops: the row's title, no cells
        out.append((own[0], [own[1], *[(end, end)] * (width - 1)]))
    elif own:  # the last row: no more lines than the longest row above (a footer stays out),
        # its cell of numbered paragraphs one (1.2025—2026年，… / 2.2027年底前，…)
        paragraphs = sum(_numbered(text, c) for c in own[2:])
        more = _more_people(own[1:], people)  # 董贵波 / 郑敏强: one leaders cell
        _add_titled(
            text,
            out,
            own[: max(width + 1, most) + max(paragraphs - 1, 0) + more],
            width,
            units,
            people,
        )
    if leader is None:
        return out
    return [(n, [merged_at.get(n[0], (n[0], n[0])), *cells]) for n, cells in out]


#: A paragraph's number opening a cell's line, then its text.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}[.、．]\S")


def _numbered(text: str, cell: Span) -> bool:
    """Whether a cell opens with a paragraph's number (1. 1、) and goes on (1.2023—2025年，…
    too, a year after the number)."""
    return _PARAGRAPH_NUMBER.match(text, *cell) is not None


def _more_people(cells: list[Span], people: tuple[int, Callable[[Span], bool]] | None) -> int:
    """Return how many lines right after a row's leaders cell name persons too (董贵波 /
    郑敏强: the cell's second name), with ``cells`` from the title on."""
    if people is None:
        return 0
    at, person = people
    more = 0
    while at + 1 + more < len(cells) - 1 and person(cells[at + 1 + more]):
        more += 1
    return more if at < len(cells) and person(cells[at]) else 0


def _add_titled(
    text: str,
    out: list[tuple[Span, list[Span]]],
    own: list[Span],
    width: int,
    units: int,
    people: tuple[int, Callable[[Span], bool]] | None = None,
) -> bool:
    """Add a row (its number span, then its cells) when it has a cell past its title; fit
    its cells to ``width`` columns: lines past them join column ``units``, or the column
    before it when they are numbered paragraphs (1.2023—2025年，… / 2.2025年底前，…: a body
    cell's own list, the units on the line after them), or the leaders column when they
    name persons right after it (``people``)."""
    number, cells = own[0], own[1:]
    if len(cells) < 2:
        return False
    extra = len(cells) - width
    more = min(extra, _more_people(cells, people))
    if more and people is not None:
        at = people[0]
        joined = (cells[at][0], cells[at + more][1])
        cells = [*cells[:at], joined, *cells[at + more + 1 :]]
        extra -= more
    if extra > 0:
        at = units
        if units > 1 and all(_numbered(text, c) for c in cells[units - 1 : units + extra]):
            at = units - 1
        joined = (cells[at][0], cells[at + extra][1])
        cells = [*cells[:at], joined, *cells[at + extra + 1 :]]
    end = cells[-1][1]
    out.append((number, [*cells, *[(end, end)] * (width - len(cells))]))
    return True
