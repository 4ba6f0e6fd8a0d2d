"""Tables flattened one cell a line: blank lines, a units cell over lines, sub-rows."""

from __future__ import annotations

from tests.parse.test_parser import HEAD, parse_text, units


def stacked(*cells: str) -> str:
    return HEAD + "\n\n".join(cells) + "\n"


def test_blank_lines_between_cells_and_a_units_cell_over_several_lines() -> None:
    doc = parse_text(
        stacked(
            "序号", "民生实事", "责任单位", "完成时限",
            "1", "改造供水管网。", "县水利局", "县城投公司", "12月底前",
            "2", "新建口袋公园。", "县住建局", "6月建成开放",
        )
    )  # fmt: skip
    first, second = doc.tasks
    assert (first.no, first.title, units(first), first.deadline) == (
        1,
        "改造供水管网",
        ([], ["县水利局", "县城投公司"], []),
        "12月底前",
    )
    assert (second.no, second.title, units(second), second.deadline) == (
        2,
        "新建口袋公园",
        ([], ["县住建局"], []),
        "6月建成开放",
    )


def test_a_second_sub_row_under_one_number_goes_to_the_body() -> None:
    doc = parse_text(
        stacked(
            "序号", "民生实事", "责任单位", "完成时限",
            "1", "建成门诊楼。", "县卫健局", "4月底前", "建成检验楼。", "10月底前",
            "2", "开通公交线路。", "县交通局", "全年",
            "分享：",
        )
    )  # fmt: skip
    first, second = doc.tasks
    assert (first.title, units(first), first.deadline, first.body) == (
        "建成门诊楼",
        ([], ["县卫健局"], []),
        "4月底前",
        "建成检验楼。 10月底前",
    )
    # The last row ends at its deadline: the page footer after the table is no sub-row.
    assert (second.title, second.deadline, second.body) == ("开通公交线路", "全年", "")


def test_rows_of_exactly_one_line_a_cell_read_as_before() -> None:
    doc = parse_text(
        HEAD + "序号\n重点任务\n牵头单位\n1\n建成驿站\n县文旅局\n2\n新建绿道\n县林业局\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("建成驿站", (["县文旅局"], [], [])),
        ("新建绿道", (["县林业局"], [], [])),
    ]


def test_a_wrap_space_between_chinese_characters_leaves_a_title_cell_only() -> None:
    doc = parse_text(
        HEAD
        + "序号 | 重点工作 | 责任单位\n"
        + "1 | 完善帮办工作机 制，新建 5G基站 | 建设局 工程中心\n"
    )
    (task,) = doc.tasks
    assert task.title == "完善帮办工作机制，新建 5G基站"
    assert units(task) == ([], ["建设局", "工程中心"], [])


def test_a_lead_mark_before_a_unit_makes_it_the_lead_and_a_group_column_is_skipped() -> None:
    doc = parse_text(
        stacked(
            "分块", "序号", "主要工作", "责任单位",
            "1", "新增就业5000人。", "▲县人社局，各部门，各乡镇（街道）",
            "2", "建成农贸市场2个。", "县商务局，各乡镇（街道）",
        )
    )  # fmt: skip
    first, second = doc.tasks
    assert (first.title, units(first)) == (
        "新增就业5000人",
        (["县人社局"], ["各部门", "各乡镇（街道）"], []),
    )
    assert [(m.text, m.role.value, m.position) for m in first.mentions] == [
        ("县人社局", "lead", 1),
        ("各部门", "responsible", 1),
        ("各乡镇（街道）", "responsible", 2),
    ]
    lead = first.lead[0]
    assert doc.clean.text[lead.location.start - 1] == "▲"  # the span leaves the mark out
    assert units(second) == ([], ["县商务局", "各乡镇（街道）"], [])


def barred(*rows: tuple[str, ...]) -> str:
    """A ``|`` table a cell a line: a bar line between cells, two after each row."""
    return "".join("|\n" + "\n|\n".join(r) + "\n|\n" for r in rows)


