from __future__ import annotations

import pytest

from pipeline.model import Document, Task
from pipeline.parse.parser import parse
from pipeline.read.clean import clean
from pipeline.read.ingest import Sidecar, read
from tests.conftest import REAL, raw_doc

HEAD = "郑州市人民政府关于印发郑州市测试行动方案的通知\n"


def parse_text(text: str, sidecar: Sidecar | None = None) -> Document:
    raw = raw_doc(text, sidecar=sidecar)
    return parse(raw, clean(raw))


def units(task: Task) -> tuple[list[str], list[str], list[str]]:
    return (
        [m.text for m in task.lead],
        [m.text for m in task.responsible],
        [m.text for m in task.cooperating],
    )


@pytest.mark.parametrize(
    ("label", "printed"),
    [("1)", "1)"), ("1）", "1）"), ("1.", "1."), ("1、", "1、"), ("（一）", "（一）"),
     ("一、", "一、"), ("(1)", "（1）"), ("①", "①")],
)  # fmt: skip
def test_numbering_styles(label: str, printed: str) -> None:
    second = label.replace("1", "2").replace("一", "二").replace("①", "②")
    doc = parse_text(
        HEAD
        + f"{label}推进测试工作\n加快建设。（牵头单位：市大数据局；责任单位：市公安局）\n"
        + f"{second}强化数据治理\n健全制度。（牵头单位：市司法局）\n"
    )
    assert [(t.no, t.label, t.title) for t in doc.tasks] == [
        (1, printed, "推进测试工作"),
        (2, printed.replace("1", "2").replace("一", "二").replace("①", "②"), "强化数据治理"),
    ]
    assert units(doc.tasks[0]) == (["市大数据局"], ["市公安局"], [])
    assert doc.tasks[1].body == "健全制度。"


def test_nested_sections_pick_the_level_that_carries_clauses() -> None:
    doc = parse_text(
        HEAD
        + "一、总体要求\n（一）指导思想\n坚持以人民为中心。\n（二）主要目标\n到2025年，基本建成测试体系。\n"
        + "二、重点任务\n（一）提升治理能力\n"
        + "1.推进网格治理。加快建设网格。（牵头单位：市委政法委）\n"
        + "2.推进数字城管。完善平台。（牵头单位：市城管局）\n"
        + "（二）优化政务服务\n"
        + "1.推进一网通办。深化改革。（牵头单位：市政务办）\n"
    )
    assert [(t.task_id, t.no, t.title) for t in doc.tasks] == [
        ("2.1.1", 1, "推进网格治理"),
        ("2.1.2", 2, "推进数字城管"),
        ("2.2.1", 1, "推进一网通办"),
    ]
    assert doc.tasks[0].section == "二、重点任务 / （一）提升治理能力"
    assert doc.tasks[0].body == "加快建设网格。"
    assert [(t.year, t.text) for t in doc.targets] == [(2025, "基本建成测试体系。")]


def test_flat_numbers_keep_plain_task_ids_inside_one_section() -> None:
    doc = parse_text(
        HEAD
        + "二、重点任务\n1.推进甲。做甲。（牵头单位：市民政局）\n2.推进乙。做乙。（牵头单位：市民政局）\n"
    )
    assert [t.task_id for t in doc.tasks] == ["1", "2"]
    assert doc.tasks[0].section == "二、重点任务"


@pytest.mark.parametrize(
    ("clause", "lead", "responsible", "cooperating", "deadline"),
    [
        (
            "（牵头单位：市大数据局；责任单位：市公安局、市民政局）",
            ["市大数据局"],
            ["市公安局", "市民政局"],
            [],
            None,
        ),
        (
            "(牵头单位:市大数据局;责任单位:市公安局,市民政局)",
            ["市大数据局"],
            ["市公安局", "市民政局"],
            [],
            None,
        ),
        (
            "（牵头单位：市大数据局。责任单位：市公安局 市民政局）",
            ["市大数据局"],
            ["市公安局", "市民政局"],
            [],
            None,
        ),
        ("（牵头单位：市大数据局；配合单位：市公安局）", ["市大数据局"], [], ["市公安局"], None),
        ("（牵头单位：市大数据局；参与单位：市公安局）", ["市大数据局"], [], ["市公安局"], None),
        ("（牵头单位：市大数据局；协同单位：市公安局）", ["市大数据局"], [], ["市公安局"], None),
        ("（牵头单位：市大数据局；协办单位：市公安局）", ["市大数据局"], [], ["市公安局"], None),
        (
            "（市大数据局牵头，市公安局负责，市民政局、市财政局协办）",
            ["市大数据局"],
            ["市公安局"],
            ["市民政局", "市财政局"],
            None,
        ),
        ("（牵头单位：市大数据局；完成时限：2025年底前）", ["市大数据局"], [], [], "2025年底前"),
        ("（牵头单位：市大数据局；时间节点：持续推进）", ["市大数据局"], [], [], "持续推进"),
        ("（牵头单位：市大数据局；完成时间：2024年6月）", ["市大数据局"], [], [], "2024年6月"),
        (
            "（牵头单位：市大数据局；责任单位：各县（市、区）人民政府，市公安局）",
            ["市大数据局"],
            ["各县（市、区）人民政府", "市公安局"],
            [],
            None,
        ),
        (
            "（牵头单位：市大数据局；责任单位：各区县(市)人民政府）",
            ["市大数据局"],
            ["各区县（市）人民政府"],
            [],
            None,
        ),
    ],
)
def test_clause_words_and_separators(
    clause: str,
    lead: list[str],
    responsible: list[str],
    cooperating: list[str],
    deadline: str | None,
) -> None:
    doc = parse_text(HEAD + "1）推进测试工作\n加快推进测试平台建设。" + clause + "\n")
    (task,) = doc.tasks
    assert units(task) == (lead, responsible, cooperating)
    assert task.deadline == deadline
    assert task.body == "加快推进测试平台建设。"


