from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from tests.conftest import REAL


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_export_real_document(tmp_path: Path) -> None:
    result = run.export([REAL], tmp_path / "out")
    assert result.report.valid
    assert result.manifest is not None
    out = tmp_path / "out"
    departments = sorted(p.name for p in (out / "departments").iterdir())
    assert len(departments) == 63
    assert {"市大数据局.xlsx", "市农委.xlsx", "中原区政府.xlsx", "郑东新区管委会.xlsx"} <= set(
        departments
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    rows = {f["path"]: f["rows"] for f in manifest["files"]}
    assert rows["tasks.csv"] == 15
    assert rows["targets.csv"] == 2
    assert rows["assignments.csv"] == 686
    assert manifest["generated_from"][0]["sha256"] == (
        "da568d7731c36054716f44cc70b9b9f46a5d0a047d5592cf742ba778724c3b00"
    )
    validation = json.loads((out / "validation.json").read_text(encoding="utf-8"))
    assert validation["valid"] is True
    # Units in the plan's order, not the registry's: task 3 prints 市应急局 first.
    tasks = (out / "tasks.csv").read_text(encoding="utf-8-sig").splitlines()
    assert tasks[3].split(",")[12] == (
        "郑州市应急管理局、郑州市大数据管理局、郑州市商务局、郑州市市场发展中心"
    )


def test_two_exports_are_byte_identical(tmp_path: Path) -> None:
    run.export([REAL], tmp_path / "a")
    run.export([REAL], tmp_path / "b")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_invalid_input_writes_reports_and_keeps_previous_deliverables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(REAL, raw / REAL.name)  # no corrections file: the lost characters are errors
    out = tmp_path / "out"
    run.export([REAL], out)
    before = _tree(out)
    result = CliRunner().invoke(main, ["export", str(raw), "--out", str(out)])
    assert result.exit_code == 1
    assert "nothing exported" in result.output
    after = _tree(out)
    changed = {k for k in before if before[k] != after.get(k)}
    assert changed == {"index.html", "validation.json", "validation.md"}
    findings = json.loads((out / "validation.json").read_text(encoding="utf-8"))["findings"]
    assert [(f["rule"], f["line"], f["task_no"]) for f in findings] == [
        ("text.lost", 14, 5),
        ("text.lost", 14, 5),
    ]


def test_cli_export_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(REAL), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "valid: 1 document, 0 error(s), 0 warning(s)",
        f"wrote 79 files to {tmp_path / 'o'}/ (see {tmp_path / 'o'}/manifest.json)",
    ]


def test_export_reports_its_checking_and_writing_phases(tmp_path: Path) -> None:
    said: list[str] = []
    written: list[tuple[str, int]] = []
    run.export(
        [REAL], tmp_path / "out", status=said.append, advance=lambda p, n: written.append((p, n))
    )
    assert said == [
        "Resolving units and validating 1 plan(s)…",
        "Writing deliverables for 686 assignments…",
    ]
    assert len(written) == 79 and {n for _, n in written} == {79}  # one tick per file
