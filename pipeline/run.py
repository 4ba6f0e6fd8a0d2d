"""Call the stages in order; each function reads like the data flow."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from pipeline import __version__
from pipeline.errors import PipelineError
from pipeline.export.atomic import atomic_write_bytes, atomic_write_text, locked
from pipeline.export.manifest import Manifest
from pipeline.export.reporting import reporting_of
from pipeline.frames import Frames, to_frames
from pipeline.ledger import Ledger
from pipeline.model import Document
from pipeline.parallel import warm
from pipeline.parse import parser
from pipeline.read import clean, ingest
from pipeline.registry.lookup import Registry, load_registry
from pipeline.registry.resolve import Resolved, resolve_mentions
from pipeline.validate import report
from pipeline.validate.checks import orphan, unreadable, validate
from pipeline.validate.findings import Finding, Report

if TYPE_CHECKING:  # imported where used: collect and extract need neither the page nor its
    # charts, export and extract not the collect package
    from pipeline.collect import Collected
    from pipeline.collect.carry import Carried
    from pipeline.export.deliverables import Advance
    from pipeline.export.page import Sources

#: Wraps the list of files so a caller can show progress (a click progress bar, say).
Progress = Callable[[Sequence[Path]], Iterable[Path]]


@dataclass(frozen=True, slots=True)
class Checked:
    """Everything validation saw, and its verdict."""

    documents: list[Document]
    frames: Frames
    registry: Registry
    resolved: Resolved
    report: Report


@dataclass(frozen=True, slots=True)
class Exported:
    """The report, and the manifest of the deliverables (None when invalid: nothing written)."""

    report: Report
    manifest: Manifest | None
    reports: tuple[Path, Path]


def extract(paths: Sequence[Path], *, max_size: int = ingest.MAX_SIZE) -> list[Document]:
    """Read, clean and parse every document under ``paths``."""
    files = ingest.discover(paths)
    ingest.doc_ids_unique(files)
    return [_document(path, max_size) for path in files]


def check(
    paths: Sequence[Path],
    *,
    registry: Path | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    max_size: int = ingest.MAX_SIZE,
) -> Report:
    """Read, clean, parse, resolve and validate every document under ``paths``; write nothing."""
    return checked(
        paths, registry=registry, strict=strict, progress=progress, max_size=max_size
    ).report


def checked(
    paths: Sequence[Path],
    *,
    registry: Path | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    status: Callable[[str], None] | None = None,
    max_size: int = ingest.MAX_SIZE,
) -> Checked:
    """Run every stage up to validation and keep what each produced."""
    documents, failed = read_documents(paths, progress, max_size)
    if status is not None:
        status(f"Resolving units and validating {len(documents)} plan(s)…")
    frames = to_frames(documents)
    units = load_registry(registry)
    resolved = resolve_mentions(frames.mentions, frames.documents, units)
    verdict = validate(documents, frames, resolved, strict=strict).adding(failed)
    return Checked(documents, frames, units, resolved, verdict)


def export(
    paths: Sequence[Path],
    out: Path,
    *,
    registry: Path | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    status: Callable[[str], None] | None = None,
    carry_forward: bool = False,
    round_: str | None = None,
    due: date | None = None,
    advance: Advance | None = None,
    max_size: int = ingest.MAX_SIZE,
) -> Exported:
    """Validate, write the reports, and write the deliverables only if the data is valid.

    ``round_`` and ``due`` (报送期次, 报送时限) beat what the plans' sidecars say.
    When the data is invalid the previous deliverables in ``out`` stay as they were.
    ``carry_forward`` hands each unit's last collected answers to the department writer.
    """
    from pipeline.export.deliverables import WORKERS, write_deliverables
    from pipeline.export.page import PAGE, ledger_page

    warm(WORKERS)  # the workbooks' worker processes get ready while the plans are read
    result = checked(
        paths, registry=registry, strict=strict, progress=progress, status=status, max_size=max_size
    )
    with locked(out, waiting=status):  # one export at a time into ``out``
        reports = write_reports(result.report, out)
        if not result.report.valid:
            # The overview page shows the findings; the previous deliverables stay as they were.
            atomic_write_bytes(out / PAGE, ledger_page(None, result.frames, _sources(result)))
            return Exported(result.report, None, reports)
        carried = None
        if carry_forward:
            from pipeline.collect.carry import last_answers

            carried = last_answers(out)
        ledger = _ledger(result, carried=carried)
        if status is not None:
            status(f"Writing deliverables for {result.resolved.assignments.height} assignments…")
        reporting = reporting_of(result.documents, round_=round_, due=due)
        manifest = write_deliverables(
            ledger,
            out,
            tool_version=__version__,
            reporting=reporting,
            advance=advance,
            page=_sources(result),
        )
    return Exported(result.report, manifest, reports)


def collect(
    returns: Sequence[Path],
    out: Path,
    *,
    plans: Sequence[Path],
    round_: str | None = None,
    prefer: str | None = None,
    strict: bool = False,
    registry: Path | None = None,
) -> Collected:
    """Check the returns against the export in ``out``, write the round, refresh the page.

    ``plans`` are the plans the export was made from; the overview page is rebuilt from
    them with the round's progress and every earlier round's (not when ``plans`` is empty).
    """
    from pipeline.collect import collect as collect_returns

    result = collect_returns(returns, out, round_=round_, prefer=prefer, strict=strict)
    if result.written and plans:
        refresh_overview(
            plans, out, progress=result.progress, history=result.history, registry=registry
        )
    return result


def refresh_overview(
    paths: Sequence[Path],
    out: Path,
    *,
    progress: pl.DataFrame | None,
    history: pl.DataFrame | None = None,
    registry: Path | None = None,
) -> Path:
    """Rewrite ``out/index.html`` from the plans under ``paths`` and a round's progress.

    ``progress`` and ``history`` are collect's frames; collect calls this after a round.
    """
    from pipeline.export.page import PAGE, ledger_page

    result = checked(paths, registry=registry)
    ledger = _ledger(result) if result.report.valid else None
    page = ledger_page(ledger, result.frames, _sources(result), progress=progress, history=history)
    atomic_write_bytes(out / PAGE, page)
    return out / PAGE


def _ledger(
    result: Checked, *, carried: Mapping[str, Mapping[str, Carried]] | None = None
) -> Ledger:
    return Ledger(
        frames=result.frames,
        assignments=result.resolved.assignments,
        units=result.registry.units_frame(),
        registry_sha256=result.registry.sha256,
        carried=carried or {},
    )


def _sources(result: Checked) -> Sources:
    from pipeline.export.page import Sources

    return Sources(result.report, {d.source: d.clean.raw for d in result.documents})


def read_documents(
    paths: Sequence[Path], progress: Progress | None = None, max_size: int = ingest.MAX_SIZE
) -> tuple[list[Document], list[Finding]]:
    """Read, clean and parse each document; a file that cannot be read becomes a finding.

    A sidecar or corrections file without its plan is a finding too: it would be ignored.
    """
    documents: list[Document] = []
    found = ingest.discover_all(paths)
    failed = [orphan(path) for path in found.orphans]
    files = list(found.plans)
    ingest.doc_ids_unique(files)
    for path in progress(files) if progress else files:
        try:
            documents.append(_document(path, max_size))
        except PipelineError as err:
            failed.append(unreadable(err))
    return documents, failed


def _document(path: Path, max_size: int = ingest.MAX_SIZE) -> Document:
    """Read, clean and parse one document; keep its sidecar's reporting round and date."""
    raw = ingest.read(path, max_size)
    doc = parser.parse(raw, clean.clean(raw))
    side = raw.sidecar
    return replace(doc, reporting_round=side.reporting_round, reporting_due=side.reporting_due)


def write_reports(result: Report, folder: Path) -> tuple[Path, Path]:
    """Write ``validation.json`` and ``validation.md`` into ``folder`` atomically."""
    written = (folder / "validation.json", folder / "validation.md")
    for path, body in zip(written, (report.to_json(result), report.markdown(result)), strict=True):
        atomic_write_text(path, body)
    return written
