"""Fit a table row's cells to the header's columns by what each cell reads as.

A cell reads as a unit, a date, a person's name or a sentence: a row that leaves out cells
merged down from the row above gets them back where its own cells read best, and a person
printed after a unit in its cell is a leader. Used by table.py and table_stacked.py.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.grammar import BODY, DEADLINE, GROUP, LEADERS, MAX_UNIT, NUMBER, TITLE, Grammar
from pipeline.model import Role
from pipeline.parse import inline, loose
from pipeline.parse.clauses import Unit, etc_ending, lists_units, note_brackets
from pipeline.parse.table_header import Column
from pipeline.read.chinese import BLANKS, HAN, HAN_CHAR

Span = tuple[int, int]
#: A bound that keeps a hostile file linear: lines one row may span.
ROW_LINES = 8
#: A cell that reads as a deadline (the last column of a table with a cell a line), and
#: where a deadline glued after a units cell begins (公安厅2018年底前完成).
DATED = re.compile(r"\d{1,2}月|\d{4}年|全年|年底|年内|长期|持续")
#: A person's name printed after a unit in its cell: two or three characters.
_PERSON_CHARS = 3
_HAN_ONLY = re.compile(f"[{HAN}]+")
#: A cell naming units only is no longer than this (seven or eight units and an etc.).
_UNITS_CELL = 64
#: At most this many merged cells a short row of a table with a cell a line leaves out.
_LEFT_OUT = 4
#: Marks that end a sentence: a cell holding one is text, not a unit's name.
_SENTENCE_ENDS = "。；;"


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: its span, a cell a column, and the lines of a sub-row under its number."""

    start: int
    end: int
    cells: tuple[Span, ...]
    extra: tuple[Span, ...] = ()  # lines of a sub-row under the same number: the body
    heading: Span | None = None  # a group row above (一）落实… | ||): the row's section
    under: int | None = None  # a goal's measure (——…) printed under it: its place, 1, 2, …


