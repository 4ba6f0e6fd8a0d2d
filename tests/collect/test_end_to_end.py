"""End to end: export a plan, fill every department workbook as departments do, collect.

Departments: most complete; one pastes 进行中 past the dropdown; one edits a task's title;
one deletes a row; one does not return; one returns twice; one's return is re-saved by
LibreOffice. The same scenario runs on the tiny issued plan (always) and on the real
export of the Zhengzhou plan, whose overview page the collection refreshes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from pipeline import run
from pipeline.collect import Collected, collect
from pipeline.workbook_format import FILL_IN_COLUMNS, META_SHEET, TASK_SHEET
from tests.collect.issued import (
    ANSWER,
    NAMES,
    Task,
    answer_export,
    issue,
    libreoffice_resave,
)
from tests.conftest import REAL


def scenario(
    out: Path, returns: Path, plans: tuple[Path, ...] = ()
) -> tuple[Collected, list[tuple[str, str, str | None]], dict[str, str]]:
    """Fill and collect; return the result, the expected (rule, file, cell) and who did what.

    With ``plans`` the collection goes through ``run.collect``, which refreshes the page.
    """
    issued = pl.read_parquet(out / "issued.parquet")
    files = (
        issued.group_by("unit_id", "file").agg(pl.len().alias("n")).sort("unit_id").rows(named=True)
    )
    many = [f for f in files if f["n"] >= 2]
    roles = {
        "invalid": many[0]["unit_id"],
        "edited": many[1]["unit_id"],
        "deleted": many[2]["unit_id"],
        "missing": many[3]["unit_id"],
        "duplicate": many[4]["unit_id"],
        "libreoffice": many[5]["unit_id"],
    }
    expected: list[tuple[str, str, str | None]] = []
    for f in files:
        unit, rel = f["unit_id"], f["file"]
        rows = issued.filter(unit_id=unit).sort("row")
        first, last = rows.item(0, "row"), rows.item(-1, "row")
        dest = returns / f"{unit}.xlsx"
        if unit == roles["missing"]:
            expected.append(("return.missing", rel, None))
            continue
        layout = answer_export(out / rel, dest)
        at = layout["at"]
        assert isinstance(at, dict)
        book = load_workbook(dest)
        ws = book[TASK_SHEET]
        if unit == roles["invalid"]:
            ws.cell(first, at["完成状态"]).value = "进行中"
            cell = f"{get_column_letter(at['完成状态'])}{first}"
            expected.append(("return.status.invalid", str(dest), f"{TASK_SHEET}!{cell}"))
        elif unit == roles["edited"]:
            ws.cell(first, at["重点任务"]).value = "（已改）" + str(
                ws.cell(first, at["重点任务"]).value
            )
            cell = f"{get_column_letter(at['重点任务'])}{first}"
            expected.append(("return.locked.changed", str(dest), f"{TASK_SHEET}!{cell}"))
        elif unit == roles["deleted"]:
            ws.delete_rows(last)
            expected.append(("return.row.deleted", str(dest), f"{TASK_SHEET}!A{last}"))
        book.save(dest)
        if unit == roles["duplicate"]:
            again = returns / "again" / f"{unit}.xlsx"
            again.parent.mkdir(exist_ok=True)
            shutil.copyfile(dest, again)
            expected += [
                ("return.duplicate", str(again), None),
                ("return.duplicate", str(dest), None),
            ]
        if unit == roles["libreoffice"]:
            saved = libreoffice_resave(dest, returns.parent / "lo")
            shutil.move(saved, dest)
    result = run.collect([returns], out, plans=plans) if plans else collect([returns], out)
    return result, expected, roles


def _check(
    result: Collected, expected: list[tuple[str, str, str | None]], roles: dict[str, str]
) -> None:
    found = sorted((f.rule, f.path, f.cell) for f in result.report.findings)
    assert found == sorted(expected)
    progress = result.progress
    reported_units = set(progress.filter("reported").get_column("unit_id"))
    assert roles["missing"] not in reported_units and roles["duplicate"] not in reported_units
    assert roles["libreoffice"] in reported_units
    invalid = progress.filter(unit_id=roles["invalid"]).get_column("status").to_list()
    assert invalid.count(None) == 1 and invalid.count("序时推进") == len(invalid) - 1
    lo = progress.filter(unit_id=roles["libreoffice"])
    assert lo.get_column("progress").to_list() == [ANSWER[0]] * lo.height


def test_the_scenario_on_the_tiny_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    units = {f"U{i:02d}": NAMES[f"U{i:02d}"] for i in range(1, 9)}
    tasks = [
        Task(
            n,
            f"任务{n}",
            f"任务{n}的内容。",
            "2027年底前",
            tuple(
                (u, "lead" if i == 0 else "responsible")
                for i, u in enumerate(sorted(units)[n - 1 : n + 2])
            ),
        )
        for n in range(1, 7)
    ]
    issue(Path("out"), units=units, tasks=tasks)
    result, expected, roles = scenario(Path("out"), Path("returns"))
    _check(result, expected, roles)
    assert progress_counts(result) == (18, 8, 6)


def progress_counts(result: Collected) -> tuple[int, int, int]:
    """Rows of the progress table, units owing, units reported."""
    p = result.progress
    return (
        p.height,
        p.get_column("unit_id").n_unique(),
        p.filter("reported").get_column("unit_id").n_unique(),
    )


def test_the_scenario_on_the_real_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = Path("out")
    run.export([REAL], out)
    page_before = (out / "index.html").read_text(encoding="utf-8")
    assert "已报送" not in page_before
    result, expected, roles = scenario(out, Path("returns"), plans=(REAL,))
    _check(result, expected, roles)
    # 15 tasks, 686 assignments, 63 department workbooks; two units not counted as reported
    assert progress_counts(result) == (686, 63, 61)
    assert result.progress.get_column("task_no").n_unique() == 15
    # The overview page now shows the round: who reported, and the one who did not.
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "应报送单位 63 个，已报送 61 个，未报送 2 个。" in page
    # Next round: --carry-forward pre-fills each unit's workbook with its last answers.
    done = result.progress.filter("reported", pl.col("status") == "序时推进")
    unit = done.item(0, "unit_id")
    assert unit not in roles.values()
    run.export([REAL], out, carry_forward=True)
    issued = pl.read_parquet(out / "issued.parquet").filter(unit_id=unit)
    book = load_workbook(out / issued.item(0, "file"))
    meta = {r[0]: r[1] for r in book[META_SHEET].iter_rows(values_only=True)}
    at = {t: i for i, t in enumerate(json.loads(meta["columns"]), start=1)}
    ws = book[TASK_SHEET]
    prefilled = [
        tuple(ws.cell(r, at[t]).value for t in FILL_IN_COLUMNS) for r in issued.get_column("row")
    ]
    assert prefilled == [ANSWER] * issued.height
