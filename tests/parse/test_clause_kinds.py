"""Clause forms of pipeline/parse/clauses.py: note labels, label-less roles before a label."""

from __future__ import annotations

import pytest

from pipeline.grammar import DEADLINE, LEADERS, NOTE, Kind, default_grammar
from pipeline.model import Role
from pipeline.parse.clauses import (
    Part,
    cell_clause,
    comma_units_lead,
    dates_only,
    find_clause,
    inline_clause,
    labelled_cell,
    people,
    roleless_clause,
    units_after_deadline,
)
from tests.parse.test_clause_collectives import clause_parts
from tests.parse.test_parser import HEAD, parse_text, units


def test_a_supervisor_line_is_the_note_and_names_no_unit() -> None:
    doc = parse_text(
        HEAD
        + "1.修订预案。\n责任部门：县应急管理局、县水利局\n督办单位：县政府督查室\n"
        + "完成时限：2025年4月底前\n2.加强储备。\n牵头部门：县应急管理局\n督办部门：县防汛办\n"
        + "3.做好调度。\n牵头部门：县水利局\n"
    )
    first, second, third = doc.tasks
    assert (units(first), first.deadline, first.note) == (
        ([], ["县应急管理局", "县水利局"], []),
        "2025年4月底前",
        "督办单位：县政府督查室",
    )
    assert (units(second), second.note) == ((["县应急管理局"], [], []), "督办部门：县防汛办")
    assert (units(third), third.note) == ((["县水利局"], [], []), None)
    assert default_grammar().kind_of("督办单位") == NOTE


def test_labelless_roles_and_a_label_in_one_bracket() -> None:
    text = "推进扩容。（县教育局牵头，县财政局、县税务局配合；完成时限：2025年8月底前）"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert (clause.start, clause.end) == (5, len(text))
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (Role.LEAD, "县教育局"),
        (Role.COOPERATING, "县财政局、县税务局"),
        (DEADLINE, "2025年8月底前"),
    ]
    (task,) = parse_text(HEAD + "3." + text + "\n").tasks
    assert (task.title, task.body, task.deadline) == ("推进扩容", "", "2025年8月底前")
    assert units(task) == (["县教育局"], [], ["县财政局", "县税务局"])


def test_a_bracket_before_a_label_that_holds_no_roles_stays_out_of_the_clause() -> None:
    text = "推进（试点）工作。牵头单位：县教育局"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None and clause.parts == (Part(Role.LEAD, 14, 18),)
    assert clause.start == 9


def test_leaders_split_at_a_dunhao_outside_brackets_only() -> None:
    text = "王立军（区委常委、常务副区长）、刘一，副市长；陈二(副区长、区公安分局局长)"
    assert people(text, 0, len(text), default_grammar()) == [
        "王立军（区委常委、常务副区长）",
        "刘一，副市长",
        "陈二(副区长、区公安分局局长)",
    ]


def test_a_deadline_after_a_comma_ends_a_labelless_clause() -> None:
    doc = parse_text(
        HEAD
        + "1.建设商贸中心。（县商务局牵头，各乡镇人民政府负责，2026年12月底前完成）\n"
        + "2.培育龙头企业。（县商务局负责，长期坚持）\n"
        + "3.规范信息公开。（县司法局牵头，县政府办配合。年底前完成）\n"
        + "4.推进示范创建。（县商务局牵头，县财政局配合，确保取得实效）\n"
        + "5.完善监测网络。（县商务局牵头，县财政局配合，2026年6月30日前）\n"
    )
    assert [(t.deadline, t.note, units(t)) for t in doc.tasks] == [
        ("2026年12月底前完成", None, (["县商务局"], ["各乡镇人民政府"], [])),
        ("长期坚持", None, (["县商务局"], [], [])),
        (None, "年底前完成", (["县司法局"], [], ["县政府办"])),
        (None, "确保取得实效", (["县商务局"], [], ["县财政局"])),
        ("2026年6月30日前", None, (["县商务局"], [], ["县财政局"])),  # to the day
    ]
    assert default_grammar().deadline_endings[:4] == ("底前完成", "日前完成", "底前", "日前")


def test_anzhao_duty_suffix_and_a_first_listed_note_in_the_same_bracket() -> None:
    doc = parse_text(
        HEAD + "（一）稳岗扩岗。返还失业保险费。（市人社局、市财政局、市总工会等按照职责分工负责。"
        "列第一位者为牵头单位，下同）\n"
        + "（二）拓宽渠道。规范零工市场。（市人社局、市商务局按照职责负责）\n"
    )
    first, second = doc.tasks
    assert units(first) == (["市人社局"], ["市财政局", "市总工会"], [])
    assert [m.text for m in first.responsible if m.etc] == ["市总工会"]
    assert first.note == "列第一位者为牵头单位，下同"
    assert units(second) == (["市人社局"], ["市商务局"], [])
    assert doc.lead_note is not None and doc.lead_note.text == "列第一位者为牵头单位，下同"


def test_a_first_listed_note_may_print_its_ordinal_as_a_digit() -> None:
    doc = parse_text(
        HEAD
        + "1.探索管理体制改革。（中央编办、知识产权局、版权局负责。列第1位者为牵头分部，下同）\n"
        "2.完善评议制度。（知识产权局、工商总局负责）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["中央编办"], ["知识产权局", "版权局"], []),
        (["知识产权局"], ["工商总局"], []),
    ]
    assert doc.lead_note is not None and doc.lead_note.text == "列第1位者为牵头分部，下同"


def test_an_etc_ending_with_relevant_departments_stays_out_of_the_unit() -> None:
    doc = parse_text(
        HEAD
        + "1.设立专项资金。（责任单位：市工信局、市财政局等有关部门，各县区人民政府）\n"
        + "2.落实降费奖补。（责任单位：市财政局、市金融局等相关部门）\n"
    )
    first, second = doc.tasks
    assert units(first) == ([], ["市工信局", "市财政局", "各县区人民政府"], [])
    assert [(m.text, m.etc) for m in second.responsible] == [
        ("市财政局", False),
        ("市金融局", True),
    ]


def test_a_slash_after_a_role_word_separates_roles_and_office_etc_endings_go() -> None:
    doc = parse_text(
        HEAD
        + "1.设立专栏。发布权威信息。（局防控办主办、各工作组协办）\n"
        + "2.做好接种。（市疾控中心牵头、各区卫健局配合）\n"
        + "3.加强解读。（责任单位：局办公室、就业指导中心等有关处室(单位)）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["局防控办"], [], ["各工作组"]),
        (["市疾控中心"], [], ["各区卫健局"]),
        ([], ["局办公室", "就业指导中心"], []),
    ]
    assert doc.tasks[2].responsible[1].etc


def test_a_host_unit_line_names_the_lead_and_its_co_hosts_cooperate() -> None:
    doc = parse_text(
        HEAD
        + "(1)建设滨河步道。\n主办单位:住建局、县水务集团,协办单位:水利局、西城街道。\n"
        + "(2)新建口袋公园。\n主办部门：县林业局\n"
    )
    first, second = doc.tasks
    assert (first.title, units(first)) == (
        "建设滨河步道",
        (["住建局", "县水务集团"], [], ["水利局", "西城街道"]),
    )
    assert (second.title, units(second)) == ("新建口袋公园", (["县林业局"], [], []))
    assert default_grammar().kind_of("主办单位") is Role.LEAD


def test_the_unit_with_the_main_charge_leads_as_its_suffix_does() -> None:
    doc = parse_text(
        HEAD + "1、加大产业人才培养投入。（主责单位：市财政局、市人事局）\n"
        "2、完善人才服务体系。（市人社局主责，市教育局协办）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市财政局", "市人事局"], [], []),
        (["市人社局"], [], ["市教育局"]),
    ]


def test_a_sentence_opening_with_the_clause_gives_a_leader_and_units() -> None:
    text = "1、设立物流园区事宜\n由周海副市长负责，由市发改委牵头，相关部门配合，尽快完成规划。"
    clause = find_clause(text, 2, len(text), default_grammar())
    assert clause is not None
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (LEADERS, "周海副市长"),
        (Role.LEAD, "市发改委"),
        (Role.COOPERATING, "相关部门"),
    ]
    (task,) = parse_text(HEAD + text + "\n").tasks
    assert (task.title, task.leaders) == ("设立物流园区事宜", ("周海副市长",))
    assert units(task) == (["市发改委"], [], ["相关部门"])


def test_a_body_sentence_without_a_lead_or_a_table_cell_is_no_clause() -> None:
    grammar = default_grammar()
    prose = "1.修路。\n各乡镇负责，年底前完成。"  # a responsible suffix alone: prose
    assert find_clause(prose, 2, len(prose), grammar) is None
    cells = "3.答复留言。 | 办公室牵头，各股室配合 | |"
    assert find_clause(cells, 2, len(cells), grammar) is None


