"""Tables a cell a line whose header holds unknown or wrapped words (pipeline/parse/loose.py)."""

from __future__ import annotations

from pipeline.parse import loose
from tests.parse.test_parser import HEAD, parse_text, units

KNOWN = {"序号", "项目名称", "责任单位"}


def spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def cells(text: str, row: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in row]


def test_a_wrapped_header_word_is_joined_when_the_join_is_a_header_word() -> None:
    text = "序号\n\n项目名称\n总投资\n（万元）\n资金\n来源\n责任\n单位\n1\n"
    found = loose.header(text, spans(text), 0, KNOWN.__contains__, "（(")
    assert found == loose.Header(
        ("序号", "项目名称", "总投资（万元）", "资金", "来源", "责任单位"), 9, spaced=False
    )


def test_a_line_that_is_no_header_word_joins_the_next_when_they_make_one() -> None:
    # 市政府 / 分管领导: the second part is a header word alone, the first is not
    known = {"序号", "重点工作", "分管领导", "市政府分管领导", "牵头单位"}
    text = "序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n备注\n\n1\n"
    found = loose.header(text, spans(text), 0, known.__contains__, "（")
    assert found == loose.Header(
        ("序号", "重点工作", "市政府分管领导", "牵头单位", "备注"), 12, spaced=True
    )
    # two header words in a row stay two columns even when joined they make a third
    both = {"责任", "单位", "责任单位", "序号"}
    text = "序号\n责任\n单位\n1\n"
    found = loose.header(text, spans(text), 0, both.__contains__, "（")
    assert found is not None and found.words == ("序号", "责任", "单位")


def test_group_rows_before_the_first_row_end_the_header() -> None:
    text = (
        "序号\n\n重点工作\n\n牵头单位\n\n备注\n\n强化创新能力。\n\n\n\n\n\n"
        "（一）\n\n建设实验室。\n\n\n\n\n\n1\n"
    )
    found = loose.header(text, spans(text), 0, KNOWN.__contains__, "（")
    assert found == loose.Header(("序号", "重点工作", "牵头单位", "备注"), 22, spaced=True)


def test_a_line_opening_with_a_section_number_ends_the_header() -> None:
    # 一、2026年主要预期目标 holds no sentence mark, yet it is a section row, no header word
    text = "序号\n\n项目名称\n\n责任单位\n\n一、2026年主要预期目标\n\n3\n"
    found = loose.header(text, spans(text), 0, KNOWN.__contains__, "（")
    assert found == loose.Header(("序号", "项目名称", "责任单位"), 8, spaced=True)


def test_a_line_longer_than_a_header_cell_before_the_first_row_is_a_group_row() -> None:
    text = "序号\n名称\n工作任务\n主要责任单位\n经济社会发展主要预期目标分解（15项）\n1\n"
    found = loose.header(text, spans(text), 0, lambda _w: False, "（")
    assert found is not None and found.words == ("序号", "名称", "工作任务", "主要责任单位")
    # a long header word inside the header stays one
    text = "序号\n牵头单位\n目前完成情况、存在问题及下一步工作措施\n备注\n1\n"
    found = loose.header(text, spans(text), 0, lambda _w: False, "（")
    assert found is not None and len(found.words) == 4


def test_in_a_spaced_table_each_further_blank_line_is_an_empty_cell() -> None:
    text = "1\n\n甲。\n\n城局\n\n\n2\n\n乙。\n\n\n丙\n"
    found, end = loose.rows(text, spans(text), 0, 4, spaced=True)
    assert [cells(text, row) for row, _ in found] == [
        ["1", "甲。", "城局", ""],
        ["2", "乙。", "", "丙"],
    ]
    assert end == 13
    unspaced, _ = loose.rows(text, spans(text), 0, 4)
    assert [cells(text, row) for row, _ in unspaced] == [["1", "甲。", "城局"], ["2", "乙。", "丙"]]


def test_in_a_spaced_table_a_group_row_after_a_full_row_is_skipped() -> None:
    text = "1\n\n甲。\n\n城局\n\n（二）\n\n建设乙。\n\n\n\n2\n\n丙。\n\n住局\n\n注：以上。\n"
    found, end = loose.rows(text, spans(text), 0, 3, spaced=True)
    assert [cells(text, row) for row, _ in found] == [["1", "甲。", "城局"], ["2", "丙。", "住局"]]
    assert end == 17  # the note after the last row starts no group before a next number


