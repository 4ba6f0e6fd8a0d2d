"""Fixtures: small ledgers, and their deliverables written into a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.export.deliverables import write_deliverables
from pipeline.export.manifest import Manifest
from pipeline.ledger import Ledger
from tests.export.fixtures import TOOL_VERSION, small_ledger, two_plan_ledger


@pytest.fixture
def ledger() -> Ledger:
    """Return the one-plan ledger of the golden files."""
    return small_ledger()


@pytest.fixture
def two_plans() -> Ledger:
    """Return a ledger of two plans."""
    return two_plan_ledger()


@pytest.fixture
def exported(tmp_path: Path, ledger: Ledger) -> tuple[Path, Manifest]:
    """Return the output directory holding the small ledger's deliverables, and the manifest."""
    out = tmp_path / "out"
    return out, write_deliverables(ledger, out, tool_version=TOOL_VERSION)
