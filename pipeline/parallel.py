"""Map a function over items in a pool of processes, in order, a few items ahead.

openpyxl builds and parses workbooks in pure Python, so only processes use a second core:
export builds a corpus's department workbooks here, collect reads a corpus's returns. The
module imports nothing heavy, so collect can use it without the export's page and charts.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: At most this many worker processes, however many cores there are.
POOL_WORKERS = 4


def pool_map(fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """Map ``fn`` over ``items`` in a pool of processes, one per core, in order.

    ``fn`` is a top-level function and items and results pickle (polars frames travel as
    Arrow IPC). At most twice as many items as workers are in flight, so memory stays
    bounded.
    """
    workers = max(1, min(os.cpu_count() or 1, POOL_WORKERS))
    context = multiprocessing.get_context("spawn")  # polars is not fork-safe
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