def test_place_names_sharing_a_government_are_one_unit() -> None:
    (task,) = parse_text(
        HEAD
        + "1.修路。（省交通厅、白山、青河、松原市政府、相关市、县政府、东城区、西城区政府负责）\n"
    ).tasks
    assert units(task) == (
        ["省交通厅", "白山、青河、松原市政府", "相关市、县政府", "东城区", "西城区政府"],
        [],
        [],
    )
    # a PDF's wrap space inside the shared government keeps the places one unit
    (wrapped,) = parse_text(HEAD + "1.修路。（省交通厅，长沙、株洲、湘潭市人民 政府负责）\n").tasks
    assert units(wrapped) == (["省交通厅", "长沙、株洲、湘潭市人民政府"], [], [])


def test_a_bracket_of_units_without_roles_reads_only_when_every_part_is_a_unit() -> None:
    grammar = default_grammar()
    text = "1.增长7%以上。（市发展改革委，各县〔市、区〕政府）"
    clause = roleless_clause(text, 2, len(text), grammar)
    assert clause is not None and clause.parts == (Part(Role.RESPONSIBLE, 10, len(text) - 1),)
    for remark in ("1.就业2万人（含开发区）。", "1.修路（一期）。", "1.建站（市财政局）后验收。"):
        assert roleless_clause(remark, 2, len(remark), grammar) is None
    one = parse_text(HEAD + "1.甲。（市科技局）\n2.乙。\n").tasks
    assert [units(t) for t in one] == []  # a single such bracket in a plan could be a remark
    # …unless the page's end cut the item after it before its own bracket
    cut = parse_text(
        HEAD + "1.甲。（市科技局、市财政局）\n2.乙。全面落实述法制度，到2027年\n"
    ).tasks
    assert [units(t) for t in cut] == [([], ["市科技局", "市财政局"], []), ([], [], [])]
    under = parse_text(HEAD + "1.甲。（市科技局）\n（1）乙，到2027年\n").tasks
    assert [units(t) for t in under] == []  # a cut item of another list counts for nothing
    # a cut item of the style numbered on under the next heading counts: one list
    cousin = "（一）宣传\n1.甲。（各成员单位）\n（二）落实\n2.推动印发《全民科"
    assert [units(t) for t in parse_text(HEAD + cousin).tasks] == [
        ([], ["各成员单位"], []),
        ([], [], []),
    ]
    skipped = cousin.replace("2.推动", "3.推动")  # numbered past the next: no such list
    assert [units(t) for t in parse_text(HEAD + skipped).tasks] == []


def test_a_role_word_the_page_cut_follows_a_units_name_only() -> None:
    grammar = default_grammar()
    for text, units_read in [
        ("推进创建。（机关党委牵头，财务处、政法处负", ["机关党委", "财务处、政法处"]),
        ("推进创建。（机关党委牵头，市财政局等按", ["机关党委", "市财政局等"]),
        ("推进创建。（机关党委牵头，各处室、直属", ["机关党委"]),  # 属 of 直属: no 属地负责
    ]:
        clause = find_clause(text, 0, len(text), grammar)
        assert clause is not None
        assert [text[p.start : p.end] for p in clause.parts] == units_read


def test_the_document_a_sentence_follows_may_open_it_before_its_clauses_lead_in() -> None:
    item = (
        "1.编制规划。依据《某地区发展规划纲要》，由地区发改委牵头，地区应急局配合，抓紧编制。"
        "各县要编制本县规划。"
    )
    (task,) = parse_text(HEAD + "一、任务\n" + item + "\n").tasks
    assert (task.title, units(task)) == ("编制规划", (["地区发改委"], [], ["地区应急局"]))
    # the clause and the comma after it leave the body's sentence, so does a time's
    assert task.body == "依据《某地区发展规划纲要》，抓紧编制。各县要编制本县规划。"
    timed = item.replace("依据《某地区发展规划纲要》", "7月下旬")
    (task,) = parse_text(HEAD + "一、任务\n" + timed + "\n").tasks
    assert (task.body, units(task)[0]) == (
        "7月下旬，抓紧编制。各县要编制本县规划。",
        ["地区发改委"],
    )
    # with no lead-in after it, the sentence names no unit
    text = item.replace("由地区发改委牵头，地区应急局配合，", "各县要")
    tasks = parse_text(HEAD + "一、任务\n" + text + "\n2.建库。（地区财政局负责）\n").tasks
    assert [units(t) for t in tasks] == [([], [], []), (["地区财政局"], [], [])]


def test_a_labelled_value_the_page_cut_inside_its_role_word_keeps_its_last_unit() -> None:
    for cut, role in [("按", Role.RESPONSIBLE), ("负", Role.RESPONSIBLE), ("牵", Role.LEAD)]:
        text = "推进创建。（责任单位：市民政局、市发改委" + cut
        assert parts_and_notes(text)[0] == [(role, "市民政局、市发改委")]
    (task,) = parse_text(HEAD + "一、创建\n1." + text + "\n").tasks
    assert units(task) == (["市民政局", "市发改委"], [], [])
    # a cut inside a unit's name is no role word: the cut name is left out
    (task,) = parse_text(HEAD + "一、创建\n1.推进创建。（责任单位：市民政局、市发改").tasks
    assert units(task) == ([], ["市民政局"], [])


def test_a_bracket_dating_an_item_gives_way_to_the_units_labelled_after_it() -> None:
    grammar = default_grammar()
    text = "设置广告（完成时限：2026年6月底前）。在公园设置。责任单位：市城管局、市住建局。"
    clause = find_clause(text, 0, len(text), grammar)
    assert clause is not None and dates_only(clause)
    later = units_after_deadline(text, clause, len(text), grammar)
    assert later is not None
    assert [(p.kind, text[p.start : p.end]) for p in later.parts] == [
        (Role.RESPONSIBLE, "市城管局、市住建局")
    ]
    (task,) = parse_text(HEAD + "一、宣传\n1." + text + "\n").tasks
    assert (task.title, task.deadline, units(task)) == (
        "设置广告",
        "2026年6月底前",
        ([], ["市城管局", "市住建局"], []),
    )
    assert task.body == "在公园设置。"
    # after an earlier bracket of units, the dating bracket keeps it: both name the units
    (both,) = parse_text(
        HEAD + "一、宣传\n1.设置广告。（责任单位：市城管局）推进宣传栏。（完成时限：6月底前）"
        "推进公园广告。责任单位：市住建局。\n"
    ).tasks
    assert (both.deadline, units(both)) == ("6月底前", ([], ["市城管局", "市住建局"], []))
    # a bracket naming units keeps them; a deadline with nothing after it stays the clause
    named = "设置广告（责任单位：市城管局）。责任单位：市住建局。"
    first = find_clause(named, 0, len(named), grammar)
    assert first is not None and units_after_deadline(named, first, len(named), grammar) is None
    alone = "设置广告（完成时限：6月底前）。在公园设置。"
    first = find_clause(alone, 0, len(alone), grammar)
    assert first is not None and units_after_deadline(alone, first, len(alone), grammar) is None


def test_labelled_brackets_each_before_the_full_stop_of_their_sentence_are_all_the_items() -> None:
    text = (
        "1.加强粮油供应。扩大种植，确保产量以上（责任科室：农作站、农田科）。探索收益机制，"
        "兑现粮油补贴（责任科室：政改科、农作站）。推进粮仓应用（责任科室：粮食科）。\n"
    )
    (task,) = parse_text(HEAD + "一、夯实基础\n" + text).tasks
    assert units(task) == ([], ["农作站", "农田科", "政改科", "粮食科"], [])
    # a bracket inside a sentence after one closing its sentence is the sentence's
    inside = text.replace(
        "兑现粮油补贴（责任科室：政改科、农作站）。", "兑现（责任科室：政改科）补贴。"
    )
    (task,) = parse_text(HEAD + "一、夯实基础\n" + inside).tasks
    assert units(task) == ([], ["农作站", "农田科", "粮食科"], [])
    # after a first bracket inside its sentence, later brackets must follow a 。, but for
    # the one closing the item
    first = text.replace("以上（责任科室：农作站、农田科）。", "以上（责任科室：农作站、农田科），")
    (task,) = parse_text(HEAD + "一、夯实基础\n" + first).tasks
    assert units(task) == ([], ["农作站", "农田科", "粮食科"], [])


def test_deng_and_a_kind_of_unit_closing_a_name_is_an_etc_ending() -> None:
    (task,) = parse_text(
        HEAD
        + "1.办节会。（市卫健委、市统计局等各相关部门牵头，区房管局等公共企事业单位行业主管部门配合）\n"
    ).tasks
    assert units(task) == (["市卫健委", "市统计局"], [], ["区房管局"])
    assert [m.text for m in task.mentions if m.etc] == ["市统计局", "区房管局"]


def test_a_bracket_opened_before_a_broken_label_still_ends_the_clause() -> None:
    text = "推进建设。（牵头单位市数据中心。责任单位：市财政局、各区县（市）人民政府）"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None and clause.end == len(text)
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (Role.RESPONSIBLE, "市财政局、各区县（市）人民政府")
    ]  # the colon lost after 牵头单位: no lead (task.lead.missing says so), no "）" in a unit


