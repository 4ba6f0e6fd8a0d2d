"""Open generated workbooks with LibreOffice headless, as a strict consumer would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.render import soffice, to_pdf
from pipeline.cli import main
from tests.conftest import REAL

pytestmark = pytest.mark.skipif(
    soffice() is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc",
)
DEPARTMENTS = ("市大数据局", "市体育局", "中牟县政府")


def test_libreoffice_converts_the_real_plans_workbooks(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["export", str(REAL), "--out", str(out), "--round", "2026-12"]
    )
    assert result.exit_code == 0, result.output
    workbooks = [out / "ledger.xlsx", *(out / "departments" / f"{d}.xlsx" for d in DEPARTMENTS)]
    pdfs = to_pdf(workbooks, tmp_path / "pdf")
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and len(data) > 10_000, pdf.name
        assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 1, pdf.name
