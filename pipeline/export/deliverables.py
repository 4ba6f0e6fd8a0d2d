"""Render every deliverable of a ledger in memory, then put them in place all at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.export.atomic import replace_outputs
from pipeline.export.csv_out import csv_bytes
from pipeline.export.json_out import json_bytes, rows_json, tasks_json
from pipeline.export.manifest import FileEntry, Manifest, SourceEntry, sha256
from pipeline.export.parquet_out import parquet_bytes
from pipeline.export.tables import TASK_UNITS, Tables, build_tables
from pipeline.export.xlsx_department import Department, department_workbook, departments
from pipeline.export.xlsx_ledger import ledger_workbook
from pipeline.frames import TARGETS, TASKS
from pipeline.ledger import Ledger

MANIFEST = "manifest.json"
DEPARTMENTS = "departments"
TABLES = ("tasks", "assignments", "targets", "units")
# Every top-level name an export owns; anything else in the output directory is kept.
OURS = frozenset(
    {MANIFEST, "ledger.xlsx", DEPARTMENTS}
    | {f"{table}.{ext}" for table in TABLES for ext in ("csv", "parquet")}
    | {"tasks.json", "assignments.json"}
)

Mapper = Callable[[Callable[[Department], bytes], Iterable[Department]], Iterable[bytes]]


@dataclass(frozen=True, slots=True)
class Output:
    """One rendered file: path relative to the output directory, bytes, and rows of data."""

    path: str
    data: bytes
    rows: int


def render(ledger: Ledger, *, tool_version: str, mapper: Mapper = map) -> list[Output]:
    """Return every deliverable of ``ledger`` except the manifest, sorted by path.

    ``mapper`` builds the department workbooks (``map``, or a process pool's ``map``).
    """
    tables = build_tables(ledger)
    outputs = [
        Output(
            "ledger.xlsx",
            ledger_workbook(tables, ledger.registry_sha256, tool_version),
            tables.assignments.height,
        ),
        *_flat(tables),
        *_departments(tables, ledger.registry_sha256, mapper),
    ]
    return sorted(outputs, key=lambda o: o.path)


def manifest_of(ledger: Ledger, outputs: Iterable[Output], *, tool_version: str) -> Manifest:
    """Return the manifest listing ``outputs`` and the sources of ``ledger``."""
    docs = ledger.frames.documents.sort("doc_id")
    return Manifest(
        tool_version=tool_version,
        generated_from=tuple(
            SourceEntry(doc_id, source, digest)
            for doc_id, source, digest in docs.select("doc_id", "source", "sha256").iter_rows()
        ),
        registry_sha256=ledger.registry_sha256,
        files=tuple(FileEntry(o.path, sha256(o.data), o.rows) for o in outputs),
    )


def write_deliverables(
    ledger: Ledger, out: Path, *, tool_version: str, mapper: Mapper = map
) -> Manifest:
    """Write every deliverable of ``ledger`` into ``out``, replacing the previous export whole."""
    outputs = render(ledger, tool_version=tool_version, mapper=mapper)
    manifest = manifest_of(ledger, outputs, tool_version=tool_version)
    files = {o.path: o.data for o in outputs}
    files[MANIFEST] = manifest.to_json().encode()
    replace_outputs(out, files, OURS)
    return manifest


def _flat(tables: Tables) -> Iterator[Output]:
    tasks = tables.tasks.select(*TASKS, *TASK_UNITS)
    frames = {
        "tasks": tasks,
        "assignments": tables.assignments,
        "targets": tables.targets.select(*TARGETS),
        "units": tables.units,
    }
    for name, frame in frames.items():
        yield Output(f"{name}.csv", csv_bytes(frame), frame.height)
        yield Output(f"{name}.parquet", parquet_bytes(frame), frame.height)
    nested = tasks_json(tables.tasks, tables.assignments)
    yield Output("tasks.json", json_bytes(nested), len(nested))
    yield Output(
        "assignments.json", json_bytes(rows_json(tables.assignments)), tables.assignments.height
    )


def _departments(tables: Tables, registry_sha256: str, mapper: Mapper) -> Iterator[Output]:
    specs = departments(tables, registry_sha256)
    for dep, data in zip(specs, mapper(department_workbook, specs), strict=True):
        yield Output(dep.path, data, dep.n_tasks)