def test_a_star_after_a_unit_makes_it_lead_and_one_character_names_no_unit() -> None:
    (task,) = parse_text(HEAD + "1.建基金。（责任单位：区财政局*、区科技局）\n").tasks
    assert units(task) == (["区财政局"], ["区科技局"], [])
    assert find_clause("一、甲区长牵头重点工作\n总负责。", 2, 16, default_grammar()) is None


def parts_and_notes(text: str) -> tuple[list[tuple[Kind, str]], list[str]]:
    """Return the clause of ``text``: each part's kind and value, and its notes."""
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    parts = [(p.kind, text[p.start : p.end]) for p in clause.parts]
    return parts, [text[s:e] for s, e in clause.notes]


def test_each_leads_by_duty_and_takes_part_are_roles() -> None:
    text = "1.建立联合奖惩机制。（发展改革委、公安部按照职责分工分别牵头负责，中央编办、工业和信息化部参加）"
    assert parts_and_notes(text) == (
        [(Role.LEAD, "发展改革委、公安部"), (Role.COOPERATING, "中央编办、工业和信息化部")],
        [],
    )


def test_luoshi_names_the_units_that_carry_the_task_out() -> None:
    text = "整改复耕。〔县自然资源局、县农业农村局按职责分工负责，各乡（街道）落实〕"
    assert parts_and_notes(text) == (
        [(Role.LEAD, "县自然资源局、县农业农村局"), (Role.RESPONSIBLE, "各乡（街道）")],
        [],
    )


def test_a_sentence_for_every_later_task_is_a_note_even_when_it_ends_in_luoshi() -> None:
    text = "建设农田。（县农业农村局负责，各项建设任务均需各乡（街道）落实，以下不再列出）"
    assert parts_and_notes(text) == (
        [(Role.LEAD, "县农业农村局")],
        ["各项建设任务均需各乡（街道）落实，以下不再列出"],
    )


def test_units_named_the_leading_departments_in_a_sentence_lead() -> None:
    text = "1.政治安全风险。由张明、李华同志牵头，党政办、派出所为牵头部门，负责排查化解。\n"
    (task,) = parse_text(HEAD + text).tasks
    assert units(task) == (["党政办", "派出所"], [], [])
    assert task.leaders == ("张明", "李华同志")
    # the plan's note that the first listed leads names no unit (fixture first-listed-anzhao)
    note = "1.稳岗。（市人社局、市财政局，列第一位者为牵头单位）\n"
    (task,) = parse_text(HEAD + note).tasks
    assert "列第一位者" not in [m.text for m in task.mentions]


def test_a_units_cell_that_opens_with_a_label_reads_its_labels() -> None:
    text = "牵头单位：市商务局 配合单位：市文化和旅游局、市财政局"
    parts = labelled_cell(text, 0, len(text), default_grammar())
    assert parts is not None
    assert [(p.kind, text[p.start : p.end]) for p in parts] == [
        (Role.LEAD, "市商务局"),
        (Role.COOPERATING, "市文化和旅游局、市财政局"),
    ]
    plain = "市商务局、市财政局"
    assert labelled_cell(plain, 0, len(plain), default_grammar()) is None


def test_a_last_segment_after_a_semicolon_with_a_role_of_its_own() -> None:
    text = "推进协同。（牵头单位：省发改委、省委政研室；各相关部门按职责分工负责）"
    assert clause_parts(text) == [
        (Role.LEAD, "省发改委、省委政研室"),
        (Role.RESPONSIBLE, "各相关部门"),
    ]
    spaced = "推进协同。（牵头单位：省发改委； 各相关部门按职责分工负责）"  # a space after ；
    assert clause_parts(spaced) == [(Role.LEAD, "省发改委"), (Role.RESPONSIBLE, "各相关部门")]
    # after a comma the suffix only ends the label's value, as before
    same = "推进协同。（牵头单位：省发改委，各相关部门按职责分工负责）"
    assert clause_parts(same) == [(Role.LEAD, "省发改委，各相关部门")]


def test_fengong_fuze_and_peihe_luoshi_are_role_words() -> None:
    assert clause_parts("推进宣讲。（两市宣传部牵头，两市组织部、市委党校分工负责）") == [
        (Role.LEAD, "两市宣传部"),
        (Role.RESPONSIBLE, "两市组织部、市委党校"),
    ]
    assert clause_parts("推进驿站。（市人社局牵头，团市委配合落实）") == [
        (Role.LEAD, "市人社局"),
        (Role.COOPERATING, "团市委"),
    ]


def test_a_forward_note_ending_a_labelled_value_names_no_unit() -> None:
    text = "建设铁路。（责任单位：省发改委，四市人民政府按职责分工负责，下同。以下任务不再列出）"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (Role.RESPONSIBLE, "省发改委，四市人民政府")
    ]
    assert [text[s:e] for s, e in clause.notes] == ["下同", "以下任务不再列出"]  # as printed


def test_a_units_note_in_brackets_is_no_part_of_its_name_nor_a_forward_sentence() -> None:
    doc = parse_text(
        HEAD + "1.公开信息。（市工商局牵头，市有关单位（见附件1，下同），各县人民政府负责）\n"
        "2.公开预算。（市财政局、市审计局，排首位为牵头单位，下同）\n"
    )
    first, second = doc.tasks
    assert (units(first), first.note) == (
        (["市工商局"], ["市有关单位", "各县人民政府"], []),
        "见附件1，下同",
    )
    assert (units(second), second.note) == (
        (["市财政局"], ["市审计局"], []),
        "排首位为牵头单位，下同",
    )


def test_a_by_sentence_closing_the_items_line_is_its_clause() -> None:
    text = "1.新建农村公路80公里，确保年底通车。由县交通局、财政局，各乡镇人民政府负责落实。\n"
    assert clause_parts(text) == [(Role.LEAD, "县交通局、财政局，各乡镇人民政府")]
    # without 由, the item's last sentence of units and role words alone is its clause too
    bare = "1.新建农村公路80公里。县交通局、财政局负责落实。\n"
    assert clause_parts(bare) == [(Role.LEAD, "县交通局、财政局")]  # as （X负责落实） would
    # one unit in charge opening a later sentence leads, the rest is the task's (as a
    # bracketed （X负责） would); a collective so (各乡镇负责，…) names no one
    named = "1.新建农村公路80公里。县交通局负责，年底前完成。\n"
    assert clause_parts(named) == [(Role.LEAD, "县交通局")]
    # but a sentence that goes on past its roles, or names no unit, is the task's text
    for prose in (
        "1.新建农村公路80公里。各乡镇负责，年底前完成。\n",
        "1.新建农村公路80公里。各责任单位要按照职责分工抓好落实。\n",
        "1.新建农村公路80公里。县交通局负责。确保年底通车。\n",
    ):
        assert find_clause(prose, 0, len(prose), default_grammar()) is None


def test_a_semicolon_typed_for_the_colon_after_a_label_opening_a_bracket() -> None:
    assert clause_parts("改厨改厕。(责任单位;县住建局、各乡镇场)") == [
        (Role.RESPONSIBLE, "县住建局、各乡镇场")
    ]
    grammar = default_grammar()
    text = "加强保障；责任单位；县财政局"  # not after a bracket: prose
    assert [grammar.label_word(m) for m in grammar.labels_in(text, 0, len(text))] == []


def test_a_first_listed_note_in_brackets_after_the_last_unit_keeps_that_unit() -> None:
    (task,) = parse_text(
        HEAD
        + "1.加强资金保障。\n责任单位：县财政局、县农业农村局牵头，县发展改革局、县乡村振兴局"
        + "（除标注为“牵头”单位外，列第一位的为牵头单位，下同）\n"
    ).tasks
    assert units(task) == (["县财政局", "县农业农村局"], ["县发展改革局", "县乡村振兴局"], [])
    assert task.note == "除标注为“牵头”单位外，列第一位的为牵头单位，下同"


def test_a_bracket_of_units_without_roles_before_a_first_listed_note() -> None:
    text = "抓好落实。（市发改委、中储粮云岭直属库。排名第一的为牵头单位，下同）"
    clause = roleless_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert [text[p.start : p.end] for p in clause.parts] == ["市发改委、中储粮云岭直属库"]
    assert [text[s:e] for s, e in clause.notes] == ["排名第一的为牵头单位，下同"]


def test_a_space_is_a_wrap_inside_a_name_where_no_unit_ends_or_opens_at_it() -> None:
    doc = parse_text(
        HEAD
        + "1.甲。（责任单位：节能与综合 利用司）\n2.乙。（责任单位：党政办 应消站）\n"
        + "3.丙。（责任单位：中小企业 服务中心 县统计局）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        ([], ["节能与综合利用司"], []),
        ([], ["党政办", "应消站"], []),
        ([], ["中小企业服务中心", "县统计局"], []),
    ]


