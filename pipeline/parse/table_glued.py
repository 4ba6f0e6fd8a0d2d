"""Read a task table flattened with no separator at all: a newspaper's or a converter's text
that runs the header's words and every row's cells together on one line.

    序号工作任务责任单位21树立婚育新风。…新型婚育文化。省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22根据…

- The header's words are glued, with nothing between them, from a number word (序号) at the
  line's start or after a caption on its line (…分工表序号工作内容目标任务责任单位备注1…):
  then a title word, columns of text (目标任务), one units column and only columns read for
  nothing after it (备注, left empty), and a row's number right after.
- A row opens with its number (the first any number, then each the next) and runs to the
  next row's number; its text cells end at its last 。, and the rest, its units cell, must
  read as units or as a label-less clause (X牵头;Y配合;Z落实). Where the next number could
  open a row only with a units cell that reads as neither, it is the title's own (2022年).
  A text that stops inside its last row's first sentence keeps that row's title, with no
  units.
- Nothing marks where two glued units columns part (牵头单位 then 责任单位), so a table of
  more than one units column is left as printed.
- A PDF's table may keep a line break after each row's text and a space after each number,
  with a deadline column after the units (序号工作任务责任单位时间进度1 按照…。 /
  公安厅2018年底前完成2 制定…): its rows then run over the lines up to a blank one, and
  each units cell ends where its deadline begins (2018年底前完成, 持续实施).
"""

from __future__ import annotations

import re

from pipeline.grammar import DEADLINE, NUMBER, TITLE, Grammar
from pipeline.model import Role
from pipeline.parse.clauses import cell_clause, lists_units
from pipeline.parse.loose import PAD, trim
from pipeline.parse.table_header import COLUMNS, WORD, Column, column
from pipeline.parse.table_rows import DATED, Row, dated, names_units
from pipeline.read.chinese import blank_from

Span = tuple[int, int]

#: A row's number glued after the cell before it (落实22根据): digits between two characters.
_NUMBER = re.compile(r"\d{1,3}")
#: The longest units cell of a row: a longer tail after the title's last 。 is prose.
_UNITS_CELL = 160
#: Rows that make a table of this layout: one alone is no table.
_ROWS = 2
#: A bracket closing a units cell's last name before the next row's number.
_CLOSING = "）)〕】"
#: The longest caption before a glued header on its line (…重点任务责任分工表序号…).
_CAPTION = 60


