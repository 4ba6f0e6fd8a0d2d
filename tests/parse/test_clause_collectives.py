"""Clause forms from published plans: 牵头落实, 各县、市、区政府, a list ending 等部门 mid-clause."""

from __future__ import annotations

import pytest

from pipeline.grammar import default_grammar
from pipeline.model import Role
from pipeline.parse.clauses import find_clause, says_who, split_units, unit_name
from tests.parse.test_parser import HEAD, parse_text, units


def clause_parts(text: str) -> list[tuple[object, str]]:
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    return [(p.kind, text[p.start : p.end]) for p in clause.parts]


def test_lead_implement_suffix_makes_every_unit_before_it_a_lead() -> None:
    assert clause_parts("建设冷链物流中心。(市商务局、市交通局牵头落实)") == [
        (Role.LEAD, "市商务局、市交通局")
    ]
    assert default_grammar().role_of_suffix("牵头落实") is Role.LEAD
    (task,) = parse_text(HEAD + "1.建设冷链物流中心。(市商务局、市交通局牵头落实)\n").tasks
    assert units(task) == (["市商务局", "市交通局"], [], [])


def test_responsible_implement_suffix_alone_names_the_lead() -> None:
    (task,) = parse_text(HEAD + "1.改造老旧小区。(市住建局负责落实)\n").tasks
    assert units(task) == (["市住建局"], [], [])


def test_a_clause_whose_closing_bracket_is_lost_at_the_end() -> None:
    text = "更新城市供水管网。(市水务集团牵头落实"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None and (clause.start, clause.end) == (9, len(text))
    assert clause_parts(text) == [(Role.LEAD, "市水务集团")]
    (task,) = parse_text(HEAD + "4." + text).tasks
    assert (task.title, units(task)) == ("更新城市供水管网", (["市水务集团"], [], []))


def test_an_unclosed_bracket_with_free_text_is_no_clause() -> None:
    text = "更新城市供水管网。(市水务集团牵头落实，年内完成一期"
    assert find_clause(text, 0, len(text), default_grammar()) is None


def test_bare_levels_joined_in_a_collective_are_one_unit() -> None:
    g = default_grammar()
    text = "市财政局、东湖开发区管委会等,各县、市、区政府,各乡、镇人民政府、市水利局"
    found = [(text[u.start : u.end], u.etc) for u in split_units(text, 0, len(text), g)]
    assert found == [
        ("市财政局", False),
        ("东湖开发区管委会", True),
        ("各县、市、区政府", False),
        ("各乡、镇人民政府", False),
        ("市水利局", False),
    ]


def test_bare_levels_with_no_head_opening_a_name_are_one_unit() -> None:
    g = default_grammar()
    text = "省农业农村厅、省气象局和市、县人民政府,市、县政府,城区、开发区政府"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    assert found == [
        "省农业农村厅",
        "省气象局",
        "市、县人民政府",
        "市、县政府",
        "城区",
        "开发区政府",
    ]  # 城区 is a name (no bare level): the 、 after it separates


def test_a_party_committee_and_its_government_after_a_comma_are_one_unit() -> None:
    g = default_grammar()
    text = "县教育局,各乡镇（街道）党（工）委、政府（办事处）,县委、县政府"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    assert found == ["县教育局", "各乡镇（街道）党（工）委、政府（办事处）", "县委", "县政府"]


def test_each_by_duty_suffix_leaves_no_word_on_the_last_unit() -> None:
    assert clause_parts("提升能力素质。(省教育厅、省退役军人事务厅分别按职责分工负责)") == [
        (Role.LEAD, "省教育厅、省退役军人事务厅")  # its only role: they lead
    ]


def test_a_note_for_later_tasks_after_a_comma_is_no_unit() -> None:
    (task,) = parse_text(
        HEAD + "1.规划设计提升工程。责任单位：县住建局，各乡镇政府，以下各项工作的责任单位中"
        "均有各乡镇政府，不再重复列出。\n"
    ).tasks
    assert units(task) == ([], ["县住建局", "各乡镇政府"], [])
    assert task.note == "以下各项工作的责任单位中均有各乡镇政府，不再重复列出"


def test_bare_levels_joined_before_a_bracket_are_one_unit() -> None:
    g = default_grammar()
    text = "各有关部门，各开发区、镇（街道），各县、区教育局"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    assert found == ["各有关部门", "各开发区、镇（街道）", "各县", "区教育局"]


def test_levels_without_a_collective_tail_still_split() -> None:
    g = default_grammar()
    text = "各县、市、区教育局、市财政局"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    assert found == ["各县", "市", "区教育局", "市财政局"]
    assert g.collective_pattern.fullmatch("各县、市、区、街道人民政府") is not None
    assert g.collective_pattern.fullmatch("各县人民政府") is None


