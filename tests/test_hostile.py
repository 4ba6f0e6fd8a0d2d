"""Hostile input through the command line: no traceback, no silent loss, bounded output."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from pipeline.read.ingest import check_size

PLAN = "《郑州市测试行动方案》\n1）推进测试工作\n做好测试。（牵头单位：市大数据局）\n"


def plan_dir(tmp_path: Path, *extra: tuple[str, str]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plan.txt").write_text(PLAN, encoding="utf-8")
    for name, text in extra:
        (raw / name).write_text(text, encoding="utf-8")
    return raw


def test_an_internal_error_exits_3_with_one_line_naming_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("１")

    monkeypatch.setattr(run, "check", broken)
    result = CliRunner().invoke(main, ["validate", str(plan_dir(tmp_path))])
    assert result.exit_code == 3
    assert result.output == (
        "internal error (a bug in plan-ledger, not in your data): KeyError: '１' — "
        "run again with --debug to see the traceback, and report it\n"
    )
    debug = CliRunner().invoke(main, ["--debug", "validate", str(tmp_path / "raw")])
    assert isinstance(debug.exception, KeyError)


def test_invalid_data_still_exits_1(tmp_path: Path) -> None:
    raw = plan_dir(tmp_path)
    (raw / "plan.txt").write_text(PLAN.replace("市大数据局", "市不存在局"), encoding="utf-8")
    assert CliRunner().invoke(main, ["validate", str(raw)]).exit_code == 1


@pytest.mark.parametrize("out", [".", "..", "raw"])
def test_export_refuses_an_out_folder_that_would_swallow_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    plan_dir(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", "raw", "--out", out])
    assert result.exit_code == 2
    assert "Invalid value for --out: " in result.output
    assert len(result.output) < 300
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw"]


def test_a_plan_over_the_size_limit_is_refused_and_max_size_raises_it(tmp_path: Path) -> None:
    raw = plan_dir(tmp_path)
    (raw / "plan.txt").write_text(PLAN + "做好测试。" * 80_000, encoding="utf-8")  # 1.2 MB
    result = CliRunner().invoke(main, ["validate", str(raw), "--max-size", "1"])
    assert result.exit_code == 1
    assert (
        "error [document.unreadable] the file is 1.1 MB, over the 1.0 MB limit for one plan"
        in result.output
    )
    assert "raise the limit with --max-size 2" in result.output
    raised = CliRunner().invoke(main, ["validate", str(raw), "--max-size", "2"])
    # Read now: what is left is that one task's 400,006 characters overflow an Excel cell.
    assert "document.unreadable" not in raised.output
    assert "error [excel.cell_too_long]" in raised.output


def test_a_docx_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:t>" + b" " * (12 * 2**20))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(Exception, match=r"its XML unpacks to 12.0 MB, over the 10.0 MB limit"):
        check_size(bomb, 10 * 2**20)
    result = CliRunner().invoke(main, ["validate", str(bomb)])
    assert result.exit_code == 1
    assert "its XML unpacks to 12.0 MB" in result.output


def test_a_file_name_that_is_not_utf8_is_shown_with_replacement_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    gbk = os.fsdecode(b"\xd6\xd0\xce\xc4.txt")  # 中文.txt in GBK, as unzipping gives
    (raw / gbk).write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = run.check([Path("raw")])
    assert report.documents == ("raw/\ufffd\ufffd\ufffd\ufffd.txt",)
    assert report.valid
    result = CliRunner().invoke(main, ["validate", "raw", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["documents"] == ["raw/\ufffd\ufffd\ufffd\ufffd.txt"]


def test_files_that_are_not_plans_are_skipped_out_loud(tmp_path: Path) -> None:
    raw = plan_dir(tmp_path, ("README.md", "# 说明\n"), ("._plan.txt", "meta"))
    result = CliRunner().invoke(main, ["validate", str(raw)])
    assert result.exit_code == 0
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert skipped == [
        f"skipped {raw.as_posix()}/._plan.txt: not a plan (.txt, .text, .docx, .html, .htm)",
        f"skipped {raw.as_posix()}/README.md: not a plan (.txt, .text, .docx, .html, .htm)",
    ]


def test_a_sidecar_or_corrections_file_without_a_plan_is_a_finding(tmp_path: Path) -> None:
    raw = plan_dir(
        tmp_path,
        ("old.toml", '[document]\ntitle = "旧方案"\n'),
        ("gone.corrections.toml", '[[correction]]\nfind = "a"\nreplace = "b"\nreason = "c"\n'),
    )
    report = run.check([raw])
    found = [(Path(f.path).name, f.rule, f.severity.value, f.line) for f in report.findings]
    assert found == [
        ("gone.corrections.toml", "file.orphan", "warning", 1),
        ("old.toml", "file.orphan", "warning", 1),
    ]
    assert report.findings[1].message == (
        "old.toml belongs to no plan: there is no old.txt, old.text, old.docx, old.html, old.htm beside it, "
        "so it is ignored"
    )


def test_a_correction_that_writes_an_unknown_unit_is_reported_at_the_correction(
    tmp_path: Path,
) -> None:
    raw = plan_dir(
        tmp_path,
        (
            "plan.corrections.toml",
            '# fixes\n[[correction]]\nfind = "市大数据局"\nreplace = "市大数局"\nreason = "x"\n',
        ),
    )
    (finding,) = run.check([raw]).findings
    assert (finding.rule, Path(finding.path).name, finding.line) == (
        "unit.unknown",
        "plan.corrections.toml",
        2,
    )
    assert (
        finding.message
        == "unknown unit “市大数局” (牵头单位), written by a correction (raw line 3)"
    )
    assert finding.excerpt == "replace = “市大数局”"


def test_the_manifest_is_the_same_however_the_input_is_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = plan_dir(tmp_path)
    monkeypatch.chdir(tmp_path)
    manifests = []
    for typed in ("raw", "./raw", str(raw), f"{raw}/../raw/plan.txt"):
        result = CliRunner().invoke(main, ["export", typed, "--out", "out"])
        assert result.exit_code == 0, result.output
        manifests.append((tmp_path / "out" / "manifest.json").read_bytes())
    assert len(set(manifests)) == 1
    (source,) = json.loads(manifests[0])["generated_from"]
    assert source["source"] == "raw/plan.txt"


def test_a_plan_outside_the_project_is_recorded_by_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = plan_dir(tmp_path)
    (tmp_path / "project").mkdir()
    monkeypatch.chdir(tmp_path / "project")
    result = CliRunner().invoke(main, ["export", str(raw), "--out", "out"])
    assert result.exit_code == 0, result.output
    manifest = (tmp_path / "project" / "out" / "manifest.json").read_text(encoding="utf-8")
    assert json.loads(manifest)["generated_from"][0]["source"] == "plan.txt"
    assert str(tmp_path) not in manifest