def test_clause_on_lines_of_its_own() -> None:
    doc = parse_text(
        HEAD
        + "1. 推进测试工作。加快推进测试平台建设。\n牵头单位：市大数据局\n责任单位：市公安局、市民政局\n"
        + "完成时限：2025年12月\n2. 强化数据治理。健全制度。\n牵头单位：市司法局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市大数据局"], ["市公安局", "市民政局"], []),
        (["市司法局"], [], []),
    ]
    assert doc.tasks[0].title == "推进测试工作"
    assert doc.tasks[0].body == "加快推进测试平台建设。"
    assert doc.tasks[0].deadline == "2025年12月"


def test_clause_label_holds_a_labelless_clause_and_ends_with_its_line() -> None:
    doc = parse_text(
        HEAD
        + "1.推进测试工作。\n分管市领导：陈立\n部门分工：市大数据局牵头，市公安局、市民政局等配合。\n"
        + "2.强化数据治理。\n部门分工：市司法局负责。\n\n郑州市人民政府\n"
        + "3.完善制度。\n部门分工：市司法局\n"
    )
    first, second, third = doc.tasks
    assert units(first) == (["市大数据局"], [], ["市公安局", "市民政局"])
    assert first.leaders == ("陈立",) and [m.text for m in first.mentions if m.etc] == ["市民政局"]
    assert units(second) == (["市司法局"], [], []) and second.note is None
    # A value that is no label-less clause is a note, never a unit.
    assert units(third) == ([], [], []) and third.note == "市司法局"


def test_a_clause_labels_value_may_go_on_with_the_tasks_words_after_its_roles() -> None:
    doc = parse_text(
        HEAD
        + "一、开展计量宣传活动\n职责分工：由县市场监管局牵头，县标准计量所配合，在辖区内开展宣传。\n"
        + "组织现场免费检测活动。\n二、开展计量检测活动\n职责分工：由县标准计量所牵头，县市场监管局配合。\n"
        + "开展免费检测。\n"
    )
    first, second = doc.tasks
    assert units(first) == (["县市场监管局"], [], ["县标准计量所"])
    assert first.note == "在辖区内开展宣传"  # the rest of the value, no unit
    assert units(second) == (["县标准计量所"], [], ["县市场监管局"]) and second.note is None


def test_task_without_clause_stays_a_task_with_no_units() -> None:
    doc = parse_text(
        HEAD
        + "1）甲\n做甲。（牵头单位：市民政局）\n2）乙\n做乙。\n3）丙\n做丙。（牵头单位：市民政局）\n"
    )
    assert [t.no for t in doc.tasks] == [1, 2, 3]
    assert units(doc.tasks[1]) == ([], [], []) and doc.tasks[1].clause is None


def test_a_unit_two_sentences_brackets_name_in_one_role_is_listed_once() -> None:
    doc = parse_text(
        HEAD + "1.规划设计提升工程。编制国土空间规划。（市自然资源局负责）完成专项规划。"
        "（市自然资源局牵头，相关部门分别负责）完成城市设计。（市住房城乡建设局负责）\n"
        "2.道路提升工程。改造道路10条。（市城管局、市城管局负责）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市自然资源局", "市住房城乡建设局"], ["相关部门"], []),
        (["市城管局", "市城管局"], [], []),  # twice in one bracket: validation warns of it
    ]
    assert doc.tasks[0].lead[0].location.column == 22  # where the first bracket names it


def test_a_heading_naming_its_lead_leads_titles_that_end_as_names_end() -> None:
    doc = parse_text(
        HEAD + "五、市农委牵头工作（2项）\n12.提升安全风险预警工作格局。强化预警标准规范。\n"
        "13.完善市场主体服务平台。探索工业互联网改革。\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (12, "提升安全风险预警工作格局", (["市农委"], [], [])),
        (13, "完善市场主体服务平台", (["市农委"], [], [])),
    ]  # 格局 and 平台 end as 局 and 台 do, but the heading names who leads


def test_a_long_name_after_the_words_leading_in_is_held_for_the_next_role() -> None:
    doc = parse_text(
        HEAD + "1.加快应急指挥调度应用。深化改革。（本部分工作由中共郑州市委网络安全和信息化委员会"
        "办公室，市卫健委、市统计局等部门负责组织实施）\n"
    )
    assert units(doc.tasks[0]) == (
        ["中共郑州市委网络安全和信息化委员会办公室", "市卫健委", "市统计局"],
        [],
        [],
    )


def test_an_assessments_score_closing_a_title_goes_to_the_body() -> None:
    doc = parse_text(
        HEAD + "1、各镇人民政府继续推进3个生态文明村建设（1分，按照创建标准（2025版）评分）。\n"
        "2、县水利局加强湿地保护区管理（见附件）。\n"
    )
    assert [(t.title, t.body) for t in doc.tasks] == [
        ("继续推进3个生态文明村建设", "（1分，按照创建标准（2025版）评分）"),
        ("加强湿地保护区管理（见附件）", ""),
    ]  # a bracket that gives no score stays in the title


def test_a_clause_right_after_a_short_title_ends_it_and_the_words_after_open_the_body() -> None:
    doc = parse_text(
        HEAD + "（一）梳理事项（市政务局牵头，市级各部门配合）高频事项清单：结合办件量梳理。\n"
        "（二）推进（市政务局牵头）标准化建设，统一办事指南。\n"
    )
    assert [(t.title, t.body) for t in doc.tasks] == [
        ("梳理事项", "高频事项清单：结合办件量梳理。"),
        ("推进标准化建设，统一办事指南", ""),  # a verb alone is no title: it goes on
    ]


