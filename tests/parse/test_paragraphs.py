"""Paragraph tasks (pipeline/parse/paragraphs.py): unnumbered paragraphs under a heading,
each closing with a clause of its own."""

from __future__ import annotations

import pytest

from tests.parse.test_parser import HEAD, parse_text, units


def test_paragraphs_each_closing_with_a_clause_are_the_headings_tasks() -> None:
    doc = parse_text(
        HEAD + "（一）推进决策公开\n建立决策目录清单。按年公布。（牵头部门：综合规划处）\n"
        "　　公开规范性文件。集中展示。（牵头部门：法规处；配合部门：办公室）\n"
        "（二）推进执行公开\n做好预决算公开。（牵头部门：财务处）\n"
    )
    assert [(t.task_id, t.no, t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1.1", 1, "1", "建立决策目录清单", (["综合规划处"], [], [])),
        ("1.2", 2, "2", "公开规范性文件", (["法规处"], [], ["办公室"])),
        ("2.1", 1, "1", "做好预决算公开", (["财务处"], [], [])),  # as its sibling splits
    ]
    assert [t.location.line for t in doc.tasks] == [3, 4, 6]


def test_a_heading_over_one_paragraph_or_over_lines_without_clauses_titles_the_task() -> None:
    single = parse_text(HEAD + "（一）推进决策公开\n建立决策目录清单。（牵头部门：综合规划处）\n")
    assert [(t.title, units(t)) for t in single.tasks] == [
        ("推进决策公开", (["综合规划处"], [], []))
    ]
    wrapped = parse_text(
        HEAD + "（一）推进决策公开\n建立决策目录清单，\n按年公布。（牵头部门：综合规划处）\n"
        "公开规范性文件。（牵头部门：法规处）\n"
    )
    assert [t.title for t in wrapped.tasks] == ["推进决策公开"]  # a line without its clause
    titled = parse_text(
        HEAD + "（一）推进决策公开。建立决策目录清单。\n按年公布。（牵头部门：综合规划处）\n"
        "公开规范性文件。（牵头部门：法规处）\n"
    )
    assert [t.title for t in titled.tasks] == ["推进决策公开"]  # the heading holds a sentence


def test_lines_opening_with_a_unit_as_subject_under_a_division_of_duties_are_its_tasks() -> None:
    doc = parse_text(
        HEAD + "四、任务分工\n总体由县公安局推进。\n县公安局负责编印防骗宣传手册。每周通报案情。\n"
        "另附宣传材料清单。\n各镇在党委统一部署下入户宣传。\n县民政局结合养老机构检查开展宣传。\n"
        "县教育局负责全县学校的宣传工作。\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "负责编印防骗宣传手册", (["县公安局"], [], [])),
        (2, "在党委统一部署下入户宣传", (["各镇"], [], [])),
        (3, "结合养老机构检查开展宣传", (["县民政局"], [], [])),
        (4, "负责全县学校的宣传工作", (["县教育局"], [], [])),
    ]  # a line before the first is the heading's; one after a task continues it
    assert "另附宣传材料清单" in doc.tasks[0].body
    elsewhere = parse_text(
        HEAD + "四、工作要求\n县公安局负责编印防骗宣传手册。\n各镇在党委统一部署下入户宣传。\n"
    )
    assert elsewhere.tasks == ()  # under a heading that divides no duties: no tasks


def test_a_division_of_duties_titled_on_its_line_runs_on_into_the_first_units_duty() -> None:
    doc = parse_text(
        HEAD + "一、压实安全管理责任\n（一）明确部门管理职责。市城管局负责燃气行业管理；"
        "编制专项规划。\n市发改委负责燃气资源调度，完善价格联动机制。\n"
        "市应急局负责综合监管。\n（二）落实企业主体责任。企业要健全制度。（市城管局牵头）\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1.1.1", "负责燃气行业管理；编制专项规划", (["市城管局"], [], [])),
        ("1.1.2", "负责燃气资源调度，完善价格联动机制", (["市发改委"], [], [])),
        ("1.1.3", "负责综合监管", (["市应急局"], [], [])),
        ("1.2", "落实企业主体责任", (["市城管局"], [], [])),
    ]
    assert [t.location.line for t in doc.tasks] == [3, 4, 5, 6]
    plain = parse_text(
        HEAD + "一、压实安全管理责任\n（一）加强燃气管理。市城管局负责燃气行业管理。\n"
        "市发改委负责燃气资源调度。\n（二）落实企业主体责任。企业要健全制度。（市城管局牵头）\n"
    )
    assert [(t.title, units(t)) for t in plain.tasks] == [  # a title dividing no duties
        ("加强燃气管理", ([], [], [])),
        ("落实企业主体责任", (["市城管局"], [], [])),
    ]


def test_numberless_duties_after_colons_run_on_and_a_closing_catch_all_is_no_task() -> None:
    doc = parse_text(
        "县防汛成员单位职责\n县应急管理局：统筹协调物资储备工作。 县公安局：负责维护抢险现场秩序。"
        "县交通局：对公路桥梁开展巡查。\n"
        "县融媒体中心要及时发布预警信息。\n其他成员单位按照各自职责做好防汛工作。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("统筹协调物资储备工作", (["县应急管理局"], [], [])),
        ("负责维护抢险现场秩序", (["县公安局"], [], [])),
        ("对公路桥梁开展巡查", (["县交通局"], [], [])),
        ("要及时发布预警信息", (["县融媒体中心"], [], [])),
    ]


def test_units_duties_chained_by_semicolons_in_a_notices_paragraph_are_its_tasks() -> None:
    doc = parse_text(
        "区安委办下发做好冬季防火工作的紧急通知\n通知指出，各街道要认真吸取事故教训。\n"
        "通知明确，要迅速开展人员密集场所消防安全大检查。民政部门负责社会福利机构专项检查；"
        "教育部门负责学校校舍专项检查；卫生部门负责医院专项检查。通知要求，各街道要按照"
        "“谁主管、谁负责”的原则开展检查。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责社会福利机构专项检查", (["民政部门"], [], [])),
        ("负责学校校舍专项检查", (["教育部门"], [], [])),
        ("负责医院专项检查", (["卫生部门"], [], [])),
    ]
    two = parse_text(
        "紧急通知\n通知明确，要开展大检查。民政部门负责福利机构检查；教育部门负责校舍检查。\n"
    )
    assert two.tasks == ()  # two in a row could be any sentence's


def test_units_duties_run_together_sentence_by_sentence_after_a_connective_are_its_tasks() -> None:
    doc = parse_text(
        "县河长制工作推进情况\n同时，要求县级部门牵头实施好四大行动。即县水务局牵头，组织开展"
        "打击非法采砂专项行动。县环保局牵头，督促乡镇污水设施建设；县交委牵头，组织开展打击"
        "非法码头专项行动。县农委、畜牧局牵头，严控畜禽养殖行为。并围绕三大目标，完善三大机制。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("组织开展打击非法采砂专项行动", (["县水务局"], [], [])),  # 即 opens no name
        ("督促乡镇污水设施建设", (["县环保局"], [], [])),
        ("组织开展打击非法码头专项行动", (["县交委"], [], [])),
        ("严控畜禽养殖行为", (["县农委", "畜牧局"], [], [])),
    ]  # the sentence after the last duty (并围绕…) is none


def test_a_duty_goes_on_past_its_semicolons_and_a_run_on_headings_chain_is_kept() -> None:
    doc = parse_text(
        "[接上页] 灾后，水利、气象等部门开展灾情评估。 3.2.1 暴雨 县气象局加强监测，发布预警。"
        " 县交通运输局负责清理塌方，保障畅通；指导客运企业调整班次；督促水库管理单位落实预案。"
        " 县卫生局采取措施保障医疗服务。 县教育局根据预警通知学校停课。"
        " 相关单位随时准备启动预案。 3.2.2 寒潮 县气象局加强寒潮监测。 县民政局采取防寒救助措施，"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("加强监测，发布预警", ["县气象局"]),  # past the heading run on before it
        (
            "负责清理塌方，保障畅通；指导客运企业调整班次；督促水库管理单位落实预案",
            ["县交通运输局"],
        ),
        ("采取措施保障医疗服务", ["县卫生局"]),  # 采取 opens a duty
        ("根据预警通知学校停课", ["县教育局"]),
        ("加强寒潮监测", ["县气象局"]),  # the next section's chain, two duties only
        ("采取防寒救助措施", ["县民政局"]),
    ]
    alone = parse_text(
        "会议纪要\n会议指出，水利、气象等部门开展灾情评估。 县气象局加强监测。"
        " 县民政局采取救助措施。 会议要求抓好落实。\n"
    )
    assert alone.tasks == ()  # two in a row, with no chain of three beside them
    grouped = parse_text(
        "[接上页] 县交通局负责抢修公路。 县水利局负责抢修水利设施。 县电力公司负责抢修电网。"
        " 4.3.8 监测组 负责灾害监测。由县自然资源局、县气象局组成。 县气象局负责气象监测。"
        " 县自然资源局负责地质灾害监测。 县生态环境局负责水质监测。\n"
    )
    assert [units(t)[0] for t in grouped.tasks] == [
        ["县交通局"],
        ["县水利局"],
        ["县电力公司"],
        ["县气象局"],
        ["县自然资源局"],
        ["县生态环境局"],
    ]  # both runs of three, the group's heading and its members' sentence between them


