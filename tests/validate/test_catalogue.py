"""A catalogue of malformed documents, each run end to end through `pipeline validate`."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from pipeline.validate import report
from tests.conftest import REAL

BASE = """郑州市人民政府关于印发郑州市测试行动方案的通知
《郑州市测试行动方案》
到2025年，基本建成测试体系。
1）推进测试工作
加快推进测试平台建设。（牵头单位：市大数据局；责任单位：市政府各部门，各开发区管委会）
2）强化数据治理
完善数据共享机制。（牵头单位：市大数据局、市政务办；责任单位：各区县（市）人民政府）
3）提升安全保障
健全网络安全体系。（牵头单位：市委网信办、市公安局；配合单位：市大数据局）
"""

SECTIONS = """郑州市人民政府关于印发郑州市测试行动方案的通知
《郑州市测试行动方案》
一、数字治理
1）推进测试工作（牵头单位：市大数据局）
2）强化数据治理（牵头单位：市政务办）
二、数字服务
1）提升服务能力（牵头单位：市大数据局）
3）优化服务流程（牵头单位：市政务办）
"""


def edit(**lines: str) -> str:
    """Return BASE with the numbered lines (l5="...") replaced."""
    out = BASE.split("\n")
    for key, text in lines.items():
        out[int(key[1:]) - 1] = text
    return "\n".join(out)


@dataclass(frozen=True)
class Case:
    """A malformed document: its files, and the one finding it must produce."""

    id: str
    files: dict[str, str | bytes]
    rule: str
    line: int
    path: str = "plan.txt"
    args: tuple[str, ...] = ()


CORRECTIONS = "plan.corrections.toml"
CASES = [
    Case(
        "unknown unit",
        {
            "plan.txt": edit(
                l5="加快推进测试平台建设。（牵头单位：市测试局；责任单位：市政府各部门）"
            )
        },
        "unit.unknown",
        5,
    ),
    Case(
        "misspelt unit",
        {"plan.txt": edit(l9="健全网络安全体系。（牵头单位：市委网信办、市公按局）")},
        "unit.unknown",
        9,
    ),
    Case(
        "unknown unit in a GB18030 file",
        {"plan.txt": edit(l7="完善数据共享机制。（牵头单位：市数据局）").encode("gb18030")},
        "unit.unknown",
        7,
    ),
    Case(
        "clause without a lead",
        {"plan.txt": edit(l7="完善数据共享机制。（责任单位：各区县（市）人民政府）")},
        "task.lead.missing",
        7,
    ),
    Case(
        "task without a unit clause",
        {"plan.txt": edit(l7="完善数据共享机制。")},
        "task.lead.missing",
        6,
    ),
    Case(
        "clause with no units",
        {"plan.txt": edit(l7="完善数据共享机制。（牵头单位：；责任单位：）")},
        "clause.empty",
        7,
    ),
    Case(
        "duplicate number", {"plan.txt": edit(l8="2）提升安全保障")}, "task.numbering.duplicate", 8
    ),
    Case("skipped number", {"plan.txt": edit(l8="4）提升安全保障")}, "task.numbering.gap", 8),
    Case(
        "numbering starts at 2",
        {"plan.txt": edit(l4="2）推进测试工作", l6="3）强化数据治理", l8="4）提升安全保障")},
        "task.numbering.gap",
        4,
    ),
    Case(
        "skipped number in a section that restarts numbering",
        {"plan.txt": SECTIONS},
        "task.numbering.gap",
        8,
    ),
    Case(
        "duplicate number in the 1. style",
        {"plan.txt": edit(l4="1.推进测试工作", l6="1.强化数据治理", l8="2.提升安全保障")},
        "task.numbering.duplicate",
        6,
    ),
    Case(
        "lost characters printed as ??",
        {"plan.txt": edit(l5="加快推进测??台建设。（牵头单位：市大数据局）")},
        "text.lost",
        5,
    ),
    Case(
        "replacement character",
        {"plan.txt": edit(l7="完善数据\ufffd享机制。（牵头单位：市大数据局）")},
        "text.lost",
        7,
    ),
    Case(
        "white squares",
        {"plan.txt": edit(l9="健全网络□□体系。（牵头单位：市公安局）")},
        "text.lost",
        9,
    ),
    Case(
        "lone Latin letter between Chinese characters",
        {"plan.txt": edit(l5="加快推进测试d平台建设。（牵头单位：市大数据局）")},
        "text.lost",
        5,
    ),
    Case(
        "lost characters in the title",
        {"plan.txt": edit(l2="《郑州市测??行动方案》")},
        "text.lost",
        2,
    ),
    Case(
        "pinyin gloss the cleaner cannot see",
        {"plan.txt": edit(l5="加快推进发展 (fā zhǎn) 建设。（牵头单位：市大数据局）")},
        "text.pinyin_gloss",
        5,
    ),
    Case(
        "implausible target year",
        {"plan.txt": edit(l3="到2925年，基本建成测试体系。")},
        "target.year",
        3,
    ),
    Case("no title", {"plan.txt": edit(l1="", l2="")}, "document.title.missing", 1),
    Case(
        "task with an empty title",
        {"plan.txt": edit(l6="2）（牵头单位：市大数据局）", l7="")},
        "task.title.empty",
        6,
    ),
    Case("empty file", {"plan.txt": b""}, "document.unreadable", 1),
    Case(
        "binary file", {"plan.txt": BASE.encode()[:40] + b"\n\n\x00\x01"}, "document.unreadable", 3
    ),
    Case(
        "bytes neither UTF-8 nor GB18030",
        {"plan.txt": "第一行\n第二行\n".encode() + b"\xff\xff"},
        "document.unreadable",
        3,
    ),
    Case(
        "no numbered task with a clause",
        {"plan.txt": "《郑州市测试行动方案》\n加快推进测试平台建设。\n"},
        "document.tasks.missing",
        1,
    ),
    Case(
        "stale correction",
        {
            "plan.txt": BASE,
            CORRECTIONS: '# reviewed fixes\n\n[[correction]]\nfind = "测试??"\nreplace = "测试平台"\nreason = "lost"\n',
        },
        "correction.stale",
        3,
        path=CORRECTIONS,
    ),
    Case(
        "malformed corrections file",
        {"plan.txt": BASE, CORRECTIONS: '[[correction]]\nfind = "测试\n'},
        "document.unreadable",
        2,
        path=CORRECTIONS,
    ),
    Case(
        "lead also responsible",
        {
            "plan.txt": edit(
                l5="加快推进测试平台建设。（牵头单位：市大数据局；责任单位：市政务办、市大数据局）"
            )
        },
        "clause.lead_also_responsible",
        5,
    ),
    Case(
        "lead also responsible under its full name",
        {
            "plan.txt": edit(
                l5="加快推进测试平台建设。（牵头单位：市大数据局；责任单位：郑州市大数据管理局）"
            )
        },
        "clause.lead_also_responsible",
        5,
    ),
    Case(
        "a task text longer than an Excel cell",
        {"plan.txt": edit(l7="完善数据共享机制" + "。" * 32_800 + "（牵头单位：市大数据局）")},
        "excel.cell_too_long",
        6,
    ),
    Case(
        "control character (a warning: --strict)",
        {
            "plan.txt": edit(
                l7="完善数据共享\x07机制。（牵头单位：市大数据局、市政务办；责任单位：各区县（市）人民政府）"
            )
        },
        "text.control_character",
        7,
        args=("--strict",),
    ),
    Case(
        "unit listed twice (a warning: --strict)",
        {"plan.txt": edit(l9="健全网络安全体系。（牵头单位：市委网信办、市公安局、市公安局）")},
        "clause.duplicate",
        9,
        args=("--strict",),
    ),
]


def validate(folder: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(main, ["validate", str(folder), "--format", "json", *args])
    return result.exit_code, json.loads(result.output)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_malformed_document_fails_at_its_line(case: Case, tmp_path: Path) -> None:
    for name, content in case.files.items():
        data = content.encode() if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
    code, result = validate(tmp_path, *case.args)
    assert code == 1
    found = [(f["rule"], f["line"], Path(f["path"]).name) for f in result["findings"]]
    assert found == [(case.rule, case.line, case.path)]
    assert all(f["severity"] == "error" and f["hint"] for f in result["findings"])


def test_catalogue_covers_twenty_documents() -> None:
    assert len(CASES) >= 20


def test_the_well_formed_base_document_is_valid(write_doc: Any) -> None:
    path = write_doc(BASE)
    code, result = validate(path.parent)
    assert (code, result["findings"], result["valid"]) == (0, [], True)


def test_a_misspelt_unit_is_told_the_right_name(write_doc: Any) -> None:
    path = write_doc(edit(l9="健全网络安全体系。（牵头单位：市委网信办、市公按局）"))
    _, result = validate(path.parent)
    (finding,) = result["findings"]
    assert finding["message"] == "unknown unit “市公按局” (牵头单位)"
    assert finding["hint"].startswith("did you mean 市公安局 (郑州市公安局)")
    assert (finding["column"], finding["task_no"]) == (22, 3)


def test_a_repeated_unit_is_only_a_warning_without_strict(write_doc: Any) -> None:
    path = write_doc(edit(l9="健全网络安全体系。（牵头单位：市委网信办、市公安局、市公安局）"))
    code, result = validate(path.parent)
    assert (code, result["valid"], result["summary"]["warnings"]) == (0, True, 1)


def test_one_run_reports_every_failure(write_doc: Any) -> None:
    path = write_doc(
        edit(
            l3="到2925年，基本建成测试体系。",
            l5="加快推进测??台建设。（牵头单位：市测试局）",
            l8="4）提升安全保障",
        )
    )
    code, result = validate(path.parent)
    assert code == 1
    assert [(f["rule"], f["line"]) for f in result["findings"]] == [
        ("target.year", 3),
        ("text.lost", 5),
        ("unit.unknown", 5),
        ("task.numbering.gap", 8),
    ]


def test_the_real_plan_passes_with_its_corrections() -> None:
    code, result = validate(REAL)
    assert (code, result["findings"]) == (0, [])
    assert [(c["file_line"], c["count"], c["line"]) for c in result["corrections"]] == [
        (5, 1, 14),
        (10, 1, 14),
    ]


def test_the_real_plan_fails_without_them_at_the_two_task_5_places(tmp_path: Path) -> None:
    shutil.copy(REAL, tmp_path)
    code, result = validate(tmp_path)
    assert code == 1
    found = [(f["rule"], f["line"], f["column"], f["task_no"]) for f in result["findings"]]
    assert found == [("text.lost", 14, 464, 5), ("text.lost", 14, 501, 5)]
    assert [f["message"] for f in result["findings"]] == [
        "text lost in the scrape: “??檩d”",
        "text lost in the scrape: “???”",
    ]


def test_the_cli_prints_what_the_library_returns(tmp_path: Path) -> None:
    shutil.copy(REAL, tmp_path)
    expected = run.check([tmp_path])
    for fmt in report.FORMATS:
        result = CliRunner().invoke(main, ["validate", str(tmp_path), "--format", fmt])
        assert (result.exit_code, result.output) == (1, report.render(expected, fmt))


def test_github_format_prints_workflow_annotations(tmp_path: Path) -> None:
    shutil.copy(REAL, tmp_path)
    result = CliRunner().invoke(main, ["validate", str(tmp_path), "--format", "github"])
    first = result.output.splitlines()[0]
    path = (tmp_path / REAL.name).as_posix().replace(":", "%3A").replace(",", "%2C")
    assert first.startswith(f"::error file={path},line=14,col=464,title=text.lost::task 5: ")


def test_reports_are_written_on_request(tmp_path: Path) -> None:
    shutil.copy(REAL, tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["validate", str(tmp_path), "--reports", str(out)])
    assert result.exit_code == 1
    findings = json.loads((out / "validation.json").read_text(encoding="utf-8"))["findings"]
    assert len(findings) == 2
    assert (out / "validation.md").read_text(encoding="utf-8").startswith("# Validation report")


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_a_folder_without_documents_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 2


def test_without_a_path_raw_is_validated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(REAL.parent.parent)
    assert CliRunner().invoke(main, ["validate"]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["validate"]).exit_code == 2


def test_a_control_character_is_named_and_located(write_doc: Any) -> None:
    path = write_doc(
        edit(
            l5="加快推进测试\x0b平台建设。（牵头单位：市大数据局；责任单位：市政府各部门，各开发区管委会）"
        )
    )
    code, result = validate(path.parent)
    (finding,) = result["findings"]
    assert (code, finding["rule"], finding["severity"]) == (0, "text.control_character", "warning")
    assert (finding["line"], finding["column"], finding["task_no"]) == (5, 7, 1)
    assert finding["message"] == "control character U+000B removed by cleaning"
    doc = run.extract([path])[0]
    assert dict(doc.cleaning)["control_characters"] == 1
    assert "\x0b" not in doc.tasks[0].body


def test_a_task_too_long_for_a_cell_stops_the_export(write_doc: Any, tmp_path: Path) -> None:
    path = write_doc(edit(l7="完善数据共享机制" + "。" * 32_800 + "（牵头单位：市大数据局）"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert "plan.txt:6:1: error [excel.cell_too_long] task 2:" in result.output
    assert not (out / "departments").exists()
