"""Build the master ledger workbook a supervisor reads: the plan, its tasks and who owes what.

openpyxl writes it, sheet by sheet in write-only mode (a ledger of a thousand plans has
close to a million assignment rows); every sheet opens with the plans' title, 文号 and
dates and prints them in its page footer.
"""

from __future__ import annotations

import polars as pl
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from pipeline import columns
from pipeline.export.identity import Identity
from pipeline.export.tables import (
    HOW_TITLE,
    NAMED,
    PLAN_TITLE,
    PRIMARY_LEAD,
    ROLE_LABELS,
    Tables,
)
from pipeline.export.xlsx_about import about_sheet
from pipeline.export.xlsx_io import workbook_bytes
from pipeline.export.xlsx_matrix import matrix_sheets
from pipeline.export.xlsx_table import Col, Styles, fit_widths, start_sheet
from pipeline.export.xlsx_units import units_sheet
from pipeline.registry.lookup import ALIAS, DIRECT
from schemas.tables import AssignmentsSchema, TargetsSchema, TaskUnitsSchema

# Column titles are the models' (``columns.titles``); a derived column's is in tables.py.
TARGET = columns.titles(TargetsSchema)
TASK = columns.titles(TaskUnitsSchema)
ASSIGNMENT = columns.titles(AssignmentsSchema)

MAX_ROWS = 1_048_576  # rows in one worksheet
FIRST_DATA_ROW = 4  # title, identity, column titles


def ledger_workbook(tables: Tables, registry_sha256: str, tool_version: str) -> bytes:
    """Return the .xlsx bytes of the master ledger."""
    book = Workbook(write_only=True)
    styles = Styles(book)
    identity = Identity.of(tables.documents)
    docs = tables.documents
    plans = docs.select("doc_id", plan="title")
    plan = [Col(PLAN_TITLE, pl.col("plan"), width=22, min_width=12)] if docs.height > 1 else []
    section = (
        [Col(TASK["section"], pl.col("section"), width=14, min_width=10)]
        if tables.tasks["section"].is_not_null().any()
        else []
    )
    about_sheet(book, styles, identity, tables, registry_sha256, tool_version)
    targets = tables.targets.join(plans, on="doc_id", how="left", maintain_order="left")
    _table(book, styles, identity, "总体目标", targets, [
        *plan,
        Col(TARGET["year"], pl.col("year"), "center", 10, number=True),
        Col(TARGET["text"], pl.col("text"), width=72, min_width=40),
    ], landscape=False)  # fmt: skip
    _table(book, styles, identity, "重点任务", task_rows(tables).join(
        plans, on="doc_id", how="left", maintain_order="left"
    ), [*plan, *section, *_task_cols(tables)])  # fmt: skip
    _table(book, styles, identity, "分工明细", assignment_rows(tables, plans),
           [*plan, *section, *_assignment_cols()])  # fmt: skip
    units_sheet(book, styles, identity, tables)
    matrix_sheets(book, styles, identity, tables)
    book.properties.title = identity.title
    book.properties.subject = "任务分工台账"
    return workbook_bytes(book, stamp=identity.stamp)


def _table(
    book: Workbook,
    styles: Styles,
    identity: Identity,
    name: str,
    frame: pl.DataFrame,
    cols: list[Col],
    *,
    landscape: bool = True,
) -> None:
    """Add sheet ``name``: title block, column titles, one row per row of ``frame``.

    A table longer than a worksheet goes on in 分工明细2, 分工明细3, … (never cut).
    """
    per_sheet = MAX_ROWS - FIRST_DATA_ROW + 1
    widths = fit_widths(frame, cols)
    for i, start in enumerate(range(0, max(frame.height, 1), per_sheet)):
        part = frame.slice(start, per_sheet)
        sheet = name if i == 0 else f"{name}{i + 1}"
        title = f"{identity.title}：{name}" + ("" if i == 0 else f"（续 {i + 1}）")
        rows = start_sheet(book, styles, identity, name=sheet, title=title, widths=widths,
                           landscape=landscape, freeze=f"A{FIRST_DATA_ROW}")  # fmt: skip
        header = rows.table(part, cols, widths)
        last = get_column_letter(len(cols))
        rows.ws.auto_filter.ref = f"A{header}:{last}{max(rows.count, header + 1)}"