def test_a_duty_opening_with_a_verb_joined_to_another_by_a_list_mark_keeps_both_verbs() -> None:
    doc = parse_text(
        "市旅游局负责协调有关部门保护旅游设施。\n市教育局负责组织修复受损校舍。\n"
        "市信息产业局负责组织、协调通信企业修复通信设施。\n市民政局将困难家庭纳入低保范围。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责协调有关部门保护旅游设施", ["市旅游局"]),
        ("负责组织修复受损校舍", ["市教育局"]),
        ("负责组织、协调通信企业修复通信设施", ["市信息产业局"]),  # 组织、协调: one predicate
        ("将困难家庭纳入低保范围", ["市民政局"]),  # 将: what the unit will do
    ]


def test_units_duties_line_by_line_before_a_heading_that_lost_its_numbers_mark() -> None:
    doc = parse_text(
        "市地震局负责提供地震资料信息。\n市气象局负责提供气象资料信息。\n"
        "市卫生局负责开展医疗救治工作。\n7应急保障\n7.1 队伍保障\n加强应急队伍建设。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责提供地震资料信息", ["市地震局"]),
        ("负责提供气象资料信息", ["市气象局"]),
        ("负责开展医疗救治工作", ["市卫生局"]),
    ]
    assert [t.location.line for t in doc.tasks] == [1, 2, 3]
    worded = parse_text(
        "市地震局负责提供地震资料信息。\n市气象局负责提供气象资料信息。\n"
        "市卫生局负责开展医疗救治工作。\n请认真贯彻执行。\n7.1 队伍保障\n加强应急队伍建设。\n"
    )
    assert worded.tasks == ()  # a sentence between them and the item ends the run


def test_a_notices_chain_of_duties_leaves_out_the_places_leaders_and_the_units_concerned() -> None:
    doc = parse_text(
        "关于做好中考保障工作的通知\n考点所在地政府的主要领导要亲自到现场办公。市各有关部门在考试"
        "期间要通力协作。市供电公司要保证考场用电；市公安局要做好考点的安全保卫工作；"
        "市卫生局要在各考点设立医务室。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("要保证考场用电", ["市供电公司"]),
        ("要做好考点的安全保卫工作", ["市公安局"]),
        ("要在各考点设立医务室", ["市卫生局"]),
    ]  # 所在地 opens no verb after 考点所; 市各有关部门 are the units concerned


def test_a_news_title_naming_the_units_concerned_is_no_duty_beside_the_units_duties() -> None:
    doc = parse_text(
        "相关部门积极做好高考保障工作\n2024-06-11 09时00分\n  教体局:制定考区应急处置预案。"
        "公安局:抽调民警做好试卷押送工作。卫健局:安排医务人员驻考点备勤。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("制定考区应急处置预案", ["教体局"]),
        ("抽调民警做好试卷押送工作", ["公安局"]),
        ("安排医务人员驻考点备勤", ["卫健局"]),
    ]


def test_units_duties_chained_after_a_dividing_title_on_the_items_line_are_its_tasks() -> None:
    doc = parse_text(
        HEAD + "五、工作措施\n（一）加强组织领导。省政府成立领导小组，办公室设在省民政厅。\n"
        "（二）明确工作职责。各有关部门要各司其职，密切配合。民政部门会同发展改革、财政等部门"
        "负责做好改造计划安排。住房和城乡建设部门负责抓好危房的技术鉴定。国土资源部门配合做好"
        "用地报批。扶\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责做好改造计划安排", (["民政部门"], [], ["发展改革", "财政"])),  # fields, 等部门
        ("负责抓好危房的技术鉴定", (["住房和城乡建设部门"], [], [])),
        ("配合做好用地报批", (["国土资源部门"], [], [])),
    ]  # (the units concerned open no duty; the page's cut 扶 is none)


def test_units_duties_chained_after_a_sentence_dividing_duties_under_an_item_are_tasks() -> None:
    doc = parse_text(
        HEAD + "三、工作措施\n1、强化责任落实\n坚持管业务必须管安全，落实第一责任人责任。\n"
        "明确各站股室安全生产工作职责。渡口站负责水上交通安全监管；路政大队负责道路通畅的安全"
        "监管；质监站负责在建工程的安全监管。\n2、加强隐患排查\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责水上交通安全监管", (["渡口站"], [], [])),
        ("负责道路通畅的安全监管", (["路政大队"], [], [])),
        ("负责在建工程的安全监管", (["质监站"], [], [])),
    ]
    # words before the chain that divide no duties leave it the item's own text
    doc = parse_text(
        HEAD + "三、工作措施\n1、强化责任落实\n坚持管业务必须管安全。渡口站负责水上交通安全监管；"
        "路政大队负责道路通畅的安全监管；质监站负责在建工程的安全监管。\n2、加强隐患排查\n"
    )
    assert [t.lead for t in doc.tasks if t.lead] == []


def test_units_duties_chained_under_a_divisions_title_are_its_tasks() -> None:
    doc = parse_text(
        HEAD + "（一）加强组织领导，明确责任分工\n要加强对工作的领导和组织协调。\n"
        "各有关部门之间要加强沟通、各司其职。宣传部门负责审定重大宣传报道；发展改革部门负责"
        "组织协调基础设施建设；铁路、民航部门要配合做好车次、航班的调度工作；交通部门协助文化、"
        "文物部门做好交通项目建设。各有关部门要按照分工要求，抓好落实。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责审定重大宣传报道", (["宣传部门"], [], [])),
        ("负责组织协调基础设施建设", (["发展改革部门"], [], [])),
        ("要配合做好车次、航班的调度工作", (["铁路", "民航部门"], [], [])),  # fields, 部门
        ("协助文化、文物部门做好交通项目建设", (["交通部门"], [], [])),  # 协助 opens its duty
    ]  # the units concerned (各有关部门要…) close the chain, before it and after it


def test_units_duties_chained_before_the_first_item_are_tasks_unless_a_table_follows() -> None:
    doc = parse_text(
        "为做好各县（市）区组建担保机构工作，特制定本方案。各县（市）区财政部门负责资金的筹集。"
        "各县（市）区工商管理部门负责办理相关手续。各县（市）区政府金融办负责与银行协调沟通。"
        "各部门、各单位要按时完成任务。\n四、主要内容\n（一）注资对象\n重点选择担保中心。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责资金的筹集", ["各县（市）区财政部门"]),
        ("负责办理相关手续", ["各县（市）区工商管理部门"]),
        ("负责与银行协调沟通", ["各县（市）区政府金融办"]),
    ]  # 各部门、各单位 are the units concerned: no duty of the chain
    tabled = parse_text(
        "区政府各部门：\n区委办公室负责将目标任务纳入考评；区政府办公室负责督察通报；"
        "区统计局负责审核经济类数据。\n序号 | 任务名称 | 牵头单位 |\n1 | 地区生产总值 | 区发改局 |\n"
        "2 | 服务业增加值 | 区商务局 |\n"
    )
    assert [(t.title, units(t)[0]) for t in tabled.tasks] == [
        ("地区生产总值", ["区发改局"]),
        ("服务业增加值", ["区商务局"]),
    ]  # the notice over a task table says who oversees the table's tasks


def test_a_question_naming_units_is_no_duty_and_one_character_fields_share_a_kind() -> None:
    doc = parse_text(
        "加装电梯工作分工\n市级部门在加装电梯工作中担任什么角色？\n"
        "规划、建设等部门负责指导区级相关部门开展工作；\n质监部门负责电梯的检验检测等工作；\n"
        "水、电、气等部门负责做好管线迁移、改造等工作。\n"
        "其他市级部门根据各自职责做好相应工作。\n"
        "街道、社区在加装电梯工作中应发挥怎样的作用？\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责指导区级相关部门开展工作", (["规划", "建设"], [], [])),
        ("负责电梯的检验检测等工作", (["质监部门"], [], [])),
        ("负责做好管线迁移、改造等工作", (["水", "电", "气"], [], [])),
    ]  # the closing catch-all (其他市级部门…) is none


def test_a_division_of_duties_closed_by_a_colon_runs_on_into_the_first_units_duty() -> None:
    doc = parse_text(
        "救灾应急预案\n4、现场指挥机构：负责现场的紧急抢险工作。\n"
        "5、部门主要职责：省民政厅组织、协调救灾工作；核实、报告灾情。\n"
        "省水利厅承担省防汛抗旱指挥部的日常工作。\n省经委协调铁路、电力等部门的抢险救灾工作。\n"
        "省发改委安排重大救灾基建项目。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        # (the division's title is its duties' section, no item of 4、's list: 4、 reads alone)
        ("负责现场的紧急抢险工作", (["现场指挥机构"], [], [])),
        ("组织、协调救灾工作；核实、报告灾情", (["省民政厅"], [], [])),
        ("承担省防汛抗旱指挥部的日常工作", (["省水利厅"], [], [])),  # 承担, 协调, 安排: verbs
        ("协调铁路、电力等部门的抢险救灾工作", (["省经委"], [], [])),
        ("安排重大救灾基建项目", (["省发改委"], [], [])),
    ]


def test_duties_run_on_after_a_division_glued_to_the_first_unit_are_its_tasks() -> None:
    doc = parse_text(
        "防汛抗旱工作方案\n一、完善组织指挥体系设立县防汛抗旱指挥部。\n"
        "二、明确职责任务分工县应急管理局：履行县防指办公室职责，负责日常工作。"
        "县水利局：负责江河湖库的防汛安全。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("履行县防指办公室职责，负责日常工作", (["县应急管理局"], [], [])),
        ("负责江河湖库的防汛安全", (["县水利局"], [], [])),
    ]