def test_a_bar_table_a_cell_a_line_with_its_last_row_cut_in_its_title() -> None:
    text = HEAD + barred(
        ("序号", "工作任务", "负责部门", "时间进度"),
        ("1", "健全作业标准", "市城管局、市商务局", "常态工作"),
    )
    doc = parse_text(text + "|\n2\n|\n推进公厕提档,实现")
    first, second = doc.tasks
    assert (first.no, first.title, units(first), first.deadline) == (
        1,
        "健全作业标准",
        ([], ["市城管局", "市商务局"], []),
        "常态工作",
    )
    assert (second.no, second.title, units(second), second.deadline) == (
        2,
        "推进公厕提档，实现",
        ([], [], []),
        None,
    )


def test_a_short_row_is_taken_only_at_the_end_of_the_text_and_with_the_next_number() -> None:
    table = HEAD + barred(
        ("序号", "工作任务", "负责部门", "时间进度"),
        ("1", "健全作业标准", "市城管局", "常态工作"),
    )
    assert len(parse_text(table + "|\n3\n|\n推进公厕提档").tasks) == 1
    assert len(parse_text(table + "|\n2\n|\n推进公厕提档\n\n附件：填报说明\n").tasks) == 1


def test_a_group_column_puts_each_category_on_a_line_of_its_own() -> None:
    doc = parse_text(  # the page stops inside row 3, before its lead cell
        stacked(
            "分类", "序号", "事项", "责任单位", "牵头单位",
            "发展目标",
            "1", "财政收入增长5%。", "区财政局、区税务局", "区财政局",
            "2", "新增就业5000人。", "区人社局", "区人社局",
            "营商环境",
            "3", "推行一网通办。", "区政务服务中心",
        ).rstrip("\n")
    )  # fmt: skip
    assert [(t.no, t.title, units(t), t.body) for t in doc.tasks] == [
        (1, "财政收入增长5%", (["区财政局"], ["区财政局", "区税务局"], []), ""),
        (2, "新增就业5000人", (["区人社局"], ["区人社局"], []), ""),
        (3, "推行一网通办", ([], ["区政务服务中心"], []), ""),
    ]


def test_without_a_group_column_a_line_before_the_next_number_stays_the_body() -> None:
    doc = parse_text(
        stacked(
            "序号", "事项", "责任单位", "牵头单位",
            "1", "财政收入增长5%。", "区财政局", "区财政局", "按季调度。",
            "2", "新增就业5000人。", "区人社局", "区人社局",
        )
    )  # fmt: skip
    first, second = doc.tasks
    assert (first.title, first.body, second.title) == (
        "财政收入增长5%",
        "按季调度。",
        "新增就业5000人",
    )


def test_a_group_cell_printed_once_is_left_out_of_the_rows_below() -> None:
    doc = parse_text(
        stacked(
            "序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位",
            "1", "“安居”工程", "改造老旧小区", "改造老旧小区6个。", "区住建局", "东街街道", "区财政局",
            "2", "加装电梯", "加装电梯20部。", "区住建局", "/",
            "3", "维修公共管网", "维修管网5公里。", "区水务局", "东街街道", "西塘镇",
        )
    )  # fmt: skip
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "改造老旧小区", (["区住建局"], [], ["东街街道", "区财政局"])),
        (2, "加装电梯", (["区住建局"], [], [])),
        (3, "维修公共管网", (["区水务局"], [], ["东街街道", "西塘镇"])),
    ]


def test_header_cells_wrapped_over_two_lines_are_joined_by_the_grammar() -> None:
    doc = parse_text(
        stacked(
            "序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务", "工作任务安排",
            "第二季度", "完成情况",
            "1", "水库工程政策处理", "欧阳明", "水库工程政策处理工作领导小组",
            "完成项目政策处理工作。", "推进坟墓迁移工作。", "迁移进度达60%。",
            "2", "现代化美丽城镇", "吴凡", "乡村振兴办",
            "创建美丽城镇。", "按时间节点开展项目建设。", "完成投资3000万元。",
        )
    )  # fmt: skip
    assert [(t.title, units(t), t.leaders) for t in doc.tasks] == [
        ("水库工程政策处理", ([], ["水库工程政策处理工作领导小组"], []), ("欧阳明",)),
        ("现代化美丽城镇", ([], ["乡村振兴办"], []), ("吴凡",)),
    ]


