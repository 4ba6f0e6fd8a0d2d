"""Read the task tables of a text flattened from a document: a header row, then a task a row.

``table_tasks`` tries each layout at every line: cells split by ``|`` or a tab on one line
(``序号 | 重点任务 | 牵头单位 | …``, a header running on over two lines, cells merged down,
sub-rows of a project), a cell a line (table_stacked.py), columns aligned with runs of
spaces as a PDF exported to text (every word of the header a header word, at least three,
or a progress column's; section rows between rows skipped: pipeline/parse/aligned.py),
tables without a number column (pipeline/parse/numberless.py), a task printed as a card of
labelled lines (重点工作: … / 牵头单位: …: table_card.py), and ``|`` tables whose header the
page lost. Header words name the columns (table_header.py), a row's cells are fitted to
them (table_rows.py), and ``_task`` reads each row as a Task. Spans of every cell stay in
the clean text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from pipeline import numbering
from pipeline.grammar import BODY, DEADLINE, GROUP, LEADERS, NUMBER, TITLE, Grammar
from pipeline.model import CleanText, Mention, Role, Task
from pipeline.parse import aligned, inline, loose, numberless
from pipeline.parse.clauses import (
    Unit,
    cell_clause,
    forward_note,
    is_person,
    labelled_cell,
    lists_units,
    note_brackets,
    partner_cell,
    people,
    says_who,
    split_units,
    unit_name,
)
from pipeline.parse.loose import PAD, bar_ended
from pipeline.parse.table_card import card_table
from pipeline.parse.table_glued import glued_table
from pipeline.parse.table_header import (
    COLUMNS,
    WORD,
    Column,
    all_known,
    column,
    duty_word,
    header,
    header_word,
    is_header,
    titled,
)
from pipeline.parse.table_rows import (
    ROW_LINES,
    Row,
    apart,
    cut_after,
    line_of,
    merged_both_sides,
    merged_left_out,
    names_people,
    names_units,
    person_after,
    row_fit,
)
from pipeline.parse.table_stacked import spaced_header_table, stacked_table
from pipeline.read.chinese import BLANKS, CJK, HAN_CHAR, blank_from, unwrap
from pipeline.read.clean import EVEN_CELLS

Span = tuple[int, int]
#: The line breaks of a title cell wrapped over lines (城市用气 / 提升工程: loose.py).
_WRAP_LINES = re.compile(rf"(?<=[{CJK}])\s*\n\s*(?=[{CJK}])")
#: A table a cell a line with no number column is read from one row on under a header of
#: this many words (目标任务 / 年度目标 / 责任单位 / 第二季度工作落实情况), else from two.
_ONE_ROW_HEADER = 4
#: The longest line that may be a header word's first part wrapped over two cells (项目).
_WRAPPED_PART = 4
#: A table whose rows are a text line then a units line is read from this many rows on.
_PAIRED_ROWS = 2
#: A table with single spaces between its cells and no number column: the fewest rows
#: (fewer could be a sentence's spaces; its fewest header words are the clean step's
#: EVEN_CELLS, which keeps such rows apart).
_EVEN_ROWS = 2
#: A cell of such a table: a run of characters other than spaces.
_TOKEN = re.compile(r"[^ \t\u3000]+")
#: Rows a table read by its units cells must have: fewer could be any cells.
_ANCHORED_ROWS = 3
#: A table whose title cells open with their numbers is read from this many rows on.
_TITLED_ROWS = 2
#: A table without a header is read from this many numbered rows on.
_HEADERLESS_ROWS = 3
#: The longest group heading a row printed across a table holds.
_GROUP_ROW = 40
#: A table of units and their duties a cell a line is read from this many rows on.
_DUTY_ROWS = 2
#: The blank lines a header a cell a line may print between its two words.
_HEADER_GAP = 3


def table_tasks(clean: CleanText, grammar: Grammar) -> tuple[tuple[Task, ...], list[Span]]:
    """Return the tasks of every task table in the text, and each row's clean span."""
    text = clean.text
    lines = _lines(text)
    # A header word is short: look each line up once, however many tables start there.
    kinds = [column(text[s:e].strip(PAD), grammar) if e - s <= WORD else None for s, e in lines]
    tasks: list[Task] = []
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        found = (
            _inline_table(text, lines, i, grammar)
            or stacked_table(text, lines, kinds, i, grammar)
            or spaced_header_table(text, lines, i, grammar)
            or _aligned_table(text, lines, i, grammar)
            or _even_table(text, lines, i, grammar)
            or _numberless_table(text, lines, kinds, i, grammar)
            or _plain_table(text, lines, kinds, i, grammar)
            or _titled_table(text, lines, kinds, i, grammar)
            or _duty_table(text, lines, kinds, i, grammar)
            or card_table(text, lines, i, grammar)
            or _headerless_table(text, lines, i, grammar)
            or glued_table(text, lines, i, grammar)
        )
        if found is None:
            i += 1
            continue
        columns, rows, i = found
        rows = [part for row in rows for part in _items_in_title(text, columns, row)]
        if _title_merged(columns, rows):
            # 工作任务 merged over rows | 细化分工 the row's own: the first is the rows' group
            t = columns.index(TITLE)
            columns = [*columns[:t], GROUP, TITLE, *columns[t + 2 :]]
        top: Task | None = None  # the row a row numbered by levels (1.1) is under: 1、
        heading: Span | None = None
        owns = _merged_own_numbers(text, columns, rows)
        merged: str | None = None  # the title of a group row a merged number spans
        goal: Task | None = None  # the last row that is no measure's (``Row.under``)
        for k, row in enumerate(rows):
            task = _task(clean, columns, row, len(tasks) + 1, grammar)
            if row.under is None:
                goal = task
            elif goal is not None:  # 2. | ——… under 2.提高…: its measure 2.1
                task = replace(
                    task,
                    task_id=f"{goal.task_id}.{row.under}",
                    no=row.under,
                    section=f"{goal.label}{goal.title}",
                )
            own = owns[k]
            if own == 0:
                merged = task.title  # 1 | 落实…目标 | |: the group of the rows below it
                continue
            if own is not None and merged is not None:
                task = replace(task, section=merged)
            merged = merged if own is not None else None
            if own is not None:  # 1 | 金水区 | 2.新建游园… under a number merged over it
                title = task.title.removeprefix(
                    next((m for m in _own_marks(own) if task.title.startswith(m)), "")
                )
                task = replace(task, task_id=f"{task.label}.{own}", no=own, title=title)
            if not (task.title or task.mentions or task.deadline):
                continue  # 计算方法：… | ||||: a note printed across the row, no task
            if numbering.levels(task.label) is None:
                top = task
            elif top is not None:
                task = replace(task, section=f"{top.label}{top.title}")
            tasks.append(task)
            # the first row under a group row printed across the table spans it too: the
            # heading is the table's, no section outside it
            start = row.start
            if row.heading is not None and row.heading != heading:
                start = row.heading[0]
            spans.append((start, row.end))
            heading = row.heading
    return tuple(tasks), spans


#: The marks an item numbered on inside a title cell may print after its number, beside a
#: number cell that prints its own number with none (2 | 戊…。 3.壬…).
_ITEM_MARKS = (".", "、", "．")