def test_after_section_rows_the_next_row_may_skip_numbers_but_not_go_back() -> None:
    # a section's rows taken out of a longer table: 3, then 68 and 69 under a later section
    text = "3\n\n甲。\n\n城局\n\n二、扩投资，优服务\n\n三、强产业，优布局\n\n68\n\n乙。\n\n住局\n\n69\n\n丙。\n\n水局\n"
    found, _ = loose.rows(text, spans(text), 0, 3, spaced=True)
    assert [cells(text, row)[0] for row, _ in found] == ["3", "68", "69"]
    # numbers that start again from 1 under the section are another table's
    text = "3\n\n甲。\n\n城局\n\n二、扩投资，优服务\n\n1\n\n乙。\n\n住局\n"
    found, end = loose.rows(text, spans(text), 0, 3, spaced=True)
    assert [cells(text, row) for row, _ in found] == [["3", "甲。", "城局"]]
    assert end == 5  # the line after the row's last cell


def test_a_stacked_table_with_section_rows_between_rows_that_skip_numbers() -> None:
    cells_ = [
        "序号", "重点工作任务", "主要责任单位", "协同配合单位",
        "一、2026年主要预期目标",
        "4", "接待游客增长8%。", "区文旅局", "区统计局、各乡镇人民政府。",
        "二、扩内需，促消费", "三、强产业，优布局",
        "17", "办好戏曲节。", "区文旅局", "区商务局。",
    ]  # fmt: skip
    doc = parse_text(HEAD + "\n\n".join(cells_) + "\n")
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (4, "接待游客增长8%", (["区文旅局"], [], ["区统计局", "各乡镇人民政府"])),
        (17, "办好戏曲节", (["区文旅局"], [], ["区商务局"])),
    ]


def test_a_header_without_a_row_after_it_is_no_header() -> None:
    text = "序号\n项目名称\n责任单位\n"
    assert loose.header(text, spans(text), 0, KNOWN.__contains__, "（") is None


def test_a_line_of_bars_ends_a_row_and_each_bar_after_the_first_is_an_empty_cell() -> None:
    text = "1 |\n甲 |\n乙 |\n||\n2 |\n丙 |\n|\n3 |\n丁 |\n"
    found, end = loose.rows(text, spans(text), 0, 4)
    assert [(cells(text, row), closed) for row, closed in found] == [
        (["1", "甲", "乙", ""], True),
        (["2", "丙"], True),
        (["3", "丁"], False),
    ]
    assert end == 9


def test_a_header_whose_cells_stand_between_bars_alone_is_barred_not_spaced() -> None:
    text = "|\n序号\n|\n决策事项\n|\n责任单位\n|\n|\n1\n"
    found = loose.header(text, spans(text), 1, KNOWN.__contains__, "（")
    assert found == loose.Header(("序号", "决策事项", "责任单位"), 8, spaced=False, barred=True)


def test_in_a_barred_table_a_bar_ends_a_cell_and_two_before_a_number_end_the_row() -> None:
    text = "1\n|\n甲\n|\n城局\n|\n|\n|\n2\n|\n乙\n|\n|\n备\n|\n|\n3\n|\n丙\n|\n水局\n|\n注\n|\n|\n抄送：市委办\n"
    found, end = loose.rows(text, spans(text), 0, 4, barred=True)
    assert [(cells(text, row), closed) for row, closed in found] == [
        (["1", "甲", "城局", ""], True),  # three bars before 2: an empty last cell
        (["2", "乙", "", "备"], True),  # two bars before a cell: an empty cell
        (["3", "丙", "水局", "注"], True),
    ]
    assert end == 23  # the line after the last cell: 抄送 after the bars is no row


def test_the_last_row_keeps_no_more_cells_than_the_longest_row_above() -> None:
    text = "1\n甲\n乙\n2\n丙\n丁\n抄送：市委办\n"
    found, end = loose.rows(text, spans(text), 0, 3)
    assert [cells(text, row) for row, _ in found] == [["1", "甲", "乙"], ["2", "丙", "丁"]]
    assert end == 6


def test_a_short_row_takes_its_group_cells_from_the_row_above() -> None:
    # 序号 | 类别 | 任务 | 领导 | 牵头 | 责任: a category, a leader and a lead merged down
    shape = loose.Shape(6, 2, None, (1, 3, 4), frozenset({1}))
    text = "1 类 甲 周 城 住\n2 乙 环"
    first = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11)]
    above = loose.place(shape, text, first, None, 6)
    second = loose.place(shape, text, [(12, 13), (14, 15), (16, 17)], above, 6)
    assert cells(text, second) == ["2", "类", "乙", "周", "城", "环"]
    only_category = loose.place(shape, text, [(12, 13), (14, 15), (16, 17)], above, 1)
    assert cells(text, only_category) == ["2", "类", "乙", "环", "", ""]