def test_a_post_s_number_alone_on_its_line_titles_with_the_short_lines_below_it() -> None:
    doc = parse_text(
        "专项整治工作方案\n整治内容\n    01\n    中小学食堂及校外供餐单位\n    食品安全监管整治内容\n"
        "    (责任单位:市场监管局)\n    市场监管局负责加强食堂监督管理。开展全覆盖排查整治。\n"
        "    02\n    校园周边食品安全整治\n    (责任单位:市教育局、市场监管局)\n"
        "    市教育局负责督促学校落实主体责任。\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("01", "中小学食堂及校外供餐单位食品安全监管整治内容", ([], ["市场监管局"], [])),
        ("02", "校园周边食品安全整治", ([], ["市教育局", "市场监管局"], [])),
    ]  # (a sentence below a one-line title is the body, no piece of the title)
    assert [t.location.line for t in doc.tasks] == [3, 8]


def test_mention_locations_point_into_the_raw_file() -> None:
    text = HEAD + "1）推進(jìn)測試\n做好。(牽頭單位:市大數(shù)據(jù)局)\n"
    doc = parse_text(text)
    (mention,) = doc.tasks[0].lead
    loc = mention.location
    assert (mention.text, loc.line, loc.column) == ("市大数据局", 3, 10)
    assert text[loc.start : loc.end] == "市大數(shù)據(jù)局"
    assert (doc.tasks[0].location.line, doc.tasks[0].location.column) == (2, 1)


def test_title_issuer_and_date_from_text_or_sidecar() -> None:
    doc = parse_text(HEAD + "1）甲\n做甲。（牵头单位：市民政局）\n")
    assert (doc.title, doc.issuer, doc.published) == ("郑州市测试行动方案", "郑州市人民政府", None)
    from datetime import date

    side = Sidecar(title="测试方案", issuer="某市人民政府", published=date(2024, 1, 8))
    doc = parse_text(HEAD + "1）甲\n做甲。（牵头单位：市民政局）\n", side)
    assert (doc.title, doc.issuer, doc.published) == ("测试方案", "某市人民政府", date(2024, 1, 8))


def test_document_without_title_has_none() -> None:
    assert parse_text("1）甲\n做甲。（牵头单位：市民政局）\n").title is None


@pytest.mark.parametrize("title", ["青峰市森林火灾应急预案", "青峰市河长制工作实施细则"])
def test_a_first_line_naming_a_contingency_plan_or_rules_is_the_title(title: str) -> None:
    assert parse_text(f"{title}\n1.甲。（牵头单位：市民政局）\n").title == title


# The real plan, pinned exactly.


@pytest.fixture(scope="module")
def real() -> Document:
    raw = read(REAL)
    return parse(raw, clean(raw))


def test_real_document_header(real: Document) -> None:
    assert real.title == "郑州市数字政府建设行动方案"
    assert real.issuer == "郑州市人民政府"
    assert real.published is not None and real.published.isoformat() == "2024-01-08"
    assert [t.year for t in real.targets] == [2025, 2035]
    assert real.targets[0].text.endswith("成为全国数字政府一流标杆城市。")
    assert real.targets[1].text.startswith("数字政府体系框架更加成熟完备")
    assert [t.location.line for t in real.targets] == [2, 3]


def test_real_document_tasks(real: Document) -> None:
    assert [t.no for t in real.tasks] == list(range(1, 16))
    assert [t.location.line for t in real.tasks] == list(range(5, 35, 2))
    t1, t3, t15 = real.tasks[0], real.tasks[2], real.tasks[14]
    assert t1.title == "推动党建引领网格化基层治理"
    assert units(t1) == (
        ["市新型智慧城市运行中心"],
        ["市委组织部", "市委社治委", "市委政法委", "市委编办", "市民政局", "市城管局",
         "市公安局", "市大数据局", "各开发区管委会", "各区县〔市〕人民政府"],
        [],
    )  # fmt: skip
    assert t3.title == "加快应急管理系统融合，提升应急应对和处置能力"
    assert [m.text for m in t3.lead] == ["市应急局", "市大数据局", "市商务局", "市市场发展中心"]
    assert units(t15) == (
        ["市农委", "市大数据局"],
        ["市政府各部门", "各开发区管委会", "各区县〔市〕人民政府"],
        [],
    )
    assert (t1.location.start, t1.location.end) == (562, 1089)
    assert t1.body.startswith("把党建引领网格化基层治理作为城市治理现代化的总抓手")
    assert t1.body.endswith("协调有力的指挥调度体系。")
    assert all(t.deadline is None and not t.cooperating for t in real.tasks)
    assert sum(len(t.mentions) for t in real.tasks) == 88


def test_signature_date_on_a_line_of_its_own() -> None:
    from datetime import date

    doc = parse_text(HEAD + "1）甲\n做甲。（牵头单位：市民政局）\n\n　　2024年3月1日\n")
    assert doc.published == date(2024, 3, 1)
    assert (
        parse_text(HEAD + "1）甲\n到2024年3月1日完成。（牵头单位：市民政局）\n").published is None
    )


