"""Decide the reporting round (报送期次) and due date (报送时限) a department workbook carries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from pipeline.errors import ExportError
from pipeline.model import Document
from schemas.tables import ROUND

T = TypeVar("T")
#: 报送期次 is a month: 2026-12.
ROUND_PATTERN = re.compile(rf"^{ROUND}$")


@dataclass(frozen=True, slots=True)
class Reporting:
    """The reporting round (such as 2026-12; "" when none) and its due date (None when none)."""

    round: str = ""
    due: date | None = None


def valid_round(text: str) -> bool:
    """Tell whether ``text`` is a round such as 2026-12."""
    return ROUND_PATTERN.match(text) is not None


def reporting_of(
    documents: Sequence[Document], *, round_: str | None = None, due: date | None = None
) -> Reporting:
    """Return the round and due date: the options when given, else the plans' sidecars.

    Sidecars that disagree (two plans, two rounds) are an error unless an option settles it.
    """
    if round_ is None:
        round_ = _agreed({d.reporting_round: d for d in documents if d.reporting_round}, "round")
        if round_ and not valid_round(round_):
            where = next(d for d in documents if d.reporting_round == round_)
            raise ExportError(
                f"[reporting] round {round_!r} is not a month like 2026-12",
                path=Path(where.source).with_suffix(".toml"),
                hint='write round = "2026-12"',
            )
    if due is None:
        due = _agreed({d.reporting_due: d for d in documents if d.reporting_due}, "due")
    return Reporting(round_ or "", due)


def _agreed(found: dict[T, Document], name: str) -> T | None:
    """Return the one value the sidecars give (None when none gives one)."""
    if len(found) > 1:
        said = "; ".join(sorted(f"{d.doc_id}: {v}" for v, d in found.items()))
        raise ExportError(
            f"the plans' sidecars give different reporting {name}s ({said})",
            hint=f"give --{name} on the command line to settle it",
        )
    return next(iter(found), None)
