"""Render every deliverable of a ledger and put them in place all at once."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path, PurePath

import polars as pl

from pipeline.columns import conform
from pipeline.export.atomic import staged
from pipeline.export.csv_out import csv_chunks
from pipeline.export.datapackage import PATH as DATAPACKAGE
from pipeline.export.datapackage import RESOURCES, datapackage_json
from pipeline.export.department_record import Department
from pipeline.export.department_rows import department_rows, issued_table
from pipeline.export.json_out import tasks_json
from pipeline.export.manifest import FileEntry, Manifest, Output, SourceEntry
from pipeline.export.page import PAGE, Sources, ledger_page
from pipeline.export.parquet_out import parquet_bytes
from pipeline.export.reporting import Reporting
from pipeline.export.tables import Tables, build_tables, file_name
from pipeline.export.xlsx_department import (
    department_columns,
    department_output,
    departments,
)
from pipeline.export.xlsx_ledger import ledger_workbook
from pipeline.json_rows import rows_json
from pipeline.ledger import Ledger
from pipeline.parallel import cores, is_warm, pool_map
from schemas.tables import AssignmentsSchema

MANIFEST = "manifest.json"
DEPARTMENTS = "departments"
ISSUED = "issued.parquet"
# Every top-level name an export owns; anything else in the output directory is kept.
OURS = frozenset(
    {MANIFEST, DATAPACKAGE, "ledger.xlsx", DEPARTMENTS, PAGE, ISSUED}
    | {f"{table}.{ext}" for table in RESOURCES for ext in ("csv", "parquet")}
    | {"documents.json", "tasks.json", "assignments.json"}
)


#: No round, no due date: the workbooks say 报送期次 未指定.
NO_REPORTING = Reporting()
#: Told each file's path as it is written, with how many files are written in all.
Advance = Callable[[str, int], None]

_AHEAD = 3  # workbooks in flight at most
#: From this many department rows on, the workbooks are built in a process pool.
POOL_ROWS = 50_000
#: The modules a department workbook's worker needs (``parallel.warm`` imports them early).
WORKERS = ("pipeline.export.xlsx_department",)
#: With a warm fork server, from this many workbooks on they are built in a process pool.
POOL_WORKBOOKS = 8
LEDGER_PROCESS_ROWS = 50_000
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


def auto_map(fn: Callable[[Department], Output], items: Iterable[Department]) -> Iterator[Output]:
    """Map ``fn`` over ``items``: a process pool for many rows, else one background thread.

    A worker process started from nothing costs about half a second; it pays off for a
    large corpus, or from a few workbooks on once ``parallel.warm`` started the fork server
    with ``WORKERS`` imported. A ``Department`` travels as its polars rows (Arrow IPC).
    """
    departments = list(items)
    rows = sum(d.n_tasks for d in departments)
    warm = is_warm(WORKERS) and len(departments) >= POOL_WORKBOOKS
    pooled = cores() > 1 and (rows >= POOL_ROWS or warm)
    return (pool_map if pooled else background_map)(fn, departments)


def render(
    ledger: Ledger,
    *,
    tool_version: str,
    mapper: Mapper = auto_map,
    reporting: Reporting = NO_REPORTING,
) -> Iterator[Output]:
    """Yield every deliverable of ``ledger`` but the manifest, one file at a time.

    ``mapper`` builds the department workbooks: ``auto_map`` (the default),
    ``background_map``, ``pool_map``, ``map``, or the ``map`` of another pool (a
    ``Department`` is plain data and ``department_output`` a top-level function).
    """
    tables = build_tables(ledger)
    rows = department_rows(
        tables, department_columns(tables), round_=reporting.round, carried=ledger.carried
    )
    with _ledger_worker(tables.assignments.height) as worker:
        # The ledger is written beside the flat files and the department workbooks.
        workbook = worker.submit(ledger_workbook, tables, ledger.registry_sha256, tool_version)
        yield from _flat(tables)
        yield _issued(rows)
        # The locked texts (JSON) are issued.parquet's; the workbooks show them cell by cell.
        rows = rows.drop("locked")
        units = departments(
            tables,
            ledger.registry_sha256,
            tool_version=tool_version,
            round_=reporting.round,
            due=reporting.due,
            rows=rows,
        )
        yield from mapper(department_output, units)
        yield Output("ledger.xlsx", (workbook.result(),), tables.assignments.height)


def _issued(rows: pl.DataFrame) -> Output:
    """Return issued.parquet; the sorted copy of the rows is gone once it is encoded."""
    issued = issued_table(rows)
    return Output(ISSUED, (parquet_bytes(issued),), issued.height)


def count_outputs(ledger: Ledger) -> int:
    """Return how many files ``render`` yields for ``ledger`` (the manifest not counted)."""
    units = ledger.assignments["unit_id"].n_unique()
    # CSV and Parquet per table, datapackage.json, three JSON files, the ledger, issued rows.
    return 2 * len(RESOURCES) + 1 + 3 + 1 + 1 + units


def _ledger_worker(rows: int) -> Executor:
    """Return where the ledger is written: a thread, or for a large ledger a process.

    openpyxl holds the GIL for every cell; past ``LEDGER_PROCESS_ROWS`` assignments the
    ledger gets a core of its own (``Tables`` travel to it as Arrow data inside the
    frames' pickles), below that a process would cost more to start than it saves.
    """
    if rows < LEDGER_PROCESS_ROWS:
        return ThreadPoolExecutor(1)
    return ProcessPoolExecutor(1, mp_context=get_context("spawn"))


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
    ledger: Ledger,
    out: Path,
    *,
    tool_version: str,
    mapper: Mapper = auto_map,
    reporting: Reporting = NO_REPORTING,
    advance: Advance | None = None,
    page: Sources | None = None,
) -> Manifest:
    """Write every deliverable of ``ledger`` into ``out``, replacing the previous export whole.

    ``advance`` is told each file as it is written (a progress bar, say). With ``page``
    (the report and raw texts) the overview page ``index.html`` is written too; like the
    validation reports it is not in the manifest, as collect rewrites it.
    """
    total = count_outputs(ledger)
    with staged(out, OURS) as stage:
        entries = []
        outputs = render(ledger, tool_version=tool_version, mapper=mapper, reporting=reporting)
        for output in outputs:
            entries.append(_write(stage, output))
            if advance is not None:
                advance(output.path, total)
        manifest = manifest_of(ledger, entries, tool_version=tool_version)
        (stage / MANIFEST).write_bytes(manifest.to_json().encode())
        if page is not None:
            (stage / PAGE).write_bytes(ledger_page(ledger, ledger.frames, page))
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
    """Yield each table as CSV and Parquet, exactly its model's columns, then the JSON files."""
    for name, model in RESOURCES.items():
        frame = conform(getattr(tables, name), model)
        yield Output(f"{name}.csv", csv_chunks(frame), frame.height)
        yield Output(f"{name}.parquet", (parquet_bytes(frame),), frame.height)
    # The Data Package describes the CSV files: one row per table it describes.
    yield Output(DATAPACKAGE, (datapackage_json().encode(),), len(RESOURCES))
    docs = conform(tables.documents, RESOURCES["documents"])
    yield Output("documents.json", rows_json(docs), docs.height)
    yield Output("tasks.json", tasks_json(tables.tasks, tables.assignments), tables.tasks.height)
    assignments = conform(tables.assignments, AssignmentsSchema)
    yield Output("assignments.json", rows_json(assignments), assignments.height)