def test_etc_departments_and_units_end_a_list_and_duties_by_their_remit_are_a_role() -> None:
    doc = parse_text(
        HEAD
        + "1.甲。（牵头单位：县市场监管局；责任单位：县税务局、县人社局等部门、单位）\n"
        + "2.乙。（县住建局牵头，县自然资源局、县发改局等依照职责分工负责）\n"
        + "3.丙。（责任单位：县农业农村局、县财政局等部门按职责落实，各乡镇人民政府）\n"
    )
    first, second, third = doc.tasks
    assert units(first) == (["县市场监管局"], ["县税务局", "县人社局"], [])
    assert units(second) == (["县住建局"], ["县自然资源局", "县发改局"], [])
    assert units(third) == ([], ["县农业农村局", "县财政局", "各乡镇人民政府"], [])


def test_units_named_inside_an_items_sentence_lead_it_and_stay_in_its_title() -> None:
    text = (
        HEAD + "二、接种对象\n1.医务人员由县卫生健康局负责组织；\n"
        "2.教职员工由县教育体育局负责组织；\n3.由于天气原因，养老机构人员另行安排。\n"
    )
    first, second, third = parse_text(text).tasks
    assert (first.title, units(first)) == (
        "医务人员由县卫生健康局负责组织",
        (["县卫生健康局"], [], []),
    )
    assert (second.title, units(second)) == (
        "教职员工由县教育体育局负责组织",
        (["县教育体育局"], [], []),
    )
    assert units(third) == ([], [], [])  # 由于 (because) leads no unit in
    # one item alone is no list: its sentence's 由 names no units, and it is no task
    assert parse_text(HEAD + "二、接种对象\n1.医务人员由县卫生健康局负责组织；\n").tasks == ()


def test_a_clauses_sentence_about_its_roles_is_a_note_not_a_unit() -> None:
    text = "报送线索。（市卫生健康委、市医保局分别负责。分别负责为有关单位按职责各自牵头）"
    assert clause_parts(text) == [(Role.LEAD, "市卫生健康委、市医保局")]
    assert clause_parts("通报进展。（市爱卫办牵头，各成员单位各负其责）") == [
        (Role.LEAD, "市爱卫办"),
        (Role.RESPONSIBLE, "各成员单位"),
    ]


def test_a_label_closed_with_a_full_stop_and_a_wrap_after_a_bracket_name_no_unit() -> None:
    assert clause_parts("监控车辆。\n实施单位。州交警支队牵头，州交通运输局配合。") == [
        (Role.LEAD, "州交警支队"),
        (Role.COOPERATING, "州交通运输局"),
    ]
    (task,) = parse_text(HEAD + "1.整治扬尘。（责任单位：各街道（镇） 政府、区园林中心）\n").tasks
    assert units(task) == ([], ["各街道（镇）政府", "区园林中心"], [])
    # units apart by spaces alone keep their space as a separator
    (apart,) = parse_text(HEAD + "1.整治扬尘。（责任单位：区城管局（牵头） 区园林中心）\n").tasks
    assert units(apart)[1][-1] == "区园林中心"


def test_an_items_opening_unit_led_in_by_you_leads_it_alone() -> None:
    text = (
        HEAD
        + "二、治理\n（一）由市农业局负责，继续开展基地建设。\n（二）由市卫生局负责，加强茶叶检查。\n"
    )
    first, second = parse_text(text).tasks
    assert (first.title, units(first)) == ("继续开展基地建设", (["市农业局"], [], []))
    assert units(second) == (["市卫生局"], [], [])
    # inside an item, a later sentence's 由X负责 is no clause of the item
    (task,) = parse_text(HEAD + "1.开展检测。由市农业局负责，组织抽检。（市商务局牵头）\n").tasks
    assert units(task) == (["市商务局"], [], [])


def test_a_bracket_giving_a_units_short_form_is_a_note() -> None:
    text = HEAD + "1.开展抽查。（责任单位：市渔业委员会办公室〔以下简称市渔委办〕、市财政局）\n"
    (task,) = parse_text(text).tasks
    assert units(task) == ([], ["市渔业委员会办公室", "市财政局"], [])
    assert task.note == "以下简称市渔委办"


def test_units_after_a_partners_word_cooperate_up_to_what_they_do() -> None:
    doc = parse_text(
        HEAD
        + "（一）深化户籍改革。放开县城落户限制。\n"
        + "由省公安厅牵头，会同省民政厅及各省辖市、县（市）协同推进。\n"
        + "（二）开展交通劝导。由团省委牵头，组织省交通运输厅、省教育厅等单位，在路口劝导。\n"
        + "（三）开展清洁行动。由省生态环境厅牵头，组织开展河道清洁专项行动。\n"
    )
    first, second, third = doc.tasks
    assert units(first) == (["省公安厅"], [], ["省民政厅", "各省辖市、县（市）"])
    assert units(second) == (["团省委"], [], ["省交通运输厅", "省教育厅"])
    assert [m.etc for m in second.cooperating] == [False, True]
    # 组织开展…专项行动 names no unit: no partner
    assert units(third) == (["省生态环境厅"], [], [])


def test_partner_units_closed_by_etc_end_before_what_they_do() -> None:
    doc = parse_text(
        HEAD
        + "（一）验收阶段（2026年12月底前）。由市体育局牵头，会同市发展改革委、市财政局等有关部门对建成的步道组织验收。\n"
        + "（二）建设阶段。由市住建局牵头，会同各区人民政府对建成的步道组织验收。\n"
    )
    first, second = doc.tasks
    assert units(first) == (["市体育局"], [], ["市发展改革委", "市财政局"])
    assert [m.etc for m in first.cooperating] == [False, True]
    # no 等 closes the partners: what they do is no listed tail, so no partner is read
    assert units(second) == (["市住建局"], [], [])


def test_a_label_broken_by_a_line_wrap_reads_whole() -> None:
    text = "（牵头单位：省教育厅，配\n合单位：省体育局、团省委）"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (Role.LEAD, "省教育厅"),
        (Role.COOPERATING, "省体育局、团省委"),
    ]


def test_a_duty_dividing_label_with_no_value_is_a_heading_no_clause() -> None:
    text = "二、检查职责分工：\n1.教育局：查看机构人员资质和场地条件。\n"
    assert find_clause(text, 0, text.index("\n"), default_grammar()) is None
    doc = parse_text(
        HEAD + "一、检查安排\n检查每季度一次。\n" + text + "2.公安局：检查消防通道和应急照明。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("查看机构人员资质和场地条件", (["教育局"], [], [])),
        ("检查消防通道和应急照明", (["公安局"], [], [])),
    ]


def test_a_title_before_a_cut_out_clause_loses_its_comma() -> None:
    doc = parse_text(
        HEAD
        + "二、部分项目进展情况\n1、技能培训提升,牵头单位:市退役军人局。其中,进度较慢的为甲区。\n"
        + "2、养老服务,牵头单位:市民政局。其中,进度较慢的为乙县。\n某市民生办\n"
    )
    assert [t.title for t in doc.tasks] == ["技能培训提升", "养老服务"]


def test_units_joined_by_a_partners_word_before_their_role_split() -> None:
    assert parts_and_notes("加快建设。（市发改委会同市财政局负责）")[0] == [
        (Role.LEAD, "市发改委"),
        (Role.COOPERATING, "市财政局"),
    ]
    # after a lead, a partner's word opening the next role's units is no part of a name
    text = "加快建设。[市科委牵头,会同市经信委、市发改委和各区、县(市)政府负责]"
    assert parts_and_notes(text)[0] == [
        (Role.LEAD, "市科委"),
        (Role.RESPONSIBLE, "市经信委、市发改委和各区、县(市)政府"),
    ]
    # a partner's word inside a name splits nothing
    assert parts_and_notes("加强巡查。（市联合执法大队负责）")[0] == [(Role.LEAD, "市联合执法大队")]


def test_a_labelled_bracket_closing_the_item_after_a_comma_is_the_items_too() -> None:
    text = (
        "15.推动科普活动提档提能，开展科普宣传等活动5场（责任单位：市应急管理局、市科技局），"
        "从基层遴选一批先进工作者，（责任单位：市科技局、市科协）\n"
    )
    (task,) = parse_text(HEAD + "一、任务\n" + text).tasks
    assert units(task) == ([], ["市应急管理局", "市科技局", "市科协"], [])
    # the title ends where the first bracket opens; the rest of the sentence is the body
    assert (task.title, task.body) == (
        "推动科普活动提档提能，开展科普宣传等活动5场",
        "（责任单位：市应急管理局、市科技局），从基层遴选一批先进工作者",
    )
    # a bracket inside the sentence that more text follows stays the sentence's
    inside = text.replace("，（责任单位：市科技局、市科协）", "（责任单位：市科协）等。")
    (task,) = parse_text(HEAD + "一、任务\n" + inside).tasks
    assert units(task) == ([], ["市应急管理局", "市科技局"], [])


def test_a_first_listed_note_naming_the_kind_of_unit_that_leads() -> None:
    (task, _) = parse_text(
        HEAD + "1.加强理想信念教育。（责任单位：团市委、市委宣传部、市教育局。"
        "排名第一位的市直部门为牵头单位，下同）\n2.建设阵地。（责任单位：市文明办、各区市）\n"
    ).tasks
    assert units(task) == (["团市委"], ["市委宣传部", "市教育局"], [])


