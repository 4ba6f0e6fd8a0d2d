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
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.parse.loose import PAD, trim

Span = tuple[int, int]
#: Bounds that keep a hostile file linear: header words, cells one row may hold.
_HEADER_WORDS = 16
_ROW_CELLS = 16


def header(
    text: str, lines: list[Span], i: int, known: Callable[[str], bool]
) -> tuple[list[Span], int] | None:
    """Return the header cells from line ``i``, each followed by bars, and the next line."""
    words: list[Span] = []
    j, bars = i, False
    while j < len(lines) and len(words) <= _HEADER_WORDS:
        s, e = lines[j]
        line, value = text[s:e].strip(), text[s:e].strip(PAD)
        if line and not value:
            bars = True
        elif value:
            if (words and not bars) or value.isdecimal() or not known(value):
                break
            words.append(trim(text, s, e))
            bars = "|" in line
        j += 1
    if len(words) < 3 or not bars:
        return None
    return words, _after_bars(text, lines, j)


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
            if open_cell:
                break
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
