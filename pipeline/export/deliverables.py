"""Render every deliverable of a ledger and put them in place all at once."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path, PurePath

from pipeline.export.atomic import staged
from pipeline.export.csv_out import csv_chunks
from pipeline.export.json_out import rows_json, tasks_json
from pipeline.export.manifest import FileEntry, Manifest, Output, SourceEntry
from pipeline.export.parquet_out import parquet_bytes
from pipeline.export.tables import TASK_UNITS, Tables, build_tables, file_name
from pipeline.export.xlsx_department import Department, department_output, departments
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

_AHEAD = 3  # workbooks in flight at most
Mapper = Callable[[Callable[[Department], Output], Iterable[Department]], Iterable[Output]]


def background_map(
    fn: Callable[[Department], Output], items: Iterable[Department]
) -> Iterator[Output]:
    """Map ``fn`` over ``items`` on one worker thread, a few items ahead, in order.

    zlib compresses a workbook there without holding the GIL while polars renders the
    next batch here: the two cores both work. Few items ahead keep the memory bounded.
    """
    with ThreadPoolExecutor(1) as worker:
        pending: deque[Future[Output]] = deque()
        for item in items:
            pending.append(worker.submit(fn, item))
            if len(pending) > _AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def render(
    ledger: Ledger, *, tool_version: str, mapper: Mapper = background_map
) -> Iterator[Output]:
    """Yield every deliverable of ``ledger`` but the manifest, one file at a time.

    ``mapper`` builds the department workbooks: ``background_map``, ``map``, or the
    ``map`` of a process pool (a ``Department`` is plain data and ``department_output``
    a top-level function).
    """
    tables = build_tables(ledger)
    with ThreadPoolExecutor(1) as worker:
        # The ledger compresses on a thread while the flat files are written.
        workbook = worker.submit(ledger_workbook, tables, ledger.registry_sha256, tool_version)
        yield from _flat(tables)
        yield Output("ledger.xlsx", (workbook.result(),), tables.assignments.height)
    yield from mapper(department_output, departments(tables, ledger.registry_sha256))


def manifest_of(ledger: Ledger, outputs: Iterable[FileEntry], *, tool_version: str) -> Manifest:
    """Return the manifest of the files ``outputs`` made from ``ledger``, sorted by path."""
    docs = ledger.frames.documents.sort("doc_id")
    return Manifest(
        tool_version=tool_version,
        generated_from=tuple(
            SourceEntry(doc_id, recorded(source), digest)
            for doc_id, source, digest in docs.select("doc_id", "source", "sha256").iter_rows()
        ),
        registry_sha256=ledger.registry_sha256,
        files=tuple(sorted(outputs, key=lambda entry: entry.path)),
    )


def recorded(source: str) -> str:
    """Return ``source`` as the manifest records it: relative to the project, never absolute.

    Sources are shown relative to the current folder already (``raw`` and ``/abs/raw``
    give one path); a plan outside it is recorded by its file name, so no path of the
    machine leaks into the manifest.
    """
    return (
        file_name(source) if PurePath(source).is_absolute() or source.startswith("..") else source
    )


def write_deliverables(
    ledger: Ledger, out: Path, *, tool_version: str, mapper: Mapper = background_map
) -> Manifest:
    """Write every deliverable of ``ledger`` into ``out``, replacing the previous export whole."""
    with staged(out, OURS) as stage:
        entries = []
        for output in render(ledger, tool_version=tool_version, mapper=mapper):
            entries.append(_write(stage, output))
        manifest = manifest_of(ledger, entries, tool_version=tool_version)
        (stage / MANIFEST).write_bytes(manifest.to_json().encode())
    return manifest


def _write(stage: Path, output: Output) -> FileEntry:
    """Write ``output`` under ``stage`` and return its manifest entry."""
    path = stage.joinpath(*output.path.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with path.open("wb") as file:
        for chunk in output.chunks:
            digest.update(chunk)
            file.write(chunk)
    return FileEntry(output.path, digest.hexdigest(), output.rows)


def _flat(tables: Tables) -> Iterator[Output]:
    frames = {
        "tasks": tables.tasks.select(*TASKS, *TASK_UNITS),
        "assignments": tables.assignments,
        "targets": tables.targets.select(*TARGETS),
        "units": tables.units,
    }
    for name, frame in frames.items():
        yield Output(f"{name}.csv", csv_chunks(frame), frame.height)
        yield Output(f"{name}.parquet", (parquet_bytes(frame),), frame.height)
    yield Output("tasks.json", tasks_json(tables.tasks, tables.assignments), tables.tasks.height)
    yield Output("assignments.json", rows_json(tables.assignments), tables.assignments.height)
