"""Call the stages in order; each function reads like the data flow."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline import clean, ingest, parse, report
from pipeline.errors import PipelineError
from pipeline.findings import Finding, Report
from pipeline.frames import to_frames
from pipeline.model import Document
from pipeline.registry import load_registry
from pipeline.resolve import resolve_mentions
from pipeline.validate import unreadable, validate


def extract(paths: Sequence[Path]) -> list[Document]:
    """Read, clean and parse every document under ``paths``."""
    raws = [ingest.read(path) for path in ingest.discover(paths)]
    ingest.doc_ids_unique(raws)
    return [parse.parse(raw, clean.clean(raw)) for raw in raws]


def check(paths: Sequence[Path], *, registry: Path | None = None, strict: bool = False) -> Report:
    """Read, clean, parse, resolve and validate every document under ``paths``; write nothing."""
    documents, failed = read_documents(paths)
    frames = to_frames(documents)
    units = load_registry(registry)
    resolved = resolve_mentions(frames.mentions, frames.documents, units)
    return validate(documents, frames, resolved, registry=units, strict=strict).adding(failed)


def read_documents(paths: Sequence[Path]) -> tuple[list[Document], list[Finding]]:
    """Read, clean and parse each document; a file that cannot be read becomes a finding."""
    documents: list[Document] = []
    failed: list[Finding] = []
    raws = []
    for path in ingest.discover(paths):
        try:
            raws.append(ingest.read(path))
        except PipelineError as err:
            failed.append(unreadable(err))
    ingest.doc_ids_unique(raws)
    for raw in raws:
        try:
            documents.append(parse.parse(raw, clean.clean(raw)))
        except PipelineError as err:
            failed.append(unreadable(err))
    return documents, failed


def write_reports(result: Report, folder: Path) -> tuple[Path, Path]:
    """Write ``validation.json`` and ``validation.md`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = (folder / "validation.json", folder / "validation.md")
    for path, body in zip(written, (report.to_json(result), report.markdown(result)), strict=True):
        path.write_text(body, encoding="utf-8")
    return written
