"""pool_map: results in the items' order, from worker processes; a warm fork server."""

from __future__ import annotations

import pytest

from pipeline import parallel
from pipeline.export.deliverables import WORKERS
from pipeline.parallel import POOL_WORKERS, cores, is_warm, pool_map, warm
from tests.worker_probe import imported


def test_results_come_back_in_the_order_of_the_items() -> None:
    items = [-n if n % 3 else n for n in range(4 * POOL_WORKERS + 5)]  # more than in flight
    assert list(pool_map(abs, items)) == [abs(n) for n in items]


def test_no_items_start_nothing_and_give_nothing() -> None:
    assert list(pool_map(abs, [])) == []


def test_a_warm_fork_server_hands_workers_their_modules_imported() -> None:
    two = cores() > 1
    assert warm(WORKERS) is two and is_warm(WORKERS) is two
    assert warm(WORKERS) is two  # a second call keeps the running server
    assert not is_warm(("a.module.never.preloaded",))
    if two:  # forked from the server: the workbook writer is there before any task runs
        assert list(pool_map(imported, [*WORKERS, "a.module.never.preloaded"])) == [True, False]


def test_without_a_fork_server_to_be_had_pools_spawn_their_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from multiprocessing import forkserver

    def refuse() -> None:
        raise OSError("no socket")

    monkeypatch.setattr(parallel, "_warm", set())
    monkeypatch.setattr(forkserver, "ensure_running", refuse)
    assert warm(WORKERS) is False and not is_warm(WORKERS)
    assert parallel._context().get_start_method() == "spawn"
    assert list(pool_map(abs, [-1, 2, -3])) == [1, 2, 3]