def test_units_helping_the_units_after_them_cooperate() -> None:
    assert clause_parts("加强新闻发布。（省政府新闻办配合省委宣传部落实）") == [
        (Role.COOPERATING, "省政府新闻办"),
        (Role.LEAD, "省委宣传部"),  # the unit in charge leads, as in （省委宣传部落实）
    ]
    assert clause_parts("加强新闻发布。（省网信办协助省广电局负责，各市政府落实）") == [
        (Role.COOPERATING, "省网信办"),
        (Role.LEAD, "省广电局"),
        (Role.RESPONSIBLE, "各市政府"),
    ]
    # a helper's word inside a name splits nothing
    assert clause_parts("加强巡查。（市协助执法大队负责）") == [(Role.LEAD, "市协助执法大队")]


def test_units_each_in_charge_of_their_part_drop_the_word_each() -> None:
    assert clause_parts("做好信息公开。（市教委、市人力社保局分别负责落实）") == [
        (Role.LEAD, "市教委、市人力社保局")
    ]
    (task,) = parse_text(HEAD + "1.做好信息公开。（市教委、市人力社保局分别负责落实）\n").tasks
    assert units(task) == (["市教委", "市人力社保局"], [], [])


def test_a_flattened_card_s_label_closed_with_a_full_stop_names_its_units() -> None:
    (task,) = parse_text(
        HEAD + "1.推进商事制度改革，简政放权。责任主体。市市场监管局、市政务办。执行对象。"
        "各类市场主体。\n"
    ).tasks
    assert (task.title, units(task)) == (
        "推进商事制度改革，简政放权",
        ([], ["市市场监管局", "市政务办"], []),
    )
    # the word inside a sentence is no label: 明确责任主体。 closes a sentence of the task
    (plain,) = parse_text(HEAD + "1.压实责任。明确责任主体。（牵头单位：市应急局）\n").tasks
    assert units(plain) == (["市应急局"], [], [])


def test_a_sentence_of_adverbs_before_role_words_names_no_unit() -> None:
    g = default_grammar()
    text = "各部门要各司其职、密切配合，形成工作合力。"
    assert find_clause(text, 0, len(text), g) is None  # 各部门要, 密切: no unit's name
    assert clause_parts("1.加强监管。市工商局负责，市经贸委配合，严格实施。") == [
        (Role.LEAD, "市工商局"),
        (Role.COOPERATING, "市经贸委"),
    ]
    assert clause_parts("1.开展培训。由市商务局牵头，相关企业、市科协配合，每年组织两期。") == [
        (Role.LEAD, "市商务局"),
        (Role.COOPERATING, "相关企业、市科协"),
    ]


def test_under_a_comma_note_the_units_before_the_first_comma_lead() -> None:
    g = default_grammar()
    text = "（甲局、乙局（含丙办），丁局、戊局）"
    roleless = roleless_clause(text, 0, len(text), g)
    assert roleless is not None
    led = comma_units_lead(text, roleless, g, Role.COOPERATING)
    assert [(p.kind, text[p.start : p.end]) for p in led.parts] == [
        (Role.LEAD, "甲局、乙局（含丙办）"),  # (the comma inside a bracket is no clause's)
        (Role.COOPERATING, "丁局、戊局"),
    ]
    named = find_clause("（甲局牵头，乙局配合）", 0, 11, g)
    assert named is not None and comma_units_lead("（甲局牵头，乙局配合）", named, g) is named
    # no comma: every unit stands before it and leads
    alone = "（甲局、乙局、丙市人民政府）"
    roleless = roleless_clause(alone, 0, len(alone), g)
    assert roleless is not None
    led = comma_units_lead(alone, roleless, g)
    assert [(p.kind, alone[p.start : p.end]) for p in led.parts] == [
        (Role.LEAD, "甲局、乙局、丙市人民政府")
    ]


def test_a_lead_run_on_into_more_units_ends_at_its_suffix() -> None:
    doc = parse_text(
        HEAD + "1.普及知识。（省残联、省卫健委牵头省教育厅、省民政厅按职责分工负责）\n"
        "2.开展宣传。（省残联牵头省卫健委配合）\n3.完善机制。（省残联牵头负责，省卫健委配合）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["省残联", "省卫健委"], ["省教育厅", "省民政厅"], []),
        (["省残联"], [], ["省卫健委"]),
        (["省残联"], [], ["省卫健委"]),  # 牵头负责: one suffix, nothing after it
    ]


def test_a_collective_named_with_de_is_a_unit_of_a_clause() -> None:
    text = "省自然资源厅牵头，省地质局参与，涉及到的地级以上市人民政府负责落实"
    parts = cell_clause(text, 0, len(text), default_grammar(), Role.RESPONSIBLE)
    assert parts is not None  # (a units cell of a table)
    assert [(p.kind, text[p.start : p.end]) for p in parts] == [
        (Role.LEAD, "省自然资源厅"),
        (Role.COOPERATING, "省地质局"),
        (Role.RESPONSIBLE, "涉及到的地级以上市人民政府"),
    ]


def test_a_person_label_glued_to_the_units_ends_them() -> None:
    doc = parse_text(
        HEAD + "（一）认识不足。整改目标：树立理念。责任单位：州委办公室、各县市党委和政府"
        "责任人：州委办公室主任整改时限：立行立改\n"
        "（二）责任不实。整改目标：健全体系。责任单位：州生态环境局责任人：州生态环境局局长\n"
    )
    assert [(units(t), t.leaders) for t in doc.tasks] == [
        (([], ["州委办公室", "各县市党委和政府"], []), ("州委办公室主任",)),
        (([], ["州生态环境局"], []), ("州生态环境局局长",)),
    ]


def test_units_that_work_with_the_lead_cooperate() -> None:
    doc = parse_text(HEAD + "1.开展抽检。（市食安办牵头，市食安委各有关成员单位协作）\n")
    assert [units(t) for t in doc.tasks] == [(["市食安办"], [], ["市食安委各有关成员单位"])]


def test_a_label_stated_with_wei_reads_only_before_units() -> None:
    g = default_grammar()
    text = "清理有关规定。该项工作于6月底前完成，负责部门为市体育局、市编办等。"
    assert clause_parts(text) == [(Role.RESPONSIBLE, "市体育局、市编办等")]
    prose = "培育新业态。该项工作于年底前完成，责任单位为落实本方案的主体。"
    assert find_clause(prose, 0, len(prose), g) is None


def test_organise_leads_in_a_bracket_and_never_as_a_sentences_verb() -> None:
    g = default_grammar()
    text = "抓紧施工。（市住建局组织，其他成员单位、各社区实施）"
    assert clause_parts(text) == [
        (Role.LEAD, "市住建局"),
        (Role.RESPONSIBLE, "其他成员单位、各社区"),
    ]
    sentence = "开展活动。\n各单位要精心组织，确保活动安全有序。"
    assert find_clause(sentence, 0, len(sentence), g) is None
    # 组织、协调、指导、监督 is one cooperating word; 中央组织部 holds no role word
    guided = "开展巡查。（各镇街负责，市自然资源局组织、协调、指导、监督）"
    assert clause_parts(guided) == [
        (Role.LEAD, "各镇街"),
        (Role.COOPERATING, "市自然资源局"),
    ]
    joined = "开展宣传。（由市农业农村局牵头，中央组织部、市文旅局参加）"
    assert clause_parts(joined) == [
        (Role.LEAD, "市农业农村局"),
        (Role.COOPERATING, "中央组织部、市文旅局"),
    ]


def test_a_page_cut_before_the_last_units_role_keeps_them_as_the_note() -> None:
    text = "推动节能改造。（市住建局、市发改委等按职责分工负责，各县〔区〕人民政府"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert clause_parts(text) == [(Role.LEAD, "市住建局、市发改委等")]
    assert [text[s:e] for s, e in clause.notes] == ["各县〔区〕人民政府"]


@pytest.mark.parametrize(
    ("tail", "note"),
    [
        ("各", None),  # one letter of the next unit's name: no unit, no note
        ("市发展", None),
        ("市公安局、市发", "市公安局、市发"),  # units with no role yet, the last one cut
        ("各县（区）人民政府", "各县（区）人民政府"),
    ],
)
def test_a_page_cut_after_a_clauses_roles_keeps_its_lead(tail: str, note: str | None) -> None:
    text = f"推进供热改造。（市城管局、市行政审批局牵头，{tail}"
    clause = find_clause(text, 0, len(text), default_grammar())
    assert clause is not None
    assert clause_parts(text) == [(Role.LEAD, "市城管局、市行政审批局")]
    assert [text[s:e] for s, e in clause.notes] == ([note] if note else [])


