from __future__ import annotations

from pipeline.parse.parser import parse
from pipeline.read.clean import clean
from pipeline.validate.findings import Finding
from pipeline.validate.structurechecks import structure_findings
from tests.conftest import raw_doc

HEAD = "江口市人民政府关于印发江口市测试方案的通知\n"


def found_in(text: str) -> list[Finding]:
    raw = raw_doc(text)
    return list(structure_findings(parse(raw, clean(raw))))


def findings(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.rule, f.line, f.task_no, f.message) for f in found_in(text)]


def test_a_forward_note_is_quoted_and_a_leader_reported() -> None:
    text = HEAD + (
        "1.甲。（牵头单位：市财政局；责任领导：李四。以下任务均需各区政府落实，不再一一列出）\n"
        "2.乙。（牵头单位：市财政局）\n"
    )
    assert findings(text) == [
        (
            "clause.note.forward",
            2,
            1,
            "the clause says “以下任务均需各区政府落实，不再一一列出”: recorded as the task's note, not applied",
        ),
        ("clause.leader", 2, 1, "“李四” is a person: recorded as a leader of task 1, not a unit"),
    ]


def test_a_note_that_does_not_reach_forward_is_no_finding() -> None:
    assert findings(HEAD + "1.甲。（市财政局牵头，市税务局配合。年底前完成）\n") == []


def test_a_shared_group_clause_is_reported_on_each_item() -> None:
    text = HEAD + "（一）改造\n1.甲。\n2.乙。\n（责任单位：市住房城乡建设局）\n"
    assert [(r, line, no) for r, line, no, _ in findings(text)] == [
        ("clause.shared", 3, 1),
        ("clause.shared", 4, 2),
    ]


def test_a_heading_that_names_the_lead_is_reported_as_a_heading_on_each_item() -> None:
    text = HEAD + "一、市文旅局牵头工作（2项）\n1.甲。\n2.乙。\n"
    assert findings(text) == [
        (
            "clause.shared",
            3,
            1,
            "the heading on line 2 names the lead of its items; applied to this one",
        ),
        (
            "clause.shared",
            4,
            2,
            "the heading on line 2 names the lead of its items; applied to this one",
        ),
    ]
    group = findings(HEAD + "（一）改造\n1.甲。\n2.乙。\n（责任单位：市住房城乡建设局）\n")
    assert group[0][3] == "the clause on line 5 follows a group of items; applied to this one"


def test_a_forward_note_is_located_at_the_sentence() -> None:
    line = "1.甲。（牵头单位：市财政局；责任领导：李四。以下任务均需各区政府落实，不再一一列出）"
    (note, _) = found_in(HEAD + line + "\n")
    assert (note.rule, note.line, note.column) == ("clause.note.forward", 2, line.index("以下") + 1)
    assert note.excerpt == "…财政局；责任领导：李四。以下任务均需各区政府落实，…"


def test_a_first_listed_lead_note_is_quoted_once_at_its_line() -> None:
    text = HEAD + (
        "（责任单位排在第一位的为牵头单位，其他为责任单位）\n"
        "1.甲。（责任单位：市财政局、市税务局）\n"
        "2.乙。（牵头单位：市民政局；责任单位：市财政局）\n"
        "3.丙。（市水利局、市公安局按职责分工负责）\n"
    )
    assert findings(text) == [
        (
            "clause.first_listed_lead",
            2,
            None,
            "the plan says “（责任单位排在第一位的为牵头单位，其他为责任单位）” (line 2): "
            "the first unit listed leads 2 task(s) (1, 3)",
        )
    ]


def test_a_first_listed_lead_note_that_changes_nothing_says_so() -> None:
    text = HEAD + "各项任务排名第一的为牵头单位。\n1.甲。（牵头单位：市财政局）\n"
    ((rule, line, no, message),) = findings(text)
    assert (rule, line, no) == ("clause.first_listed_lead", 2, None)
    assert message.endswith(
        "“各项任务排名第一的为牵头单位。” (line 2): every clause names its lead: applied to no task"
    )


def test_an_item_that_lost_its_number_is_read_as_it_and_reported() -> None:
    text = HEAD + (
        "4.甲。（责任单位：市财政局）\n"
        "制作模板。按样式制作。（责任单位：市数据局）\n"
        "6.丙。（责任单位：市数据局）\n"
    )
    assert findings(text) == [
        (
            "task.number.lost",
            3,
            5,
            "the item on line 3 is printed without its number, after task 4: read as task 5",
        ),
    ]


