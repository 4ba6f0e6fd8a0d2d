"""Build the progress table (one row per round × task × unit owed) and its summaries."""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import polars as pl

from pipeline.collect.checks import Answer
from pipeline.collect.deadlines import deadline_date
from pipeline.collect.lights import NONE, Lights
from pipeline.statuses import Status

#: The locked column that holds a task's title (the department writer's 重点任务).
TITLE_COLUMN = "重点任务"
ROLE_ORDER = {"lead": 0, "responsible": 1, "cooperating": 2}
#: The status-count column of tasks without a (valid) status, reported or not.
UNANSWERED = "未填报或未报送"
ROLE_ZH = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}
#: What a unit answers for each task.
ANSWER_COLUMNS = ("status", "progress", "problems", "next_steps")

PROGRESS_DTYPES: dict[str, pl.DataType] = {
    "round": pl.String(),
    "doc_id": pl.String(),
    "task_id": pl.String(),
    "task_no": pl.Int32(),
    "title": pl.String(),
    "unit_id": pl.String(),
    "short_name": pl.String(),
    "role": pl.String(),
    "reported": pl.Boolean(),
    "status": pl.String(),
    "progress": pl.String(),
    "problems": pl.String(),
    "next_steps": pl.String(),
    "light": pl.String(),
    "source_file": pl.String(),
    "source_sha256": pl.String(),
}


@dataclass(frozen=True, slots=True)
class Source:
    """The return a unit's answers were taken from."""

    file: str
    sha256: str


def round_end(round_: str) -> date | None:
    """Return the last day of a round such as ``2026-12`` (None when there is no round)."""
    try:
        year, month = (int(p) for p in round_.split("-"))
        return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def progress_frame(
    issued: pl.DataFrame,
    titles: pl.Series,
    answers: Mapping[tuple[str, str], Answer],
    sources: Mapping[str, Source],
    *,
    round_: str,
    as_of: date | None,
    lights: Lights,
) -> pl.DataFrame:
    """Return the progress table: every issued row, with its unit's answer and light.

    ``titles`` are the issued rows' titles; ``answers`` maps (unit_id, key) to an answer
    whose status is valid or None;
    ``sources`` maps each unit that reported to its return.
    """
    text = pl.String()
    given = pl.DataFrame(
        {
            "unit_id": [unit for unit, _ in answers],
            "key": [key for _, key in answers],
            "status": [a.status for a in answers.values()],
            "progress": [a.progress for a in answers.values()],
            "problems": [a.problems for a in answers.values()],
            "next_steps": [a.next_steps for a in answers.values()],
        },
        schema=dict.fromkeys(("unit_id", "key", *ANSWER_COLUMNS), text),
    )
    returned = pl.DataFrame(
        {
            "unit_id": list(sources),
            "source_file": [s.file for s in sources.values()],
            "source_sha256": [s.sha256 for s in sources.values()],
        },
        schema=dict.fromkeys(("unit_id", "source_file", "source_sha256"), text),
    )
    rows = (
        issued.with_columns(pl.col("unit_id", "key").cast(pl.String))
        .join(returned, on="unit_id", how="left", maintain_order="left")
        .join(given, on=["unit_id", "key"], how="left", maintain_order="left")
        .with_columns(reported=pl.col("source_file").is_not_null())
        # An answer counts only from the return its unit's answers were taken from.
        .with_columns(pl.when("reported").then(pl.col(ANSWER_COLUMNS)))
    )
    frame = rows.with_columns(
        pl.lit(round_, dtype=text).alias("round"),
        pl.lit(titles, dtype=text).alias("title"),
        _lights(rows, as_of, lights),
    ).select((pl.col(name).cast(dtype) for name, dtype in PROGRESS_DTYPES.items()))
    order = pl.col("role").replace_strict(ROLE_ORDER, return_dtype=pl.Int8)
    return frame.sort(["doc_id", "task_no", order, "unit_id"], maintain_order=True)


def _lights(rows: pl.DataFrame, as_of: date | None, lights: Lights) -> pl.Expr:
    """Each row's light: none when its unit did not report, else by status and deadline
    (worked out once per distinct pair)."""
    pairs = rows.filter("reported").select("status", "deadline").unique(maintain_order=True)
    lit = pairs.with_columns(
        pl.Series(
            "light",
            [lights.light(status, deadline_date(day), as_of) for status, day in pairs.iter_rows()],
            dtype=pl.String,
        )
    )
    found = rows.select("status", "deadline").join(
        lit, on=["status", "deadline"], how="left", nulls_equal=True, maintain_order="left"
    )
    return (
        pl.when("reported").then(pl.lit(found.get_column("light"))).otherwise(pl.lit(NONE))
    ).alias("light")


def overview(progress: pl.DataFrame, statuses: Sequence[Status]) -> pl.DataFrame:
    """Per task: units reported / owed, the lead units' status, the least advanced status."""
    rank = {s.name: s.rank for s in statuses}
    by_rank = {s.rank: s.name for s in statuses}
    out = []
    for (doc_id, task_no), group in progress.group_by(["doc_id", "task_no"], maintain_order=True):
        rows = group.to_dicts()
        leads = [r for r in rows if r["role"] == "lead"]
        given = [rank[r["status"]] for r in rows if r["status"] in rank]
        counts = {light: sum(r["light"] == light for r in rows) for light in ("red", "yellow")}
        out.append(
            {
                "doc_id": doc_id,
                "task_no": task_no,
                "title": rows[0]["title"],
                "leads": "、".join(r["short_name"] for r in leads),
                "lead_status": "、".join(r["status"] or "—" for r in leads),
                "reported": sum(r["reported"] for r in rows),
                "owed": len(rows),
                "overall": by_rank[min(given)] if given else None,
                "red": counts["red"],
                "yellow": counts["yellow"],
            }
        )
    return pl.DataFrame(out)


def missing(progress: pl.DataFrame, reasons: Mapping[str, str]) -> pl.DataFrame:
    """Units that owe tasks and did not report: short name, unit id, task count, why."""
    frame = (
        progress.filter(~pl.col("reported"))
        .group_by("unit_id", "short_name")
        .agg(pl.len().cast(pl.Int32).alias("tasks"))
        .sort("unit_id")
    )
    why = [reasons.get(u, "未收到报送") for u in frame.get_column("unit_id")]
    return frame.with_columns(pl.Series("reason", why, dtype=pl.String))


def status_counts(progress: pl.DataFrame, statuses: Sequence[Status]) -> pl.DataFrame:
    """Per unit: how many of its tasks are in each status, and how many are unanswered."""
    names = [s.name for s in statuses]
    rows = []
    for (_, short), group in progress.sort("unit_id").group_by(
        ["unit_id", "short_name"], maintain_order=True
    ):
        column = group.get_column("status").to_list()
        counts = {n: column.count(n) for n in names}
        rows.append({"单位": short, **counts, UNANSWERED: sum(v is None for v in column)})
    return pl.DataFrame(rows)
