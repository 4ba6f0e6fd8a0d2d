"""Cells of a space-aligned line (pipeline/parse/aligned.py) and the tables they make."""

from __future__ import annotations

from pipeline.grammar import default_grammar
from pipeline.model import Role
from pipeline.parse import aligned
from tests.parse.test_loose import spans
from tests.parse.test_parser import HEAD, parse_text, units

HEADER = "序号  工作任务          县级责任领导  主要责任单位    其他责任单位      完成时限"
ROWS = (
    "1     建设物流园区      孙国庆        县商务局        县财政局、县交通局  2025年12月底\n"
    "2     实施供水工程      李春华、马晓东  县水利局                          2025年9月底\n"
)


def test_width_counts_a_wide_character_as_two_columns() -> None:
    assert [aligned.width(t) for t in ("序号", "12", "１２", "A 县", "")] == [4, 2, 4, 4, 0]


def test_header_words_split_on_any_spaces_and_cells_on_two_or_more() -> None:
    text = "序号 工作任务  孙 国庆   县水利局"
    assert aligned.words(text, 0, len(text)) == [
        (0, (0, 2)),
        (5, (3, 7)),
        (15, (9, 10)),
        (18, (11, 13)),
        (25, (16, 20)),
    ]
    assert [(at, text[s:e]) for at, (s, e) in aligned.cells(text, 0, len(text))] == [
        (0, "序号 工作任务"),
        (15, "孙 国庆"),
        (25, "县水利局"),
    ]


def test_cells_go_to_the_nearest_column_and_a_missing_one_is_empty() -> None:
    assert aligned.assign([0, 6, 20, 40], [(0, (0, 1)), (8, (2, 5)), (41, (9, 12))]) == [
        (0, 1),
        (2, 5),
        (5, 5),
        (9, 12),
    ]
    assert aligned.assign([0, 6, 20], [(0, (0, 1)), (5, (2, 3)), (8, (4, 5))]) is None


def test_page_numbers() -> None:
    assert [aligned.is_page_number(t) for t in ("  — 4 —", "- 5 -", "第6页", "7/12", "4 任务")] == [
        True,
        True,
        True,
        True,
        False,
    ]


def test_table_header_words_of_a_pdf_export() -> None:
    g = default_grammar()
    assert [g.header_kind(w) for w in ("主要责任单位", "其他责任单位", "县级责任领导")] == [
        Role.LEAD,
        Role.RESPONSIBLE,
        "leaders",
    ]
    # as a label (主要责任单位：区发展改革委) it names the lead too
    assert g.label_kind("主要责任单位") is Role.LEAD


def test_space_aligned_table_with_an_empty_cell_and_a_repeated_header() -> None:
    page_two = (
        "3     新建农田          李春华        县农业农村局    各乡镇人民政府等  2025年11月底\n"
    )
    doc = parse_text(
        HEAD
        + HEADER
        + "\n"
        + ROWS
        + "\n          — 4 —\n\n"
        + HEADER
        + "\n"
        + page_two
        + "\n附件2\n"
    )
    assert [
        (t.no, t.title, units(t), t.leaders, t.deadline, [m.etc for m in t.responsible])
        for t in doc.tasks
    ] == [
        (
            1,
            "建设物流园区",
            (["县商务局"], ["县财政局", "县交通局"], []),
            ("孙国庆",),
            "2025年12月底",
            [False, False],
        ),
        (2, "实施供水工程", (["县水利局"], [], []), ("李春华", "马晓东"), "2025年9月底", []),
        (
            3,
            "新建农田",
            (["县农业农村局"], ["各乡镇人民政府"], []),
            ("李春华",),
            "2025年11月底",
            [True],
        ),
    ]


def test_prose_with_spaces_is_no_table() -> None:
    doc = parse_text(HEAD + "序号  工作任务  主要责任单位  说明\n1  建设物流园区  县商务局  无\n")
    assert doc.tasks == ()


def test_a_header_word_spread_letter_by_letter_is_joined() -> None:
    text = "序号 工 作 任 务 牵头负责部门"
    known = {"序号", "工作任务", "牵头负责部门"}.__contains__
    joined = aligned.spread(text, aligned.words(text, 0, len(text)), known)
    assert [text[s:e] for _, (s, e) in joined] == ["序号", "工 作 任 务", "牵头负责部门"]


