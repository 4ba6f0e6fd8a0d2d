"""A unit whose short name cannot name a file is a located finding at validation time."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import run
from tests.conftest import ROOT

PLAN = "《郑州市测试行动方案》\n1）推进测试工作\n做好测试。（牵头单位：市大数据局）\n"


@pytest.mark.parametrize(
    ("short", "problem"),
    [
        ("市大数据\u202exslx.exe", "has invisible or control characters (U+202E)"),
        ("市大数据\u200b局", "has invisible or control characters (U+200B)"),
        ("市大数据\x7f局", "has invisible or control characters (U+007F)"),
        ("市大数据\x9b局", "has invisible or control characters (U+009B)"),
        (".市大数据局", "starts with a dot (a hidden file)"),
        ("COM1", "is a device name Windows reserves"),
        ("😀" * 81, "is 81 characters (324 bytes of UTF-8); at most 80 characters and 120 bytes"),
    ],
)
def test_an_unsafe_short_name_is_a_unit_file_name_finding(
    tmp_path: Path, short: str, problem: str
) -> None:
    units = (ROOT / "schemas" / "units.csv").read_text(encoding="utf-8")
    hostile = units.replace(",郑州市大数据管理局,市大数据局,", f",郑州市大数据管理局,{short},")
    hostile = hostile.replace(",市数字城市办公室,", ",市数字城市办公室|市大数据局,", 1)
    assert hostile != units
    (tmp_path / "units.csv").write_text(hostile, encoding="utf-8")
    (tmp_path / "collectives.csv").write_bytes((ROOT / "schemas" / "collectives.csv").read_bytes())
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    report = run.check([tmp_path / "plan.txt"], registry=tmp_path / "units.csv")
    found = [f for f in report.findings if f.rule == "unit.file_name"]
    assert [(f.line, f.column, f.task_no) for f in found] == [(3, 12, 1)]
    assert found[0].message.endswith(f"cannot name its workbook: {problem}")
    assert not report.valid
