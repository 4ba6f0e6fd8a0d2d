"""Time a call and sample the peak resident memory of a process and all its children."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_INTERVAL = 0.005
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sample:
    """One measured run: wall seconds and peak resident memory of the process tree (MB)."""

    seconds: float
    peak_mb: float


class TreeSampler:
    """Poll the resident memory of ``pid`` and its descendants; keep the peak of the sum."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self.peak = tree_rss(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.pid))

    def _run(self) -> None:
        while not self._stop.wait(_INTERVAL):
            self.peak = max(self.peak, tree_rss(self.pid))


def tree_rss(pid: int) -> int:
    """Return the summed resident bytes of ``pid`` and its descendants (0 if unreadable)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _rss(current)
        stack += _children(current)
    return total


def _rss(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[1]) * _PAGE


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return kids
    for task in tasks:
        try:
            kids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return kids


def measure(fn: Callable[[], T]) -> tuple[T, Sample]:
    """Call ``fn`` in this process; return its result and its wall time and peak memory."""
    before = _maxrss()
    with TreeSampler(os.getpid()) as sampler:
        start = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - start
    # ru_maxrss only rises; if it rose during the call, it is this call's exact peak.
    after = _maxrss()
    peak = max(sampler.peak, after if after > before else 0)
    return result, Sample(seconds, peak / MB)


def run_command(
    args: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> Sample:
    """Run a command to completion, output discarded; return its wall time and tree peak."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(args), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    with TreeSampler(proc.pid) as sampler:
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode not in ok:
        message = err.decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {message}")
    return Sample(seconds, sampler.peak / MB)


def best_of(repeat: int, fn: Callable[[], Sample]) -> Sample:
    """Return the fastest of ``repeat`` runs, with the highest peak memory seen."""
    samples = [fn() for _ in range(repeat)]
    return Sample(min(s.seconds for s in samples), max(s.peak_mb for s in samples))


def _maxrss() -> int:
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
