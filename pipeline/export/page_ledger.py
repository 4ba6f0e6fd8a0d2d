"""The overview page's ledger sections: unit load, matrix, task key, workbook links.

The task × unit matrix is a table, not a chart: a row per unit, a column per task, each
cell naming the unit's role (牵, 责, 配) in colour, with the task and role on hover. It
reads in print and in a screen reader, and its text can be copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import polars as pl

from pipeline.export import charts
from pipeline.export.charts import Chart
from pipeline.export.tables import Tables
from pipeline.model import Role


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
class Cell:
    """A matrix cell: the unit's strongest role in the task (None for none), hover text."""

    role: Role | None
    text: str

    @property
    def mark(self) -> str:
        """Return what the cell prints: the role's first character (牵, 责, 配) or nothing."""
        return self.role.label[:1] if self.role else ""


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """A unit's row of the matrix: its label and a cell per task, in the plan's order."""

    unit: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    """The task × unit matrix: task labels (任务N) and a row per unit; or a note saying why not."""

    title: str
    tasks: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    note: str = ""


MATRIX = "任务 × 单位分工矩阵"
#: Per role its CSS class, its word and its colour, as the unit-load chart draws it.
ROLES = tuple(
    (role.value, role.label, colour) for role, colour in zip(Role, charts.ROLE_COLOURS, strict=True)
)


@dataclass(frozen=True, slots=True)
class LedgerView:
    """The sections drawn from a valid ledger: charts, the matrix, task key, workbook links."""

    charts: tuple[Chart, ...]
    matrix: Matrix
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
    load = Chart("各单位承担任务数（按角色）", charts.unit_load(units))
    return LedgerView((load,), _matrix(tables, units, labels), _task_keys(tables, labels), links)


def _units(tables: Tables) -> pl.DataFrame:
    """Return the units with a workbook, most tasks first, with a unique label each."""
    units = tables.units.with_row_index("order")
    clash = pl.col("short_name").is_duplicated()
    return units.with_columns(
        label=pl.when(clash)
        .then(pl.format("{}（{}）", "short_name", "unit_id"))
        .otherwise("short_name")
    ).sort(["tasks", "lead", "responsible", "order"], descending=[True, True, True, False])


def _matrix(tables: Tables, units: pl.DataFrame, labels: dict[tuple[str, int], str]) -> Matrix:
    """Return the matrix: a row per unit (most tasks first), a cell per task in plan order."""
    keys = list(tables.tasks.select("doc_id", "task_no").iter_rows())
    order = [labels[key] for key in keys]
    if len(order) > charts.MAX_TASKS:
        where = " ledger.xlsx 的“分工矩阵”工作表和 assignments.csv"
        return Matrix(MATRIX, (), (), charts.not_drawn(MATRIX, len(order), where).note)
    rank = {role.value: role.rank for role in Role}
    roles = (
        tables.assignments.select("doc_id", "task_no", "unit_id", "role")
        .with_columns(rank=pl.col("role").replace_strict(rank, return_dtype=pl.Int32))
        .group_by("doc_id", "task_no", "unit_id")
        .agg(pl.col("rank").min())  # a unit named twice in a task shows its strongest role
    )
    strongest = {role.rank: role for role in Role}
    held = {(d, n, u): strongest[r] for d, n, u, r in roles.iter_rows()}
    titles = dict(zip(keys, tables.tasks["title"], strict=True))
    rows = tuple(
        MatrixRow(
            label,
            tuple(_cell(held.get((*key, unit)), labels[key], titles[key], label) for key in keys),
        )
        for unit, label in units.select("unit_id", "label").iter_rows()
    )
    return Matrix(MATRIX, tuple(order), rows)


def _cell(role: Role | None, task: str, title: str, unit: str) -> Cell:
    """Return a cell: the unit's role in the task and the hover text, empty when none."""
    return Cell(role, f"{task} {title}｜{unit}：{role.label}") if role else Cell(None, "")


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
