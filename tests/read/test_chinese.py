"""Shared Chinese text helpers (pipeline/read/chinese.py)."""

from __future__ import annotations

from pipeline.read.chinese import blank_from, unwrap


def test_a_wrap_space_goes_between_characters_and_beside_full_width_quotes_and_brackets() -> None:
    assert unwrap("有的搬 迁后") == "有的搬迁后"
    assert (
        unwrap("分栏展示 “文明校园” 创建 《准则》 （试行）")
        == "分栏展示“文明校园”创建《准则》（试行）"
    )
    assert (
        unwrap("Wi-Fi 全覆盖 5G 基站") == "Wi-Fi 全覆盖 5G 基站"
    )  # beside Latin text a space stays


def test_a_slogans_space_inside_quotation_marks_stays_and_wrap_spaces_go() -> None:
    text = "开展“关爱生命 救在身边”活动，弘扬“关爱生命救在身边” 市 财政局 “领导+专 班”"
    assert unwrap(text) == "开展“关爱生命 救在身边”活动，弘扬“关爱生命救在身边”市财政局“领导+专班”"


def test_blank_from_reads_whitespace_or_the_given_characters_to_the_end() -> None:
    text = "甲。\n \u3000\n"
    assert blank_from(text, 2) is True
    assert blank_from(text, 1) is False
    assert blank_from(text, len(text)) is True
    assert blank_from("乙 |\n|", 1) is False
    assert blank_from("乙 |\n|", 1, " \n|") is True
    assert blank_from("乙 | 丙", 1, " \n|") is False
