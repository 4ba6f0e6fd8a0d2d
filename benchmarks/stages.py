"""Call the pipeline's stages one at a time; the only module that knows their signatures."""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import run
from pipeline.export.deliverables import write_deliverables
from pipeline.export.manifest import Manifest
from pipeline.frames import Frames, to_frames
from pipeline.ledger import Ledger
from pipeline.model import CleanText, Document
from pipeline.parse import parser
from pipeline.read import clean, ingest
from pipeline.read.ingest import RawDocument
from pipeline.registry.lookup import Registry, load_registry
from pipeline.registry.resolve import Resolved, resolve_mentions
from pipeline.validate.checks import TABLES, validate
from pipeline.validate.findings import Report

TOOL_VERSION = "bench"


@dataclass(frozen=True, slots=True)
class Resolution:
    """The registry and what resolving the mentions against it gave."""

    registry: Registry
    resolved: Resolved


def ingest_all(corpus: Path) -> list[RawDocument]:
    """Read and decode every plan of ``corpus``, one after another."""
    return [ingest.read(path) for path in ingest.discover([corpus])]


def clean_all(raws: Sequence[RawDocument]) -> list[CleanText]:
    """Clean every raw document, one after another."""
    return [clean.clean(raw) for raw in raws]


def parse_all(raws: Sequence[RawDocument], cleans: Sequence[CleanText]) -> list[Document]:
    """Parse every cleaned document, one after another."""
    return [parser.parse(raw, text) for raw, text in zip(raws, cleans, strict=True)]


def extract(corpus: Path) -> list[Document]:
    """Read, clean and parse ``corpus`` the way the pipeline's check and export do."""
    documents, failed = run.read_documents([corpus])
    if failed:
        raise RuntimeError(f"{len(failed)} plan(s) of the corpus could not be read")
    return documents


def frames(documents: Sequence[Document]) -> Frames:
    """Build the parsed tables."""
    return to_frames(documents)


def resolve(tables: Frames) -> Resolution:
    """Load the registry and resolve every mention against it."""
    registry = load_registry()
    return Resolution(registry, resolve_mentions(tables.mentions, tables.documents, registry))


def check(documents: Sequence[Document], tables: Frames, resolution: Resolution) -> Report:
    """Validate every table and rule."""
    return validate(documents, tables, resolution.resolved)


def schema_checks(tables: Frames, resolution: Resolution) -> int:
    """Run only the Pandera table schemas (lazily, as validate does); return the rows checked."""
    import pandera.errors

    by_name = table_frames(tables, resolution)
    rows = 0
    for name, model in TABLES:
        with contextlib.suppress(pandera.errors.SchemaErrors):
            model.validate(by_name[name], lazy=True)
        rows += by_name[name].height
    return rows


def table_frames(tables: Frames, resolution: Resolution) -> dict[str, Any]:
    """Return the validated tables by name."""
    return {
        "documents": tables.documents,
        "targets": tables.targets,
        "tasks": tables.tasks,
        "mentions": tables.mentions,
        "leaders": tables.leaders,
        "notes": tables.notes,
        "assignments": resolution.resolved.assignments,
    }


def ledger(tables: Frames, resolution: Resolution) -> Ledger:
    """Assemble the ledger every deliverable is written from."""
    registry = resolution.registry
    return Ledger(
        frames=tables,
        assignments=resolution.resolved.assignments,
        units=registry.units_frame(),
        registry_sha256=registry.sha256,
    )


def export(book: Ledger, out: Path) -> Manifest:
    """Write every deliverable of ``book`` into ``out`` as ``pipeline export`` does."""
    return write_deliverables(book, out, tool_version=TOOL_VERSION)


def export_pool(book: Ledger, out: Path, workers: int = 2) -> Manifest:
    """Write every deliverable, building department workbooks in a pool of ``workers``."""
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return write_deliverables(
            book,
            out,
            tool_version=TOOL_VERSION,
            mapper=lambda fn, items: pool.map(fn, items, chunksize=4),
        )
