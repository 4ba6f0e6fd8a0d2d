"""Read a ``|`` table a row a line whose number is printed inside its body or title cell.

工作任务 | 具体要求 | 责任部门, with no number column: the 具体要求 cells start with the task
numbers, ``1.积极推进…``, and the 工作任务 cell (一、做好财政信息公开) is a group printed on
the first row of its group only, so the group's later rows are shifted left, their last
cell empty (``3.及时反馈… | 各科室 | |``); under two group columns (工作目标 | 工作内容 |
工作措施) a row under both merged cells leaves out two and ends in two empty cells. Each
numbered cell is a task: its number the task's, its text the title and body; the group
cells are the title column's, left unread.

项目名称 | 工作任务 | 计划完成时间 | 牵头单位, with no number column: the 项目名称 cells start
with the task numbers (``1.城市人居环境提升项目``) and a project's merged cells are
flattened into sub-rows shifted left, their last cell empty (``2021.8 | 城投集团 | ||``,
``对七星路… | 2021.12 | 城投集团 | |``). Each numbered row is a task, read as printed (its
first work task, deadline and lead); the cells of its sub-rows go to its body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.numbering import levels, match_number

Span = tuple[int, int]
#: Numbering styles a task number inside a cell may take (1.积极推进…, (1)新建…).
_STYLES = ("1.", "1、", "1)", "（1）")
#: How far past the number due a row's number may run (1、 then 3、, 1.1 then 1.4): the
#: table goes on, and the numbering check reports the numbers skipped.
SKIPPED = 5


def numbered_rows(text: str, rows: list[list[Span]], body: int) -> list[list[Span]] | None:
    """Return each row as a number span, then one span per column (the body after its
    number; a shifted row moved back under its columns, the group cell the row above's),
    for the rows up to the first whose body does not hold the next number; None when the
    first row's does not hold ``1``. A row that opens a new group cell may number again
    from 1 (（二）围绕重点领域… | 1.…: each group's items counted on their own)."""
    out: list[list[Span]] = []
    above: list[Span] | None = None
    n = 1
    for cells in rows:
        found = _numbered(text, [cells, *(_shifted(cells, above, body) if above else ())], body, n)
        if found is None and above is not None and _new_group(text, cells, above, body):
            found, n = _numbered(text, [cells], body, 1), 1
        if found is None:
            break
        n += 1
        cells, label = found
        s, e = cells[body]
        start = label
        while start < e and text[start] in " \u3000":
            start += 1
        cells = [*cells[:body], (start, e), *cells[body + 1 :]]
        out.append([(s, label), *cells])
        above = cells
    return out or None


def _new_group(text: str, cells: list[Span], above: list[Span], body: int) -> bool:
    """Whether a row's group cells (those before the body) hold text, other than the row
    above's: the row opens a new group."""
    own = [text[slice(*c)] for c in cells[:body]]
    return any(own) and own != [text[slice(*c)] for c in above[:body]]


def _shifted(cells: list[Span], above: list[Span], body: int) -> list[list[Span]]:
    """Return the ways a row may move back under its columns when it left out group cells
    merged from the row above, as many as it has empty cells at its end: the group just
    before the body (one left out), or the first ones (both of 工作目标 | 工作内容)."""
    empty = min(len(cells) - filled(cells), body, len(cells) - 1)
    found = [[*above[:m], *cells[:-m]] for m in range(empty, 1, -1)]
    if empty:
        found.append([*cells[: body - 1], above[body - 1], *cells[body - 1 : -1]])
    return found


@dataclass(frozen=True, slots=True)
class Project:
    """A numbered row and the sub-rows under it: rows ``first`` to ``last`` of the table."""

    cells: list[Span]  # the number's span, then one span per column
    extra: list[Span]  # the non-empty cells of the sub-rows
    first: int
    last: int


def numbered_titles(text: str, rows: list[list[Span]], title: int, last: int) -> list[Project]:
    """Return a task per row whose ``title`` cell starts with the next task number (the
    title after it), with the rows under it whose ``last`` cell is empty as its sub-rows,
    up to the first other row; none when the first row's title starts with no number.

    The first number may be above 1 (14.改扩建…: a page showing a group of a longer
    table). A group cell before the title (类别 | 民生事项名称 | …) printed on its group's
    first row only leaves the rows below shifted left, ending in an empty cell: such a row
    moves back under its columns and takes the group above.
    """
    out: list[Project] = []
    above: list[Span] | None = None
    due: int | None = None  # the next top number
    sub = 0  # the last level number under the top one (1、宣传氛围 / 1.1… / 1.2…)
    for k, cells in enumerate(rows):
        moved = _group_shifted(cells, above, title) if due else []
        found = _numbered(text, [cells, *moved], title, due)
        level = None if found or due is None else _level(text, cells[title], due - 1, sub + 1)
        if level is not None:
            found, sub = (cells, level[0]), level[1]
        elif found is not None:
            due, sub = _value(text, found[0][title]) + 1, 0
        if found is not None:
            cells, label = found
            start, e = label, cells[title][1]
            while start < e and text[start] in " \u3000":
                start += 1
            row = [(cells[title][0], label), *cells[:title], (start, e), *cells[title + 1 :]]
            out.append(Project(row, [], k, k))
            above = cells
        elif out and cells[last][0] == cells[last][1]:  # a sub-row, shifted left
            out[-1].extra.extend(c for c in cells if c[0] < c[1])
            out[-1] = Project(out[-1].cells, out[-1].extra, out[-1].first, k)
        else:
            break
    return out


def _level(text: str, cell: Span, top: int, n: int) -> tuple[int, int] | None:
    """Return where the label ends and the level when ``cell`` starts with level number
    ``n`` under the top number ``top`` (1.3 under 1、), or a few past it, else None."""
    number = match_number(text[cell[0] : cell[1]])
    if number is None or number.style != "1.1":
        return None
    path = levels(number.label)
    # 2.1 under 1、 is no level of it; 1.4 after 1.1 is, and the numbering check reports 1.2
    if path is None or path[0] != top or not _near(path[1], n):
        return None
    return cell[0] + len(number.label), path[1]


def _group_shifted(cells: list[Span], above: list[Span] | None, title: int) -> list[list[Span]]:
    """Return the row moved back under its columns with the group cells before the title
    that it left out taken from the row above, one per empty cell at its end."""
    empty = min(len(cells) - filled(cells), title)
    return [[*above[:m], *cells[:-m]] for m in range(1, empty + 1)] if above else []


def _numbered(
    text: str, candidates: list[list[Span]], column: int, n: int | None
) -> tuple[list[Span], int] | None:
    """Return the first of ``candidates`` (a row, then the row moved back under its columns)
    whose ``column`` cell starts with task number ``n``, and where the number's label ends."""
    for cells in candidates:
        label = _number(text, cells[column], n)
        if label is not None:
            return cells, label
    return None


def filled(cells: Sequence[Span]) -> int:
    """Return how many of a row's cells come before its trailing empty ones."""
    core = len(cells)
    while core and cells[core - 1][0] == cells[core - 1][1]:
        core -= 1
    return core


def _value(text: str, cell: Span) -> int:
    number = match_number(text[cell[0] : cell[1]])
    return number.value if number is not None else 1


def _number(text: str, cell: Span, n: int | None) -> int | None:
    """Return where the label ends when ``cell`` starts with task number ``n`` (any number
    when ``n`` is None), else None."""
    number = match_number(text[cell[0] : cell[1]])
    if number is None or number.style not in _STYLES:
        return None
    if n is not None and not _near(number.value, n):
        return None  # 3、 after 1、 goes on, and the numbering check reports 2、
    return cell[0] + len(number.label)


def _near(value: int, due: int) -> bool:
    """Whether a row's number ``value`` is the one ``due`` or at most a few past it."""
    return due <= value < due + SKIPPED