def test_a_note_that_the_units_before_the_comma_lead_says_so() -> None:
    text = HEAD + (
        "1.甲。（市水利局、市林业局，市财政局。逗号前为牵头单位，逗号后为配合单位，下同）\n"
        "2.乙。（市住建局牵头，市水利局配合）\n"
    )
    ((rule, line, no, message),) = findings(text)  # applied: no clause.note.forward
    assert (rule, line, no) == ("clause.first_listed_lead", 2, None)
    assert message.endswith("(line 2): the units before the clause's comma lead 1 task(s) (1)")


def test_a_note_after_a_brackets_units_is_quoted_without_them() -> None:
    text = HEAD + (
        "1.甲。（市水利局、市林业局，排第一的为牵头单位，其他为责任单位，下同）\n"
        "2.乙。（市住建局、市水利局）\n"
    )
    ((rule, line, no, message),) = findings(text)
    assert (rule, line, no) == ("clause.first_listed_lead", 2, None)
    assert message == (
        "the plan says “排第一的为牵头单位，其他为责任单位，下同” (line 2): the first unit listed "
        "leads 2 task(s) (1, 2)"
    )


def test_a_misspelled_role_label_is_an_error_that_names_the_label() -> None:
    # after a sentence's end the misspelled segment is the task's note
    text = HEAD + "1.甲。（牵头单位：市财政局。责任单住：市税务局、各区政府）\n"
    assert findings(text) == [
        (
            "clause.label.unknown",
            2,
            1,
            "the clause's “责任单住：” is no label: its units are not read (“责任单住：市税务局、"
            "各区政府” is kept as the task's note); did you mean 责任单位?",
        )
    ]
    # after ；, the lead's value runs on over it: reported at the unit it opens
    text = HEAD + "1.甲。（牵头单位：市财政局；责任单住：市税务局、各区政府）\n"
    assert findings(text) == [
        (
            "clause.label.unknown",
            2,
            1,
            "“责任单住：市税务局” holds “责任单住”, no label: read as one unit under the "
            "label before it; did you mean 责任单位?",
        )
    ]
    # a label in lenticular brackets (【配合单位】) misspelled runs the lead's value on too
    text = HEAD + "1.甲。【牵头单位】市财政局【配合单为】市税务局\n"
    assert findings(text) == [
        (
            "clause.label.unknown",
            2,
            1,
            "“市财政局【配合单为】市税务局” holds “配合单为”, no label: read as one unit under "
            "the label before it; did you mean 配合单位?",
        )
    ]
    # a misspelled first label leaves its bracket in the task's text: reported at the word
    text = HEAD + "1.甲。（牵头单住：市财政局。责任单位：市税务局）\n"
    assert findings(text)[0] == (
        "clause.label.unknown",
        2,
        1,
        "“牵头单住：” opens a bracket of the task's text but is no label: its units are not "
        "read; did you mean 牵头单位?",
    )
    # a label the grammar reads as a note, and a word no role's label is near, are none
    assert findings(HEAD + "1.甲。（牵头单位：市财政局；督办单位：市督查室）\n") == []
    assert findings(HEAD + "1.甲。（牵头单位：市财政局。联系电话：12345）\n") == []


def test_a_misspelled_label_in_a_traditional_plan_is_placed_at_the_label() -> None:
    # the note is clean (simplified) text: found in the clean text, placed in the raw file
    text = HEAD + "1.甲。(牽頭單位:市財政局。責(zé)任單為:市稅務局)\n"
    (found,) = found_in(text)
    assert (found.rule, found.line, found.column) == (
        "clause.label.unknown",
        2,
        text.split("\n")[1].index("責(zé)任單為") + 1,
    )


def test_a_unit_name_the_texts_end_cuts_in_the_last_clause_is_reported_where_it_starts() -> None:
    text = HEAD + "1.甲。（牵头单位：县财政局）\n2.乙。〔牵頭單位:县统计局、县農(nóng)业農"
    (found,) = found_in(text)
    assert (found.rule, found.severity.value, found.line, found.column, found.task_no) == (
        "text.cut",
        "error",
        3,
        text.split("\n")[2].index("县農") + 1,
        2,
    )
    assert found.message == "the text ends inside a unit's name in the clause, “县农业农”: left out"
    # the fix's find takes the raw words before the letters, so it matches there only
    assert found.hint is not None
    assert 'find = "單位:县统计局、县農(nóng)业農"' in found.hint
    # a whole last name, a person's name: no finding (a role word the page cut: below)
    assert findings(HEAD + "1.甲。〔牵头单位：县统计局、县农业农村局") == []
    assert [r for r, *_ in findings(HEAD + "1.甲。\n牵头领导：卢铁城")] == ["clause.leader"]
    assert findings(HEAD + "1.甲。\n牵头单位：县统计局\n时间节点：长期坚持") == []
    # a clause closed before the text's end: its names are the plan's as printed
    assert findings(HEAD + "1.甲。（牵头单位：县统计局、县农业农）\n") == []


