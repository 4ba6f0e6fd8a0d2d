"""A table flattened a cell a line with bars (pipeline/read/bar_rows.py)."""

from __future__ import annotations

from pipeline.read.bar_rows import join_bar_rows
from pipeline.read.clean import clean
from tests.conftest import keeps_raw_places, raw_doc

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


def test_header_cells_wrapped_onto_lines_with_no_bar_stay_in_the_header() -> None:
    raw = (
        "分解表\n序号\n| 建设地点\n| 健身\n项目\n| 责任单位\n| 完成\n时间\n|\n"
        "1\n| 体育公园\n| 篮球场\n| 市城投集团\n| 2026年\n|\n"
        "2\n| 滨江公园\n| 游步道\n| 市园林局\n| 2027年\n|\n"
        "3\n| 人民广场\n| 门球场\n| 市体育局\n| 已建成\n|\n"
    )
    text, _, _ = join_bar_rows(raw, list(range(len(raw))))
    assert text.split("\n")[:3] == [
        "分解表",
        "序号 | 建设地点 | 健身 项目 | 责任单位 | 完成 时间 |",  # before: 时间 | … alone
        "1 | 体育公园 | 篮球场 | 市城投集团 | 2026年 |",
    ]


def test_fewer_rows_or_cells_closed_on_their_line_are_no_such_table() -> None:
    two = "责任目标\n| 责任主体\n|\n1、校园环境\n| 后勤处\n|\n"
    assert join_bar_rows(two, list(range(len(two))))[2] == 0
    # a table a cell a line of another layout: each cell closed by its own bar
    closed = "|\n序号 |\n项目名称 |\n|\n1 |\n修路 |\n|\n2 |\n建桥 |\n|\n"
    assert join_bar_rows(closed, list(range(len(closed))))[2] == 0


def test_cells_each_closed_by_a_lone_bar_make_rows_as_wide_as_the_header() -> None:
    raw = (
        "清单\n重点工作\n|\n具体任务\n|\n责任单位\n|\n一、健全机制\n|\n规范协议\n|\n完善协议管理。\n|\n"
        "市医保局\n市卫健委\n|\n开展检查\n|\n每年检查一次。\n|\n市医保局\n|\n"
    )
    result = clean(raw_doc(raw))
    assert result.text.split("\n") == [
        "清单",
        "重点工作 | 具体任务 | 责任单位 |",
        "一、健全机制 | | |",
        "规范协议 | 完善协议管理。 | 市医保局 市卫健委 |",
        "开展检查 | 每年检查一次。 | 市医保局 |",
        "",
    ]
    assert dict(result.steps)["bar_rows"] == 10
    # every character keeps its raw place; a group row's added bars take its own bar's
    assert keeps_raw_places(result.text, result.raw, result.to_raw)


def test_cells_closed_by_lone_bars_under_no_header_words_stay_as_they_are() -> None:
    raw = "甲\n|\n乙\n|\n丙\n|\n丁\n|\n戊\n|\n己\n|\n庚\n|\n辛\n|\n壬\n|\n"
    assert clean(raw_doc(raw)).text == raw


def test_rows_each_closed_by_a_second_bar_under_a_title_and_wrapped_header_words() -> None:
    raw = (
        "目标考核表\n|\n序号\n|\n考核指标\n|\n责任\n股室\n|\n监督电话\n|\n|\n"
        "1\n|\n收入增长6%。\n|\n综合股\n|\n1234567\n|\n|\n"
        "2\n|\n新开工项目80个。\n|\n项目中心\n|\n1234567\n|\n|\n"
        "3\n|\n能耗下降3%。\n|\n节约股\n|\n1234567\n|\n"
    )
    result = clean(raw_doc(raw))
    assert result.text.split("\n") == [
        "目标考核表",
        "|",
        "序号 | 考核指标 | 责任 股室 | 监督电话 |",
        "  1 | 收入增长6%。 | 综合股 | 1234567 |",
        "  2 | 新开工项目80个。 | 项目中心 | 1234567 |",
        "  3 | 能耗下降3%。 | 节约股 | 1234567 |",
        "",
    ]
    assert keeps_raw_places(result.text, result.raw, result.to_raw)


def test_a_bar_alone_inside_a_row_closed_by_a_second_bar_is_an_empty_cell() -> None:
    raw = (
        "工作目标任务\n|\n完成时间\n|\n牵头部门\n|\n配合部门\n|\n|\n"
        "制定计划。\n|\n年内\n|\n应急局\n财政局\n|\n住建局\n|\n|\n"
        "新增测点。\n|\n|\n气象局\n|\n|\n|\n"
        "出台办法。\n|\n年内\n|\n司法局\n|\n应急局\n|\n|\n"
    )
    result = clean(raw_doc(raw))
    assert result.text.split("\n") == [
        "工作目标任务 | 完成时间 | 牵头部门 | 配合部门 |",  # a title word's part heads it
        "  制定计划。 | 年内 | 应急局 财政局 | 住建局 |",
        "  新增测点。 | | 气象局 | |",  # an empty cell inside the row, then its last
        "  出台办法。 | 年内 | 司法局 | 应急局 |",
        "|",  # (a second bar after the last row closes the table, as printed)
        "",
    ]
    assert keeps_raw_places(result.text, result.raw, result.to_raw)


def test_a_second_bar_under_cells_of_no_header_words_joins_nothing() -> None:
    raw = "甲\n|\n乙\n|\n|\n丙\n|\n丁\n|\n|\n戊\n|\n己\n|\n|\n"
    assert clean(raw_doc(raw)).text == raw


