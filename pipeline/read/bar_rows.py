"""A table flattened a cell a line with bars: each row's first cell on a line, each next
cell on a line opening with ``|``, and a line holding a lone ``|`` closing the row.

    责任目标
    | 责任主体
    | 完成时间
    |
    1.2在学校门口…设置公益广告；
    | 党委宣传部
    | 8月28日
    |

A cell may run on over several lines (a title cell of several parts, a unit cell a unit a
line). ``join_bar_rows`` puts each row on one line, ``责任目标 | 责任主体 | 完成时间 |``,
the form the table reader reads (pipeline/parse/table.py): every line break inside a row
becomes a space, one character for one, so offsets stay as they were. A line break inside
a cell becomes a space too: a title cell's wrap spaces are dropped as a PDF's are, and a
unit cell's separate its units.
"""

from __future__ import annotations

from pipeline.read.rewrite import Offsets

#: Rows closed by a lone bar that make a table of this layout: fewer are no table.
_ROWS = 3


def join_bar_rows(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Put each row of a table flattened a cell a line with bars on a line of its own."""
    lines = text.split("\n")
    closing = [k for k, line in enumerate(lines) if line.strip() == "|"]
    if len(closing) < _ROWS:
        return text, offsets, 0
    joins: set[int] = set()  # k: the line break after line k becomes a space
    for first, last in _rows(lines, closing):
        joins.update(range(first, last))
    if not joins:
        return text, offsets, 0
    chars = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if k in joins:
            chars[pos] = " "
        pos += 1
    return "".join(chars), offsets, len(joins)


def _rows(lines: list[str], closing: list[int]) -> list[tuple[int, int]]:
    """Return each row's first line and its lone bar.

    A row opens on the line after the lone bar that closed the row before it; the first row
    of a block opens on the line before its first ``|`` line (the header's first word), and
    counts only when a line of it opens a cell with ``|``.
    """
    rows: list[tuple[int, int]] = []
    previous: int | None = None  # the lone bar that closed the row before
    for bar in closing:
        first = previous + 1 if previous is not None else _block_start(lines, bar)
        # inside a block, a row may hold its first cell alone (the rest merged from above)
        alone = previous is not None and first < bar
        if alone or any(_opens_cell(lines[k]) for k in range(first, bar)):
            rows.append((first, bar))
            previous = bar
        else:
            previous = None
    return rows if len(rows) >= _ROWS else []


def _block_start(lines: list[str], bar: int) -> int:
    """Return the first line of the row a lone bar closes when no row closes right above:
    the line before the row's first ``|`` line."""
    k = bar
    while k > 0 and _opens_cell(lines[k - 1]):
        k -= 1
    return max(k - 1, 0) if k < bar else bar


def _opens_cell(line: str) -> bool:
    """Whether a line opens a cell with a bar and holds its text (| 党委宣传部), not bars alone
    or a cell closed on its line (| 序号 |: a table a cell a line of another layout)."""
    body = line.strip()
    return body.startswith("|") and body.strip("|").strip() != "" and not body.endswith("|")