def test_a_single_spaced_row_gives_the_title_the_words_between() -> None:
    text = "3 新增 绿道45公里 市城管局 年底"
    cells = aligned.single(text, 0, len(text), 4, 1)
    assert cells is not None
    assert [text[s:e] for s, e in cells] == ["3", "新增 绿道45公里", "市城管局", "年底"]
    assert aligned.single(text, 0, 6, 4, 1) is None  # too few words


def test_a_single_spaced_table_whose_last_row_is_cut() -> None:
    rows = (
        "1 城镇新增就业2.5万人以上 市人力资源社会保障局\n"
        "2 改造城镇老旧小区86个,惠及居民2.1万户,同步推进小区加装电梯120部和停车位改造 市住建局\n"
        "3 新增城市绿道45公里 市城"
    )
    doc = parse_text(HEAD + "序号 工 作 任 务 牵头负责部门\n" + rows)
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "城镇新增就业2.5万人以上", (["市人力资源社会保障局"], [], [])),
        (
            2,
            "改造城镇老旧小区86个，惠及居民2.1万户，同步推进小区加装电梯120部和停车位改造",
            (["市住建局"], [], []),
        ),
        (3, "新增城市绿道45公里", ([], [], [])),  # (市城: a name the page cut, left out)
    ]


def test_single_spaced_rows_with_a_group_column_read_empty_merged_cells_from_spaces() -> None:
    def cells(line: str) -> list[str] | None:
        found = aligned.single_grouped(line, 0, len(line), 6, 2)
        return None if found is None else [line[s:e] for s, e in found]

    # 序号 类别 主要任务 细化措施 牵头单位 责任单位
    assert cells("1 加强岸线管 理 严格岸线管制 划定管理范围。 市水利局 各县政府") == [
        "1", "加强岸线管 理", "严格岸线管制", "划定管理范围。", "市水利局", "各县政府",
    ]  # fmt: skip
    assert cells("2  落实岸线 保护规划 编制规划。 市水利局 各县政府") == [
        "2", "", "落实岸线 保护规划", "编制规划。", "市水利局", "各县政府",
    ]  # fmt: skip
    assert cells("3   清理违法占用。 市水利局 各县政府") == [
        "3", "", "", "清理违法占用。", "市水利局", "各县政府",
    ]  # fmt: skip
    assert cells("4 市水利局") is None


def test_a_group_column_before_the_number_is_printed_on_a_group_s_first_row_only() -> None:
    def cells(line: str) -> list[str] | None:
        found = aligned.single_group_first(line, 0, len(line), 5, 2)
        return None if found is None else [line[s:e] for s, e in found]

    # 政策类别 序号 扶持政策事项 政策依据 实施部门
    assert cells("减税降费 1 减免增值税 白政发5号 市税务局") == [
        "减税降费", "1", "减免增值税", "白政发5号", "市税务局",
    ]  # fmt: skip
    assert cells("2 缓缴社会保险费 白政发5号 市人社局") == [
        "", "2", "缓缴社会保险费", "白政发5号", "市人社局",
    ]  # fmt: skip
    assert cells("3 白政发5号 市人社局") is None  # too few words


def test_a_single_spaced_table_with_its_group_column_first_and_an_unread_column() -> None:
    doc = parse_text(
        HEAD
        + "政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门\n"
        + "减税降费（共2项） 1 减免增值税 对小规模纳税人免征。 白政发5号 责任单位：市税务局、市财政局\n"
        + "2 缓缴社会保险费 对困难行业缓缴。 白政发5号 责任单位：市人社局\n"
    )
    assert [(t.no, t.title, t.body, units(t)) for t in doc.tasks] == [
        (1, "减免增值税", "对小规模纳税人免征。", ([], ["市税务局", "市财政局"], [])),
        (2, "缓缴社会保险费", "对困难行业缓缴。", ([], ["市人社局"], [])),
    ]


def test_a_row_numbered_10_is_a_row_not_also_a_project_numbered_10() -> None:
    rows = [
        ("第一类 " if n in (1, 11) else "")
        + f"{n} 推进第{n}项{'重点' * (n % 4)}工作 完成建设。 政发{n}号 责任单位：市财政局"
        for n in range(1, 13)
    ]
    doc = parse_text(
        HEAD + "政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门\n" + "\n".join(rows)
    )
    assert [(t.label, t.title) for t in doc.tasks[8:]] == [
        ("9", "推进第9项重点工作"), ("10", "推进第10项重点重点工作"),
        ("11", "推进第11项重点重点重点工作"), ("12", "推进第12项工作"),
    ]  # fmt: skip
    assert len(doc.tasks) == 12


