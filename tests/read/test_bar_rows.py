"""A table flattened a cell a line with bars (pipeline/read/bar_rows.py)."""

from __future__ import annotations

from pipeline.read.bar_rows import join_bar_rows

TABLE = (
    "任务分解表\n"
    "责任目标\n| 责任主体\n| 完成时间\n|\n"
    "1、校园环境\n| 后勤处\n| 10月\n|\n"
    "1.1保持整洁;\n|\n"
    "1.2展示\n校训\n| 宣传部\n团委\n| 10月\n|\n"
    "附件说明\n"
)


def test_each_row_goes_on_one_line_and_characters_keep_their_place() -> None:
    offsets = list(range(len(TABLE)))
    text, mapped, count = join_bar_rows(TABLE, offsets)
    assert text.split("\n") == [
        "任务分解表",
        "责任目标 | 责任主体 | 完成时间 |",
        "1、校园环境 | 后勤处 | 10月 |",
        "1.1保持整洁; |",  # its cells merged down from the row above
        "1.2展示 校训 | 宣传部 团委 | 10月 |",  # cells running on over lines
        "附件说明",
        "",
    ]
    assert (len(text), mapped, count) == (len(TABLE), offsets, 12)


def test_fewer_rows_or_cells_closed_on_their_line_are_no_such_table() -> None:
    two = "责任目标\n| 责任主体\n|\n1、校园环境\n| 后勤处\n|\n"
    assert join_bar_rows(two, list(range(len(two))))[2] == 0
    # a table a cell a line of another layout: each cell closed by its own bar
    closed = "|\n序号 |\n项目名称 |\n|\n1 |\n修路 |\n|\n2 |\n建桥 |\n|\n"
    assert join_bar_rows(closed, list(range(len(closed))))[2] == 0