@pytest.mark.parametrize(
    ("clause", "parts"),
    [
        (
            "（由市交通局指导市公交集团和各区政府落实）",
            [(Role.LEAD, "市交通局"), (Role.RESPONSIBLE, "市公交集团和各区政府")],
        ),
        (
            "（市交通局督促市公交集团负责）",
            [(Role.LEAD, "市交通局"), (Role.RESPONSIBLE, "市公交集团")],
        ),
        # a join word inside a name joins nothing (中央组织部)
        ("（中央组织部负责）", [(Role.LEAD, "中央组织部")]),
    ],
)
def test_a_unit_guiding_others_leads_them(clause: str, parts: list[tuple[Kind, str]]) -> None:
    assert clause_parts(f"更新公交车。{clause}") == parts


def test_prose_the_page_cut_after_a_clauses_roles_leaves_no_clause() -> None:
    text = "推进供热改造。（市城管局牵头，年内完成一期"
    assert find_clause(text, 0, len(text), default_grammar()) is None


def test_units_cells_after_an_items_last_sentence_name_its_lead_and_responsible() -> None:
    doc = parse_text(
        HEAD
        + "1、控制团组。无特殊理由的，不予批准。 市外事办\n"
        + "2、暂停审批新建办公楼。 市发改委 市机关事务局 市审计局\n"
        + "3、全面检查。 县政府办 已部署。\n"
        + "4、清理会议。 年内完成\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("控制团组", (["市外事办"], [], [])),
        ("暂停审批新建办公楼", (["市发改委"], ["市机关事务局", "市审计局"], [])),
        ("全面检查", ([], [], [])),  # cells and a sentence after them: a table's row, no units
        ("清理会议", ([], [], [])),  # 年内完成 is no unit
    ]


def test_a_label_printed_straight_before_its_units_states_them() -> None:
    doc = parse_text(HEAD + "1、清理规定。该项工作年底前完成，负责部门县体育局、县市场监管局等。\n")
    assert units(doc.tasks[0]) == ([], ["县体育局", "县市场监管局"], [])
    # words with a role of their own after the label are the plan's note, not units
    note = parse_text(
        HEAD + "（各项任务中，责任单位排在第一位的为牵头单位）\n1.修路。（责任单位：县交通局）\n"
    )
    assert [t.title for t in note.tasks] == ["修路"]


def test_a_label_opening_its_line_straight_before_its_units_states_them() -> None:
    doc = parse_text(
        HEAD + "1.发展绿色货运。\n责任部门办公室、运管科、市公交公司\n"
        "2.推广岸电。\n责任部门要加强督促检查。\n"
    )
    assert [units(t) for t in doc.tasks] == [
        ([], ["办公室", "运管科", "市公交公司"], []),
        ([], [], []),  # a sentence after the label is prose, no units
    ]


def test_a_long_list_of_units_alone_is_a_clause_and_provinces_stay_one_unit() -> None:
    ministries = (
        "教育部、科技部、公安部、民政部、财政部、人力资源社会保障部、农业农村部、文化和旅游部、"
        "国家卫生健康委、应急管理部、市场监管总局、国家标准委、广电总局、体育总局、中国气象局、"
        "国家中医药局、国家疾控局、中国科协、中国残联"
    )
    value = f"{ministries}及各省、自治区、直辖市人民政府有关主管部门"
    doc = parse_text(HEAD + f"1.完善标准。（{value}按职责分工负责）\n")
    (lead, _, _) = units(doc.tasks[0])
    assert len(value) > 120 and len(lead) == 20
    assert lead[-1] == "各省、自治区、直辖市人民政府有关主管部门"


def test_a_sentence_below_a_labels_line_is_no_part_of_its_value() -> None:
    doc = parse_text(
        HEAD + "1.推行三项制度。\n责任单位：市司法局\n年底前，全市执法人员完成轮训。\n"
        "责任单位：市人社局\n2.修路。\n责任单位：市交通局、\n市财政局\n配合单位：市公安局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        ([], ["市司法局", "市人社局"], []),
        ([], ["市交通局", "市财政局"], ["市公安局"]),  # a value wrapped after 、 goes on
    ]
    # the last label's value goes on over lines of units alone, not into a sentence
    wrapped = parse_text(
        HEAD + "1.修路。\n牵头单位：市交通局\n配合单位：市财政局\n各区政府、市公安局\n"
        "年底前完成。\n2.建桥。\n牵头单位：市住建局\n"
    )
    assert [units(t) for t in wrapped.tasks] == [
        (["市交通局"], [], ["市财政局", "各区政府", "市公安局"]),
        (["市住建局"], [], []),
    ]


def test_a_compound_role_suffix_is_stripped_whole() -> None:
    doc = parse_text(
        HEAD + "1.培训宣传。（牵头单位：市委组织部，责任单位：市残联，"
        "各区县残疾人工作委员会成员单位按职责分工负责落实，不再列出）\n"
    )
    assert units(doc.tasks[0]) == (
        ["市委组织部"],
        ["市残联", "各区县残疾人工作委员会成员单位"],
        [],
    )


def test_a_bracket_cut_after_the_items_closed_ones_is_read_too() -> None:
    doc = parse_text(
        HEAD + "（二）制订制度。配合制订办法。（市商务局、市市场监管局按职责分工分别负责）"
        "推进修订细则。（市司法局牵头负责，市知识产权局按职责分工分"
    )
    assert units(doc.tasks[0]) == (["市商务局", "市市场监管局", "市司法局"], ["市知识产权局"], [])


def test_a_units_remit_in_brackets_after_it_is_the_tasks_note() -> None:
    (task,) = parse_text(
        HEAD
        + "1.加强排查。（牵头单位：市建设局、市生态环境局（按职能分工）；责任单位：各区政府）\n"
    ).tasks
    assert (units(task), task.note) == (
        (["市建设局", "市生态环境局"], ["各区政府"], []),
        "按职能分工",
    )


def test_a_sentences_subject_acting_by_its_remit_opens_no_clause() -> None:
    text = "各行业管理部门要按照职责分工深入现场指导，做好普查登记。"
    assert find_clause(text, 0, len(text), default_grammar()) is None


def test_the_units_carrying_a_task_out_by_their_label_are_responsible() -> None:
    (task,) = parse_text(HEAD + "1.整治沿线环境。（实施主体：各行政村、镇文明办）\n").tasks
    assert units(task) == ([], ["各行政村", "镇文明办"], [])


def test_role_suffixes_of_remit_and_partnership_end_their_units() -> None:
    doc = parse_text(
        HEAD
        + "1.推进数字政府建设。（市大数据局负责牵头，市直各部门配合）\n"
        + "2.优化营商环境。（市发展改革委牵头负责，市市场监管局、市政务办协同推进）\n"
        + "3.做好招商引资。（县商务局牵头，县直各单位按照各自职责配合）\n"
        + "4.强化要素保障。（县自然资源局牵头，县财政局、县人社局按职能分工负责）\n"
        + "5.推进数字经济。（县工信局牵头，县大数据中心、各乡镇做好配合）\n"
        + "6.深化改革开放。（区委改革办、区发改局按职责牵头，区直各部门配合）\n"
        + "7.完善企业退出机制。（市法院、市市场监管局共同牵头，市税务局等部门配合）\n"
        + "8.建设消费中心。（市商务局牵头，市文广旅局配合，有关县（市、区）政府抓落实）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市大数据局"], [], ["市直各部门"]),
        (["市发展改革委"], [], ["市市场监管局", "市政务办"]),
        (["县商务局"], [], ["县直各单位"]),
        (["县自然资源局"], ["县财政局", "县人社局"], []),
        (["县工信局"], [], ["县大数据中心", "各乡镇"]),
        (["区委改革办", "区发改局"], [], ["区直各部门"]),
        (["市法院", "市市场监管局"], [], ["市税务局"]),
        (["市商务局"], ["有关县（市、区）政府"], ["市文广旅局"]),
    ]


def test_a_deadline_after_a_semicolon_closes_a_label_less_clause() -> None:
    (task,) = parse_text(
        HEAD + "4.开展营商环境评价。（省发展改革委牵头；省直有关单位配合；2026年6月底前完成）\n"
    ).tasks
    assert (units(task), task.deadline, task.note) == (
        (["省发展改革委"], [], ["省直有关单位"]),
        "2026年6月底前完成",
        None,
    )
    # after 。 it stays a sentence of its own: the task's note
    (task,) = parse_text(
        HEAD + "4.开展评价。（省发展改革委牵头，省统计局配合。年底前完成）\n"
    ).tasks
    assert (task.deadline, task.note) == (None, "年底前完成")


def test_bare_lead_and_partner_words_label_their_units() -> None:
    (task,) = parse_text(
        HEAD + "5．建设公共充电桩2000个（牵头：市发展改革委；配合：国网市供电公司）\n"
    ).tasks
    assert units(task) == (["市发展改革委"], [], ["国网市供电公司"])


def test_a_leader_named_by_the_city_or_county_leaders_label_is_no_unit() -> None:
    doc = parse_text(
        HEAD
        + "一、改造老旧管网100公里\n责任市领导：李娜\n牵头单位：市城管局\n协办单位：市住建局\n"
        + "二、新建城市公园5个\n联系县领导：张伟\n牵头单位：市园林局\n"
    )
    assert [(t.leaders, units(t)) for t in doc.tasks] == [
        (("李娜",), (["市城管局"], [], ["市住建局"])),
        (("张伟",), (["市园林局"], [], [])),
    ]