def task_rows(tables: Tables) -> pl.DataFrame:
    """Return the tasks with their unit labels in plan order and the deadline to print.

    ``deadline_shown`` is ``tables.task_info``'s ``due``, the one derivation the department
    workbooks print too: the task's own deadline, else the plan's first target year marked
    as derived (2025年底前（方案总体目标）), else 方案未明确.
    """
    due = tables.task_info.select("doc_id", "task_id", deadline_shown="due")
    return (
        tables.tasks.select("doc_id", "task_id", "section", "task_no", "title", "body", "deadline")
        .join(tables.labels, on=["doc_id", "task_id"], how="left", maintain_order="left")
        .join(due, on=["doc_id", "task_id"], how="left", maintain_order="left")
    )


def _task_cols(tables: Tables) -> list[Col]:
    cooperating = tables.assignments["role"].eq("cooperating").any()
    return [
        Col(TASK["task_no"], pl.col("task_no"), "center", width=5, min_width=5, number=True),
        Col(TASK["title"], pl.col("title"), width=16, min_width=12),
        Col(TASK["body"], pl.col("body"), width=44 if cooperating else 54, min_width=20),
        Col(TASK["lead_units"], pl.col("lead"), width=18, min_width=12),
        Col(TASK["responsible_units"], pl.col("responsible"), width=18, min_width=10),
        *(
            [Col(TASK["cooperating_units"], pl.col("cooperating"), width=14, min_width=10)]
            if cooperating
            else []
        ),
        Col(TASK["deadline"], pl.col("deadline_shown"), "center", width=12, min_width=10),
    ]


def assignment_rows(tables: Tables, plans: pl.DataFrame) -> pl.DataFrame:
    """Return the assignments with their task's title and the labels a person reads.

    ``role_label`` says 主牵头 for a task's first-listed lead; ``how`` says why the unit
    has the task: named directly, by a short name, or covered by a collective phrase.
    """
    tasks = tables.tasks.select("doc_id", "task_id", "section", "title")
    via, mention = pl.col("via"), pl.col("mention")
    return (
        tables.assignments.join(tasks, on=["doc_id", "task_id"], how="left", maintain_order="left")
        .join(plans, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            role_label=pl.when("primary")
            .then(pl.lit(PRIMARY_LEAD))
            .otherwise(pl.col("role").replace_strict(ROLE_LABELS, return_dtype=pl.String)),
            how=pl.when(via == DIRECT)
            .then(pl.lit(NAMED))
            .when(via == ALIAS)
            .then(pl.concat_str(pl.lit("以简称“"), mention, pl.lit("”点名")))
            .otherwise(pl.concat_str(pl.lit("经“"), mention, pl.lit("”覆盖"))),
        )
    )


def _assignment_cols() -> list[Col]:
    # Every cell in the default (body) format: this table has a row per assignment, close
    # to a million at a thousand plans, and plain values are written fastest.
    return [
        Col(ASSIGNMENT["task_no"], pl.col("task_no"), width=5, min_width=5, number=True),
        Col(TASK["title"], pl.col("title"), width=26, min_width=12),
        Col(ASSIGNMENT["unit_name"], pl.col("unit_name"), width=26, min_width=12),
        Col(ASSIGNMENT["short_name"], pl.col("short_name"), width=16, min_width=8),
        Col(ASSIGNMENT["role"], pl.col("role_label"), width=7, min_width=7),
        Col(ASSIGNMENT["position"], pl.col("position"), width=5, min_width=5, number=True),
        Col(HOW_TITLE, pl.col("how"), width=28, min_width=10),
        Col(ASSIGNMENT["line"], pl.col("line"), width=9, min_width=9, number=True),
    ]