def test_a_single_spaced_row_with_both_merged_cells_empty_repeats_the_title_above() -> None:
    doc = parse_text(
        HEAD
        + "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        + "1 节水 严守用水效率红线 落实用水效率评估。 市水利局 市发改委 各县政府\n"
        + "2   抓好工业节水。 市工信局、市水利局 市发改委 各县政府\n"
    )
    assert [(t.no, t.title, t.body, units(t)) for t in doc.tasks] == [
        (1, "严守用水效率红线", "落实用水效率评估。", (["市水利局"], ["各县政府"], ["市发改委"])),
        (
            2,
            "严守用水效率红线",
            "抓好工业节水。",
            (["市工信局", "市水利局"], ["各县政府"], ["市发改委"]),
        ),
    ]


def test_a_single_spaced_row_goes_on_below_with_one_unit_a_line() -> None:
    text = "2 农业增加值增长4%。 县农业局\n县林业局\n县水务局\n同比增长3.1%。\n3 下一行"
    lines = spans(text)
    under = aligned.below(text, lines, 0)
    assert under == lines[1:4]  # up to the next row
    assert under is not None
    cells = aligned.single_wrapped(text, lines[0], under, 4, 1)
    assert cells is not None
    assert [text[s:e] for s, e in cells] == [
        "2", "农业增加值增长4%。", "县农业局\n县林业局\n县水务局", "同比增长3.1%。",
    ]  # fmt: skip
    # a line between that is no unit name (a sentence) does not fit
    text = "2 农业增加值增长4%。 县农业局\n已完成，超额。\n同比增长3.1%。\n"
    lines = spans(text)
    assert aligned.single_wrapped(text, lines[0], lines[1:3], 4, 1) is None
    assert aligned.below("1 甲 乙\n二、重点工作\n", spans("1 甲 乙\n二、重点工作\n"), 0) == []


def test_a_wrapped_row_s_last_line_may_hold_a_word_for_each_last_column() -> None:
    text = "34 发挥平台作用。 区科技局\n区药投公司\n区发改委、区农投公司。 2023年12月底\n35 下一行"
    lines = spans(text)
    under = aligned.below(text, lines, 0)
    assert under is not None
    cells = aligned.single_wrapped(text, lines[0], under, 5, 1)
    assert cells is not None
    assert [text[s:e] for s, e in cells] == [
        "34",
        "发挥平台作用。",
        "区科技局\n区药投公司",
        "区发改委、区农投公司。",
        "2023年12月底",
    ]  # fmt: skip  (the lead cell a unit a line, the last line two cells apart by a space)


def test_a_single_spaced_table_with_a_progress_column_and_section_rows() -> None:
    doc = parse_text(
        HEAD
        + "序号 目标任务 责任单位 一季度推进情况\n"
        + "一、主要预期目标\n"
        + "1 地区生产总值增长6.5%左右。 县发展改革委 同比增长5.8%。\n"
        + "2 农业增加值增长4%。 县农业农村局\n县林业局\n同比增长3.1%。\n"
        + "二、重点工作\n"
        + "(一)推动产业转型升级\n"
        + "3 培育专精特新企业10家。 县经济信息局 已认定3家。\n"
        + "三、保障措施\n"
        + "1 加强组织领导。 县政府办 已部署。\n"
    )
    assert [(t.no, t.title, units(t)) for t in doc.tasks] == [
        (1, "地区生产总值增长6.5%左右", ([], ["县发展改革委"], [])),
        (2, "农业增加值增长4%", ([], ["县农业农村局", "县林业局"], [])),
        (3, "培育专精特新企业10家", ([], ["县经济信息局"], [])),
    ]  # a row numbered 1 again after a section row is not the table's


def test_a_header_with_an_unknown_word_that_is_no_progress_column_is_no_table() -> None:
    doc = parse_text(HEAD + "序号 目标任务 责任单位 说明\n1 新建学校2所。 县教育局 无\n")
    assert doc.tasks == ()


def test_a_single_spaced_row_the_text_cuts_keeps_its_number_and_title() -> None:
    row = "5 市直执法部门全面完成制度建设工作，编印"
    cells = aligned.single_cut(row, 0, len(row), 4, 1)
    assert cells is not None
    assert [row[a:b] for a, b in cells] == ["5", "市直执法部门全面完成制度建设工作，编印", "", ""]
    assert aligned.single_cut("5", 0, 1, 4, 1) is None  # no word of the title printed
