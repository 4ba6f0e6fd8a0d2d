"""A 1 MB line of one repeated character validates, with bounded findings.

Only the findings are asserted here; how the time grows with the line's length is
measured by ``benchmarks/hostile.py`` (a search that is quadratic took minutes on this).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import run
from pipeline.validate.findings import MAX_TEXT, bounded, shorten

PLAN = "《郑州市测试行动方案》\n1）推进测试工作\n做好测试。（牵头单位：市大数据局）\n"
MB = 1_000_000


@pytest.mark.parametrize(
    ("line", "lost"),
    [
        ("?" * MB, 0),  # no Chinese beside it: not a lost character
        ("中" + "?" * MB + "文", 1),
        ("□" * MB, 1),
        ("中a" * (MB // 2), 1),  # hits two characters apart are one place
    ],
    ids=["?", "中?文", "□", "中a"],
)
def test_a_huge_line_validates_with_one_bounded_finding(
    tmp_path: Path, line: str, lost: int
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN + line + "\n", encoding="utf-8")
    report = run.check([path])
    assert report.counts().get("text.lost", 0) == lost
    for finding in report.findings:
        assert len(finding.message) <= MAX_TEXT
        assert len(finding.hint) <= MAX_TEXT
        assert len(finding.excerpt) <= 80


def test_a_long_lost_run_is_described_by_its_length(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN + "以社" + "?" * 100_000 + "体\n", encoding="utf-8")
    findings = run.check([path]).findings
    # The one task's body is far over an Excel cell too: a finding of its own.
    assert sorted(f.rule for f in findings) == ["excel.cell_too_long", "text.lost"]
    (finding,) = [f for f in findings if f.rule == "text.lost"]
    assert finding.message == "text lost in the scrape: “??????…??????, a run of 100,000 × '?'”"
    assert finding.hint == (
        f"add to {tmp_path.as_posix()}/plan.corrections.toml: [[correction]] whose find is the "
        "100,002 characters from line 4, column 2 (“社???????????????…???????????????体, "
        '100,002 characters”), replace = "<the text restored>", reason = "…"'
    )
    assert finding.excerpt == "以社" + "?" * 58 + "…"


def test_shorten_and_bounded_keep_short_text_whole() -> None:
    assert shorten("市大数据局") == "市大数据局"
    assert (
        shorten("甲乙" * 30)
        == "甲乙甲乙甲乙甲乙甲乙甲乙甲乙甲乙…甲乙甲乙甲乙甲乙甲乙甲乙甲乙甲乙, 60 characters"
    )
    assert bounded("x" * 1000) == "x" * 360 + "… (1,000 characters in all)"
