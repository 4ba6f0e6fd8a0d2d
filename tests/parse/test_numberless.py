"""``|`` tables a cell a line with no number word (pipeline/parse/numberless.py)."""

from __future__ import annotations

from pipeline.parse import numberless
from tests.parse.test_loose import spans
from tests.parse.test_parser import HEAD, parse_text, units

KNOWN = {"工作任务", "具体要求", "责任科室", "时限要求"}


def barred(*cells: str) -> str:
    return "\n|\n".join(cells) + "\n|\n"


def test_the_header_is_the_run_of_header_words_between_bars() -> None:
    text = barred("工作任务", "具体要求", "责任科室", "做好公开", "1")
    found = numberless.header(text, spans(text), 0, KNOWN.__contains__)
    assert found is not None
    words, j = found
    assert ([text[s:e] for s, e in words], j) == (["工作任务", "具体要求", "责任科室"], 6)


def test_header_words_without_bars_between_them_are_no_header() -> None:
    text = "工作任务\n具体要求\n责任科室\n"
    assert numberless.header(text, spans(text), 0, KNOWN.__contains__) is None


def test_a_title_printed_before_the_number_and_merged_over_two_rows() -> None:
    text = barred("做好公开", "1", "发布目录。", "办公室", "做好解读", "2", "开展解读。", "各科室")
    text += barred("3", "编制年报。", "办公室")
    rows = numberless.rows(text, numberless.cells(text, spans(text), 0), 3)
    assert [[text[s:e] for s, e in row] for _, row in rows] == [
        ["1", "做好公开", "发布目录。", "办公室"],
        ["2", "做好解读", "开展解读。", "各科室"],
        ["3", "做好解读", "编制年报。", "办公室"],
    ]
    # Row 3 starts at its own number, not at the title it shares with row 2.
    assert text[rows[2][0] :].startswith("3")


def test_rows_read_number_first_leave_group_cells_out() -> None:
    text = barred(
        "一、压实责任", "属地责", "1", "召开会议。", "4月底前", "应急岗", "2", "公示责任人。"
    )
    text += barred("5月底前", "应急岗", "隐患治", "3", "排查隐患")
    found = numberless.cells(text, spans(text), 0)
    rows = numberless.number_first_rows(text, found, 3)
    assert [[text[s:e] for s, e in row] for _, row in rows] == [
        ["1", "召开会议。", "4月底前", "应急岗"],
        ["2", "公示责任人。", "5月底前", "应急岗"],
        ["3", "排查隐患", "", ""],  # the text stops inside the last row
    ]
    # read with the number third, the group row would be row 1's title
    assert [text[slice(*c)] for c in numberless.rows(text, found, 3)[0][1]] == [
        "1",
        "一、压实责任",
        "属地责",
        "召开会议。",
    ]


def test_a_footer_after_the_last_row_stays_out() -> None:
    text = barred("做好公开", "1", "发布目录。", "办公室") + "分享到：\n打印本页\n"
    found = numberless.cells(text, spans(text), 0)
    assert [text[s:e] for s, e in found] == ["做好公开", "1", "发布目录。", "办公室", "分享到："]
    rows = numberless.rows(text, found, 3)
    assert len(rows) == 1


def test_a_numberless_bar_table_parses_to_tasks() -> None:
    doc = parse_text(
        HEAD
        + barred("工作任务", "具体要求", "责任科室", "时限要求")
        + barred("做好公开", "1", "发布目录。", "办公室", "年底前")
        + barred("2", "编制年报。", "各科室", "1月31日前")
    )
    assert [(t.no, t.section, t.title, units(t), t.deadline) for t in doc.tasks] == [
        (1, "做好公开", "发布目录", ([], ["办公室"], []), "年底前"),
        (2, "做好公开", "编制年报", ([], ["各科室"], []), "1月31日前"),
    ]  # 工作任务 merged over the rows is their group; each row's 具体要求 its title


