"""Derive from a ledger the tables the deliverables print, in a fixed row order; no I/O."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.columns import conform
from pipeline.ledger import Ledger
from pipeline.model import Role
from pipeline.names import workbook_names
from pipeline.registry.lookup import ALIAS, DIRECT
from schemas.tables import UnitTotalsSchema

ROLES = [role.value for role in Role]
ROLE_LABELS = {role.value: role.label for role in Role}
SEPARATOR = "、"
#: What 完成时限 prints after the plan's target year when a task gives no deadline.
DERIVED_DUE = "年底前（方案总体目标）"
#: What 完成时限 prints when neither the task nor the plan gives a date.
UNSTATED_DUE = "方案未明确"
#: Titles of the ledger's derived columns, which no model declares: the plan a row is
#: in (a document's title, on a tasks or assignments row) and how an assignment reached
#: its unit (``via`` and ``mention`` told in one phrase).
PLAN_TITLE, HOW_TITLE = "所属方案", "承担方式"
#: 承担角色 of the first-listed lead; 承担方式 of a unit the plan names itself.
PRIMARY_LEAD, NAMED = "主牵头", "直接点名"
_TASK = ["doc_id", "task_id"]


@dataclass(frozen=True, slots=True)
class Tables:
    """What the deliverables print, rows sorted: documents and targets by document,
    tasks in document order, assignments as the ledger orders them, units (those with
    at least one assignment) in registry order.

    ``tasks`` adds to the task columns the canonical names of its units per role;
    ``labels`` gives per task and role the names a person reads: a unit's name, or the
    collective phrase as printed (市政府各部门) instead of every unit it stands for
    (``lead``, ``responsible``, ``cooperating``; short names in ``*_short``).
    ``owed`` has one row per unit and task it owes, units in registry order, then tasks
    in document order (keys, role, the unit's ``position`` in the task and whether it is
    the ``primary`` lead; ``owed_rows`` adds what a workbook prints);
    ``task_info`` has per task what a department workbook prints about it.
    """

    documents: pl.DataFrame
    targets: pl.DataFrame
    tasks: pl.DataFrame
    assignments: pl.DataFrame
    units: pl.DataFrame
    labels: pl.DataFrame
    owed: pl.DataFrame
    task_info: pl.DataFrame
    cleaning: pl.DataFrame
    corrections: pl.DataFrame


def build_tables(ledger: Ledger) -> Tables:
    """Return the tables of ``ledger`` (control characters are cleaning's job, not ours)."""
    frames, assignments = ledger.frames, ledger.assignments
    named = assignments.with_columns(
        own=pl.col("via").is_in([DIRECT, ALIAS]),
    ).with_columns(
        full=pl.when("own").then("unit_name").otherwise("mention"),
        short=pl.when("own").then("short_name").otherwise("mention"),
    )
    canonical = _joined(named, "unit_name", suffix="_units")
    tasks = frames.tasks.sort("doc_id", "line", "task_no").join(
        canonical, on=_TASK, how="left", maintain_order="left"
    )
    labels = _joined(named, "full").join(
        _joined(named, "short", suffix="_short"), on=_TASK, how="left"
    )
    documents = frames.documents.sort("doc_id").with_columns(
        pl.col("title").fill_null(pl.col("source"))
    )
    units = _units(ledger)
    return Tables(
        documents=documents,
        targets=frames.targets.sort("doc_id", "year", "line"),
        tasks=tasks,
        assignments=assignments,
        units=units,
        labels=labels,
        owed=_owed(named, tasks, units),
        task_info=_task_info(tasks, labels, documents, frames.targets),
        cleaning=frames.cleaning.sort("doc_id", maintain_order=True),
        corrections=frames.corrections.sort("doc_id", maintain_order=True),
    )


def file_name(source: str) -> str:
    """Return the file name of ``source``: a path would tell about the machine it was built on."""
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def owed_rows(tables: Tables, owed: pl.DataFrame) -> pl.DataFrame:
    """Return the rows ``owed`` (a slice of ``tables.owed``) with what a workbook prints.

    Adds the task's number, title, body, deadline (and ``due``, never empty), section and
    plan, its lead labels (``lead_short``), its other responsible labels (``others``),
    ``role_label`` (主牵头 for the primary lead), ``manner`` (直接点名, or 经“<phrase>”覆盖
    quoting the collective phrase that reached the unit) and ``key``.
    """
    rows = (
        owed.with_row_index("_i")
        .join(tables.task_info, on=_TASK, how="left", maintain_order="left")
        .with_columns(
            key=pl.concat_str("doc_id", pl.lit("#"), "task_id"),
            role_label=pl.when("primary")
            .then(pl.lit(PRIMARY_LEAD))
            .otherwise(pl.col("role").replace_strict(ROLE_LABELS, return_dtype=pl.String)),
            manner=pl.when("own")
            .then(pl.lit(NAMED))
            .otherwise(pl.concat_str(pl.lit("经“"), "mention", pl.lit("”覆盖"))),
            others=pl.col("responsible_short"),
        )
    )
    # Only a unit named as responsible in its own right is among its task's responsible
    # labels; leave it out there, on those few rows only (the list work is slow).
    named_responsible = rows.filter(pl.col("own") & (pl.col("role") == "responsible"))
    rows = rows.update(named_responsible.select("_i", others=_others()), on="_i")
    return rows.drop("_i", "own", "responsible_short")


def _owed(named: pl.DataFrame, tasks: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """Return one row per unit and task it owes, with its ``position`` in the task and
    ``primary`` for the first-listed lead (主牵头), as resolve ranked them."""
    order = tasks.select(*_TASK, "line", "task_no")
    return (
        named.select(
            *_TASK, "unit_id", "short_name", "role", "position", "primary", "own", "mention", "via"
        )
        .join(units.select("unit_id").with_row_index("unit_order"), on="unit_id")
        .join(order, on=_TASK, how="left")
        .sort("unit_order", "doc_id", "line", "task_no")
        .drop("unit_order", "line", "task_no")
    )


def _task_info(
    tasks: pl.DataFrame, labels: pl.DataFrame, documents: pl.DataFrame, targets: pl.DataFrame
) -> pl.DataFrame:
    """Return per task what a department workbook prints; ``due`` is never empty.

    ``due`` is the task's own deadline, else the plan's first target year marked as
    derived (2025年底前（方案总体目标）), else 方案未明确; ``derived`` tells which.
    """
    goal = targets.group_by("doc_id").agg(pl.col("year").min().alias("_goal"))
    derived = pl.concat_str(pl.col("_goal").cast(pl.String), pl.lit(DERIVED_DUE))
    return (
        tasks.select(*_TASK, "section", "task_no", "title", "body", "deadline")
        .join(documents.select("doc_id", plan="title"), on="doc_id", how="left")
        .join(goal, on="doc_id", how="left")
        .with_columns(
            due=pl.coalesce("deadline", derived, pl.lit(UNSTATED_DUE)),
            derived=pl.col("deadline").is_null(),
        )
        .drop("_goal")
        .join(labels.select(*_TASK, "lead_short", "responsible_short"), on=_TASK, how="left")
    )


def _others() -> pl.Expr:
    """Return the task's responsible labels without the unit's own short name.

    The short name is appended to the list so the element expression can see it (last).
    """
    labels = pl.concat_list(pl.col("responsible_short").str.split(SEPARATOR), "short_name")
    e = pl.element()
    kept = e.filter((e != e.last()) & (pl.int_range(pl.len()) < pl.len() - 1))
    return labels.list.eval(kept).list.join(SEPARATOR)


def _joined(named: pl.DataFrame, column: str, suffix: str = "") -> pl.DataFrame:
    """Return per task one column per role: the distinct ``column`` values joined with 、.

    A task no unit has in a role gets null there.
    """
    joined = [
        pl.col(column)
        .filter(pl.col("role") == role)
        .unique(maintain_order=True)
        .str.join(SEPARATOR)
        for role in ROLES
    ]
    return named.group_by(_TASK, maintain_order=True).agg(
        pl.when(text != "").then(text).alias(role + suffix)
        for role, text in zip(ROLES, joined, strict=True)
    )


def _units(ledger: Ledger) -> pl.DataFrame:
    counts = ledger.assignments.group_by("unit_id", maintain_order=True).agg(
        pl.first("unit_name").alias("name"),
        pl.first("short_name"),
        *((pl.col("role") == role).sum().alias(role) for role in ROLES),
        pl.len().alias("tasks"),
    )
    registry = ledger.units.select("unit_id", "category", "category_zh").with_row_index("order")
    units = counts.join(registry, on="unit_id", how="left").sort(
        "order", "unit_id", nulls_last=True
    )
    names = workbook_names(list(zip(units["unit_id"], units["short_name"], strict=True)))
    workbooks = pl.Series([f"departments/{name}" for name in names], dtype=pl.String)
    return conform(units.with_columns(workbook=workbooks), UnitTotalsSchema)
