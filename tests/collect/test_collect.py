"""collect's reading: a process pool for many bytes of returns gives what one process gives."""

from __future__ import annotations

import os

import pytest

import pipeline.collect as collect_module
from pipeline.collect import collect
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, fill


def test_returns_read_in_a_pool_give_the_same_round(
    issued: Issued, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(issued.workbooks["U01"], issued.returns / "a.xlsx", GOOD)
    fill(
        issued.workbooks["U02"], issued.returns / "b.xlsx", {**GOOD, 3: ("x", "进行中", None, None)}
    )
    (issued.returns / "c.xlsx").write_bytes(b"PK\x03\x04 not a whole package")
    alone = collect([issued.returns], issued.out, write=False)
    monkeypatch.setattr(collect_module, "POOL_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # the module collect calls
    pooled = collect([issued.returns], issued.out, write=False)
    rules = [(f.rule, f.path, f.cell) for f in pooled.report.findings]
    assert rules == [
        ("return.missing", "departments/市公安局.xlsx", None),
        ("return.status.invalid", "returns/b.xlsx", "任务清单!J8"),
        ("return.unreadable", "returns/c.xlsx", None),
    ]
    assert rules == [(f.rule, f.path, f.cell) for f in alone.report.findings]
    assert pooled.progress.equals(alone.progress)
