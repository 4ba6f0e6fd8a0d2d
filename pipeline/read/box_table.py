"""A table drawn with box characters, as a text copy of a Word or PDF table prints it:

    ┌──┬────┬────────────┐
    │序号│责任单位│ 任务目标 │
    ├──┼────┼────────────┤
    │ 1 │ 金水区 │1.新建绿地50万平方米。 │
    │ │ ├────────────┤
    │ │ │2.新建游园5个,每个面积 │
    │ │ │不少于4000平方米。 │
    └──┴────┴────────────┘

The lines are not aligned (a Chinese character prints two columns wide, and a cell's padding
is lost), so columns are counted, not measured: the pieces of a line between its rules are
its cells. ``box_tables`` puts the header on one line and each row on a line of its own,
cells apart by `` | ``, the form the table reader reads (pipeline/parse/table.py):

- a cell's text wrapped over several lines is joined (恩平市政 / 府: 恩平市政府), but lines
  that each hold a unit's name stay apart by a space (市城管局 / 市水利局);
- the header ends at a rule under every column, or under all but the first ones, left open
  by a group's cell merged down the table's left side (│技│序号│… / │ ├──┼──┤);
- a rule under some columns only ends a row there: the columns it leaves open are merged
  cells, repeated in every row they span (a unit over its numbered tasks);
- a header column split into sub-columns (项目投入 over 总投入 │ 省级补助 …) stays one
  column: the sub-columns' cells below are joined into it, apart by spaces. Which columns
  split is read from the header's rule that opens them (``├──┬──┤`` under 项目投入); a line
  with a count of cells no header line explains leaves the whole table as printed.

Every character keeps its raw offset; a repeated cell keeps its printed one, and the bars
and line breaks added take the offset of the rule closing the row's last line (a row's
span in the raw file ends there).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from pipeline.grammar import default_grammar
from pipeline.model import line_offsets
from pipeline.read.chinese import blank_from
from pipeline.read.rewrite import Offsets

#: Vertical rules and the junctions a rule line prints between cells.
_EDGES = "│┃║├┼┤┬┴┌┐└┘┠┨┣┫╋╟╢╠╣╬╞╡╪┝┥┿┯┷┰┸╤╧╥╨╔╗╚╝"
#: A junction that opens a sub-column under a cell (├──┬──┤): no new column of the header.
_SPLIT = "┬┯┰╤╥"
#: The characters of a horizontal rule.
_RULE = "─━═"
#: Lines a table needs: a rule, a header line and a rule.
_MIN_LINES = 3
#: The most cells a line of a table holds: more is no table (and keeps a hostile line linear).
_MAX_CELLS = 64

#: The length of a unit's name printed alone on a cell's line (市经委 … 市住房和城乡建设局).
_NAME_MIN, _NAME_MAX = 3, 20
#: Marks no unit's name holds: a piece with one is a sentence's.
_STOPS = "。，；：,;:"

Span = tuple[int, int]
#: A space between two sub-columns' cells joined into their column (no span of the text).
_SPACE: Span = (-1, -1)


@dataclass(frozen=True)
class _Line:
    """One line of a box table: its cells' spans, the junction before each cell, each
    cell's kind (text, blank or rule) and its text's span without spaces."""

    cells: tuple[Span, ...]
    before: tuple[str, ...]
    kinds: tuple[str, ...]
    texts: tuple[Span, ...]

    @property
    def ruled(self) -> bool:
        """Whether a rule runs under some cell of the line (it ends a row there)."""
        return "rule" in self.kinds


def _line(text: str, start: int, end: int, cut: bool = False) -> _Line:
    """Read the line ``text[start:end]`` of a box table; a line the text's end ``cut`` keeps
    its text after its last rule as a cell (│  │     │净化等工程。)."""
    edges = [i for i in range(start, end) if text[i] in _EDGES]
    if cut and edges and text[edges[-1] + 1 : end].strip():
        edges.append(end)
    cells = tuple((a + 1, b) for a, b in itertools.pairwise(edges))
    return _Line(
        cells=cells,
        before=tuple(text[a - 1] for a, _ in cells),
        kinds=tuple(_kind(text[a:b]) for a, b in cells),
        texts=tuple(_trimmed(text, a, b) for a, b in cells),
    )


def _trimmed(text: str, start: int, end: int) -> Span:
    """Return a cell's span without the spaces around its text."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _kind(cell: str) -> str:
    """Return what a cell holds: text, nothing (a merged cell going on) or a rule."""
    body = cell.strip()
    if not body:
        return "blank"
    return "rule" if all(ch in _RULE for ch in body) else "text"


