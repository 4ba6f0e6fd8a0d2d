"""Call the stages in order; each function reads like the data flow."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline import clean, ingest, parse
from pipeline.model import Document


def extract(paths: Sequence[Path]) -> list[Document]:
    """Read, clean and parse every document under ``paths``."""
    raws = [ingest.read(path) for path in ingest.discover(paths)]
    ingest.doc_ids_unique(raws)
    return [parse.parse(raw, clean.clean(raw)) for raw in raws]
