"""Carry forward: each unit's last answers, to pre-fill next round's department workbooks.

``pipeline export --carry-forward`` reads them from ``out/progress/history.parquet`` so a
department updates its answers rather than retyping them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.collect.write import HISTORY, PROGRESS, read_history
from pipeline.workbook_format import task_key


@dataclass(frozen=True, slots=True)
class Carried:
    """A unit's last answer to a task: the four fill-in texts and the round they came from."""

    round: str
    progress: str | None
    status: str | None
    problems: str | None
    next_steps: str | None

    def fill_ins(self) -> tuple[str | None, str | None, str | None, str | None]:
        """Return the texts in FILL_IN_COLUMNS order (工作进展, 完成状态, 存在问题, 下一步计划)."""
        return (self.progress, self.status, self.problems, self.next_steps)


#: unit_id -> task key (doc_id#task_id) -> the unit's last answer to it.
Answers = Mapping[str, Mapping[str, Carried]]


def history_path(out: Path) -> Path:
    """Return where collect keeps every round (``out/progress/history.parquet``)."""
    return out / PROGRESS / HISTORY


def last_answers(out: Path) -> dict[str, dict[str, Carried]]:
    """Return, per unit and task key, the answer of the latest round the unit reported in.

    A task the unit never reported on is absent; an empty history gives {}.
    """
    history = read_history(out)
    if history is None:
        return {}
    latest = (
        history.filter(pl.col("reported"))
        .sort("round", "unit_id", "doc_id", "task_id")
        .group_by("unit_id", "doc_id", "task_id", maintain_order=True)
        .last()
    )
    answers: dict[str, dict[str, Carried]] = {}
    for r in latest.iter_rows(named=True):
        carried = Carried(r["round"], r["progress"], r["status"], r["problems"], r["next_steps"])
        answers.setdefault(r["unit_id"], {})[task_key(r["doc_id"], r["task_id"])] = carried
    return answers
