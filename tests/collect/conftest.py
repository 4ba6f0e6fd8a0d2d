"""Fixtures for collect: an issued export in tmp_path and a returns folder beside it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.collect.issued import issue


@dataclass(frozen=True)
class Issued:
    out: Path
    workbooks: dict[str, Path]
    returns: Path


@pytest.fixture
def issued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Issued:
    """Issue the tiny plan into tmp_path/out; work in tmp_path so paths print relative."""
    monkeypatch.chdir(tmp_path)
    workbooks = issue(Path("out"))
    returns = Path("returns")
    returns.mkdir()
    return Issued(Path("out"), workbooks, returns)