def test_rows_whose_title_cell_opens_with_the_number() -> None:
    text = (
        "一、稳增长\n\n1.建设园区。\n\n区工信局\n\n区发改局\n\n各街道\n\n"
        "二、惠民生\n\n1.新增岗位。\n\n区人社局\n\n区财政局\n\n2.建成驿站。\n\n区民政局\n\n区卫健局\n\n"
        "抄送：区委办\n"
    )
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [(text[slice(*n)], [text[s:e] for s, e in row]) for n, row in found] == [
        ("1.", ["建设园区。", "区工信局", "区发改局\n\n各街道"]),  # units a line join
        ("1.", ["新增岗位。", "区人社局", "区财政局"]),  # numbered again under a heading
        ("2.", ["建成驿站。", "区民政局", "区卫健局"]),  # the footer stays out
    ]


def test_a_titled_table_parses_to_tasks() -> None:
    doc = parse_text(
        HEAD + "重点工作任务\n\n牵头单位\n\n责任单位\n\n1.推进数字经济发展。\n\n市大数据局\n\n"
        "市发展改革委、市财政局\n\n2.优化营商环境。\n\n市发展改革委\n\n市市场监管局\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "推进数字经济发展", (["市大数据局"], ["市发展改革委", "市财政局"], [])),
        (2, "优化营商环境", (["市发展改革委"], ["市市场监管局"], [])),
    ]


def test_a_first_line_that_opens_no_row_is_no_titled_table() -> None:
    text = "说明如下。\n\n1.建设园区。\n\n区工信局\n"
    assert numberless.titled_rows(text, spans(text), 0, 3, 2) == []


def test_a_caption_over_a_titled_table_is_no_header_word_and_the_last_row_keeps_its_units() -> None:
    doc = parse_text(
        HEAD + "重点任务分解表\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n1.推进数字经济发展。\n\n"
        "市大数据局\n\n市发展改革委\n\n市财政局\n\n2.优化营商环境。\n\n市发展改革委\n\n"
        "市市场监管局\n\n市商务局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市大数据局"], ["市发展改革委", "市财政局"], []),
        (["市发展改革委"], ["市市场监管局", "市商务局"], []),  # as many lines as the row above
    ]


def test_numbered_text_lines_share_a_units_cell_under_a_group_with_no_number() -> None:
    text = (
        "做好规划公开\n\n1.公开规划原文。\n\n办公室\n\n做好执法公开\n\n2.公开抽检结果。\n\n"
        "3.公开处罚决定。\n\n医政科、监督所\n\n抄送：各科室\n"
    )
    rows, end = numberless.paired_rows(
        text,
        spans(text),
        0,
        lambda c: text[slice(*c)] in ("办公室", "医政科、监督所"),
        lambda k: False,
    )
    assert [
        (text[slice(*g)] if g else None, text[slice(*t)], text[slice(*u)]) for g, t, u in rows
    ] == [
        ("做好规划公开", "1.公开规划原文。", "办公室"),
        ("做好执法公开", "2.公开抽检结果。", "医政科、监督所"),  # numbered on across groups
        ("做好执法公开", "3.公开处罚决定。", "医政科、监督所"),  # the merged cell is both rows'
    ]
    assert text.split("\n")[end - 1] == "医政科、监督所"  # the footer opens no row


def test_a_second_text_line_with_no_number_still_ends_a_paired_table() -> None:
    text = (
        "做好规划公开\n\n公开规划原文。\n\n办公室\n\n公开抽检结果。\n\n公开处罚决定。\n\n医政科\n"
    )
    rows, _ = numberless.paired_rows(
        text, spans(text), 0, lambda c: text[slice(*c)] in ("办公室", "医政科"), lambda k: False
    )
    assert rows == []  # 做好规划公开 then 公开规划原文。: two text lines, no units between


