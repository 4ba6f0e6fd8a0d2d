from __future__ import annotations

import polars as pl
import pytest

from pipeline.export import xlsx_rows
from pipeline.export.xlsx_cells import Col
from pipeline.export.xlsx_rows import Profile, fit_widths, grouped_rows, profile, table_rows
from pipeline.export.xlsx_styles import QUOTED, Style

FRAME = pl.DataFrame(
    {
        "unit": ["甲", "甲", "乙"],
        "no": [1, 2, 3],
        "text": ["短", "a & b", None],
        "risky": ["=SUM(A1)", "ok", " 空格"],
    }
)
COLS = [
    Col("编号", pl.col("no"), Style.CENTER, width=6, number=True),
    Col("内容", pl.col("text"), width=10),
    Col("备注", pl.col("risky"), width=10),
    Col("填写", pl.lit(None, dtype=pl.String), Style.INPUT, width=8),
]


def test_profiles_say_what_each_column_needs() -> None:
    assert profile(FRAME, COLS) == [
        Profile(empty=False, blank=False, escape=False, risky=False, spaced=False),
        Profile(empty=True, blank=False, escape=True, risky=False, spaced=False),
        Profile(empty=False, blank=False, escape=False, risky=True, spaced=True),
        Profile(empty=True, blank=True, escape=False, risky=False, spaced=False),
    ]


def test_rows_render_every_case() -> None:
    xml = b"".join(table_rows(FRAME, COLS, 5, (6, 10, 10, 8))).decode()
    assert xml == (
        '<row r="5" ht="18" customHeight="1"><c r="A5" s="5"><v>1</v></c>'
        '<c r="B5" s="4" t="inlineStr"><is><t>短</t></is></c>'
        f'<c r="C5" s="{Style.TEXT + QUOTED}" t="inlineStr"><is><t>=SUM(A1)</t></is></c>'
        '<c r="D5" s="6"/></row>'
        '<row r="6" ht="18" customHeight="1"><c r="A6" s="5"><v>2</v></c>'
        '<c r="B6" s="4" t="inlineStr"><is><t>a &amp; b</t></is></c>'
        '<c r="C6" s="4" t="inlineStr"><is><t>ok</t></is></c><c r="D6" s="6"/></row>'
        '<row r="7" ht="18" customHeight="1"><c r="A7" s="5"><v>3</v></c><c r="B7" s="4"/>'
        '<c r="C7" s="4" t="inlineStr"><is><t xml:space="preserve"> 空格</t></is></c>'
        '<c r="D7" s="6"/></row>'
    )


def test_pieces_and_groups_render_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = b"".join(table_rows(FRAME, COLS, 5, (6, 10, 10, 8)))
    monkeypatch.setattr(xlsx_rows, "_CHUNK", 1)
    assert b"".join(table_rows(FRAME, COLS, 5, (6, 10, 10, 8))) == whole
    groups = grouped_rows(FRAME, COLS, 5, (6, 10, 10, 8), by="unit")
    assert list(groups) == ["甲", "乙"]  # each group's rows start at row 5
    assert groups["甲"] == b"".join(table_rows(FRAME.head(2), COLS, 5, (6, 10, 10, 8)))
    assert groups["乙"] == b"".join(table_rows(FRAME.tail(1), COLS, 5, (6, 10, 10, 8)))


def test_widths_fit_the_widest_cell_within_bounds() -> None:
    cols = [Col("内容", pl.col("text"), width=30, min_width=3), Col("编号", pl.col("no"), width=4)]
    assert fit_widths(FRAME, cols) == (7, 6)
    assert fit_widths(FRAME.head(0), cols) == (6, 6)


def test_row_heights_grow_with_wrapped_text() -> None:
    frame = pl.DataFrame({"text": ["一" * 20]})
    xml = b"".join(table_rows(frame, [Col("内容", pl.col("text"))], 1, (11,))).decode()
    assert xml.startswith('<row r="1" ht="60" customHeight="1">')  # 40 units over 10: 4 lines
