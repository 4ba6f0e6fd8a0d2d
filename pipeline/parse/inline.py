"""Read a ``|`` table a row a line whose number is printed inside its body cell.

工作任务 | 具体要求 | 责任部门, with no number column: the 具体要求 cells start with the task
numbers, ``1.积极推进…``, and the 工作任务 cell (一、做好财政信息公开) is a group printed on
the first row of its group only, so the group's later rows are shifted left, their last
cell empty (``3.及时反馈… | 各科室 | |``). Each numbered cell is a task: its number the
task's, its text the title and body; the group cell is the title column's, left unread.
"""

from __future__ import annotations

from pipeline.parse.numbering import match_number

Span = tuple[int, int]
#: Numbering styles a task number inside a cell may take.
_STYLES = ("1.", "1、", "1)")


def numbered_rows(text: str, rows: list[list[Span]], body: int) -> list[list[Span]] | None:
    """Return each row as a number span, then one span per column (the body after its
    number; a shifted row moved back under its columns, the group cell the row above's),
    for the rows up to the first whose body does not hold the next number; None when the
    first row's does not hold ``1``."""
    out: list[list[Span]] = []
    above: list[Span] | None = None
    for n, cells in enumerate(rows, start=1):
        label = _number(text, cells[body], n)
        if label is None and above is not None and body > 0 and cells[-1][0] == cells[-1][1]:
            shifted = [*cells[: body - 1], above[body - 1], *cells[body - 1 : -1]]
            label = _number(text, shifted[body], n)
            cells = shifted
        if label is None:
            break
        s, e = cells[body]
        start = label
        while start < e and text[start] in " \u3000":
            start += 1
        cells = [*cells[:body], (start, e), *cells[body + 1 :]]
        out.append([(s, label), *cells])
        above = cells
    return out or None


def _number(text: str, cell: Span, n: int) -> int | None:
    """Return where the label ends when ``cell`` starts with task number ``n``, else None."""
    number = match_number(text[cell[0] : cell[1]])
    if number is None or number.style not in _STYLES or number.value != n:
        return None
    return cell[0] + len(number.label)