def box_tables(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Rewrite each table drawn with box characters as a header line and a line a row."""
    endings = default_grammar().name_endings
    starts = line_offsets(text)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    boxed = [_is_box_line(text, s, e) for s, e in zip(starts, ends, strict=True)]
    parts: list[str] = []
    mapped: Offsets = []
    pos = count = 0
    k = 0
    while k < len(starts):
        if not boxed[k]:
            k += 1
            continue
        last = k
        while last + 1 < len(starts) and boxed[last + 1]:
            last += 1
        # a last line the text's end cuts before its closing rule (│ 2 │…│净化等工程。)
        open_end = last + 1 < len(starts) and _cut_box_line(text, starts[last + 1], ends[last + 1])
        last += open_end
        lines = [_line(text, starts[j], ends[j], j == last) for j in range(k, last + 1)]
        cut = blank_from(text, ends[last])
        rows = _rows(text, lines, cut, endings) if last - k + 1 >= _MIN_LINES else None
        if rows:
            parts.append(text[pos : starts[k]])
            mapped += offsets[pos : starts[k]]
            for last_line, cells in rows:
                anchor = offsets[ends[k + last_line] - 1]  # the row's last rule
                for n, spans in enumerate(cells):
                    if n:
                        parts.append(" | ")
                        mapped += [anchor] * 3
                    for s, e in spans:
                        parts.append(text[s:e] if s >= 0 else " ")
                        mapped += offsets[s:e] if s >= 0 else [anchor]
                parts.append(" |\n")
                mapped += [anchor] * 3
            pos = min(ends[last] + 1, len(text))
            count += len(rows)
        k = last + 1
    if not count:
        return text, offsets, 0
    parts.append(text[pos:])
    mapped += offsets[pos:]
    joined = "".join(parts)
    if not text.endswith("\n") and joined.endswith("\n"):
        joined, mapped = joined[:-1], mapped[:-1]
    return joined, mapped, count


def _is_box_line(text: str, start: int, end: int) -> bool:
    """Whether a line is a box table's: it opens and closes with a rule's character."""
    body = text[start:end].strip()
    return len(body) >= 2 and body[0] in _EDGES and body[-1] in _EDGES + _RULE


def _cut_box_line(text: str, start: int, end: int) -> bool:
    """Whether a line opening with a rule's character, with no closing one, is the text's
    last: a box table's line the page cut."""
    body = text[start:end].strip()
    return len(body) >= 2 and body[0] in _EDGES and blank_from(text, end)


def _rows(
    text: str, lines: list[_Line], cut: bool, endings: str
) -> list[tuple[int, list[list[Span]]]] | None:
    """Return the header and each row: the index of its last line of text, and each
    column's spans of text; None when the lines make no table read so. ``cut``: the text
    ends with the lines, its last one perhaps cut short; ``endings``: the characters a
    unit's name ends with."""
    top = next((n for n, line in enumerate(lines) if not line.ruled and line.cells), None)
    if top is None:
        return None
    width = len(lines[top].cells)
    if any(len(line.cells) > _MAX_CELLS for line in lines):
        return None
    maps: dict[int, list[int]] = {width: list(range(width))}
    head_end = next(
        (n for n in range(top + 1, len(lines)) if _closes_header(lines[n], width)), len(lines)
    )
    for line in lines[top:head_end]:
        if line.ruled and (split := _split_map(line, width)) is not None:
            maps.setdefault(len(line.cells), split)
    if cut and len(lines[-1].cells) not in maps:
        # ┃ ┣━━━ where the page stops: a line it cut, closing the last row; a row's first
        # line of text it cut (│24│ │那吉镇水厂扩│… │ 61 │ │ ) keeps the cells printed
        wider = [w for w in maps if w > len(lines[-1].cells)]
        cut_row = wider and not lines[-1].ruled and "text" in lines[-1].kinds
        lines = lines[:-1] + ([_padded(lines[-1], min(wider))] if cut_row else [])
    if any(len(line.cells) not in maps for line in lines[top:] if line.cells):
        return None
    header: list[list[Span]] = [[] for _ in range(width)]
    for line in lines[top:head_end]:
        columns = maps[len(line.cells)]
        for i, kind in enumerate(line.kinds):
            if kind == "text" and columns.count(columns[i]) == 1:  # no sub-column's word
                header[columns[i]].append(line.texts[i])
    rows: list[tuple[int, list[list[Span]]]] = [(head_end - 1, header)]
    cells: list[list[Span]] = [[] for _ in range(width)]
    spanned: list[list[int]] = [[] for _ in range(width)]  # rows a merged cell spans so far
    fresh: int | None = None  # the last line of the row's new text
    for n in range(head_end + 1, len(lines)):
        line = lines[n]
        columns = maps.get(len(line.cells), [])
        if line.ruled and fresh is not None:
            rows.append((fresh, [list(c) for c in cells]))
            for c in range(width):
                spanned[c].append(len(rows) - 1)
            fresh = None
        closed = {columns[i] for i, kind in enumerate(line.kinds) if kind == "rule"}
        for c in closed:
            cells[c], spanned[c] = [], []
        added: set[int] = set()
        for i, kind in enumerate(line.kinds):
            if kind == "text":
                if columns[i] in added:  # sub-columns' cells on one line: apart by a space
                    cells[columns[i]].append(_SPACE)
                elif _names_apart(text, cells[columns[i]], line.texts[i], endings):
                    cells[columns[i]].append(_SPACE)  # 市城管局 / 市水利局: a name a line
                cells[columns[i]].append(line.texts[i])
                added.add(columns[i])
                fresh = n
                for r in spanned[columns[i]]:  # a merged cell printed half way down it
                    if not rows[r][1][columns[i]]:  # (┃ 1 ┃ ┃ ┃ between its rows' rules):
                        rows[r][1][columns[i]].append(line.texts[i])  # the rows above too
    if fresh is not None:
        rows.append((fresh, cells))
    return rows if len(rows) > 1 else None


def _names_apart(text: str, above: list[Span], piece: Span, endings: str) -> bool:
    """Whether a cell's ``piece`` of text on its line and the text ``above`` it in the cell
    are each a unit's name, a name a line (市城管局 / 市水利局): both end as a name ends and
    the piece is a name's length. A name wrapped (恩平市政 / 府) joins as printed."""
    if not above or above[-1] == _SPACE:
        return False
    (_, last), (start, end) = above[-1], piece
    return (
        text[last - 1] in endings
        and text[end - 1] in endings
        and _NAME_MIN <= end - start <= _NAME_MAX
        and not any(ch in _STOPS for ch in text[start:end])
    )


def _closes_header(line: _Line, width: int) -> bool:
    """Whether a rule line closes the header: a rule under every column, or under all but
    the first columns, left open by a group's cell merged down the table's left side
    (``│ ├──┼──┤`` under ``│技│序号│项目│``: the group's name printed a character a line)."""
    kinds = line.kinds
    if set(kinds) == {"rule"}:
        return True
    first_rule = kinds.index("rule") if "rule" in kinds else 0
    return (
        len(kinds) == width
        and first_rule > 0
        and set(kinds[:first_rule]) == {"blank"}
        and set(kinds[first_rule:]) == {"rule"}
    )


def _padded(line: _Line, width: int) -> _Line:
    """Return ``line`` with blank cells after its last up to ``width``."""
    end = line.cells[-1][1] if line.cells else 0
    more = width - len(line.cells)
    return _Line(
        cells=line.cells + ((end, end),) * more,
        before=line.before + ("│",) * more,
        kinds=line.kinds + ("blank",) * more,
        texts=line.texts + ((end, end),) * more,
    )


def _split_map(line: _Line, width: int) -> list[int] | None:
    """Return the header column of each cell of a rule line that opens sub-columns
    (``│ 限 ├──┬──┬──┤``: a rule after a junction that opens no sub-column starts a column,
    one after ``┬`` goes on with it), or None when the columns it gives are not ``width``."""
    columns: list[int] = []
    column = -1
    for kind, before in zip(line.kinds, line.before, strict=True):
        if not (kind == "rule" and before in _SPLIT):
            column += 1
        columns.append(column)
    return columns if column + 1 == width else None
