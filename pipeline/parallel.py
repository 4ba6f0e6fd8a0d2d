"""Map a function over items in a pool of processes, in order, a few items ahead.

openpyxl builds and parses workbooks in pure Python, so only processes use a second core:
export builds the department workbooks here, collect reads the returns. The module
imports nothing heavy, so collect can use it without the export's page and charts.

A worker process that starts from nothing imports polars and openpyxl first, about half a
second. Where the platform has a fork server, ``warm`` starts it early with the worker's
modules imported, while the caller is still reading its input on the other core; workers
are then forked from it in milliseconds. The server holds no thread and has run no polars
code, so forking it is safe where forking the caller (polars' thread pool) is not.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: At most this many worker processes, however many cores there are.
POOL_WORKERS = 4
_SERVER = "forkserver"
_warm: set[str] = set()


def cores() -> int:
    """Return how many worker processes a pool gets here (1 when only one core)."""
    return max(1, min(os.cpu_count() or 1, POOL_WORKERS))


def warm(modules: Sequence[str]) -> bool:
    """Start the fork server now with ``modules`` imported; tell whether one holds them.

    Only on a machine with two cores or more, and a platform with a fork server (not
    Windows). The modules are set once, on the first call: a fork server keeps them.
    """
    if cores() < 2 or _SERVER not in multiprocessing.get_all_start_methods():
        return False
    if not _warm:
        multiprocessing.get_context(_SERVER).set_forkserver_preload(list(modules))
        from multiprocessing import forkserver  # not on Windows; checked above

        try:
            forkserver.ensure_running()
        except OSError:  # no socket or no process to be had: pools spawn their workers
            return False
        _warm.update(modules)
    return is_warm(modules)


def is_warm(modules: Sequence[str]) -> bool:
    """Tell whether ``warm`` started a fork server holding ``modules``."""
    return bool(modules) and set(modules) <= _warm


def pool_map(fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """Map ``fn`` over ``items`` in a pool of processes, one per core, in order.

    ``fn`` is a top-level function and items and results pickle (polars frames travel as
    Arrow IPC). At most twice as many items as workers are in flight, so memory stays
    bounded.
    """
    workers = cores()
    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _context() -> BaseContext:
    """Return the fork server once ``warm`` started it, else spawn (polars is not fork-safe)."""
    return multiprocessing.get_context(_SERVER if _warm else "spawn")
