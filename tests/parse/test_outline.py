"""The outline (pipeline/parse/outline.py): how items nest and which carry a clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.grammar import default_grammar
from pipeline.parse import outline as outline_module
from pipeline.parse.outline import (
    all_units,
    generic,
    is_unit_name,
    opens_with_unit_colon,
    opens_with_unit_stop,
    outline,
    states_subject_duty,
)
from pipeline.run import extract
from tests.parse.test_parser import HEAD, parse_text, units

PLANS = Path(__file__).parents[1] / "fixtures" / "plans"


def test_a_heading_naming_its_lead_gives_it_to_items_without_clauses() -> None:
    doc = parse_text(
        HEAD + "一、县文旅局、县体育局牵头工作（2项）\n1.办节会。\n2.建场馆。\n"
        "二、张三副县长牵头重点工作\n1.修路。\n三、县水利局牵头工作\n1.治河。（县财政局负责）\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1.1", "办节会", (["县文旅局", "县体育局"], [], [])),
        ("1.2", "建场馆", (["县文旅局", "县体育局"], [], [])),
        ("3.1", "治河", (["县财政局"], [], [])),
    ]  # a person leads no unit (2.1 is no task); an item with a clause of its own keeps it


def test_a_list_begun_on_an_earlier_page_does_not_nest_under_a_sub_item() -> None:
    doc = parse_text(
        HEAD + "（2）饮水工程。\n（责任部门：省水利厅）\n（3）道路工程。\n（责任部门：省交通厅）\n"
        "9.农村改革。\n（责任部门：省农业厅）\n"
    )
    assert [(t.task_id, t.title) for t in doc.tasks] == [
        ("2", "饮水工程"),
        ("3", "道路工程"),
        ("9", "农村改革"),
    ]


def test_a_heading_after_items_of_a_list_begun_earlier_is_no_sub_item_of_theirs() -> None:
    doc = parse_text(
        HEAD + "23.建书房。（牵头单位：市文旅局）\n24.办活动。（牵头单位：市体育局）\n"
        "（七）增进民生福祉。\n促进就业增收。\n25.稳岗位。（牵头单位：市人社局）\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("23", "建书房", (["市文旅局"], [], [])),
        ("24", "办活动", (["市体育局"], [], [])),
        ("25", "稳岗位", (["市人社局"], [], [])),
    ]  # （七） heads 25., not 24.'s sub-item taking its clause


def test_a_list_numbered_from_one_again_under_headings_is_theirs() -> None:
    doc = parse_text(
        HEAD + "1.[主题分类] 政务公开\n2.[有效性] 现行有效\n一、信息公开\n（一）规划公开\n"
        "1.公开规划。（区规划局负责）\n2.公开进展。（区城管局负责）\n"
    )
    assert [(t.task_id, t.title, t.section) for t in doc.tasks] == [
        ("1", "公开规划", "一、信息公开 / （一）规划公开"),
        ("2", "公开进展", "一、信息公开 / （一）规划公开"),
    ]  # the index list 1. 2. is closed: its items are neither tasks nor sections


def test_a_number_glued_to_its_title_is_an_item_only_before_a_label() -> None:
    doc = parse_text(
        HEAD + "1优化服务\n\n牵头单位：市人社局\n3个项目已开工\n进展顺利。\n"
        "2培育主体\n牵头单位：市市场监管局\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "优化服务", (["市人社局"], [], [])),
        (2, "培育主体", (["市市场监管局"], [], [])),
    ]  # 3个项目已开工 is followed by prose, and 3 is not the number due: text


def test_a_number_glued_before_sentences_is_an_item_and_the_first_may_be_past_one() -> None:
    doc = parse_text(
        "11完善清理制度。每两年清理一次。\n责任单位：市司法局\n"
        "12改革执法体制。适当下移执法重心。\n责任单位：市委编办\n"
        "3个项目已开工。进展顺利。\n责任单位：市发展改革委\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (11, "完善清理制度", ([], ["市司法局"], [])),
        (12, "改革执法体制", ([], ["市委编办", "市发展改革委"], [])),
    ]  # 3个 opens with an amount: the sentence is item 12's, its label line too


def test_a_number_masked_with_asterisks_is_the_one_before_the_next() -> None:
    doc = parse_text(
        HEAD + "一、行动时间\n**年4月15日开展行动。\n二、具体措施\n**、市城管局负责清理背街小巷。\n"
        "3、市市场监管局负责督导农贸市场。\n"
    )
    assert [(t.label, t.no, units(t)) for t in doc.tasks] == [
        ("**、", 2, (["市城管局"], [], [])),
        ("3、", 3, (["市市场监管局"], [], [])),
    ]  # **年 is a masked year, no number: no mark of a number follows it


def test_numbered_fields_under_a_heading_are_its_card_not_its_items() -> None:
    doc = parse_text(
        HEAD + "（五）完成时限：年内\n三、改造农村学校\n（一）责任领导：王立新\n"
        "（二）责任单位：市教育局\n（三）协办单位：市财政局\n（四）项目内容：\n"
        "1、改水40所。\n2、改厕20所。\n（五）完成时限：11月底前\n四、新建文化中心\n"
        "（一）责任单位：市文旅局\n"
    )
    assert [(t.label, t.title, units(t), t.deadline) for t in doc.tasks] == [
        ("三、", "改造农村学校", ([], ["市教育局"], ["市财政局"]), "11月底前"),
        ("四、", "新建文化中心", ([], ["市文旅局"], []), None),
    ]
    # (fields a section's heading names, 二、责任主体和公开方式 / （一）责任主体：…, stay its
    # items: test_a_sections_fields_a_line_each_are_no_list_of_tasks)


def test_a_cut_bracket_listing_units_is_a_clause_even_alone() -> None:
    doc = parse_text(HEAD + "1.清查经营网点。（各县人民政府及市住建局、市市场监")
    # (the cut 市市场监 counts as listed, then is left out: no unit's name ends so)
    assert units(doc.tasks[0]) == ([], ["各县人民政府", "市住建局"], [])
    # one unit only may be a remark (（含开发区）): no clause, and no task of a list
    assert parse_text(HEAD + "1.清查经营网点。（市住建局").tasks == ()


def test_a_duty_the_pages_end_cut_after_its_verb_is_its_units_task() -> None:
    duties = "".join(
        f"区{name}：负责组织本系统的地质灾害隐患排查工作。\n" for name in ("水务局", "卫健局")
    )
    doc = parse_text(duties + "区融媒体中心、电信区分公司：负责保障")
    assert [(t.title, units(t)) for t in doc.tasks][-1] == (
        "负责保障",
        (["区融媒体中心", "电信区分公司"], [], []),
    )
    # a short duty the text closes with a mark is whole, too short to read alone
    assert len(parse_text(duties + "区气象局：负责预报。").tasks) == 2


def test_a_units_short_duty_after_its_colon_is_read_when_a_duty_verb_opens_it() -> None:
    doc = parse_text(
        HEAD
        + "二、职责分工\n（一）市民政局：负责全市社会救助体系建设。\n（二）市教育局：负责教育救助。\n"
        "（三）市卫健局：负责医疗救助。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责全市社会救助体系建设", (["市民政局"], [], [])),
        ("负责教育救助", (["市教育局"], [], [])),
        ("负责医疗救助", (["市卫健局"], [], [])),
    ]
    # without a duty's verb, so short a text after a name's colon is no duty (a field)
    assert parse_text(HEAD + "（一）市民政局：救助。\n（二）市教育局：助学。\n").tasks == ()


def test_a_duty_the_pages_end_cut_after_its_first_character_is_its_units_task() -> None:
    doc = parse_text(
        HEAD + "19、市旅游局：旅游规划及开发必须与规划纲要相协调。\n20、市安全监管局：做"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("旅游规划及开发必须与规划纲要相协调", (["市旅游局"], [], [])),
        ("做", (["市安全监管局"], [], [])),
    ]


def test_a_heading_naming_a_unit_and_its_duties_makes_the_unit_lead_its_items() -> None:
    doc = parse_text(
        HEAD + "（一）县公安局主要工作任务：\n1、查处超载车辆。\n2、整治违规停车。\n"
        "（二）领导小组主要职责：\n1、统筹协调整治工作。\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "查处超载车辆", (["县公安局"], [], [])),
        ("2", "整治违规停车", (["县公安局"], [], [])),
    ]  # a 领导小组 is a body that owns no tasks: its duties are no tasks


def test_items_opening_with_a_unit_name_need_a_list_of_them_and_duties_after() -> None:
    listed = parse_text(
        HEAD + "二、任务分工\n1、区水务局。排查雨污混接点位并建立台账。\n"
        "2、区城管局。清掏雨水管道并安排专人值守。\n"
    )
    assert [(t.title, units(t)) for t in listed.tasks] == [
        ("排查雨污混接点位并建立台账", (["区水务局"], [], [])),
        ("清掏雨水管道并安排专人值守", (["区城管局"], [], [])),
    ]
    single = parse_text(HEAD + "二、重点项目\n1、建设社区服务中心。新建用房两千平方米以上。\n")
    assert single.tasks == ()  # one item opening with a name-like title is a title


def test_items_opening_with_a_unit_as_subject_make_it_lead_and_its_directed_unit_responsible() -> (
    None
):
    listed = parse_text(
        HEAD + "三、职责分工\n1、镇派出所负责养犬登记和违法养犬查处。\n"
        "2、镇农服中心组织镇兽医站负责犬只免疫和疫情监测。\n"
        "3、镇城管中队会同镇市场监管所负责流动摊点管理。\n"
    )
    assert [(t.title, units(t)) for t in listed.tasks] == [
        ("负责养犬登记和违法养犬查处", (["镇派出所"], [], [])),
        ("负责犬只免疫和疫情监测", (["镇农服中心"], ["镇兽医站"], [])),
        ("负责流动摊点管理", (["镇城管中队"], [], ["镇市场监管所"])),
    ]
    mixed = parse_text(
        HEAD + "三、工作措施\n1、专人负责养犬登记和违法养犬查处。\n"
        "2、镇农服中心负责犬只免疫和疫情监测。\n"
    )
    assert mixed.tasks == ()  # 专人 ends no unit's name: the list is not one of units


def test_units_opening_the_sentence_after_a_short_title_lead_its_item() -> None:
    listed = parse_text(
        HEAD + "五、检查重点\n（九）民爆器材管理。县公安局要重点检查运输和储存环节。\n"
        "（十）建筑施工安全。县住建局、县应急局要督促施工单位落实防护措施。\n"
        "（十一）各部门要负责本系统的安全检查。\n"
    )
    assert [(t.title, units(t)) for t in listed.tasks] == [
        ("民爆器材管理", (["县公安局"], [], [])),
        ("建筑施工安全", (["县住建局", "县应急局"], [], [])),
        ("要负责本系统的安全检查", (["各部门"], [], [])),  # a subject with no short title
    ]
    generic = parse_text(
        HEAD + "五、检查重点\n（一）道路交通安全。各地要严查超载超速行为。\n"
        "（二）消防安全。县消防救援大队要检查人员密集场所。\n"
    )
    assert generic.tasks == ()  # 各地 ends no unit's name: not every item opens so


def test_a_subject_after_a_short_title_ends_as_a_name_ends() -> None:
    doc = parse_text(
        HEAD + "二、检查重点\n（一）保密检查。市委机要保密局要抽查涉密载体管理。\n"
        "（二）工作格局。市委农村工作领导小组办公室要统筹推进农村改革。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("保密检查", (["市委机要保密局"], [], [])),  # 要 inside the name is no verb
        ("工作格局", (["市委农村工作领导小组办公室"], [], [])),  # a group's office owns tasks
    ]  # and a title ending as a name ends (…格局。) is still the title


def test_units_opening_later_sentences_of_a_titled_item_lead_it_too() -> None:
    doc = parse_text(
        HEAD + "三、工作任务\n（一）整治“三合一”、群租房等风险。各社区、各部门要开展综合治理。\n"
        "（二）提升文物建筑消防水平。要加大检查力度，及时整改隐患。街道文体站要加强文物建筑排查。\n"
        "（三）加强燃气安全治理。街道城建站要督促检查。市场监管所要加强监管。"
        "街道城建站、街道统计站等部门要组织用户检查。\n"
        "（四）做好疫情处置。市农牧局要制定疫情处置方案，镇人民政府要落实具体处置措施。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("整治“三合一”、群租房等风险", (["各社区", "各部门"], [], [])),  # a title holding 、
        ("提升文物建筑消防水平", (["街道文体站"], [], [])),  # after a sentence with no subject
        ("加强燃气安全治理", (["街道城建站", "市场监管所", "街道统计站"], [], [])),  # each once
        ("做好疫情处置", (["市农牧局", "镇人民政府"], [], [])),  # a clause after a comma
    ]
    etc = [m.etc for m in doc.tasks[2].lead]
    assert etc == [False, False, True]  # 等部门 after the last new name is its flag
    # a sentence before the units that has a subject of its own is prose: no list reads so
    prose = parse_text(
        HEAD + "三、工作任务\n（一）落实经费。调查是地方性调查。市和各区县要分级负担。\n"
        "（二）严把质量关。每个小区配备调查员。各区县要签订责任书。\n"
    )
    assert prose.tasks == ()


def test_a_group_led_by_a_units_people_is_a_task_that_unit_leads() -> None:
    groups = (
        "五、督查分组\n（一）煤矿安全督查组。由市煤炭工业局1名县级领导带队，2名专业人员参加。\n"
        "（二）加油库（站）安全督查组。由市经贸委一名县级领导带队，2名专业人员参加。\n"
        "（三）道路交通安全督查组。市公安交巡警支队2名领导带队，3名民警参加。\n"
    )
    doc = parse_text(HEAD + groups)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("煤矿安全督查组", (["市煤炭工业局"], [], [])),
        ("加油库（站）安全督查组", (["市经贸委"], [], [])),  # a short word in brackets
        ("道路交通安全督查组", (["市公安交巡警支队"], [], [])),  # no 由
    ]
    joined = parse_text(HEAD + groups.replace("领导带队", "同志参加"))
    assert all(units(t)[0] != ["市煤炭工业局"] for t in joined.tasks)  # people who only join


def test_an_inspections_methods_the_page_cut_are_no_tasks() -> None:
    tasks = (
        "（三）市公安局牵头负责人员密集场所消防安全专项督查。\n"
        "（四）市安监局牵头负责危险化学品安全生产专项督查。\n"
    )
    methods = (
        "五、督查方法\n（一）听取汇报，查阅资料。全面听取汇报。\n（二）深入实际，现场督查。深入"
    )
    doc = parse_text("通知\n" + tasks + methods)
    assert [t.title for t in doc.tasks] == [
        "人员密集场所消防安全专项督查",
        "危险化学品安全生产专项督查",
    ]
    # a list of measures the page cut before its clauses is still one of tasks
    measures = parse_text("通知\n" + tasks + methods.replace("督查方法", "推进措施"))
    assert [t.title for t in measures.tasks][2:] == ["听取汇报，查阅资料", "深入实际，现场督查"]


def test_a_page_opening_inside_an_item_keeps_it_as_the_task_before_the_first_number() -> None:
    page = (
        "节能减排综合性工作实施方案\n政府机关率先垂范。建设崇尚节约的机关文化。\n"
        "责任单位：市机关事务局、市教育局\n（四十二）抓好办公设备节能。分批完成空调改造。\n"
        "责任单位：市机关事务局、市建委\n（四十三）加强绿色采购。认真落实意见。\n"
        "责任单位：市财政局、各区市政府\n"
    )
    doc = parse_text(page)
    assert [(t.no, t.label, t.title, t.number_lost) for t in doc.tasks] == [
        (41, "41", "政府机关率先垂范", True),  # its number on the page before
        (42, "（四十二）", "抓好办公设备节能", False),
        (43, "（四十三）", "加强绿色采购", False),
    ]
    assert units(doc.tasks[0]) == ([], ["市机关事务局", "市教育局"], [])
    # before a list numbered from 1, the paragraph is the plan's own
    first = parse_text(page.replace("（四十二）", "（一）").replace("（四十三）", "（二）"))
    assert [t.title for t in first.tasks] == ["抓好办公设备节能", "加强绿色采购"]


def test_units_alone_on_their_item_line_lead_the_duties_on_the_next_line() -> None:
    doc = parse_text(
        HEAD + "2.2职责任务。\n（1）市林业局。\n负责火场勘察和损失调查。\n"
        "（2）市检察院、市中级人民法院。\n负责火灾案件的诉讼和审理工作。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责火场勘察和损失调查", (["市林业局"], [], [])),
        ("负责火灾案件的诉讼和审理工作", (["市检察院", "市中级人民法院"], [], [])),
    ]


def test_a_list_numbered_again_without_any_clause_is_no_list_of_tasks() -> None:
    doc = parse_text(
        HEAD + "1、构建冷链网络。\n2、提高流通率。\n1、补贴预冷设施。\n"
        "1、建设集配中心。（市农业农村局负责）\n2、完善配送网络。（市商务局负责）\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "建设集配中心", (["市农业农村局"], [], [])),
        ("2", "完善配送网络", (["市商务局"], [], [])),
    ]  # goals 1、2、 and highlights 1、 start again under no heading and name no unit


def test_items_numbered_by_levels_nest_and_the_deepest_carry_the_clauses() -> None:
    doc = parse_text(
        HEAD + "一、办学方向\n1.1 党的领导\n1.1.1领导体制落实情况（责任部门：党委办公室）\n"
        "1.1.2思政体系建设情况（责任部门：党委宣传部）\n1.2 本科地位\n"
        "1.2.1中心地位落实情况（责任部门：教务处）\n"
    )
    assert [(t.label, t.title, t.section, units(t)) for t in doc.tasks] == [
        ("1.1.1", "领导体制落实情况", "一、办学方向 / 1.1 党的领导", ([], ["党委办公室"], [])),
        ("1.1.2", "思政体系建设情况", "一、办学方向 / 1.1 党的领导", ([], ["党委宣传部"], [])),
        ("1.2.1", "中心地位落实情况", "一、办学方向 / 1.2 本科地位", ([], ["教务处"], [])),
    ]


def test_headings_that_are_a_units_name_lead_the_duties_below_them() -> None:
    doc = parse_text(
        HEAD + "一、县城区办事处\n（一）做好立体绿化。\n（二）开展义务植树。\n"
        "二、县建设局\n（一）编制绿地规划。\n三、工作要求\n各责任单位要按照职责分工抓好落实。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("做好立体绿化", (["县城区办事处"], [], [])),
        ("开展义务植树", (["县城区办事处"], [], [])),
        ("编制绿地规划", (["县建设局"], [], [])),
    ]
    one = parse_text(
        HEAD + "一、县城区办事处\n（一）做好立体绿化。\n二、工作要求\n（一）加强领导。\n"
    )
    assert one.tasks == ()  # a single heading named so could be anything
    inspected = parse_text(
        HEAD + "一、青禾街道\n1.校门口设置护学岗。\n2.石榴巷占道经营。（责任单位：区执法局）\n"
        "二、白沙街道\n1.农贸市场垃圾未清运。（责任单位：区城管局）\n"
    )
    assert [(t.title, units(t)) for t in inspected.tasks] == [
        ("校门口设置护学岗", ([], [], [])),
        ("石榴巷占道经营", ([], ["区执法局"], [])),
        ("农贸市场垃圾未清运", ([], ["区城管局"], [])),
    ]  # places inspected over problems with their own clauses: the headings lead nothing


def test_a_units_heading_leads_its_items_though_one_names_a_person_of_it_in_a_clause() -> None:
    doc = parse_text(
        "运动会各部门工作安排\n一、学院办公室\n联系人：郑大远\n（一）负责起草开幕词。\n"
        "（二）负责主席台座位安排。\n二、学工部\n（—）负责看台的人员分布。\n"
        "（二）评出6个精神文明运动队（学工部王锐负责）。\n三、卫生所\n在主席台南边设救护站。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责起草开幕词", (["学院办公室"], [], [])),
        ("负责主席台座位安排", (["学院办公室"], [], [])),
        ("负责看台的人员分布", (["学工部"], [], [])),
        ("评出6个精神文明运动队", (["学工部"], [], [])),
        ("在主席台南边设救护站", (["卫生所"], [], [])),
    ]  # (the clause names the heading's unit and a person of it: the heading still leads)
    assert [t.leaders for t in doc.tasks] == [(), (), (), ("王锐",), ()]


def test_a_catch_all_heading_beside_named_ones_leads_nothing_its_items_name_their_own() -> None:
    doc = parse_text(
        HEAD + "（一）市外事办\n1.负责邀请领导出席会议；\n2.负责现场翻译工作。\n"
        "（二）市侨办\n负责邀请荣誉市民。\n（三）其他部门\n"
        "1.做好会议互动环节，回答相关问题；\n2.市发改委、市建委负责政策咨询活动；\n"
        "3.各区外经贸局负责落实大会签约项目；\n4.香港越秀集团负责协助做好交通安排。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责邀请领导出席会议", (["市外事办"], [], [])),
        ("负责现场翻译工作", (["市外事办"], [], [])),
        ("负责邀请荣誉市民", (["市侨办"], [], [])),
        ("做好会议互动环节，回答相关问题", ([], [], [])),
        ("负责政策咨询活动", (["市发改委", "市建委"], [], [])),
        ("负责落实大会签约项目", (["各区外经贸局"], [], [])),
        ("负责协助做好交通安排", (["香港越秀集团"], [], [])),
    ]  # three of four name their units: more than half will do under a catch-all


def test_a_unit_that_takes_part_opens_its_own_duty() -> None:
    doc = parse_text(
        HEAD + "四、职责分工\n市经委负责对企业生产经营能力进行认定。\n"
        "市财政局参与退休人员资格审核，负责筹集和落实所需资金。\n市工商局负责对企业资格进行认定。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责对企业生产经营能力进行认定", ["市经委"]),
        ("参与退休人员资格审核，负责筹集和落实所需资金", ["市财政局"]),
        ("负责对企业资格进行认定", ["市工商局"]),
    ]


def test_a_units_name_and_colon_the_page_cut_after_is_no_task() -> None:
    doc = parse_text(
        HEAD + "一、市委办公室：督查市委部署的重要事项落实；做好信息报送。\n"
        "二、市委组织部：加强领导班子思想政治建设。\n三、市委宣传部：\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("一、", "督查市委部署的重要事项落实；做好信息报送", (["市委办公室"], [], [])),
        ("二、", "加强领导班子思想政治建设", (["市委组织部"], [], [])),
    ]
    kept = parse_text(
        HEAD + "一、市委办公室：督查市委部署的重要事项落实。\n"
        "二、市委组织部：加强领导班子思想政治建设。\n三、市委宣传部：\n负责理论武装工作。\n"
    )
    assert [t.title for t in kept.tasks][-1] == "负责理论武装工作"


def test_headings_naming_a_kind_of_department_lead_their_items_numbered_from_one() -> None:
    doc = parse_text(
        "危险化学品安全监管职责\n（二）负责发放剧毒化学品购买凭证。\n（三）接受公众上缴的剧毒化学品。\n"
        "三、质监部门\n（一）负责生产许可证的受理。\n（二）依法进行安全监察。\n"
        "四、交通部门\n（一）负责运输单位的安全管理。\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("2", "负责发放剧毒化学品购买凭证", ([], [], [])),
        ("3", "接受公众上缴的剧毒化学品", ([], [], [])),
        ("3.1", "负责生产许可证的受理", (["质监部门"], [], [])),
        ("3.2", "依法进行安全监察", (["质监部门"], [], [])),
        ("4.1", "负责运输单位的安全管理", (["交通部门"], [], [])),
    ]  # (三、质监部门 is a numbered heading, no name line whose 三 is a field of 部门)


def test_duties_may_open_with_each_directing_verb_of_the_grammar() -> None:
    doc = parse_text(
        HEAD
        + "一、各单位按照目录编制细则整改本单位网站栏目设置。\n"
        + "二、各单位参照市直部门调研表梳理本单位的职能事项。\n"
        + "三、区教育局、区卫生健康局分别负责编制区属学校、医院的公开目录。\n"
        + "四、区住房建设局督促物业企业做好小区公告栏更新。\n"
        + "五、区大数据中心具体负责公开目录系统的技术保障。\n"
    )
    assert [(t.title[:6], units(t)) for t in doc.tasks] == [
        ("按照目录编制", (["各单位"], [], [])),
        ("参照市直部门", (["各单位"], [], [])),
        ("分别负责编制", (["区教育局", "区卫生健康局"], [], [])),
        ("督促物业企业", (["区住房建设局"], [], [])),
        ("具体负责公开", (["区大数据中心"], [], [])),
    ]


def test_a_unit_leading_as_the_subject_of_its_duty_leads_it() -> None:
    doc = parse_text(
        HEAD
        + "二、职责分工\n"
        + "（一）县公安局负责电动自行车登记上牌工作。\n"
        + "（二）县委宣传部牵头县融媒体中心开展安全骑行宣传。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责电动自行车登记上牌工作", (["县公安局"], [], [])),
        ("牵头县融媒体中心开展安全骑行宣传", (["县委宣传部"], [], [])),
    ]


def test_one_heading_named_so_under_a_division_of_duties_leads_its_items() -> None:
    doc = parse_text(
        HEAD + "三、职责分工\n（一）区房管局。\n1.负责房源筹措和信息发布。\n"
        "2.负责申请家庭的抽查核查。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责房源筹措和信息发布", (["区房管局"], [], [])),
        ("负责申请家庭的抽查核查", (["区房管局"], [], [])),
    ]


def test_a_units_name_may_hold_a_bracket_listing_places() -> None:
    grammar = default_grammar()
    assert is_unit_name("县（市、区、开发区）人民政府（管委会）", grammar)
    assert all_units(grammar, "县（特区、区）人民政府、市规划局")
    assert not all_units(grammar, "县（特区、区）人民政府、规划和")
    # departments named by their fields, the list closed by their kind
    assert all_units(grammar, "教育、科技、扶贫开发等部门")
    assert not all_units(grammar, "教育、科技")
    assert not all_units(grammar, "加强教育的、科技等部门")


def test_a_department_and_its_offices_in_brackets_lead_the_duty_below() -> None:
    doc = parse_text(
        HEAD + "1.公安部门（户籍科、交管大队）\n负责核查户籍和车辆登记情况。\n"
        "2.民政部门（救助中心）\n负责核查低保情况。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责核查户籍和车辆登记情况", (["公安部门（户籍科、交管大队）"], [], [])),
        ("负责核查低保情况", (["民政部门（救助中心）"], [], [])),
    ]  # the bracket is part of the name, no clause of units without roles


def test_a_list_opening_with_units_reads_so_beside_a_list_with_clauses() -> None:
    doc = parse_text(
        HEAD + "一、重点改革任务\n1.推行企业开办一日办结。（牵头单位：县市场监管局）\n"
        "二、部门服务职责\n1、县税务局负责落实减税降费政策。\n2、县人社局负责宣传报道。\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1.1", "推行企业开办一日办结", (["县市场监管局"], [], [])),
        ("2.1", "负责落实减税降费政策", (["县税务局"], [], [])),
        ("2.2", "负责宣传报道", (["县人社局"], [], [])),  # a verb and a short duty suffice
    ]
    short = parse_text(HEAD + "1、县税务局负责宣传。\n2、县人社局负责宣传。\n")
    assert short.tasks == ()  # duties too short to read past a title: no units, no tasks


def test_duties_a_page_cut_above_their_units_heading_are_tasks_without_units() -> None:
    doc = parse_text(
        "3、建立居住登记台账。\n4、每半年开展一次督查。\n（二）公安部门\n1、同步采集随迁子女信息。\n"
        "2、核查出租房屋。\n（三）民政部门\n1、做好困难人员救助。\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (3, "建立居住登记台账", ([], [], [])),
        (4, "每半年开展一次督查", ([], [], [])),
        (1, "同步采集随迁子女信息", (["公安部门"], [], [])),
        (2, "核查出租房屋", (["公安部门"], [], [])),
        (1, "做好困难人员救助", (["民政部门"], [], [])),
    ]
    titled = parse_text(
        "2.重点项目资金估算表。（略）\n一、消防站点建设\n1.完成特勤中队建设。\n责任单位：市消防支队\n"
    )
    assert [t.title for t in titled.tasks] == ["完成特勤中队建设"]  # a heading of no unit's name


def test_units_names_on_unnumbered_lines_lead_the_items_below_them() -> None:
    doc = parse_text(
        HEAD + "县文明办\n1.组织群众参与创建活动。\n2.纳入文明单位考核内容。\n"
        "县财政局\n1.足额保障创建活动经费。\n三、工作要求\n1.各部门抓好落实。\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1.1", "组织群众参与创建活动", (["县文明办"], [], [])),
        ("1.2", "纳入文明单位考核内容", (["县文明办"], [], [])),
        ("2.1", "足额保障创建活动经费", (["县财政局"], [], [])),
    ]  # the plan's own heading (三、) closes the last unit's list
    one = parse_text(HEAD + "县文明办\n1.组织群众参与创建活动。\n2.纳入文明单位考核内容。\n")
    assert one.tasks == ()  # a single name over a list could be anything


def test_no_units_name_opens_with_a_roles_word() -> None:
    grammar = default_grammar()
    assert is_unit_name("各区", grammar)
    # a duty's words after a unit's colon: 市规划局： / 会同各区做好…
    assert not is_unit_name("会同各区", grammar)
    assert not is_unit_name("负责督促各区", grammar)
    assert not is_unit_name("配合市财政局", grammar)


def test_a_section_framing_the_plan_is_no_task_beside_sections_with_clauses() -> None:
    doc = parse_text(
        HEAD
        + "一、工作目标\n到2027年，基本建成法治乡村。\n二、涉农立法\n推进涉农立法。（责任单位：市司法局）\n"
        "三、执法监督\n规范执法行为。\n四、保障措施\n加强组织领导。\n"
    )
    # 执法监督 stays a task with no units; 工作目标 and 保障措施 frame the plan
    assert [(t.task_id, t.title, units(t)[1]) for t in doc.tasks] == [
        ("2", "涉农立法", ["市司法局"]),
        ("3", "执法监督", []),
    ]
    # a framing word with a clause of its own is a task as printed
    owned = parse_text(
        HEAD
        + "一、保障措施\n加强组织领导。（责任单位：市委办）\n二、立法\n推进。（责任单位：市司法局）\n"
    )
    assert [t.title for t in owned.tasks] == ["保障措施", "立法"]


def test_an_event_ending_as_a_name_ends_is_no_units_name() -> None:
    g = default_grammar()
    assert is_unit_name("县民族团结运动会", g) is False
    assert is_unit_name("举办评选颁奖晚会", g) is False
    assert is_unit_name("县民宗委", g) and is_unit_name("市总工会", g)  # 会 of a body
    # what a task builds, ending in a bureau's or a station's word, is no unit either
    assert is_unit_name("推进视频资源整合工作格局", g) is False
    assert is_unit_name("深化协同办公平台", g) is False
    assert is_unit_name("市公安局", g) and is_unit_name("县广播电视台", g)


def test_sections_titled_by_what_they_build_are_tasks_not_units_over_paragraphs() -> None:
    doc = parse_text(
        HEAD + "第二章 强化源头管控\n第一节 推进视频资源整合工作格局\n提升智慧校园水平。"
        "（市林业局、各开发区管委会）\n第二节 深化协同办公平台\n规范应急指挥调度能力。"
        "（市水利局、各区县（市）人民政府）\n"
    )
    assert [(t.task_id, t.title, units(t)[1]) for t in doc.tasks] == [
        ("1", "推进视频资源整合工作格局", ["市林业局", "各开发区管委会"]),
        ("2", "深化协同办公平台", ["市水利局", "各区县（市）人民政府"]),
    ]


def test_headings_naming_events_over_sentences_that_end_by_naming_their_unit() -> None:
    doc = parse_text(
        HEAD
        + "一、活动安排\n（一）举办展演活动\n每天由一个党委组织展演一台文艺晚会。具体由县文体局负责。\n"
        "（二）举办民族团结运动会\n于5月下旬举办运动会，届时举行群众游行，具体由县文体局负责。\n"
        "（三）举办颁奖晚会\n于9月举办颁奖晚会，由县委宣传部具体负责。\n"
    )
    assert [(t.task_id, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1", "举办展演活动", ["县文体局"]),
        ("2", "举办民族团结运动会", ["县文体局"]),  # the heading names an event, no unit
        ("3", "举办颁奖晚会", ["县委宣传部"]),  # 具体负责: no part of the name
    ]


def test_a_heading_a_page_started_under_never_nests_under_an_item_of_the_style_below() -> None:
    items = outline("（五）甲。\n（六）乙。\n五、丙\n（七）丁。\n", default_grammar())
    assert [(i.number.label, i.parent.number.label if i.parent else None) for i in items] == [
        ("（五）", None),
        ("（六）", None),
        ("五、", None),  # 一、 heads （一）: not a child of （六）
        ("（七）", "五、"),
    ]


def test_a_line_counting_the_items_above_gives_them_its_units() -> None:
    doc = parse_text(
        HEAD + "一、重点工作\n1.增长6%；\n2.增长5%；\n2项目标的责任单位均为市发展改革委。\n"
        "3.增长7%；\n该目标责任单位为市统计局。\n4.增长8%；\n3项目标的责任单位均为市商务局。\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "增长6%", ([], ["市发展改革委"], [])),
        ("2", "增长5%", ([], ["市发展改革委"], [])),
        ("3", "增长7%", ([], ["市统计局"], [])),
        ("4", "增长8%", ([], [], [])),
    ]  # three counted above item 4, two of them with a unit of their own: applied to none


def test_a_sections_fields_a_line_each_are_no_list_of_tasks() -> None:
    doc = parse_text(
        HEAD + "二、责任主体和公开方式\n（一）责任主体：市民政局\n（二）公开时限：20个工作日内。\n"
        "（三）公开方式：门户网站。\n三、任务\n1.公开预算。（责任单位：市财政局）\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [("公开预算", ([], ["市财政局"], []))]
    fields = parse_text(
        HEAD + "二、任务\n（一）数字经济：推进园区建设。（牵头单位：市发改委）\n"
        "（二）数字社会：推进社区建设。（牵头单位：市民政局）\n"
    )
    assert len(fields.tasks) == 2  # short words and colons, each naming its units: tasks
    steps = parse_text(
        HEAD + "二、重点任务\n1.宣传发动：开展宣传。\n2.排查摸底：建立台账。\n"
        "3.集中整治：开展整治。（责任单位：市城管局）\n"
    )
    assert [t.title for t in steps.tasks] == [
        "宣传发动：开展宣传",
        "排查摸底：建立台账",
        "集中整治：开展整治",
    ]
    # (words their heading does not name: steps of the work, tasks though two name no unit)


def test_a_units_name_line_closed_by_a_colon_heads_the_items_below_it() -> None:
    doc = parse_text(
        HEAD + "市交通运输局：\n（1）狠抓项目建设。全力推进。\n（2）提升运输服务。\n"
        "南溪区：\n（1）改善教育条件。新建学校。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("狠抓项目建设", (["市交通运输局"], [], [])),
        ("提升运输服务", (["市交通运输局"], [], [])),
        ("改善教育条件", (["南溪区"], [], [])),
    ]
    # a line of words that names no unit stays no heading, colon or not
    plain = parse_text(HEAD + "主要任务：\n（1）狠抓项目建设。\n重点工作：\n（1）改善条件。\n")
    assert all(units(t) == ([], [], []) for t in plain.tasks)


def test_a_line_naming_a_unit_and_its_duties_heads_the_items_below_it() -> None:
    doc = parse_text(
        "3.负责养老机构年度检查。\n4.负责信息平台数据报送。\n各街道办事处主要职责:\n"
        "1.负责居家养老站点管理。\n2.负责养老需求摸底。\n区卫生健康局工作职责：\n"
        "1.负责医养结合机构备案。\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("3.", "负责养老机构年度检查", ([], [], [])),  # the lost unit's: the page cut its name
        ("4.", "负责信息平台数据报送", ([], [], [])),
        ("1.", "负责居家养老站点管理", (["各街道办事处"], [], [])),  # a collective too
        ("2.", "负责养老需求摸底", (["各街道办事处"], [], [])),
        ("1.", "负责医养结合机构备案", (["区卫生健康局"], [], [])),
    ]
    # a line of a duty's words with no unit before them heads nothing
    plain = parse_text("3.负责年度检查。\n主要职责：\n1.负责站点管理。\n2.负责需求摸底。\n")
    assert plain.tasks == ()


def test_a_heading_of_a_units_duties_leads_them_and_a_kind_of_body_leads_nothing() -> None:
    doc = parse_text(
        HEAD + "四、部门职责\n（一）县公安局：负责火场治安，维护秩序。\n"
        "（二）县气象局：负责气象服务，发布预警。\n五、成员单位职责\n"
        "1.县民政局：负责灾民安置，发放物资。\n2.县交通局：负责运输保障，调集车辆。\n"
        "六、日常办事机构\n（一）县指挥部办公室职责\n1.负责本预案的修订和实施。\n"
        "2.做好火险监测和预警工作。\n"
    )
    assert [(t.label, units(t)[0]) for t in doc.tasks] == [
        ("（一）", ["县公安局"]),  # 部门 and 成员单位 are kinds, no owners: the items' own
        ("（二）", ["县气象局"]),
        ("1.", ["县民政局"]),
        ("2.", ["县交通局"]),
        ("1.", ["县指挥部办公室"]),  # a unit and the bare word 职责
        ("2.", ["县指挥部办公室"]),
    ]
    grammar = default_grammar()
    assert [
        generic(n, grammar) for n in ("部门", "成员单位", "日常办事机构", "县应急指挥机构")
    ] == [
        True,
        True,
        True,
        False,
    ]
    assert not generic("公安部门", grammar)
    # a body of that kind named by its own field is a unit: an agency, no role among others
    assert [
        generic(n, grammar) for n in ("动物卫生监督机构", "前线指挥机构", "组织机构", "内设机构")
    ] == [False, True, True, True]
    doc = parse_text(
        "第二十一条 动物卫生监督机构主要职责：\n（一）负责实施动物检疫工作；\n"
        "（二）负责动物防疫监督工作。\n"
    )
    assert [t.lead[0].text for t in doc.tasks] == ["动物卫生监督机构", "动物卫生监督机构"]


def test_a_departments_field_before_the_bare_duties_word_owns_the_items_below() -> None:
    doc = parse_text(
        HEAD
        + "第十二条 监察机关职责\n（一）负责对行政监察对象实施监察；\n（二）督促有关部门开展工作。\n"
        "第十三条 财政部门职责\n负责筹措道路交通安全工作经费。\n"
        "第十四条 建设、规划、城管部门职责\n（一）负责城镇道路的建设、养护；\n（二）制定停车场专项规划。\n"
        "第十五条 乡（镇）人民政府的工作职责\n（一）负责辖区道路的交通安全管理工作。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [
        ("（一）", "负责对行政监察对象实施监察", ["监察机关"]),
        ("（二）", "督促有关部门开展工作", ["监察机关"]),
        # an article's heading over a paragraph: the paragraph is the task
        ("第十三条", "负责筹措道路交通安全工作经费", ["财政部门"]),
        ("（一）", "负责城镇道路的建设、养护", ["建设", "规划", "城管部门"]),  # fields, one kind
        ("（二）", "制定停车场专项规划", ["建设", "规划", "城管部门"]),
        ("（一）", "负责辖区道路的交通安全管理工作", ["乡（镇）人民政府"]),  # 的 before the word
    ]
    tasks = parse_text(
        HEAD
        + "（七）卫生部门职责、任务\n1.加强对学校食堂的监督管理。\n2.依法对食堂从业人员进行定期体检。\n"
        "（八）工商部门职责和任务\n1.取缔校园周边无照经营摊点。\n"
    ).tasks
    assert [(t.label, units(t)[0]) for t in tasks] == [
        ("1.", ["卫生部门"]),  # 职责、任务 and 职责和任务 name the duties too
        ("2.", ["卫生部门"]),
        ("1.", ["工商部门"]),
    ]
    grammar = default_grammar()
    # before the bare word 职责, a heading's words (三、明确部门职责) own nothing
    assert [
        generic(n, grammar, strict=True)
        for n in ("公安部门", "建设、规划、城管部门", "明确部门", "相关部门", "各部门", "成员单位")
    ] == [False, False, True, True, True, True]


def test_a_groups_heading_naming_its_unit_after_by_leads_the_duties_it_announces() -> None:
    doc = parse_text(
        "一、领导职责分工\n张纯一区长：负责全面工作。\n二、工作组职责分工：\n"
        "区领导小组下设1个办公室2个工作组。\n"
        "（一）办公室。由区农林水利局张崇芳局长负责，主要职责：\n1、负责日常工作。\n2、汇总每日疫情。\n"
        "（二）防治工作组。由区农林水利局黄新民副局长负责，区公安分局、卫生局参与，主要职责：\n"
        "1、制订应急预案。\n"
    )
    assert [(t.label, t.title, units(t), t.leaders) for t in doc.tasks] == [
        ("1、", "负责日常工作", (["区农林水利局"], [], []), ("张崇芳局长",)),
        ("2、", "汇总每日疫情", (["区农林水利局"], [], []), ("张崇芳局长",)),
        (
            "1、",
            "制订应急预案",
            (["区农林水利局"], [], ["区公安分局", "卫生局"]),
            ("黄新民副局长",),
        ),
    ]  # the division's heading over a sentence naming no unit is no task


def test_items_opening_with_their_units_as_subject_of_according_to_lead() -> None:
    doc = parse_text(
        "二、工作任务\n1、区属各单位、区直各部门根据各自工作职责，认真做好节前安全大检查。\n"
        "2、交通海事部门在节前要对旅游船只进行一次安全检查。\n"
        "3、公安部门负责景区内交通车辆的检查工作。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("根据各自工作职责，认真做好节前安全大检查", ["区属各单位", "区直各部门"]),
        ("在节前要对旅游船只进行一次安全检查", ["交通海事部门"]),
        ("负责景区内交通车辆的检查工作", ["公安部门"]),
    ]


def test_a_units_charge_between_its_name_and_its_items_leaves_it_their_lead() -> None:
    doc = parse_text(
        "（三）新开工项目的资金必须纳入预算。\n市人社局\n负责农民工工资的清欠和防欠工作。\n"
        "（一）建立企业欠薪预警机制。\n（二）建立企业劳动保障诚信制度。\n市建设局\n"
        "（一）在工地设立维权公告牌。\n（二）限时办理竣工结算。\n"
    )
    assert [(t.label, units(t)[0]) for t in doc.tasks] == [
        ("（三）", []),  # the list of a unit whose name the page lost
        ("（一）", ["市人社局"]),
        ("（二）", ["市人社局"]),
        ("（一）", ["市建设局"]),
        ("（二）", ["市建设局"]),
    ]


def test_one_name_line_over_a_second_list_from_1_leaves_the_first_list_its_lost_units() -> None:
    doc = parse_text(
        "对口联系的市级部门：市政法委、市司法局。\n1.负责宣传方针政策，做好群众工作。\n"
        "2.负责协调社会治安综合治理工作。\n网格服务管理中心\n1.负责受理网格服务的重大事项。\n"
        "2.负责综合分析网格反映的问题。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1.", "负责宣传方针政策，做好群众工作", []),  # the unit's name lost with the page's top
        ("2.", "负责协调社会治安综合治理工作", []),
        ("1.", "负责受理网格服务的重大事项", ["网格服务管理中心"]),
        ("2.", "负责综合分析网格反映的问题", ["网格服务管理中心"]),
    ]
    assert [t.location.line for t in doc.tasks] == [2, 3, 5, 6]
    goals = parse_text(
        "工作目标\n1.受理群众诉求一千件。\n2.化解矛盾纠纷五百件。\n"
        "工作措施\n1.负责受理网格服务的重大事项。\n2.负责综合分析网格反映的问题。\n"
    )
    assert goals.tasks == ()  # a line naming no unit heads a list of nobody's


def test_an_events_organisers_are_no_task_and_each_department_owns_no_heading() -> None:
    doc = parse_text(
        "一、时间、地点\n时间：5月15日\n二、主办、承办单位\n主办单位：市委宣传部\n承办单位：市文化馆\n"
        "三、工作职责\n（一）市级各部门工作职责\n1.市委宣传部负责活动的总协调；\n"
        "2.市文化馆负责节目的组织实施。\n（二）镇乡工作职责\n1.落实场地，准备桌凳；\n"
        "四、工作机制\n1.风险防范机制。各成员单位要加强对案件的防范和预警。\n"
        "2.信息共享机制。成员单位要加强信息的沟通交流。\n"
        "3.移送机制。对应由外省政府负责处置的案件，经领导小组研究决定移送。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1.", "负责活动的总协调", ["市委宣传部"]),  # the items' own units, no collective's
        ("2.", "负责节目的组织实施", ["市文化馆"]),
        ("1.", "落实场地，准备桌凳", ["镇乡"]),
        ("1.", "风险防范机制", ["各成员单位"]),
        ("2.", "信息共享机制", ["成员单位"]),
        ("3.", "移送机制", []),  # 对应由外省政府: a preposition opens no unit's name
    ]


def test_an_articles_short_title_naming_a_units_duties_leads_the_text_after_it() -> None:
    doc = parse_text(
        "第四章 各委员单位职责\n第十三条 共青团的主要职责 充分发挥组织优势，宣传法律。\n"
        "第十四条 工会的主要职责 教育职工知法、懂法。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("充分发挥组织优势，宣传法律", ["共青团"]),
        ("教育职工知法、懂法", ["工会"]),
    ]


def test_a_units_item_the_page_cut_after_its_names_closing_mark_is_its_duty() -> None:
    doc = parse_text(
        "确定各成员单位工作职责如下：\n一、市委宣传部、市委文明办。把未成年人保护工作纳入宣传思想工作总体规划。\n"
        "二、市委政法委。支持监督政法单"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("把未成年人保护工作纳入宣传思想工作总体规划", ["市委宣传部", "市委文明办"]),
        ("支持监督政法单", ["市委政法委"]),
    ]


def test_a_levels_departments_heading_leads_no_items_opening_with_their_units() -> None:
    doc = parse_text(
        "四、职责分工\n（一）区级部门\n1.区经信局负责工业普查数据审核和登记业务指导；\n"
        "2.区住建局负责建筑业单位普查数据审核；\n3.区商务局负责服务业单位普查的协调；\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责工业普查数据审核和登记业务指导", ["区经信局"]),
        ("负责建筑业单位普查数据审核", ["区住建局"]),
        ("负责服务业单位普查的协调", ["区商务局"]),
    ]
    grammar = default_grammar()
    assert [generic(n, grammar) for n in ("区级部门", "市直有关单位", "区级财政局")] == [
        True,
        True,
        False,
    ]


def test_a_sibling_cut_before_its_clause_after_one_over_paragraphs_is_a_task() -> None:
    doc = parse_text(
        "（二十四）保障饮用水水源安全。建立水源保护制度。（环境保护部牵头，水利部参与）\n"
        "防治地下水污染。开展修复试点。（环境保护部牵头，商务部参与）\n"
        "（二十五）深化重点流域污染防治。编制实施重点流域水污染防治规划。到2020年，长江\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("（二十四）", "保障饮用水水源安全", (["环境保护部"], [], ["水利部"])),
        ("1", "防治地下水污染", (["环境保护部"], [], ["商务部"])),
        ("（二十五）", "深化重点流域污染防治", ([], [], [])),  # its clause lost with the page
    ]


def test_a_lists_first_item_the_page_cut_reads_as_the_list_before_it_did() -> None:
    doc = parse_text(
        "二、落实监管责任\n（一）教育部门要将校车安全管理责任落实到学校主要负责人。\n"
        "（二）交通运管部门要严格校车驾驶人员的资质审查。\n三、加强宣传教育\n"
        "（一）各级教育部门要加强中小学校的交通安全管理工作。一是要按照相"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("要将校车安全管理责任落实到学校主要负责人", ["教育部门"]),
        ("要严格校车驾驶人员的资质审查", ["交通运管部门"]),
        ("要加强中小学校的交通安全管理工作", ["各级教育部门"]),
    ]
    # the same item alone, with no list read so before it, is no task of a unit
    alone = parse_text(
        "三、加强宣传教育\n（一）各级教育部门要加强中小学校的交通安全管理工作。一是要按照相"
    )
    assert alone.tasks == ()


def test_units_announcing_the_work_below_them_lead_its_items() -> None:
    doc = parse_text(
        HEAD + "三、重点工作\n县机关事务管理局要着力完成以下工作：\n"
        "1.在2月28日前完成各公共机构用能统计、汇总，建立用能数据台账。\n"
        "2.组织开展节能监督检查，对用电、用水情况进行跟踪检查。\n"
        "四、宣传教育\n（一）县教育局、县妇联要重点抓好以下几项工作：\n"
        "1.在全县中小学开展节水主题班会，普及节水知识。\n2.组织学生参加节水实践活动。\n"
        "（二）乡镇人民政府、街道办事处职责\n1.明确1名分管领导负责道路交通安全工作。\n"
        "2.建立专兼职道路交通安全管理队伍。\n"
    )
    assert [(t.label, units(t)[0]) for t in doc.tasks] == [
        ("1.", ["县机关事务管理局"]),  # an unnumbered line over the items
        ("2.", ["县机关事务管理局"]),
        ("1.", ["县教育局", "县妇联"]),  # a heading
        ("2.", ["县教育局", "县妇联"]),
        ("1.", ["乡镇人民政府", "街道办事处"]),  # units apart by 、 before the bare 职责
        ("2.", ["乡镇人民政府", "街道办事处"]),
    ]
    # a sentence announcing work with no unit as its subject leads nothing
    plain = parse_text(
        HEAD + "三、重点工作\n要着力完成以下工作：\n1.完成用能统计。\n2.开展检查。\n"
    )
    assert plain.tasks == ()


def test_a_list_a_page_opens_with_above_a_units_heading_numbered_past_one_has_no_unit() -> None:
    doc = parse_text(
        "1、督促各级医疗机构加强消防安全工作。\n2、对拟开办的医疗机构严格审批。\n"
        "十二、市民政局\n1、督促各级民政部门严格福利机构审批。\n2、指导民政部门开展消防宣传教育培训。\n"
        "3将消防工作纳入村（居）委会建设规划和考核评价体系。\n十三、市人防办\n"
        "1、指导人防部门做好人防工程的消防安全工作。\n2、及时消除人防工程火灾隐患。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1、", "督促各级医疗机构加强消防安全工作", []),  # their unit's heading was lost
        ("2、", "对拟开办的医疗机构严格审批", []),
        ("1、", "督促各级民政部门严格福利机构审批", ["市民政局"]),
        ("2、", "指导民政部门开展消防宣传教育培训", ["市民政局"]),
        ("3", "将消防工作纳入村（居）委会建设规划和考核评价体系", ["市民政局"]),  # its 、 lost
        ("1、", "指导人防部门做好人防工程的消防安全工作", ["市人防办"]),
        ("2、", "及时消除人防工程火灾隐患", ["市人防办"]),
    ]
    # digits glued to an amount after the items are no item of theirs
    amount = parse_text(
        HEAD + "1.开展检查。（市公安局负责）\n2.开展宣传。（市教育局负责）\n3年内完成整治任务。\n"
    )
    assert [t.label for t in amount.tasks] == ["1.", "2."]


def test_a_year_before_the_announcing_units_leaves_them_the_lead() -> None:
    doc = parse_text(
        HEAD + "区人民政府\n2026年，区政府要全面完成全市食品安全重点工作安排的主要任务，"
        "主要承担以下工作：\n1.落实属地管理责任。将食品安全工作纳入政府工作报告。\n"
        "2.完善基层监管体系。配齐街镇监管力量。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1.", "落实属地管理责任", ["区政府"]),
        ("2.", "完善基层监管体系", ["区政府"]),
    ]
    # a time word that ends no lead-in before the subject leaves the sentence unread
    plain = parse_text(
        HEAD + "2026年区政府要全面完成主要任务，主要承担以下工作：\n1.落实属地管理责任。\n"
    )
    assert plain.tasks == ()


def test_a_units_heading_whose_items_the_duties_word_announces_leads_them() -> None:
    doc = parse_text(
        HEAD + "（七）成员单位职责\n（1）县财政局：负责预防和处置灾害的资金保障工作。\n"
        "（2）县水务局：负责灾后救援、恢复生产的水利保障工作。\n（八）应急指挥部办公室\n"
        "指挥部下设办公室，办公室设在县林业局。\n主要职责：\n（1）负责落实上级的指示和要求。\n"
        "（2）负责编制和完善应急预案。\n（九）总指挥部办公室的职责\n1、组织有关部门开展抢险救灾工作。\n"
        "2、适时发布公告。\n"
    )
    assert [(t.label, units(t)[0]) for t in doc.tasks] == [
        ("（1）", ["县财政局"]),
        ("（2）", ["县水务局"]),
        (
            "（1）",
            ["应急指挥部办公室"],
        ),  # the heading alone of its kind: 主要职责： names its items
        ("（2）", ["应急指挥部办公室"]),
        ("1、", ["总指挥部办公室"]),  # a unit, then 的职责
        ("2、", ["总指挥部办公室"]),
    ]
    # without the duties' word above them the lone heading leads nothing
    plain = parse_text(HEAD + "（八）应急指挥部办公室\n办公室设在县林业局。\n（1）负责落实指示。\n")
    assert plain.tasks == ()


def test_a_units_heading_closed_by_its_task_word_leads_its_items() -> None:
    doc = parse_text(
        HEAD + "三、监测网络与任务\n（一）市国民体质监测中心的任务\n1、拟制市监测工作方案；\n"
        "2、培训市监测工作人员；\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("拟制市监测工作方案", ["市国民体质监测中心"]),
        ("培训市监测工作人员", ["市国民体质监测中心"]),
    ]


def test_a_lone_units_heading_whose_last_item_the_page_cut_leads_its_items() -> None:
    text = (
        HEAD + "三、活动内容\n（一）市安全生产协会\n1.配合市应急管理局做好主题宣传活动。\n"
        "2.联合市总工会举办安全生产知识竞赛。\n3.联合市广播电视台开辟宣传专栏，刊登基层"
    )
    assert [(t.label, units(t)[0]) for t in parse_text(text).tasks] == [
        ("1.", ["市安全生产协会"]),
        ("2.", ["市安全生产协会"]),
        ("3.", ["市安全生产协会"]),
    ]
    # a whole list under the lone heading names a place, no unit in charge: no task
    assert parse_text(text + "工作经验。\n").tasks == ()


def test_a_cut_lists_rest_before_a_heading_of_dashes_over_tasks_stays_tasks() -> None:
    doc = parse_text(
        "4.用人单位应治理尘毒。\n5.用人单位应落实检查。\n——政府：\n"
        "1.完善法规。（省卫生健康委牵头，省司法厅按职责分工负责）\n2.加强监管。\n"
    )
    assert [(t.label, units(t)) for t in doc.tasks] == [
        ("4.", (["用人单位"], [], [])),  # (用人单位应…: the sentence's subject leads)
        ("5.", (["用人单位"], [], [])),
        ("1.", (["省卫生健康委"], ["省司法厅"], [])),
        ("2.", ([], [], [])),
    ]
    # without the heading of dashes the first list is a group of its own with no clause
    plain = parse_text(
        "4.治理尘毒。\n5.落实检查。\n"
        "1.完善法规。（省卫生健康委牵头，省司法厅按职责分工负责）\n2.加强监管。\n"
    )
    assert [t.label for t in plain.tasks] == ["1.", "2."]


def test_under_a_heading_dividing_duties_more_than_half_the_list_opening_with_units_will_do() -> (
    None
):
    items = (
        "1.县人防办确保频率安全可靠；\n2.县供电公司保障设施供电；\n3.县公安局保障交通秩序；\n"
        "4.各类媒体进行广泛宣传；\n5.广大市民积极配合。\n"
    )
    duties = parse_text(HEAD + "二、工作职责\n" + items)
    assert [units(t)[0] for t in duties.tasks] == [
        ["县人防办"],
        ["县供电公司"],
        ["县公安局"],
        [],
        [],
    ]
    # under a heading of another kind three of five is too few: the items name no units
    plain = parse_text(HEAD + "二、有关事项\n" + items)
    assert all(units(t) == ([], [], []) for t in plain.tasks)


def test_a_duty_verb_inside_a_departments_name_opens_no_duty() -> None:
    doc = parse_text(
        HEAD
        + "二、职责分工\n1.县委组织部负责干部培训工作。\n2.县人力资源和社会保障局负责就业培训工作。\n"
        "3.市社会保障卡服务中心负责制卡工作。\n4.县供电公司保障警报设施供电需要。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责干部培训工作", ["县委组织部"]),
        ("负责就业培训工作", ["县人力资源和社会保障局"]),
        ("负责制卡工作", ["市社会保障卡服务中心"]),
        ("保障警报设施供电需要", ["县供电公司"]),
    ]


def test_a_collective_printed_with_its_mark_reads_as_one_units_name() -> None:
    grammar = default_grammar()
    assert is_unit_name("有关市、县政府", grammar)
    assert not is_unit_name("省编办、省法制办", grammar)


def test_the_first_item_under_the_next_heading_the_page_cuts_before_its_clause_is_a_task() -> None:
    head = "一、甲\n（一）建设甲。（省甲局负责）\n二、乙\n（一）完善乙机制。实施更加积极的"
    doc = parse_text(HEAD + head)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "建设甲", (["省甲局"], [], [])),
        (1, "完善乙机制", ([], [], [])),
    ]
    # a whole last item under the next heading, closed by its 。, is no task
    assert len(parse_text(HEAD + head + "政策。").tasks) == 1


@pytest.mark.parametrize("frame", ["五、法律责任", "五、罚则", "五、几点要求", "五、活动要求"])
def test_a_cut_item_under_a_penalties_or_requirements_heading_is_no_task(frame: str) -> None:
    head = "一、甲\n（一）建设甲。（省甲局负责）\n"
    doc = parse_text(HEAD + head + frame + "\n（一）在禁止燃放的时间燃放的，由")
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [("建设甲", ["省甲局"])]


def test_a_cut_list_a_level_below_numbered_as_the_tasks_are_is_a_list_of_tasks() -> None:
    head = "一、甲\n1.建设甲。（省甲局负责）\n2.完善甲。（省乙局负责）\n二、乙\n（一）乙类\n"
    doc = parse_text(HEAD + head + "1.研发乙平台。开发城市内")
    assert [(t.task_id, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1.1", "建设甲", ["省甲局"]),
        ("1.2", "完善甲", ["省乙局"]),
        ("2.1.1", "研发乙平台", []),
    ]
    # whole, closed by its 。, it is no task; nor is it, cut, under a heading that frames
    # the plan, or numbered in another style
    assert len(parse_text(HEAD + head + "1.研发乙平台。开发城市内涝产品。").tasks) == 2
    framed = head.replace("二、乙", "二、保障措施")
    assert len(parse_text(HEAD + framed + "1.加强组织领导。各单位要").tasks) == 2
    assert len(parse_text(HEAD + head + "（1）研发乙平台。开发城市内").tasks) == 2


def test_a_padded_number_alone_over_a_title_label_opens_its_item() -> None:
    one = "01 项目名称:修路\n责任单位:\n县交通局\n"
    two = "02\n项目名称:\n建站\n项目内容:\n新建服务站。\n责任单位:\n县民政局\n"
    doc = parse_text(HEAD + one + two)
    assert [(t.no, t.title, units(t)[1]) for t in doc.tasks] == [
        (1, "修路", ["县交通局"]),
        (2, "建站", ["县民政局"]),
    ]
    # a number alone over any other line is no item
    doc = parse_text(HEAD + one + two.replace("项目名称:\n建站", "建站"))
    assert [t.no for t in doc.tasks] == [1]


def test_a_heading_over_a_list_the_page_cuts_before_its_clauses_is_no_task() -> None:
    # 四、 is a task of its own (its body and clause line); 五、 heads tasks with clauses; 六、
    # heads a list cut before any clause: its items are tasks without units, 六、 is none
    doc = parse_text(
        HEAD + "四、改造交通瓶颈\n继续实施交通综合改善工程。\n以上工作由市交通局负责。\n"
        "五、打通小区微循环\n（一）取消小区道路设卡收费。\n以上工作由市城管局负责。\n"
        "六、改进公交管理\n（一）合理调整公交线路。\n（二）科学设置公交站点。\n（三）建设一批公交首末站和换"
    )
    assert [(t.task_id, t.title, units(t)[0]) for t in doc.tasks] == [
        ("4", "改造交通瓶颈", ["市交通局"]),
        ("5.1", "取消小区道路设卡收费", ["市城管局"]),
        ("6.1", "合理调整公交线路", []),
        ("6.2", "科学设置公交站点", []),
        ("6.3", "建设一批公交首末站和换", []),
    ]


def test_measures_under_a_cards_field_with_clauses_of_their_own_are_tasks() -> None:
    doc = parse_text(
        HEAD + "一、治理畜禽产品污染\n（一）承办单位：县商务局。\n（二）协办单位：县公安局。\n"
        "（三）主要措施：\n1.加强屠宰管理。（县商务局负责，县公安局配合）\n"
        "2.落实无害化处理。（县农业农村局负责）\n"
    )
    assert [(t.task_id, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1", "治理畜禽产品污染", []),  # the card's fields: 承办 responsible
        ("1.1", "加强屠宰管理", ["县商务局"]),
        ("1.2", "落实无害化处理", ["县农业农村局"]),
    ]
    assert [m.text for m in doc.tasks[0].responsible] == ["县商务局"]
    assert doc.tasks[0].body == "（三）主要措施："  # the fields' numbers go with their clause


def test_a_card_fields_own_lines_without_clauses_stay_its_text() -> None:
    doc = parse_text(
        HEAD + "一、实施寄宿制学校建设工程\n（一）责任单位：市教育局。\n（二）项目内容：\n"
        "1、新建宿舍楼3栋。\n2、改造食堂2个。\n"
    )
    assert [(t.task_id, t.title) for t in doc.tasks] == [("1", "实施寄宿制学校建设工程")]


def test_an_item_after_a_line_closed_by_a_clause_opens_a_list_of_tasks() -> None:
    page = "发布日期：2025-04-18\n整治。年底前完成15个示范村创建。"
    doc = parse_text(page + "（县住房城乡建设局牵头）\n10.完善污水处理机制。加快管网建")
    assert [(t.no, t.title, units(t)[0]) for t in doc.tasks] == [
        (9, "整治", ["县住房城乡建设局"]),  # the tail, under the page's field line
        (10, "完善污水处理机制", []),
    ]
    # without the clause before it, a lone item numbered 10 is no list of tasks
    assert parse_text(page + "\n10.完善污水处理机制。加快管网建").tasks == ()


def test_a_clause_line_inside_a_list_closes_the_items_since_the_last_one() -> None:
    doc = parse_text(
        HEAD + "⑴扫街道。\n⑵清公厕。\n责任部门：镇环卫所\n⑶治河道。\n责任部门：镇水利站\n"
        "⑷管市场。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("扫街道", ([], ["镇环卫所"], [])),
        ("清公厕", ([], ["镇环卫所"], [])),
        ("治河道", ([], ["镇水利站"], [])),
        ("管市场", ([], [], [])),
    ]  # an item after the last clause line keeps no units


def test_an_item_closing_with_its_own_clause_keeps_it_from_the_items_before() -> None:
    doc = parse_text(
        HEAD + "1.扫街道。\n2.清公厕。（镇环卫所负责）\n3.治河道。\n责任部门：镇水利站\n"
        "4.管市场。\n责任部门：镇市场所\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("扫街道", ([], [], [])),
        ("清公厕", (["镇环卫所"], [], [])),
        ("治河道", ([], ["镇水利站"], [])),
        ("管市场", ([], ["镇市场所"], [])),
    ]  # only a clause on a line of its own closes the items before its own


def test_headings_naming_the_tasks_a_unit_has_in_a_role_are_no_tasks() -> None:
    (doc,) = extract([PLANS / "department-role-headings.txt"])
    assert [(t.no, t.title) for t in doc.tasks] == [
        (1, "细颗粒物平均浓度控制在35微克/立方米以内，优良天数比例达到80%"),
        (2, "完成城区黑臭水体整治"),
        (3, "加快传统产业绿色改造"),
        (4, "推进农村生活污水治理"),
    ]
    assert [units(t) for t in doc.tasks][3] == ([], [], [])


def test_a_unit_after_a_short_title_under_a_heading_framing_the_plan_leads_nothing() -> None:
    duties = "五、职责分工\n市公安局：负责查处拉客行为。\n市城管局：负责拆除违规广告牌。\n"
    framed = parse_text(
        HEAD + duties + "六、工作要求\n（一）要形成合力。市旅游局要履行协调责任。\n"
        "（二）要畅通渠道。各景区要设立投诉公示牌。\n"
    )
    assert [t.title for t in framed.tasks] == ["负责查处拉客行为", "负责拆除违规广告牌"]
    # under a heading of measures the same items are tasks their units lead
    measures = parse_text(
        HEAD + "一、重点任务\n（一）民爆器材管理。县公安局要加强民爆器材监管。\n"
        "（二）广告整治。县城管局要拆除违规广告牌。\n"
    )
    assert [units(t)[0] for t in measures.tasks] == [["县公安局"], ["县城管局"]]


def test_stages_a_page_cut_above_before_a_division_of_duties_are_no_measures() -> None:
    duties = "五、职责分工\n市公安局：负责查处拉客行为。\n市城管局：负责拆除违规广告牌。\n"
    staged = parse_text("通知\n（二）整治阶段（8月20日至10月10日）。依法查处案件。\n" + duties)
    assert [t.title for t in staged.tasks] == ["负责查处拉客行为", "负责拆除违规广告牌"]
    measured = parse_text("通知\n（二）整治违规经营。依法查处案件。\n" + duties)
    assert [t.title for t in measured.tasks] == ["整治违规经营", *(t.title for t in staged.tasks)]


def test_units_duties_after_a_comma_before_their_verb_are_led_by_them() -> None:
    doc = parse_text(
        HEAD + "（二）职责分工\n食品药品监督管理部门，负责餐饮业提升行动的组织协调。\n"
        "卫生行政部门，负责对就餐场所的空气质量进行监督检查。\n"
        "商务部门，负责规范和引导餐饮服务经营行为。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责餐饮业提升行动的组织协调", ["食品药品监督管理部门"]),
        ("负责对就餐场所的空气质量进行监督检查", ["卫生行政部门"]),
        ("负责规范和引导餐饮服务经营行为", ["商务部门"]),
    ]


def test_a_units_article_announcing_the_duties_listed_below_it_leads_them() -> None:
    doc = parse_text(
        "阳江市消防安全责任制规定\n第二章 消防工作职责\n"
        "第四条  市消防安全委员会应当履行下列消防工作职责：\n"
        "（一）组织制定消防工作规划和年度计划。\n（二）组织开展消防安全检查。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("组织制定消防工作规划和年度计划", ["市消防安全委员会"]),
        ("组织开展消防安全检查", ["市消防安全委员会"]),
    ]


def test_a_collectives_verb_before_its_kind_is_part_of_its_name() -> None:
    doc = parse_text(
        HEAD + "二、重点任务\n（一）依法查处非法经营养老机构。民政所要全面排查辖区内养老机构。\n"
        "（二）解决消防审验突出问题。相关负责部门要梳理养老机构消防审验达标情况。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("依法查处非法经营养老机构", ["民政所"]),
        ("解决消防审验突出问题", ["相关负责部门"]),  # 相关 alone is no unit
    ]


def test_a_number_that_lost_its_mark_before_a_title_line_is_the_next_item() -> None:
    doc = parse_text(
        HEAD + "（二）抓好生猪稳产保供\n5. 加快恢复生猪生产。\n\n落实规模养殖场贴息政策。\n\n"
        "（市农业农村局）\n6 加强猪肉市场监测和调控。\n\n依法打击扰乱市场行为。\n\n"
        "（市市场监管局）\n7. 强化非洲猪瘟疫病防控。\n\n落实属地责任。\n\n（市农业农村局）\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in doc.tasks] == [  # (one unit a bracket: lead)
        ("5.", "加快恢复生猪生产", ["市农业农村局"]),
        ("6", "加强猪肉市场监测和调控", ["市市场监管局"]),
        ("7.", "强化非洲猪瘟疫病防控", ["市农业农村局"]),
    ]
    # a sentence opening with the number due after a body's line stays text
    prose = parse_text(
        HEAD + "（一）稳定生产\n4. 强化农业防控工作。\n\n加强病虫害监测预警。\n\n（市农业农村局）\n"
        "5. 加快恢复生猪生产。\n\n落实规模养殖场贴息政策，补贴资金按时发放到位。\n\n"
        "6 个县已完成生猪产能恢复任务。\n\n（市农业农村局）\n"
    )
    assert [t.label for t in prose.tasks] == ["4.", "5."]


def test_brackets_of_one_unit_each_name_the_unit_in_charge_of_each_task() -> None:
    one = "1.稳定粮食生产。落实补贴政策。（市农业农村局）\n2.实施优质粮食工程。打造好粮油产品。（{}）\n"
    doc = parse_text(HEAD + one.format("市发展改革委"))
    assert [units(t) for t in doc.tasks] == [(["市农业农村局"], [], []), (["市发展改革委"], [], [])]
    # several units a bracket, or a collective, are the plan's responsible units, as before
    several = parse_text(HEAD + one.format("市发展改革委，各县区政府"))
    assert [units(t) for t in several.tasks] == [
        ([], ["市农业农村局"], []),
        ([], ["市发展改革委", "各县区政府"], []),
    ]
    collective = parse_text(HEAD + one.format("各成员单位"))
    assert [units(t)[1] for t in collective.tasks] == [["市农业农村局"], ["各成员单位"]]


def test_a_units_owner_word_and_colon_opening_its_duty_make_it_the_lead() -> None:
    doc = parse_text(
        HEAD + "二、部门职责\n（九）工商部门职责：依法确认市场主体经营资格，依法取缔无照经营。\n"
        "（十）城管部门职责：负责对乱停乱放的车辆管理。\n"
        "（十一）信访、安监、国安等部门的工作职责：负责向公安机关提供违法犯罪线索。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("依法确认市场主体经营资格，依法取缔无照经营", ["工商部门"]),
        ("负责对乱停乱放的车辆管理", ["城管部门"]),
        ("负责向公安机关提供违法犯罪线索", ["信访", "安监", "国安"]),
    ]


def test_the_next_heading_of_a_style_above_is_no_field_of_the_item_before_it() -> None:
    doc = parse_text(
        "各村委会：\n三、整治任务：\n1.清理整治村庄内外“三堆”；\n2.做好背街小巷的环境卫生工作。\n"
        "四、责任分工：\n1.由保洁公司负责组织各村保洁人员开展整治工作；\n"
        "2.各包村干部、村干部，负责组织协调处理村内乱堆乱放工作；\n"
        "3.乡村振兴办公室做好组织协调工作，对各村整治情况进行检查。\n"
    )
    assert [(t.title[:6], units(t)[0]) for t in doc.tasks] == [
        ("负责组织各村", ["保洁公司"]),
        ("各包村干部、", []),  # 干部 are people, no unit
        ("做好组织协调", ["乡村振兴办公室"]),
    ]


def test_an_article_after_items_a_page_opened_with_heads_its_own_items() -> None:
    doc = parse_text(
        HEAD + "（五）负责组织校车安全检查。\n第八条 区卫生健康委工作职责：\n"
        "（一）负责医疗机构的用电安全管理。\n（二）负责卫生应急工作。\n"
        "第九条 区民政局工作职责：\n（一）负责养老机构的安全管理。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责组织校车安全检查", ([], [], [])),  # (第七条's, the page cut above it)
        ("负责医疗机构的用电安全管理", (["区卫生健康委"], [], [])),
        ("负责卫生应急工作", (["区卫生健康委"], [], [])),
        ("负责养老机构的安全管理", (["区民政局"], [], [])),
    ]


def test_a_groups_duty_with_its_people_alone_after_it_still_opens_with_its_lead() -> None:
    doc = parse_text(
        HEAD + "三、职责分工\n（一）道路运输保障组：负责运力调度。责任人：王立新、赵明。\n"
        "（二）城市排水保障组：负责管网疏通。责任人：孙国强。\n"
        "（三）燃气安全监管组：负责燃气场站和管网的巡查。\n"
    )
    assert [(t.title, units(t), t.leaders) for t in doc.tasks] == [
        ("负责运力调度", (["道路运输保障组"], [], []), ("王立新", "赵明")),
        ("负责管网疏通", (["城市排水保障组"], [], []), ("孙国强",)),
        ("负责燃气场站和管网的巡查", (["燃气安全监管组"], [], []), ()),
    ]


def test_a_unit_opening_an_item_before_统筹_依托_依法_or_作为_is_its_subject() -> None:
    doc = parse_text(
        HEAD + "二、部门分工\n1、市财政局统筹现有资金渠道。\n2、市自然资源和规划局依法保障用地。\n"
        "3、市城乡建设局依托城市更新项目建设场地。\n4、市体育总会作为行业组织指导运营。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("统筹现有资金渠道", (["市财政局"], [], [])),
        ("依法保障用地", (["市自然资源和规划局"], [], [])),
        ("依托城市更新项目建设场地", (["市城乡建设局"], [], [])),
        ("作为行业组织指导运营", (["市体育总会"], [], [])),
    ]


def test_a_decimal_of_two_parts_after_ones_of_three_is_the_heading_above_them() -> None:
    text = "2.1.4 乡镇指挥部\n正文。\n2.1.5 专家组\n正文。\n2.2 职责分工\n2.2.1 成员单位职责\n"
    found = [(i.number.label, i.level) for i in outline(text, default_grammar())]
    assert found == [("2.1.4", 0), ("2.1.5", 0), ("2.2", 0), ("2.2.1", 1)]


def test_a_bodys_members_before_职责_own_no_heading_their_lines_name_their_own() -> None:
    doc = parse_text(
        HEAD + "2.2.2 市防汛抗旱指挥部成员单位职责\n"
        "市发展和改革委员会：负责防汛重点工程建设的协调。\n市水利局：负责防汛工程的建设和管理。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责防汛重点工程建设的协调", (["市发展和改革委员会"], [], [])),
        ("负责防汛工程的建设和管理", (["市水利局"], [], [])),
    ]


def test_a_last_item_cut_inside_its_units_name_keeps_no_list_from_reading_units_first() -> None:
    doc = parse_text(
        HEAD + "四、职责分工\n（一）各级人民政府：对本行政区域内控辍工作负主要责任。\n（二）各"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("对本行政区域内控辍工作负主要责任", (["各级人民政府"], [], [])),
        ("各", ([], [], [])),  # (the page's end cut it: a task with no unit, as printed)
    ]


def test_an_item_numbered_on_whose_mark_slipped_from_a_full_stop_is_a_sibling() -> None:
    text = "二、分工\n1.教育局：查看。\n2.公安局：检查。\n3、应急局：督促。\n（1）细项。\n"
    found = [(i.number.label, i.level) for i in outline(text, default_grammar())]
    assert found == [("二、", 0), ("1.", 1), ("2.", 1), ("3、", 1), ("（1）", 2)]


def test_a_units_name_may_list_its_offices_in_its_bracket() -> None:
    grammar = default_grammar()
    assert is_unit_name("综合办公室（党群工作部、监察室、督查室、财务室）", grammar)
    assert is_unit_name("招商合作局（行政审批局、政务服务中心）", grammar)


def test_a_label_over_a_unit_headings_items_passes_the_unit_on_to_them() -> None:
    doc = parse_text(
        HEAD
        + "（一）综合办公室（党群工作部、监察室）\n（1）年度任务：\n①完成年度总结。\n②做好会务。\n"
        "（二）招商局（政务服务中心）\n（1）年度任务：\n①引进项目4个。\n②服务企业。\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("①", "完成年度总结", (["综合办公室（党群工作部、监察室）"], [], [])),
        ("②", "做好会务", (["综合办公室（党群工作部、监察室）"], [], [])),
        ("①", "引进项目4个", (["招商局（政务服务中心）"], [], [])),
        ("②", "服务企业", (["招商局（政务服务中心）"], [], [])),
    ]


def test_names_a_comma_joins_before_a_colon_open_a_duty_only_before_a_duty_verb() -> None:
    grammar = default_grammar()
    duty = "各县、区人民政府，市高新区管委会：建立由主要负责人为第一责任人的创建工作机制"
    assert opens_with_unit_colon(duty, 0, len(duty), grammar)
    notice = "各乡（镇）人民政府，县政府各部门：为落实安全生产责任，现就有关职责明确如下"
    assert not opens_with_unit_colon(notice, 0, len(notice), grammar)  # the addressees


def test_a_unit_closed_by_its_stop_may_open_its_duty_with_服从() -> None:
    grammar = default_grammar()
    duty = "乡直其他站所。服从乡党委政府统一调度，配合做好防控工作。"
    assert opens_with_unit_stop(duty, 0, len(duty), grammar)


def test_a_heading_whose_subject_is_a_kind_of_body_is_no_task_over_items_naming_theirs() -> None:
    text = (
        HEAD + "第三条 各级各部门在本级政府的领导下，承担防溺水工作职责。\n"
        "（一）教育部门：负责开展防溺水安全教育。\n（二）水利部门：负责在重点水域设置警示标志。\n"
    )
    assert [(t.label, units(t)) for t in parse_text(text).tasks] == [
        ("（一）", (["教育部门"], [], [])),
        ("（二）", (["水利部门"], [], [])),
    ]
    # a clause of the heading's own keeps it a task beside its items
    named = text.replace("职责。\n", "职责。（牵头单位：市教育局）\n", 1)
    assert [t.label for t in parse_text(named).tasks] == ["第三条", "（一）", "（二）"]


def test_a_clauses_bracket_alone_on_its_line_opens_no_units_duty() -> None:
    grammar = default_grammar()
    line = "（牵头单位：城东街道办事处，责任单位：区市场监管局）"
    assert not opens_with_unit_colon(line, 0, len(line), grammar)


def test_levels_alone_after_each_and_a_level_share_its_each_as_a_duty_subject() -> None:
    grammar = default_grammar()
    duty = "市政府及各区、镇、街道按照党政同责要求，积极组织落实年度粮食生产目标任务。"
    assert states_subject_duty(duty, 0, len(duty), grammar)
    partners = "市农业发展中心会同区、镇、街道负责落实粮食生产面积，做好防灾减灾工作。"
    found = grammar.subject_pattern.match(partners)
    assert found is not None and found.group(3) == "区、镇、街道"
    assert states_subject_duty(partners, 0, len(partners), grammar)
    # a level alone after a named unit is no unit
    odd = "市农业局、镇负责落实粮食生产面积，做好防灾减灾工作。"
    assert not states_subject_duty(odd, 0, len(odd), grammar)


def test_partners_then_a_comma_show_the_subject_before_a_later_verb() -> None:
    doc = parse_text(
        HEAD + "1.市委组织部会同市委党校等有关部门，将防治政策纳入各级党校的培训课程。\n"
        "2.教育部门负责落实各类学校的健康教育计划。\n3.公安部门结合治安管理开展宣传教育。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("将防治政策纳入各级党校的培训课程", (["市委组织部"], [], ["市委党校"])),
        ("负责落实各类学校的健康教育计划", (["教育部门"], [], [])),
        ("结合治安管理开展宣传教育", (["公安部门"], [], [])),
    ]
    assert doc.tasks[0].cooperating[0].etc
    # with no partners, a comma after a name is no subject's: the verb must follow it
    grammar = default_grammar()
    assert grammar.subject_pattern.match("市委组织部，将防治政策纳入") is None


def test_units_opening_items_lead_beside_an_item_closing_with_who_does_it() -> None:
    doc = parse_text(
        HEAD + "四、职责分工\n（九）市公用局负责街路指示牌的设置；市财政局负责资金保障。\n"
        "（十）居民区内乱涂乱写和违规张贴广告的清除，由各产权单位负责。\n"
        "（十一）市政府督查室、市公用局负责清理整治的督查工作。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责街路指示牌的设置；市财政局负责资金保障", ["市公用局", "市财政局"]),  # (after ；)
        ("居民区内乱涂乱写和违规张贴广告的清除", ["各产权单位"]),
        ("负责清理整治的督查工作", ["市政府督查室", "市公用局"]),
    ]
    # a unit after a comma in the first sentence is no later subject (after a ； it is)
    comma = parse_text(
        HEAD + "四、职责分工\n（一）县公安局负责街面巡逻，县交警大队负责交通疏导。\n"
        "（二）县城管局负责环境卫生清扫。\n"
    )
    assert [units(t)[0] for t in comma.tasks] == [["县公安局"], ["县城管局"]]
    # a heading's own sentence after 由 is no such closing: its items are not read so
    group = parse_text(
        HEAD + "二、工作组职责\n（一）办公室。由区农业局负责，主要职责：\n1、负责日常工作。\n"
        "2、汇总每日疫情。\n（二）防治工作组。由区卫生局负责，主要职责：\n1、负责人间疫情防治。\n"
    )
    assert {u for t in group.tasks for u in units(t)[0]} == {"区农业局", "区卫生局"}


def test_units_whole_names_before_an_etc_kind_open_a_duty_as_its_subject() -> None:
    doc = parse_text(
        HEAD + "二、职责分工\n（一）区城乡建设局负责主要道路的清雪工作。\n"
        "（二）区经济和信息化局、住房保障房产管理局、财贸办等部门负责组织企业及时完成清雪工作。\n"
        "（三）区财政局负责安排专项资金。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["区城乡建设局"],
        ["区经济和信息化局", "住房保障房产管理局", "财贸办"],
        ["区财政局"],
    ]
    assert doc.tasks[1].title == "负责组织企业及时完成清雪工作"


def test_a_label_of_a_units_next_targets_is_no_text_of_the_item_above_it() -> None:
    doc = parse_text(
        HEAD + "市城管执法局\n一类目标：\n（一）推进数字城管建设。完成平台建设。\n二类目标：\n"
        "（二）整治市容环境。集中整治占道经营。\n市人社局\n一类目标：\n（一）推进城乡统筹就业。"
        "新增城镇就业1万人。\n（二）扩大社会保险覆盖面。新增参保8000人。\n"
    )
    assert [(t.task_id, units(t)[0], t.body) for t in doc.tasks] == [
        ("1.1", ["市城管执法局"], "完成平台建设。"),
        ("1.2", ["市城管执法局"], "集中整治占道经营。"),
        ("2.1", ["市人社局"], "新增城镇就业1万人。"),
        ("2.2", ["市人社局"], "新增参保8000人。"),
    ]


def test_a_last_item_the_page_cut_after_its_units_verb_still_opens_with_its_unit() -> None:
    doc = parse_text(
        HEAD
        + "二、任务安排\n（一）各乡镇、部门均要认真组织参展。\n（二）县文旅局负责设计灯会主题。\n"
        "（三）县市政局负责场地保障。\n（四）县供电公司负责灯会供"
    )
    assert [units(t)[0] for t in doc.tasks] == [[], ["县文旅局"], ["县市政局"], ["县供电公司"]]


def test_duties_opening_with_their_own_units_under_a_groups_name_are_those_units() -> None:
    doc = parse_text(
        HEAD + "二、工作组及职责\n1、活动协调组\n组长：张三\n（1）街道党政办负责宣传报道工作。\n"
        "（2）街道文化站负责制订活动方案。\n2、安全保卫组\n组长：李四\n（1）派出所负责现场安全保卫。\n"
        "（2）交警中队负责交通疏导工作。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["街道党政办"],
        ["街道文化站"],
        ["派出所"],
        ["交警中队"],
    ]


def test_a_list_naming_its_units_after_由_reads_so_though_some_sentences_close_there() -> None:
    doc = parse_text(
        HEAD + "二、应急支持保障部门\n1.应急通信保障由市工信局负责组织协调。\n"
        "2.应急医疗救援工作由市卫生局负责组织协调，并及时提供技术支持。\n"
        "3.天气实况资料由市气象局负责提供。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [["市工信局"], ["市卫生局"], ["市气象局"]]


def test_a_list_naming_its_units_after_由_may_say_they_are_in_full_charge() -> None:
    doc = parse_text(
        HEAD + "二、明确安全管理责任\n1、青山遗址，由县青山遗址文管所全面负责安全管理工作。\n"
        "2、古塔，由县古塔文管所全面负责安全管理工作。\n3、故居，由县故居纪念馆全面负责安全管理工作。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["县青山遗址文管所"],
        ["县古塔文管所"],
        ["县故居纪念馆"],
    ]


def test_items_opening_with_a_unit_that_acts_by_the_rules_or_keeps_track() -> None:
    text = (
        HEAD + "二、职责分工\n（一）成立征兵工作领导小组，统筹征兵工作。\n"
        "（二）征兵办公室负责日常工作。\n（三）派出所依照政治考核规定，组织考核。\n"
        "（四）镇卫生院做好体检准备。\n（五）镇纪委掌握廉洁征兵情况。\n"
    )
    assert [units(t)[0] for t in parse_text(text).tasks] == [
        [],
        ["征兵办公室"],
        ["派出所"],  # 依照: acts by the rules
        ["镇卫生院"],
        ["镇纪委"],  # 掌握: keeps track of
    ]


def test_a_bracket_of_units_and_the_page_cut_below_the_next_heading_make_two() -> None:
    text = (
        HEAD + "二、重点工作任务\n（一）完善制度\n制订开放管理办法，明确职责分工。"
        "（市经信委、市司法局、市大数据中心）\n（二）健全机制\n1.建立分级分类开放机制，7月底前发布"
    )
    first, second = parse_text(text).tasks
    assert (first.title, units(first)) == (
        "完善制度",
        ([], ["市经信委", "市司法局", "市大数据中心"], []),
    )
    assert (second.label, units(second)) == ("（二）", ([], [], []))
    # one bracket, the page going on past its list: a remark, no clause
    whole = text + "。\n三、保障措施\n加强组织领导。\n"
    assert all(units(t) == ([], [], []) for t in parse_text(whole).tasks)


def test_an_indented_roster_line_is_no_row_of_units_cells() -> None:
    text = (
        HEAD + "  一、组织领导\n  成立领导小组如下：\n  组长：张三镇长\n"
        "  成员：综合执法大队、道交办、派出所\n  二、工作职责\n"
        "  （一）派出所：负责处罚违法行为。\n  （二）道交办：负责督促客运站加强管理。\n"
    )
    assert [(t.label, units(t)[0]) for t in parse_text(text).tasks] == [
        ("（一）", ["派出所"]),
        ("（二）", ["道交办"]),
    ]


def test_a_unit_that_takes_full_charge_or_draws_up_a_plan_opens_its_item() -> None:
    text = (
        HEAD + "（二）工作职责\n1.社会事务局全面负责组织、指导群众祭扫工作。\n"
        "2.农业局制定山林巡查措施，做好防火工作。\n3.公安分局负责祭扫高峰期交通疏导。\n"
    )
    assert [(t.title, units(t)[0]) for t in parse_text(text).tasks] == [
        ("全面负责组织、指导群众祭扫工作", ["社会事务局"]),
        ("制定山林巡查措施，做好防火工作", ["农业局"]),
        ("负责祭扫高峰期交通疏导", ["公安分局"]),
    ]


def test_one_item_under_a_division_of_duties_its_unit_closed_by_a_full_stop() -> None:
    text = (
        HEAD
        + "二、落实职责分工\n（一）公安分局。按照统一部署，制定春运应急预案。负责全镇春运期间的道路"
    )
    (task,) = parse_text(text).tasks
    assert (task.title, units(task)) == ("按照统一部署，制定春运应急预案", (["公安分局"], [], []))


def test_numbered_lines_of_one_label_in_turn_head_the_items_below_them() -> None:
    grammar = default_grammar()
    lines = [
        "（三）责任单位：市建设局",
        "将场站纳入建设计划。",
        "（四）责任单位：市交警支队",
        "1.设置公交专用道。",
        "（五）配合单位：市财政局",
    ]
    assert outline_module._label_headings(lines, grammar) == {0, 2}
    # a card names each label once, and cards repeat them under the same numbers
    cards = ["三、建设学校", "（一）责任领导：王立", "（二）责任单位：市教育局", "四、建设医院"]
    cards += ["（一）责任领导：李明", "（二）责任单位：市卫健委"]
    assert outline_module._label_headings(cards, grammar) == set()
    cards = ["三、建设学校", "（一）责任领导：王立", "（二）责任单位：市教育局", "四、建设医院"]
    cards += ["（一）责任单位：市卫健委"]  # a later card's lower number: not in turn
    assert outline_module._label_headings(cards, grammar) == set()


def test_a_page_cut_above_label_headings_keeps_its_first_items_with_no_units() -> None:
    doc = parse_text(
        HEAD
        + "4.公布票价执行情况。\n5.建设电子站牌。\n（二）责任单位：市建设局\n将场站纳入建设计划。\n"
        "（三）责任单位：市交警支队\n1.设置公交专用道。\n2.查处占道行为。\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (4, "公布票价执行情况", ([], [], [])),
        (5, "建设电子站牌", ([], [], [])),
        (2, "将场站纳入建设计划", ([], ["市建设局"], [])),
        (1, "设置公交专用道", ([], ["市交警支队"], [])),
        (2, "查处占道行为", ([], ["市交警支队"], [])),
    ]  # the headings' labels are no fields of item 5, and their units are the items' below


def test_a_units_charge_closed_by_its_duties_word_announces_the_items_below_it() -> None:
    items = "（一）拟订医疗保障政策并组织实施。\n（二）监督管理医疗保障基金。\n"
    opening = "县医疗保障局贯彻落实医疗保障方针政策，坚持党的集中统一领导。主要职责是：\n"
    doc = parse_text(HEAD + opening + items)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "拟订医疗保障政策并组织实施", (["县医疗保障局"], [], [])),
        (2, "监督管理医疗保障基金", (["县医疗保障局"], [], [])),
    ]
    # a paragraph whose subject is no unit announces no owner: the items name no units
    doc = parse_text(HEAD + "为加强医疗保障管理，设立本机构。主要职责是：\n" + items)
    assert doc.tasks == ()


def test_a_collective_of_places_governments_owns_the_items_under_its_heading() -> None:
    items = "1、指定专人负责整治。\n2、建立巡查台账。\n"
    below = "（三）县卫生健康局职责\n1、负责卫生监督。\n"
    doc = parse_text(HEAD + "（二）各乡（镇）人民政府、街道办事处职责\n" + items + below)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("指定专人负责整治", (["各乡（镇）人民政府", "街道办事处"], [], [])),
        ("建立巡查台账", (["各乡（镇）人民政府", "街道办事处"], [], [])),
        ("负责卫生监督", (["县卫生健康局"], [], [])),
    ]
    # a collective of departments taken each owns nothing: its items name their own units
    doc = parse_text(HEAD + "（二）各职能部门工作职责\n" + items + below)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责卫生监督", (["县卫生健康局"], [], []))
    ]


def test_offices_over_their_duties_label_read_past_it_and_may_open_with_organise() -> None:
    doc = parse_text(
        HEAD + "内设机构\n（一）办公室\n职责：负责机关文秘、档案工作。\n"
        "（二）组织人事科\n职责:负责机关组织、人事工作。\n（三）绿化管理科\n主要职责：负责绿化管理。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责机关文秘、档案工作", (["办公室"], [], [])),
        ("负责机关组织、人事工作", (["组织人事科"], [], [])),
        ("负责绿化管理", (["绿化管理科"], [], [])),
    ]  # (组织 opens the office's name, no role's word; the duties' word is no title's)
    grammar = default_grammar()
    assert [is_unit_name(n, grammar) for n in ("组织科", "组织各乡镇", "组织实施科")] == [
        True,
        False,
        False,
    ]


def test_what_a_units_joining_word_names_holds_no_partners_word() -> None:
    doc = parse_text(
        HEAD + "二、职责分工\n县财政局负责安排所需经费。\n"
        "县人社局组织制定并会同有关部门落实好工伤待遇政策。\n县农服中心组织兽医站负责疫情监测。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责安排所需经费", (["县财政局"], [], [])),
        ("组织制定并会同有关部门落实好工伤待遇政策", (["县人社局"], [], [])),
        ("负责疫情监测", (["县农服中心"], ["兽医站"], [])),
    ]  # (制定并会同有关部门 is no unit the bureau organises; 兽医站 is)


def test_a_pages_one_owner_line_under_a_breadcrumb_owns_the_pages_first_list() -> None:
    items = "（一）负责统筹园区发展管理工作；\n（二）协调园区内社会管理事务。\n"
    doc = parse_text("当前位置：\n某区园区发展局机构职能\n" + items + "相关附件\n")
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责统筹园区发展管理工作", (["某区园区发展局"], [], [])),
        ("协调园区内社会管理事务", (["某区园区发展局"], [], [])),
    ]
    # a unit's name alone over the list, no duties' word after it, owns nothing
    doc = parse_text("当前位置：\n某区园区发展局\n" + items)
    assert doc.tasks == ()
    # nor does an owner line over a list that is not the page's first
    doc = parse_text("1.做好宣传。\n某区园区发展局机构职能\n" + items)
    assert [units(t) for t in doc.tasks] == []


def test_a_heading_stating_its_units_role_owns_the_items_below_it() -> None:
    doc = parse_text(
        HEAD + "四、职责分工\n（一）区水务局为全区截污纳管工作的牵头、协调单位。\n"
        "1、具体负责协调推进管网建设。\n2、督促各镇开展纳管工作。\n"
        "（二）区环保局为配合单位。\n1、负责监督污染源纳管。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("具体负责协调推进管网建设", (["区水务局"], [], [])),
        ("督促各镇开展纳管工作", (["区水务局"], [], [])),
        ("负责监督污染源纳管", (["区环保局"], [], [])),
    ]  # (the units lead their duties, whatever role the sentence names)
    # 为 and a word that is no role's label (示范单位) states no role
    doc = parse_text(HEAD + "四、职责分工\n（一）区水务局为示范单位。\n1、负责管网建设。\n")
    assert [units(t) for t in doc.tasks] == []


def test_items_under_a_tasks_heading_before_a_division_of_duties_are_tasks() -> None:
    duties = "四、职责分工\n区水务局负责管网建设。\n区环保局负责纳管监督。\n"
    items = "（一）完善雨污水规划。\n（二）推进管网建设。\n"
    doc = parse_text(HEAD + "三、主要任务\n" + items + duties)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("完善雨污水规划", ([], [], [])),
        ("推进管网建设", ([], [], [])),
        ("负责管网建设", (["区水务局"], [], [])),
        ("负责纳管监督", (["区环保局"], [], [])),
    ]
    # a focus heading's items (工作重点) name no tasks; nor do a tasks heading's with no
    # division of duties after it
    for heading, after in (
        ("三、工作重点\n", duties),
        ("三、主要任务\n", "四、保障措施\n加强领导。\n"),
    ):
        doc = parse_text(HEAD + heading + items + after)
        assert [t.title for t in doc.tasks if not t.lead] == []


def test_units_and_their_duties_as_follows_lead_the_items_below_them() -> None:
    doc = parse_text(
        HEAD + "乡（镇）政府在农村公路养护管理中具体责任如下：\n（一）负责筹集养护资金。\n"
        "（二）负责乡级公路路产保护。\n村委会具体工作职能如下：\n（一）负责村级公路日常养护。\n"
        "（二）负责组织村民筹集资金。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责筹集养护资金", (["乡（镇）政府"], [], [])),
        ("负责乡级公路路产保护", (["乡（镇）政府"], [], [])),
        ("负责村级公路日常养护", (["村委会"], [], [])),
        ("负责组织村民筹集资金", (["村委会"], [], [])),
    ]  # (在…中, where the units act, is no part of their names)
    # under a regulation's article, too: the lines divide the article's items
    doc = parse_text(
        HEAD + "第二条 县交通运输局是主管部门。\n村委会具体工作职能如下：\n（一）负责村道养护。\n"
        "（二）负责筹集资金。\n县公路中心主要职责如下：\n（一）负责养护考核。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [["村委会"], ["村委会"], ["县公路中心"]]
    # no unit before the words (工作职责如下), or a kind of body only, owns nothing
    for line in ("工作职责如下：", "成员单位职责如下："):
        doc = parse_text(HEAD + line + "\n（一）负责筹集养护资金。\n（二）负责路产保护。\n")
        assert [units(t) for t in doc.tasks if t.lead] == []


def test_the_list_a_page_opens_with_cut_above_its_one_is_tasks_beside_later_ones() -> None:
    opening = "（十一）负责市政府值班和应急值守工作。\n（十二）负责机关的后勤保障工作。\n"
    offices = "三、内设机构\n（一）督查室。负责市政府批办件的督办查办工作。\n（二）秘书科。负责起草综合材料。\n"
    doc = parse_text(opening + offices)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (11, "负责市政府值班和应急值守工作", ([], [], [])),
        (12, "负责机关的后勤保障工作", ([], [], [])),
        (1, "负责市政府批办件的督办查办工作", (["督查室"], [], [])),
        (2, "负责起草综合材料", (["秘书科"], [], [])),
    ]
    # from 1 too, the offices a later list numbered from the first again, each over its
    # duty's line: the owner's name was lost above the list
    doc = parse_text(
        "（一）贯彻执行政务服务有关方针政策。\n（二）牵头全区行政审批制度改革。\n"
        "区政务服务办内设科室2个：\n（一）综合科\n负责机关文电、档案工作。\n"
        "（二）政务监督科\n负责政务服务监督工作。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("贯彻执行政务服务有关方针政策", ([], [], [])),
        ("牵头全区行政审批制度改革", ([], [], [])),
        ("负责机关文电、档案工作", (["综合科"], [], [])),
        ("负责政务服务监督工作", (["政务监督科"], [], [])),
    ]
    # a list below a title line is no list whose owner the page lost
    doc = parse_text(HEAD + opening + offices)
    assert [t.title for t in doc.tasks if not t.lead] == []
    # a site's mark alone above it (|) is no title line
    doc = parse_text("|\n" + opening + offices)
    assert [t.no for t in doc.tasks if not t.lead] == [11, 12]


def test_a_headings_first_sentence_may_name_the_owner_of_the_items_below_it() -> None:
    doc = parse_text(
        HEAD + "（2）区县监督中心的职责。区县监督中心作为专司监督的机构，主要承担以下职责：\n"
        "①负责受理各渠道提供的城市管理信息。\n②负责对城市管理问题进行立案。\n"
        "（3）区县指挥中心职责\n①负责派遣处置任务。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责受理各渠道提供的城市管理信息", (["区县监督中心"], [], [])),
        ("负责对城市管理问题进行立案", (["区县监督中心"], [], [])),
        ("负责派遣处置任务", (["区县指挥中心"], [], [])),
    ]
    # a first sentence that is no owner's (加强组织领导) names no owner
    doc = parse_text(
        HEAD + "（2）加强组织领导。各地要主要承担以下职责：\n①负责受理信息。\n②负责立案。\n"
    )
    assert [t.lead for t in doc.tasks if t.lead] == []


def test_a_division_mixing_units_first_and_units_inside_reads_both() -> None:
    doc = parse_text(
        HEAD + "四、责任分工\n（一）区爱卫办负责辖区公共外环境除四害招标采购工作。\n"
        "（二）区城管局负责辖区范围内除四害工作的监督与管理。\n"
        "（三）公共厕所、垃圾暂存地除四害工作由城管部门负责监督管理。\n"
        "（四）公园及公共绿化带除四害工作由园林部门负责监督管理。\n"
        "（五）福利机构和救助管理机构人员由区民政局负责组织。\n"
        "（六）社区公共外环境除害工作由招标\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责辖区公共外环境除四害招标采购工作", (["区爱卫办"], [], [])),
        ("负责辖区范围内除四害工作的监督与管理", (["区城管局"], [], [])),
        ("公共厕所、垃圾暂存地除四害工作由城管部门负责监督管理", (["城管部门"], [], [])),
        ("公园及公共绿化带除四害工作由园林部门负责监督管理", (["园林部门"], [], [])),
        ("福利机构和救助管理机构人员由区民政局负责组织", (["区民政局"], [], [])),
        ("社区公共外环境除害工作由招标", ([], [], [])),
    ]  # (the work's name before 由 stays in the title; no unit's name runs on past 由)


def test_a_list_numbered_from_its_first_again_is_read_apart() -> None:
    agenda = "议程安排\n（一）09:00暖场节目\n（二）09:30领导致辞\n（三）09:45合唱演出\n"
    duties = "工作分工\n（一）区委办：负责确定出席活动的领导名单。\n（二）区委宣传部：负责协调媒体做好新闻报道。\n"
    doc = parse_text(HEAD + agenda + duties)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责确定出席活动的领导名单", (["区委办"], [], [])),
        ("负责协调媒体做好新闻报道", (["区委宣传部"], [], [])),
    ]  # (the agenda's items, numbered from （一） before them, are no part of their list)


def test_the_nearer_owner_heading_leads_the_items_below_it() -> None:
    doc = parse_text(
        HEAD + "一、党委和政府职责\n（一）区委职责\n1.贯彻落实决策部署。\n2.研究解决突出问题。\n"
        "（二）区政府职责\n1.执行法律法规。\n二、部门职责\n（一）区生态环境局职责\n"
        "1.负责统一监督管理。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("贯彻落实决策部署", (["区委"], [], [])),
        ("研究解决突出问题", (["区委"], [], [])),
        ("执行法律法规", (["区政府"], [], [])),
        ("负责统一监督管理", (["区生态环境局"], [], [])),
    ]
    # a heading below with items of its own but no owner's name takes the one above
    doc = parse_text(
        HEAD + "一、区委职责\n（一）决策部署\n1.贯彻落实决策部署。\n2.研究解决突出问题。\n"
        "（二）督促检查\n1.开展督察。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("决策部署", (["区委"], [], [])),
        ("督促检查", (["区委"], [], [])),
    ]


def test_a_bodys_roster_may_stand_between_its_name_and_its_duties_word() -> None:
    roster = "主任：王某\n副主任：李某\n成员：从市直有关单位抽调。\n"
    duties = "主要职责：\n1.负责对接上级文明办；\n2.完成交办的其他事项。\n"
    doc = parse_text(
        "二、组织机构\n指挥部下设办公室。\n办公室（市创城办）\n"
        + roster
        + duties
        + "（一）综合组\n组长：赵某\n主要职责：\n1.负责起草材料。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责对接上级文明办", (["办公室（市创城办）"], [], [])),
        ("完成交办的其他事项", (["办公室（市创城办）"], [], [])),
        ("负责起草材料", (["综合组"], [], [])),
    ]
    # a roster under a line naming no unit (指挥部名单如下：), or with no duties' word after
    # it, owns no items
    for text in (
        "二、组织机构\n指挥部名单如下：\n" + roster + duties,
        "二、组织机构\n办公室（市创城办）\n"
        + roster
        + "1.负责对接上级文明办；\n2.完成交办事项。\n",
    ):
        assert [units(t) for t in parse_text(text).tasks if t.lead] == []


def test_a_lines_last_part_may_name_the_units_announcing_the_items_below_it() -> None:
    items = "一、统一政法各部门的思想和行动；\n二、组织协调维护社会稳定工作；\n"
    doc = parse_text(
        "县委政法委是县委的职能部门。根据有关规定，县委政法委主要有以下职能：\n" + items
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("统一政法各部门的思想和行动", (["县委政法委"], [], [])),
        ("组织协调维护社会稳定工作", (["县委政法委"], [], [])),
    ]
    # units each doing their own share (按照各自分工, 按照以下分工) own none of the items
    for line in (
        "为做好平安建设，各成员单位按照各自分工履行以下职责：\n",
        "县公安局、县司法局按照以下分工做好相关工作：\n",
    ):
        assert [t.lead for t in parse_text(line + items).tasks if t.lead] == []


def test_a_sites_line_of_the_pages_facts_stands_between_a_title_and_its_list() -> None:
    items = "一、贯彻执行森林防火法规。\n二、指导各乡镇森林防火工作。\n"
    for facts in (
        "访问次数 : 发布时间 :2016-03-21",
        "时间：2023-07-11 浏览次数： 信息来源：县政府",
    ):
        doc = parse_text("县森林防火指挥部办公室工作职责\n" + facts + "\n" + items)
        assert [(t.title, units(t)) for t in doc.tasks] == [
            ("贯彻执行森林防火法规", (["县森林防火指挥部办公室"], [], [])),
            ("指导各乡镇森林防火工作", (["县森林防火指挥部办公室"], [], [])),
        ]
    # a line holding a sentence is the plan's text, not the page's facts
    doc = parse_text("县森林防火指挥部办公室工作职责\n资金来源：县财政安排。\n" + items)
    assert [t.lead for t in doc.tasks if t.lead] == []


def test_a_body_defined_in_its_opening_sentence_announces_the_duties_below_it() -> None:
    items = "（一）受理、转送群众来信；\n（二）协调解决重要问题；\n"
    doc = parse_text("县信访局是县政府开展信访工作的职能部门，履行下列职责：\n" + items)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("受理、转送群众来信", (["县信访局"], [], [])),
        ("协调解决重要问题", (["县信访局"], [], [])),
    ]
    # after any mark, 其 stands for the body defined before it
    doc = parse_text("县住建局是县物业管理主管部门，依法监督物业管理活动。其主要职责是：\n" + items)
    assert [t.lead[0].text for t in doc.tasks] == ["县住建局", "县住建局"]
    # a sentence before the verb, units each doing their share, a subject that is no unit's
    # name, or the units concerned own none of the items
    for line in (
        "县信访局是县政府的职能部门。履行下列职责：\n",
        "县信访局是牵头部门，各成员单位按照各自分工履行下列职责：\n",
        "信访工作是群众工作的重要内容，履行下列职责：\n",
        "各有关部门是信访工作的责任主体，履行下列职责：\n",
    ):
        assert [t.lead for t in parse_text(line + items).tasks if t.lead] == []


def test_a_field_of_work_may_stand_between_a_headings_units_and_their_duties_word() -> None:
    items = "（一）建立消防安全组织，明确专人负责。\n（二）保障消防工作经费。\n"
    heading = "一、乡（镇）人民政府、街道办事处消防安全工作职责\n"
    assert [(t.title, units(t)) for t in parse_text(heading + items).tasks] == [
        ("建立消防安全组织，明确专人负责", (["乡（镇）人民政府", "街道办事处"], [], [])),
        ("保障消防工作经费", (["乡（镇）人民政府", "街道办事处"], [], [])),
    ]
    # up to eight characters, and before 的职责是 too (an article saying what they are)
    for heading, owner in (
        ("一、县消防救援大队消防安全宣传教育工作职责\n", "县消防救援大队"),
        (
            "第七条 县级以上人民政府林业主管部门森林病虫害防治的职责是：\n",
            "县级以上人民政府林业主管部门",
        ),
    ):
        assert [t.lead[0].text for t in parse_text(heading + items).tasks] == [owner, owner]
    # a role's word (我局配合的), a person's title (支部书记), or more than a field's eight
    # characters before the word names no owner
    for heading in (
        "一、我局配合的工作任务\n",
        "一、支部书记意识形态工作职责\n",
        "一、县消防救援大队消防安全宣传教育培训工作职责\n",
    ):
        assert [t.lead for t in parse_text(heading + items).tasks if t.lead] == []


def test_a_headings_responsibility_list_word_names_its_owner() -> None:
    doc = parse_text(
        HEAD
        + "一、主要内容\n（一）党委（党支部）主体责任清单\n党委（党支部）对意识形态工作负主体责任。\n"
        "1.及时传达学习上级决策部署。\n2.每年至少两次专题研究意识形态工作。\n"
        "（二）县委宣传部职责清单\n1.指导各单位开展宣传工作。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("及时传达学习上级决策部署", (["党委（党支部）"], [], [])),
        ("每年至少两次专题研究意识形态工作", (["党委（党支部）"], [], [])),
        ("指导各单位开展宣传工作", (["县委宣传部"], [], [])),
    ]
    # a list of risks or problems names no owner
    doc = parse_text(HEAD + "一、意识形态风险排查清单\n1.排查舆情风险。\n2.排查阵地风险。\n")
    assert [t.lead for t in doc.tasks if t.lead] == []


def test_an_owners_chapter_passes_its_lead_to_the_duties_an_article_announces() -> None:
    articles = (
        "第十一条 市安委会成员单位及有关部门在安全生产工作方面的共同职责：\n"
        "（一）宣传贯彻安全生产法律法规；\n（二）建立健全本部门安全生产责任制；\n"
    )
    doc = parse_text("第三章 市安委会成员单位及有关部门工作职责\n" + articles)
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("宣传贯彻安全生产法律法规", (["市安委会成员单位", "有关部门"], [], [])),
        ("建立健全本部门安全生产责任制", (["市安委会成员单位", "有关部门"], [], [])),
    ]
    # a sub-heading of a topic, no duties' word and colon, is still the task itself
    doc = parse_text(
        "第三章 市安全生产委员会工作职责\n第十一条 综合协调\n（一）召开联席会议；\n（二）通报安全形势；\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("综合协调", (["市安全生产委员会"], [], []))
    ]
