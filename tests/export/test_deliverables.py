from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from pipeline.errors import ExportError
from pipeline.export import deliverables
from pipeline.export.deliverables import render, write_deliverables
from pipeline.export.department_record import Department
from pipeline.export.manifest import Manifest, Output
from pipeline.export.tables import build_tables
from pipeline.export.xlsx_department import department_workbook, departments
from pipeline.ledger import Ledger
from pipeline.parallel import pool_map
from tests.export.fixtures import (
    ASSIGNED_A,
    REGISTRY_SHA,
    SHA_A,
    TASKS_A,
    TOOL_VERSION,
    build_ledger,
    small_ledger,
)
from tests.export.xlsx_read import load
from tests.regenerate_golden import FILES, GOLDEN

WORKBOOKS = ["市大数据局.xlsx", "市政务办.xlsx", "市财政局.xlsx", "甲区政府.xlsx"]
FLAT = ["assignments.csv", "assignments.json", "assignments.parquet", "datapackage.json",
        "documents.csv", "documents.json", "documents.parquet", "issued.parquet", "targets.csv",
        "targets.parquet", "tasks.csv", "tasks.json", "tasks.parquet", "units.csv", "units.parquet"]  # fmt: skip


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("name", FILES)
def test_csv_and_json_match_the_golden_files(exported: tuple[Path, Manifest], name: str) -> None:
    out, _ = exported
    assert (out / name).read_bytes() == (GOLDEN / name).read_bytes()


def test_every_deliverable_is_written(exported: tuple[Path, Manifest]) -> None:
    out, _ = exported
    assert sorted(snapshot(out)) == sorted(
        ["ledger.xlsx", "manifest.json", *FLAT, *(f"departments/{w}" for w in WORKBOOKS)]
    )


def test_the_manifest_lists_every_file_with_its_checksum(exported: tuple[Path, Manifest]) -> None:
    out, manifest = exported
    files = snapshot(out)
    data = json.loads(files.pop("manifest.json"))
    assert list(data) == ["tool_version", "generated_from", "registry_sha256", "files"]
    assert data["tool_version"] == TOOL_VERSION
    assert data["generated_from"] == [
        {"doc_id": "plan-a", "source": "raw/plan-a.txt", "sha256": SHA_A}
    ]
    assert data["registry_sha256"] == REGISTRY_SHA
    assert [f["path"] for f in data["files"]] == sorted(files)
    for entry in data["files"]:
        assert entry["sha256"] == hashlib.sha256(files[entry["path"]]).hexdigest()
    rows = {f["path"]: f["rows"] for f in data["files"]}
    assert rows == {
        "assignments.csv": 9, "assignments.json": 9, "assignments.parquet": 9, "datapackage.json": 5,
        "documents.csv": 1, "documents.json": 1, "documents.parquet": 1, "issued.parquet": 9,
        "targets.csv": 2, "targets.parquet": 2, "tasks.csv": 3, "tasks.json": 3,
        "tasks.parquet": 3, "units.csv": 4, "units.parquet": 4, "ledger.xlsx": 9,
        "departments/市大数据局.xlsx": 3, "departments/市政务办.xlsx": 2,
        "departments/市财政局.xlsx": 2, "departments/甲区政府.xlsx": 2,
    }  # fmt: skip
    assert (out / "manifest.json").read_text(encoding="utf-8") == manifest.to_json()