def test_subject_duties_run_on_after_a_glued_division_s_opening_sentence_are_its_tasks() -> None:
    doc = parse_text(
        "专项整治工作方案特制定本方案。一、工作重点（一）聚焦虚假诊疗，开展严厉打击。"
        "二、职责分工各部门要依职责开展专项整治工作，确保整治效果。医保部门负责牵头开展专项整治。"
        "人民法院负责审理欺诈骗保犯罪案件，依法惩治犯罪。检察机关负责依法审查起诉案件。"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责牵头开展专项整治", (["医保部门"], [], [])),
        ("负责审理欺诈骗保犯罪案件，依法惩治犯罪", (["人民法院"], [], [])),
        ("负责依法审查起诉案件", (["检察机关"], [], [])),
    ]  # (the opening sentence's 各部门 is every unit's: no duty of its own)
    one = parse_text(
        "专项整治工作方案特制定本方案。一、工作重点（一）聚焦虚假诊疗，开展严厉打击。"
        "二、职责分工各部门要依职责开展专项整治工作。医保部门负责牵头开展专项整治。"
    )
    assert one.tasks == ()  # one duty alone after it is no division's list


def test_numbered_duties_run_on_after_a_glued_division_keep_their_numbers_out_of_names() -> None:
    doc = parse_text(
        "镇禁止露天焚烧秸秆实施方案为做好秸秆禁烧工作，结合我镇实际，制定本方案。\n"
        "一、指导思想按照“疏堵并举、属地管理”的原则，坚持禁烧与利用相结合。\n"
        "二、工作目标在镇党委、政府的统一领导下，狠抓秸秆禁烧工作。\n"
        "三、组织机构为加强组织领导，特成立工作领导小组，其成员名单如下：Xxxx四、职责分工"
        "（一）农业部门：要采取有效措施，推广秸秆综合利用新方法。加大巡查力度。"
        "（二）公安部门：对蓄意焚烧秸秆的行为人依法予以打击。（三）交通部门：负责做好道路沿线的巡查工作"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("要采取有效措施，推广秸秆综合利用新方法", (["农业部门"], [], [])),
        ("对蓄意焚烧秸秆的行为人依法予以打击", (["公安部门"], [], [])),
        ("负责做好道路沿线的巡查工作", (["交通部门"], [], [])),
    ]  # (四、 after the roster's placeholder is no heading: the duties run on in 三、's line)


def test_a_paragraph_the_page_cut_before_its_clause_is_a_task_with_no_units() -> None:
    doc = parse_text(
        HEAD + "（三）推进创新发展\n强化企业创新主体地位。（市科技局牵头，市财政局负责）\n"
        "建设一批众创空间。（市发展改革委牵头，市科技局负责）\n深化科技管理体制改革。扩大高校自主权，减少"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("强化企业创新主体地位", (["市科技局"], ["市财政局"], [])),
        ("建设一批众创空间", (["市发展改革委"], ["市科技局"], [])),
        ("深化科技管理体制改革", ([], [], [])),
    ]


def test_units_duties_after_a_list_opening_below_a_paragraph_keep_a_cut_last_one() -> None:
    doc = parse_text(
        "一、工作目标\n开展户口整顿。\n二、组织领导和职责\n为加强组织领导，县局成立领导小组。\n"
        "具体职责如下：\n政治处：负责户口整顿工作相关宣传。\n警务保障室：负责协调落实所需各项经费。\n"
        "行政审批科：负责全"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责户口整顿工作相关宣传", (["政治处"], [], [])),
        ("负责协调落实所需各项经费", (["警务保障室"], [], [])),
        ("负责全", (["行政审批科"], [], [])),  # the page's end cut it after its verb
    ]


def test_units_duties_after_colons_under_an_articles_sentence_are_its_tasks() -> None:
    doc = parse_text(
        "第十九条 各有关部门（单位）按照以下分工履行职责。\n"
        "县（市、区、开发区）人民政府（管委会）：负责摸底调查和征收补偿。\n"
        "市财政局：负责统筹安排补助资金。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责摸底调查和征收补偿", (["县（市、区、开发区）人民政府（管委会）"], [], [])),
        ("负责统筹安排补助资金", (["市财政局"], [], [])),
    ]


def test_a_units_name_alone_over_the_line_of_its_duties_leads_them() -> None:
    doc = parse_text(
        "县级部门责任清单\n县应急管理局\n与相关部门的职责边界\n相关部门 职责分工\n"
        "县应急管理局\n负责危险化学品安全生产的综合监督管理。\n"
        "县公安局\n负责剧毒化学品购买许可和道路运输通行许可。\n"
        "《危险化学品安全管理条例》第六条。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责危险化学品安全生产的综合监督管理", (["县应急管理局"], [], [])),
        ("负责剧毒化学品购买许可和道路运输通行许可", (["县公安局"], [], [])),
    ]
    stacked = parse_text("县级部门责任清单\n县公安局\n县民政局\n负责联合排查工作。\n")
    assert stacked.tasks == ()  # names stacked over one line: a table's unit cell, no duty


def test_members_duties_run_on_after_a_notices_opening_sentence() -> None:
    doc = parse_text(
        HEAD
        + " 各县人民政府：  现将有关部门职责通知如下。  县卫健局：负责病情监测和技术指导工作。"
        + "  县教育局：负责在中小学开展健康教育活动。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责病情监测和技术指导工作", (["县卫健局"], [], [])),
        ("负责在中小学开展健康教育活动", (["县教育局"], [], [])),
    ]
    # sentences run on after the opening one, none a unit's duty: no task
    assert parse_text(HEAD + " 现将有关事项通知如下。  请各单位认真贯彻执行。\n").tasks == ()


def test_tasks_run_on_in_one_paragraph_part_after_each_clause() -> None:
    doc = parse_text(
        HEAD + "（一）扩大有效投资。\n"
        "    加快项目建设。（市发展改革委牵头，市财政局等按职责分工负责）\n"
        "    用好专项债券。（市财政局牵头，市发展改革委负责）推进城市更新。（市住房城乡建设局牵头，"
        "各区人民政府负责）\n"
    )
    assert [(t.task_id, t.title, units(t)[0]) for t in doc.tasks] == [
        ("1", "加快项目建设", ["市发展改革委"]),  # the one heading's paragraphs: 1, 2, 3
        ("2", "用好专项债券", ["市财政局"]),
        ("3", "推进城市更新", ["市住房城乡建设局"]),  # its clause its own, not 2's
    ]
    assert [t.location.line for t in doc.tasks] == [3, 4, 4]


def test_a_paragraph_after_an_item_closed_by_its_clause_is_a_task_of_its_own() -> None:
    doc = parse_text(
        HEAD + "（一）取缔露天烧烤。（牵头单位：市城市管理局；配合单位：市市场监管局）\n"
        "（二）设置集中烧烤区。（牵头单位：市城市管理局；配合单位：市自然资源局）\n"
        "烧烤区使用无烟炉具。（牵头单位：市城市管理局；配合单位：市生态环境局）\n"
    )
    assert [(t.task_id, t.title, units(t)[2]) for t in doc.tasks] == [
        ("1", "取缔露天烧烤", ["市市场监管局"]),
        ("2", "设置集中烧烤区", ["市自然资源局"]),
        ("2.1", "烧烤区使用无烟炉具", ["市生态环境局"]),  # once lost in item 2
    ]
    # a line without its own clause still goes on with the item
    plain = parse_text(
        HEAD + "（一）设置集中烧烤区。（牵头单位：市城市管理局）\n烧烤区使用无烟炉具。\n"
    )
    assert [t.task_id for t in plain.tasks] == ["1"]


def test_paragraphs_closed_by_a_label_after_their_last_sentence_are_tasks() -> None:
    doc = parse_text(
        HEAD
        + "1.完善长效机制。\n加强道路保洁。提高保洁水平。主要责任单位：各县（市、区）、乡（镇）人民政府。\n"
        "推进村屯整治。垃圾日产日清。主要责任单位：县水利局。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("加强道路保洁", ["各县（市、区）、乡（镇）人民政府"]),  # levels sharing one body
        ("推进村屯整治", ["县水利局"]),
    ]


def test_a_sentence_opening_the_list_with_a_colon_is_the_heading_s_own() -> None:
    doc = parse_text(
        HEAD + "三、主要工作任务\n各部门分工协同，具体任务如下：\n"
        "方案制定：县住建局制定方案。（责任单位：县住建局）\n车辆投放：合理确定总量。（责任单位：各乡镇）\n"
    )
    assert [(t.title, units(t)[1]) for t in doc.tasks] == [
        ("方案制定：县住建局制定方案", ["县住建局"]),
        ("车辆投放：合理确定总量", ["各乡镇"]),
    ]


