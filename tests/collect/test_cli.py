"""pipeline collect: exit codes, the library's result, returned files never modified."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, fill


def _hashes(folder: Path) -> dict[str, str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_all_returns_valid_exits_0(issued: Issued) -> None:
    for unit, path in issued.workbooks.items():
        fill(path, issued.returns / f"{unit}.xlsx", GOOD)
    before = _hashes(issued.returns)
    result = CliRunner().invoke(main, ["collect", "returns", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "valid: 3 documents, 0 error(s), 0 warning(s)"
    assert result.output.splitlines()[-3:] == [
        "collected 3/3 units for round 2026-12",
        "wrote out/progress/2026-12/ and out/progress/history.parquet",
        "note: out/index.html not refreshed: no plans at raw (see --plans)",
    ]
    assert _hashes(issued.returns) == before


def test_an_error_finding_exits_1_and_json_equals_the_written_report(issued: Issued) -> None:
    fill(
        issued.workbooks["U01"], issued.returns / "a.xlsx", {**GOOD, 1: ("x", "进行中", None, None)}
    )
    before = _hashes(issued.returns)
    result = CliRunner().invoke(main, ["collect", "returns", "--format", "json"])
    assert result.exit_code == 1
    printed = json.loads(result.output)
    assert printed == json.loads(
        Path("out/progress/2026-12/collect.json").read_text(encoding="utf-8")
    )
    assert [(f["rule"], f["cell"]) for f in printed["findings"]] == [
        ("return.missing", None),
        ("return.missing", None),
        ("return.status.invalid", "任务清单!J7"),
    ]
    assert _hashes(issued.returns) == before


def test_strict_makes_a_missing_return_exit_1(issued: Issued) -> None:
    fill(issued.workbooks["U01"], issued.returns / "a.xlsx")
    assert CliRunner().invoke(main, ["collect", "returns"]).exit_code == 0
    assert CliRunner().invoke(main, ["collect", "returns", "--strict"]).exit_code == 1


def test_github_annotations_name_the_cell(issued: Issued) -> None:
    fill(
        issued.workbooks["U01"],
        issued.returns / "a.xlsx",
        {**GOOD, 2: (None, "已完成", None, None)},
    )
    result = CliRunner().invoke(main, ["collect", "returns", "--format", "github"])
    line = next(x for x in result.output.splitlines() if "needs_progress" in x)
    assert line.startswith(
        "::error file=returns/a.xlsx,line=8,col=9,title=return.status.needs_progress::"
    )
    assert "任务清单!I8: task 2: 已完成 without 工作进展" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["collect", "returns", "--round", "2026-13"], "'2026-13' is not a month like 2026-12"),
        (["collect", "returns"], "no workbook (.xlsx) found"),
        (["collect", "nowhere"], "does not exist"),
        (["collect", "returns", "--prefer", "oldest"], "'oldest' is not 'newest'"),
    ],
)
def test_usage_errors_exit_2(issued: Issued, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output


def test_no_export_in_out_is_one_clear_error(issued: Issued) -> None:
    fill(issued.workbooks["U01"], issued.returns / "a.xlsx")
    result = CliRunner().invoke(main, ["collect", "returns", "--out", "elsewhere"])
    assert result.exit_code == 1
    assert result.output == (
        "error: elsewhere/issued.parquet: no export to check the returns against — "
        "pass --out with the folder of the export that issued the workbooks\n"
    )


def test_export_carry_forward_needs_a_collected_round(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", "--carry-forward", "--out", "out"])
    assert result.exit_code == 2
    assert (
        "nothing collected yet: no out/progress/history.parquet (run pipeline collect first)"
        in result.output
    )


def test_returns_none_of_which_can_be_collected_leave_the_round_as_it_was(issued: Issued) -> None:
    for unit, path in issued.workbooks.items():
        fill(path, issued.returns / f"{unit}.xlsx", GOOD)
    assert CliRunner().invoke(main, ["collect", "returns"]).exit_code == 0
    before = _hashes(Path("out/progress"))
    # The same returns collected for the wrong round: each is rejected; writing the round
    # would have replaced 2027-01's (or any round's) progress with nobody reporting.
    result = CliRunner().invoke(main, ["collect", "returns", "--round", "2027-01"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert sum("[return.round.mismatch]" in line for line in lines) == 3
    assert (
        lines[-1]
        == "nothing written: none of the 3 return(s) could be collected; out/progress/ is as it was"
    )
    assert _hashes(Path("out/progress")) == before
    assert not Path("out/progress/2027-01").exists()