def test_two_exports_are_byte_identical(tmp_path: Path, ledger: Ledger) -> None:
    write_deliverables(ledger, tmp_path / "a", tool_version=TOOL_VERSION)
    write_deliverables(small_ledger(), tmp_path / "b", tool_version=TOOL_VERSION, mapper=map)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_a_formula_in_a_task_title_cannot_run(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://example.invalid","点我")'
    out = tmp_path / "out"
    write_deliverables(small_ledger(first_title=formula), out, tool_version=TOOL_VERSION)
    tasks_csv = (out / "tasks.csv").read_text(encoding="utf-8-sig")
    assert f"'{formula}" in tasks_csv.replace('""', '"')
    assert json.loads((out / "tasks.json").read_bytes())[0]["title"] == formula  # data as is
    for path, ref in (
        ("ledger.xlsx", "重点任务!B4"),
        ("departments/市大数据局.xlsx", "任务清单!B8"),
    ):
        sheet, cell = ref.split("!")
        c = load((out / path).read_bytes())[sheet][cell]
        assert (c.value, c.data_type, c.quotePrefix) == (formula, "s", True)


def test_a_failure_during_export_leaves_the_previous_output(tmp_path: Path, ledger: Ledger) -> None:
    out = tmp_path / "out"
    write_deliverables(ledger, out, tool_version=TOOL_VERSION)
    (out / "README.md").write_text("保留\n", encoding="utf-8")
    before = snapshot(out)

    def failing(
        fn: Callable[[Department], Output], items: Iterable[Department]
    ) -> Iterable[Output]:
        for i, item in enumerate(items):
            if i == 2:
                raise OSError(28, "No space left on device")
            yield fn(item)

    with pytest.raises(ExportError, match="No space left on device"):
        write_deliverables(
            small_ledger(first_title="新标题"), out, tool_version="2", mapper=failing
        )
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_unit_without_assignments_loses_its_workbook(tmp_path: Path, ledger: Ledger) -> None:
    out = tmp_path / "out"
    write_deliverables(ledger, out, tool_version=TOOL_VERSION)
    (out / "README.md").write_text("保留\n", encoding="utf-8")
    (out / "validation.json").write_text("{}\n", encoding="utf-8")
    fewer = build_ledger(
        documents=[
            (
                "plan-a",
                "raw/plan-a.txt",
                SHA_A,
                "测试市数字政府建设行动方案",
                None,
                None,
                None,
                None,
            )
        ],
        tasks={"plan-a": TASKS_A},
        assigned={"plan-a": [a for a in ASSIGNED_A if a[1] != "finance"]},
    )
    write_deliverables(fewer, out, tool_version=TOOL_VERSION)
    files = snapshot(out)
    assert "departments/市财政局.xlsx" not in files
    assert files["README.md"] == "保留\n".encode() and files["validation.json"] == b"{}\n"


def test_a_department_is_plain_data_a_process_pool_can_take(ledger: Ledger) -> None:
    dep = next(departments(build_tables(ledger), REGISTRY_SHA, tool_version=TOOL_VERSION))
    assert department_workbook(pickle.loads(pickle.dumps(dep))) == department_workbook(dep)


def test_render_yields_each_file_once(ledger: Ledger) -> None:
    paths = [o.path for o in render(ledger, tool_version=TOOL_VERSION)]
    assert sorted(paths) == sorted(["ledger.xlsx", *FLAT, *(f"departments/{w}" for w in WORKBOOKS)])


def test_a_process_pool_writes_the_same_bytes(tmp_path: Path, ledger: Ledger) -> None:
    write_deliverables(ledger, tmp_path / "a", tool_version=TOOL_VERSION, mapper=map)
    write_deliverables(ledger, tmp_path / "b", tool_version=TOOL_VERSION, mapper=pool_map)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_each_file_written_is_told_with_the_total(tmp_path: Path, ledger: Ledger) -> None:
    told: list[tuple[str, int]] = []
    manifest = write_deliverables(
        ledger,
        tmp_path / "out",
        tool_version=TOOL_VERSION,
        advance=lambda p, n: told.append((p, n)),
    )
    assert [p for p, _ in told] == [o.path for o in render(ledger, tool_version=TOOL_VERSION)]
    assert {n for _, n in told} == {len(manifest.files)} == {20}


def test_a_large_ledger_is_written_in_its_own_process_with_the_same_bytes(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ledger_bytes() -> bytes:
        outputs = render(ledger, tool_version=TOOL_VERSION, mapper=map)
        return next(b"".join(o.chunks) for o in outputs if o.path == "ledger.xlsx")

    in_thread = ledger_bytes()
    monkeypatch.setattr(deliverables, "LEDGER_PROCESS_ROWS", 1)
    assert isinstance(deliverables._ledger_worker(9), ProcessPoolExecutor)
    assert ledger_bytes() == in_thread