NUMBERED = (
    "1\n|\n一、稳定生产\n|\n播种面积稳定。\n|\n种植业科\n|\n赵明远\n|\n2025年底前\n|\n"
    "2\n|\n新建农田。\n|\n农田建设科\n市农机中心\n|\n|\n2025年底前\n|\n"
    "3\n|\n建设冷库。\n|\n市场信息科\n|\n李文清\n|\n|\n"
)


def test_a_headerless_table_s_rows_run_from_number_to_number() -> None:
    offsets = list(range(len(NUMBERED)))
    text, mapped, count = join_bar_rows(NUMBERED, offsets)
    assert text.split("\n") == [
        "1 | 一、稳定生产 | 播种面积稳定。 | 种植业科 | 赵明远 | 2025年底前 |",  # a group's heading
        "2 | 新建农田。 | 农田建设科 市农机中心 | | 2025年底前 |",  # two bars: an empty cell
        "3 | 建设冷库。 | 市场信息科 | 李文清 | |",  # an empty cell ends the row
        "",
    ]
    assert (len(text), mapped, count) == (len(NUMBERED), offsets, 16)  # cells joined


def test_a_headerless_table_s_last_row_may_be_short() -> None:
    cut = NUMBERED + "4\n|\n推广绿色\n种植技术"  # the page's end cuts its title cell
    text, _, count = join_bar_rows(cut, list(range(len(cut))))
    assert text.split("\n")[3:] == ["4 | 推广绿色 种植技术"]
    assert count == 17  # (the cut cell, closed by no bar, is no cell of the count)
    closed = NUMBERED + "4\n|\n推广绿色。\n|\n"  # closed by its bar: still a row
    text, _, count = join_bar_rows(closed, list(range(len(closed))))
    assert text.split("\n")[3:] == ["4 | 推广绿色。 |", ""]
    assert count == 18


def test_a_headerless_table_needs_its_rows_numbered_from_one() -> None:
    late = NUMBERED.replace("1\n|\n一、", "5\n|\n一、", 1)
    assert join_bar_rows(late, list(range(len(late))))[2] == 0
    before = "目标\n|\n" + NUMBERED  # a cell before row 1 that heads no column
    assert join_bar_rows(before, list(range(len(before))))[2] == 0


def test_a_group_column_first_prints_its_cell_in_a_group_s_first_row_only() -> None:
    table = (
        "类别\n|\n序号\n|\n任务名称\n|\n责任部门\n|\n"
        "(一)\n推进\n|\n1\n|\n建设示范村\n|\n区农业农村委*\n|\n"
        "2\n|\n创建美丽乡村\n|\n区规划资源局\n|\n"
        "(二)\n集中居住\n|\n3\n|\n推进集中居住\n|\n区房管局\n|\n"
    )
    text, mapped, _ = join_bar_rows(table, list(range(len(table))))
    assert text.split("\n") == [
        "类别 | 序号 | 任务名称 | 责任部门 |",
        "(一) 推进 | 1 | 建设示范村 | 区农业农村委* |",
        "2 | 创建美丽乡村 | 区规划资源局 |",  # the group's cell merged down: left out
        "(二) 集中居住 | 3 | 推进集中居住 | 区房管局 |",
        "",
    ]
    assert len(mapped) == len(text) == len(table)  # each separator at its bar's place
    assert [mapped[text.index(c)] for c in "推区集"] == [table.index(c) for c in "推区集"]


def test_a_grouped_table_s_last_cell_the_page_cuts_joins_its_row() -> None:
    table = (
        "类别\n|\n序号\n|\n任务名称\n|\n责任部门\n|\n责任街镇\n|\n"
        "(一)\n推进\n|\n1\n|\n建设示范村\n|\n区农业农村委*\n|\n东湖镇\n|\n"
        "2\n|\n创建美丽乡村\n|\n区规划资源局\n|\n西林镇\n|\n"
        "3\n|\n推进集中居住\n|\n区房管局\n|\n东湖镇、\n西林镇、"  # cut in its last cell
    )
    text, mapped, _ = join_bar_rows(table, list(range(len(table))))
    assert text.split("\n")[3:] == ["3 | 推进集中居住 | 区房管局 | 东湖镇、 西林镇、"]
    assert len(mapped) == len(text) == len(table)
    assert mapped[text.index("西林镇、")] == table.index("西林镇、")
    # a whole last row, then a line of text where the page ends: no cell of the row
    whole = table.replace("东湖镇、\n西林镇、", "东湖镇\n|\n抄送：区委办")
    text, _, _ = join_bar_rows(whole, list(range(len(whole))))
    assert text.split("\n")[3:] == ["3 | 推进集中居住 | 区房管局 | 东湖镇 |", "抄送：区委办"]


def test_a_header_line_of_two_closed_cells_breaks_after_its_first_bar() -> None:
    table = "序号 | 任务目录 |\n具体内容 |\n责任单位 |\n1 |\n建立机制。 |\n"
    text, mapped, count = join_bar_rows(table, list(range(len(table))))
    assert text.split("\n")[:2] == ["序号 |", "任务目录 |"]
    assert (len(text), mapped, count) == (len(table), list(range(len(table))), 1)
    prose = "甲 | 乙 |\n具体内容 |\n责任单位 |\n1 |\n"  # no header words: left as printed
    assert join_bar_rows(prose, list(range(len(prose))))[0] == prose