def test_a_list_ending_etc_mid_clause_takes_the_next_role() -> None:
    text = "(区科技局牵头,区教育局、区卫健局等部门,区文旅集团、各街道办事处配合)"
    assert clause_parts(text) == [
        (Role.LEAD, "区科技局"),
        (Role.COOPERATING, "区教育局、区卫健局等部门,区文旅集团、各街道办事处"),
    ]
    (task,) = parse_text(HEAD + "1.建设创新孵化平台。" + text + "\n").tasks
    assert units(task) == (
        ["区科技局"],
        [],
        ["区教育局", "区卫健局", "区文旅集团", "各街道办事处"],
    )
    assert [m.text for m in task.mentions if m.etc] == ["区卫健局"]


def test_a_list_ending_etc_with_no_role_after_it_stays_the_note() -> None:
    text = "(区科技局牵头,区教育局、区卫健局等部门)"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [(Role.LEAD, "区科技局")]
    assert [text[s:e] for s, e in clause.notes] == ["区教育局、区卫健局等部门"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县级各有关部门及各乡镇人民政府", ["县级各有关部门", "各乡镇人民政府"]),
        ("市财政局、市级各部门及各县区政府", ["市财政局", "市级各部门", "各县区政府"]),
        ("市文化广电旅游及体育局", ["市文化广电旅游及体育局"]),  # no 各 on either side
        ("市交通局及各县区交通部门", ["市交通局", "各县区交通部门"]),  # 各 right after 及
        ("各县（市及各区）政府", ["各县（市及各区）政府"]),  # inside brackets
    ],
)
def test_a_joiner_between_two_collective_phrases_splits_them(
    text: str, expected: list[str]
) -> None:
    g = default_grammar()
    assert [text[u.start : u.end] for u in split_units(text, 0, len(text), g)] == expected


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("州司法局、州委编办及州直相关单位", ["州司法局", "州委编办", "州直相关单位"]),
        ("市财政局及有关单位", ["市财政局", "有关单位"]),
        ("市委宣传部及各县区", ["市委宣传部", "各县区"]),
        ("市场监管及质量检测中心", ["市场监管及质量检测中心"]),
        ("省直各部门和各州、市人民政府", ["省直各部门", "各州、市人民政府"]),
        ("环保厅和内蒙古电力监管办", ["环保厅", "内蒙古电力监管办"]),
        ("省经济和信息化委、省有关部门和单位", ["省经济和信息化委", "省有关部门和单位"]),
        ("各县（市、区）党委和人民政府", ["各县（市、区）党委和人民政府"]),
        ("各乡镇、高新区及其社会事务管理处", ["各乡镇", "高新区及其社会事务管理处"]),
    ],
)
def test_ji_and_he_join_two_units_only_between_two_names(value: str, names: list[str]) -> None:
    found = split_units(value, 0, len(value), default_grammar())
    assert [value[u.start : u.end] for u in found] == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市 财政局", ["市财政局"]),  # a character alone before the space
        ("县城管 局", ["县城管局"]),  # or after it
        ("住建局、伏羲 山管委会", ["住建局", "伏羲山管委会"]),  # 、 printed: 伏羲 ends no name
        ("市 住建局 、资源规划 局、 大数据局", ["市住建局", "资源规划局", "大数据局"]),
        ("市发改委 市财政局", ["市发改委", "市财政局"]),  # a space alone separates
        ("市发改委 市财政局、市商务局", ["市发改委", "市财政局", "市商务局"]),  # 委 ends a name
        ("市财政局等 各区政府", ["市财政局", "各区政府"]),
        # 城乡 ends in a name's last letter (乡) and ends no name
        ("省经信委、住房城乡 建设厅、交通运输厅", ["省经信委", "住房城乡建设厅", "交通运输厅"]),
        # and 相关 (关, as of 海关)
        ("市发改委、市经信局，各相关 区人民政府", ["市发改委", "市经信局", "各相关区人民政府"]),
    ],
)
def test_a_pdf_s_wrap_space_inside_a_name_separates_nothing(value: str, names: list[str]) -> None:
    found = split_units(value, 0, len(value), default_grammar())
    assert [unit_name(value, u.start, u.end) for u in found] == names


def test_a_star_before_a_unit_marks_the_lead() -> None:
    (task,) = parse_text(
        HEAD + "序号 | 重点任务 | 责任单位\n1 | 推进重大项目建设。 | ★区发改委、区统计局\n"
    ).tasks
    assert units(task) == (["区发改委"], ["区统计局"], [])