def test_sections_without_clauses_are_not_tasks() -> None:
    doc = parse_text(
        HEAD
        + "一、总体要求\n（一）指导思想\n　　坚持以人民为中心。\n（二）发展目标\n　　到2025年，基本建成测试体系。到2027年，全面建成。\n"
        + "二、重点任务\n（一）推进数据共享。加快建设共享平台。（牵头单位：市大数据局；配合单位：市财政局；完成时限：2025年底）\n"
        + "（二）优化营商环境。深化改革。\n牵头单位：市发展改革委\n责任单位：各县（市、区）人民政府\n"
        + "三、保障措施\n（一）加强组织领导。各单位要高度重视。\n"
    )
    assert [(t.label, t.title, t.deadline) for t in doc.tasks] == [
        ("（一）", "推进数据共享", "2025年底"),
        ("（二）", "优化营商环境", None),
    ]
    assert units(doc.tasks[0]) == (["市大数据局"], [], ["市财政局"])
    assert units(doc.tasks[1]) == (["市发展改革委"], ["各县（市、区）人民政府"], [])
    assert [(t.year, t.text) for t in doc.targets] == [
        (2025, "基本建成测试体系。"),
        (2027, "全面建成。"),
    ]


@pytest.mark.parametrize("label", ["１）", "（１）", "１、", "１．"])
def test_full_width_digits_number_tasks(label: str) -> None:
    second = label.replace("１", "２")
    text = (
        HEAD
        + f"{label}甲\n做甲。（牵头单位：市民政局）\n{second}乙\n做乙。（牵头单位：市财政局）\n"
    )
    doc = parse_text(text)
    assert [(t.no, t.label, t.title) for t in doc.tasks] == [(1, label, "甲"), (2, second, "乙")]
    start = doc.tasks[1].location.start
    assert text[start : start + len(second)] == second


def test_two_thousand_tasks_parse_two_thousand() -> None:
    body = "".join(f"{n}.任务{n}。（牵头单位：市民政局）\n" for n in range(1, 2001))
    doc = parse_text(HEAD + body)
    assert len(doc.tasks) == 2000
    assert [t.no for t in doc.tasks] == list(range(1, 2001))
    assert doc.tasks[999].title == "任务1000" and doc.tasks[999].lead[0].text == "市民政局"


@pytest.mark.parametrize(
    ("text", "n_tasks"),
    [
        ("序号 | 重点任务 | 牵头单位\n1 | 甲\n" + "普通文字\n" * 2_000, 0),
        ("序号\n" * 2_000, 0),
        ("序号\t重点任务\t牵头单位\n" + "1\t甲\t市财政局\n" * 2_000, 2_000),
        (
            # ① ② are sub-items: each clause closes both, tasks under their 1. item
            "".join(f"{n}.任务{n}\n①甲\n②乙\n（牵头单位：市财政局）\n" for n in range(1, 1_001)),
            2_000,
        ),
        ("1.任务" + "（市财政局牵头）" * 2_000 + "\n", 1),
    ],
    ids=["table-then-prose", "header-words", "tab-rows", "group-clauses", "clauses"],
)
def test_hostile_shapes_parse_to_a_known_count(text: str, n_tasks: int) -> None:
    # Bounded loops keep these linear (benchmarks/hostile_parse.py shows the time at 100x).
    assert len(parse_text(text).tasks) == n_tasks


def test_a_label_less_clause_on_a_line_of_its_own_even_at_the_end_of_the_file() -> None:
    doc = parse_text(
        HEAD
        + "1.推进甲。做好甲的工作。\n市发展改革委牵头，市财政局、市统计局配合。\n"
        + "2.推进乙。做好乙。\n各地区各部门按职责分工负责。\n"
    )
    assert [(t.title, t.body, *units(t)) for t in doc.tasks] == [
        ("推进甲", "做好甲的工作。", ["市发展改革委"], [], ["市财政局", "市统计局"]),
        ("推进乙", "做好乙。", ["各地区各部门"], [], []),
    ]


def test_a_table_number_cell_of_huge_digits_is_no_crash() -> None:
    doc = parse_text("序号 | 重点任务 | 牵头单位\n" + "9" * 5000 + " | 甲 | 市财政局\n")
    assert [(t.no, t.title, t.lead[0].text) for t in doc.tasks] == [(1, "甲", "市财政局")]


def test_table_rows_take_the_section_that_holds_the_table() -> None:
    doc = parse_text(
        HEAD
        + "一、项目清单\n序号\t项目名称\t责任单位\n1\t甲\t县教育局（牵头）\n"
        + "二、其他任务\n3.乙。（牵头单位：县水利局）\n"
    )
    assert [(t.task_id, t.section, *units(t)) for t in doc.tasks] == [
        ("1", "一、项目清单", ["县教育局"], [], []),
        ("3", "二、其他任务", ["县水利局"], [], []),
    ]


def test_rows_numbered_in_their_title_cell_take_the_heading_over_the_table() -> None:
    doc = parse_text(
        HEAD + "二、任务分工\n任务名称 | 牵头单位 |\n1.修路。 | 县交通局 |\n2.建桥。 | 县水利局 |\n"
        "3.治河。 | 县水利局 |\n"
    )
    assert [(t.task_id, t.section) for t in doc.tasks] == [
        ("1", "二、任务分工"),
        ("2", "二、任务分工"),
        ("3", "二、任务分工"),
    ]  # fmt: skip  (a row is no section of its own, nor of the rows after it)


def test_a_task_list_title_line_is_the_title() -> None:
    assert parse_text("东岭市优化营商环境重点任务清单\n\n1.甲。（市财政局负责）\n").title == (
        "东岭市优化营商环境重点任务清单"
    )


@pytest.mark.parametrize("deadline", ["2025年6月底前完成", "12月底前", "长期推进", "持续推进"])
def test_a_deadline_without_its_label_is_no_unit(deadline: str) -> None:
    doc = parse_text(HEAD + f"1.甲。（牵头单位：市工业和信息化局，{deadline}）\n")
    (task,) = doc.tasks
    assert (units(task), task.deadline) == ((["市工业和信息化局"], [], []), deadline)