def _items_in_title(text: str, columns: list[Column], row: Row) -> list[Row]:
    """Split a row whose title cell holds items numbered on after a sentence's end (``4.规范
    使用…实效。 5.用好平台…``: two items printed in one cell beside one units cell) into a
    row an item, each with the row's other cells; else the row alone. A later item's number
    goes to the row's number cell when it has one (``4. | 规范…``)."""
    if TITLE not in columns:
        return [row]
    t = columns.index(TITLE)
    start, end = row.cells[t]
    # the row's number: the title cell's own (4.规范…), else its number cell's (4. | 规范…)
    own = loose.own_number(text, (start, end))
    n_at = columns.index(NUMBER) if own is None and NUMBER in columns else None
    if own is not None:
        n, label = own.value, own.label
    elif n_at is None or (cell := _cell_number(text[slice(*row.cells[n_at])], _DIGITS)) is None:
        return [row]
    else:
        n, label = cell
    marks: tuple[str, ...]
    if label == str(n):
        marks = _ITEM_MARKS  # 2 | 戊…。 3.壬…
    elif label.startswith(str(n)):
        marks = (label.removeprefix(str(n)),)  # 4. | …, or 4.规范…: the same mark
    else:
        return [row]  # （4）: no mark after digits to number the next item with
    items: list[tuple[int, int]] = []  # each later item: its start, its number's length
    ends: list[int] = []
    at = start
    while (found := _next_item(text, at, end, n + 1, marks)) is not None:
        ends.append(found[0])
        items.append(found[1:])
        at, n = found[1], n + 1
    if not items:
        return [row]
    first = (*row.cells[:t], (start, ends[0]), *row.cells[t + 1 :])
    rows = [Row(row.start, row.end, first, row.extra, row.heading)]
    for k, (s, width) in enumerate(items):
        e = ends[k + 1] if k + 1 < len(ends) else end
        cells = list(row.cells)
        cells[t] = (s, e)
        if n_at is not None:  # 3.壬… beside the number cell 2: 3. is its number
            cells[n_at], cells[t] = (s, s + width), (s + width, e)
        rows.append(Row(s, row.end, tuple(cells), (), row.heading))
    return rows


#: The most digits a number cell read as an item's number holds.
_DIGITS = 4
#: The most digits a row's number cell holds (more is no row's number).
_CELL_DIGITS = 9


def _cell_number(value: str, digits: int = _CELL_DIGITS) -> tuple[int, str] | None:
    """Return the number a row's number cell prints, alone (2) or with its mark (14.,
    （3）), of at most ``digits`` digits, and its label as printed; else None."""
    if value.isdecimal() and len(value) <= digits:
        return int(value), value
    printed = numbering.match_number(value)
    if printed is not None and printed.label == value and printed.value < 10**digits:
        return printed.value, value
    return None