def test_later_segments_of_an_inline_clauses_sentence_name_their_own_roles() -> None:
    grammar = default_grammar()
    text = "设施损坏的，由市消防救援支队负责督促修复，市住建局配合落实整改，各区政府负责巡查；"
    clause = inline_clause(text, 0, len(text), grammar)
    assert clause is not None and clause.inline
    assert [(p.kind, text[p.start : p.end]) for p in clause.parts] == [
        (Role.LEAD, "市消防救援支队"),
        (Role.COOPERATING, "市住建局"),
        (Role.RESPONSIBLE, "各区政府"),
    ]
    # a later segment that is prose names no unit (各地要 is no unit's name)
    prose = "设施损坏的，由市消防救援支队负责督促修复，各地要加强配合；"
    found = inline_clause(prose, 0, len(prose), grammar)
    assert found is not None
    assert [prose[p.start : p.end] for p in found.parts] == ["市消防救援支队"]


def test_a_unit_followed_by_what_it_must_do_names_no_one_in_an_opening() -> None:
    text = "明确各级责任。各级政府要建立政府负总责、部门抓落实、储备保应急的责任体系。"
    assert find_clause(text, 0, len(text), default_grammar()) is None


def test_an_items_last_sentence_naming_who_does_each_part_after_its_lead_in() -> None:
    text = "1、印发画册。画册的印制由市创建办负责，画册的发放工作由各镇街负责。"
    found = find_clause(text, 2, len(text), default_grammar())
    assert found is not None and found.inline
    assert [(p.kind, text[p.start : p.end]) for p in found.parts] == [
        (Role.LEAD, "市创建办"),
        (Role.RESPONSIBLE, "各镇街"),
    ]
    prose = "1、印发画册。画册的印制由市创建办负责，并做好发放。"  # a segment with no 由…负责
    assert find_clause(prose, 2, len(prose), default_grammar()) is None
    # a comma inside a quoted goal parts no segment of the sentence
    quoted = "1、“环境整洁，门前责任落实，无乱扔杂物”由区城管局负责。"
    found = find_clause(quoted, 2, len(quoted), default_grammar())
    assert found is not None
    assert [(p.kind, quoted[p.start : p.end]) for p in found.parts] == [(Role.LEAD, "区城管局")]


def test_the_units_of_a_closing_sentence_follow_the_first_by_that_leads_in_names() -> None:
    text = "1、建设平台。方案的制定由中国（河南）自由贸易试验区郑州片区管委会负责。"
    found = find_clause(text, 2, len(text), default_grammar())
    assert found is not None
    assert [(p.kind, text[p.start : p.end]) for p in found.parts] == [
        (Role.LEAD, "中国（河南）自由贸易试验区郑州片区管委会")
    ]


def test_zhuban_and_chengban_alone_label_their_units() -> None:
    doc = parse_text(
        HEAD + "1.加强核心价值体系教育。(主办:县委宣传部;参与:团县委、县教育局)\n"
        "2.举办文化惠民活动。（主办：县文广旅体局；承办：各镇人民政府）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["县委宣传部"], [], ["团县委", "县教育局"]),
        (["县文广旅体局"], ["各镇人民政府"], []),
    ]


def test_each_part_of_an_item_closed_by_a_lead_in_sentence_names_its_lead() -> None:
    doc = parse_text(
        HEAD + "1.创新机关文化。完善制度文化。此项工作由市效能办牵头负责。"
        "要打造学习型机关。此项工作由市人社局牵头负责。\n"
        "2.强化监察。由市监察局负责。建设监察系统。此项工作由市大数据局牵头负责。\n"
    )
    assert [units(t)[0] for t in doc.tasks] == [
        ["市效能办", "市人社局"],
        ["市监察局", "市大数据局"],
    ]
    assert doc.tasks[0].title == "创新机关文化"


def test_a_units_cell_the_page_cuts_after_a_lead_keeps_the_lead_alone() -> None:
    text = "市司法局牵头，市市场监管局等市政府各有关"
    parts = cell_clause(text, 0, len(text), default_grammar(), Role.RESPONSIBLE)
    assert parts is not None
    assert [(p.kind, text[p.start : p.end]) for p in parts] == [(Role.LEAD, "市司法局")]
    # before more text the same words are no clause: the cell's own, read as units
    assert cell_clause(text + "\n附件", 0, len(text), default_grammar(), Role.RESPONSIBLE) is None


def test_a_clause_cut_inside_a_bracket_opened_after_its_last_unit_keeps_its_roles() -> None:
    doc = parse_text(
        HEAD
        + "（一）落实政策。（市财政局等按职责分工负责；各区人民政府，高新区管委会〔以下均需各区"
    )
    (task,) = doc.tasks
    assert units(task) == (["市财政局"], ["各区人民政府", "高新区管委会"], [])
    assert task.note == "以下均需各区"  # the cut note, not a unit


def test_an_unclosed_bracket_holding_the_start_of_a_label_names_no_unit() -> None:
    g = default_grammar()
    text = "推动重点工作任务落地落实。(责任科"
    assert find_clause(text, 0, len(text), g) is None
    assert roleless_clause(text, 0, len(text), g) is None
    # a unit the page cut is still read as before
    cut = "推动重点工作任务落地落实。(区司法局、区发改局"
    found = roleless_clause(cut, 0, len(cut), g)
    assert found is not None and [cut[p.start : p.end] for p in found.parts] == [
        "区司法局、区发改局"
    ]


def test_units_with_no_role_word_after_a_lead_share_the_next_role_in_a_sentence() -> None:
    assert parts_and_notes("1.更新网站。办公室牵头，各有关处室、民服中心，省信息中心配合")[0] == [
        (Role.LEAD, "办公室"),
        (Role.COOPERATING, "各有关处室、民服中心，省信息中心"),
    ]
    # with no role after them they are no clause's: the lead stands alone
    text = "1.更新网站。办公室牵头，各县区，年底前完成。"
    assert parts_and_notes(text)[0] == [(Role.LEAD, "办公室")]


@pytest.mark.parametrize("label", ["治理时限", "整治时限", "办结时限", "落实时限"])
def test_a_deadline_labelled_by_the_works_own_word_is_no_unit(label: str) -> None:
    doc = parse_text(HEAD + f"1.修订监管清单。（责任单位：县安委办；{label}：2026年6月底前）\n")
    (task,) = doc.tasks
    assert (units(task), task.deadline) == (([], ["县安委办"], []), "2026年6月底前")


def test_a_label_before_words_holding_a_prose_de_names_no_units() -> None:
    text = "负责广告监管，参与查处利用公司名义进行的非法集资等。"
    assert find_clause(text, 0, len(text), default_grammar()) is None
    named = "负责广告监管，参与市公安局、省委党的建设办公室等。"  # 党的: a name's 的
    assert parts_and_notes(named)[0] == [(Role.COOPERATING, "市公安局、省委党的建设办公室等")]


@pytest.mark.parametrize("lead_in", ["上述项目由", "以上项目由", "该项目由", "此项目由"])
def test_a_sentence_naming_the_projects_units_leads_in_past_its_words(lead_in: str) -> None:
    doc = parse_text(HEAD + f"1.改建标准化菜市场4家。{lead_in}区商务委牵头负责，区财政局配合。\n")
    (task,) = doc.tasks
    assert (task.title, units(task)) == ("改建标准化菜市场4家", (["区商务委"], [], ["区财政局"]))


def test_a_unit_that_organises_the_whole_of_an_item_leads_it() -> None:
    doc = parse_text(
        HEAD + "5.分校区大扫除工作\n由各管理使用单位统筹组织。\n"
        "6.清理楼道杂物\n牵头单位：后勤管理处\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("分校区大扫除工作", (["各管理使用单位"], [], [])),
        ("清理楼道杂物", (["后勤管理处"], [], [])),
    ]


def test_a_units_head_named_after_it_is_a_leader_and_the_unit_keeps_its_role() -> None:
    doc = parse_text(
        HEAD + "1.做好疫情监测。加强巡查。（由区农林水利局张崇芳局长负责，区卫生局配合）\n"
        "2.做好物资保障。（县公安局李明副局长负责）\n"
        "3.做好宣传。（王芳区政府党组成员牵头，区卫生局负责）\n"
    )
    assert [(units(t), t.leaders) for t in doc.tasks] == [
        ((["区农林水利局"], [], ["区卫生局"]), ("张崇芳局长",)),
        ((["县公安局"], [], []), ("李明副局长",)),
        ((["区卫生局"], [], []), ("王芳区政府党组成员",)),  # a member's title: a person, no unit
    ]


