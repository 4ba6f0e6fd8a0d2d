"""Regenerate the committed LibreOffice-saved returns: python -m tests.collect.make_fixtures.

Each is issued by ``tests.collect.issued``, answered with openpyxl, then opened and saved
as .xlsx by LibreOffice headless (shared strings, its own style tables, cached values).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from openpyxl import load_workbook

from tests.collect.issued import GOOD, HEADER, fill, issue, libreoffice_resave

FIXTURES = Path(__file__).parent / "fixtures"


def main() -> None:
    """Write fixtures/lo-*.xlsx."""
    work = Path(tempfile.mkdtemp())
    try:
        paths = issue(work / "out")
        filled = work / "filled"
        fill(paths["U01"], filled / "lo-good.xlsx")
        bad = {**GOOD, 1: ("迁移中。", "进行中", None, None)}
        fill(paths["U01"], filled / "lo-invalid-status.xlsx", bad)
        formula = fill(paths["U02"], filled / "lo-formula.xlsx", header={**HEADER})
        book = load_workbook(formula)
        book["任务清单"]["I7"] = '="完成"&"迁移"'
        book.save(formula)
        for source in sorted(filled.iterdir()):
            saved = libreoffice_resave(source, work / "saved")
            shutil.copyfile(saved, FIXTURES / source.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