def test_paragraphs_of_several_lines_each_closed_by_a_clause_on_lines_of_its_own() -> None:
    doc = parse_text(
        HEAD + "（一）健全制度体系。\n建立指标体系。\n2027年底前，研究建立指标体系。\n"
        "（省生态环境厅牵头，省统计局参与）\n理顺监管体制。\n建立部门责任清单。\n"
        "（省生态环境厅指导，试点城市人民政府负责落实。\n以下均需试点城市人民政府落实，不再列出）\n"
    )
    assert [(t.task_id, t.title, units(t)) for t in doc.tasks] == [
        ("1", "建立指标体系", (["省生态环境厅"], [], ["省统计局"])),
        ("2", "理顺监管体制", (["省生态环境厅"], ["试点城市人民政府"], [])),  # 指导 leads
    ]
    assert [t.location.line for t in doc.tasks] == [3, 6]
    assert doc.tasks[1].note == "以下均需试点城市人民政府落实，不再列出"
    # text after the last clause, or a bracket that names no unit: the heading's task, as before
    after = parse_text(
        HEAD + "（一）健全制度体系。\n建立指标体系。\n（省生态环境厅牵头）\n理顺监管体制。\n"
        "（省生态环境厅牵头）\n加强宣传。\n"
    )
    assert [t.title for t in after.tasks] == ["健全制度体系"]
    prose = parse_text(
        HEAD + "（一）健全制度体系。\n建立指标体系。\n（2027年起实施）\n理顺监管体制。\n"
        "（省生态环境厅牵头）\n"
    )
    assert [t.title for t in prose.tasks] == ["健全制度体系"]


CUT = (
    "评价考核等功能，逐步实现智慧监管。2027年6月底前，系统初步联通。（牵头单位：\n"
    "市政管办。完成时间：2027年9月底前）\n"
    "2.统筹推进重点领域系统建设。按照统一要求推进。（牵头单位：市司法局、市财政局）\n"
    "3.完善监管数据归集。（牵头单位：市市场监管局）\n"
)


def test_the_tail_of_an_item_the_page_was_cut_inside_is_the_item_before_its_first() -> None:
    doc = parse_text(CUT)
    assert [(t.task_id, t.label, t.title, units(t)[0], t.deadline) for t in doc.tasks] == [
        ("1", "1", "评价考核等功能，逐步实现智慧监管", ["市政管办"], "2027年9月底前"),
        ("2", "2.", "统筹推进重点领域系统建设", ["市司法局", "市财政局"], None),
        ("3", "3.", "完善监管数据归集", ["市市场监管局"], None),
    ]
    assert [t.location.line for t in doc.tasks] == [1, 3, 4]
    # a title line above (no sentence mark): a plan whose item 1 is missing, no tail read
    titled = parse_text(HEAD + CUT)
    assert [t.task_id for t in titled.tasks] == ["2", "3"]
    # nothing closes the text before item 2 with a clause: no tail either
    plain = parse_text(CUT.replace("（牵头单位：\n市政管办。完成时间：2027年9月底前）", "。"))
    assert [t.task_id for t in plain.tasks] == ["2", "3"]


def test_a_paragraph_opening_with_its_ordinal_word_takes_it_as_its_number() -> None:
    doc = parse_text(
        HEAD + "（一）加强家庭保护。\n一是强化家庭教育指导。建设指导站点。（市妇联负责）\n"
        "　　二是加大帮扶力度。提供就业服务。（市人社局牵头，各县人民政府负责落实）\n"
    )
    assert [(t.task_id, t.no, t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1", 1, "一是", "强化家庭教育指导", (["市妇联"], [], [])),
        ("2", 2, "二是", "加大帮扶力度", (["市人社局"], ["各县人民政府"], [])),
    ]


def test_ordinal_parts_run_on_in_an_items_line_each_with_its_clause_are_its_tasks() -> None:
    line = (
        "（三）工作重点。一是城市森林工程。指导小区绿化。责任单位：创森办，社区。"
        "二是单位机关绿化。补植补栽。责任单位：创森办，社区。"
        "三是“三点一线”建设。建设植树基地。责任单位：创森办，村。\n"
    )
    doc = parse_text(HEAD + line + "（四）做好迎检。整理资料。责任单位：创森办。\n")
    assert [(t.task_id, t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1", "一是", "城市森林工程", ([], ["创森办", "社区"], [])),
        ("2", "二是", "单位机关绿化", ([], ["创森办", "社区"], [])),
        ("3", "三是", "“三点一线”建设", ([], ["创森办", "村"], [])),
        ("4", "（四）", "做好迎检", ([], ["创森办"], [])),
    ]
    assert [t.location.line for t in doc.tasks] == [2, 2, 2, 3]
    # a line below the parts that names no unit goes on with the last part's body
    below = parse_text(HEAD + line + "做好迎检氛围营造工作。\n（四）做好迎检。责任单位：创森办。\n")
    assert [t.body for t in below.tasks[:3]] == [
        "指导小区绿化。",
        "补植补栽。",
        "建设植树基地。\n做好迎检氛围营造工作。",
    ]
    # parts that share one clause at the item's end are its text, not tasks
    shared = parse_text(HEAD + "（三）工作重点。一是造林。二是护林。责任单位：创森办。\n")
    assert [(t.title, units(t)) for t in shared.tasks] == [("工作重点", ([], ["创森办"], []))]
    # a part without its own clause, or parts out of order, split nothing
    for text in (
        line.replace("补植补栽。责任单位：创森办，社区。", "补植补栽。"),
        line.replace("二是", "四是"),
    ):
        assert [t.title for t in parse_text(HEAD + text).tasks] == ["工作重点"]


def test_lines_closing_with_clauses_in_a_text_with_no_number_are_tasks() -> None:
    doc = parse_text(
        "一起来看——\n??? 优化服务\n ? 推进全程网办。（市政务服务局牵头，市大数据局配合）\n"
        "● 深化审批改革。（市住建局负责）\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("? ", "推进全程网办", (["市政务服务局"], [], ["市大数据局"])),
        ("● ", "深化审批改革", (["市住建局"], [], [])),
    ]
    # one such line alone is no list
    assert parse_text("一起来看——\n推进全程网办。（市政务服务局牵头）\n").tasks == ()


def test_units_duties_run_on_after_an_items_colon_each_unit_closed_by_a_full_stop() -> None:
    doc = parse_text(
        HEAD + "一、目标全县不发生火点。二、职责分工为加强领导，成立领导小组。各成员单位职责如下："
        "县生态环境局。负责统一监督禁烧工作。县交通运输局、县公路事业发展中心。负责公路两侧巡查。"
        "县农业农村局。负责秸秆综合利用技术推广。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责统一监督禁烧工作", (["县生态环境局"], [], [])),
        ("负责公路两侧巡查", (["县交通运输局", "县公路事业发展中心"], [], [])),
        ("负责秸秆综合利用技术推广", (["县农业农村局"], [], [])),
    ]


def test_two_units_duties_after_an_items_colon_are_too_few_to_read_so() -> None:
    doc = parse_text(
        HEAD + "一、职责分工各成员单位职责如下：县生态环境局。负责统一监督禁烧工作。"
        "县农业农村局。负责秸秆综合利用技术推广。（县生态环境局牵头）\n"
    )
    assert [(t.label, t.title) for t in doc.tasks] == [
        ("一、", "职责分工各成员单位职责如下：县生态环境局")
    ]


def test_lines_opening_with_ordinal_words_keep_a_last_one_the_page_cut_before_its_clause() -> None:
    head = HEAD + "一、工作任务\n（一）加强家庭保护。\n一是强化家庭教育指导。（市教育局负责）\n"
    doc = parse_text(head + "二是落实监护责任。开展监护缺失儿童排查，落实支持农民工返")
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("一是", "强化家庭教育指导", (["市教育局"], [], [])),
        ("二是", "落实监护责任", ([], [], [])),
    ]
    # the text going on past it: a line with no clause of its own is the heading's text
    whole = parse_text(
        head + "二是落实监护责任。开展监护缺失儿童排查。\n二、保障措施\n加强领导。\n"
    )
    assert [t.title for t in whole.tasks] == ["加强家庭保护"]
    # out of order, the words are no numbers
    skipped = parse_text(head.replace("一是", "三是") + "二是落实监护责任。开展监护缺失儿童排查")
    assert [t.label for t in skipped.tasks] == ["（一）"]


def test_a_projects_line_over_its_labelled_lines_is_a_task_in_a_text_with_no_number() -> None:
    doc = parse_text(
        "龙湾区2026年民生实事\n\n新建社区托育服务点8个，新增托位300个\n\n牵头单位：\n\n"
        "龙湾区卫生健康局\n\n协办单位：\n\n各街道办事处\n\n进度安排\n\n第一季度：完成选址。\n"
    )
    assert [(t.title, units(t), t.location.line) for t in doc.tasks] == [
        ("新建社区托育服务点8个，新增托位300个", (["龙湾区卫生健康局"], [], ["各街道办事处"]), 3)
    ]
    # a label of cooperating units alone names no project's lead
    alone = parse_text(
        "龙湾区2026年民生实事\n\n新建社区托育服务点8个\n\n协办单位：\n\n各街道办事处\n"
    )
    assert alone.tasks == ()


def test_units_duties_run_on_after_a_space_in_the_heading_line_and_over_its_lines() -> None:
    doc = parse_text(
        HEAD
        + "（三）部门监管责任 区建设局：负责统筹推进瓶改管工作；\n负责督促经营企业停止供应钢瓶。"
        " 区应急局：负责综合监督和协调工作；\n配合落实补助资金。 区市场监管局：负责查处无照经营行为。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责统筹推进瓶改管工作", (["区建设局"], [], [])),  # its line closed by ；
        ("负责综合监督和协调工作", (["区应急局"], [], [])),
        ("负责查处无照经营行为", (["区市场监管局"], [], [])),
    ]


