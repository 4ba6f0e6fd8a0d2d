"""Time ``pipeline collect`` on the real plan's 63 returns against the bare import of its libraries.

    .venv/bin/python benchmarks/collect_bench.py [--repeat 3]

The returns are the real plan's 63 department workbooks as ``pipeline export`` writes them
(15 tasks, 686 task × unit rows), every row answered and saved with openpyxl as a
department would (``tests.collect.issued.answer_export``); then ``pipeline collect`` runs in
a fresh process, in a folder without plans (so the overview page is not refreshed), as does
``python -c "import polars, pandera.polars, openpyxl"``. Prints the median wall times,
their ratio and the collect process's peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import run  # noqa: E402
from tests.collect.issued import answer_export  # noqa: E402

REAL = ROOT / "raw" / "zhengzhou-digital-government-action-plan.txt"
IMPORT = "import polars, pandera.polars, openpyxl"


def build(work: Path) -> Path:
    """Export the real plan under ``work`` and answer its department workbooks."""
    exported = run.export([REAL], work / "out")
    assert exported.report.valid
    for issued in sorted((work / "out" / "departments").glob("*.xlsx")):
        answer_export(issued, work / "returns" / issued.name)
    return work


def timed(args: list[str], cwd: Path) -> tuple[float, int]:
    """Return the wall time of ``args`` and the peak RSS (KiB) of the children so far."""
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=False, capture_output=True)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    """Build the returns, time collect and the bare import, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    work = Path(tempfile.mkdtemp(prefix="collect-bench-"))
    try:
        build(work)
        python = sys.executable
        pipeline = str(Path(python).parent / "pipeline")
        imports, collects = [], []
        peak = 0
        for _ in range(repeat):
            imports.append(timed([python, "-c", IMPORT], work)[0])
            seconds, peak = timed([pipeline, "collect", "returns", "--out", "out"], work)
            collects.append(seconds)
        rows = sum(1 for _ in (work / "returns").iterdir())
        a, b = statistics.median(imports), statistics.median(collects)
        print(f"returns: {rows}, cpu count: {os.cpu_count()}")
        print(f"bare import {a:.2f} s, collect {b:.2f} s, ratio {b / a:.2f} (target <= 2)")
        print(f"peak RSS of the children: {peak / 1024:.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