def test_a_short_first_row_has_no_row_above_and_leaves_its_last_cells_empty() -> None:
    # 序号 | 主要工作举措 | 牵头单位 | 配合单位 | 责任领导: the first row printed no leader line
    shape = loose.Shape(5, 1, None, (2, 4), frozenset())
    text = "1 甲 城 住"
    first = loose.place(shape, text, [(0, 1), (2, 3), (4, 5), (6, 7)], None, 5)
    assert cells(text, first) == ["1", "甲", "城", "住", ""]


def test_a_wrapped_title_runs_to_the_body_and_the_tail_is_matched_from_both_ends() -> None:
    # 序号 | 名称 | 内容 | 年限 | 总投资 | 资金来源 | 责任单位
    shape = loose.Shape(7, 1, 2, (), frozenset({4, 5}))
    text = "1\n老旧\n小区\n完成12个小区改造。\n2026\n政府投资\n住建局"
    out = loose.place(shape, text, spans(text), None, 7)
    assert cells(text, out) == ["1", "老旧\n小区", "完成12个小区改造。", "2026", "", "", "住建局"]
    text = "1\n老旧\n小区\n完成12个小区改造。\n2026\n9600\n政府投资\n住建局"
    out = loose.place(shape, text, spans(text), None, 7)
    assert cells(text, out)[3:] == ["2026", "9600", "政府投资", "住建局"]


def test_a_bar_table_with_merged_down_category_leader_and_lead() -> None:
    doc = parse_text(
        HEAD
        + "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n"
        + "责任主体与协同单位 |\n说明 |\n"
        + "1 |\n市容环境 |\n整治背街小巷。 |\n周明远 |\n城管局 |\n住建局、相关街道 |\n||\n"
        + "2 |\n新建收集亭。 |\n环卫处 |\n进度滞后。 |\n|\n"
    )
    first, second = doc.tasks
    assert (first.title, first.leaders, units(first)) == (
        "整治背街小巷",
        ("周明远",),
        (["城管局"], ["住建局", "相关街道"], []),
    )
    assert (second.title, second.leaders, units(second)) == (
        "新建收集亭",
        ("周明远",),
        (["城管局"], ["环卫处"], []),
    )
    lead = second.lead[0]
    assert doc.clean.text[lead.location.start : lead.location.end] == "城管局"
    assert lead.location.line == first.lead[0].location.line  # the cell as printed above


def test_a_table_with_wrapped_header_and_title_cells() -> None:
    doc = parse_text(
        HEAD
        + "\n\n".join(
            [
                "序号", "项目名称", "项目建设规模及内容", "建设起", "止年限", "总投资",
                "(万元)", "资金", "来源", "责任", "单位",
                "1", "老旧小区", "改造工程", "完成12个小区改造，加装电梯20台。",
                "2026.01-2026.12", "9600", "政府投资", "住建局",
                "2", "公交提质工程", "新增公交车40辆。", "2026.03-2026.10", "3200",
                "政府投资", "交通运输局、公交公司",
            ]
        )
        + "\n"
    )  # fmt: skip
    first, second = doc.tasks
    assert (first.title, first.body, first.deadline, units(first)) == (
        "老旧小区改造工程",
        "完成12个小区改造，加装电梯20台。",
        "2026.01-2026.12",
        ([], ["住建局"], []),
    )
    assert (second.title, second.deadline, units(second)) == (
        "公交提质工程",
        "2026.03-2026.10",
        ([], ["交通运输局", "公交公司"], []),
    )


def test_a_row_the_text_stops_inside_fills_its_columns_from_the_first() -> None:
    # 序号 | 名称 | 地点 | 内容 | 投资 | 责任单位: the page cut inside the 内容 cell
    shape = loose.Shape(6, 1, None, (), frozenset({2, 3, 4}))
    text = "6\n分校区建设\n磨子镇\n改造教学楼和宿舍等,"
    out = loose.place(shape, text, spans(text), None, 6, cut=True)
    assert cells(text, out) == ["6", "分校区建设", "磨子镇", "改造教学楼和宿舍等,", "", ""]
    whole = loose.place(shape, text, spans(text), None, 6)
    assert cells(text, whole)[5] == "改造教学楼和宿舍等,"  # matched from both ends


def test_a_bar_table_cut_inside_its_last_content_cell_names_no_unit() -> None:
    doc = parse_text(
        HEAD
        + "序号 |\n项目名称 |\n建设时间 |\n建设地点 |\n建设内容 |\n投资 (万元) |\n责任单位 |\n|\n"
        + "1 |\n运动场改造 |\n2026 |\n城关街道 |\n改造运动场。 |\n420 |\n教体局 |\n|\n"
        + "2 |\n卫生院提升 |\n2026 |\n石门镇 |\n改造门诊楼,"
    )
    first, second = doc.tasks
    assert (first.title, first.deadline, units(first)) == (
        "运动场改造",
        "2026",
        ([], ["教体局"], []),
    )
    assert (second.title, second.deadline, units(second)) == ("卫生院提升", "2026", ([], [], []))


