"""One exception family: every error a user can cause carries where it happened."""

from __future__ import annotations

import os
from pathlib import Path


class PipelineError(Exception):
    """Base of every error the pipeline reports to a person."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        hint: str | None = None,
        excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = _printable(Path(path)) if path is not None else None
        self.line = line
        self.hint = hint
        self.excerpt = excerpt

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.excerpt:
            text += f" [{self.excerpt}]"
        if self.hint:
            text += f" — {self.hint}"
        return text


class IngestError(PipelineError):
    """A raw file cannot be read or decoded."""


class CleanError(PipelineError):
    """Cleaning cannot proceed (a broken sidecar or corrections file)."""


class ParseError(PipelineError):
    """The cleaned text does not have the shape of an action plan."""


class RegistryError(PipelineError):
    """The unit registry is malformed or cannot be loaded."""


class ExportError(PipelineError):
    """Deliverables cannot be written."""


class CollectError(PipelineError):
    """Returned workbooks cannot be collected (no export to check them against)."""


def _printable(path: Path) -> Path:
    """Return ``path`` with undecodable bytes of its name (GBK, say) as replacement characters."""
    text = str(path)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return Path(os.fsencode(text).decode("utf-8", "replace"))
    return path
