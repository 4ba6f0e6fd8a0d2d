"""Read a .docx: paragraphs one per line, each table row a line of tab-separated cells.

The lines and spans of tasks and mentions in a .docx refer to this text: line N is the
N-th paragraph or table row of the document body, in order. python-docx reads the
package (a library for the format, not our own OOXML parsing). Paragraphs inside a table
cell are joined by a space (a unit separator), so a cell of units listed one per line
still splits into its units.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from pipeline.errors import IngestError


def docx_text(path: Path, data: bytes) -> str:
    """Return the body of a .docx as text: a line per paragraph or table row."""
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines += table_lines(block)
    except Exception as err:  # a broken package can fail in zipfile, lxml or python-docx
        raise IngestError(
            f"not a readable .docx ({type(err).__name__}: {err})",
            path=path,
            hint="open the file in Word or LibreOffice and save it again as .docx",
        ) from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError("the document has no text", path=path)
    return text


def table_lines(table: Table) -> list[str]:
    """Return one line per table row: its cells, tab-separated (a merged cell once)."""
    lines = []
    for row in table.rows:
        cells: list[_Cell] = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:  # a merged cell repeats
                cells.append(cell)
        lines.append("\t".join(_cell_text(c) for c in cells))
    return lines


def _cell_text(cell: _Cell) -> str:
    parts = (" ".join(p.text.split()) for p in cell.paragraphs)
    return " ".join(p for p in parts if p)
