from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.read.ingest import read

PAGE = """<html><head><meta charset="{charset}"><title>标题栏</title>
<script>var a = "不要";</script></head><body>
<nav><a href="/">首页</a><a href="/x">政务公开</a><a href="/y">政策文件</a></nav>
<div id="zoom"><p>一、主要任务</p>
<p>1.建设平台。<!-- 注释 -->（市财政局牵头，市税务局配合）</p>
<table><tr><th>序号</th><th>重点任务</th></tr>
<tr><td>1</td><td>推进<b>改革</b><br>试点</td></tr></table>
<p>落款单位</p></div>
<footer>版权所有 联系我们</footer></body></html>"""


def test_main_text_and_table_rows_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    raw = read(path)
    assert raw.encoding == "html"
    assert raw.text.split("\n") == [
        "一、主要任务",
        "1.建设平台。（市财政局牵头，市税务局配合）",
        "序号\t重点任务",
        "1\t推进改革 试点",
        "落款单位",
    ]


def test_a_gbk_page_is_decoded_by_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "plan.htm"
    path.write_bytes(PAGE.format(charset="gbk").encode("gbk"))
    assert read(path).text.startswith("一、主要任务\n1.建设平台。")


def test_a_page_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="the page has no text"):
        read(path)


def test_a_deeply_nested_page_reads_without_recursion(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 5000
    path.write_text("<div>" * depth + "<p>1.建设平台。</p>" + "</div>" * depth, encoding="utf-8")
    assert read(path).text == "1.建设平台。"


def test_a_cell_spanning_rows_is_repeated_in_each_row(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(
        "<table><tr><td>1</td><td rowspan='3'>甲</td><td colspan='2'>乙</td></tr>"
        "<tr><td>2</td><td>丙</td><td>丁</td></tr>"
        "<tr><td>3</td></tr></table>",
        encoding="utf-8",
    )
    assert read(path).text.split("\n") == ["1\t甲\t乙\t", "2\t甲\t丙\t丁", "3\t甲"]


def test_a_header_of_two_rows_is_one_line_of_the_lower_words(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(
        "<table><thead><tr><th rowspan='2'>序号</th><th rowspan='2'>重点任务</th>"
        "<th colspan='2'>责任单位</th><th rowspan='2'>完成时限</th></tr>"
        "<tr><th>牵头单位</th><th>配合单位</th></tr></thead>"
        "<tbody><tr><td>1</td><td>甲</td><td>市财政局</td><td></td><td>年底</td></tr>"
        "</tbody></table>",
        encoding="utf-8",
    )
    assert read(path).text.split("\n") == [
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t甲\t市财政局\t\t年底",
    ]


def test_a_header_of_td_words_spanning_two_rows_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(
        "<table><tr><td rowspan='2'>序号</td><td rowspan='2'>任务</td>"
        "<td colspan='2'>责任单位</td></tr><tr><td>牵头</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>甲</td><td>市财政局</td><td>市税务局</td></tr></table>",
        encoding="utf-8",
    )
    assert read(path).text.split("\n") == [
        "序号\t任务\t牵头\t配合单位",
        "1\t甲\t市财政局\t市税务局",
    ]


def test_a_data_row_below_a_spanning_header_cell_stays_a_row(tmp_path: Path) -> None:
    # The header claims two rows, but the second is data (it holds a number): not merged.
    path = tmp_path / "plan.html"
    path.write_text(
        "<table><tr><th rowspan='2'>序号</th><th colspan='2'>任务</th></tr>"
        "<tr><td>1</td><td>甲</td></tr></table>",
        encoding="utf-8",
    )
    assert read(path).text.split("\n") == ["序号\t任务\t", "序号\t1\t甲"]