def glued_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read the table whose glued header is on line ``i``; return its columns, its rows and
    the line after it, or None."""
    s, e = lines[i]
    found = next(
        (
            header
            for at in _number_words(text, s, e, grammar)
            if (header := _header(text, at, e, grammar)) is not None
        ),
        None,
    )
    if found is None:
        return None
    columns, at = found
    role = columns[2]
    if not isinstance(role, Role):
        return None
    dues = DEADLINE in columns
    if dues:  # rows that keep their line breaks run to the first blank line
        j = i
        while j + 1 < len(lines) and text[slice(*lines[j + 1])].strip():
            j += 1
        e = lines[j][1]
    number = _NUMBER.match(text, at, e)
    rows: list[Row] = []
    while number is not None:
        title = number.end() + text.startswith(" ", number.end())  # 1 按照…
        following, cells = _next_number(text, number, title, e, role, grammar, dues)
        end = following.start() if following is not None else e
        if following is None:
            cells = _cells(text, title, end, role, grammar, dues)
        if cells is None and following is None and rows and _cut(text, title, e):
            blank = (end, end)  # the text stops inside its last row
            cells = ((title, end), blank, blank) if dues else ((title, end), blank)
        if cells is None:
            break
        rows.append(Row(number.start(), end, ((number.start(), number.end()), *cells)))
        number = following
    if len(rows) < _ROWS:
        return None
    last = next(k for k in range(i, len(lines)) if lines[k][1] >= rows[-1].end)
    return columns, rows, last + 1


def _cut(text: str, s: int, e: int) -> bool:
    """Whether a last row stops where the text does, inside its first sentence (no 。 yet),
    or anywhere with not even a line break after it: a page cut there, not a row of prose
    after the table."""
    return blank_from(text, e) and (text.find("。", s, e) < 0 or e == len(text))


def _number_words(text: str, s: int, e: int, grammar: Grammar) -> list[int]:
    """Return where a number word (序号) opens a glued header on the line ``text[s:e]``: at
    its start (past its indent) or after a caption, the first few."""
    while s < e and text[s] in PAD:
        s += 1
    starts = [s]
    for word in grammar.number_headers:
        at = text.find(word, s + 1, min(e, s + _CAPTION))
        if at > s:
            starts.append(at)
    return sorted(set(starts))


def _header(text: str, s: int, e: int, grammar: Grammar) -> tuple[list[Column], int] | None:
    """Return the columns of a glued header at ``s`` as the rows are read (number, title,
    units) and where the first row starts, or None."""
    if not text.startswith(tuple(w[0] for w in grammar.number_headers), s):
        return None  # (a header's first word is its number word: no line need be read on)
    columns: list[Column] = []
    unread = _unread(grammar)
    at = s
    while at < e and not text[at].isdigit() and len(columns) < COLUMNS:
        if columns and text[at] == " ":  # 序号 工作任务 负责单位: a PDF's words a space apart
            at += 1
            continue
        word = next(
            (
                (text[at : at + n], kind)
                for n in range(min(WORD, e - at), 1, -1)
                if (kind := column(text[at : at + n], grammar)) is not None
                or text[at : at + n] in unread
            ),
            None,
        )
        if word is None:
            return None
        columns.append(word[1])
        at += len(word[0])
    roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
    if columns[:2] != [NUMBER, TITLE] or len(roles) != 1 or at >= e:
        return None
    after = [c for c in columns[roles[0] + 1 :] if c is not None]
    if after == [DEADLINE]:  # a deadline's words say where the units cell ends
        return [NUMBER, TITLE, columns[roles[0]], DEADLINE], at
    if after:
        return None  # a column after the units that a row fills: no cell ends it
    return [NUMBER, TITLE, columns[roles[0]]], at


def _unread(grammar: Grammar) -> tuple[str, ...]:
    """Return the words of columns read for nothing, each a whole header word here (备注):
    a glued header has no spaces to say where a word that holds one ends."""
    return (*grammar.progress_parts, *grammar.unread_parts)


def _next_number(
    text: str,
    number: re.Match[str],
    title: int,
    e: int,
    role: Role,
    grammar: Grammar,
    dues: bool,
) -> tuple[re.Match[str] | None, tuple[Span, ...] | None]:
    """Return the next row's number after a row's ``number``: the next integer glued
    between two characters (or before a space and one), when the row's text from ``title``
    to it splits into a title and units (and a deadline, with ``dues``); and the row's
    cells (none when no next number follows)."""
    want = str(int(number.group()) + 1)
    at = number.end()
    while (k := text.find(want, at, e)) >= 0:
        at = k + 1
        if text[k - 1].isdigit() or (k + len(want) < e and text[k + len(want)].isdigit()):
            continue
        before = text[k - 1].isalpha() or text[k - 1] in _CLOSING  # 政府（管委会）2完善
        if dues and text[k - 1] == " " and k >= 2:  # 2026年7月底前 2 清理: a PDF's spaces
            before = text[k - 2].isalpha() or text[k - 2] in _CLOSING + "。"
        after = k + len(want) + (dues and text.startswith(" ", k + len(want)))  # 完成2 制定
        if after >= e or not before or not text[after].isalpha():
            continue
        cells = _cells(text, title, k, role, grammar, dues)
        if cells is not None:
            return _NUMBER.match(text, k, k + len(want)), cells
    return None, None


def _cells(
    text: str, s: int, e: int, role: Role, grammar: Grammar, dues: bool = False
) -> tuple[Span, ...] | None:
    """Split a row's text after its number into its title cell (to its last 。, kept) and
    its units cell, when the units cell reads as units or a label-less clause; else None.
    With ``dues`` the units cell ends where a deadline cell begins, the row's last."""
    stop = text.rfind("。", max(s, e - _UNITS_CELL - 1), e)  # (bounded: a row's every candidate)
    start = stop + 1
    while dues and start < e and text[start] in PAD + "\n":
        start += 1  # the units cell on a line of its own
    if stop < 0 or e - start < 2:
        return None
    due = DATED.search(text, start, e) if dues else None  # 2018年底前完成, 持续实施
    if due is not None and not dated(text[due.start() : e], grammar):
        due = None
    if due is not None and not text[start : due.start()].strip(PAD):
        # …范围。 省审计厅牵头，各有关部门配合。 2026年7月底前: a units cell closed by its own
        # 。, the deadline alone after it: the units are the row's last sentence
        prev = text.rfind("。", max(s, stop - _UNITS_CELL - 1), stop)  # (bounded, as above)
        if prev < 0:
            return None
        start = prev + 1
        while start < stop and text[start] in PAD + "\n":
            start += 1
        units = (start, stop)
        if cell_clause(text, *units, grammar, role) is None and not lists_units(
            text, *units, grammar
        ):
            return None
        return (s, prev + 1), units, trim(text, due.start(), e)
    if due is not None and due.start() == start:
        due = None  # (a date opening the cell: no units before it)
    units = (start, due.start() if due is not None else e)
    if cell_clause(text, *units, grammar, role) is None and not (
        names_units(text, units, grammar) or lists_units(text, *units, grammar)
    ):
        return None
    if dues:
        return (s, stop + 1), units, trim(text, units[1], e)
    return (s, stop + 1), units
