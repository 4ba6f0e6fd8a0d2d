"""The overview page after a collection round: progress by task and unit, 问题清单, trends.

Built from the collect stage's frames (one row per round × task × unit that owes it):
round, doc_id, task_id, task_no, title, unit_id, short_name, role, reported, status,
progress, problems, next_steps, light, source_file, source_sha256.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.export import charts
from pipeline.export.charts import Chart
from pipeline.statuses import load_statuses


@dataclass(frozen=True, slots=True)
class Issue:
    """A row of the 问题清单: a task, the unit, its status, the problem and the next steps."""

    task: str
    title: str
    unit: str
    status: str
    problems: str
    next_steps: str
    light: str


@dataclass(frozen=True, slots=True)
class Progress:
    """One round's progress: who reported, counts per status, charts, the 问题清单."""

    round: str
    rounds: tuple[str, ...]
    units: int
    reported: int
    missing: tuple[str, ...]
    statuses: tuple[tuple[str, int], ...]
    charts: tuple[Chart, ...]
    issues: tuple[Issue, ...]


def progress_view(
    progress: pl.DataFrame,
    history: pl.DataFrame | None,
    labels: dict[tuple[str, int], str],
) -> Progress:
    """Return the progress sections of one round, with trends when ``history`` has rounds."""
    statuses = [s.name for s in sorted(load_statuses(), key=lambda s: -s.rank)]
    domain = charts.status_domain(statuses)
    rows = _labelled(progress, labels, domain)
    tasks = list(dict.fromkeys(rows.sort("doc_id", "task_no")["task"]))
    per_unit = rows.group_by("unit_id", "short_name").agg(
        pl.col("reported").any(), pl.len().alias("count")
    )
    many = len(tasks) > charts.MAX_TASKS
    where = " progress.xlsx 的“进度总览”工作表"
    drawn = [
        charts.not_drawn("各任务进展（按完成状态）", len(tasks), where)
        if many
        else Chart(
            "各任务进展（按完成状态）",
            charts.progress_by_task(_status_counts(rows, ["task"]), statuses, tasks),
        ),
        Chart("各单位报送情况", charts.progress_by_unit(_unit_bars(per_unit))),
    ]
    rounds: tuple[str, ...] = (str(rows["round"][0]),) if rows.height else ()
    if history is not None and history["round"].n_unique() > 1:
        past = _labelled(history, labels, domain)
        rounds = tuple(sorted(past["round"].unique()))
        counts = _status_counts(past, ["task", "round"])
        drawn.append(
            charts.not_drawn("各任务历轮进展", len(tasks), " progress/history.parquet")
            if many
            else Chart("各任务历轮进展", charts.trend(counts, statuses, list(rounds), tasks))
        )
    by_status = _status_counts(rows, []).sort("rank")
    return Progress(
        round=rounds[-1] if rounds else "",
        rounds=rounds,
        units=per_unit.height,
        reported=per_unit.filter("reported").height,
        missing=tuple(sorted(per_unit.filter(~pl.col("reported"))["short_name"])),
        statuses=tuple(by_status.select("status", "count").iter_rows()),
        charts=tuple(drawn),
        issues=_issues(rows),
    )


def _labelled(
    frame: pl.DataFrame, labels: dict[tuple[str, int], str], domain: list[str]
) -> pl.DataFrame:
    """Add ``task`` (任务N) and ``status_label`` (the status, 未填写 or 未填报) with its rank."""
    keys = frame.select("doc_id", "task_no").iter_rows()
    task = [labels.get((d, n), f"任务{n}") for d, n in keys]
    label = (
        pl.when(~pl.col("reported"))
        .then(pl.lit(charts.NOT_REPORTED))
        .when(pl.col("status").is_null() | (pl.col("status") == ""))
        .then(pl.lit(charts.NOT_FILLED))
        .otherwise("status")
    )
    rank = {name: i for i, name in enumerate(domain)}
    return frame.with_columns(
        task=pl.Series(task, dtype=pl.String), status_label=label
    ).with_columns(rank=pl.col("status_label").replace_strict(rank, default=len(domain)))


def _status_counts(rows: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    counted = (
        rows.group_by(*keys, "status_label", "rank")
        .agg(pl.len().alias("count"))
        .rename({"status_label": "status"})
        .sort(*keys, "rank")
    )
    where = pl.concat_str(*keys, separator=" ") if keys else pl.lit("全部")
    return counted.with_columns(text=pl.format("{}｜{}：{}个单位", where, "status", "count"))


def _unit_bars(per_unit: pl.DataFrame) -> pl.DataFrame:
    return (
        per_unit.sort(["reported", "count", "unit_id"], descending=[False, True, False])
        .with_columns(
            label=pl.when(pl.col("short_name").is_duplicated())
            .then(pl.format("{}（{}）", "short_name", "unit_id"))
            .otherwise("short_name"),
            state=pl.when("reported").then(pl.lit("已报送")).otherwise(pl.lit("未报送")),
        )
        .with_columns(text=pl.format("{}：{}，应报{}项", "label", "state", "count"))
        .select("label", "state", "count", "text")
    )


def _issues(rows: pl.DataFrame) -> tuple[Issue, ...]:
    """Return the rows that name a problem or show red, by task then unit."""
    text = pl.col("problems").fill_null("").str.strip_chars()
    found = rows.filter((text != "") | (pl.col("light") == "red")).sort(
        "doc_id", "task_no", "short_name", "unit_id"
    )
    return tuple(
        Issue(
            r["task"],
            r["title"],
            r["short_name"],
            r["status_label"],
            r["problems"] or "",
            r["next_steps"] or "",
            r["light"],
        )
        for r in found.iter_rows(named=True)
    )
