"""Read a task table flattened to text: a header row, then one row of cells per task.

Cells are separated by ``|`` or a tab on one line (``序号 | 重点任务 | 牵头单位 | …``), or
each cell stands on a line of its own (then the header words are lines of their own and
every row starts with its number; blank lines between cells are skipped, and a row runs to
the line holding the next number), or columns are aligned with runs of spaces, as a PDF
exported to text (then every word of the header is a header word, at least three of them,
or a progress column's (上半年推进情况), a row's cells go to the header columns by position,
and section rows between rows, 二、重点工作, are skipped: pipeline/parse/aligned.py).
Columns are found by their header words: the number, title, body and column words of
schemas/grammar.toml's [table], and the clause labels for the roles, the deadline and the
leaders. A body column (主要内容) is the title only in a table without a title column.
Spans of every cell stay in the clean text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import numbering
from pipeline.grammar import DEADLINE, LEADERS, Grammar, Kind
from pipeline.model import CleanText, Mention, Role, Task
from pipeline.parse import aligned, inline, loose, numberless
from pipeline.parse.clauses import Unit, cell_clause, people, split_units
from pipeline.parse.loose import PAD
from pipeline.read.chinese import CJK

NUMBER, TITLE, BODY = "number", "title", "body"
GROUP = "group"  # a category column (类别, 分类): merged cells, read for no task field
Column = Kind | None
Span = tuple[int, int]
#: Bounds that keep a hostile file linear: lines one row may span, columns of a table.
_ROW_LINES = 8
_WORD = 16
_COLUMNS = 16
#: A space a line wrap left inside a title cell, between two Chinese characters (工作机 制).
_WRAP_GAP = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")
#: The line breaks of a title cell wrapped over lines (城市用气 / 提升工程: loose.py).
_WRAP_LINES = re.compile(rf"(?<=[{CJK}])\s*\n\s*(?=[{CJK}])")
#: A year before a header word (2022年预期目标): the column is the word's.
_YEAR = re.compile(r"\d{4}年(?=\D)")
#: A qualifier in brackets after a header word (责任股室（单位）, 完成时限（月份）).
_QUALIFIER = re.compile(r"（[^（）]{1,6}）$")
#: A cell that reads as a deadline (the last column of a table with a cell a line).
_DATED = re.compile(r"\d{1,2}月|\d{4}年|全年|年底|年内|长期|持续")
#: A person's name printed after a unit in its cell: two or three characters.
_PERSON_CHARS = 3
_HAN_ONLY = re.compile("[\u4e00-\u9fff]+")
#: A unit's name holds Chinese characters; a rate (72%) holds none.
_HAN = re.compile("[\u4e00-\u9fff]")
#: A period ending a header line (第二季度, 1-6月, 上半年) before its progress word.
_PERIOD = re.compile(r"(季度|月份?|年度?|半年)$")
#: A table without a header is read from this many numbered rows on, its units cell no
#: longer than this.
_HEADERLESS_ROWS = 3
_UNITS_CELL = 40
#: At most this many merged cells a short row of a table with a cell a line leaves out.
_LEFT_OUT = 4
#: Marks that end a sentence: a cell holding one is text, not a unit's name.
_SENTENCE_ENDS = "。；;"


@dataclass(frozen=True, slots=True)
class _Row:
    start: int
    end: int
    cells: tuple[Span, ...]
    extra: tuple[Span, ...] = ()  # lines of a sub-row under the same number: the body


def table_tasks(clean: CleanText, grammar: Grammar) -> tuple[tuple[Task, ...], list[Span]]:
    """Return the tasks of every task table in the text, and each row's clean span."""
    text = clean.text
    lines = _lines(text)
    # A header word is short: look each line up once, however many tables start there.
    kinds = [_column(text[s:e].strip(PAD), grammar) if e - s <= _WORD else None for s, e in lines]
    tasks: list[Task] = []
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        found = (
            _inline_table(text, lines, i, grammar)
            or _stacked_table(text, lines, kinds, i, grammar)
            or _aligned_table(text, lines, i, grammar)
            or _numberless_table(text, lines, kinds, i, grammar)
            or _unit_line_table(text, lines, kinds, i, grammar)
            or _headerless_table(text, lines, i, grammar)
        )
        if found is None:
            i += 1
            continue
        columns, rows, i = found
        for row in rows:
            tasks.append(_task(clean, columns, row, len(tasks) + 1, grammar))
            spans.append((row.start, row.end))
    return tuple(tasks), spans