def test_a_row_of_a_units_tasks_splits_at_each_tasks_own_number() -> None:
    text = "5\n市文旅局\n31.建新馆。\n已施工。\n30%\n47.办音乐节。\n已筹备。\n6\n市体育局\n52.建步道。\n已选址。"
    lines = spans(text)
    rows = [([lines[k] for k in range(0, 7)], False), ([lines[k] for k in range(7, 11)], False)]
    split = loose.numbered_sub_rows(text, rows, 2, 6)
    assert [cells(text, row) for row, _ in split] == [
        ["31", "市文旅局", "31.建新馆。", "已施工。", "30%", ""],
        ["47", "市文旅局", "47.办音乐节。", "已筹备。", "", ""],
        ["52", "市体育局", "52.建步道。", "已选址。"],
    ]
    # no row splits: each keeps its row number, whatever its title opens with
    assert loose.numbered_sub_rows(text, rows[1:], 2, 6) == rows[1:]


def test_a_category_no_row_prints_leaves_the_first_row_in_order() -> None:
    # 序号 | 项目类别 | 具体内容 | 牵头部门 | 相关责任部门: the category is printed in no row
    shape = loose.Shape(5, 2, None, (1, 3), frozenset(), categories=(1,))
    text = "1 甲 教 街"
    first = loose.place(shape, text, [(0, 1), (2, 3), (4, 5), (6, 7)], None, 5)
    assert cells(text, first) == ["1", "", "甲", "教", "街"]


def test_the_header_repeated_on_a_new_page_ends_a_row_and_is_skipped() -> None:
    text = "1\n甲\n教\n序号\n具体内容\n牵头部门\n2\n乙\n卫\n"
    found, end = loose.rows(text, spans(text), 0, 3, first="序号")
    assert [cells(text, row) for row, _ in found] == [["1", "甲", "教"], ["2", "乙", "卫"]]
    assert end == 9


def test_in_a_spaced_table_a_line_of_spaces_is_the_one_empty_cell() -> None:
    text = "1\n\n甲\n\n城局\n\n \n\n进展甲\n\n2\n\n乙\n\n住局\n\n水局\n\n进展乙\n"
    found, _ = loose.rows(text, spans(text), 0, 5, spaced=True)
    # three blank lines around the space: one empty cell, not two
    assert [cells(text, row) for row, _ in found] == [
        ["1", "甲", "城局", "", "进展甲"],
        ["2", "乙", "住局", "水局", "进展乙"],
    ]


def test_in_a_barred_table_a_group_row_after_a_full_row_is_skipped() -> None:
    text = "1\n|\n甲\n|\n城局\n|\n（二）乙市长牵头工作\n|\n2\n|\n丙\n|\n水局\n|\n"
    found, _ = loose.rows(text, spans(text), 0, 3, barred=True)
    assert [cells(text, row) for row, _ in found] == [["1", "甲", "城局"], ["2", "丙", "水局"]]


def test_a_last_row_printing_its_group_lacks_its_last_cell_not_its_group() -> None:
    table = "\n".join(
        [
            *("序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注"),
            *("1", "公共文化", "开展惠民演出100场。", "12月底前", "夏俊贵", "文化股", "文化馆"),
            *("2", "开展三下乡活动。", "文化股"),  # its group and leader merged from above
            *("3", "脱贫攻坚", "完成包扶村年度任务。", "10月底前", "黄文阁", "各股室"),
        ]
    )
    doc = parse_text(HEAD + table)  # the page's text ends with the last row
    assert [(t.title, units(t)[1], t.leaders) for t in doc.tasks] == [
        ("开展惠民演出100场", ["文化股", "文化馆"], ("夏俊贵",)),
        ("开展三下乡活动", ["文化股"], ("夏俊贵",)),
        ("完成包扶村年度任务", ["各股室"], ("黄文阁",)),  # its 备注 left empty
    ]


def test_a_footer_without_a_bar_is_no_cell_of_a_bar_closed_tables_last_row() -> None:
    text = "1 |\n甲 |\n规划司 |\n2 |\n乙 |\n注：约束性指标是指确保完成的目标。"
    found, _ = loose.rows(text, spans(text), 0, 3)
    assert [[text[a:b] for a, b in row] for row, _ in found] == [["1", "甲", "规划司"], ["2", "乙"]]
    cut = "1 |\n甲 |\n规划司 |\n2 |\n乙 |\n信息通信发"  # the text's end cuts the cell: the row's
    found, _ = loose.rows(cut, spans(cut), 0, 3)
    assert [cut[slice(*c)] for c in found[-1][0]] == ["2", "乙", "信息通信发"]