def test_bare_levels_ending_the_name_are_one_unit_under_a_head_or_a_count() -> None:
    g = default_grammar()
    text = "教育局，13个街道、镇，各县、区，各区、市直各部门"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    # 市直各部门: 市 runs on into a name, so the levels before it split as before
    assert found == ["教育局", "13个街道、镇", "各县、区", "各区", "市直各部门"]


def test_levels_run_together_or_bracketed_join_a_collective() -> None:
    g = default_grammar()
    text = "各县市、区政府，各县（市）、区人民政府，各县市区、市直各单位"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    # 各县市区 runs on into 市直各单位, a name: the two still split
    assert found == ["各县市、区政府", "各县（市）、区人民政府", "各县市区", "市直各单位"]


def test_a_white_star_before_a_unit_in_a_clause_marks_the_lead() -> None:
    (task,) = parse_text(
        HEAD + "1.推进智能制造。(责任单位:科技局、☆经信局。标☆的为牵头单位,下同。)\n"
    ).tasks
    assert units(task) == (["经信局"], ["科技局"], [])
    assert task.note == "标☆的为牵头单位，下同"


def test_beside_a_host_the_units_that_carry_it_out_are_responsible() -> None:
    assert clause_parts("办好论坛。(市科技局、市科协主办,市日报社承办,市网执行承办)") == [
        (Role.LEAD, "市科技局、市科协"),
        (Role.RESPONSIBLE, "市日报社"),
        (Role.RESPONSIBLE, "市网"),
    ]
    assert clause_parts("办好论坛。(市科协承办,市教育局协办)") == [
        (Role.LEAD, "市科协"),
        (Role.COOPERATING, "市教育局"),
    ]


def test_departments_of_a_level_after_deng_are_a_collective_of_their_own() -> None:
    g = default_grammar()
    text = "市委宣传部、市文明办等市直各部门，市统计局等各相关部门，市人社局等县直各单位"
    found = [(text[u.start : u.end], u.etc) for u in split_units(text, 0, len(text), g)]
    assert found == [
        ("市委宣传部", False),
        ("市文明办", True),
        ("市直各部门", False),
        ("市统计局", True),  # 各相关部门 names no level: it only ends the list
        ("市人社局", True),
        ("县直各单位", False),
    ]


def test_a_leading_group_before_deng_is_a_unit_not_a_person() -> None:
    # 领导 then 小组等: the "etc." ending is read past, so no person's name follows a title
    assert clause_parts("支持国防建设。(外交部、全国双拥工作领导小组等负责)") == [
        (Role.LEAD, "外交部、全国双拥工作领导小组等")
    ]


def names(value: str) -> list[str]:
    return [
        unit_name(value, u.start, u.end)
        for u in split_units(value, 0, len(value), default_grammar())
    ]


def test_bare_places_before_a_body_share_its_tail_and_bare_fields_stay_units() -> None:
    assert names("省科技厅，岭东、江港、银沙海关技术中心") == [
        "省科技厅",
        "岭东、江港、银沙海关技术中心",
    ]
    assert names("财政、税务部门") == ["财政", "税务部门"]  # a field's kind, no body's name
    assert names("各地、各部门") == ["各地", "各部门"]  # collectives' heads, no places
    assert names("人社、财政、审计等") == ["人社", "财政", "审计"]  # a list cut short by 等
    # a short body's name: the fields before it are units of their own
    assert names("教育、人社、民政局") == ["教育", "人社", "民政局"]


def test_a_responsible_label_s_last_segment_drops_its_suffix_after_a_lead() -> None:
    for suffix in ("按职责分工落实", "按职责分工负责", "负责具体落实"):
        assert clause_parts(
            f"加强监测。〔责任单位：市应急委办牵头，各县（市、区）应急委、市应急委成员单位{suffix}〕"
        ) == [
            (Role.LEAD, "市应急委办"),
            (Role.RESPONSIBLE, "各县（市、区）应急委、市应急委成员单位"),
        ]
    (task,) = parse_text(HEAD + "1.加强知识产权保护。（市场监管局、版权局按职责分别负责）\n").tasks
    assert units(task) == (["市场监管局", "版权局"], [], [])
    (task,) = parse_text(
        HEAD + "1.深化改制。（市发改委牵头，市经委、市供销社等相关部门负责具体落实）\n"
    ).tasks
    assert units(task) == (["市发改委"], ["市经委", "市供销社"], [])
    # a cooperating suffix after a lead is a role of its own beside the label's
    for suffix in ("参与", "配合"):
        assert clause_parts(f"深化改革。（责任单位：市编办牵头，市财政局、市人事局{suffix}）") == [
            (Role.LEAD, "市编办"),
            (Role.COOPERATING, "市财政局、市人事局"),
        ]
    # without a lead before it, the label's role holds
    assert clause_parts("深化改革。（责任单位：市编办，市财政局参与）") == [
        (Role.RESPONSIBLE, "市编办，市财政局"),
    ]