def test_a_targets_measures_join_its_title_and_a_later_measure_is_a_row_of_its_own() -> None:
    text = (
        "1.健康水平提高。\n\n——健康管理率75%。\n\n——建档率90%。\n\n省卫健委\n\n省医保局\n\n"
        "——贫血率降低。\n\n——龋齿率降低。\n\n省财政厅\n\n省卫健委\n\n"
        "1.文化生活丰富。\n\n省文旅厅\n\n省体育局\n\n2\n"
    )
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [(text[slice(*n)], [text[s:e] for s, e in row]) for n, row in found] == [
        ("1.", ["健康水平提高。\n\n——健康管理率75%。\n\n——建档率90%。", "省卫健委", "省医保局"]),
        # a measure after the goal's units: its own row, its goal's number, its dash dropped
        ("1.", ["贫血率降低。\n\n——龋齿率降低。", "省财政厅", "省卫健委"]),
        ("1.", ["文化生活丰富。", "省文旅厅", "省体育局"]),  # the next area, from 1 again
    ]  # (…省体育局 / 2: the next row's number alone, the page cut there)


def test_a_last_row_the_page_cut_after_its_title_keeps_it() -> None:
    text = "1.健康水平提高。\n\n省卫健委\n\n省医保局\n\n2.儿童卫生保健\n"
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [[text[s:e] for s, e in row] for _, row in found] == [
        ["健康水平提高。", "省卫健委", "省医保局"],
        ["儿童卫生保健", "", ""],
    ]


def test_a_measure_with_no_units_before_the_next_goal_is_no_row() -> None:
    text = (
        "1.健康水平提高。\n\n省卫健委\n\n省医保局\n\n——贫血率降低。\n\n"
        "2.文化生活丰富。\n\n省文旅厅\n\n省体育局\n"
    )
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [text[slice(*row[0])] for _, row in found] == ["健康水平提高。", "文化生活丰富。"]


def test_rows_that_print_only_their_filled_cells_close_at_their_units_cells() -> None:
    text = "一、组\n1.标准。\n建立机构。\n甲局\n2.标准。\n召开会议。\n乙局 丙局\n||\n3.标准。\n下达经费。\n丁局\n尾\n"
    cells = spans(text)[:-1]
    found = numberless.anchored_rows(cells, 1, lambda c: text[slice(*c)].endswith("局"))
    assert [[text[slice(*c)] for c in row] for _, row in found] == [
        ["建立机构。", "甲局"],  # the group cell and the rule before it stay out
        ["召开会议。", "乙局 丙局"],
        ["下达经费。", "丁局"],
    ]


def test_a_header_word_the_grammar_does_not_know_between_known_ones_is_a_header_word() -> None:
    text = "一级指标 |\n建设内容 |\n考评标准 |\n任务内容 |\n责任单位 |\n备 注 |\n1.成立机构。 |\n"
    known = {"一级指标", "建设内容", "任务内容", "责任单位"}
    words, j = numberless.header(text, spans(text), 0, lambda w: w in known) or ([], 0)
    assert [text[slice(*w)] for w in words] == [
        "一级指标",
        "建设内容",
        "考评标准",
        "任务内容",
        "责任单位",
    ]
    assert text.split("\n")[j] == "备 注 |"  # an unknown word after the last known: a row's


def test_numbered_paragraphs_of_a_body_cell_join_it_and_a_bare_next_number_ends_the_row() -> None:
    text = (
        "1.排查隐患。\n2025年底前完成排查。\n省应急管理厅牵头\n"
        "2.建设林带。\n1.2025—2026年，建设林带500公里。\n2.2027年底前，完成改造。\n"
        "省林业局牵头\n3.\n"
    )
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [(text[slice(*n)], [text[s:e] for s, e in row]) for n, row in found] == [
        ("1.", ["排查隐患。", "2025年底前完成排查。", "省应急管理厅牵头"]),
        # the paragraphs 1. 2. are the body's; the page cut after 3., the row above is whole
        (
            "2.",
            [
                "建设林带。",
                "1.2025—2026年，建设林带500公里。\n2.2027年底前，完成改造。",
                "省林业局牵头",
            ],
        ),
    ]


