from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal

from pipeline.export.xml_text import escape, escape_expr, hex_escapes_kept, without_control

TRICKY = [
    "a & b < c > d",
    "line\r\nnext",
    "ctrl\x01\x0b\x1f\ufffe",
    "_x0041_ and _xZZ_",
    "中文",
    "",
]


def test_escape_makes_text_safe_for_a_text_node() -> None:
    assert [escape(t) for t in TRICKY] == [
        "a &amp; b &lt; c &gt; d",
        "line&#13;\nnext",
        "ctrl",
        "_x005F_x0041_ and _xZZ_",
        "中文",
        "",
    ]


def test_the_frame_path_escapes_as_the_python_path() -> None:
    frame = pl.DataFrame({"t": TRICKY})
    cleaned = hex_escapes_kept(without_control(frame), ["t"])
    escaped = cleaned.select(escape_expr(pl.col("t")))["t"].to_list()
    assert escaped == [escape(t) for t in TRICKY]


def test_columns_without_rare_characters_are_left_alone() -> None:
    frame = pl.DataFrame({"t": ["甲", "乙"], "n": [1, 2]})
    assert_frame_equal(without_control(frame), frame)
    assert_frame_equal(hex_escapes_kept(frame, ["t", "n"]), frame)
