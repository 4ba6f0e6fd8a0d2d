"""Table header words of schemas/grammar.toml's [table]: body columns and a table's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.grammar import NUMBER, TITLE, GrammarError, default_grammar, load_grammar
from pipeline.model import Role
from pipeline.parse.table_header import column, header, header_word, titled
from tests.parse.test_parser import HEAD, parse_text, units
from tests.test_grammar import PACKAGED


def test_header_words_a_table_uses_name_roles_leaders_and_deadlines() -> None:
    g = default_grammar()
    assert [g.header_kind(w) for w in ("分管市长", "分管副市长", "分管副县长")] == ["leaders"] * 3
    assert [
        g.header_kind(w) for w in ("责任主体", "主要责任人", "时间安排", "时限", "主要内容")
    ] == [
        Role.RESPONSIBLE,
        "leaders",
        "deadline",
        "deadline",
        None,
    ]
    assert g.body_headers == (
        "主要内容",
        "具体内容",
        "具体要求",
        "具体工作要求",
        "具体工作",
        "细化措施",
        "工作措施",
        "项目建设规模及内容",
        "建设规模及内容",
        "建设内容及规模",
        "项目内容",
        "年度目标",
        "政策内容",
        "任务要求及举措",
        "工作要求及举措",
        "工作要求",
        "指标内容",
    )
    # an indicator table (一级指标 | 二级指标 | 三级指标 | 指标内容 | 任务分解 | 责任单位 | …):
    # the indicators group the rows, 任务分解 names each row's task
    assert [column(w, g) for w in ("一级指标", "三级指标", "任务分解", "责任清单", "完成年限")] == [
        "group",
        "group",
        "title",
        Role.RESPONSIBLE,
        "deadline",
    ]
    assert [g.header_kind(w) for w in ("责任街镇", "完成时间节点")] == [
        Role.RESPONSIBLE,
        "deadline",
    ]
    assert [g.header_kind(w) for w in ("责任主体与协同单位", "建设起止年限", "起止年限")] == [
        Role.RESPONSIBLE,
        "deadline",
        "deadline",
    ]
    assert "全年目标任务" in g.title_headers and "目标任务" in g.title_headers
    assert "主要目标" in g.title_headers  # a table of a plan's targets (领域 | 主要目标 | …)
    assert "实事项目" in g.title_headers and "主要内容" not in g.title_headers
    assert "事项" in g.title_headers and g.group_headers == (
        "分类",
        "分块",
        "类别",
        "板块",
        "事项分类",
        "项目分类",
        "项目类别",
        "大类",
        "政策类别",
        "领域",
        "一级要点",
        "一级指标",
        "二级指标",
        "三级指标",
    )
    assert "二级要点" in g.title_headers  # 一级要点 | 二级要点: the second level is the task
    assert g.unread_parts == ("依据", "备注", "电话")
    assert [g.header_kind(w) for w in ("责任科室", "时限要求")] == [Role.RESPONSIBLE, "deadline"]
    assert g.header_kind("相关责任部门") is Role.RESPONSIBLE
    # A table's own words are no clause labels: 时间安排：… in a task's text stays text. But
    # 责任主体 labels units inside a clause too (（牵头部门：X；配合部门：Y；责任主体：Z）).
    assert g.label_kind("时间安排") is None and g.label_kind("责任主体") is Role.RESPONSIBLE


def test_responsibility_subject_table() -> None:
    doc = parse_text(
        HEAD
        + "序号\t工作任务\t责任主体\t主要责任人\t配合部门\t时间安排\n"
        + "1\t推行企业开办。一日办结\t县财政局、县商务局\t钱立新、孙红梅\t县税务局等\t全年\n"
        + "2\t清理拖欠账款\t县财政局\t李卫东\t\t2025年12月底前\n"
    )
    first, second = doc.tasks
    assert (first.title, first.body, units(first)) == (
        "推行企业开办",
        "一日办结",
        ([], ["县财政局", "县商务局"], ["县税务局"]),
    )
    assert (first.leaders, first.deadline) == (("钱立新", "孙红梅"), "全年")
    assert [m.text for m in first.mentions if m.etc] == ["县税务局"]
    assert (second.title, units(second), second.leaders, second.deadline) == (
        "清理拖欠账款",
        ([], ["县财政局"], []),
        ("李卫东",),
        "2025年12月底前",
    )


def test_the_title_comes_from_the_task_column_and_the_content_goes_to_the_body() -> None:
    doc = parse_text(
        HEAD
        + "序号 | 实事项目 | 主要内容 | 责任单位 | 完成时间\n"
        + "1 | 新增托位 | 新建服务点；支持幼儿园。新建站 | 市卫生健康委（牵头）；市教育局 | 11月底\n"
    )
    (task,) = doc.tasks
    assert (task.title, task.body, task.note) == (
        "新增托位",
        "新建服务点；支持幼儿园。新建站",
        None,
    )
    assert units(task) == (["市卫生健康委"], ["市教育局"], [])


def test_a_cell_naming_the_task_before_a_content_column_is_the_title() -> None:
    g = default_grammar()
    words = ["序号", "重点工作任务和保障措施", "工作内容", "牵头部门", "协同部门", "实施主体"]
    assert header(words, g) == [
        NUMBER, TITLE, TITLE, Role.LEAD, Role.COOPERATING, Role.RESPONSIBLE
    ]  # fmt: skip
    # a cell holding 任务 before a title column of no content stays unread
    assert header(["序号", "任务来源", "工作任务", "牵头单位"], g) == [
        NUMBER, None, TITLE, Role.LEAD
    ]  # fmt: skip
    (task,) = parse_text(
        HEAD
        + "序号 | 重点工作任务 | 工作内容 | 牵头部门\n1 | 完善规划 | 修编专项规划。 | 市建设局 |\n"
    ).tasks
    assert (task.title, task.body) == ("完善规划", "修编专项规划。")


def test_a_content_column_alone_is_the_title() -> None:
    (task,) = parse_text(
        HEAD + "序号 | 主要内容 | 牵头单位\n1 | 建设平台。分两期 | 市财政局\n"
    ).tasks
    assert (task.title, task.body, units(task)) == ("建设平台", "分两期", (["市财政局"], [], []))


def test_a_grammar_without_the_body_words_is_refused(tmp_path: Path) -> None:
    text = PACKAGED.read_text(encoding="utf-8").replace("\nbody = [", "\nbodies = [", 1)
    path = tmp_path / "grammar.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GrammarError, match=r"\[table\] unknown key\(s\): bodies; missing: body"):
        load_grammar(path)


def test_a_header_cell_holding_a_title_word_is_the_title_when_no_cell_is_one() -> None:
    g = default_grammar()
    assert g.title_parts == ("任务", "内容", "事项", "名称", "举措", "指标", "科目")
    words = ["序号", "具体工作任务和要求", "责任领导", "责任单位", "落实情况"]
    columns = [NUMBER, None, "leaders", Role.RESPONSIBLE, None]
    assert titled(words, columns, g) == [NUMBER, TITLE, "leaders", Role.RESPONSIBLE, None]
    # the first such cell only; 进展情况 holds no title word and stays unread
    words = ["序号", "内容与要求", "进展情况", "任务来源", "责任单位"]
    columns = [NUMBER, None, None, None, Role.RESPONSIBLE]
    assert titled(words, columns, g) == [NUMBER, TITLE, None, None, Role.RESPONSIBLE]
    # an indicators table: 指标及计算方法 names the rows
    words = ["领域", "序号", "责任部门", "指标及计算方法", "2025年"]
    columns = [None, NUMBER, Role.RESPONSIBLE, None, None]
    assert titled(words, columns, g) == [None, NUMBER, Role.RESPONSIBLE, TITLE, None]
    # no title word: a table of targets by place names its rows by the first cell
    words = ["县（市、区）", "碳强度下降目标", "节能目标", "责任部门"]
    columns = [None, None, None, Role.RESPONSIBLE]
    assert titled(words, columns, g) == [TITLE, None, None, Role.RESPONSIBLE]
    assert titled(["备注", "责任部门"], [None, Role.RESPONSIBLE], g) == [None, Role.RESPONSIBLE]
    # a cell that is exactly a title word wins: the other stays unread
    words = ["序号", "重点任务", "工作内容与要求", "牵头单位"]
    columns = [NUMBER, TITLE, None, Role.LEAD]
    assert titled(words, columns, g) == columns


def test_a_year_before_a_header_word_is_read_past() -> None:
    # 附件1 of a 目标任务 notice: a year's targets, one a row; the annex after it has no rows
    cells = [
        "序号", "2026年预期目标", "责任单位",
        "1", "地区生产总值增长6%左右", "区发展改革委",
        "2", "一般公共预算收入增长4%左右", "区财政局",
        "附件2", "序号", "工作任务", "牵头单位", "配合单位",
    ]  # fmt: skip
    doc = parse_text(HEAD + "\n\n".join(cells) + "\n")
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "地区生产总值增长6%左右", ([], ["区发展改革委"], [])),
        (2, "一般公共预算收入增长4%左右", ([], ["区财政局"], [])),
    ]


def test_a_pipe_table_whose_title_header_holds_a_title_word() -> None:
    (first, second) = parse_text(
        HEAD
        + "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
        + "1 | 新建学校2所。秋季开学 | 韩立 | 县教育局 各乡镇政府 | 县住建局已完工 |\n"
        + "2 | 改造小区8个 | 宋佳 | 县住建局 | |\n"
    ).tasks
    assert (first.title, first.body, first.leaders) == ("新建学校2所", "秋季开学", ("韩立",))
    assert units(first) == ([], ["县教育局", "各乡镇政府"], [])
    assert (second.title, units(second)) == ("改造小区8个", ([], ["县住建局"], []))


def test_a_wrapped_leaders_header_cell_is_one_column() -> None:
    g = default_grammar()
    assert g.header_kind("市政府分管领导") == "leaders" and g.header_kind("市政府") is None
    cells = [
        "序号", "重点工作", "市政府", "分管领导", "牵头单位", "配合单位", "备注",
        "推动产业升级。", "", "", "", "",
        "1", "建设产业园。", "周海", "市工信局", "市商务局、市科技局", "",
        "2", "培育企业。", "林雪", "市科技局", "市财政局",
    ]  # fmt: skip
    doc = parse_text(HEAD + "".join(c + "\n\n" if c else "\n" for c in cells))
    first, second = doc.tasks
    assert (first.title, first.leaders, units(first)) == (
        "建设产业园",
        ("周海",),
        (["市工信局"], [], ["市商务局", "市科技局"]),
    )
    assert (second.title, second.leaders, units(second)) == (
        "培育企业",
        ("林雪",),
        (["市科技局"], [], ["市财政局"]),
    )


def test_a_pipe_header_running_on_over_a_second_line_heads_a_table_of_two_rows() -> None:
    assert default_grammar().header_kind("承办单位") == Role.RESPONSIBLE
    (first, second) = parse_text(
        HEAD
        + "序号 | 决策事项名称 | 承办单位 | 计划决策 时间 |\n"
        + "是否履行公众参与 | 是否履行专家论证 |\n"
        + "1 | 修订城区停车收费办法 | 城投 | 第一季度 | 是 | 是 |\n"
        + "2 | 编制养老服务设施规划 | 民政局 | 第二季度 | 是 | 否 |\n"
    ).tasks
    assert (first.title, units(first)) == ("修订城区停车收费办法", ([], ["城投"], []))
    assert (second.title, units(second)) == ("编制养老服务设施规划", ([], ["民政局"], []))
    # a second line whose cells are not as many as the row wants is no part of the header
    doc = parse_text(
        HEAD
        + "序号 | 决策事项名称 | 承办单位 |\n"
        + "是否履行公众参与 |\n"
        + "1 | 修订城区停车收费办法 | 城投 | 是 | 是 |\n"
    )
    assert doc.tasks == ()


def test_a_legend_after_a_header_word_leaves_the_word_s_column() -> None:
    g = default_grammar()
    assert column("责任部门（加*号为牵头部门）", g) is Role.RESPONSIBLE
    # the legend says the units it marks no lead cooperate: the marked one leads
    assert column("责任部门（加*号为牵头部门，其余为参与部门）", g) is Role.COOPERATING
    assert column("责任部门(加*号为牵头部门,其余为参与部门)", g) is Role.COOPERATING
    assert column("完成时限（月份）", g) == "deadline"  # a short qualifier, as before


def test_a_header_word_printed_with_its_letters_spaced_is_the_word() -> None:
    g = default_grammar()
    assert header_word("名 称", g) and header_word("主 要 目 标", g)
    assert header(["名 称", "责任单位", "工作任务与目标"], g) == ["title", Role.RESPONSIBLE, None]
    assert header(["领域", "主要目标", "主要责任单位", "责任单位"], g) == [
        "group",
        "title",
        Role.LEAD,
        Role.RESPONSIBLE,
    ]


def test_a_header_word_over_the_row_numbers_and_a_second_task_word_read_for_nothing() -> None:
    g = default_grammar()
    words = [
        "任务项",
        "重点工作内容",
        "牵头责任单位",
        "四季度任务分解",
        "四季度进展情况",
        "完成状况",
    ]
    assert header(words, g) == [NUMBER, TITLE, Role.LEAD, None, None, None]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("责任单位或牵头单位", Role.RESPONSIBLE),
        ("责任单位 或牵头单位", Role.RESPONSIBLE),  # a cell wrapped after its first word
        ("牵头或责任单位", Role.LEAD),
        ("标准或要求", None),  # neither word names units
        ("工作内容或要求", None),
    ],
)
def test_a_units_header_of_two_role_words_is_the_firsts(word: str, kind: Role | None) -> None:
    assert column(word, default_grammar()) == kind


def test_a_header_word_joining_two_roles_names_the_first() -> None:
    g = default_grammar()
    words = ["牵头单位、相关单位", "牵头单位/配合单位", "牵头单位及配合单位", "责任单位、配合单位"]
    assert [column(w, g) for w in words] == [Role.LEAD, Role.LEAD, Role.LEAD, Role.RESPONSIBLE]
    assert column("责任单位、完成时限", g) is None  # a role and a deadline: no one column
    # a long line of such words joined is no header word, read once (no recursion)
    assert column("、".join(["牵头单位"] * 5000), g) is None
    assert column("牵头单位、配合单位、责任单位", g) is None