def _next_item(
    text: str, start: int, end: int, n: int, marks: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """Return where the item before item ``n`` ends (past its sentence's end mark), where
    item ``n`` starts and its number's length, when it is numbered ``n`` and one of
    ``marks`` after a 。 or ； and blanks in ``text[start:end]`` and opens with Chinese text;
    else None."""
    for label in (f"{n}{mark}" for mark in marks):
        at = text.find(label, start, end)
        while at > start:
            before = text[start:at].rstrip(BLANKS)
            if before.endswith(("。", "；")) and HAN_CHAR.match(text, at + len(label)):
                return start + len(before), at, len(label)
            at = text.find(label, at + 1, end)
    return None


def _merged_own_numbers(text: str, columns: list[Column], rows: list[Row]) -> list[int | None]:
    """Return, for each row, the number its title cell opens with when the row shares its
    number cell with the rows next to it (a number merged over a unit's tasks, repeated in
    each, their titles numbered 1. 2. … in order), else None: the task is that number's
    under the row number (1.2)."""
    owns: list[int | None] = [None] * len(rows)
    if NUMBER not in columns or TITLE not in columns:
        return owns
    n, t = columns.index(NUMBER), columns.index(TITLE)
    k = 0
    while k < len(rows):
        label = text[slice(*rows[k].cells[n])]
        end = k
        while end + 1 < len(rows) and text[slice(*rows[end + 1].cells[n])] == label:
            end += 1
        # (5.2006年春完成…: the number before a year's digits, known by its place in the run)
        marked = all(
            text.startswith(_own_marks(j - k + 1), rows[j].cells[t][0]) for j in range(k, end + 1)
        )
        # 1 | 落实…目标 | | / 1 | （1）发展… | X | / 1 | （2）… | Y |: the first row, with no
        # units, is the group the numbered rows below it share
        headed = end > k and all(
            text.startswith(_own_marks(j - k), rows[j].cells[t][0]) for j in range(k + 1, end + 1)
        )
        units = [
            c for c, kind in zip(rows[k].cells, columns, strict=True) if isinstance(kind, Role)
        ]
        if end > k and label.isdecimal() and marked:
            owns[k : end + 1] = range(1, end - k + 2)
        elif headed and label.isdecimal() and all(a == b for a, b in units):
            owns[k : end + 1] = range(end - k + 1)  # 0: the group's row, no task
        k = end + 1
    return owns


def _own_marks(number: int) -> tuple[str, ...]:
    """Return the ways a title cell may open with its own ``number``: 2. 2、 2． （2） (2)"""
    return (*(f"{number}{mark}" for mark in ".、．"), f"（{number}）", f"({number})")


def _lines(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _cells(text: str, start: int, end: int) -> list[Span]:
    """Split one line at ``|`` or tabs; an outer ``|`` (as in | a | b |) opens no cell."""
    sep = "|" if "|" in text[start:end] else "\t"
    s, e = loose.trim(text, start, end, " \u3000" if sep == "\t" else BLANKS)
    if sep == "|" and e - s > 1 and text[s] == "|" and text[e - 1] == "|":
        s, e = s + 1, e - 1  # | a | b |: the outer bars open no cell
    elif sep == "|" and e - s > 1 and text[s] == "|":
        s += 1  # | 8 | 实施…: nor does an opening one where the text stops inside the row
    cells, item = [], s
    for i in range(s, e + 1):
        if i == e or text[i] == sep:
            cells.append(loose.trim(text, item, i))
            item = i + 1
    return cells


def _inline_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    s, e = lines[i]
    if "|" not in text[s:e] and "\t" not in text[s:e]:
        return None
    words, j = _run_on(text, lines, i, _bar_words(text, lines[i]))
    columns = header(words, grammar)
    if columns is None:
        return None
    if j < len(lines) and columns[0] == NUMBER and _sub_levels(text, lines[j], grammar):
        # 一级 | 二级 under the word after the number's: a group column, printed on its
        # group's first row only, then the title (a title word later heads the body)
        rest = [BODY if c == TITLE else c for c in columns[2:]]
        columns, j = [NUMBER, GROUP, TITLE, *rest], j + 1
    if NUMBER not in columns:
        columns = _number_cell_columns(text, lines, j, columns)
    if columns.count(TITLE) > 1:  # 重点任务 | 工作内容 | …: the first names the task, the
        first = columns.index(TITLE)  # others say what it involves
        columns = [BODY if c == TITLE and k > first else c for k, c in enumerate(columns)]
    rows: list[Row] = []
    heading: Span | None = None
    while j < len(lines):
        s, e = lines[j]
        if not text[s:e].strip(PAD + "-:"):
            j += 1  # a blank line, or a Markdown rule | --- | --- |
            continue
        cells = _cells(text, s, e)
        if len(cells) < len(columns) and _table_heading(text, lines, j, grammar):
            break  # 三、…安排表 over a table of its own: this one has ended
        cut = bool(rows) and _cut_open(text, lines, j, rows[-1])
        closed = _bar_closed(text, s, e)
        left = _group_left_out(text, cells, columns, closed) if not cut else None
        if left is not None:
            # 2 | X | … (or 序号 | 一级 | …: 2 | 领导分工 | …): the group cell merged from the
            # row above (a closing bar's empty cell goes); the first row's, printed nowhere
            # (负责领导 | 序号 | … over 1 | 加快… |), is empty
            cells = _put_back(cells, left, rows[-1] if rows else None, s)[: len(columns)]
        above_full = bool(rows) and rows[-1].cells[-1][0] < rows[-1].cells[-1][1]
        if above_full and len(cells) == 2 and closed:
            # 1.1在多种阵地… |: a row closed by its bar holds its first cell alone, the others
            # merged down from the row above (a row above with its last cell empty goes on
            # into this line instead: … | 截至9月底… | / 达预期 |)
            cells = [cells[0], *rows[-1].cells[1:]]
        k = j
        if columns[0] == GROUP and NUMBER not in columns and _bar_closed(text, s, e):
            # … | 2019年 12月30日前 | / 法规科：负责… | / ||: a row of cells each closed by its
            # bar, a cell or two a line, up to a line of bars alone; its group cell may be
            # merged down from the row above (信息公开形式 | 2.建立… | …)
            k, cells = _closed_cells(text, lines, j, len(columns))
            e = lines[k][1]
            if rows and _merged_group(cells, columns):
                cells = [rows[-1].cells[0], *cells]
        both = (
            merged_both_sides(text, cells, columns, rows[-1], grammar)
            if rows and len(cells) < len(columns) and _bar_closed(text, s, e)
            else None
        )
        if both is not None:  # 加快…建设。 | 市建设局 | 市生态环境局 |: a task's sub-row
            cells = both
        elif rows and (moved := _emptied_left(text, cells, columns, rows[-1], grammar)):
            cells = moved  # 1.2绘制… | 市民政局 | 2022年11月 | ||||: left cells merged down
        while len(cells) < len(columns) and k + 1 < len(lines) and k - j < ROW_LINES:
            k += 1  # a line break inside a cell: the row goes on on the next line
            e = lines[k][1]
            cells = _cells(text, s, e)
        wrapped = (
            _group_left_out(text, cells, columns, _bar_closed(text, s, e))
            if k > j and left is None
            else None
        )
        if wrapped is not None and not cut:  # a row wrapped over lines leaves it out too
            cells = _put_back(cells, wrapped, rows[-1] if rows else None, s)[: len(columns)]
        while len(cells) > len(columns) and cells[-1][0] == cells[-1][1]:
            cells.pop()  # a closing bar: x | y | z |
        extra = len(cells) - len(columns)
        if extra > 0 and all(numbering.is_section(text[slice(*c)]) for c in cells[: extra + 1]):
            # 一、… | （一）… | 1.…: headings nested in the group column, the innermost its cell
            cells = cells[extra:]
        elif (
            extra > 0 and not rows and NUMBER not in columns and _numbered_left(text, cells[:extra])
        ):
            # 一、… | 1 | 紧扣… | 办公室牵头… |: the rows' number in a column the header does
            # not name (具体要求 | 责任科室, merged over it and the group's)
            columns, extra = [NUMBER, *columns], extra - 1
        if columns[0] == NUMBER and len(cells) > 2 and _numbered_left(text, cells[:2]):
            heading, cells = cells[0], cells[1:]  # 二、… | 2 | …: the group's heading first
        cut_short = rows and k == j and len(cells) < len(columns) and cut_after(text, lines, k)
        if cut_short:
            at = columns.index(NUMBER) if NUMBER in columns else 0
            if at and text[slice(*cells[0])].strip(PAD).isdecimal():
                # 3 | 用好… | 市发展改革委牵头，…: the cells before its number merged down
                cells = [*rows[-1].cells[:at], *cells][: len(columns)]
            cells += [(e, e)] * (len(columns) - len(cells))  # the text stops inside the row
        if len(cells) != len(columns):
            break
        if _group_row(text, cells, columns):
            heading, j = cells[0], k + 1  # 一）落实立德树人根本任务 | ||: the rows' section
            continue
        if rows and _sub_row(text, cells, columns, rows[-1]):
            above = rows[-1]  # 新增托位500个。 | 新增托位600个。 | ||: a project's sub-row
            rows[-1] = Row(above.start, e, above.cells, (*above.extra, cells[0]))
            j = k + 1
            continue
        if rows and not cut_short:  # (a row the text stops inside left out no cell: its
            cells = merged_left_out(text, cells, columns, rows[-1], grammar)  # last ones are)
        rows.append(Row(s, e, tuple(cells), heading=heading))
        j = k + 1
    if rows and NUMBER not in columns and BODY in columns and TITLE in columns:
        body = columns.index(BODY)
        if columns.index(TITLE) == body - 1:
            numbered = inline.numbered_rows(text, [list(r.cells) for r in rows], body)
            if numbered is not None:  # 1.积极推进… in the body cell: a task per number
                heads = [NUMBER, *columns[: body - 1], None, TITLE, *columns[body + 1 :]]
                kept = [Row(r.start, r.end, tuple(c)) for r, c in zip(rows, numbered, strict=False)]
                return heads, kept, j if len(kept) == len(rows) else line_of(lines, kept[-1].end)
    if rows and NUMBER not in columns and TITLE in columns:
        projects = _numbered_titles(text, lines, columns, rows)
        if projects is not None:
            return projects
    return (columns, rows, j) if rows else None


#: The most digits of a number cell alone (1, 12): a row's number in a column its header
#: does not name.
_NUMBER_DIGITS = 3


def _numbered_left(text: str, cells: list[Span]) -> bool:
    """Whether ``cells`` are a bare number, after at most one section heading (一、… | 1)."""
    *sections, number = (text[slice(*c)].strip(PAD) for c in cells)
    return (
        len(sections) <= 1
        and all(numbering.is_section(x) for x in sections)
        and number.isdecimal()
        and len(number) <= _NUMBER_DIGITS
    )


def _title_merged(columns: list[Column], rows: list[Row]) -> bool:
    """Whether a numbered table with no group column has its title column merged down over
    rows (a row took its cell from the row above) and a text column the rows fill
    themselves after it: that column holds each row's task, the title column the group they
    share. (Beside a group column, 类别 | 主要任务 | 细化措施, a merged 主要任务 is a task
    whose measures the rows list.)"""
    if NUMBER not in columns or TITLE not in columns or GROUP in columns:
        return False
    t = columns.index(TITLE)
    if t + 1 == len(columns) or columns[t + 1] not in (None, BODY):
        return False
    return any(
        row.cells[t] == above.cells[t] and row.cells[t + 1][0] < row.cells[t + 1][1]
        for above, row in itertools.pairwise(rows)
    )


def _bar_words(text: str, line: Span) -> list[str]:
    """Return the cells of a ``|`` line as text (序号 | … | 备注 |: the closing bar opens no
    cell)."""
    words = [text[a:b] for a, b in _cells(text, *line)]
    while words and not words[-1]:
        words.pop()
    return words


def _bar_closed(text: str, start: int, end: int) -> bool:
    """Whether a line closes its row with a bar but opens none (1.1在多种阵地… |)."""
    line = text[start:end].strip(BLANKS)
    return len(line) > 1 and line[-1] == "|" and line[0] != "|"


def _cut_open(text: str, lines: list[Span], j: int, above: Row) -> bool:
    """Whether line ``j`` is a row the text stops inside, in a table that closes its rows
    with a bar (… | 党政综合办公室 | / 8 | 规划计划 | 规划计划 | 镇相): its cells are those
    it printed before the cut, from the left, not a row leaving out a merged cell."""
    closed = bar_ended(text, above.start, above.end)
    return closed and cut_after(text, lines, j) and not bar_ended(text, *lines[j])


def _run_on(text: str, lines: list[Span], i: int, words: list[str]) -> tuple[list[str], int]:
    """Return a ``|`` header's words and its first row's line: a header whose cells run on
    over a second line (序号 | 决策事项名称 | … | 计划决策时间 | / 是否履行公众参与 | … |) takes
    that line's words when it holds no number and the row under it has as many cells as the
    two lines together."""
    if i + 2 >= len(lines) or "|" not in text[slice(*lines[i + 1])]:
        return words, i + 1
    more, row = _bar_words(text, lines[i + 1]), _bar_words(text, lines[i + 2])
    header = all(w and len(w) <= WORD and not w[0].isdecimal() for w in more)
    if not header or not row or not row[0].isdecimal() or len(row) != len(words) + len(more):
        return words, i + 1
    return [*words, *more], i + 2


def _group_row(text: str, cells: list[Span], columns: list[Column]) -> bool:
    """Whether a row is a group's heading printed across the table: its number cell holds a
    short text with no sentence's end (一、落实立德树人根本任务, 二）推进… with its bracket
    lost) and every other cell is empty; in a table with no number column, its first cell
    is a section's heading (一、强化常态监管机制 | | | |)."""
    first = text[slice(*cells[0])]
    return (
        (columns[0] == NUMBER or numbering.is_section(first))
        and 0 < len(first) <= _GROUP_ROW
        and not first.isdecimal()
        and not any(mark in first for mark in "。；;")
        and all(a == b for a, b in cells[1:])
    )


def _sub_row(text: str, cells: list[Span], columns: list[Column], above: Row) -> bool:
    """Whether a row is a sub-row of the numbered row above: its number cell merged into the
    row above (so its cells shift left and its first holds text) and its unit cells empty."""
    if columns[0] != NUMBER or not text[slice(*above.cells[0])].isdecimal():
        return False
    first = text[slice(*cells[0])]
    units = [cells[k] for k, c in enumerate(columns) if isinstance(c, Role)]
    return bool(first) and not first[0].isdecimal() and all(a == b for a, b in units)


def _cut_sentence(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a units cell the text's end cuts holds a sentence, not units (a row cut
    after a text cell its header does not name, read into the units column: 推动…落地，
    引进…): what it holds before its last separator lists no units and names no role."""
    value = text[start:end]
    last = max(value.rfind(mark) for mark in "、，,。；;")  # (the piece after it may be cut)
    return (
        last > 0
        and blank_from(text, end)
        and grammar.role_word_pattern.search(value) is None
        and not lists_units(text, start, start + last, grammar)
    )


def _number_cell_columns(
    text: str, lines: list[Span], j: int, columns: list[Column]
) -> list[Column]:
    """Return the columns of a ``|`` table whose header names no number column while its rows
    print one (工作任务 | 具体要求 | 责任单位 | 时限要求 over 一、… | （一）… | 1 | 进一步… | … |):
    the first row's cells before its number ``1`` are the first header word's, split into
    levels (the last level the rows' group, the ones above it read for nothing), and the
    cells after it the other words', the first of them the title. Else ``columns``."""
    while j < len(lines) and not text[slice(*lines[j])].strip(PAD + "-:"):
        j += 1
    if j == len(lines) or len(columns) < 3 or columns[0] not in (TITLE, GROUP):
        return columns
    cells = _cells(text, *lines[j])
    cells = cells[: inline.filled(cells)]
    at = next((k for k, c in enumerate(cells) if text[slice(*c)].strip(PAD) == "1"), None)
    texts = (BODY, TITLE, None)  # 具体要求: the column after the levels holds each title
    if at is None or at == 0 or len(cells) - at != len(columns) or columns[1] not in texts:
        return columns
    return [*[None] * (at - 1), GROUP, NUMBER, TITLE, *columns[2:]]


def _put_back(cells: list[Span], at: int, above: Row | None, s: int) -> list[Span]:
    """Return ``cells`` with the cell at column ``at`` that the row leaves out put back: the
    row above's, merged down over it, or an empty one at ``s`` on a table's first row."""
    return [*cells[:at], above.cells[at] if above is not None else (s, s), *cells[at:]]


def _level_opening(value: str) -> numbering.Number | None:
    """Return the level number (1.2) a title cell opens with, before Chinese text."""
    number = numbering.match_number(value)
    if number is None or number.style != "1.1" or numbering.levels(number.label) is None:
        return None
    return number if HAN_CHAR.match(value, len(number.label)) else None


def _emptied_left(
    text: str, cells: list[Span], columns: list[Column], above: Row, grammar: Grammar
) -> list[Span] | None:
    """Return a row that prints its cells first and the cells merged down on its left as
    empty ones at its end (``1.2绘制… | 市民政局 市文旅局 | 2022年11月 | ||||`` under
    ``一级指标 | 二级指标 | 三级指标 | 指标内容 | 任务分解 | 责任单位 | 完成时限``) with its cells
    moved under their columns and the merged ones taken from the row above, when that reads
    better; else None."""
    core = inline.filled(cells)
    width = len(columns)
    if not 3 <= core < width - 1 or len(cells) < width:
        return None  # (every merged cell printed empty at the end; a row of two cells is
        # a project's sub-row, 2026.9 | 交投集团 | ||, read with its project: inline.py)
    moved = [*above.cells[: width - core], *cells[:core]]
    as_printed = cells[:width]
    if row_fit(text, moved, columns, grammar) < row_fit(text, as_printed, columns, grammar):
        return moved
    return None


def _group_left_out(
    text: str, cells: list[Span], columns: list[Column], closed: bool = False
) -> int | None:
    """Return the column of the group cell a row leaves out, merged over the rows below,
    else None: a group (大类), a leader (分管市长) or a unit column before the number, or a
    group column right after it (序号 | 一级 | 二级 | …); the row opens with its number and
    holds a cell less than the columns (``closed``: its last cell is its closing bar's, an
    empty cell before it counts)."""
    if len(columns) > 2 and columns[0] not in (TITLE, BODY) and columns[1] == NUMBER:
        left = 0
    elif len(columns) > 3 and columns[0] == NUMBER and columns[1] == GROUP:
        left = 1
    else:
        return None
    short = inline.filled(cells) == len(columns) - 1 or (closed and len(cells) == len(columns))
    return left if short and text[slice(*cells[0])].isdecimal() else None


def _closed_cells(text: str, lines: list[Span], j: int, width: int) -> tuple[int, list[Span]]:
    """Return the last line of a row from line ``j`` whose cells are each closed by a bar,
    and its cells without the closing bar's empty one: later lines join it while they hold
    no more cells than it lacks, up to a line of bars alone."""
    k = j
    cells = _closed(text, *lines[j])
    while k + 1 < len(lines) and k - j < ROW_LINES and len(cells) < width:
        more = _closed(text, *lines[k + 1])
        if not _bar_closed(text, *lines[k + 1]) or not more or len(cells) + len(more) > width:
            break
        k += 1
        cells = _closed(text, lines[j][0], lines[k][1])
    return k, cells


def _closed(text: str, start: int, end: int) -> list[Span]:
    """Return a bar-closed span's cells, without the empty one after its last bar."""
    cells = _cells(text, start, end)
    if cells and cells[-1][0] == cells[-1][1] and bar_ended(text, start, end):
        cells.pop()
    return cells if any(a < b for a, b in cells) else []


def _merged_group(cells: list[Span], columns: list[Column]) -> bool:
    """Whether a row of a table with a group column first and no number column holds a
    cell less than the columns, its first and last filled: its group cell is merged down."""
    short = bool(cells) and len(cells) == len(columns) - 1
    return short and all(a < b for a, b in (cells[0], cells[-1]))


def _sub_levels(text: str, line: Span, grammar: Grammar) -> bool:
    """Whether a line is a header's second line of level words alone (一级 | 二级)."""
    return [text[a:b] for a, b in _cells(text, *line) if b > a] == list(grammar.sub_levels)


def _table_heading(text: str, lines: list[Span], j: int, grammar: Grammar) -> bool:
    """Whether line ``j`` is a section heading (三、…) over the header of another table."""
    if j + 1 >= len(lines) or not numbering.is_section(text[slice(*lines[j])]):
        return False
    return header([text[a:b] for a, b in _cells(text, *lines[j + 1])], grammar) is not None


def _numbered_titles(
    text: str, lines: list[Span], columns: list[Column], rows: list[Row]
) -> tuple[list[Column], list[Row], int] | None:
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
        Row(rows[p.first].start, rows[p.last].end, tuple(p.cells), tuple(p.extra)) for p in projects
    ]
    return heads, kept, line_of(lines, kept[-1].end)


def _aligned_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    s, e = lines[i]
    if "|" in text[s:e] or "\t" in text[s:e]:
        return None
    s = _glued_header(text, s, e, grammar)
    words = aligned.words(text, s, e)
    if not 3 <= len(words) <= COLUMNS * 2:
        return None
    words = aligned.spread(text, words, lambda w: column(w, grammar) is not None)
    if not 3 <= len(words) <= COLUMNS:
        return None
    found = [text[a:b] for _, (a, b) in words]
    columns = is_header(titled(found, [column(w, grammar) for w in found], grammar))
    single = "  " not in text[s:e].strip()  # 序号 工 作 任 务 牵头负责部门: no positions
    if columns is not None and single:
        # 序号 名称 工作任务 牵头责任单位: a second title-like word heads a column single
        # spaces cannot show empty; its cells, if any, run into the title's
        unread = [k for k, c in enumerate(columns) if c is None and grammar.title_like(found[k])]
        found = [w for k, w in enumerate(found) if k not in unread]
        columns = [c for k, c in enumerate(columns) if k not in unread]
    if columns is None or NUMBER not in columns or not all_known(found, columns, grammar):
        return None  # every word a header word (or a progress column's): prose is no table
    header, starts = text[s:e].split(), [at for at, _ in words]
    number, title = columns.index(NUMBER), columns.index(TITLE)
    grouped = number == 0 and title == 2 and columns[1] == GROUP  # 序号 类别 主要任务 …
    group_first = number == 1 and columns[0] == GROUP  # 政策类别 序号 扶持政策事项 …
    rows: list[Row] = []
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
        elif single and group_first:
            cells, used = aligned.single_group_first(text, s, e, len(columns), title), 1
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
        rows.append(Row(s, lines[j + used - 1][1], tuple(cells)))
        j, sections = j + used, None
    return (columns, rows, j if sections is None else sections) if rows else None


def _even_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table saved with single spaces between its cells and no number column (项目名称
    服务对象 服务内容 … 牵头负责单位, then a row a line): its header may hold words the grammar
    does not know, so each row must split into exactly as many cells as the header has
    words, and its units cells name units only. Rows are numbered in order."""
    s, e = lines[i]
    line = text[s:e]
    if "|" in line or "\t" in line or "  " in line.strip():
        return None
    words = line.split()
    if not EVEN_CELLS <= len(words) <= COLUMNS or any(len(w) > WORD for w in words):
        return None
    columns = is_header(titled(words, [column(w, grammar) for w in words], grammar))
    if columns is None or NUMBER in columns:
        return None
    roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
    rows: list[Row] = []
    j = i + 1
    while j < len(lines):
        s, e = lines[j]
        cells = [m.span() for m in _TOKEN.finditer(text, s, e)]
        if len(cells) != len(words) or "  " in text[s:e].strip():
            break
        if not all(names_units(text, cells[k], grammar) for k in roles):
            break
        rows.append(Row(s, e, tuple(cells)))
        j += 1
    return (columns, rows, j) if len(rows) >= _EVEN_ROWS else None


def _glued_header(text: str, s: int, e: int, grammar: Grammar) -> int:
    """Return where a single-spaced header run into the end of a line starts (…2018年2月24日
    常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位): its last number word
    after a space, when three words or more follow from it and no sentence mark, and the
    word before it heads no column (政策类别 序号 …: a group column before the number); else
    ``s``."""
    words = [(s + m.start(), m.group()) for m in re.finditer(r"\S+", text[s:e])]
    at = [k for k, (_, w) in enumerate(words) if k and w in grammar.number_headers]
    if not at or len(words) - at[-1] < 3 or column(words[at[-1] - 1][1], grammar) is not None:
        return s
    start = words[at[-1]][0]
    tail = text[start:e]
    glued = text[start - 1] == " " and "  " not in tail and not any(m in tail for m in loose.MARKS)
    return start if glued else s


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
    if not under and cut_after(text, lines, j):
        # 9 市直执法部门全面完成…,编印 where the text stops: the row's number and title
        return aligned.single_cut(text, s, e, width, title), 1
    if not under:
        return None, 1
    return aligned.single_wrapped(text, lines[j], under, width, title), 1 + len(under)


def _follows(text: str, rows: list[Row], column: int, number: Span) -> bool:
    """Whether a row numbered ``number`` (decimal) comes after ``rows``: its number is
    above the last row's (in column ``column``), or it is the first."""
    if not rows:
        return True
    before, after = text[slice(*rows[-1].cells[column])], text[slice(*number)]
    return len(before) <= 9 and len(after) <= 9 and int(after) > int(before)


def _headerless_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a ``|`` table whose header the page lost (it starts at row 1): rows numbered 1,
    2, 3… of one width, the title after the number and, as the units, the first later
    column whose every cell names units only. Its units are responsible, as a plan names
    them without a role. The last row may be cut short by the page's end: it keeps its
    number and the words printed (not a group's heading alone), and no column is told by
    it."""
    rows: list[Row] = []
    cut = 0  # 1 when the last row is cut short by the page's end
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
        while len(cells) > 3 and numbering.is_section(text[slice(*cells[0])]):
            # 一、着力… | （一）围绕… | 4 | …: the row's groups, printed again on some rows
            cells = cells[1:]
        short = bool(rows) and len(cells) < len(rows[0].cells) and cut_after(text, lines, j)
        if len(cells) > (2 if short else 3) and numbering.is_section(text[slice(*cells[1])]):
            # 1 | 一、经济… | 农村…。 | 法规科: a group's heading printed in its first row only
            cells = [cells[0], *cells[2:]]
        width = len(rows[0].cells) if rows else len(cells)
        number = text[slice(*cells[0])] if cells else ""
        if short and len(cells) >= 2 and not numbering.is_section(text[slice(*cells[-1])]):
            # 9 | 加强…推广绿色: the last row, cut by the page's end inside a cell (no row
            # when all it holds is its group's heading: 6 | 四、加快…)
            cells, cut = [*cells, *[(e, e)] * (width - len(cells))], 1
        if width < 3 or len(cells) != width or number != str(len(rows) + 1):
            break
        rows.append(Row(s, e, tuple(cells)))
        j += 1
    if len(rows) - cut < _HEADERLESS_ROWS:
        return None
    width = len(rows[0].cells)
    whole = rows[: len(rows) - cut]  # (the columns are told by the whole rows)
    # (市编办牵头，市政府各部门负责落实: a cell that is a clause with no label names units too)
    units = next(
        (
            k
            for k in range(2, width)
            if all(
                names_units(text, r.cells[k], grammar)
                or cell_clause(text, *r.cells[k], grammar, Role.RESPONSIBLE) is not None
                for r in whole
            )
        ),
        None,
    )
    if units is None:
        return None
    columns: list[Column] = [NUMBER, TITLE, *([None] * (width - 2))]
    columns[units] = Role.RESPONSIBLE
    # 孙永峰 李先俊 | 2024年底前: a later column of persons' names leads nothing (its
    # leaders), one of deadlines is the deadline; an empty cell fits either
    for k in range(units + 1, width):
        cells = [r.cells[k] for r in whole if r.cells[k][1] > r.cells[k][0]]
        if not cells:
            continue
        # (全年, two characters as a person's name is, is a deadline first)
        if DEADLINE not in columns and all(
            text.endswith(grammar.deadline_endings, *c) for c in cells
        ):
            columns[k] = DEADLINE
        elif LEADERS not in columns and all(names_people(text, c, grammar) for c in cells):
            columns[k] = LEADERS
    return columns, rows, j


def _numberless_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a ``|`` table a cell a line with no number word: pipeline/parse/numberless.py.
    Its first word names a column, or holds a title word's part (名 称 |, 工作内容与要求 |)."""
    if kinds[i] == NUMBER or (kinds[i] is None and not _titled_cell(text, lines[i], grammar)):
        return None
    read = numberless.header(text, lines, i, lambda w: header_word(w, grammar))
    found = _no_number_word(text, read, grammar)
    if found is None:
        return None
    columns, j = found
    closed = numberless.cells(text, lines, j)
    cells = numberless.rows(text, closed, len(columns))
    first = numberless.number_first_rows(text, closed, len(columns))
    if _reads_better(text, columns, first, cells, grammar):
        cells = first  # 1 / 贯彻… / 3月底前 / 林业发展岗: a number column no header word names
    if not cells:
        titled = _numbered_title_cells(text, columns, closed, grammar)
        if titled is not None:
            return titled[0], titled[1], line_of(lines, titled[1][-1].end)
    if not cells and _bar_line(text, lines, j) == j:  # each cell closed by its own bar
        roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
        plain = numberless.closed_rows(
            closed, len(columns), roles, lambda cell: names_units(text, cell, grammar)
        )
        # rows that print only the cells they fill read by their units cells, when that
        # finds more rows than every `width` cells does
        anchored = _anchored_table(text, lines, columns, roles, closed, grammar)
        if plain and (anchored is None or len(plain) >= len(anchored[1])):
            rows = [Row(a, r[-1][1], tuple(r)) for a, r in plain]
            return columns, rows, line_of(lines, rows[-1].end)
        if anchored is not None:
            return anchored
    if not cells:
        bare, end = numberless.bar_rows(text, lines, _bar_line(text, lines, j), len(columns))
        if not bare:
            return None
        return columns, [Row(a, max(e for _, e in r), tuple(r)) for a, r in bare], end
    out = [Row(start, max(e for _, e in row), tuple(row)) for start, row in cells]
    return [NUMBER, *columns], out, line_of(lines, out[-1].end)


def _numbered_title_cells(
    text: str, columns: list[Column], closed: list[Span], grammar: Grammar
) -> tuple[list[Column], list[Row]] | None:
    """Read a table each of whose cells is closed by a bar whose title cells open with the
    task's number (pipeline/parse/numberless.py). A title column before another text column
    holds either those cells (工作任务 | 具体要求 | 责任单位: 1.行政规范性文件集中公开 | 1.开展…
    | 市政府各部门 |) or the group the numbered cells of the second fall under, as a group
    column before the title does (主要任务 | 重点工作和要求 | 责任单位: （一）制定清单。 |
    1.制定… | 市安委办 |): the reading whose units columns name units in more cells."""
    if columns[:2] == [GROUP, TITLE]:
        readings = [(1, columns)]
    elif columns[:1] == [TITLE] and len(columns) > 1 and columns[1] in (None, BODY):
        readings = [(0, columns), (1, [GROUP, TITLE, *columns[2:]])]
    elif columns[:1] == [TITLE]:
        readings = [(0, columns)]
    else:
        return None
    best: tuple[int, list[Column], list[tuple[int, list[Span]]]] | None = None
    for before, heads in readings:
        found = numberless.numbered_title_rows(text, closed, before, len(heads) - before - 1)
        roles = [k + 1 for k, c in enumerate(heads) if isinstance(c, Role)]
        named = sum(names_units(text, row[k], grammar) for k in roles for _, row in found)
        if len(found) >= _TITLED_ROWS and named and (best is None or named > best[0]):
            best = (named, heads, found)
    if best is None:
        return None
    _, heads, found = best
    rows = [Row(start, max(e for _, e in cells), tuple(cells)) for start, cells in found]
    return [NUMBER, *heads], rows


def _reads_better(
    text: str,
    columns: list[Column],
    rows: list[tuple[int, list[Span]]],
    other: list[tuple[int, list[Span]]],
    grammar: Grammar,
) -> bool:
    """Whether ``rows`` (each its number, then a cell per column) read in their columns
    better than ``other`` do, summed over the rows by ``table_rows.row_fit``; rows of which
    no cell reads as its column does read no better than none."""
    score = _summed_fit(text, columns, rows, grammar)
    return score[1] < 0 and (not other or score < _summed_fit(text, columns, other, grammar))


def _summed_fit(
    text: str, columns: list[Column], rows: list[tuple[int, list[Span]]], grammar: Grammar
) -> tuple[int, int]:
    scores = [row_fit(text, row[1:], columns, grammar) for _, row in rows]
    return sum(m for m, _ in scores), sum(f for _, f in scores)


def _anchored_table(
    text: str,
    lines: list[Span],
    columns: list[Column],
    roles: list[int],
    closed: list[Span],
    grammar: Grammar,
) -> tuple[list[Column], list[Row], int] | None:
    """Read the rows of a table each of whose cells is closed by a bar that print only the
    cells they fill (a PDF's table: a group cell merged over rows printed once, empty cells
    runs of bars), by their units cells: pipeline/parse/numberless.py. The header must name
    one units column (``roles``: the units columns) after its title column."""
    if len(roles) != 1 or TITLE not in columns or columns.index(TITLE) > roles[0]:
        return None
    role = columns[roles[0]]
    back = roles[0] - columns.index(TITLE)
    rows = numberless.anchored_rows(closed, back, lambda c: names_units(text, c, grammar))
    if len(rows) < _ANCHORED_ROWS:
        return None
    out = [Row(a, r[-1][1], tuple(r)) for a, r in rows]
    return [TITLE, role], out, line_of(lines, out[-1].end)


def _plain_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table a cell a line with no number column and no bars from its header at line
    ``i`` (read once): its units column one unit a line, else its rows a text line then a
    units line (a header whose title word is wrapped over two cells, 项目 / 名称, heads the
    first kind only)."""
    wrapped = kinds[i] is None and _wrapped_title(text, lines, i, grammar)  # 项目 / 名称
    found = _plain_header(text, lines, i, grammar) if kinds[i] == TITLE or wrapped else None
    if found is None:
        return None
    unit_lines = _unit_line_table(text, lines, found, wrapped, grammar)
    return (
        unit_lines
        if unit_lines is not None or wrapped
        else _paired_table(text, lines, found, grammar)
    )


def _unit_line_table(
    text: str,
    lines: list[Span],
    found: _PlainHeader,
    wrapped: bool,
    grammar: Grammar,
) -> tuple[list[Column], list[Row], int] | None:
    """Read the rows under a header a cell a line with no number column and no bars (目标任务
    / 牵头单位 / 进展情况 / 下步举措), its one units column one unit a line:
    pipeline/parse/numberless.py. Its rows are numbered in order, or by their own number
    when the first row opens with a line ``1`` (the header printed no word over the number
    column)."""
    columns, roles, j = found.columns, found.roles, found.row
    if len(roles) != 1 or columns.index(TITLE) > roles[0] or (wrapped and columns[0] != TITLE):
        return None
    if _bare_one(text, lines, j):  # 工作任务 / 牵头责任单位 / … then 1 / 地区生产总值增长6%以上。
        columns, roles = [NUMBER, *columns], [roles[0] + 1]  # a number column with no word
    elif _numbered_one(text, lines, j):
        return None  # 1.持续推进… / 进展 / 市府办: a title cell opening with its number (titled)
    rows, end = numberless.unit_rows(
        text, lines, j, len(columns), roles[0], lambda cell: names_units(text, cell, grammar)
    )
    if len(rows) < 2 and len(columns) < _ONE_ROW_HEADER and None not in columns:
        # one row of short lines under a short header could be anything; a header that
        # also names a column read for nothing (实事项目 / 主办单位 / 推进情况) is a table's
        return None
    return columns, [Row(a, row[-1][1], tuple(row)) for a, row in rows], end


def _wrapped_title(text: str, lines: list[Span], i: int, grammar: Grammar) -> bool:
    """Whether line ``i`` is a title word's first part wrapped over two cells (项目 / 名称)."""
    s, e = lines[i]
    return e - s <= _WRAPPED_PART and numberless.wrapped_word(
        text, lines, i, lambda w: column(w, grammar) == TITLE
    )


def _paired_table(
    text: str, lines: list[Span], found: _PlainHeader, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read the rows under a header a cell a line with no number and no bars, its units
    column last, that print only their task's text and their units, a line each, under group
    rows printed once (目标 / 任务 / 主要内容 / 责任单位, then 一、… / （一）… / 围绕…。 /
    市发改委牵头落实): pipeline/parse/numberless.py. The text is the row's title, the last
    group row its group."""
    columns, roles, j = found.columns, found.roles, found.row
    role = columns[-1]
    if roles != [len(columns) - 1] or not isinstance(role, Role):
        return None

    def names(cell: Span) -> bool:
        s, e = cell
        return (
            lists_units(text, s, e, grammar) or cell_clause(text, s, e, grammar, role) is not None
        )

    rows, end = numberless.paired_rows(text, lines, j, names, lambda k: cut_after(text, lines, k))
    if len(rows) < _PAIRED_ROWS:
        return None
    out = [
        Row(words[0], units[1], ((group or (words[0], words[0])), words, units))
        for group, words, units in rows
    ]
    return [GROUP, TITLE, role], out, end


class _PlainHeader(NamedTuple):
    """A header a cell a line without bars: its columns, the indexes of its units columns,
    the first row's line and the header's words."""

    columns: list[Column]
    roles: list[int]
    row: int
    words: list[str]


def _plain_header(text: str, lines: list[Span], i: int, grammar: Grammar) -> _PlainHeader | None:
    """Return a header a cell a line without bars from line ``i`` (no number word in it)."""
    read = numberless.plain_header(text, lines, i, lambda w: header_word(w, grammar))
    found = _no_number_word(text, read, grammar)
    if read is None or found is None:
        return None
    columns, j = found
    roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
    return _PlainHeader(columns, roles, j, [text[a:b] for a, b in read[0]])


def _titled_cell(text: str, line: Span, grammar: Grammar) -> bool:
    """Whether a line is a short cell closed by its bar that holds a title word's part,
    its letters maybe spaced (名 称 |)."""
    value = text[slice(*line)].strip(" \t\u3000")
    word = "".join(value.removesuffix("|").split())
    return value.endswith("|") and len(word) <= WORD and grammar.title_like(word)


def _no_number_word(
    text: str, read: tuple[list[Span], int] | None, grammar: Grammar
) -> tuple[list[Column], int] | None:
    """Return a header's columns and its first row's line from what a reader found (the
    header's cells, that line), when its words head a task table with no number word."""
    if read is None:
        return None
    words, j = read
    columns = header([text[a:b] for a, b in words], grammar)
    return (columns, j) if columns is not None and NUMBER not in columns else None


def _titled_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table a cell a line with no number column and no bars whose title cell, first,
    opens with the task's number (主要工作任务 / 牵头单位 / 责任单位, then 1.主动对接… /
    区发改局 / 区工信局、…): pipeline/parse/numberless.py. Its title word may be one that
    only holds a title word's part (主要工作任务). A group column may come first, its cells
    left empty (领域 / 主要目标 / 主要责任单位 / 责任单位, the area printed in no row)."""
    word = text[slice(*lines[i])].strip(PAD)
    grouped = kinds[i] == GROUP
    led = kinds[i] == LEADERS  # 牵头领导 / 重点工作 / 牵头单位: the leaders merged down
    opens = kinds[i] == TITLE or grouped or led
    if not opens and not (kinds[i] is None and header_word(word, grammar)):
        return None
    found = _plain_header(text, lines, i, grammar)
    if found is None:
        return None
    columns, roles, j = found.columns, found.roles, found.row
    if not roles or not _read_for_nothing(found, grammar):
        return None  # (重点任务分解表 / 主要工作任务 / …: the caption over the header is none)
    if grouped and columns[1:2] == [TITLE]:
        columns, roles = columns[1:], [k - 1 for k in roles]
    first = [LEADERS] if led and columns[1:2] == [TITLE] else []
    if first:
        columns, roles = columns[1:], [k - 1 for k in roles]
    if columns[0] != TITLE:
        return None
    a_line = None
    if LEADERS in columns:  # 董贵波 / 郑敏强: a leaders cell a name a line
        a_line = (columns.index(LEADERS), lambda cell: names_people(text, cell, grammar))

    def leader(cell: Span) -> bool:  # 周阳市长 over rows 1.… and 2.…
        return is_person(text[slice(*cell)], grammar) or names_people(text, cell, grammar)

    merged = leader if first else None
    rows = numberless.titled_rows(text, lines, j, len(columns), roles[-1], a_line, merged)
    if not rows:
        return None
    out: list[Row] = []
    for number, row in rows:
        # a measure's row prints its goal's number (on a line above): its place under the
        # goal, and it starts at its title cell
        under = (out[-1].under or 0) + 1 if out and out[-1].cells[0] == number else None
        start = number[0] if under is None else row[0][0]
        out.append(Row(start, row[-1][1], (number, *row), under=under))
    return [NUMBER, *first, *columns], out, line_of(lines, out[-1].end)


def _read_for_nothing(header: _PlainHeader, grammar: Grammar) -> bool:
    """Whether each column before the header's first units column that names nothing read
    heads a column read for nothing (工作安排 / 工作完成情况（具体表述） / 牵头单位: a
    progress column), not a title word's part the caption took the title from."""
    first = header.roles[0]
    return all(
        c is not None or grammar.read_for_nothing(w)
        for w, c in zip(header.words[:first], header.columns[:first], strict=False)
    )


def _duty_table(
    text: str, lines: list[Span], kinds: list[Column], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read a table of two columns a cell a line, units then their duties, from its header
    at line ``i`` (相关部门 / 职责分工, a department's 职责边界): pipeline/parse/numberless.py.
    Each row's units lead their duties, as in a table that divides duties among units,
    whatever role the header word names (相关部门, 涉及部门, 责任单位)."""
    if not isinstance(kinds[i], Role):
        return None
    k = _first_text(text, lines, i + 1)
    if k is None or k > i + 1 + _HEADER_GAP:
        return None
    if not duty_word(text[slice(*lines[k])].strip(PAD), kinds[k], grammar):
        return None
    rows, end = numberless.duty_pairs(
        text, lines, k + 1, lambda cell: names_units(text, cell, grammar)
    )
    if len(rows) < _DUTY_ROWS:
        return None
    return [Role.LEAD, TITLE], [Row(u[0], d[1], (u, d)) for u, d in rows], end


def _first_cell(text: str, lines: list[Span], j: int) -> Span:
    """Return the first line with text from line ``j`` on, trimmed (empty past the end)."""
    k = _first_text(text, lines, j)
    return loose.trim(text, *lines[k]) if k is not None else (len(text), len(text))


def _first_text(text: str, lines: list[Span], j: int) -> int | None:
    """Return the index of the first line with text from line ``j`` on, else None."""
    return next((k for k in range(j, len(lines)) if text[slice(*lines[k])].strip(PAD)), None)


def _bare_one(text: str, lines: list[Span], j: int) -> bool:
    """Whether the first line with text from line ``j`` on is the bare number 1."""
    return text[slice(*_first_cell(text, lines, j))] == "1"


def _numbered_one(text: str, lines: list[Span], j: int) -> bool:
    """Whether the first line with text from line ``j`` on opens with item 1 and its text."""
    number = loose.own_number(text, _first_cell(text, lines, j))
    return number is not None and number.value == 1


def _bar_line(text: str, lines: list[Span], j: int) -> int:
    """Return the line of bars before line ``j`` (the row's opening bar), else ``j``."""
    k = j - 1
    while k >= 0 and not text[slice(*lines[k])].strip():
        k -= 1
    return k if k >= 0 and text[slice(*lines[k])].strip() == "|" else j


def _task(clean: CleanText, columns: list[Column], row: Row, n: int, grammar: Grammar) -> Task:
    text = clean.text
    mentions: dict[Role, list[Mention]] = {role: [] for role in Role}
    earlier: set[tuple[Role, str]] = set()  # the units of the row's earlier unit cells
    no, label, title, body, deadline = n, str(n), "", "", None
    group: str | None = None
    ident: str | None = None
    details: list[str] = []
    leaders: list[str] = []
    notes: list[str] = []
    unit_spans: list[Span] = []
    for kind, (s, e) in zip(columns, row.cells, strict=True):
        value = text[s:e]
        if kind == NUMBER:
            label = value
            if (cell := _cell_number(value)) is not None:  # 14. glued to its title: the number's
                no = cell[0]
            elif (path := numbering.levels(value)) is not None:
                no = path[-1]  # 1.3 under 1、: the third of its level, and its id the path
                ident = value.replace("．", ".")
        elif kind == TITLE:
            # 1.加强… under 1, or 56.做好… under 12; 1. 学生补考… (a space after its mark)
            own = loose.own_number(text, (s, e)) or loose.own_number(text, (s, e), spaced=True)
            value = value[len(own.label) :].lstrip(BLANKS) if own is not None else value
            level = _level_opening(value) if own is None and NUMBER not in columns else None
            if level is not None:  # 1.2绘制…, a table with no number column: the row's own
                value, no, ident = value[len(level.label) :], level.value, level.label
            elif (
                own is None
                and NUMBER not in columns
                and (word := loose.own_number(text, (s, e), numbering.SECTION_STYLES))
            ):  # 一、公共信用信息平台建设, in such a table too
                value, no, label = value[len(word.label) :], word.value, word.label
            first, _, rest = value.partition("。")
            title = unwrap(_WRAP_LINES.sub("", first.rstrip("：:；;，,")))
            body = rest.strip()
        elif kind == BODY:
            details.append(value)
        elif kind == GROUP:
            group = unwrap(value.rstrip("。")) or None  # the group the row shares: its section
        elif kind == DEADLINE:
            deadline = unwrap(value) or None  # 每年开展 / 并长期坚持: a wrap inside the cell
        elif kind == LEADERS:
            leaders += [p for person in people(text, s, e, grammar) for p in apart(person, grammar)]
        elif isinstance(kind, Role) and _cut_sentence(text, s, e, grammar):
            continue  # 推动…落地，引进…研发机构、中科 where the page stops: a body cell, no units
        elif isinstance(kind, Role):
            stop = forward_note(text, s, e, grammar)
            if stop < e:  # X、Y按职责分工负责；以下各项任务均需各地人民政府负责落实，不再…:
                notes.append(text[slice(*loose.trim(text, stop + 1, e))])  # the plan's note
                s, e = loose.trim(text, s, stop)
            unit_spans.append((s, e))
            # 市有关单位（见附件1，下同）: the bracket is the plan's note, no part of the name
            notes += [text[o + 1 : c] for o, c in note_brackets(text, s, e, grammar)]
            # 办公室牵头，各科室配合, 牵头单位：X 责任单位：Y, or X会同有关部门 in one cell
            parts = (
                cell_clause(text, s, e, grammar, kind)
                or labelled_cell(text, s, e, grammar)
                or partner_cell(text, s, e, grammar, kind)
            )
            spans = [(p.kind, p.start, p.end) for p in parts] if parts else [(kind, s, e)]
            units = [
                (r, u)
                for r, a, b in spans
                if isinstance(r, Role)
                for u in split_units(text, a, b, grammar)
            ]
            named: list[Unit | None] = [None, *(u for _, u in units)]
            for (given, u), before in zip(units, named, strict=False):
                if grammar.names_no_unit(given_name := unit_name(text, u.start, u.end)):
                    notes += [given_name] if grammar.pending_unit(given_name) else []  # 另行确定, /
                    continue
                if says_who(text, u, grammar):
                    notes.append(text[u.start : u.end])  # …由对口部门公开: the plan's note
                    continue
                if person_after(text, before, u, grammar):
                    leaders.append(text[u.start : u.end])  # 市民政局 伍泽国: a person
                    continue
                role = u.role or given  # 市发展改革委（牵头） in a 责任单位 column leads
                name = unit_name(text, u.start, u.end)
                if (role, name) in earlier:
                    continue  # 总牵头单位 | 分项牵头单位 both naming one unit: it leads once
                found = mentions[role]
                location = clean.locate(u.start, u.end)
                found.append(Mention(name, role, len(found) + 1, location, u.etc))
            earlier.update((m.role, m.text) for found in mentions.values() for m in found)
    if group is None and row.heading is not None:
        group = unwrap(text[slice(*row.heading)])  # a group row printed across the table
    details += [" ".join(text[s:e] for s, e in row.extra)] if row.extra else []
    clause = (min(s for s, _ in unit_spans), max(e for _, e in unit_spans)) if unit_spans else None
    return Task(
        task_id=ident or str(no),
        no=no,
        label=label,
        section=group,
        title=title,
        body="\n".join(p for p in (body, *details) if p),
        lead=tuple(mentions[Role.LEAD]),
        responsible=tuple(mentions[Role.RESPONSIBLE]),
        cooperating=tuple(mentions[Role.COOPERATING]),
        deadline=deadline,
        location=clean.locate(row.start, row.end),
        clause=clean.locate(*clause) if clause else None,
        leaders=tuple(leaders),
        note="；".join(notes) or None,
        note_forward=any(w in n for n in notes for w in grammar.forward),
    )