def test_units_duties_run_on_after_a_space_each_split_at_the_space_before_the_next() -> None:
    doc = parse_text(
        HEAD
        + "三、组织指挥体系及职责 镇党政办：发布救灾新闻报道 安监所：收集、核实灾情；指导转移安置。"
        " 民政办： 组织救灾捐赠； 储备救灾物资； 中心学校：收集校舍损毁情况。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("发布救灾新闻报道", (["镇党政办"], [], [])),  # closed by the space alone
        ("收集、核实灾情；指导转移安置", (["安监所"], [], [])),
        ("组织救灾捐赠； 储备救灾物资", (["民政办"], [], [])),
        ("收集校舍损毁情况", (["中心学校"], [], [])),
    ]


def test_ordinal_lines_under_units_announcing_their_work_are_that_units_tasks() -> None:
    text = (
        "第四阶段：整体推进。\n县机关事务管理局和各公共机构节能管理机构要着力完成以下工作：\n"
        "一是在2月28日前完成各公共机构用能统计、汇总，建立用能数据台账。\n"
        "二是会同县财政局等部门制定能源消耗定额支出标准。\n三是开展年度节能考评。\n"
        "各单位要加强协作。\n五、制度保障\n（一）建立联席会议制度。\n"
    )
    doc = parse_text(text)
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        (
            "一是",
            "在2月28日前完成各公共机构用能统计、汇总，建立用能数据台账",
            (["县机关事务管理局", "各公共机构节能管理机构"], [], []),
        ),
        (
            "二是",
            "会同县财政局等部门制定能源消耗定额支出标准",
            (["县机关事务管理局", "各公共机构节能管理机构"], [], []),
        ),
        ("三是", "开展年度节能考评", (["县机关事务管理局", "各公共机构节能管理机构"], [], [])),
    ]  # (the line after them, opening with no ordinal word, is none of theirs)
    # one ordinal line alone is no list
    alone = parse_text(
        text.replace(
            "二是会同县财政局等部门制定能源消耗定额支出标准。\n三是开展年度节能考评。\n", ""
        )
    )
    assert alone.tasks == ()


def test_projects_a_line_each_take_the_units_of_their_groups_closing_line() -> None:
    text = (
        HEAD + "三、完善社区便民服务设施。新建社区食堂6家;改造农贸市场3家;新建口袋公园10个。\n"
        "新建社区食堂6家。第一季度完成选址。\n改造农贸市场3家。第二季度进场施工。\n"
        "上述项目由区商务委牵头负责。\n新建口袋公园10个。第四季度开放使用。\n"
        "以上项目由区绿化市容局牵头负责。\n【公共安全】\n"
    )
    assert [(t.title, units(t)) for t in parse_text(text).tasks] == [
        ("新建社区食堂6家", (["区商务委"], [], [])),
        ("改造农贸市场3家", (["区商务委"], [], [])),
        ("新建口袋公园10个", (["区绿化市容局"], [], [])),
    ]
    # a project line with a clause of its own is no such list: the heading stays the task
    owned = text.replace(
        "改造农贸市场3家。第二季度进场施工。", "改造农贸市场3家。（区市场监管局负责）"
    )
    assert [t.title for t in parse_text(owned).tasks] == ["完善社区便民服务设施"]


def test_a_rosters_lines_under_a_groups_name_are_no_duties() -> None:
    text = (
        HEAD + "一、组织机构\n1、活动宣传组\n组长：王丽\n成员：赵强、刘洋\n"
        "负责制作宣传展板，出好禁毒主题黑板报。\n2、活动联络组\n联系人：陈晨\n"
        "负责联系各参与单位，做好活动保障。\n"
    )
    assert [(t.title, units(t)) for t in parse_text(text).tasks] == [
        ("负责制作宣传展板，出好禁毒主题黑板报", (["活动宣传组"], [], [])),  # the duties' lines
        ("负责联系各参与单位，做好活动保障", (["活动联络组"], [], [])),
    ]
    # a site's footer where the text ends is none of the last group's duties; inside it is
    footer = parse_text(text + "参考资料：百度百科-禁毒宣传\n")
    assert [t.title for t in footer.tasks] == [t.title for t in parse_text(text).tasks]
    inside = parse_text(text + "来源：县禁毒办统一提供宣传资料。\n3、活动保障组\n负责场地布置。\n")
    assert "来源：县禁毒办统一提供宣传资料" in [t.title for t in inside.tasks]


def test_a_units_definition_and_the_label_over_its_duties_are_no_duties() -> None:
    doc = parse_text(
        "组织机构\n一、省政府采购委员会\n省政府采购委员会是省人民政府领导下的采购领导机构。\n"
        "主要职责:\n制定重大政府采购政策;\n审议政府采购目录;\n二、省政府采购管理办公室\n"
        "管理办公室设在省财政厅，负责处理具体的日常管理工作。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("制定重大政府采购政策", ["省政府采购委员会"]),
        ("审议政府采购目录", ["省政府采购委员会"]),
        ("管理办公室设在省财政厅，负责处理具体的日常管理工作", ["省政府采购管理办公室"]),
    ]


def test_a_group_whose_leader_is_a_units_head_is_a_task_that_unit_leads() -> None:
    text = (
        HEAD + "4.6 应急工作组\n4.6.1 基础设施抢险组\n组  长：县市容局负责人\n"
        "成员单位：县建设局、县交通局\n主要职责：组织力量对受损的供排水设施进行抢修。\n"
        "4.6.2 社会治安保障组\n组长：县公安局主要负责人\n成员单位：武警县中队\n"
        "主要职责：加强灾区治安管理，维护社会治安。\n"
    )
    assert [(t.title, units(t), t.leaders) for t in parse_text(text).tasks] == [
        ("基础设施抢险组", (["县市容局"], [], ["县建设局", "县交通局"]), ()),  # spaced label
        ("社会治安保障组", (["县公安局"], [], ["武警县中队"]), ()),
    ]
    # a person leading it is a roster's line, no label: no unit and no leader of a task
    person = text.replace("组  长：县市容局负责人", "组长：张三").replace(
        "组长：县公安局主要负责人", "组长：李四"
    )
    tasks = parse_text(person).tasks
    assert [t.leaders for t in tasks] == [()] * len(tasks) and len(tasks) == 4
    # the head is no part of a unit's name: after a name's bracket it heads none it can strip
    bracketed = parse_text(text.replace("县市容局负责人", "各乡镇（街道）负责人"))
    assert not [m.text for t in bracketed.tasks for m in t.mentions if m.text.endswith("负责人")]
    assert {m.text for t in tasks for m in t.mentions} == {"基础设施抢险组", "社会治安保障组"}


def test_duties_run_on_after_semicolons_under_a_division_opening_an_item() -> None:
    doc = parse_text(
        HEAD + "四、主要任务\n（一）加强领导。市政府统一领导节能工作。\n"
        "（二）明确分工，责任到人。市发改委负责提出全市节能规划；市经贸委负责全市工业节能；"
        "市农业局、市林业局等负责所属系统及行业节能；市教育局、市卫生局分别负责教育、卫生系统节能。"
        "各单位主要领导为节能责任人。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("负责提出全市节能规划", ["市发改委"]),
        ("负责全市工业节能", ["市经贸委"]),
        ("负责所属系统及行业节能", ["市农业局", "市林业局"]),  # 等 before the verb
        ("分别负责教育、卫生系统节能", ["市教育局", "市卫生局"]),
    ]
    assert [m.etc for m in doc.tasks[2].lead] == [False, True]


def test_a_first_paragraph_with_no_clause_is_its_headings_own() -> None:
    body = (
        "一、总体要求\n牢牢把握数字化转型机遇，力争到2025年全省制造业数字化水平明显提升。\n"
        "加快“新基建”，数字基础设施显著增强。开通5G基站25万个。（省工业和信息化厅牵头，省大数据局参与）\n"
        "催生“新动能”，企业转型成效更加凸显。推动2万家企业实施转型。（省工业和信息化厅牵头）\n"
    )
    doc = parse_text(
        HEAD + body + "培育“新优势”，产业链竞争力有效提升。聚焦标志性产业链，支持以链主企"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("加快“新基建”，数字基础设施显著增强", ["省工业和信息化厅"]),
        ("催生“新动能”，企业转型成效更加凸显", ["省工业和信息化厅"]),
        ("培育“新优势”，产业链竞争力有效提升", []),  # the page cut before its clause
    ]
    whole = parse_text(HEAD + body)
    assert [t.title for t in whole.tasks] == [t.title for t in doc.tasks[:2]]


def test_a_page_break_inside_a_run_on_duty_leaves_its_title_whole() -> None:
    doc = parse_text(
        HEAD + "三、职责分工。镇规环办：负责汇总上报整治情况。自然资源所：负责核对土地手续。"
        "镇农服中心：一是负责\n\n饮用水水源保护区范围内核查工作。二是负责河道核查工作。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks][-1] == (
        "一是负责饮用水水源保护区范围内核查工作",
        (["镇农服中心"], [], []),
    )