def test_a_role_word_the_texts_end_cuts_after_the_last_units_is_reported_there() -> None:
    text = HEAD + "1.甲。（县财政局负责）\n2.乙。（县财政局、县卫生健康委负"
    (found,) = found_in(text)
    assert (found.rule, found.severity.value, found.line, found.column, found.task_no) == (
        "text.cut",
        "error",
        3,
        text.split("\n")[2].index("负") + 1,
        2,
    )
    assert found.message == (
        "the text ends inside a role word, “负”, after “县卫生健康委”: its units are read as "
        "牵头单位, and what the plan printed after it is lost"
    )
    assert found.hint == "save the whole plan again: the page was saved part way"
    # in a labelled value the label gives the role; an et-cetera word stands between
    (labelled,) = findings(HEAD + "1.甲。（责任单位：县财政局、县民政局等按职责")
    assert labelled[0] == "text.cut"
    assert "“按职责”, after “县民政局”: its units are read as 责任单位" in labelled[3]
    # a whole role word, or a bracket closed after it: no role word cut
    assert findings(HEAD + "1.甲。（县财政局、县卫生健康委负责") == []
    assert findings(HEAD + "1.甲。（县财政局、县卫生健康委负责）\n") == []


def test_a_label_the_texts_end_cuts_in_an_open_bracket_is_reported_where_it_opens() -> None:
    text = HEAD + "1.甲。(责任科室:区司法局)\n2.乙。推动落地落实。(责任科"
    found = [f for f in found_in(text) if f.rule == "text.cut"]
    assert [(f.severity.value, f.line, f.column, f.task_no) for f in found] == [
        ("error", 3, text.split("\n")[2].index("(责任科") + 1, 2)
    ]
    assert (
        found[0].message == "the text ends inside a clause's label, “（责任科”: its units are lost"
    )
    assert found[0].hint is not None and 'find = "。推动落地落实。(责任科"' in found[0].hint
    # a closed bracket, or an open one holding a unit's name, is no cut label
    assert "text.cut" not in [r for r, *_ in findings(HEAD + "1.甲。(责任科室:区司法局)\n")]
    assert "text.cut" not in [r for r, *_ in findings(HEAD + "1.甲。(区司法局、区财政局")]


def test_a_last_item_the_texts_end_cuts_after_its_number_is_reported_there() -> None:
    text = HEAD + "1.甲。（牵头单位：市财政局）\n2.乙。（牵头单位：市税务局）\n3."
    found = [f for f in found_in(text) if f.rule == "text.cut"]
    assert [(f.severity.value, f.line, f.column, f.task_no) for f in found] == [("error", 4, 1, 3)]
    assert found[0].message == "the text ends right after task 3's number, “3.”: its words are lost"
    assert found[0].hint == "save the whole plan again: the page was saved part way"
    # a last item with its words is whole
    assert "text.cut" not in [
        r for r, *_ in findings(HEAD + "1.甲。（牵头单位：市财政局）\n2.乙。")
    ]


def test_a_last_unit_list_the_texts_end_cuts_after_a_separator_is_reported_there() -> None:
    text = (
        HEAD
        + "1.甲。（牵头单位：市财政局）\n2.乙。（牵头单位：市税务局；责任单位：县财政局、\n县统计局、"
    )
    found = [f for f in found_in(text) if f.rule == "text.cut"]
    assert [(f.severity.value, f.line, f.column, f.task_no) for f in found] == [("error", 4, 5, 2)]
    assert (
        found[0].message
        == "the text ends right after “县统计局、”: the units printed after it are lost"
    )
    assert found[0].hint == "save the whole plan again: the page was saved part way"
    # a list closed, or words after its last unit: no cut list
    assert "text.cut" not in [
        r for r, *_ in findings(HEAD + "1.甲。（牵头单位：市财政局；责任单位：县财政局、县统计局）")
    ]
    assert "text.cut" not in [r for r, *_ in findings(HEAD + "1.甲。（县财政局牵头，")]
