"""A table drawn with box characters (pipeline/read/box_table.py)."""

from __future__ import annotations

from pipeline.read.box_table import box_tables
from pipeline.read.clean import clean
from tests.conftest import keeps_raw_places, raw_doc

TABLE = (
    "任务表\n"
    "┌──┬────┬──────┬─────┐\n"
    "│序号│责任单位│ 任务目标 │ 资金 │\n"
    "│ │ │ ├──┬──┤\n"
    "│ │ │ │市级│区级│\n"
    "├──┼────┼──────┼──┼──┤\n"
    "│ 1 │ 东城区 │1.新建公园。 │ 4 │ 1 │\n"
    "│ │ ├──────┼──┼──┤\n"
    "│ │ │2.补植行道 │ 5 │ 5 │\n"
    "│ │ │树。 │ │ │\n"
    "├──┼────┼──────┼──┼──┤\n"
    "│ 2 │ 西城区 │新建绿道。 │ 6 │ │\n"
    "│ │ 政府 │ │ │ │\n"
    "└──┴────┴──────┴──┴──┘\n"
    "附件说明\n"
)


def test_each_row_goes_on_a_line_and_merged_cells_repeat() -> None:
    offsets = list(range(len(TABLE)))
    text, mapped, rows = box_tables(TABLE, offsets)
    assert text.split("\n") == [
        "任务表",
        "序号 | 责任单位 | 任务目标 | 资金 |",
        "1 | 东城区 | 1.新建公园。 | 4 1 |",
        "1 | 东城区 | 2.补植行道树。 | 5 5 |",
        "2 | 西城区政府 | 新建绿道。 | 6 |",
        "附件说明",
        "",
    ]
    assert rows == 4
    # every character keeps its raw place; a repeated cell keeps its printed one
    assert keeps_raw_places(text, TABLE, mapped)
    second = text.split("\n")[3]
    at = text.index(second) + second.index("东城区")
    assert mapped[at] == TABLE.index("东城区")


def test_the_clean_step_reads_a_box_table() -> None:
    result = clean(raw_doc(TABLE))
    assert "序号 | 责任单位 | 任务目标 | 资金 |" in result.text.split("\n")
    assert dict(result.steps)["box_tables"] == 4


def test_a_line_with_a_count_of_cells_no_header_explains_leaves_the_table() -> None:
    broken = TABLE.replace("│ 2 │ 西城区 │新建绿道。 │ 6 │ │", "│ 2 │ 西城区 │新建│绿道。 │ 6 │ │")
    assert box_tables(broken, list(range(len(broken))))[0] == broken


def test_box_lines_too_few_for_a_table_stay() -> None:
    text = "说明\n┌──┐\n│甲│\n"
    assert box_tables(text, list(range(len(text))))[0] == text


def test_a_last_line_the_text_cuts_before_its_closing_rule_keeps_its_text() -> None:
    cut = TABLE[: TABLE.index("│ │ 政府 │")] + "│ │ 政府"  # the page stops inside the line
    text, mapped, rows = box_tables(cut, list(range(len(cut))))
    assert text.split("\n")[-1] == "2 | 西城区政府 | 新建绿道。 | 6 |"
    assert rows == 4
    assert keeps_raw_places(text, cut, mapped)
    # a line opening with a rule that the text goes on after is no cut line of the table
    after = cut + "\n附件说明\n"
    assert "│ │ 政府\n附件说明" in box_tables(after, list(range(len(after))))[0]


GROUPED = (
    "┌─┬──┬────┬────┬────┐\n"
    "│指│序号│ 项目 │责任单位│配合单位│\n"
    "│ ├──┼────┼────┼────┤\n"
    "│标│ 1 │用水重复│ 市经委 │市城管局│\n"
    "│ │ │利用率 │ │市水利局│\n"
    "│ ├──┼────┼────┼────┤\n"
    "│ │ 2 │管网漏损│市城管局│各区政府│\n"
    "└─┴──┴────┴────┴────┘\n"
)


def test_a_group_cell_merged_down_the_left_side_leaves_the_header_its_rule() -> None:
    text, _, rows = box_tables(GROUPED, list(range(len(GROUPED))))
    assert text.split("\n") == [
        "指 | 序号 | 项目 | 责任单位 | 配合单位 |",
        # the group's name, a character a line, is the rows' merged cell; a unit a line
        # in a unit's cell stays apart from the one above it, a wrapped title joins
        "标 | 1 | 用水重复利用率 | 市经委 | 市城管局 市水利局 |",
        "标 | 2 | 管网漏损 | 市城管局 | 各区政府 |",
        "",
    ]
    assert rows == 3
