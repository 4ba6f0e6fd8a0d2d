"""Task cards of pipeline/parse/table_card.py: a task printed as labelled lines."""

from __future__ import annotations

from pipeline.grammar import NUMBER, TITLE, default_grammar
from pipeline.model import Role
from pipeline.parse.table import _lines
from pipeline.parse.table_card import card_table
from tests.parse.test_parser import HEAD, parse_text, units

BARRED = (
    "重点工作: | 41.建设城市绿道50公里。 |\n"
    "牵头单位: | 市园林局 |\n"
    "责任单位: | 市财政局、各区人民政府 |\n"
    "进展情况、存在问题 及下一步工作建议: |\n"
    "已完成。 建成绿道53公里。 |\n"
)


def test_a_barred_card_reads_its_number_title_and_units_and_stops_at_its_last_field() -> None:
    lines = _lines(BARRED)
    found = card_table(BARRED, lines, 0, default_grammar())
    assert found is not None
    columns, (row,), after = found
    assert columns == [NUMBER, TITLE, Role.LEAD, Role.RESPONSIBLE]
    assert [BARRED[s:e] for s, e in row.cells] == [
        "41.",
        "41.建设城市绿道50公里。",
        "市园林局",
        "市财政局、各区人民政府",
    ]
    assert after == 5  # the progress field's second line closes its cell with a bar


def test_cards_without_bars_are_tasks_numbered_by_place_and_a_field_runs_over_lines() -> None:
    doc = parse_text(
        HEAD
        + "重点工作：推进垃圾分类。\n牵头单位：市城管局\n年度阶段性工作目标：第一季度：印发方案。\n"
        + "第二季度：全面推开。\n重点工作：建设口袋公园20个。\n牵头单位：市园林局\n"
        + "配合单位：各区人民政府\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "推进垃圾分类", (["市城管局"], [], [])),
        (2, "建设口袋公园20个", (["市园林局"], [], ["各区人民政府"])),
    ]


def test_a_short_numbered_heading_above_a_card_titles_and_numbers_it() -> None:
    doc = parse_text(
        HEAD
        + "一、城乡供水保障项目\n目标任务：改造供水管网20公里。\n责任单位：区水利局\n"
        + "二、农村公路提质项目\n目标任务：新改建农村公路30公里。\n责任单位：区交通运输局\n"
        + "三、加强项目调度。每月通报一次进展。\n目标任务：按期完成。\n责任单位：区发展改革局\n"
    )
    assert [(t.no, t.title, t.body, units(t), t.section) for t in doc.tasks] == [
        (1, "城乡供水保障项目", "改造供水管网20公里。", ([], ["区水利局"], []), None),
        (2, "农村公路提质项目", "新改建农村公路30公里。", ([], ["区交通运输局"], []), None),
        (3, "按期完成", "", ([], ["区发展改革局"], []), "三、加强项目调度"),
    ]  # a heading holding a sentence (。) titles no card, and no units field runs into it;
    # a heading that titles its card is no section of it


def test_a_cards_labels_and_values_may_be_parted_by_blank_lines() -> None:
    card = (
        "具体整改情况表\n\n整改任务\n\n \n\n河长巡查流于形式。督察发现问题53个。\n\n责任单位\n\n"
        "县水利局、商城镇\n\n整改目标\n\n强化基层河长责任落实。\n\n整改措施\n\n（一）强化履职监督。\n"
    )
    doc = parse_text(card)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("河长巡查流于形式", ([], ["县水利局", "商城镇"], []))
    ]
    # a label with no value before the next label is still no card
    doc = parse_text("整改任务\n\n责任单位\n\n县水利局\n")
    assert doc.tasks == ()


def test_labels_alone_on_their_lines_each_over_its_value_make_a_card() -> None:
    doc = parse_text(
        HEAD + "具体任务\n建成中医院门诊楼。改扩建卫生院。\n责任单位\n县卫健局、县住建局\n"
        "配合单位\n各乡镇\n完成时限\n12月底前\n分享到：\n"
    )
    assert [(t.no, t.title, t.body, units(t), t.deadline) for t in doc.tasks] == [
        (
            1,
            "建成中医院门诊楼",
            "改扩建卫生院。",
            ([], ["县卫健局", "县住建局"], ["各乡镇"]),
            "12月底前",
        )
    ]  # the last value is its first line: the page's footer is no part of it
    grammar = default_grammar()
    header = "具体任务\n责任单位\n配合单位\n1\n建成门诊楼。\n县卫健局\n各乡镇\n"
    assert card_table(header, _lines(header), 0, grammar) is None  # a header a word a line


def test_a_title_label_without_a_value_or_a_card_without_a_unit_is_no_card() -> None:
    grammar = default_grammar()
    heading = "主要任务：\n1.推进垃圾分类。\n牵头单位：市城管局\n"
    assert card_table(heading, _lines(heading), 0, grammar) is None
    unitless = "重点工作：推进垃圾分类。\n年度目标：全面推开。\n"
    assert card_table(unitless, _lines(unitless), 0, grammar) is None
    blank = "重点工作: | 推进垃圾分类。 |\n牵头单位: | |\n"  # a lead field left empty
    assert card_table(blank, _lines(blank), 0, grammar) is None
    # a title field after an item's units fields closes the item's lines: no card opens
    after = (
        "(一)政策法规。\n牵头单位:科技厅\n成员单位:财政厅\n主要任务:宣传法规。\n牵头单位:教育厅\n"
    )
    assert card_table(after, _lines(after), 3, grammar) is None


def test_a_card_under_a_numbered_item_takes_its_heading_past_fields_read_for_nothing() -> None:
    doc = parse_text(
        HEAD
        + "1.住房保障服务\n\n（1）公租房保障\n\n服务对象：困难家庭。\n\n服务内容：发放租赁补贴。\n\n"
        + "牵头负责单位：县住建局。\n\n（2）危房改造\n\n服务内容：补助危房改造。\n\n"
        + "牵头负责单位：县住建局、县发改局。\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("（1）", "公租房保障", (["县住建局"], [], [])),
        ("（2）", "危房改造", (["县住建局", "县发改局"], [], [])),
    ]  # (a units field stops before the next item: （2）危房改造 is no unit)


def test_a_title_field_does_not_run_on_into_a_section_under_it() -> None:
    # 主要目标 over （一） and its numbered items: the items' labelled units are theirs
    doc = parse_text(
        HEAD + "一、强基固本工程\n主要目标：扩大团的有效覆盖，完善团的组织体系。\n"
        "（一）推动学校团学改革\n1.持续推动高校共青团改革实施方案落实。\n"
        "推进步骤：2026年，确保80%以上高校出台方案。\n责任部门：基层建设部\n"
        "二、从严治团工程\n主要目标：团员先进性明显增强。\n2.开展团员教育评议。\n"
        "推进步骤：每年第四季度开展。\n责任部门：组织部\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "持续推动高校共青团改革实施方案落实", ([], ["基层建设部"], [])),
        ("2", "开展团员教育评议", ([], ["组织部"], [])),  # numbered on: no point of the goal's
    ]
    # a title field's value may still run over lines numbered as its points
    (card,) = parse_text(
        HEAD + "重点工作：推进垃圾分类。\n1.印发方案。\n2.全面推开。\n牵头单位：市城管局\n"
    ).tasks
    assert (card.title, units(card)) == ("推进垃圾分类", (["市城管局"], [], []))