def merged_left_out(
    text: str, cells: list[Span], columns: list[Column], above: Row, grammar: Grammar
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
    best, fit = None, row_fit(text, cells, columns, grammar)
    if fit[0] == 0:
        return cells  # the row reads well as printed (its last cells merely empty)
    for k in range(1, len(columns)):
        if columns[k] == NUMBER or not text[slice(*above.cells[k])]:
            continue
        trial = [*cells[:k], above.cells[k], *cells[k:core]]
        trial += [(trial[-1][1], trial[-1][1])] * (len(columns) - len(trial))
        tried = row_fit(text, trial, columns, grammar)
        if tried < fit:
            best, fit = trial, tried
    return best or cells


def merged_both_sides(
    text: str, cells: list[Span], columns: list[Column], above: Row, grammar: Grammar
) -> list[Span] | None:
    """Return a short row closed by its bar with the cells merged down from the row above
    on both of its sides put back, or None.

    A numbered task's sub-row of its own units prints only its middle cells: the number and
    task cells on the left and an implementing cell on the right span the task's rows
    (``1 | 科学完善顶层设计 | 坚持…。 | 市建设局 | 市自然资源和规划局 | 各县（市、区）政府 |`` /
    ``加快…建设。 | 市建设局 | 市生态环境局 |``). The row's cells go where they read best
    with no misfit (a sentence in the body, units in unit columns), the fewest left out on
    the left first among equals; a row that nowhere reads so is none of this layout."""
    core = inline.filled(cells)
    if NUMBER not in columns or core < 2 or core > len(columns) - 2:
        return None
    if text[slice(*cells[0])].strip(BLANKS).isdecimal():
        return None  # a numbered row is a task's first
    best, fit = None, (1, 0)
    for m in range(1, len(columns) - core):
        trial = [*above.cells[:m], *cells[:core], *above.cells[m + core :]]
        tried = row_fit(text, trial, columns, grammar)
        if tried < fit and any(isinstance(c, Role) for c in columns[m : m + core]):
            best, fit = trial, tried
    return best


def row_fit(
    text: str, cells: list[Span], columns: list[Column], grammar: Grammar
) -> tuple[int, int]:
    """Return how badly a row's cells read in their columns, fewest first: the misfits (a
    sentence, a date, a rate or a person's name in a unit column, a text without a date in
    the deadline column, an empty title), then minus the fits (a unit-like cell, a date, a
    person's name in a leader column)."""
    misfits = fits = 0
    for column, (s, e) in zip(columns, cells, strict=True):
        value = text[s:e]
        if isinstance(column, Role) and value:
            sentence = any(m in value for m in _SENTENCE_ENDS) or dated(value, grammar)
            # a rate (72%) or a person's name (王小强) where a unit belongs
            wrong = sentence or HAN_CHAR.search(value) is None or _person_name(value, grammar)
            misfits, fits = (misfits + 1, fits) if wrong else (misfits, fits + 1)
        elif column == DEADLINE and value:
            misfits, fits = (misfits, fits + 1) if dated(value, grammar) else (misfits + 1, fits)
        elif column == LEADERS and value and any(m in value for m in _SENTENCE_ENDS):
            misfits += 1  # a sentence where a person belongs
        elif column == LEADERS and _person_name(value, grammar):
            fits += 1
        elif column == LEADERS and value and names_units(text, (s, e), grammar):
            misfits += 1  # a unit where a person belongs
        elif column == TITLE and (not value or _person_name(value, grammar)):
            misfits += 1
        elif column == BODY and value and names_units(text, (s, e), grammar):
            misfits += 1  # units where what the task involves belongs
    return misfits, -fits


def _person_in_units(text: str, cells: list[Span], columns: list[Column], grammar: Grammar) -> bool:
    """Whether a row's units column holds a person's name (王小强): the leader cell after it,
    shifted left because the row leaves out a units cell merged down from above."""
    return any(
        isinstance(column, Role) and _person_name(text[slice(*cell)], grammar)
        for column, cell in zip(columns, cells, strict=False)
    )


def names_people(text: str, cell: Span, grammar: Grammar) -> bool:
    """Whether a cell holds persons' bare names only, one or more apart by spaces
    (孙永峰 李先俊): a headerless table's leaders."""
    return bool(_bare_names(text[slice(*cell)], grammar))


def apart(person: str, grammar: Grammar) -> list[str]:
    """Split a leaders cell's entry of persons' bare names apart by spaces (孙永峰 李先俊, a
    cell a name a line); a name padded inside (俞 悦) or with a title stays one."""
    names = _bare_names(person, grammar)
    return names if len(names) > 1 else [person]


def _bare_names(value: str, grammar: Grammar) -> list[str]:
    """Return the words of ``value`` apart by spaces when each is a person's bare name, else
    none."""
    words = value.split()
    return words if all(_person_name(w, grammar) for w in words) else []


def _person_name(value: str, grammar: Grammar) -> bool:
    """Whether a cell is a person's bare name: two or three characters that end no unit's name."""
    return (
        2 <= len(value) <= _PERSON_CHARS
        and _HAN_ONLY.fullmatch(value) is not None
        and value[-1] not in grammar.name_endings
        and not value.startswith(("各", "相关", "有关"))
    )


def person_after(text: str, before: Unit | None, unit: Unit, grammar: Grammar) -> bool:
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


def names_units(text: str, cell: Span, grammar: Grammar) -> bool:
    """Whether a cell names units only: short names each ending as a unit's name does (a
    note in brackets after one, 市生态环境局（按职能分工）, left out)."""
    value, at = "", cell[0]
    for o, c in note_brackets(text, *cell, grammar):
        value, at = value + text[at:o], c + 1
    value += text[at : cell[1]]
    # (县公安局（县公安消防大队、县公安交警大队）, 县信访局、县公安局等: a bracket's offices and
    # the etc. marker after the last name end no name)
    names = [_name_end(n, grammar) for n in re.split("[、，,；; ]", value) if n]
    return (
        0 < len(value) <= _UNITS_CELL
        and not any(m in value for m in _SENTENCE_ENDS)
        and all(len(n) >= 2 and n[-1] in grammar.name_endings for n in names)
    )


def _name_end(name: str, grammar: Grammar) -> str:
    """Return ``name`` without a bracket's close and an etc. marker after it (县公安交警大队）,
    县民政局等)."""
    name = name.rstrip("）)")
    return name[: len(name) - len(etc_ending(name, 0, len(name), grammar))]


def refit(
    text: str,
    row: list[Span],
    columns: list[Column],
    above: list[Span] | None,
    placed: list[Span],
    grammar: Grammar,
    merged: frozenset[int] | None = None,
) -> list[Span]:
    """Return ``placed`` or, when it reads worse, the row with its left-out cells put back
    where its own cells read best (see ``_left_out``).

    With ``merged`` None, the title is the row's second cell and every cell it leaves out
    is merged down from the row above. Else the title may be a cell it left out too (a page
    that drops an empty cell: the header names ten columns, each row prints nine), and only
    the ``merged`` columns take the row above's cell; the others stay empty.
    """
    core = len(row) if merged is None else inline.filled(row)
    if core >= len(columns) or core < 3 or (merged is None and above is None):
        return placed
    better = _left_out(text, row[:core], columns, above, grammar, merged)
    fit = row_fit(text, placed, columns, grammar)
    if better is not None and fit[0] and row_fit(text, better, columns, grammar) < fit:
        return better
    return placed


def _left_out(
    text: str,
    row: list[Span],
    columns: list[Column],
    above: Sequence[Span] | None,
    grammar: Grammar,
    merged: frozenset[int] | None = None,
) -> list[Span] | None:
    """Return a row with the cells it left out put back, placed where its own cells read
    best: from the row above (every cell when ``merged`` is None, which keeps the row's
    number and title first; else the ``merged`` columns only), or empty. On a tie the row
    most like the one above (a sentence where it holds one, ``_unlike``) wins, then the
    fewest cells taken from above, then the earliest left out.

    A table with a cell a line prints a cell merged over several rows (牵头单位, 负责科室,
    负责人) on the first of them only; the rows below go from their number and title
    straight to the cells they own.
    """
    first = 2 if merged is None else 1
    own = row[first:]
    missing = len(columns) - first - len(own)
    if not 0 < missing <= _LEFT_OUT:
        return None
    end = row[-1][1]
    best: tuple[tuple[int, int, int, int], list[Span]] | None = None
    for left_out in itertools.combinations(range(first, len(columns)), missing):
        mine = iter(own)
        down = {k: _merged_down(above, k, merged) for k in left_out}
        cells = [
            (down[k] or (end, end)) if k in left_out else next(mine)
            for k in range(first, len(columns))
        ]
        trial = [*row[:first], *cells]
        # a row that lost its last empty cells (说明) needs none from above
        taken = sum(c is not None for c in down.values())
        fit = (*row_fit(text, trial, columns, grammar), _unlike(text, trial, columns, above), taken)
        if best is None or fit < best[0]:
            best = (fit, trial)
    return best[1] if best else None


def _unlike(
    text: str, cells: list[Span], columns: list[Column], above: Sequence[Span] | None
) -> int:
    """Count the text columns (title, body, unread) where a row holds a sentence and the row
    above does not, or the other way round: a short 政策要点 above a long 主要措施 in every row."""
    if above is None:
        return 0
    return sum(
        _marked(text, cell) != _marked(text, up)
        for column, cell, up in zip(columns, cells, above, strict=True)
        if column in (TITLE, BODY, None)
    )


def _merged_down(
    above: Sequence[Span] | None, k: int, merged: frozenset[int] | None
) -> Span | None:
    """Return the row above's cell of column ``k`` when it merges down into the row below."""
    if above is None or (merged is not None and k not in merged):
        return None
    return above[k]


def by_content(
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
        if not value:
            continue  # an empty cell (备注 printed as its bar alone) joins no units
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
    if DEADLINE in columns and dated(value, grammar):
        return columns.index(DEADLINE)
    if LEADERS in columns and _person_name("".join(value.split()), grammar):
        return columns.index(LEADERS)
    return next(k for k, c in enumerate(columns) if isinstance(c, Role))


def dated(value: str, grammar: Grammar) -> bool:
    """Whether a cell reads as a deadline: 12月底前, 9月投入使用, 2026年, 全年, 长期坚持."""
    return DATED.search(value) is not None or any(w in value for w in grammar.deadline_endings)


def cut_after(text: str, lines: list[Span], k: int) -> bool:
    """Whether the text stops inside line ``k``, with no line break after it (a page saved
    part way); a table whose last row is whole, then a footer, ends in a line break."""
    return k == len(lines) - 1 and lines[k][1] == len(text)


def line_of(lines: list[Span], at: int) -> int:
    """Return the index of the line after the one holding position ``at``."""
    return bisect.bisect_right([s for s, _ in lines], at)


def by_order(
    text: str,
    row: list[Span],
    columns: list[Column],
    above: list[Span] | None,
    grammar: Grammar,
    cut: bool = False,
) -> list[Span] | None:
    """Return a row's cells placed in order by what they read as, in a table with a cell a
    paragraph whose blank lines do not tell its empty cells (a page that printed them
    unevenly: 序号 / 试点任务 / 细化措施 / 工作绩效目标 / 责任单位 / 配合单位 / 完成时限); None
    where its cells read otherwise.

    After the number come the text cells, the title and the body, or the body alone under
    a title merged down from the row above; then the units cells, filling the unit columns
    in order (an empty one is a later column's), and a date (or a year alone), the deadline.
    In a row the text stops inside (``cut``) the last cell counts as units as printed (区城).
    """
    roles = [k for k, c in enumerate(columns) if isinstance(c, Role)]
    if columns[0] != NUMBER or TITLE not in columns or not roles:
        return None
    title = columns.index(TITLE)
    body = columns.index(BODY) if BODY in columns else None
    filled = [c for c in row if c[1] > c[0]]
    if (body is not None and title > body) or len(filled) < 3:
        return None
    end = row[-1][1]
    out: list[Span] = [(end, end)] * len(columns)
    out[0] = filled[0]
    rest = filled[1:]
    if body is None:
        # with no body column the title is the first cell whatever it reads as (…工作格局, …平台)
        out[title] = rest.pop(0)
    else:
        texts: list[Span] = []
        while (
            rest
            and not lists_units(text, *rest[0], grammar)
            and not dated(text[slice(*rest[0])], grammar)
        ):
            texts.append(rest.pop(0))
        if len(texts) == 2:
            out[title], out[body] = texts
        elif len(texts) == 1 and above is not None:
            out[title], out[body] = above[title], texts[0]
        else:
            return None
    free = iter(roles)
    placed: int | None = None  # the units column the last units cell went to
    for n, cell in enumerate(rest):
        value = text[slice(*cell)]
        if DEADLINE in columns and (dated(value, grammar) or _YEAR.fullmatch(value.strip())):
            out[columns.index(DEADLINE)] = cell
            continue
        last = cut and n == len(rest) - 1 and _name_like(value)
        if not (last or lists_units(text, *cell, grammar)):
            # 经管科 / 一季度，我市…: after the units, the cells of columns read for nothing
            # (进展情况, 备注) hold sentences
            if placed is not None and None in columns[placed + 1 :]:
                break
            return None
        k = next(free, None)
        if k is None and body is None and placed is not None:
            out[placed] = (out[placed][0], cell[1])  # 人教科 / 促进科: one units cell's lines
            continue
        if k is None:
            return None
        out[k] = cell
        placed = k
    return out


def _name_like(value: str) -> bool:
    """Whether a cell the text stops inside may be a unit's name the page cut (区城): short,
    with no sentence mark."""
    return len(value.strip()) <= MAX_UNIT and not any(m in value for m in "，。；：")


#: A year alone in a deadline column (2020): the year the task is due.
_YEAR = re.compile(r"20\d\d年?")
