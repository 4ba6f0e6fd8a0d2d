"""The overview page's ledger sections: unit load, matrix, task key, workbook links."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import polars as pl

from pipeline.export import charts
from pipeline.export.charts import Chart
from pipeline.export.tables import Tables


@dataclass(frozen=True, slots=True)
class Department:
    """A unit with a workbook: its label, full name, counts per role and relative link."""

    label: str
    name: str
    href: str
    lead: int
    responsible: int
    cooperating: int
    tasks: int


@dataclass(frozen=True, slots=True)
class TaskKey:
    """A task as the matrix labels it (任务N) and its title."""

    label: str
    plan: str
    title: str
    units: int


@dataclass(frozen=True, slots=True)
class LedgerView:
    """The sections drawn from a valid ledger: charts, the task key, the workbook links."""

    charts: tuple[Chart, ...]
    tasks: tuple[TaskKey, ...]
    departments: tuple[Department, ...]


def ledger_view(tables: Tables, labels: dict[tuple[str, int], str]) -> LedgerView:
    """Return the ledger sections; ``labels`` names each (doc_id, task_no) as the charts do."""
    units = _units(tables)
    links = tuple(
        Department(
            r["label"],
            r["name"],
            quote(r["workbook"]),
            r["lead"],
            r["responsible"],
            r["cooperating"],
            r["tasks"],
        )
        for r in units.iter_rows(named=True)
    )
    return LedgerView(_charts(tables, units, labels), _task_keys(tables, labels), links)


def _units(tables: Tables) -> pl.DataFrame:
    """Return the units with a workbook, most tasks first, with a unique label each."""
    units = tables.units.with_row_index("order")
    clash = pl.col("short_name").is_duplicated()
    return units.with_columns(
        label=pl.when(clash)
        .then(pl.format("{}（{}）", "short_name", "unit_id"))
        .otherwise("short_name")
    ).sort(["tasks", "lead", "responsible", "order"], descending=[True, True, True, False])


def _charts(
    tables: Tables, units: pl.DataFrame, labels: dict[tuple[str, int], str]
) -> tuple[Chart, ...]:
    order = [labels[(d, n)] for d, n in tables.tasks.select("doc_id", "task_no").iter_rows()]
    load = Chart("各单位承担任务数（按角色）", charts.unit_load(units))
    if len(order) > charts.MAX_TASKS:
        where = " ledger.xlsx 的“分工矩阵”工作表和 assignments.csv"
        return (load, charts.not_drawn("任务 × 单位分工矩阵", len(order), where))
    rank = {"lead": 0, "responsible": 1, "cooperating": 2}
    titles = tables.tasks.select("doc_id", "task_no", "title")
    cells = (
        tables.assignments.select("doc_id", "task_no", "unit_id", "role")
        .with_columns(rank=pl.col("role").replace_strict(rank, return_dtype=pl.Int32))
        .group_by("doc_id", "task_no", "unit_id")
        .agg(pl.col("rank").min())
        .join(titles, on=["doc_id", "task_no"], how="left")
        .join(units.select("unit_id", "label"), on="unit_id")
        .with_columns(
            task=pl.struct("doc_id", "task_no").map_elements(
                lambda k: labels[(k["doc_id"], k["task_no"])], return_dtype=pl.String
            ),
            role_label=pl.col("rank").replace_strict(
                dict(enumerate(charts.ROLE_ORDER)), return_dtype=pl.String
            ),
        )
        .with_columns(text=pl.format("{} {}｜{}：{}", "task", "title", "label", "role_label"))
        .sort("doc_id", "task_no", "unit_id")
        .select("label", "task", "role_label", "text")
    )
    names = list(units["label"])
    return (load, Chart("任务 × 单位分工矩阵", charts.matrix(cells, names, order)))


def _task_keys(tables: Tables, labels: dict[tuple[str, int], str]) -> tuple[TaskKey, ...]:
    plans = dict(tables.documents.select("doc_id", "title").iter_rows())
    units = tables.assignments.group_by("doc_id", "task_no").agg(pl.col("unit_id").n_unique())
    rows = tables.tasks.join(units, on=["doc_id", "task_no"], how="left", maintain_order="left")
    return tuple(
        TaskKey(
            labels[(r["doc_id"], r["task_no"])], plans[r["doc_id"]], r["title"], r["unit_id"] or 0
        )
        for r in rows.iter_rows(named=True)
    )