def _lines(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _cells(text: str, start: int, end: int) -> list[Span]:
    """Split one line at ``|`` or tabs; an outer ``|`` (as in | a | b |) opens no cell."""
    sep = "|" if "|" in text[start:end] else "\t"
    s, e = loose.trim(text, start, end, " \u3000" if sep == "\t" else " \t\u3000")
    if sep == "|" and e - s > 1 and text[s] == "|" and text[e - 1] == "|":
        s, e = s + 1, e - 1  # | a | b |: the outer bars open no cell
    cells, item = [], s
    for i in range(s, e + 1):
        if i == e or text[i] == sep:
            cells.append(loose.trim(text, item, i))
            item = i + 1
    return cells


def _column(word: str, grammar: Grammar) -> Column:
    word = "".join(word.split())
    year = _YEAR.match(word)
    word = word[year.end() :] if year else word
    qualified = _QUALIFIER.search(word)
    if qualified and qualified.start() > 0:
        # 责任股室（单位）: the bracket says what the word means, the word names the column
        return _column(word[: qualified.start()], grammar) or _column_of(word, grammar)
    return _column_of(word, grammar)


def _column_of(word: str, grammar: Grammar) -> Column:
    if word in grammar.number_headers:
        return NUMBER
    if word in grammar.title_headers:
        return TITLE
    if word in grammar.body_headers:
        return BODY
    if word in grammar.group_headers:
        return GROUP
    return grammar.header_kind(word)


def _header(words: list[str], grammar: Grammar) -> list[Column] | None:
    return _is_header(titled(words, [_column(w, grammar) for w in words], grammar))


def titled(words: list[str], columns: list[Column], grammar: Grammar) -> list[Column]:
    """Return ``columns`` with the first unknown header cell that holds a title word
    (具体工作任务和要求, 内容与要求: ``[table] title_parts``) as the title column, when no
    cell is exactly a title word; the other unknown cells (落实情况) stay unread."""
    if TITLE in columns:
        return columns
    for k, (word, column) in enumerate(zip(words, columns, strict=True)):
        if column is None and any(part in word for part in grammar.title_parts):
            return [*columns[:k], TITLE, *columns[k + 1 :]]
    return columns


def _is_header(columns: list[Column]) -> list[Column] | None:
    if TITLE not in columns and BODY in columns:  # 主要内容 is the title of a table without one
        k = columns.index(BODY)
        columns = [*columns[:k], TITLE, *columns[k + 1 :]]
    roles = {c for c in columns if isinstance(c, Role)}
    if TITLE in columns and roles & {Role.LEAD, Role.RESPONSIBLE}:
        return columns
    return None


def _inline_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    s, e = lines[i]
    if "|" not in text[s:e] and "\t" not in text[s:e]:
        return None
    words, j = _run_on(text, lines, i, _bar_words(text, lines[i]))
    columns = _header(words, grammar)
    if columns is None:
        return None
    if columns.count(TITLE) > 1:  # 重点任务 | 工作内容 | …: the first names the task, the
        first = columns.index(TITLE)  # others say what it involves
        columns = [BODY if c == TITLE and k > first else c for k, c in enumerate(columns)]
    rows: list[_Row] = []
    while j < len(lines):
        s, e = lines[j]
        if not text[s:e].strip(PAD + "-:"):
            j += 1  # a blank line, or a Markdown rule | --- | --- |
            continue
        cells = _cells(text, s, e)
        if len(cells) < len(columns) and _table_heading(text, lines, j, grammar):
            break  # 三、…安排表 over a table of its own: this one has ended
        if rows and _group_left_out(text, cells, columns):
            # 2 | X | …: the group cell merged from above (a closing bar's empty cell goes)
            cells = [rows[-1].cells[0], *cells][: len(columns)]
        k = j
        while len(cells) < len(columns) and k + 1 < len(lines) and k - j < _ROW_LINES:
            k += 1  # a line break inside a cell: the row goes on on the next line
            e = lines[k][1]
            cells = _cells(text, s, e)
        while len(cells) > len(columns) and cells[-1][0] == cells[-1][1]:
            cells.pop()  # a closing bar: x | y | z |
        if rows and k == j and len(cells) < len(columns) and _cut_after(text, lines, k):
            cells += [(e, e)] * (len(columns) - len(cells))  # the text stops inside the row
        if len(cells) != len(columns):
            break
        if rows and _sub_row(text, cells, columns, rows[-1]):
            above = rows[-1]  # 新增托位500个。 | 新增托位600个。 | ||: a project's sub-row
            rows[-1] = _Row(above.start, e, above.cells, (*above.extra, cells[0]))
            j = k + 1
            continue
        if rows:
            cells = _merged_left_out(text, cells, columns, rows[-1], grammar)
        rows.append(_Row(s, e, tuple(cells)))
        j = k + 1
    if rows and NUMBER not in columns and BODY in columns and TITLE in columns:
        body = columns.index(BODY)
        if columns.index(TITLE) == body - 1:
            numbered = inline.numbered_rows(text, [list(r.cells) for r in rows], body)
            if numbered is not None:  # 1.积极推进… in the body cell: a task per number
                heads = [NUMBER, *columns[: body - 1], None, TITLE, *columns[body + 1 :]]
                kept = [
                    _Row(r.start, r.end, tuple(c)) for r, c in zip(rows, numbered, strict=False)
                ]
                return heads, kept, j if len(kept) == len(rows) else _line_of(lines, kept[-1].end)
    if rows and NUMBER not in columns and TITLE in columns:
        projects = _numbered_titles(text, lines, columns, rows)
        if projects is not None:
            return projects
    return (columns, rows, j) if rows else None


def _bar_words(text: str, line: Span) -> list[str]:
    """Return the cells of a ``|`` line as text (序号 | … | 备注 |: the closing bar opens no
    cell)."""
    words = [text[a:b] for a, b in _cells(text, *line)]
    while words and not words[-1]:
        words.pop()
    return words


def _run_on(text: str, lines: list[Span], i: int, words: list[str]) -> tuple[list[str], int]:
    """Return a ``|`` header's words and its first row's line: a header whose cells run on
    over a second line (序号 | 决策事项名称 | … | 计划决策时间 | / 是否履行公众参与 | … |) takes
    that line's words when it holds no number and the row under it has as many cells as the
    two lines together."""
    if i + 2 >= len(lines) or "|" not in text[slice(*lines[i + 1])]:
        return words, i + 1
    more, row = _bar_words(text, lines[i + 1]), _bar_words(text, lines[i + 2])
    header = all(w and len(w) <= _WORD and not w[0].isdecimal() for w in more)
    if not header or not row or not row[0].isdecimal() or len(row) != len(words) + len(more):
        return words, i + 1
    return [*words, *more], i + 2


def _sub_row(text: str, cells: list[Span], columns: list[Column], above: _Row) -> bool:
    """Whether a row is a sub-row of the numbered row above: its number cell merged into the
    row above (so its cells shift left and its first holds text) and its unit cells empty."""
    if columns[0] != NUMBER or not text[slice(*above.cells[0])].isdecimal():
        return False
    first = text[slice(*cells[0])]
    units = [cells[k] for k, c in enumerate(columns) if isinstance(c, Role)]
    return bool(first) and not first[0].isdecimal() and all(a == b for a, b in units)


def _person_after(text: str, before: Unit | None, unit: Unit, grammar: Grammar) -> bool:
    """Whether ``unit`` is the person a cell names after its unit ``before``, a space between
    them (市民政局 伍泽国): two or three characters that end no unit's name, after a unit that
    does."""
    if before is None or unit.etc:
        return False
    return (
        _person_name(text[unit.start : unit.end], grammar)
        and not text[before.end : unit.start].strip()
        and text[before.end - 1] in grammar.name_endings
    )


def _group_left_out(text: str, cells: list[Span], columns: list[Column]) -> bool:
    """Whether a row leaves out its first cell, a group (大类) merged over the rows below:
    the group column comes before the number, and the row opens with its number."""
    return (
        len(columns) > 2
        and columns[0] == GROUP
        and columns[1] == NUMBER
        and inline.filled(cells) == len(columns) - 1
        and text[slice(*cells[0])].isdecimal()
    )


def _table_heading(text: str, lines: list[Span], j: int, grammar: Grammar) -> bool:
    """Whether line ``j`` is a section heading (三、…) over the header of another table."""
    if j + 1 >= len(lines) or not numbering.is_section(text[slice(*lines[j])]):
        return False
    return _header([text[a:b] for a, b in _cells(text, *lines[j + 1])], grammar) is not None


def _merged_left_out(
    text: str, cells: list[Span], columns: list[Column], above: _Row, grammar: Grammar
) -> list[Span]:
    """Return a row's cells with one cell merged down from the row above put back.

    A table exported with a merged cell prints it on its first row only; the rows below
    shift their later cells left and end short or in empty cells (``2 | X | 4月:… | 已完成。…
    | |`` under a merged 牵头单位, ``2 | 扎实做好… | 疾控处 | 长期推进 |`` under a merged
    工作任务). Where putting the row above's cell back in one column makes the row read
    better (units in its unit columns, a date in its deadline column, no sentence where a
    unit belongs), the cell goes back in the first such column and the others move right.
    """
    if NUMBER in columns and not text[slice(*cells[columns.index(NUMBER)])].isdecimal():
        return cells  # (a row without its number is a sub-row, read by inline.py)
    if NUMBER not in columns and (
        GROUP in columns or not _person_in_units(text, cells, columns, grammar)
    ):  # a short row of a table without numbers is a sub-row, or left out its group cell
        return cells
    core = inline.filled(cells)
    if core >= len(columns) or core < 2:
        return cells
    best, fit = None, _fit(text, cells, columns, grammar)
    if fit[0] == 0:
        return cells  # the row reads well as printed (its last cells merely empty)
    for k in range(1, len(columns)):
        if columns[k] == NUMBER or not text[slice(*above.cells[k])]:
            continue
        trial = [*cells[:k], above.cells[k], *cells[k:core]]
        trial += [(trial[-1][1], trial[-1][1])] * (len(columns) - len(trial))
        tried = _fit(text, trial, columns, grammar)
        if tried < fit:
            best, fit = trial, tried
    return best or cells


def _fit(text: str, cells: list[Span], columns: list[Column], grammar: Grammar) -> tuple[int, int]:
    """Return how badly a row's cells read in their columns, fewest first: the misfits (a
    sentence, a date, a rate or a person's name in a unit column, a text without a date in
    the deadline column, an empty title), then minus the fits (a unit-like cell, a date, a
    person's name in a leader column)."""
    misfits = fits = 0
    for column, (s, e) in zip(columns, cells, strict=True):
        value = text[s:e]
        if isinstance(column, Role) and value:
            sentence = any(m in value for m in _SENTENCE_ENDS) or _dated(value, grammar)
            # a rate (72%) or a person's name (王小强) where a unit belongs
            wrong = sentence or _HAN.search(value) is None or _person_name(value, grammar)
            misfits, fits = (misfits + 1, fits) if wrong else (misfits, fits + 1)
        elif column == DEADLINE and value:
            misfits, fits = (misfits, fits + 1) if _dated(value, grammar) else (misfits + 1, fits)
        elif column == LEADERS and value and any(m in value for m in _SENTENCE_ENDS):
            misfits += 1  # a sentence where a person belongs
        elif column == LEADERS and _person_name(value, grammar):
            fits += 1
        elif column == TITLE and not value:
            misfits += 1
    return misfits, -fits


def _person_in_units(text: str, cells: list[Span], columns: list[Column], grammar: Grammar) -> bool:
    """Whether a row's units column holds a person's name (王小强): the leader cell after it,
    shifted left because the row leaves out a units cell merged down from above."""
    return any(
        isinstance(column, Role) and _person_name(text[slice(*cell)], grammar)
        for column, cell in zip(columns, cells, strict=False)
    )


def _person_name(value: str, grammar: Grammar) -> bool:
    """Whether a cell is a person's bare name: two or three characters that end no unit's name."""
    return (
        2 <= len(value) <= _PERSON_CHARS
        and _HAN_ONLY.fullmatch(value) is not None
        and value[-1] not in grammar.name_endings
        and not value.startswith(("各", "相关", "有关"))
    )


def _numbered_titles(
    text: str, lines: list[Span], columns: list[Column], rows: list[_Row]
) -> tuple[list[Column], list[_Row], int] | None:
    """Read a table whose number starts the first title cell (1.城市人居环境提升项目) and
    whose sub-rows are shifted left: pipeline/parse/inline.py. Other title columns
    (工作任务) are the body."""
    title = columns.index(TITLE)
    last = max(k for k, c in enumerate(columns) if c is not None)
    projects = inline.numbered_titles(text, [list(r.cells) for r in rows], title, last)
    if not projects:
        return None
    heads = [NUMBER, *(BODY if c == TITLE and k != title else c for k, c in enumerate(columns))]
    kept = [
        _Row(rows[p.first].start, rows[p.last].end, tuple(p.cells), tuple(p.extra))
        for p in projects
    ]
    return heads, kept, _line_of(lines, kept[-1].end)


def _line_of(lines: list[Span], at: int) -> int:
    """Return the index of the line after the one holding position ``at``."""
    return bisect.bisect_right([s for s, _ in lines], at)


def _stacked_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    if kinds[i] != NUMBER:
        return None
    heads: list[Column] = []
    j = i
    for k in _filled(text, lines, i, _COLUMNS):
        if kinds[k] is None:
            break
        heads.append(kinds[k])
        j = k + 1
    columns = _is_header(heads) if len(heads) >= 3 else None
    if columns is None or columns[0] != NUMBER:
        return _loose_table(text, lines, i, grammar)
    grouped = _grouped(text, lines, i, grammar)
    rows: list[_Row] = []
    most = len(columns)  # the most lines a row took: a last row with no number after it
    while True:
        window = _filled(text, lines, j, _ROW_LINES * 2)
        if grouped and len(window) > 1 and not _is_number(text, lines[window[0]]):
            window = window[1:]  # the category of the next group: a line of its own
        rest = bool(window) and not text[lines[window[-1]][1] :].strip(PAD)
        if _merged(columns) and not grouped:
            above = rows[-1] if rows else None
            found = _merged_row(text, [lines[k] for k in window], columns, above, rest, most)
        else:
            found = _stacked_row(text, [lines[k] for k in window], columns, grammar, grouped)
        if found is None and rows and window and _cut_after(text, lines, window[-1]):
            found = _cut_row(text, [lines[k] for k in window], len(columns), rows[-1])
        if found is None:
            break
        row, used = found
        rows.append(row)
        most = max(most, used)
        j = window[used - 1] + 1
    return (columns, rows, j) if rows else _loose_table(text, lines, i, grammar)


def _loose_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    """Read a table with a cell a line whose header holds unknown words: pipeline/parse/loose.py."""
    opens = "".join(pair[0] for pair in grammar.pairs)
    found = loose.header(
        text,
        lines,
        i,
        lambda w: _column(w, grammar) is not None,
        opens,
        lambda before, word: _header_wrap(before, word, grammar),
    )
    if found is None:
        return None
    words = list(found.words)
    columns = titled(words, [_column(w, grammar) for w in words], grammar)
    titles = [k for k, c in enumerate(columns) if c == TITLE]
    groups = [k for k, c in enumerate(columns) if c in (LEADERS, Role.LEAD)]
    if len(titles) > 1:  # 主要任务 | 全年目标任务: the first is a category, merged down
        columns[titles[0]] = None
        groups = sorted([titles[0], *groups])
    checked = _is_header(columns)
    known = [c for c in columns if c is not None]
    if checked is None or checked[0] != NUMBER or len(known) < 3 or len(columns) > _COLUMNS:
        return None
    body = checked.index(BODY) if BODY in checked else None
    unread = frozenset(k for k, c in enumerate(checked) if c is None)
    shape = loose.Shape(len(checked), checked.index(TITLE), body, tuple(groups), unread)
    cells, end = loose.rows(text, lines, found.row, len(checked), found.spaced, found.barred)
    out: list[_Row] = []
    above: list[Span] | None = None
    missing = len(checked)
    closing = any(closed for _, closed in cells)  # rows end in bars: an open one lost its end
    for n, (row, closed) in enumerate(cells, start=1):
        # With cells between blank lines, a last row that nothing follows shows no blank
        # line for its empty last cells (备注): it too may have lost its end.
        ends = found.spaced and n == len(cells) and not text[row[-1][1] :].strip()
        lost = (closing and not closed) or ends
        most = missing if lost else len(checked)
        cut = n == len(cells) and _cut_after(text, lines, _line_of(lines, row[-1][1]) - 1)
        placed = loose.place(shape, text, row, above, most, cut)
        if above is not None and not cut and checked[1] == TITLE:
            placed = _refit(text, row, checked, above, placed, grammar)
        elif not closing and not cut:
            placed = _by_content(text, row, checked, above, grammar) or placed
        above = placed
        missing = len(checked) - len(row)
        out.append(_Row(row[0][0], row[-1][1], tuple(above)))
    return (checked, out, end) if out else None


def _header_wrap(before: str, word: str, grammar: Grammar) -> bool:
    """Whether two header lines are one cell wrapped: a title word runs across them (攻坚目标
    / 任务 holds 目标任务), or a period is followed by a progress word (第二季度 / 完成情况)."""
    joined, cut = before + word, len(before)
    for title in grammar.title_headers:
        at = joined.find(title)
        if 0 <= at < cut < at + len(title):
            return True
    period = _PERIOD.search(before) is not None and _column(before, grammar) is None
    return period and any(word.startswith(p) for p in grammar.progress_parts)


def _headerless_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    """Read a ``|`` table whose header the page lost (it starts at row 1): rows numbered 1,
    2, 3… of one width, the title after the number and, as the units, the first later
    column whose every cell names units only. Its units are responsible, as a plan names
    them without a role."""
    rows: list[_Row] = []
    j = i
    while j < len(lines):
        s, e = lines[j]
        if rows and not text[s:e].strip(PAD):
            j += 1  # a bar alone after each row, or a blank line
            continue
        if "|" not in text[s:e]:
            break
        cells = _cells(text, s, e)
        while len(cells) > 3 and cells[-1][0] == cells[-1][1]:
            cells.pop()  # the closing bar
        width = len(rows[0].cells) if rows else len(cells)
        number = text[slice(*cells[0])] if cells else ""
        if width < 3 or len(cells) != width or number != str(len(rows) + 1):
            break
        rows.append(_Row(s, e, tuple(cells)))
        j += 1
    if len(rows) < _HEADERLESS_ROWS:
        return None
    width = len(rows[0].cells)
    units = next(
        (k for k in range(2, width) if all(_names_units(text, r.cells[k], grammar) for r in rows)),
        None,
    )
    if units is None:
        return None
    columns: list[Column] = [NUMBER, TITLE, *([None] * (width - 2))]
    columns[units] = Role.RESPONSIBLE
    return columns, rows, j


def _names_units(text: str, cell: Span, grammar: Grammar) -> bool:
    """Whether a cell names units only: short names each ending as a unit's name does."""
    value = text[slice(*cell)]
    names = [n for n in re.split("[、，,；; ]", value) if n]
    return (
        0 < len(value) <= _UNITS_CELL
        and not any(m in value for m in _SENTENCE_ENDS)
        and all(len(n) >= 2 and n[-1] in grammar.name_endings for n in names)
    )


def _numberless_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    """Read a ``|`` table a cell a line with no number word: pipeline/parse/numberless.py."""
    if kinds[i] in (None, NUMBER):
        return None
    found = numberless.header(text, lines, i, lambda w: _column(w, grammar) is not None)
    if found is None:
        return None
    words, j = found
    columns = _header([text[a:b] for a, b in words], grammar)
    if columns is None or NUMBER in columns:
        return None
    cells = numberless.rows(text, numberless.cells(text, lines, j), len(columns))
    if not cells:
        bare, end = numberless.bar_rows(text, lines, _bar_line(text, lines, j), len(columns))
        if not bare:
            return None
        return columns, [_Row(a, max(e for _, e in r), tuple(r)) for a, r in bare], end
    out = [_Row(start, max(e for _, e in row), tuple(row)) for start, row in cells]
    return [NUMBER, *columns], out, _line_of(lines, out[-1].end)


def _unit_line_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    """Read a table a cell a line with no number column and no bars (目标任务 / 牵头单位 /
    进展情况 / 下步举措), its one units column one unit a line: pipeline/parse/numberless.py.
    Its rows are numbered in order."""
    if kinds[i] != TITLE:
        return None
    found = numberless.plain_header(text, lines, i, lambda w: _header_word(w, grammar))
    if found is None:
        return None
    words, j = found
    columns = _header([text[a:b] for a, b in words], grammar)
    roles = [k for k, c in enumerate(columns or []) if isinstance(c, Role)]
    if columns is None or NUMBER in columns or len(roles) != 1 or columns.index(TITLE) > roles[0]:
        return None
    rows, end = numberless.unit_rows(
        text, lines, j, len(columns), roles[0], lambda cell: _names_units(text, cell, grammar)
    )
    if len(rows) < 2:
        return None  # one row of short lines could be anything
    return columns, [_Row(a, row[-1][1], tuple(row)) for a, row in rows], end


def _header_word(word: str, grammar: Grammar) -> bool:
    """Whether a line is a header cell: a header word, or one holding a title or progress
    word the parser reads nothing from (下步举措, 进展情况)."""
    parts = (*grammar.title_parts, *grammar.progress_parts)
    return len(word) <= _WORD and (
        _column(word, grammar) is not None or any(p in word for p in parts)
    )


def _bar_line(text: str, lines: list[Span], j: int) -> int:
    """Return the line of bars before line ``j`` (the row's opening bar), else ``j``."""
    k = j - 1
    while k >= 0 and not text[slice(*lines[k])].strip():
        k -= 1
    return k if k >= 0 and text[slice(*lines[k])].strip() == "|" else j


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


def _refit(
    text: str,
    row: list[Span],
    columns: list[Column],
    above: list[Span],
    placed: list[Span],
    grammar: Grammar,
) -> list[Span]:
    """Return ``placed`` or, when it reads worse, the row with its left-out cells taken from
    the row above where its own cells read best (see ``_left_out``)."""
    if len(row) >= len(columns) or len(row) < 3:
        return placed
    better = _left_out(text, row, columns, above, grammar)
    fit = _fit(text, placed, columns, grammar)
    if better is not None and fit[0] and _fit(text, better, columns, grammar) < fit:
        return better
    return placed


def _by_content(
    text: str, row: list[Span], columns: list[Column], above: list[Span] | None, grammar: Grammar
) -> list[Span] | None:
    """Return a row's cells placed by what they read as, in a table with a cell a line whose
    group column stands between the number and the title (序号 / 指标 / 工作任务 / 完成时限 /
    责任领导 / 责任股室) and whose rows print only the cells they own; None for another table.

    The title is the first cell with a sentence mark (the group, when printed, is before
    it); after it come a deadline, persons, then units one a line. A group, deadline, leaders
    or units cell the row leaves out is merged down from the row above; a column nothing is
    read from (备注) stays empty.
    """
    roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
    if columns[1:3] not in ([None, TITLE], [GROUP, TITLE]) or len(roles) != 1 or len(row) < 2:
        return None
    title = next((k for k in (1, 2) if k < len(row) and _marked(text, row[k])), None)
    if title is None:
        return None
    out: list[Span | None] = [row[0], row[1] if title == 2 else None, row[title]]
    out += [None] * (len(columns) - 3)
    units: list[Span] = []
    for cell in row[title + 1 :]:
        value = text[slice(*cell)]
        k = _kind_of(value, columns, grammar) if not units else roles[0]
        if k is None or out[k] is not None or _marked(text, cell):
            return None
        if k == roles[0]:
            units.append(cell)
        else:
            out[k] = cell
    if units:
        out[roles[0]] = (units[0][0], units[-1][1])
    merged = (1, *(k for k, c in enumerate(columns) if c in (DEADLINE, LEADERS)), roles[0])
    end = row[-1][1]
    return [
        c if c is not None else (above[k] if above and k in merged else (end, end))
        for k, c in enumerate(out)
    ]


def _marked(text: str, cell: Span) -> bool:
    return any(m in text[slice(*cell)] for m in loose.MARKS)


def _kind_of(value: str, columns: list[Column], grammar: Grammar) -> int | None:
    """Return the column a cell after the title reads as: a deadline, a person, else units."""
    if DEADLINE in columns and _dated(value, grammar):
        return columns.index(DEADLINE)
    if LEADERS in columns and _person_name("".join(value.split()), grammar):
        return columns.index(LEADERS)
    return next(k for k, c in enumerate(columns) if isinstance(c, Role))


def _left_out(
    text: str, row: list[Span], columns: list[Column], above: Sequence[Span], grammar: Grammar
) -> list[Span] | None:
    """Return a row (number, title, its own cells) with the cells it left out taken from the
    row above, placed where its own cells read best, the earliest left out first on a tie.

    A table with a cell a line prints a cell merged over several rows (牵头单位, 负责科室,
    负责人) on the first of them only; the rows below go from their number and title
    straight to the cells they own.
    """
    own = row[2:]
    missing = len(columns) - 2 - len(own)
    if not 0 < missing <= _LEFT_OUT:
        return None
    best: tuple[tuple[int, int], list[Span]] | None = None
    for left_out in itertools.combinations(range(2, len(columns)), missing):
        mine = iter(own)
        cells = [above[k] if k in left_out else next(mine) for k in range(2, len(columns))]
        trial = [row[0], row[1], *cells]
        fit = _fit(text, trial, columns, grammar)
        if best is None or fit < best[0]:
            best = (fit, trial)
    return best[1] if best else None


def _stacked_row(
    text: str, lines: list[Span], columns: list[Column], grammar: Grammar, grouped: bool = False
) -> tuple[_Row, int] | None:
    """Read one row of a table with a cell a line: ``(row, lines used)``, or None at its end.

    The row runs to the line holding the next number. With more lines than columns, the
    column before a last deadline column holds one unit a line (县水务局 / 县住建局), the
    deadline is the first later line that reads as one, and the lines after it (a second
    sub-row under the same number) go to the task's body. Under a group column (``grouped``)
    the line before the next number is that group's category, never the body.
    """
    cells = [loose.trim(text, s, e) for s, e in lines]
    width = len(columns)
    if len(cells) < width or not text[slice(*cells[0])].isdecimal() or cells[1][1] <= cells[1][0]:
        return None
    after = str(int(text[slice(*cells[0])]) + 1)
    stop = next((k for k in range(width, len(cells)) if text[slice(*cells[k])] == after), None)
    own = cells[:stop] if stop is not None else cells
    if grouped and stop is not None and len(own) > width:
        own = own[:-1]  # the next group's category (激发市场活力), printed before its first row
    last = None
    if len(own) > width and columns[-1] == DEADLINE:
        deadlines = (k for k in range(width - 1, len(own)) if _dated(text[slice(*own[k])], grammar))
        last = next(deadlines, None)
    if last is None:
        extra = tuple(own[width:]) if stop is not None else ()
        end = extra[-1][1] if extra else own[width - 1][1]
        return _Row(own[0][0], end, tuple(own[:width]), extra), stop or width
    first = width - 2  # the column before the deadline: every line up to the deadline
    row = (*own[:first], (own[first][0], own[last - 1][1]), own[last])
    extra = tuple(own[last + 1 :]) if stop is not None else ()
    end = extra[-1][1] if extra else own[last][1]
    return _Row(own[0][0], end, row, extra), stop or last + 1


def _merged(columns: list[Column]) -> bool:
    """Whether a table a cell a line has a group column right after its number and a units
    column last (序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位)."""
    return columns[1:2] == [GROUP] and TITLE in columns and isinstance(columns[-1], Role)


def _merged_row(
    text: str,
    lines: list[Span],
    columns: list[Column],
    above: _Row | None,
    rest: bool,
    most: int,
) -> tuple[_Row, int] | None:
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
    return _Row(cells[0][0], cells[used - 1][1], tuple(row)), used


def _body_first(text: str, cells: list[Span], columns: list[Column]) -> bool:
    """Whether a row's third line reads as the body and its fourth does not (a sentence mark
    in one only): the row left its group cell out, and its title is its second line."""
    if columns[3:4] != [BODY] or len(cells) < 4:
        return False
    marked = [any(m in text[slice(*c)] for m in loose.MARKS) for c in cells[2:4]]
    return marked == [True, False]


def _cut_after(text: str, lines: list[Span], k: int) -> bool:
    """Whether the text stops inside line ``k``, with no line break after it (a page saved
    part way); a table whose last row is whole, then a footer, ends in a line break."""
    return k == len(lines) - 1 and lines[k][1] == len(text)


def _cut_row(text: str, lines: list[Span], width: int, above: _Row) -> tuple[_Row, int] | None:
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
    return _Row(cells[0][0], end, row), len(cells)


def _dated(value: str, grammar: Grammar) -> bool:
    """Whether a cell reads as a deadline: 12月底前, 9月投入使用, 2026年, 全年, 长期坚持."""
    return _DATED.search(value) is not None or any(w in value for w in grammar.deadline_endings)


def _aligned_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[_Row], int] | None:
    s, e = lines[i]
    if "|" in text[s:e] or "\t" in text[s:e]:
        return None
    words = aligned.words(text, s, e)
    if not 3 <= len(words) <= _COLUMNS * 2:
        return None
    words = aligned.spread(text, words, lambda w: _column(w, grammar) is not None)
    if not 3 <= len(words) <= _COLUMNS:
        return None
    found = [text[a:b] for _, (a, b) in words]
    columns = _is_header(titled(found, [_column(w, grammar) for w in found], grammar))
    if columns is None or NUMBER not in columns or not _all_known(found, columns, grammar):
        return None  # every word a header word (or a progress column's): prose is no table
    header, starts = text[s:e].split(), [at for at, _ in words]
    number, title = columns.index(NUMBER), columns.index(TITLE)
    single = "  " not in text[s:e].strip()  # 序号 工 作 任 务 牵头负责部门: no positions
    grouped = number == 0 and title == 2 and columns[1] == GROUP  # 序号 类别 主要任务 …
    rows: list[_Row] = []
    j = i + 1
    sections: int | None = None  # the first of the section rows since the last row
    while j < len(lines):
        s, e = lines[j]
        line = text[s:e]
        if not line.strip() or aligned.is_page_number(line) or line.split() == header:
            j += 1  # a blank line, a page number, the header repeated on the next page
            continue
        if numbering.is_section(line):  # 二、重点工作, （一）…: a group row between rows
            sections = j if sections is None else sections
            j += 1
            continue
        if single and grouped:
            cells, used = aligned.single_grouped(text, s, e, len(columns), title), 1
        elif single:
            cells, used = _single_row(text, lines, j, len(columns), title)
        else:
            cells, used = aligned.assign(starts, aligned.cells(text, s, e)), 1
        if cells is None or not text[slice(*cells[number])].isdecimal():
            break
        if sections is not None and not _follows(text, rows, number, cells[number]):
            break  # a row after section rows goes on numbering the rows above
        if grouped and rows and cells[title][1] <= cells[title][0]:
            merged = rows[-1].cells  # merged cells the page left empty: the row above's
            cells = [merged[k] if k in (title - 1, title) else c for k, c in enumerate(cells)]
        if cells[title][1] <= cells[title][0]:
            break
        rows.append(_Row(s, lines[j + used - 1][1], tuple(cells)))
        j, sections = j + used, None
    return (columns, rows, j if sections is None else sections) if rows else None


