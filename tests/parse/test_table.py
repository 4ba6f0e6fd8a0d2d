"""Tables with cells split by bars: rows merged down, sub-rows of a project."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import extract
from tests.parse.test_parser import HEAD, parse_text, units

PLANS = Path(__file__).parents[1] / "fixtures" / "plans"


def test_unnumbered_sub_rows_are_the_body_of_the_project_above() -> None:
    (doc,) = extract([PLANS / "subrows-bars.txt"])
    assert [t.body for t in doc.tasks] == [
        "",
        "新增婴幼儿照护服务托位400个。 开展老年人免费体检2万人次。",
        "新增公交线路2条。",
    ]
    assert [t.location.line for t in doc.tasks] == [5, 6, 9]


def test_a_lead_cell_merged_down_is_put_back_where_the_cells_shifted_left() -> None:
    (doc,) = extract([PLANS / "merged-lead-bars.txt"])
    leads = [[m.text for m in t.lead] for t in doc.tasks]
    assert leads == [["县卫生健康局"]] * 3 + [["县红十字会"]] + [["县医疗保障局"]] * 2
    # the moved cell points at the row that printed it
    assert [m.location.line for t in doc.tasks for m in t.lead] == [3, 3, 3, 6, 7, 7]


def test_a_person_after_the_unit_in_its_cell_is_a_leader_not_a_unit() -> None:
    (doc,) = extract([PLANS / "group-person-bars.txt"])
    assert [[m.text for m in t.lead] for t in doc.tasks] == [["市民政局"]] * 2 + [["市教育局"]] * 2
    assert doc.tasks[0].leaders == ("周一民", "赵明远")
    # 各乡镇 after a unit is no person: it ends as a unit's name does
    (doc,) = extract([PLANS / "topic-schedule-tables.txt"])
    assert [m.text for m in doc.tasks[3].responsible] == ["农机站", "农业执法大队"]


def test_a_section_number_opening_a_title_cell_is_the_rows_number() -> None:
    (doc,) = extract([PLANS / "numbered-task-cells-no-number-column.txt"])
    assert [(t.no, t.title) for t in doc.tasks] == [
        (1, "信用信息平台建设"),
        (2, "信用信息归集共享"),
        (3, "信用产品应用"),
    ]


def test_an_item_number_spaced_from_a_title_cell_is_no_part_of_the_title() -> None:
    (doc,) = extract([PLANS / "spaced-number-task-cells.txt"])
    assert [(t.no, t.title[:8]) for t in doc.tasks] == [
        (1, "教务处完成补考报"),
        (2, "学生在规定时间内"),
        (3, "开课学院负责组织"),
        (4, "教师完成补考成绩"),
    ]


def test_items_numbered_on_inside_a_title_cell_are_tasks_sharing_the_rows_units() -> None:
    (doc,) = extract([PLANS / "title-cell-two-items.txt"])
    assert [(t.no, t.title[:6], units(t)) for t in doc.tasks][2:4] == [
        (3, "规范使用依申", (["办公室"], [], ["法规科"])),
        (4, "用好平台督办", (["办公室"], [], ["法规科"])),
    ]
    assert (doc.tasks[3].location.line, doc.tasks[3].location.column) == (5, 53)
    # beside a number column, the later item's number is its own
    doc = parse_text(
        HEAD + "序号 | 重点任务 | 牵头单位\n1 | 甲乙丙丁。 | 县财政局\n"
        "2 | 戊己庚辛。 3.壬癸子丑。 | 县教育局\n4 | 寅卯辰巳。 | 县民政局\n"
    )
    assert [(t.no, t.title, units(t)[0]) for t in doc.tasks] == [
        (1, "甲乙丙丁", ["县财政局"]),
        (2, "戊己庚辛", ["县教育局"]),
        (3, "壬癸子丑", ["县教育局"]),
        (4, "寅卯辰巳", ["县民政局"]),
    ]
    # a number after no sentence's end, or out of order, is the title's
    doc = parse_text(
        HEAD + "序号 | 重点任务 | 牵头单位\n1 | 甲乙丙丁 2.戊己。 | 县财政局\n"
        "2 | 庚辛。 5.壬癸。 | 县教育局\n3 | 子丑。 | 县民政局\n"
    )
    assert [t.no for t in doc.tasks] == [1, 2, 3]


def test_a_title_cell_drops_the_mark_that_ends_it() -> None:
    doc = parse_text(HEAD + "序号 | 项目内容 | 牵头单位\n1 | 完成成人学历提升400人； | 县教育局\n")
    assert [t.title for t in doc.tasks] == ["完成成人学历提升400人"]


def test_a_row_closed_by_its_bar_with_its_title_alone_takes_the_cells_above() -> None:
    doc = parse_text(
        HEAD + "责任目标 | 责任主体 | 完成时间 |\n1、校园环境 | 后勤处 | 10月 |\n"
        "1.1保持整洁； |\n1.2设置标识； | 保卫处 | 11月 |\n"
    )
    assert [
        (t.label, t.no, t.title, [m.text for m in t.responsible], t.deadline) for t in doc.tasks
    ] == [
        ("1、", 1, "校园环境", ["后勤处"], "10月"),
        ("1.1", 1, "保持整洁", ["后勤处"], "10月"),
        ("1.2", 2, "设置标识", ["保卫处"], "11月"),
    ]
    # a row whose last cell is empty goes on into the next line instead
    doc = parse_text(
        HEAD + "序号 | 重点工作 | 责任单位 | 进展情况 | 完成状态 |\n"
        "1 | 办好运动会。 | 市体育局 | 已开幕。 | 达预期 |\n"
        "2 | 建设健身圈。 | 市体育局 | 已建成。 |\n达预期 |\n"
    )
    assert [t.title for t in doc.tasks] == ["办好运动会", "建设健身圈"]


def test_a_row_numbered_by_levels_is_no_item_of_the_outline() -> None:
    doc = parse_text(
        HEAD + "责任目标 | 牵头单位 | 完成时间 |\n1、建设数据底座。 | 市大数据局 | 10月 |\n"
        "1.1夯实网格化治理工作格局。拓展应用场景，优化服务流程。 |\n"
        "1.2统筹城市运行管理工作格局。健全标准规范，提升服务能力。 | 市财政局 | 11月 |\n"
    )
    assert [(t.task_id, t.title, [m.text for m in t.lead]) for t in doc.tasks] == [
        ("1", "建设数据底座", ["市大数据局"]),
        ("1.1", "夯实网格化治理工作格局", ["市大数据局"]),
        ("1.2", "统筹城市运行管理工作格局", ["市财政局"]),
    ]  # titles ending in 局 opening their text are no units that lead the duties after them


def test_headings_nested_in_the_group_column_leave_the_innermost_as_the_rows_group() -> None:
    doc = parse_text(
        HEAD + "主要工作任务 | 任务内容 | 完成时限 | 责任单位 |\n"
        "一、提升质量 | （一）加大力度 | 1.做好信息公开。 | 全年 | 区发改局 |\n"
        "2.加强政策发布。 | 全年 | 区财政局 |\n"
    )
    assert [(t.title, [m.text for m in t.responsible], t.deadline) for t in doc.tasks] == [
        ("做好信息公开", ["区发改局"], "全年"),
        ("加强政策发布", ["区财政局"], "全年"),
    ]
    extra = parse_text(
        HEAD + "主要工作任务 | 任务内容 | 完成时限 | 责任单位 |\n"
        "提升质量 | 加大力度 | 1.做好信息公开。 | 全年 | 区发改局 |\n"
    )
    assert extra.tasks == ()  # extra cells that are no headings: the row fits no header


def test_a_title_column_merged_over_rows_is_their_group_and_the_next_text_their_title() -> None:
    doc = parse_text(
        HEAD + "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
        "1 | 做好疫情信息发布 | 发布权威信息。 | 应急处 | 长期推进 |\n"
        "2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n"
    )
    assert [(t.section, t.title, [m.text for m in t.responsible]) for t in doc.tasks] == [
        ("做好疫情信息发布", "发布权威信息", ["应急处"]),
        ("做好疫情信息发布", "做好疫苗接种信息公开", ["疾控处"]),
    ]
    unmerged = parse_text(
        HEAD + "序号 | 工作任务 | 细化分工 | 责任处室 |\n"
        "1 | 做好疫情信息发布 | 发布权威信息。 | 应急处 |\n"
        "2 | 做好接种信息公开 | 公开接种点。 | 疾控处 |\n"
    )
    assert [(t.section, t.title) for t in unmerged.tasks] == [
        (None, "做好疫情信息发布"),
        (None, "做好接种信息公开"),
    ]  # every row fills its title column: it is the title, the next column the body


def test_a_unit_named_in_two_lead_columns_of_a_row_leads_once() -> None:
    doc = parse_text(
        HEAD + "序号\t工作任务\t总牵头单位\t分项牵头单位\t参与单位\n"
        "1\t源头减量\t市综合执法局\t市综合执法局\t市商务局\n"
        "2\t分类收运\t市综合执法局\t市住建局、市住建局\t市交通运输局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市综合执法局"], [], ["市商务局"]),
        (["市综合执法局", "市住建局", "市住建局"], [], ["市交通运输局"]),  # one cell: as printed
    ]


def test_a_single_spaced_table_with_no_number_column_splits_each_row_as_its_header() -> None:
    doc = parse_text(
        HEAD
        + "事项名称 服务对象 服务内容 经费来源 牵头负责单位\n"
        + "高龄津贴发放 老年人 按月发放津贴。 区财政负担 区民政局\n"
        + "辅具适配 残疾人 提供评估和适配。 区财政负担 区残联、区卫生健康委\n"
        + "困难帮扶 困难 职工 提供救助。 区财政负担 区总工会\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "高龄津贴发放", (["区民政局"], [], [])),
        (2, "辅具适配", (["区残联", "区卫生健康委"], [], [])),
    ]  # a row of another number of cells (困难 职工: a space inside a cell) ends the table


def test_a_sub_row_of_middle_cells_takes_the_cells_merged_on_both_sides() -> None:
    doc = parse_text(
        HEAD
        + "序号 | 重点任务 | 工作内容 | 牵头部门 | 协同部门 | 实施主体 |\n"
        + "1 | 完善规划 | 修编专项规划。 | 市建设局 | 市资规局 | 各区政府 |\n"
        + "推进管网建设。 | 市建设局 | 市生态环境局、市农业农村局 |\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "修编专项规划", (["市建设局"], ["各区政府"], ["市资规局"])),
        ("1-2", "推进管网建设", (["市建设局"], ["各区政府"], ["市生态环境局", "市农业农村局"])),
    ]  # the task cell merged over both rows is their section
    assert doc.tasks[1].section == "完善规划"


def test_a_bar_rows_last_row_the_file_cuts_keeps_its_number_and_title() -> None:
    table = (
        "| 序号 | 工作任务 | 负责单位 | 时间进度 |\n"
        "| 1 | 整合景区资源。 | 市国资委、市文旅局。 | 持续实施 |\n"
        "| 2 | 实施文旅融合发展，深度挖掘"
    )
    doc = parse_text(HEAD + table)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "整合景区资源", ([], ["市国资委", "市文旅局"], [])),
        (2, "实施文旅融合发展，深度挖掘", ([], [], [])),
    ]


def test_a_number_cell_the_header_does_not_name_splits_the_first_words_levels() -> None:
    doc = parse_text(
        HEAD + "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"
        "一、助力稳增长。 | （一）公开涉企政策。 | 1 | 公开政策文件。 | 市发改委 | 持续推进 |\n"
        "2 | 开设惠企专题。 | 市财政局 | 6月底前 | ||\n"
        "3 | 公开执法结果。 | 市司法局牵头，市市场监管局等"
    )
    assert [(t.no, t.title, t.section, units(t), t.deadline) for t in doc.tasks] == [
        (1, "公开政策文件", "（一）公开涉企政策", ([], ["市发改委"], []), "持续推进"),
        (2, "开设惠企专题", "（一）公开涉企政策", ([], ["市财政局"], []), "6月底前"),
        (3, "公开执法结果", "（一）公开涉企政策", (["市司法局"], [], []), None),
    ]  # 工作任务 holds the levels 一、 and （一）, the last the rows' group; the cut row's too


def test_a_units_cell_naming_the_others_names_no_unit() -> None:
    doc = parse_text(
        "烟花爆竹安全监管\n序号 涉及部门 职责分工\n1 市公安局 负责烟花爆竹运输通行证发放。\n"
        "2 市供销社 负责本系统企业烟花爆竹经营活动的管理。\n"
        "3 其他 生产、经营企业的主要负责人对本单位的烟花爆竹安全工作负责。\n"
    )
    assert [(t.title[:6], units(t)[0]) for t in doc.tasks] == [
        ("负责烟花爆竹", ["市公安局"]),
        ("负责本系统企", ["市供销社"]),
        ("生产、经营企", []),  # 其他: the others, no one named
    ]


def test_a_units_column_beside_a_duties_word_gives_each_unit_its_duty() -> None:
    rows = "办公室 | 负责文电、会务工作。 |\n文化科 | 指导群众文化活动。 |\n"
    doc = parse_text(HEAD + "二、内设机构\n部门名称 | 主要职责 |\n" + rows)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责文电、会务工作", (["办公室"], [], [])),
        ("指导群众文化活动", (["文化科"], [], [])),
    ]  # (主要职责, a word a unit's duties are headed with, is the title's column)
    # a duties word with no units column beside it heads no task table
    doc = parse_text(HEAD + "二、内设机构\n职责类别 | 主要职责 |\n文电 | 负责文电工作。 |\n")
    assert doc.tasks == ()


def test_a_headerless_tables_rows_may_print_their_groups_and_clauses_in_the_units_cell() -> None:
    groups = "一、加强公开解读 | （一）推进政务公开 | "
    doc = parse_text(
        HEAD
        + groups
        + "1 | 及时公开政府常务会议决定事项。 | 市政府办公室、市政府各部门负责落实 | 全年 |\n"
        "2 | 做好权责清单调整和公开工作。 | 市编办牵头，市政府各部门负责落实 | 全年 |\n"
        + groups
        + "3 | 建立负面清单信息公开机制。 | 市发改委、市商务局牵头，市政府有关部门负责落实 | 全年 |\n"
    )
    assert [(t.no, t.title, units(t), t.deadline) for t in doc.tasks] == [
        (1, "及时公开政府常务会议决定事项", ([], ["市政府办公室", "市政府各部门"], []), "全年"),
        (2, "做好权责清单调整和公开工作", (["市编办"], ["市政府各部门"], []), "全年"),
        (3, "建立负面清单信息公开机制", (["市发改委", "市商务局"], ["市政府有关部门"], []), "全年"),
    ]  # (the group cells some rows print again are no row's title)
    # a cell of prose is no units cell: the rows then hold no table of tasks
    doc = parse_text(
        HEAD
        + "1 | 及时公开决定事项。 | 各部门要高度重视此项工作 |\n2 | 做好清单公开。 | 加强督促检查落实到位 |\n"
    )
    assert doc.tasks == ()


def test_a_drill_table_a_cell_a_line_reads_its_subjects_and_long_units_cells() -> None:
    header = "演练科目 |\n情景构建 |\n牵头责任 单 位 |\n责任单位 |\n时限要求 |\n"
    rows = (
        "危化品泄漏 |\n某化工厂发生泄漏并燃烧。 |\n县安委办、县应急办 |\n"
        "县环保局、县经信局、县工业园区、县公安局（县公安消防大队、县公安交警大队）、县工商质监局、县卫计局、县民政局等 |\n"
        "4月底前 |\n群体性事件 |\n自行构建演练情景 |\n县维稳办 |\n县信访局、县公安局等 |\n8月底前 |\n"
    )
    doc = parse_text(HEAD + header + rows)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        (
            "危化品泄漏",
            (
                ["县安委办", "县应急办"],
                [
                    "县环保局",
                    "县经信局",
                    "县工业园区",
                    "县公安局（县公安消防大队、县公安交警大队）",
                    "县工商质监局",
                    "县卫计局",
                    "县民政局",
                ],
                [],
            ),
        ),
        ("群体性事件", (["县维稳办"], ["县信访局", "县公安局"], [])),
    ]  # (演练科目 holds a title's part; a bracket's offices and 等 end no units cell)
