"""Hypothesis profiles: a bounded one for ``make test``, a big one for a fuzz campaign.

``HYPOTHESIS_PROFILE=campaign python -m pytest tests/property`` runs 10,000 plans per
property (about an hour on two cores); the default keeps the suite within seconds.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "derandomize": True,  # the same examples every run: a test suite, not a lottery
}
settings.register_profile("default", max_examples=25, **_COMMON)
settings.register_profile(
    "campaign",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    report_multiple_bugs=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