def test_a_responsible_subject_label_inside_a_clause_names_the_units_carrying_it_out() -> None:
    (task,) = parse_text(
        HEAD + "1.推进开发区整合。（牵头部门：省商务厅；配合部门：省工信厅；"
        "责任主体：各市州、县市区政府，各开发区管委会）\n"
    ).tasks
    assert units(task) == (
        ["省商务厅"], ["各市州、县市区政府", "各开发区管委会"], ["省工信厅"]
    )  # fmt: skip


def test_an_etc_phrase_printed_as_an_item_of_its_own_ends_the_list_before_it() -> None:
    value = "区发改委、区农业农村局、等区政府有关部门，区农投公司"
    found = split_units(value, 0, len(value), default_grammar())
    assert [(unit_name(value, u.start, u.end), u.etc) for u in found] == [
        ("区发改委", False),
        ("区农业农村局", True),  # 、等区政府有关部门: its "etc." ending
        ("区农投公司", False),
    ]


def test_a_templates_placeholder_before_a_name_stays_in_the_unit() -> None:
    g = default_grammar()
    text = "XX 市未成年人保护工作领导小组办公室、各成员单位"
    found = [text[u.start : u.end] for u in split_units(text, 0, len(text), g)]
    assert found == ["XX 市未成年人保护工作领导小组办公室", "各成员单位"]
    text = "市发改委 市财政局"  # two names apart by a space: two units
    assert [text[u.start : u.end] for u in split_units(text, 0, len(text), g)] == [
        "市发改委",
        "市财政局",
    ]


def test_a_bracket_the_text_stops_inside_ends_the_last_unit() -> None:
    g = default_grammar()
    text = "区爱卫办、各街道（"  # the page stopped right after the bracket opened
    assert [text[u.start : u.end] for u in split_units(text, 0, len(text), g)] == [
        "区爱卫办",
        "各街道",
    ]
    cut = "区民政局、各县（市"  # cut inside the bracket: the name the page cut is left out
    assert [cut[u.start : u.end] for u in split_units(cut, 0, len(cut), g)] == ["区民政局"]


def test_a_sentence_saying_who_publishes_is_no_unit() -> None:
    g = default_grammar()
    text = "起草文件的单位，转发上级文件的由承办单位公开，自由贸易试验区管委会"
    units = split_units(text, 0, len(text), g)
    assert [says_who(text, u, g) for u in units] == [False, True, False]


def test_deng_and_a_count_of_departments_ends_a_list() -> None:
    g = default_grammar()
    text = "市市场监管局等5个部门，市税务局、市人社局等十个单位"
    found = [(text[u.start : u.end], u.etc) for u in split_units(text, 0, len(text), g)]
    assert found == [("市市场监管局", True), ("市税务局", False), ("市人社局", True)]


def test_a_last_unit_the_texts_end_cuts_inside_its_name_is_left_out() -> None:
    grammar = default_grammar()
    for text, kept in (
        ("县统计局、县农业农", ["县统计局"]),
        ("县统计局、市", ["县统计局"]),
        ("区审批局，区市", ["区审批局"]),  # 区市场监管局, cut after two levels
        ("区市场", []),  # … and after 市场
        ("区审批局、各县市", ["区审批局", "各县市"]),
        ("区审批局、县政府", ["区审批局", "县政府"]),
        ("市通信管理局、市经济信息委〔市中小企业", ["市通信管理局"]),  # its bracket cut
        (
            "市通信管理局、市经济信息委〔市中小企业局〕",
            ["市通信管理局", "市经济信息委〔市中小企业局〕"],
        ),
        ("县统计局、县农业农村局", ["县统计局", "县农业农村局"]),
        ("县统计局、相关企业", ["县统计局", "相关企业"]),
    ):
        assert [text[u.start : u.end] for u in split_units(text, 0, len(text), grammar)] == kept
    # before more text, the name is the page's as printed
    text = "县统计局、县农业农）"
    names = [text[u.start : u.end] for u in split_units(text, 0, len(text) - 1, grammar)]
    assert names == ["县统计局", "县农业农"]


def test_a_bracket_printed_alone_after_a_unit_and_a_space_says_what_the_unit_is() -> None:
    grammar = default_grammar()
    text = "区划地名科 （基层政权建设和社区治理科） 办公室"
    names = [text[u.start : u.end] for u in split_units(text, 0, len(text), grammar)]
    assert names == ["区划地名科 （基层政权建设和社区治理科）", "办公室"]