def test_a_last_row_closed_by_its_own_full_stop_is_whole_where_the_file_ends() -> None:
    cells = (
        "序号\n重点工作任务\n牵头单位\n负责科室\n计划完成时间\n进展情况\n"
        "1\n新建助餐点12个\n区民政局\n养老服务科\n11月底前\n已完成选址8处。\n"
        "2\n新增养老床位200张\n已完成签约60户。"
    )
    whole = parse_text(HEAD + cells).tasks[-1]
    assert (units(whole), whole.deadline) == ((["区民政局"], ["养老服务科"], []), "11月底前")
    # a last cell with no full stop may be the start of a cell the page cut: in order
    cut = parse_text(HEAD + cells.removesuffix("。")).tasks[-1]
    # (read in order, its words fall in the 负责科室 cell, and end as no unit's name does;
    # the cells after it, the deadline's among them, are empty)
    assert (units(cut), cut.deadline) == ((["区民政局"], [], []), None)


def test_paragraph_cells_after_the_units_are_read_for_nothing_and_units_join() -> None:
    doc = parse_text(
        stacked(
            "序号", "目标任务", "牵头责任单位", "进展情况", "备注",
            "1", "新建农田12万亩", "农田建设科", "已开工9.6万亩。", "完成率", "（ 80 %）",
            "2", "创建示范村20个", "乡村建设科", "规划科", "已确定创建名单。",
        )
    )  # fmt: skip
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("新建农田12万亩", (["农田建设科"], [], [])),
        ("创建示范村20个", (["乡村建设科", "规划科"], [], [])),
    ]


def test_a_units_cell_printed_as_labelled_lines_is_one_cell_of_its_roles() -> None:
    rows = (
        "1\n组建专家委员会\n2024年6月底前\n牵头单位：市文物局\n配合单位：市水务局\n"
        "2\n编制保护规划\n2024年9月底前\n牵头单位：市文物局\n相关单位：市政府办\n \n"
        "3\n修缮古城墙\n2025年底前\n市住建局\n"
    )
    expected = [
        ("组建专家委员会", (["市文物局"], [], ["市水务局"])),
        ("编制保护规划", (["市文物局"], [], ["市政府办"])),  # (a line of spaces after it)
        ("修缮古城墙", ([], ["市住建局"], [])),
    ]
    known = parse_text(HEAD + "序号\n工作任务\n完成时限\n责任单位\n" + rows)
    assert [(t.title, units(t)) for t in known.tasks] == expected
    # a header holding words the grammar does not know (时间): read as a loose table
    loose = parse_text(HEAD + "序号\n工作任务\n时间\n责任单位\n" + rows)
    assert [(t.title, units(t)) for t in loose.tasks] == expected
    # one labelled line alone is the cell as it stands
    one = parse_text(
        HEAD
        + "序号\n工作任务\n完成时限\n责任单位\n1\n组建专家委员会\n6月底前\n牵头单位：市文物局\n"
    )
    assert [units(t) for t in one.tasks] == [(["市文物局"], [], [])]


def test_a_table_under_an_items_card_keeps_its_header_and_rows_its_own() -> None:
    doc = parse_text(
        HEAD + "（四）文本编制处\n\n处 长：李四（市文物局）\n\n"
        "主要任务：负责申遗文本的编制。\n\n附件：\n任务一览表\n\n"
        "序号\n\n工作任务\n\n时间\n\n部门\n\n牵头单位、相关单位\n\n"
        "1\n\n组建专家委员会\n\n6月底前\n\n申遗办\n\n牵头单位：市文物局\n\n相关单位：市水务局\n\n"
        "2\n\n编制保护规划\n\n9月底前\n\n申遗办\n\n牵头单位：市文物局\n\n相关单位：市政府办\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("组建专家委员会", (["市文物局"], [], ["市水务局"])),
        ("编制保护规划", (["市文物局"], [], ["市政府办"])),
    ]  # the header's 牵头单位、相关单位 is no clause of （四）; its card ends at 序号
