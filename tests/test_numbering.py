from __future__ import annotations

import pytest

from pipeline.numbering import is_heading, is_section, levels, match_number, to_int


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("1", 1), ("15", 15), ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
     ("一百零五", 105), ("①", 1), ("⑳", 20), ("㈠", 1), ("㈩", 10), ("⑴", 1), ("⒇", 20),
     ("⒈", 1), ("⒛", 20)],
)  # fmt: skip
def test_to_int(numeral: str, value: int) -> None:
    assert to_int(numeral) == value


@pytest.mark.parametrize(
    ("line", "style", "label", "value"),
    [
        ("一、总体要求", "一、", "一、", 1),
        ("（十二）提升能力", "（一）", "（十二）", 12),
        ("(3)推进", "（1）", "(3)", 3),
        ("1.推进", "1.", "1.", 1),
        ("12．推进", "1.", "12．", 12),
        ("3﹒推进", "1.", "3﹒", 3),
        ("1。在党中央坚强领导下", "1.", "1。", 1),
        ("3、推进", "1、", "3、", 3),
        ("1)推动", "1)", "1)", 1),
        ("10）推动", "1)", "10）", 10),
        ("②推动", "①", "②", 2),
        ("第一条\u3000全面清理", "第一条", "第一条", 1),
        ("第十二条 推进", "第一条", "第十二条", 12),
        ("第3条：推进", "第一条", "第3条：", 3),
        ("第二十条", "第一条", "第二十条", 20),
        ("第九章 加快特色村镇保护发展", "第一章", "第九章", 9),  # a 规划's chapters
        ("第二节\u3000发展特色产业", "第一节", "第二节", 2),  # and their sections
        ("一 、 扩大有效投资", "一、", "一 、", 1),  # a PDF's wrap space before the mark
        ("12 . 推进", "1.", "12 .", 12),
        ("1 .做好重污染天气应对", "1.", "1 .", 1),  # a PDF's space before the mark alone
        ("1.3在学校门口", "1.1", "1.3", 3),  # numbered by levels
        ("12.10 专业建设", "1.1", "12.10", 10),
        ("2.1.4学校定位", "1.1.1", "2.1.4", 4),
        ("4.6.12 次生灾害防御组", "1.1.1", "4.6.12", 12),  # 次 opens no amount after two points
        # one character for the number, as a word processor prints it: the style it stands for
        ("〔三〕整治裸露土地", "（一）", "〔三〕", 3),  # a document number's brackets
        ("㈠ 强化责任", "（一）", "㈠", 1),
        ("㈦推进", "（一）", "㈦", 7),
        ("⑵降低门槛", "（1）", "⑵", 2),
        ("⒊推进", "1.", "⒊", 3),
        ("(—)负责看台的人员分布", "（一）", "(—)", 1),  # a converter's dash for 一
        # a title that opens with a year: the year is no part of the number
        ("1.2009年底前，完成", "1.", "1.", 1),
        ("10．2026年完成", "1.", "10．", 10),
    ],
)
def test_match_number(line: str, style: str, label: str, value: int) -> None:
    number = match_number(line)
    assert number is not None
    assert (number.style, number.label, number.value) == (style, label, value)


@pytest.mark.parametrize(
    "line",
    [
        "2.0行动计划",
        "2025年，基本建成",
        "12345热线",
        "一体化平台",
        "提出：",
        "第一条主线",
        "第一节课",  # (a section's number is followed by a space)
        "第三章节",
        "第一批",
        "20 21 年",
        "3 .5亿元",
        "3.5亿元",  # amounts, not level numbers
        "1.5倍以上",
        "3.2公里通勤线路",
        "2.0版",
        "1.1%",
        "1.2009",  # digits with no 年 after them: an amount
        "2.2025亿元",
        "1.5次以上",  # an amount after one point
        "23.6.12日",  # a date
    ],
)
def test_not_a_number(line: str) -> None:
    assert match_number(line) is None
    assert not is_heading(line)


def test_heading_may_be_indented() -> None:
    assert is_heading("\u3000\u30001．推进")


@pytest.mark.parametrize(
    ("line", "style", "label", "value"),
    [
        ("１）推动", "1)", "１）", 1),
        ("（１）推动", "（1）", "（１）", 1),
        ("１、推动", "1、", "１、", 1),
        ("１２．推动", "1.", "１２．", 12),
        ("٣.推动", "1.", "٣.", 3),  # Arabic-Indic digit three
        ("1000.推动", "1.", "1000.", 1000),
        ("2000）推动", "1)", "2000）", 2000),
        ("一千零一、推动", "一、", "一千零一、", 1001),
    ],
)
def test_non_ascii_digits_and_no_upper_bound(line: str, style: str, label: str, value: int) -> None:
    number = match_number(line)
    assert number is not None
    assert (number.style, number.label, number.value) == (style, label, value)


def test_a_huge_run_of_digits_is_text_not_a_number() -> None:
    assert match_number("9" * 5000 + ".推动") is None
    assert match_number("123456789.推动") is not None


def test_a_section_number_opens_a_table_s_group_row() -> None:
    assert [
        is_section(line)
        for line in (
            "一、2026年主要预期目标",
            "（二）持续改善人居环境",
            "(三)",
            "3、新增",
            "1 地区",
        )
    ] == [True, True, True, False, False]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("01 项目名称：提升县域生态环境", 1),
        ("12 项目名称：加大文化惠民力度", 12),
        ("03　改善城区人居环境", 3),
        ("12 月底前完成主体工程", None),
        ("20 项任务全部完成", None),
        ("2026 年工作要点", None),
    ],
)
def test_two_digits_and_a_space_number_a_project_not_a_date(line: str, value: int | None) -> None:
    number = match_number(line)
    assert (number.value if number else None) == value
    assert number is None or number.style == "01"


def test_a_level_number_printed_alone_reads_as_its_levels() -> None:
    assert [levels(x) for x in ("1.3", "2.1.4", "12.10", "3", "1.", "1.1.1.1")] == [
        (1, 3), (2, 1, 4), (12, 10), None, None, None,
    ]  # fmt: skip
