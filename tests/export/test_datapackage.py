"""The Data Package of the real plan's export, checked by frictionless; every table written
to out/ has exactly the columns its model declares."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from pipeline import run
from pipeline.columns import names, polars_schema, titles
from pipeline.export.datapackage import RESOURCES
from pipeline.export.json_out import TASK_KEYS, UNIT_KEYS
from schemas.tables import (
    AssignmentsSchema,
    CorrectionsSchema,
    DocumentsSchema,
    FindingsSchema,
    IssuedSchema,
    TasksSchema,
)
from tests.conftest import REAL


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder the real plan is exported into (once for this module)."""
    folder = tmp_path_factory.mktemp("real") / "out"
    assert run.export([REAL], folder).manifest is not None
    return folder


def frictionless(package: Path) -> dict[str, Any]:
    """Run ``frictionless validate --json`` on ``package`` and return its report."""
    done = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", package.name],
        cwd=package.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_frictionless_finds_no_error_in_the_real_plans_package(out: Path) -> None:
    report = frictionless(out / "datapackage.json")
    assert (report["valid"], report["stats"]["errors"], report["stats"]["tasks"]) == (True, 0, 5)
    rows = {task["name"]: task["stats"]["rows"] for task in report["tasks"]}
    assert rows == {"documents": 1, "tasks": 15, "assignments": 686, "targets": 2, "units": 63}


def test_frictionless_reports_a_unit_missing_from_units_csv(out: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    units = (broken / "units.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
    gone = units.pop(1).split(",")[0]
    (broken / "units.csv").write_text("".join(units), encoding="utf-8-sig")
    report = frictionless(broken / "datapackage.json")
    errors = [e for task in report["tasks"] for e in task["errors"]]
    assert report["valid"] is False
    assert {(e["type"], e["cells"][3]) for e in errors} == {("foreign-key", gone)}


def test_the_package_names_keys_and_titles_from_the_models(out: Path) -> None:
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == ["documents", "tasks", "assignments", "targets", "units"]
    schema = resources["assignments"]["schema"]
    assert [f["name"] for f in schema["fields"]] == names(AssignmentsSchema)
    assert [f["title"] for f in schema["fields"]] == list(titles(AssignmentsSchema).values())
    assert schema["fields"][10]["constraints"] == {
        "enum": ["direct", "alias", "collective"],
        "required": True,
    }
    assert schema["primaryKey"] == ["doc_id", "task_id", "unit_id"]
    assert schema["foreignKeys"] == [
        {"fields": ["doc_id", "task_id"], "reference": {"resource": "tasks", "fields": ["doc_id", "task_id"]}},
        {"fields": ["unit_id"], "reference": {"resource": "units", "fields": ["unit_id"]}},
    ]  # fmt: skip
    assert resources["tasks"]["schema"]["primaryKey"] == ["doc_id", "task_id"]
    assert resources["targets"]["schema"]["primaryKey"] == ["doc_id", "year"]
    assert resources["units"]["schema"]["primaryKey"] == ["unit_id"]


def test_every_table_written_has_exactly_its_models_columns(out: Path) -> None:
    tables = {p.stem for p in out.glob("*.csv")} | {p.stem for p in out.glob("*.parquet")}
    # issued.parquet is for collect, not a table of the package; it has its model too.
    assert tables == {*RESOURCES, "issued"}
    assert pl.read_parquet_schema(out / "issued.parquet") == dict(polars_schema(IssuedSchema))
    for name, model in RESOURCES.items():
        with (out / f"{name}.csv").open(encoding="utf-8-sig", newline="") as file:
            assert next(csv.reader(file)) == names(model), name
        assert pl.read_parquet_schema(out / f"{name}.parquet") == dict(polars_schema(model)), name


def test_every_json_object_written_has_only_declared_keys(out: Path) -> None:
    assignments = json.loads((out / "assignments.json").read_text(encoding="utf-8"))
    assert {tuple(a) for a in assignments} == {tuple(names(AssignmentsSchema))}
    documents = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    assert [tuple(d) for d in documents] == [tuple(names(DocumentsSchema))]
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    assert {tuple(t) for t in tasks} == {(*TASK_KEYS, "units")}
    assert set(TASK_KEYS) <= set(names(TasksSchema))
    assert {tuple(u) for t in tasks for u in t["units"]} == {UNIT_KEYS}
    assert set(UNIT_KEYS) <= set(names(AssignmentsSchema))
    report = json.loads((out / "validation.json").read_text(encoding="utf-8"))
    assert report["corrections"], "the real plan has corrections applied"
    assert {tuple(c) for c in report["corrections"]} == {tuple(names(CorrectionsSchema)[1:])}
    assert report["findings"] == []


def test_a_findings_keys_are_its_models_columns(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "《郑州市测试行动方案》\n1）推进测试工作（牵头单位：市不存在局）\n", encoding="utf-8"
    )
    report = run.export([plan], tmp_path / "out").report
    assert not report.valid
    written = json.loads((tmp_path / "out" / "validation.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in written["findings"]] == ["unit.unknown"]
    assert [list(f) for f in written["findings"]] == [names(FindingsSchema)]