def test_a_unit_named_for_youth_is_still_a_unit() -> None:
    (task,) = parse_text(HEAD + "1.甲。（牵头单位：团市委、市青年联合会）\n").tasks
    assert units(task) == (["团市委", "市青年联合会"], [], []) and task.deadline is None


def test_article_numbers_under_sections_are_the_tasks() -> None:
    doc = parse_text(
        HEAD
        + "一、优化环境\n第一条\u3000清理壁垒。（牵头单位：市发展改革委；完成时限：长期坚持）\n"
        + "二、加大支持\n第二条\u3000扩大投放。（牵头单位：市财政局；配合单位：市税务局）\n"
    )
    assert [(t.task_id, t.no, t.label, t.section, t.title, *units(t)) for t in doc.tasks] == [
        ("1", 1, "第一条", "一、优化环境", "清理壁垒", ["市发展改革委"], [], []),
        ("2", 2, "第二条", "二、加大支持", "扩大投放", ["市财政局"], [], ["市税务局"]),
    ]
    assert doc.tasks[0].deadline == "长期坚持"


def test_a_bracketed_clause_broken_after_a_separator_keeps_the_next_line() -> None:
    doc = parse_text(
        HEAD
        + "1.推进甲。（牵头单位：市水利局；责任单位：市财政局、\n市民政局、市公安局）\n"
        + "2.推进乙。（牵头单位：市水利局；\n责任单位：市财政局；完成时限：2025年12月底）\n"
    )
    assert [(*units(t), t.deadline) for t in doc.tasks] == [
        (["市水利局"], ["市财政局", "市民政局", "市公安局"], [], None),
        (["市水利局"], ["市财政局"], [], "2025年12月底"),
    ]


NOTE = "（各项任务中，责任单位排在第一位的为牵头单位，其他为责任单位）\n"
FIRST_LISTED = (
    "1.甲。（责任单位：市财政局、市税务局、市统计局等）\n"
    "2.乙。（市委金融办、市财政局按职责分工负责）\n"
    "3.丙。（责任单位：市司法局）\n"
    "4.丁。（牵头单位：市民政局；责任单位：市财政局）\n"
    "5.戊。（市水利局负责，市公安局配合）\n"
)


def test_under_a_first_listed_lead_note_the_first_unit_leads() -> None:
    doc = parse_text(HEAD + NOTE + FIRST_LISTED)
    assert [(*units(t), t.first_listed_lead) for t in doc.tasks] == [
        (["市财政局"], ["市税务局", "市统计局"], [], True),
        (["市委金融办"], ["市财政局"], [], True),
        (["市司法局"], [], [], True),
        (["市民政局"], ["市财政局"], [], False),  # a clause that names its lead is as printed
        (["市水利局"], [], ["市公安局"], True),
    ]
    first = doc.tasks[0]
    assert [(m.role.value, m.position) for m in first.mentions] == [
        ("lead", 1),
        ("responsible", 1),
        ("responsible", 2),
    ]
    assert [m.text for m in first.mentions if m.etc] == ["市统计局"]
    assert doc.lead_note is not None
    assert doc.lead_note.text == NOTE.strip()
    assert (doc.lead_note.location.line, doc.lead_note.location.column) == (2, 1)


def test_without_the_note_every_unit_of_a_responsible_list_stays_as_printed() -> None:
    doc = parse_text(HEAD + FIRST_LISTED)
    assert [units(t) for t in doc.tasks] == [
        ([], ["市财政局", "市税务局", "市统计局"], []),
        (["市委金融办", "市财政局"], [], []),  # label-less 按职责分工负责: all lead
        ([], ["市司法局"], []),
        (["市民政局"], ["市财政局"], []),
        (["市水利局"], [], ["市公安局"]),
    ]
    assert doc.lead_note is None and not any(t.first_listed_lead for t in doc.tasks)


def test_the_note_applies_to_table_rows_and_is_the_sentence_that_holds_it() -> None:
    doc = parse_text(
        HEAD
        + "说明：本清单为年度任务。排在首位的单位为牵头单位。其余为配合。\n"
        + "序号\t重点任务\t责任单位\n1\t甲\t市财政局、市税务局\n"
    )
    assert [units(t) for t in doc.tasks] == [(["市财政局"], ["市税务局"], [])]
    assert doc.lead_note is not None and doc.lead_note.text == "排在首位的单位为牵头单位。"


def test_a_note_in_the_first_clause_that_the_unit_listed_in_front_leads_rules_from_there() -> None:
    doc = parse_text(
        HEAD
        + "二、主要任务\n1.甲。（责任单位：市环保局、市国土资源局，各镇街区。以下均需各镇街区落实，"
        + "不再列出。排在前位为牵头部门，下同。）\n2.乙。（责任单位：市农业局、市财政局）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市环保局"], ["市国土资源局", "各镇街区"], []),
        (["市农业局"], ["市财政局"], []),
    ]
    assert doc.lead_note is not None and "排在前位为牵头部门" in doc.lead_note.text