def test_units_duties_under_an_emergency_plans_headings_are_tasks_sentence_by_sentence() -> None:
    text = (
        HEAD + "县交通局负责抢修损毁的公路。\n县供电公司负责恢复供电。\n5.3 转移安置\n"
        "县民政局负责临时安置受灾群众。"
        "县教育局负责开放学校场地。\n5.4 医疗救护\n县卫生健康局负责组织医疗救治。\n"
        "5.5 救灾资金\n县财政局负责筹集救灾资金；县审计局负责审计资金使用。\n"
        "6.1 善后工作\n受灾乡镇要妥善安置群众。\n财政部门应及时下拨资金。\n"
    )
    assert [(t.title, units(t)) for t in parse_text(text).tasks] == [
        ("负责抢修损毁的公路", (["县交通局"], [], [])),  # (before the first heading)
        ("负责恢复供电", (["县供电公司"], [], [])),
        ("负责临时安置受灾群众", (["县民政局"], [], [])),
        ("负责开放学校场地", (["县教育局"], [], [])),
        ("负责组织医疗救治", (["县卫生健康局"], [], [])),  # (alone under its heading)
        ("负责筹集救灾资金", (["县财政局"], [], [])),
        ("负责审计资金使用", (["县审计局"], [], [])),
        ("要妥善安置群众", (["受灾乡镇"], [], [])),  # (要 and 应 open a unit's duty)
        ("应及时下拨资金", (["财政部门"], [], [])),
    ]
    # a later section whose lines mostly open with no unit holds no duties
    text = text.replace("财政部门应及时下拨资金。\n", "做好灾后重建。\n及时下拨资金。\n")
    assert [t.title for t in parse_text(text).tasks][-1] == "负责审计资金使用"


def test_an_articles_own_line_stating_a_units_duty_opens_the_duties_below_it() -> None:
    doc = parse_text(
        "第十八条 教育部门应当将消防安全知识纳入教学内容。\n民政部门应当将消防教育纳入减灾规划。\n"
        "人力资源和社会保障部门应当督促培训机构开展消防宣传。\n第十九条 广播、电视、报刊应当开展"
        "公益宣传。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("应当将消防安全知识纳入教学内容", (["教育部门"], [], [])),
        ("应当将消防教育纳入减灾规划", (["民政部门"], [], [])),
        ("应当督促培训机构开展消防宣传", (["人力资源和社会保障部门"], [], [])),
    ]
    # an article's own line of no unit's duty is its heading's, no task
    doc = parse_text(
        "第十八条 消防安全教育应当面向全社会。\n民政部门应当将消防教育纳入减灾规划。\n"
        "人力资源和社会保障部门应当督促培训机构开展消防宣传。\n教育部门应当开展消防教育。\n"
    )
    assert [t.lead[0].text for t in doc.tasks] == ["民政部门", "人力资源和社会保障部门", "教育部门"]


def test_a_sentence_whose_subject_is_the_units_concerned_is_no_duty_under_a_heading() -> None:
    doc = parse_text(
        HEAD + "三、加强对普查工作的组织领导与协调\n市人民政府有关部门要各负其责、通力协作。"
        "统计部门要研究制定普查实施方案；公安部门要为普查提供户籍人口资料；人口计生部门要提供"
        "计划生育资料。\n"
    )
    assert [(t.title, units(t)[0]) for t in doc.tasks] == [
        ("要研究制定普查实施方案", ["统计部门"]),
        ("要为普查提供户籍人口资料", ["公安部门"]),
        ("要提供计划生育资料", ["人口计生部门"]),
    ]
    named = parse_text(
        HEAD + "三、抢险救灾\n住房城乡建设厅、水利厅等有关部门负责抢修供水设施。"
        "统计部门要核实灾情；公安部门要维护治安。\n"
    )
    assert units(named.tasks[0])[0] == ["住房城乡建设厅", "水利厅"]  # two units


def test_units_duties_under_headings_read_so_only_where_no_item_has_a_clause() -> None:
    framed = parse_text(
        HEAD + "一、指导思想\n坚持预防为主。\n二、组织领导\n镇禁毒办负责协调指导；"
        "镇派出所负责组织实施；镇司法所负责社区戒毒。\n三、活动内容\n开展禁毒宣传。\n"
    )
    assert framed.tasks == ()  # (二、组织领导 frames the plan: its duties are no tasks)
    clauses = parse_text(
        HEAD + "（一）基本生活保障\n县民政局负责临时安置。县农办负责恢复生产。\n"
        "（二）医疗救护\n开展伤员救治。（县卫生健康局负责）\n"
    )
    assert [(t.title, units(t)) for t in clauses.tasks] == [
        ("基本生活保障", ([], [], [])),
        ("医疗救护", (["县卫生健康局"], [], [])),
    ]


def test_a_groups_name_over_its_duty_and_the_clause_naming_its_units_titles_one_task() -> None:
    doc = parse_text(
        HEAD + "一、抢险救援组\n负责组织抢险队伍转移被困群众，开展险情处置。\n"
        "由市应急管理局牵头，市水利局、市消防救援支队参加。\n"
        "二、群众安置组\n负责受灾群众的转移安置和生活保障。\n由市民政局牵头，市财政局参加。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("抢险救援组", (["市应急管理局"], [], ["市水利局", "市消防救援支队"])),
        ("群众安置组", (["市民政局"], [], ["市财政局"])),
    ]  # (no group leads the duty line as a unit owning its paragraphs)


def test_a_units_duty_after_its_colon_on_a_division_titles_line_opens_its_duties() -> None:
    alone = parse_text(
        HEAD + "2、职责\n（1）指挥长职责：全面负责扑救的指挥工作。\n"
        "（2）成员单位职责：县林业局：负责森林火灾的监测预警工作。\n县公安局：负责维护火灾现场秩序。\n"
    )
    listed = parse_text(
        HEAD + "2、职责\n（1）指挥长职责：全面负责扑救的指挥工作。\n"
        "（2）成员单位职责：县林业局：负责森林火灾的监测预警工作。\n县公安局：负责维护火灾现场秩序。\n"
        "县气象局：负责提供火场天气预报。\n"
    )
    assert [(t.title, units(t)) for t in alone.tasks] == [
        ("负责森林火灾的监测预警工作", (["县林业局"], [], [])),
        ("负责维护火灾现场秩序", (["县公安局"], [], [])),
    ]
    assert [units(t)[0] for t in listed.tasks] == [["县林业局"], ["县公安局"], ["县气象局"]]


def test_a_units_sentence_opening_the_list_of_duties_below_it_is_no_duty() -> None:
    doc = parse_text(
        "市爱国卫生运动委员会各委员部门职责分工\n"
        "市爱国卫生运动委员会根据基本方针，实行委员部门分工负责制，分别作好以下工作：\n"
        "市委宣传部：把爱国卫生工作纳入创建文明城市活动规划。\n"
        "市卫生局：开展全民健康教育，普及卫生科学知识。\n"
        "市农业局：做好农业废弃物的无害化处理。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [["市委宣传部"], ["市卫生局"], ["市农业局"]]


def test_a_bulleted_line_takes_the_clause_alone_on_the_line_below_it() -> None:
    doc = parse_text(
        "● 农贸市场水产区地面积水。\n（牵头单位：城东街道办事处，责任单位：区市场监管局）\n"
        "● 沿街商铺占道经营。\n（牵头单位：区城管局）\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("农贸市场水产区地面积水", (["城东街道办事处"], ["区市场监管局"], [])),
        ("沿街商铺占道经营", (["区城管局"], [], [])),
    ]


def test_a_line_in_another_form_before_units_duties_after_their_colons_introduces_them() -> None:
    doc = parse_text(
        HEAD + "二、工作职责\n"
        "各村党支部、村民委员会、驻乡各单位要高度重视，各司其职，切实肩负起防控主体责任。\n"
        "乡纪委：负责对防控措施落实情况进行监督检查。\n乡人武部：负责组织民兵参与疫情处置工作。\n"
        "乡党政办：负责协调新闻媒体按照统一口径进行报道。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [["乡纪委"], ["乡人武部"], ["乡党政办"]]


def test_an_indented_paragraph_of_duties_under_a_heading_reads_past_a_footers_label() -> None:
    doc = parse_text(
        HEAD + "一、政策依据\n1.依据：粮食安全党政同责。\n2.目标：粮食播种面积稳定在150万亩以上。\n"
        "三、受理单位\n    市政府及各区、镇、街道按照要求，积极组织落实粮食生产目标任务。"
        "市农业农村局、市财政局负责落实国家惠农政策；市农业发展中心会同区、镇、街道负责落实"
        "粮食生产面积。市统计调查队负责粮食产量的统计。\n相关链接：\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市政府", "各区、镇、街道"], [], []),  # (各 spans the levels: one collective)
        (["市农业农村局", "市财政局"], [], []),
        (["市农业发展中心"], [], ["区", "镇", "街道"]),
        (["市统计调查队"], [], []),
    ]


def test_lines_before_the_first_item_stating_units_duties_are_tasks_where_items_read_so() -> None:
    tail = "4、部门主要职责：县应急管理局组织全县抢险救灾工作。\n县水利局负责水情监测。\n县财政局负责救灾资金。\n"
    groups = "抢险救援组负责转移安置群众。\n医疗救护组负责伤员救治。\n生活保障组负责临时住所。\n"
    doc = parse_text(groups + tail)
    assert [units(t)[0] for t in doc.tasks][:3] == [["抢险救援组"], ["医疗救护组"], ["生活保障组"]]
    # two such lines are no run: a notice's sentences, maybe
    two = parse_text("".join(groups.splitlines(keepends=True)[1:]) + tail)
    assert [units(t)[0] for t in two.tasks] == [["县应急管理局"], ["县水利局"], ["县财政局"]]


def test_a_units_sentence_opening_the_list_below_it_is_no_duty_of_the_list() -> None:
    text = (
        HEAD + "三、措施与要求\n（一）加强领导、明确职责\n"
        "市直各有关部门要各司其职，密切配合，共同搞好农村饮水工程建设。具体要求是：\n"
        "市水务部门作为牵头责任单位，负责审查工程规划，加强技术指导。\n"
        "市财政部门负责制定配套资金管理办法。\n市卫生部门负责落实水质检测。\n"
    )
    assert [(t.title, units(t)[0]) for t in parse_text(text).tasks] == [
        ("负责审查工程规划，加强技术指导", ["市水务部门"]),  # 作为牵头责任单位：the lead
        ("负责制定配套资金管理办法", ["市财政部门"]),
        ("负责落实水质检测", ["市卫生部门"]),
    ]