def _all_known(words: list[str], columns: list[Column], grammar: Grammar) -> bool:
    """Whether every word of a space-aligned header is a header word or a progress
    column's (上半年推进情况: ``[table] progress``, read for nothing)."""
    return all(
        c is not None or any(p in w for p in grammar.progress_parts)
        for w, c in zip(words, columns, strict=True)
    )


def _single_row(
    text: str, lines: list[Span], j: int, width: int, title: int
) -> tuple[list[Span] | None, int]:
    """Return a single-spaced row's cells and the lines it takes: its own line or, when it
    holds fewer words than the header, also the lines below that it goes on over."""
    s, e = lines[j]
    cells = aligned.single(text, s, e, width, title)
    if cells is not None or not text[s:e].split()[0].isdecimal():
        return cells, 1
    under = aligned.below(text, lines, j)
    if not under:
        return None, 1
    return aligned.single_wrapped(text, lines[j], under, width, title), 1 + len(under)


def _follows(text: str, rows: list[_Row], column: int, number: Span) -> bool:
    """Whether a row numbered ``number`` (decimal) comes after ``rows``: its number is
    above the last row's (in column ``column``), or it is the first."""
    if not rows:
        return True
    before, after = text[slice(*rows[-1].cells[column])], text[slice(*number)]
    return len(before) <= 9 and len(after) <= 9 and int(after) > int(before)


