"""Shared fixtures: the real plan, a raw document from a text, and a helper that writes tiny documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from pipeline.read.ingest import CorrectionSpec, RawDocument, Sidecar

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "raw" / "zhengzhou-digital-government-action-plan.txt"


def raw_doc(
    text: str,
    name: str = "t.txt",
    sidecar: Sidecar | None = None,
    corrections: tuple[CorrectionSpec, ...] = (),
) -> RawDocument:
    """A raw document read from ``text`` as if from a UTF-8 file called ``name``."""
    return RawDocument(Path(name), text, "0" * 64, "utf-8", sidecar or Sidecar(), corrections)


def keeps_raw_places(text: str, raw: str, to_raw: Sequence[int]) -> bool:
    """Whether every character of a rewritten text but the bars, spaces and line breaks a
    step added maps to the raw character it came from."""
    return len(to_raw) == len(text) and all(
        raw[to_raw[at]] == ch for at, ch in enumerate(text) if ch not in " |\n"
    )


@pytest.fixture
def write_doc(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that writes a document (text or bytes) into tmp_path."""

    def write(content: str | bytes, name: str = "plan.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write