def test_the_last_row_keeps_its_units_after_a_body_of_numbered_paragraphs() -> None:
    text = (
        "1.排查隐患。\n2025年底前完成排查。\n省应急管理厅牵头\n"
        "2.建设林带。\n1.2025—2026年，建设林带。\n2.2027年底前，完成改造。\n省林业局牵头\n"
    )
    found = numberless.titled_rows(text, spans(text), 0, 3, 2)
    assert [text[slice(*row[-1])] for _, row in found] == ["省应急管理厅牵头", "省林业局牵头"]


def test_a_progress_column_between_title_and_lead_is_read_for_nothing() -> None:
    doc = parse_text(
        HEAD + "工作安排\n\n工作完成情况（具体表述）\n\n牵头单位\n\n1.筹备市运动会。\n\n"
        "已确定比赛场馆。\n\n市体育局\n\n市教育局\n\n2.开展选材测试。\n\n完成两个项目测试。\n\n"
        "市体育局\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "筹备市运动会", (["市体育局", "市教育局"], [], [])),  # two units a line each
        (2, "开展选材测试", (["市体育局"], [], [])),
    ]


def test_title_cells_opening_with_their_numbers_fall_under_the_last_group_cell() -> None:
    text = "一、压实责任 |\n||||\n（一）明确清单。 |\n1.制定清单。 |\n应急局 |\n3月底前 |\n|\n"
    text += "2.分解任务。 |\n各乡镇 |\n|\n|\n（二）召开会议。 |\n3.召开全县会"
    found = numberless.cells(text, spans(text), 0)
    rows = numberless.numbered_title_rows(text, found, 1, 3)
    assert [[text[s:e] for s, e in row] for _, row in rows] == [
        ["1.", "（一）明确清单。", "制定清单。", "应急局", "3月底前", ""],
        ["2.", "（一）明确清单。", "分解任务。", "各乡镇", "", ""],
        ["3.", "（二）召开会议。", "召开全县会", "", "", ""],
    ]  # a row's empty cells (bars alone) leave its last columns empty


def test_numbered_title_rows_end_at_a_cell_that_opens_no_row() -> None:
    text = "1.制定清单。 |\n应急局 |\n2.分解任务。 |\n各乡镇 |\n附件：联系人名单 |\n"
    found = numberless.cells(text, spans(text), 0)
    rows = numberless.numbered_title_rows(text, found, 0, 1)
    assert [[text[s:e] for s, e in row] for _, row in rows] == [
        ["1.", "制定清单。", "应急局"],
        ["2.", "分解任务。", "各乡镇"],
    ]  # a footer after a full row is no cell of it


def test_a_group_cell_read_as_a_heading_too_names_the_rows_section_once() -> None:
    doc = parse_text(
        HEAD + "主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n完成进展 |\n"
        "一、压实责任 |\n||||\n（一）落实责任人。 |\n1.公布名单。 |\n县防办 |\n4月15日前 |\n|\n"
        "2.开展培训。 |\n各乡镇 |\n4月30日前 |\n|\n|\n"
    )
    assert [(t.no, t.title, t.section, units(t), t.deadline) for t in doc.tasks] == [
        (1, "公布名单", "一、压实责任 / （一）落实责任人", ([], ["县防办"], []), "4月15日前"),
        (2, "开展培训", "一、压实责任 / （一）落实责任人", ([], ["各乡镇"], []), "4月30日前"),
    ]  # 完成进展 is read for nothing; 主要任务 holds the rows' group, 重点工作和要求 each title


