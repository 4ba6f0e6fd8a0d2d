from __future__ import annotations

from pipeline.export.xlsx_cells import cell, fit_height, letter, row, text_width
from pipeline.export.xlsx_styles import QUOTED, Style


def test_column_letters() -> None:
    assert [letter(i) for i in (0, 25, 26, 27, 701, 702, 16383)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"
    ]  # fmt: skip


def test_cells_are_text_numbers_or_empty() -> None:
    assert cell("A1", "市大数据局", Style.TEXT) == (
        '<c r="A1" s="4" t="inlineStr"><is><t>市大数据局</t></is></c>'
    )
    assert cell("B1", 12, Style.CENTER) == '<c r="B1" s="5"><v>12</v></c>'
    assert cell("C1", None, Style.INPUT) == cell("C1", "", Style.INPUT) == '<c r="C1" s="6"/>'
    assert cell("D1", " 前后空格 ", Style.TEXT) == (
        '<c r="D1" s="4" t="inlineStr"><is><t xml:space="preserve"> 前后空格 </t></is></c>'
    )


def test_a_formula_look_alike_gets_the_quoted_style() -> None:
    assert cell("A1", "=1+1", Style.TEXT) == (
        f'<c r="A1" s="{Style.TEXT + QUOTED}" t="inlineStr"><is><t>=1+1</t></is></c>'
    )


def test_rows_and_heights() -> None:
    assert row(3, [("a", Style.TEXT)], 20) == (
        '<row r="3" ht="20" customHeight="1"><c r="A3" s="4" t="inlineStr"><is><t>a</t></is></c></row>'
    )
    assert text_width("市大数据局ab") == 12
    assert fit_height([("一" * 5, 11)]) == 18  # 10 units in 10: one line
    assert fit_height([("一" * 10, 11)]) == 32  # 20 units: two lines
    assert fit_height([("一" * 10, 30), ("甲\n乙\n丙", 10)]) == 3 * 14 + 4