def _task(clean: CleanText, columns: list[Column], row: _Row, n: int, grammar: Grammar) -> Task:
    text = clean.text
    mentions: dict[Role, list[Mention]] = {role: [] for role in Role}
    no, label, title, body, deadline = n, str(n), "", "", None
    details: list[str] = []
    leaders: list[str] = []
    unit_spans: list[Span] = []
    for column, (s, e) in zip(columns, row.cells, strict=True):
        value = text[s:e]
        if column == NUMBER:
            label = value
            printed = numbering.match_number(value)  # 14. glued to its title: the number's
            if value.isdecimal() and len(value) <= 9:
                no = int(value)
            elif printed is not None and printed.label == value and printed.value < 10**9:
                no = printed.value
        elif column == TITLE:
            first, _, rest = value.partition("。")
            title = _WRAP_GAP.sub("", _WRAP_LINES.sub("", first.rstrip("：:；;，,")))
            body = rest.strip()
        elif column == BODY:
            details.append(value)
        elif column == DEADLINE:
            deadline = value or None
        elif column == LEADERS:
            leaders += people(text, s, e, grammar)
        elif isinstance(column, Role):
            unit_spans.append((s, e))
            parts = cell_clause(text, s, e, grammar, column)  # 办公室牵头，各科室配合
            spans = [(p.kind, p.start, p.end) for p in parts] if parts else [(column, s, e)]
            units = [
                (r, u)
                for r, a, b in spans
                if isinstance(r, Role)
                for u in split_units(text, a, b, grammar)
            ]
            named: list[Unit | None] = [None, *(u for _, u in units)]
            for (given, u), before in zip(units, named, strict=False):
                if _person_after(text, before, u, grammar):
                    leaders.append(text[u.start : u.end])  # 市民政局 伍泽国: a person
                    continue
                role = u.role or given  # 市发展改革委（牵头） in a 责任单位 column leads
                found = mentions[role]
                location = clean.locate(u.start, u.end)
                found.append(Mention(text[u.start : u.end], role, len(found) + 1, location, u.etc))
    details += [" ".join(text[s:e] for s, e in row.extra)] if row.extra else []
    clause = (min(s for s, _ in unit_spans), max(e for _, e in unit_spans)) if unit_spans else None
    return Task(
        task_id=str(no),
        no=no,
        label=label,
        section=None,
        title=title,
        body="\n".join(p for p in (body, *details) if p),
        lead=tuple(mentions[Role.LEAD]),
        responsible=tuple(mentions[Role.RESPONSIBLE]),
        cooperating=tuple(mentions[Role.COOPERATING]),
        deadline=deadline,
        location=clean.locate(row.start, row.end),
        clause=clean.locate(*clause) if clause else None,
        leaders=tuple(leaders),
    )
