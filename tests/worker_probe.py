"""A function for worker processes that imports nothing but ``sys``, to see what they hold."""

from __future__ import annotations

import sys


def imported(module: str) -> bool:
    """Tell, in a worker, whether ``module`` was imported before this call."""
    return module in sys.modules
