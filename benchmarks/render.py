"""Render every workbook of an export to PDF and PNG with LibreOffice, as a clerk prints it.

``make render`` (or ``python benchmarks/render.py [OUT]``) converts ``OUT/ledger.xlsx`` and
``OUT/departments/*.xlsx`` with ``soffice --headless`` into ``OUT/render/`` (the same
relative paths, .pdf), then each PDF's pages into PNG with ``pdftoppm`` (100 dpi). It needs
Debian's ``libreoffice-calc``, ``poppler-utils`` and ``fonts-noto-cjk``; without them it
says so and exits 1. Not part of the pipeline: a way to look at the printed pages.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALL = "apt-get install libreoffice-calc poppler-utils fonts-noto-cjk"
TIMEOUT = 600  # seconds for one folder of workbooks


def soffice() -> str | None:
    """Return the LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(workbooks: list[Path], folder: Path) -> list[Path]:
    """Convert ``workbooks`` to PDF into ``folder`` with one LibreOffice run; return the PDFs.

    A private LibreOffice profile keeps the run apart from any LibreOffice already open.
    """
    command = soffice()
    if command is None:
        raise FileNotFoundError(f"LibreOffice (soffice) is not installed: {INSTALL}")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        subprocess.run(
            [command, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), *map(str, workbooks)],
            check=True, capture_output=True, timeout=TIMEOUT,
        )  # fmt: skip
    return [folder / (w.stem + ".pdf") for w in workbooks]


def to_png(pdf: Path, dpi: int = 100) -> list[Path]:
    """Write each page of ``pdf`` as ``<stem>-<page>.png`` beside it; return the PNGs."""
    command = shutil.which("pdftoppm")
    if command is None:
        raise FileNotFoundError(f"pdftoppm is not installed: {INSTALL}")
    subprocess.run([command, "-r", str(dpi), "-png", str(pdf), str(pdf.with_suffix(""))],
                   check=True, timeout=TIMEOUT)  # fmt: skip
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def render(out: Path) -> list[tuple[Path, Path | None, int]]:
    """Render every workbook under ``out``; return (workbook, PDF or None, pages as PNG)."""
    target = out / "render"
    groups: dict[Path, list[Path]] = {}
    for workbook in sorted(out.glob("*.xlsx")) + sorted((out / "departments").glob("*.xlsx")):
        groups.setdefault(target / workbook.parent.relative_to(out), []).append(workbook)
    done = []
    for folder, workbooks in groups.items():
        for workbook, pdf in zip(workbooks, to_pdf(workbooks, folder), strict=True):
            ok = pdf.is_file() and pdf.stat().st_size > 0
            done.append((workbook, pdf if ok else None, len(to_png(pdf)) if ok else 0))
    return done


def main(argv: list[str] | None = None) -> int:
    """Render the workbooks of the export folder given (default out/)."""
    parser = argparse.ArgumentParser(prog="render", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "out")
    args = parser.parse_args(argv)
    if soffice() is None or shutil.which("pdftoppm") is None:
        print(f"render: LibreOffice or pdftoppm is not installed; to render, {INSTALL}")
        return 1
    if not (args.out / "ledger.xlsx").is_file() and not (args.out / "departments").is_dir():
        print(f"render: no workbooks in {args.out}/; run make export first")
        return 1
    results = render(args.out)
    failed = [w for w, pdf, _ in results if pdf is None]
    pages = sum(n for _, _, n in results)
    print(f"rendered {len(results) - len(failed)} of {len(results)} workbooks, {pages} pages, "
          f"into {args.out / 'render'}/")  # fmt: skip
    for workbook in failed:
        print(f"render: LibreOffice made no PDF of {workbook}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
