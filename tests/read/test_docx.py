from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pipeline.errors import IngestError
from pipeline.read.ingest import read


def test_table_rows_become_lines_of_tab_separated_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("附件")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["序号", "重点任务", "牵头单位"], strict=True):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text = "1", "建设平台"
    row[2].text = "市财政局"
    row[2].add_paragraph("市税务局")  # a second line in the cell: a second unit
    document.add_paragraph("末段")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    raw = read(path)
    assert raw.text == "附件\n序号\t重点任务\t牵头单位\n1\t建设平台\t市财政局 市税务局\n末段"


def test_a_merged_cell_is_one_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并"
    table.cell(0, 2).text = "单独"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read(path).text == "合并\t单独"


def test_a_broken_docx_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError, match=r"not a readable \.docx \(BadZipFile") as err:
        read(path)
    assert err.value.path == path


def test_a_cell_merged_down_is_repeated_in_each_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for (r, c), text in {(0, 0): "1", (1, 0): "2", (0, 1): "甲", (1, 1): "乙"}.items():
        table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(1, 2)).text = "市财政局"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read(path).text == "1\t甲\t市财政局\n2\t乙\t市财政局"