def test_numbered_title_cells_in_the_first_column_keep_the_second_the_body() -> None:
    doc = parse_text(
        HEAD
        + "工作任务 |\n具体要求 |\n责任单位 |\n完成情况 |\n||\n一、年底前专项工作 |\n|\n|||||\n"
        "1.规范性文件集中公开 |\n1.开展文件清理。2.发布标准文本。 |\n市政府各部门 |\n推进中 |\n||\n"
        "2.基层政务公开提升 |\n1.公开涉农补贴信息。 |\n各县市区政府 |\n已完成 |\n||\n"
    )
    assert [(t.no, t.title, t.body, units(t)) for t in doc.tasks] == [
        (1, "规范性文件集中公开", "1.开展文件清理。2.发布标准文本。", ([], ["市政府各部门"], [])),
        (2, "基层政务公开提升", "1.公开涉农补贴信息。", ([], ["各县市区政府"], [])),
    ]  # read as the group of numbered 具体要求 cells, the units columns would hold no units


def test_a_measures_row_is_numbered_under_its_goal_and_the_header_word_is_no_section() -> None:
    doc = parse_text(
        HEAD + "领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n1.健康水平提高。\n\n"
        "——健康管理率75%。\n\n市卫健委\n\n市医保局\n\n2.养老服务健全。\n\n——床位增加。\n\n"
        "市民政局\n\n市财政局\n\n——护理床位占比60%。\n\n市民政局\n\n市卫健委\n\n"
        "——适老化改造1000户。\n\n市住建局\n\n3.文化生活丰富。\n\n市文旅局\n\n市体育局\n"
    )
    assert [(t.task_id, t.no, t.section, units(t)) for t in doc.tasks] == [
        ("1", 1, None, (["市卫健委"], ["市医保局"], [])),
        ("2", 2, None, (["市民政局"], ["市财政局"], [])),
        ("2.1", 1, "2.养老服务健全", (["市民政局"], ["市卫健委"], [])),
        ("2.2", 2, "2.养老服务健全", (["市住建局"], [], [])),
        ("3", 3, None, (["市文旅局"], ["市体育局"], [])),
    ]  # (责任单位 over 1.: the header's word, no unit's name heading the rows)


def test_duty_pairs_pair_each_units_line_with_the_duty_after_it() -> None:
    text = "\n市教育局\n\n负责宣传教育\n\n市财政局\n\n保障经费。做好监督\n\n相关依据：《条例》\n"
    rows, end = numberless.duty_pairs(text, spans(text), 0, lambda c: text[slice(*c)][-1] == "局")
    assert [(text[slice(*u)], text[slice(*d)]) for u, d in rows] == [
        ("市教育局", "负责宣传教育"),
        ("市财政局", "保障经费。做好监督"),
    ]
    assert text[slice(*spans(text)[end])] == ""  # the line after the last duty
    # two units lines in a row: the pairs end before them
    text = "市教育局\n负责宣传教育\n市财政局\n市公安局\n维护秩序\n"
    rows, _ = numberless.duty_pairs(text, spans(text), 0, lambda c: text[slice(*c)][-1] == "局")
    assert [text[slice(*u)] for u, _ in rows] == ["市教育局"]


def test_a_two_column_duty_table_lets_each_unit_lead_its_duty() -> None:
    rows = "县教育局\n\n负责课后服务管理\n\n县财政局\n\n负责保障经费\n"
    doc = parse_text(HEAD + "管理事项 课后服务\n职责分工\n\n相关部门\n\n职责分工\n\n" + rows)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "负责课后服务管理", (["县教育局"], [], [])),
        (2, "负责保障经费", (["县财政局"], [], [])),
    ]  # 相关部门 heads the units, who lead their own duties (not cooperate)
    assert [t.location.line for t in doc.tasks] == [9, 13]  # each row at its unit's line
    # one row alone could be any two lines under a role's word: no table
    doc = parse_text(HEAD + "相关部门\n\n职责分工\n\n县教育局\n\n负责课后服务管理\n")
    assert doc.tasks == ()
    # a units word over a line that heads no duties: no table
    doc = parse_text(HEAD + "相关部门\n\n工作进展\n\n" + rows)
    assert doc.tasks == ()
