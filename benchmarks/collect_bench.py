"""Time ``pipeline collect`` on the real plan's 63 returns against the bare import of its libraries.

    .venv/bin/python benchmarks/collect_bench.py [--repeat 3]

The returns are issued in the contract's shape by the test scaffolding
(tests/collect/issued.py: 15 tasks, 686 task × unit rows, 63 workbooks), every row answered
and saved with openpyxl as a department would; then ``pipeline collect`` runs in a fresh
process, as does ``python -c "import polars, pandera.polars, openpyxl"``. Prints the median
wall times, their ratio and the collect process's peak RSS.
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
from tests.collect.issued import Task, fill, issue  # noqa: E402

REAL = ROOT / "raw" / "zhengzhou-digital-government-action-plan.txt"
ANSWER = ("按计划推进，已完成阶段目标。", "序时推进", None, "继续推进。")
IMPORT = "import polars, pandera.polars, openpyxl"


def build(work: Path) -> Path:
    """Issue and answer the real plan's 63 department workbooks under ``work``."""
    checked = run.checked([REAL])
    tasks_frame = checked.frames.tasks
    assignments = checked.resolved.assignments
    names = dict(assignments.select("unit_id", "short_name").unique().iter_rows())
    tasks = []
    for t in tasks_frame.iter_rows(named=True):
        units = assignments.filter(task_no=t["task_no"]).select("unit_id", "role").rows()
        tasks.append(Task(t["task_no"], t["title"], t["body"], t["deadline"], tuple(units)))
    issued = issue(work / "out", tasks=tasks, units=names)
    answers = {t.no: ANSWER for t in tasks}
    for unit_id, path in issued.items():
        fill(path, work / "returns" / f"{unit_id}.xlsx", answers)
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