def test_an_activitys_organising_unit_leads_and_its_time_is_the_deadline() -> None:
    doc = parse_text(
        "四、活动安排\n（一）开展安全生产警示教育周活动\n1.活动时间：6月1日至6月7日。\n"
        "2.活动内容：组织企业开展警示教育活动。\n3.组织单位：各乡镇人民政府，县直有关部门。\n"
        "（二）开展安全文化周活动\n1.活动时间：6月8日至6月14日。\n2.活动内容：开展巡回放映。\n"
        "3.组织单位：县总工会。\n"
    )
    assert [(t.title, units(t), t.deadline) for t in doc.tasks] == [
        (
            "开展安全生产警示教育周活动",
            (["各乡镇人民政府", "县直有关部门"], [], []),
            "6月1日至6月7日",
        ),
        ("开展安全文化周活动", (["县总工会"], [], []), "6月8日至6月14日"),
    ]


def test_a_labels_bracket_after_a_labelled_lines_value_closes_its_own_value() -> None:
    doc = parse_text(
        HEAD + "1.做好宣传。\n组织单位：县安委办。（参加单位：县应急局、县住建局）\n"
        "2.做好检查。\n牵头单位：县安委办。（配合单位：县应急局）\n"
    )
    assert [(units(t), t.note) for t in doc.tasks] == [
        ((["县安委办"], [], ["县应急局", "县住建局"]), None),  # no stray bracket, no note
        ((["县安委办"], [], ["县应急局"]), None),
    ]


def test_a_unit_organising_and_coordinating_a_work_leads_it() -> None:
    doc = parse_text(
        HEAD + "1、召开新闻发布会。此项工作由市委宣传部新闻处、市安监局综合处负责组织协调。\n"
    )
    assert [units(t) for t in doc.tasks] == [(["市委宣传部新闻处", "市安监局综合处"], [], [])]


def test_a_bare_role_word_before_words_with_no_colon_is_a_verb_not_a_label() -> None:
    doc = parse_text(
        "部门职责\n市场监管部门：负责旅游市场价格监管。\n"
        "通信主管部门：依法对信息通信服务实行监管；配合处理网上虚假旅游广告信息等。\n"
        "民航部门：依法承担市场监管责任；配合旅游部门共同治理旅游不文明行为等。\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市场监管部门"], [], []),
        (["通信主管部门"], [], []),
        (["民航部门"], [], []),
    ]
    labelled = parse_text(HEAD + "1.开展专项检查。负责部门体育总局、发改委等。\n")
    assert [units(t) for t in labelled.tasks] == [([], ["体育总局", "发改委"], [])]


def test_a_works_name_before_its_lead_in_is_no_part_of_the_lead() -> None:
    doc = parse_text(
        HEAD + "（一）建立隐患排查机制。高层建筑消防安全隐患排查工作由房管部门牵头组织，"
        "公安消防部门配合。\n（二）建立联动机制。（市应急局牵头）\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("建立隐患排查机制", (["房管部门"], [], ["公安消防部门"])),
        ("建立联动机制", (["市应急局"], [], [])),
    ]


def test_a_unit_that_deploys_a_work_leads_and_one_coordinating_beside_it_is_responsible() -> None:
    doc = parse_text(
        HEAD + "1、开设专栏，报道典型事迹。此项工作由市委宣传部部署，各新闻单位落实，"
        "市应急局综合处负责协调。\n"
        "2、组织专题宣讲。此项工作由市总工会负责协调。\n"
        "3、坚持党中央部署。加强统筹。（市发展改革委牵头）\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("开设专栏，报道典型事迹", (["市委宣传部"], ["各新闻单位", "市应急局综合处"], [])),
        ("组织专题宣讲", (["市总工会"], [], [])),
        ("坚持党中央部署", (["市发展改革委"], [], [])),
    ]


def test_roles_describing_a_noun_before_its_的_assign_no_one() -> None:
    doc = parse_text(
        HEAD + "1.建立协同机制。建立教育部门牵头，民政、体育等部门参与的联合审批机制。\n"
        "2.加强证照管理。依法查处。（牵头单位：市市场监管局）\n"
        "3.拓展服务体系。由惠济区牵头，市国资委配合，健全工作格局，推动形成横向协同的体系。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("建立协同机制", ([], [], [])),
        ("加强证照管理", (["市市场监管局"], [], [])),
        ("拓展服务体系", (["惠济区"], [], ["市国资委"])),  # (其 的 is no role's: a clause)
    ]


def test_units_that_carry_out_what_a_lead_leads_are_responsible() -> None:
    doc = parse_text(
        HEAD + "1.开展文化科技卫生三下乡活动。由县委宣传部牵头，县文广局、县科技局等部门承办，"
        "元月上旬举办。\n2.举办春节团拜会。由县委宣传部主办，县文广局承办，县公安局协办。\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["县委宣传部"], ["县文广局", "县科技局"], []),
        (["县委宣传部"], ["县文广局"], ["县公安局"]),
    ]


def test_a_principal_beside_responsible_units_leads_where_no_label_names_a_lead() -> None:
    text = "加大宣传。〔责任主体：各乡（镇）党委；责任单位：县文明办、县妇联〕"
    assert parts_and_notes(text) == (
        [(Role.LEAD, "各乡（镇）党委"), (Role.RESPONSIBLE, "县文明办、县妇联")],
        [],
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # alone, the principal is the responsible label it is listed as
        ("加大宣传。〔责任主体：各乡（镇）党委〕", [(Role.RESPONSIBLE, "各乡（镇）党委")]),
        # beside a lead's label it stays responsible
        (
            "加大宣传。（牵头单位：县委宣传部；责任主体：各乡镇政府）",
            [(Role.LEAD, "县委宣传部"), (Role.RESPONSIBLE, "各乡镇政府")],
        ),
    ],
)
def test_a_principal_with_no_responsible_label_beside_it_stays_responsible(
    text: str, parts: list[tuple[Role, str]]
) -> None:
    assert parts_and_notes(text) == (parts, [])


def test_units_that_carry_a_task_out_by_their_remit_after_a_comma() -> None:
    text = "保护江河。（各县（市、区）政府具体落实，市环保局、市水利局依责落实）"
    assert parts_and_notes(text) == (
        [(Role.LEAD, "各县（市、区）政府"), (Role.RESPONSIBLE, "市环保局、市水利局")],
        [],
    )


def test_a_line_a_dash_opens_naming_who_does_the_work_is_the_items_clause() -> None:
    body = (
        "（七）加快人才强省建设。\n统筹推进各类人才队伍建设。健全多元人才投入机制。\n"
        "{dash}由省委组织部、省人社厅会同有关部门和各市（州）组织落实。\n"
        "（八）保障和改善民生。\n加快建设统一的人力资源市场。\n{dash}由省人社厅负责。\n"
    )
    for dash in ("——", "--"):
        doc = parse_text(HEAD + body.format(dash=dash))
        assert [(t.title, units(t)) for t in doc.tasks] == [
            ("加快人才强省建设", (["省委组织部", "省人社厅"], [], ["有关部门", "各市（州）"])),
            ("保障和改善民生", (["省人社厅"], [], [])),
        ]
        # (the dash and the sentence's end go with the clause, out of the item's text)
        assert [t.body for t in doc.tasks] == [
            "统筹推进各类人才队伍建设。健全多元人才投入机制。",
            "加快建设统一的人力资源市场。",
        ]


def test_roles_before_a_brackets_label_stop_at_a_note_ruling_later_tasks() -> None:
    item = (
        "1.建立政府投资范围定期评估调整机制。（省发展改革委牵头，各地级以上市人民政府、省相关行业"
        "主管部门按职责分工负责，以下各项均需各市按职责分工负责，不再列出；完成时限：{end}"
    )
    for end in ("2025年6月）", "第一版目录于2025年6月前完"):  # closed, or cut by the page's end
        (task,) = parse_text(HEAD + item.format(end=end)).tasks
        assert units(task) == (["省发展改革委"], ["各地级以上市人民政府", "省相关行业主管部门"], [])
        assert task.note == "以下各项均需各市按职责分工负责，不再列出"


def test_a_subject_the_page_cut_after_its_verb_is_no_units_cell_shared_by_the_items() -> None:
    items = (
        "（九）市园林局负责行道树修枝。新建道路要征求意见。\n"
        "  （十）市公安交管局负责交通秩序管理。年内完成标线设置。\n"
    )
    doc = parse_text(HEAD + "一、职责分工\n  " + items + "  各区县人民政府，市政府各相关部门要\n")
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (9, "负责行道树修枝", (["市园林局"], [], [])),
        (10, "负责交通秩序管理", (["市公安交管局"], [], [])),
    ]  # the last line is a sentence's subject the page's end cut after 要, not the items' units
    # units cells after an item's last sentence, 等 or a role marker closing them, still read
    cells = "（一）建设公园。完成10个。 市园林局 市财政局等\n（二）建设道路。 市交通局（牵头） 市财政局\n"
    doc = parse_text(HEAD + "一、重点任务\n" + cells)
    assert [units(t) for t in doc.tasks] == [
        (["市园林局"], ["市财政局"], []),
        (["市交通局"], ["市财政局"], []),
    ]