def test_a_first_listed_lead_note_in_brackets_after_the_first_unit_is_the_plan_note() -> None:
    doc = parse_text(
        HEAD
        + "一、重点工作\n1.甲。\n责任单位：市发展改革委（首位单位为牵头单位，下同）、市财政局、市统计局\n"
        + "2.乙。\n责任单位：市水利局、市农业农村局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["市发展改革委"], ["市财政局", "市统计局"], []),
        (["市水利局"], ["市农业农村局"], []),
    ]
    # the note is applied (clause.first_listed_lead), so it is no note "not applied"
    assert [(t.note, t.note_forward) for t in doc.tasks] == [
        ("首位单位为牵头单位，下同", False),
        (None, False),
    ]
    assert doc.lead_note is not None and doc.lead_note.text == "首位单位为牵头单位，下同"
    assert (doc.lead_note.location.line, doc.lead_note.location.column) == (4, 13)
    first = doc.tasks[0].lead[0]
    assert (first.location.line, first.location.column, first.position) == (4, 6, 1)


def test_a_clause_after_sub_items_closes_each_of_them() -> None:
    doc = parse_text(
        HEAD
        + "（一）基础能力建设\n1.完善监测预警体系\n（1）加密监测站点。\n（2）建设预警平台。\n"
        + "（责任单位：市应急局、市气象局）\n2.加强物资保障\n（1）建设储备库，配齐"
    )
    assert [(t.task_id, t.title, t.section, units(t), t.shared_clause) for t in doc.tasks] == [
        ("1.1.1", "加密监测站点", "（一）基础能力建设 / 1.完善监测预警体系",
         ([], ["市应急局", "市气象局"], []), True),
        ("1.1.2", "建设预警平台", "（一）基础能力建设 / 1.完善监测预警体系",
         ([], ["市应急局", "市气象局"], []), True),
        ("1.2.1", "建设储备库，配齐", "（一）基础能力建设 / 2.加强物资保障", ([], [], []), False),
    ]  # fmt: skip
    # (the page cut inside 2.'s sub-item, before its clause: a task with no units)


def test_sub_items_that_carry_clauses_elsewhere_share_a_trailing_clause() -> None:
    doc = parse_text(
        HEAD
        + "1.完善预警体系\n（1）加密站点。（责任单位：市气象局）\n（2）建设平台。（责任单位：市应急局）\n"
        + "2.加强物资保障\n（1）建设储备库。\n（2）建立储备机制。\n（责任单位：市发改委）\n"
    )
    assert [(t.title, units(t)[1], t.shared_clause) for t in doc.tasks] == [
        ("加密站点", ["市气象局"], False),
        ("建设平台", ["市应急局"], False),
        ("建设储备库", ["市发改委"], True),
        ("建立储备机制", ["市发改委"], True),
    ]


def test_a_first_listed_lead_note_saying_xiatong_rules_from_its_task_on() -> None:
    doc = parse_text(
        HEAD + "1.甲。\n责任单位：区财政局、区税务局\n"
        "2.乙。\n责任单位：区征收中心、区住建局（列第一位者为牵头单位，下同）\n"
        "3.丙。\n责任单位：区发改局、区统计局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        ([], ["区财政局", "区税务局"], []),
        (["区征收中心"], ["区住建局"], []),
        (["区发改局"], ["区统计局"], []),
    ]
    assert [t.first_listed_lead for t in doc.tasks] == [False, True, True]


def test_a_single_unit_before_a_xiatong_note_is_its_first_listed_and_leads() -> None:
    doc = parse_text(
        HEAD + "1.甲。\n责任单位：区财政局\n"
        "2.乙。\n责任单位：区财政局、区税务局\n"
        "3.丙。\n责任单位：区征收中心、区住建局（列第一位者为牵头单位，下同）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["区财政局"], [], []),
        ([], ["区财政局", "区税务局"], []),  # two units before the note: as printed
        (["区征收中心"], ["区住建局"], []),
    ]
    assert [t.first_listed_lead for t in doc.tasks] == [True, False, True]


def test_a_sentence_about_later_tasks_after_a_stop_in_a_labelless_clause_is_a_note() -> None:
    doc = parse_text(
        HEAD
        + "（一）建设示范区。整合资源。（文化和旅游部、财政部负责。以下均需地方各级人民政府负责，不再列出）\n"
        + "（二）推出精品线路。（交通运输部负责）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["文化和旅游部", "财政部"], [], []),
        (["交通运输部"], [], []),
    ]
    assert [(t.note, t.note_forward) for t in doc.tasks] == [
        ("以下均需地方各级人民政府负责，不再列出", True),
        (None, False),
    ]


def test_an_item_of_two_parts_names_the_units_of_both_clauses_once() -> None:
    doc = parse_text(
        HEAD
        + "1.制定清单。完成编制。〔市生态环境局牵头，市发展改革局参与，各县人民政府负责落实。"
        + "以下各项工作均需各县人民政府落实，不再列出。〕按省的要求，不再新建燃煤锅炉。"
        + "（市生态环境局、市市场监管局牵头，市发展改革局参与）\n"
    )
    (task,) = doc.tasks
    assert units(task) == (
        ["市生态环境局", "市市场监管局"],
        ["各县人民政府"],
        ["市发展改革局"],
    )
    assert [(m.text, m.position) for m in task.lead] == [("市生态环境局", 1), ("市市场监管局", 2)]
    first, second = task.lead
    assert (first.location.line, first.location.column) == (2, 14)  # in the 〔〕 clause
    assert second.location.column > first.location.column + 40  # in the closing clause
    assert (task.note, task.note_forward) == ("以下各项工作均需各县人民政府落实，不再列出", True)
    assert task.body is not None and "〔市生态环境局牵头" in task.body  # printed as it stands


def test_a_lead_named_in_a_sentence_before_the_clause_leads_when_the_clause_names_none() -> None:
    doc = parse_text(
        HEAD + "1.规划提升工程。由县自然资源局牵头制定。责任单位：县住建局、县教育局。\n"
        "2.立面整治工程。由县住建局牵头，县城管局配合。（牵头单位：县城管局；责任单位：县公安局）\n"
        "3.绿化工程。由分管副县长牵头推进。责任单位：县林业局。\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["县自然资源局"], ["县住建局", "县教育局"], []),
        (["县城管局"], ["县公安局"], []),  # the clause names its lead: the sentence is body
        ([], ["县林业局"], []),  # 各乡镇 ends no unit's name
    ]


