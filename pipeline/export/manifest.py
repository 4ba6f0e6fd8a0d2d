"""Describe an export: every file with its checksum and rows, and what it was made from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Output:
    """One rendered file: path relative to the output directory, its bytes in pieces (which
    may be made as they are read, once), and its rows of data."""

    path: str
    chunks: Iterable[bytes]
    rows: int


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file written: path relative to the output directory (``/``-separated), sha256, rows."""

    path: str
    sha256: str
    rows: int


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source document the export was made from."""

    doc_id: str
    source: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an export wrote and from what; no timestamps, so equal inputs give equal bytes."""

    tool_version: str
    generated_from: tuple[SourceEntry, ...]
    registry_sha256: str
    files: tuple[FileEntry, ...]

    def to_json(self) -> str:
        """Return the manifest as indented JSON ending with a newline."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"
