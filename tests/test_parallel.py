"""pool_map: results in the items' order, from worker processes."""

from __future__ import annotations

from pipeline.parallel import POOL_WORKERS, pool_map


def test_results_come_back_in_the_order_of_the_items() -> None:
    items = [-n if n % 3 else n for n in range(4 * POOL_WORKERS + 5)]  # more than in flight
    assert list(pool_map(abs, items)) == [abs(n) for n in items]


def test_no_items_start_nothing_and_give_nothing() -> None:
    assert list(pool_map(abs, [])) == []