def test_a_proposals_quoted_title_is_the_task_title_and_its_proposer_opens_the_body() -> None:
    doc = parse_text(
        HEAD
        + "1.李明等3名代表提出的“关于推进‘一网通办’的建议”（主办单位：市大数据局）；\n"
        + "2.王芳代表提出的“关于建议”的补充意见（主办单位：市教育局）。\n"
    )
    first, second = doc.tasks
    assert (first.title, first.body) == ("关于推进‘一网通办’的建议", "李明等3名代表提出")
    # a quote that does not close the title is no proposal's title
    assert (second.title, second.body) == ("王芳代表提出的“关于建议”的补充意见", "")


def test_a_pdf_s_wrap_spaces_go_from_titles_and_unit_names_and_its_spaced_numbers_count() -> None:
    doc = parse_text(
        HEAD
        + "一 、 整改任务\n"
        + "1 . 有的搬 迁后脱贫举措没跟上。（牵头单位：扶贫办、村 建所；责任单位：各村支部）\n"
        + "2 . 加快 2 条道路建设。\n责任单位:县 住建局 、自然资源 局\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1 .", "有的搬迁后脱贫举措没跟上", (["扶贫办", "村建所"], ["各村支部"], [])),
        ("2 .", "加快 2 条道路建设", ([], ["县住建局", "自然资源局"], [])),
    ]


def test_a_first_listed_lead_note_may_say_the_others_cooperate() -> None:
    doc = parse_text(
        HEAD + "1.推动深加工结转。（省商务厅、省科技厅，海关分署。列为首位的为牵头单位，"
        "其余为参与单位，下同）\n2.培育研发中心。（省科技厅、省工信厅按职责分工负责）\n"
    )
    assert [units(t) for t in doc.tasks] == [
        (["省商务厅"], [], ["省科技厅", "海关分署"]),
        (["省科技厅"], [], ["省工信厅"]),
    ]
    others = parse_text(
        HEAD + "1.推动深加工结转。（省商务厅、省科技厅。列为首位的为牵头单位，下同）\n"
    )
    assert [units(t) for t in others.tasks] == [(["省商务厅"], ["省科技厅"], [])]


def test_a_character_lost_right_after_an_item_s_number_is_no_part_of_its_title() -> None:
    (task,) = parse_text(HEAD + "1.?明确停车管理机构。统筹停车管理。〔牵头单位：市城管局〕\n").tasks
    assert (task.title, units(task)) == ("明确停车管理机构", (["市城管局"], [], []))


def test_a_line_naming_the_units_that_carry_a_task_out_gives_its_responsible_units() -> None:
    doc = parse_text(
        HEAD
        + "活动二、深入开展创建文明社区活动。\n1、各社区完善社区自治功能，推动社区各项工作开展。\n"
        "落实单位：县建设局、文体局、卫生局\n2、社区居委会开展便民利民服务。\n落实单位：民政局\n"
    )
    assert [units(t) for t in doc.tasks] == [
        ([], ["县建设局", "文体局", "卫生局"], []),
        ([], ["民政局"], []),
    ]


def test_a_note_for_later_tasks_cut_by_the_page_names_no_unit() -> None:
    doc = parse_text(
        HEAD
        + "三、整改内容\n1.严肃查处违法占地行为。〔责任单位：区自然资源执法大队，各乡（镇）人民政府，"
        "以下均为责"
    )
    (task,) = doc.tasks
    assert units(task) == ([], ["区自然资源执法大队", "各乡（镇）人民政府"], [])
    assert task.note == "以下均为责"


def test_a_sites_mark_that_it_left_text_out_ends_the_item_before_it() -> None:
    doc = parse_text(
        HEAD + "二、工作任务\n1.开发公益性岗位。（责任单位：市人社局、市民政局\n"
        "……（某某网省略584字，正式会员可完整阅读）……\n"
        "户实现转移就业。（责任单位：市乡村振兴局）\n"
        "5.根治欠薪。（责任单位：市人社局）\n"
    )
    assert [(t.no, units(t)) for t in doc.tasks] == [
        (1, ([], ["市人社局", "市民政局"], [])),
        (5, ([], ["市人社局"], [])),
    ]  # (the text after the mark opens inside an item the site left out: no task's)


def test_a_task_table_after_the_last_item_of_a_list_is_no_part_of_that_item() -> None:
    doc = parse_text(
        HEAD + "一、说明\n（一）责任主体：市民政局\n（二）公开方式：门户网站。\n"
        "第二部分 清单\n序号 | 事项名称 | 责任单位 |\n1 | 机构设置 | 办公室 |\n2 | 领导分工 | 人事科 |\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks][-2:] == [
        ("机构设置", ([], ["办公室"], [])),
        ("领导分工", ([], ["人事科"], [])),
    ]  # (item （二）'s own text ends before the table: its rows are no part of it)


