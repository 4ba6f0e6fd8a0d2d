"""Read a task table flattened with no separator at all: a newspaper's or a converter's text
that runs the header's words and every row's cells together on one line.

    序号工作任务责任单位21树立婚育新风。…新型婚育文化。省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22根据…

- The header opens the line: a number word, a title word and one units word glued, with
  nothing between them (序号 / 工作任务 / 责任单位), and a row's number right after.
- A row opens with its number (the first any number, then each the next) and runs to the
  next row's number; its title cell ends at its last 。, and the rest, its units cell, must
  read as units or as a label-less clause (X牵头;Y配合;Z落实). Where the next number could
  open a row only with a units cell that reads as neither, it is the title's own (2022年).
- Nothing marks where two glued units columns part (牵头单位 then 责任单位), so only a table of
  one units column reads so; any other is left as printed.
"""

from __future__ import annotations

import re

from pipeline.grammar import Grammar
from pipeline.model import Role
from pipeline.parse.clauses import cell_clause
from pipeline.parse.loose import PAD
from pipeline.parse.table_header import NUMBER, TITLE, WORD, Column, column
from pipeline.parse.table_rows import Row, names_units

Span = tuple[int, int]

#: A row's number glued after the cell before it (落实22根据): digits between two characters.
_NUMBER = re.compile(r"\d{1,3}")
#: The longest units cell of a row: a longer tail after the title's last 。 is prose.
_UNITS_CELL = 160
#: Rows that make a table of this layout: one alone is no table.
_ROWS = 2


def glued_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Read the table whose glued header opens line ``i``; return its columns, its rows
    and the line after it, or None."""
    s, e = lines[i]
    while s < e and text[s] in PAD:
        s += 1
    found = _header(text, s, e, grammar)
    if found is None:
        return None
    columns, at = found
    role = columns[-1]
    if not isinstance(role, Role):
        return None
    number = _NUMBER.match(text, at, e)
    if number is None:
        return None
    rows: list[Row] = []
    while number is not None:
        following = _next_number(text, number, e, role, grammar)
        end = following.start() if following is not None else e
        cells = _cells(text, number.end(), end, role, grammar)
        if cells is None:
            break
        rows.append(Row(number.start(), end, ((number.start(), number.end()), *cells)))
        number = following
    if len(rows) < _ROWS:
        return None
    return columns, rows, i + 1


def _header(text: str, s: int, e: int, grammar: Grammar) -> tuple[list[Column], int] | None:
    """Return the columns of a glued header at ``s`` (number, title, units) and where the
    first row starts, or None."""
    columns: list[Column] = []
    at = s
    while at < e and not text[at].isdigit() and len(columns) < 3:
        word = next(
            (
                (n, kind)
                for n in range(min(WORD, e - at), 1, -1)
                if (kind := column(text[at : at + n], grammar)) is not None
            ),
            None,
        )
        if word is None:
            return None
        columns.append(word[1])
        at += word[0]
    if columns[:2] != [NUMBER, TITLE] or len(columns) != 3 or not isinstance(columns[2], Role):
        return None
    return columns, at


def _next_number(
    text: str, number: re.Match[str], e: int, role: Role, grammar: Grammar
) -> re.Match[str] | None:
    """Return the next row's number after a row's ``number``: the next integer glued
    between two characters, when the row's text before it splits into a title and units."""
    want = str(int(number.group()) + 1)
    at = number.end()
    while (k := text.find(want, at, e)) >= 0:
        at = k + 1
        if text[k - 1].isdigit() or (k + len(want) < e and text[k + len(want)].isdigit()):
            continue
        if k + len(want) >= e or not text[k - 1].isalpha() or not text[k + len(want)].isalpha():
            continue
        if _cells(text, number.end(), k, role, grammar) is not None:
            return _NUMBER.match(text, k, k + len(want))
    return None


def _cells(text: str, s: int, e: int, role: Role, grammar: Grammar) -> tuple[Span, Span] | None:
    """Split a row's text after its number into its title cell (to its last 。, kept) and
    its units cell, when the units cell reads as units or a label-less clause; else None."""
    stop = text.rfind("。", max(s, e - _UNITS_CELL - 1), e)  # (bounded: a row's every candidate)
    if stop < 0 or e - stop - 1 < 2:
        return None
    units = (stop + 1, e)
    if cell_clause(text, *units, grammar, role) is None and not names_units(text, units, grammar):
        return None
    return (s, stop + 1), units
