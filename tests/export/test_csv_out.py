from __future__ import annotations

import polars as pl
import pytest

from pipeline.export import csv_out
from pipeline.export.csv_out import csv_chunks, neutralised


def test_text_that_starts_like_a_formula_gets_a_quote() -> None:
    frame = pl.DataFrame(
        {"t": ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", None], "n": range(8)}
    )
    assert neutralised(frame)["t"].to_list() == [
        "'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "a=b", None
    ]  # fmt: skip
    assert neutralised(pl.DataFrame({"n": [-1]}))["n"].to_list() == [-1]  # numbers stay numbers


def test_utf8_with_a_bom_and_one_header_row(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = pl.DataFrame({"单位": ["市大数据局", "市政务办", "市财政局"], "n": [1, 2, 3]})
    expected = "\ufeff单位,n\n市大数据局,1\n市政务办,2\n市财政局,3\n".encode()
    assert b"".join(csv_chunks(frame)) == expected
    monkeypatch.setattr(csv_out, "_CHUNK", 2)
    assert b"".join(csv_chunks(frame)) == expected
    assert b"".join(csv_chunks(frame.head(0))) == "\ufeff单位,n\n".encode()
