"""Progress frames in the collect contract's shape, made from a ledger for the page tests."""

from __future__ import annotations

import polars as pl

from pipeline.ledger import Ledger

PROGRESS = {
    "round": pl.String,
    "doc_id": pl.String,
    "task_id": pl.String,
    "task_no": pl.Int32,
    "title": pl.String,
    "unit_id": pl.String,
    "short_name": pl.String,
    "role": pl.String,
    "reported": pl.Boolean,
    "status": pl.String,
    "progress": pl.String,
    "problems": pl.String,
    "next_steps": pl.String,
    "light": pl.String,
    "source_file": pl.String,
    "source_sha256": pl.String,
}
STATUSES = ("已完成", "序时推进", "进度滞后", "未启动", "需协调")
LIGHTS = {"已完成": "green", "序时推进": "green", "未启动": "yellow", "进度滞后": "red",
          "需协调": "red"}  # fmt: skip


def progress_frame(
    ledger: Ledger, round_: str, *, silent: set[str], shift: int = 0
) -> pl.DataFrame:
    """Return one round: units in ``silent`` did not report; the others cycle the statuses.

    Row i (owed rows in unit then task order) gets status ``STATUSES[(i + shift) % 5]``;
    a red row names a problem ``问题<i>``.
    """
    owed = (
        ledger.assignments.select("doc_id", "task_id", "task_no", "unit_id", "short_name", "role")
        .unique(["doc_id", "task_id", "unit_id"], keep="first", maintain_order=True)
        .join(ledger.frames.tasks.select("doc_id", "task_id", "title"), on=["doc_id", "task_id"])
        .sort("unit_id", "doc_id", "task_no")
    )
    rows = []
    for i, r in enumerate(owed.iter_rows(named=True)):
        reported = r["unit_id"] not in silent
        status = STATUSES[(i + shift) % len(STATUSES)] if reported else None
        light = LIGHTS[status] if status else "none"
        rows.append(
            {
                **r,
                "round": round_,
                "reported": reported,
                "status": status,
                "progress": f"进展{i}" if reported else None,
                "problems": f"问题{i}" if light == "red" else None,
                "next_steps": f"计划{i}" if reported else None,
                "light": light,
                "source_file": f"returns/{r['short_name']}.xlsx" if reported else None,
                "source_sha256": "c" * 64 if reported else None,
            }
        )
    return pl.DataFrame(rows, schema=PROGRESS).select(list(PROGRESS))