def test_a_leading_group_and_its_office_and_a_unit_stepping_up_work_state_duties() -> None:
    text = (
        HEAD + "四、职责分工\n市污水治理工作领导小组及其办公室负责协调全市污水治理工作。\n"
        "市环保部门负责审核污水处理工艺设计。\n市农林部门加大农村户用沼气工作力度。\n"
        "市财政部门负责安排治理资金。\n"
    )
    assert [units(t)[0] for t in parse_text(text).tasks] == [
        ["市污水治理工作领导小组及其办公室"],  # the group's office with it: no bare group
        ["市环保部门"],
        ["市农林部门"],  # 加大: steps its work up
        ["市财政部门"],
    ]


def test_a_division_of_duties_the_page_cut_after_its_first_duty_reads_it() -> None:
    text = (
        HEAD
        + "三、宣传对象\n1、宣传对象。全县群众。\n2、宣传内容。防范电信诈骗知识。\n四、任务分工\n"
        "县委统一部署，县公安局具体推进，各乡镇落实。\n县公安局负责提供宣传素材，交由各乡镇印制发放。每周通报各"
    )
    assert [(t.title, units(t)[0]) for t in parse_text(text).tasks][-1:] == [
        ("负责提供宣传素材，交由各乡镇印制发放", ["县公安局"]),
    ]  # (the line before it, in another form, is the list's preamble)


@pytest.mark.parametrize(
    "tail",
    [
        "县公安局负责提供宣传素材，交由各乡镇印制发放。\n",  # the page goes on: one duty is no list
        "县公安局负责提供宣传素材，交由各乡镇印制发放。每周通报各",  # under no division of duties
    ],
)
def test_one_duty_alone_reads_only_where_a_division_of_duties_is_cut(tail: str) -> None:
    heading = "四、任务分工\n" if tail.endswith("\n") else "四、宣传方式\n"
    text = (
        HEAD + "三、宣传对象\n1、宣传对象。全县群众。\n2、宣传内容。防范知识。\n" + heading + tail
    )
    assert all(units(t) == ([], [], []) for t in parse_text(text).tasks)


def test_one_paragraph_before_one_the_page_cut_in_its_clause_are_a_short_titles_tasks() -> None:
    body = (
        "一、完善企业培育机制\n1.加大企业培育扶持力度\n"
        "实施企业培育计划，对纳入培育库的企业给予奖励。（牵头单位：市科委、市财政局）\n"
    )
    doc = parse_text(HEAD + body + "集聚资源，加快培育一批领军企业。（牵头单位：市科委、市发")
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("实施企业培育计划，对纳入培育库的企业给予奖励", (["市科委", "市财政局"], [], [])),
        ("集聚资源，加快培育一批领军企业", (["市科委"], [], [])),  # 市发: a cut name, left out
    ]
    # a last paragraph the page cut before any clause goes on with the one above
    cut = parse_text(HEAD + body + "集聚资源，加快培育一批领军企业，推动")
    assert [t.title for t in cut.tasks] == ["加大企业培育扶持力度"]


def test_paragraphs_closing_with_a_label_after_their_last_comma_are_a_titles_tasks() -> None:
    doc = parse_text(
        HEAD + "5.完善城乡交通管理长效机制\n"
        "加大交通秩序整治力度。严厉查处车辆的违章停车行为，责任单位：市公安局、市交通局。\n"
        "完善市区停车场规划。合理规划一批公共停车场，责任单位：市住建局。\n"
        "6.完善集贸市场管理长效机制\n制定农贸市场建设规划，责任单位：市商务局、市城管局。\n"
    )
    assert [(t.task_id, t.title, units(t)[1]) for t in doc.tasks] == [
        ("5.1", "加大交通秩序整治力度", ["市公安局", "市交通局"]),
        ("5.2", "完善市区停车场规划", ["市住建局"]),
        ("6.1", "制定农贸市场建设规划", ["市商务局", "市城管局"]),
    ]


def test_a_units_duty_the_page_cut_on_its_next_line_is_read_under_a_division() -> None:
    body = (
        "一、主要职能\n统筹做好社会救助工作。\n三、成员单位职责分工\n"
        "市民政局：统筹全市社会救助体系建设。牵头拟定社会救助规划。\n"
    )
    doc = parse_text(HEAD + body + "负责低收入家庭认定指导工")
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("统筹全市社会救助体系建设", (["市民政局"], [], [])),
    ]


def test_a_titles_paragraph_the_page_cut_is_a_task_where_its_cousins_are() -> None:
    body = (
        "5.完善交通管理长效机制\n加大交通秩序整治力度。查处违章停车行为，责任单位：市公安局。\n"
        "完善市区停车场规划。合理规划公共停车场，责任单位：市住建局。\n"
        "6.完善园林绿化管理长效机制\n按照城区园林化的要求，加快各公园、道路绿化步伐"
    )
    doc = parse_text(HEAD + body)
    assert [(t.task_id, t.title, units(t)[1]) for t in doc.tasks] == [
        ("5.1", "加大交通秩序整治力度", ["市公安局"]),
        ("5.2", "完善市区停车场规划", ["市住建局"]),
        ("6.1", "按照城区园林化的要求，加快各公园、道路绿化步伐", []),  # its clause cut off
    ]


def test_duties_chained_after_a_colon_in_an_items_line_are_its_tasks() -> None:
    doc = parse_text(
        "（二）健全工作机制。各级党委宣传部门、司法行政部门具体负责组织实施。继续实行普法责任制："
        "县委组织部负责领导干部学法工作；县委宣传部负责新闻媒体普法宣传；县教育局负责学生法治"
        "教育；县人社局负责公务员学法考试。贯彻谁执法谁普法原则。\n"
        "（三）落实工作经费。各级政府要保障普法经费。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责领导干部学法工作", (["县委组织部"], [], [])),
        ("负责新闻媒体普法宣传", (["县委宣传部"], [], [])),
        ("负责学生法治教育", (["县教育局"], [], [])),
        ("负责公务员学法考试", (["县人社局"], [], [])),
    ]
    two = parse_text(
        "（二）健全工作机制。继续实行普法责任制：县委组织部负责领导干部学法工作；"
        "县委宣传部负责新闻媒体普法宣传。\n"
        "（三）落实工作经费。各级政府要保障普法经费。\n"
    )
    assert [t.title for t in two.tasks] == []  # two duties after the colon: no list of them


def test_duties_by_unit_colon_run_on_after_one_space_each_are_tasks() -> None:
    doc = parse_text(
        "为加强宣传活动的组织领导，成立领导小组，负责活动的协调工作。各成员单位要抓好落实。"
        " 县委宣传部:要在主流网站开设防骗专栏。 县委网信办:要组织新媒体参与宣传。"
        " 县总工会:要在各级工会开展反诈讲座\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("要在主流网站开设防骗专栏", (["县委宣传部"], [], [])),
        ("要组织新媒体参与宣传", (["县委网信办"], [], [])),
        ("要在各级工会开展反诈讲座", (["县总工会"], [], [])),
    ]
    two = parse_text(
        "为加强宣传活动的组织领导，成立领导小组。各成员单位要抓好落实。"
        " 县委宣传部:要在主流网站开设防骗专栏。 县委网信办:要组织新媒体参与宣传。\n"
    )
    assert two.tasks == ()  # two duties after one space each: no list of them


def test_bulleted_projects_over_their_labelled_lines_are_tasks() -> None:
    doc = parse_text(
        "--做好医疗废物的统计工作，确保全部安全处置。\n责任单位：区卫生局\n配合单位：区环保局\n"
        "--建立废旧物资回收利用系统。\n责任单位：区经委\n配合单位：区绿化市容局、区环保局\n"
        "（三）进一步加强生态环境建设\n"
        "--开展生态镇创建工作。\n责任单位：区环保局\n配合单位：各相关镇\n"
        "--开展绿色社区创建工作\n责任单位：区环保局、区教育局\n"
        "（四）进一步加大环境管理\n--完善区环保机构设置，加强固体废物和辐射环境监管\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("做好医疗废物的统计工作，确保全部安全处置", ([], ["区卫生局"], ["区环保局"])),
        ("建立废旧物资回收利用系统", ([], ["区经委"], ["区绿化市容局", "区环保局"])),
        ("开展生态镇创建工作", ([], ["区环保局"], ["各相关镇"])),
        ("开展绿色社区创建工作", ([], ["区环保局", "区教育局"], [])),
        ("完善区环保机构设置，加强固体废物和辐射环境监管", ([], [], [])),  # the page cut
    ]
    one = parse_text(
        "（三）进一步加强生态环境建设。\n--开展生态镇创建工作。\n--开展绿色社区创建工作。\n"
        "责任单位：区环保局\n"
    )
    assert [(t.title, units(t)) for t in one.tasks] == [
        ("进一步加强生态环境建设", ([], ["区环保局"], [])),
    ]  # one bulleted line over labels: the item's own clause, no list of projects