def test_the_points_of_a_notice_issuing_the_plan_after_it_are_no_tasks() -> None:
    notice = (
        "市政府有关部门：\n现将《量化指标任务分工》印发给你们，并就有关事项通知如下：\n"
        "一、各有关部门要高度重视，抓紧制定工作方案。\n二、各有关部门要按季度报送进展。\n"
        "××市人民政府办公室\n2025年3月20日\n"
    )
    doc = parse_text(
        HEAD + notice + "量化指标任务分工\n序号 工作任务 牵头负责部门\n"
        "1 地区生产总值增长6%左右 市发展改革委\n2 城镇新增就业5万人以上 市人力资源社会保障局\n"
    )
    assert [(t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1", "地区生产总值增长6%左右", (["市发展改革委"], [], [])),
        ("2", "城镇新增就业5万人以上", (["市人力资源社会保障局"], [], [])),
    ]
    # with nothing after its date, a notice's points are the plan's own
    alone = parse_text(HEAD + notice)
    assert [(t.label, units(t)) for t in alone.tasks] == [
        ("一、", (["各有关部门"], [], [])),
        ("二、", (["各有关部门"], [], [])),
    ]


def test_a_last_name_the_texts_end_cuts_is_left_out_where_the_plan_names_it_whole() -> None:
    first = "1.甲。（责任单位：市财政局、市经济开发区管委会）\n"
    doc = parse_text(HEAD + first + "2.乙。（责任单位：市民政局、市经济开发区")
    assert [units(t)[1] for t in doc.tasks] == [
        ["市财政局", "市经济开发区管委会"],
        ["市民政局"],
    ]
    # named nowhere else, or followed by more text, it stays as printed
    alone = parse_text(HEAD + "2.乙。（责任单位：市民政局、市经济开发区")
    assert units(alone.tasks[0])[1] == ["市民政局", "市经济开发区"]
    closed = parse_text(HEAD + first + "2.乙。（责任单位：市民政局、市经济开发区）\n")
    assert units(closed.tasks[1])[1] == ["市民政局", "市经济开发区"]


def test_a_long_lines_wrap_alone_below_it_closes_the_title() -> None:
    doc = parse_text(
        "1.农业部门\n(1)对疫区、受威胁区内易感畜禽的饲养和经营，及畜禽产品的生产、运输、销售等活动进行监督\n"
        "管理。\n(2)建立紧急防疫物资储备库。\n"
        "2.财政部门\n(1)加强组织领导\n做好经费保障。\n"
    )
    assert [t.title for t in doc.tasks] == [
        "对疫区、受威胁区内易感畜禽的饲养和经营，及畜禽产品的生产、运输、销售等活动进行监督管理",
        "建立紧急防疫物资储备库",
        "加强组织领导",  # a short heading's line: the sentence below it is its body
    ]


def test_a_sites_mark_inside_an_items_line_cuts_it_and_what_follows_is_none_of_its() -> None:
    text = (
        HEAD + "一、做好防范应对工作\n1.镇党政办加强与县气象局对接，及时发布预警。\n"
        "2.镇农技站要立即组织农技人员深入一线，确保农 ……此处隐藏3661个字……责任划分。\n"
        "5.5物资和设施保障\n应急物资实行分级储备。\n"
    )
    assert [(t.label, t.title, units(t)[0]) for t in parse_text(text).tasks] == [
        ("1.", "加强与县气象局对接，及时发布预警", ["镇党政办"]),
        ("2.", "要立即组织农技人员深入一线，确保农", ["镇农技站"]),
    ]  # (5.5 after the mark: a section the page left out, no sub-item of 2.)


def test_the_work_named_before_by_leads_in_to_its_units() -> None:
    text = (
        HEAD
        + "（一）建立专班机制。专项行动由镇平安办牵头，组建工作专班。\n（二）建立报送机制。每周报送进展。\n"
    )
    first, _ = parse_text(text).tasks
    assert units(first) == (["镇平安办"], [], [])


def test_the_list_of_attachments_after_the_plan_is_none_of_its_tasks() -> None:
    plan = (
        HEAD + "一、重点任务\n（一）加强宣传。开展宣传活动。（市委宣传部牵头）\n"
        "（二）加强监管。开展联合检查。（市市场监管局负责）\n"
    )
    expected: list[tuple[str, tuple[list[str], list[str], list[str]]]] = [
        ("加强宣传", (["市委宣传部"], [], [])),
        ("加强监管", (["市市场监管局"], [], [])),
    ]
    inline = parse_text(
        plan + "附件：1.《某市人才认定标准》（试行）；\n2.《某市人才待遇规定》（暂行）；\n"
    )
    assert [(t.title, units(t)) for t in inline.tasks] == expected  # no unit 暂行
    lined = parse_text(plan + "附件：\n1.《某市人才认定标准》\n2.《某市人才待遇规定》\n")
    assert [(t.title, units(t)) for t in lined.tasks] == expected  # no clause of （二） theirs
    # a plan printed in full after the line keeps its items
    full = parse_text(
        HEAD + "现将方案印发给你们，请认真贯彻执行。\n附件：某市行动方案\n"
        "一、重点任务\n（一）加强宣传。（市委宣传部牵头）\n（二）加强监管。（市市场监管局负责）\n"
    )
    assert [(t.title, units(t)) for t in full.tasks] == expected


def test_a_slogan_quoted_in_a_sentence_names_no_units() -> None:
    doc = parse_text(
        HEAD + "一、重点任务\n（一）加强宣传。开展宣传活动。（市委宣传部牵头）\n"
        "（二）加强监管。建立“市委统一领导、组织部门牵头抓总、各职能部门密切配合”的工作格局。\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("加强宣传", (["市委宣传部"], [], [])),
        ("加强监管", ([], [], [])),
    ]
    plain = parse_text(
        HEAD + "一、重点任务\n（一）加强宣传。开展宣传活动。（市委宣传部牵头）\n"
        "（二）加强监管。组织部门牵头抓总，各职能部门密切配合。\n"
    )
    assert units(plain.tasks[1]) == (["组织部门"], [], ["各职能部门"])  # unquoted: its clause