def test_duties_chained_after_a_colon_below_a_division_of_duties_are_its_tasks() -> None:
    doc = parse_text(
        "第二节 职责分工\n"
        "  妇儿工委是省政府的协调议事机构。基本职能有3项：一、协调工作。二、督促检查。\n"
        "  根据部门工作性质，妇儿工委对各成员单位的职责进行了分工：省发展改革委负责增加对妇女"
        "儿童事业的投入；省教育厅负责保障儿童受教育权利；省科技厅负责组织开展妇女儿童健康等\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责增加对妇女儿童事业的投入", (["省发展改革委"], [], [])),
        ("负责保障儿童受教育权利", (["省教育厅"], [], [])),
        ("负责组织开展妇女儿童健康等", (["省科技厅"], [], [])),  # the page cut
    ]
    other = parse_text(
        "第二节 工作进展\n"
        "  根据部门工作性质，对各成员单位的工作进行了回顾：省发展改革委负责增加投入；"
        "省教育厅负责保障权利；省科技厅负责组织开展健康教育。\n"
    )
    assert other.tasks == ()  # under a heading that divides no duties: none


def test_bodies_of_a_kind_concerned_are_a_duty_of_their_own_in_a_chain() -> None:
    doc = parse_text(
        "县长要求，各单位要对照任务清单做好迎查准备。县住建局负责完善广场绿化；"
        "县文旅局负责提升集散中心服务质量；相关景区、汽车客运站要设置文明服务岗；"
        "县交运局负责整治沿线环境。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["县住建局"],
        ["县文旅局"],
        ["相关景区", "汽车客运站"],
        ["县交运局"],
    ]
    closed = parse_text(
        "县长要求，各单位要对照任务清单做好迎查准备。县住建局负责完善广场绿化；"
        "县文旅局负责提升集散中心服务质量；县交运局负责整治沿线环境。"
        "各有关部门要按照分工抓好落实。\n"
    )
    assert [units(t)[0] for t in closed.tasks] == [["县住建局"], ["县文旅局"], ["县交运局"]]


def test_unit_colon_lines_may_open_with_a_bullet_or_hold_a_blank_before_the_colon() -> None:
    want: list[tuple[str, tuple[list[str], list[str], list[str]]]] = [
        ("负责制定配套文件", (["市教育局"], [], [])),
        ("负责必要的经费保障", (["市财政局"], [], [])),
    ]
    for text in (
        "●市教育局:负责制定配套文件。\n●市财政局:负责必要的经费保障。\n",
        "-\n市教育局 :负责制定配套文件。\n-\n市财政局 :负责必要的经费保障。\n",
    ):
        doc = parse_text(HEAD + text)
        assert [(t.title, units(t)) for t in doc.tasks] == want


def test_unit_lines_closing_their_names_with_a_duties_word_lead_their_duties() -> None:
    doc = parse_text(
        HEAD + "市规划局、市国土资源局职责:依法对上报的私搭乱建进行认定。\n"
        "市规划监察支队职责:负责开展抽查、核查工作。\n"
        "市城管执法监察支队职责：负责巡视、暗访和督查。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("依法对上报的私搭乱建进行认定", (["市规划局", "市国土资源局"], [], [])),
        ("负责开展抽查、核查工作", (["市规划监察支队"], [], [])),
        ("负责巡视、暗访和督查", (["市城管执法监察支队"], [], [])),
    ]  # (职责 before the colon is no part of a unit's name)
    # under a division's heading, a duty run on after the one before's 。 is a task of its own
    doc = parse_text(
        HEAD + "五、职责分工\n市城管中心职责：负责违法建设信息采集工作。\n"
        "市规划监察支队职责:负责开展违法建设抽查工作。市国土执法支队职责:负责违法用地的巡查督查。\n"
        "市城管执法监察支队职责：负责巡视、暗访和督查工作。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["市城管中心"],
        ["市规划监察支队"],
        ["市国土执法支队"],
        ["市城管执法监察支队"],
    ]


def test_bulleted_problems_over_who_fixes_and_who_oversees_them_are_tasks() -> None:
    doc = parse_text(
        HEAD + "● 白茶市场空闲摊位乱堆乱放。\n（主体责任：白茶村委会，监督责任：市市场监管局）\n"
        "● 明珠广场烧烤街地面油垢较厚。\n（主体责任：永安办事处，监督责任：区城管局）\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("白茶市场空闲摊位乱堆乱放", ([], ["白茶村委会", "市市场监管局"], [])),
        ("明珠广场烧烤街地面油垢较厚", ([], ["永安办事处", "区城管局"], [])),
    ]


def test_a_units_name_over_its_duties_word_owns_the_lines_below_it() -> None:
    duties = "组织承办人大代表建议工作。\n\n负责办理县政府提请审议事项的议案。\n"
    doc = parse_text(
        "工作部门责任清单\n政府办\n部门职责\n"
        + duties
        + "财政局\n主要职责：\n负责编制预算。\n负责管理国库。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("组织承办人大代表建议工作", (["政府办"], [], [])),
        ("负责办理县政府提请审议事项的议案", (["政府办"], [], [])),
        ("负责编制预算", (["财政局"], [], [])),
        ("负责管理国库", (["财政局"], [], [])),
    ]
    # a word that names no duties (主要任务), or one line alone below it, owns nothing
    for text in ("政府办\n主要任务\n" + duties, "政府办\n部门职责\n组织承办人大代表建议工作。\n"):
        assert parse_text(text).tasks == ()


def test_one_line_alone_is_a_task_when_its_clause_opens_with_a_roles_label() -> None:
    doc = parse_text(
        "当前位置：首页\n完善新建小区供电配套设施，同步建设管沟。"
        "（责任单位：市供电公司，各县（区），完成时限：2024年6月）\n扫一扫在手机打开当前页\n"
    )
    assert [(t.title, units(t), t.deadline) for t in doc.tasks] == [
        (
            "完善新建小区供电配套设施，同步建设管沟",
            ([], ["市供电公司", "各县（区）"], []),
            "2024年6月",
        )
    ]
    # a label-less clause alone (X负责, X牵头) may be a sentence's bracket: one line is no list
    for clause in ("（市供电公司负责）", "（市供电公司牵头，市财政局配合）"):
        assert parse_text("完善新建小区供电配套设施。" + clause + "\n").tasks == ()
    # nor is a label no role's: a deadline's alone
    assert parse_text("完善新建小区供电配套设施。（完成时限：2024年6月）\n").tasks == ()


def test_a_projects_line_may_stand_over_its_leaders_line_then_its_units_line() -> None:
    doc = parse_text(
        "稳定粮食播种面积。\n分管领导：张副省长\n部门分工：省农业农村厅牵头，各市人民政府配合。\n"
        "推进制造业集群建设。\n分管领导：李副省长\n部门分工：省工业和信息化厅牵头，省科技厅配合。\n"
    )
    assert [(t.title, units(t), t.leaders) for t in doc.tasks] == [
        ("稳定粮食播种面积", (["省农业农村厅"], [], ["各市人民政府"]), ("张副省长",)),
        ("推进制造业集群建设", (["省工业和信息化厅"], [], ["省科技厅"]), ("李副省长",)),
    ]
    # leaders' lines over no units' line name no project
    assert parse_text("稳定粮食播种面积。\n分管领导：张副省长\n联系人：王某\n").tasks == ()


def test_a_clause_standing_on_lines_of_its_own_may_wrap_over_three_lines() -> None:
    doc = parse_text(
        HEAD + "一、重点任务\n加快建设千兆光网。\n（市工信局牵头，市发展改革委、\n市财政局、\n"
        "市通信管理办配合）\n推进政务数据共享。\n（市大数据局牵头，市直各部门配合）\n"
        "二、保障措施\n加强组织领导。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("加快建设千兆光网", (["市工信局"], [], ["市发展改革委", "市财政局", "市通信管理办"])),
        ("推进政务数据共享", (["市大数据局"], [], ["市直各部门"])),
    ]


def test_units_duties_chained_after_a_colon_and_a_lost_character_after_the_last() -> None:
    doc = parse_text(
        "根据有关规定，各部门的分工如下：农业部门负责初级农产品的监管；工商部门负责流通环节的"
        "监管；卫生部门负责消费环节的监管；县应急管理局负责事故调查。?\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("负责初级农产品的监管", (["农业部门"], [], [])),
        ("负责流通环节的监管", (["工商部门"], [], [])),
        ("负责消费环节的监管", (["卫生部门"], [], [])),
        ("负责事故调查", (["县应急管理局"], [], [])),
    ]
    # a question asked of each unit (…负责什么？) is no duty
    doc = parse_text("农业部门负责什么？工商部门负责什么？卫生部门负责什么？\n")
    assert doc.tasks == ()


def test_a_units_duty_may_open_with_ying_as_a_regulation_states_it() -> None:
    doc = parse_text(
        "4.1 资金准备\n4.1.1 县政府应确保救灾经费投入。\n4.1.2 水务部门应储备抢险物资。\n"
        "4.1.3 县应急管理局负责统筹调度。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("应确保救灾经费投入", (["县政府"], [], [])),
        ("应储备抢险物资", (["水务部门"], [], [])),
        ("负责统筹调度", (["县应急管理局"], [], [])),
    ]


def test_a_units_name_may_stand_before_a_comma_then_its_role_words() -> None:
    doc = parse_text(
        HEAD
        + "市生态环境局，牵头负责对污染源进行督查。\n市住建局，牵头负责对施工工地扬尘进行督查。\n"
        "市城管局，牵头负责对道路扬尘进行督查。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("对污染源进行督查", (["市生态环境局"], [], [])),
        ("对施工工地扬尘进行督查", (["市住建局"], [], [])),
        ("对道路扬尘进行督查", (["市城管局"], [], [])),
    ]
