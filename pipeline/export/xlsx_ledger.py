"""Build the master ledger workbook a supervisor reads: the plan, its tasks and who owes what."""

from __future__ import annotations

from itertools import chain

import polars as pl

from pipeline.errors import ExportError
from pipeline.export.tables import ROLE_LABELS, Tables
from pipeline.export.xlsx_about import about_sheet
from pipeline.export.xlsx_cells import Col, header_row, letter, row
from pipeline.export.xlsx_matrix import matrix_sheets
from pipeline.export.xlsx_package import Workbook, workbook_bytes
from pipeline.export.xlsx_sheet import MAX_ROWS, Sheet
from pipeline.export.xlsx_styles import Style
from pipeline.export.xlsx_table import fit_widths, table_rows
from pipeline.registry.lookup import ALIAS, DIRECT

_HEADER_ROW = 2
_VIA = {DIRECT: "直接点名", ALIAS: "简称或别称"}


def ledger_workbook(tables: Tables, registry_sha256: str, tool_version: str) -> bytes:
    """Return the .xlsx bytes of the master ledger."""
    docs = tables.documents
    many = docs.height > 1
    plan = [Col("所属方案", pl.col("plan"), width=24, min_width=12)] if many else []
    section = (
        [Col("所属部分", pl.col("section"), width=16, min_width=10)]
        if tables.tasks["section"].is_not_null().any()
        else []
    )
    plans = docs.select("doc_id", plan="title")
    sheets = [
        about_sheet(tables, registry_sha256, tool_version),
        _table(
            "总体目标",
            "总体目标",
            tables.targets.join(plans, on="doc_id", how="left"),
            [
                *plan,
                Col("年份", pl.col("year"), Style.CENTER, 8, number=True),
                Col("目标", pl.col("text"), width=90, min_width=40),
            ],
        ),
        _table(
            "重点任务",
            "重点任务",
            _tasks(tables).join(plans, on="doc_id", how="left"),
            [*plan, *section, *_task_cols(tables)],
        ),
        _table(
            "分工明细",
            "分工明细（每个单位在每项任务中的分工）",
            _assignments(tables, plans),
            [*plan, *section, *_assignment_cols()],
        ),
        _table("单位统计", "单位统计（承担任务的项数）", tables.units, _unit_cols()),
        *matrix_sheets(tables),
    ]
    title = (
        f"《{docs['title'][0]}》任务分工台账"
        if docs.height == 1
        else f"任务分工台账（{docs.height} 份方案）"
    )
    return workbook_bytes(Workbook(sheets=tuple(sheets), title=title, subject="任务分工台账"))


def _table(name: str, title: str, frame: pl.DataFrame, cols: list[Col]) -> Sheet:
    """Return a sheet with a title line, a header row and one row per row of ``frame``."""
    if frame.height >= MAX_ROWS - _HEADER_ROW:
        raise ExportError(
            f"{name}: {frame.height} rows do not fit in one worksheet",
            hint="export fewer plans at a time",
        )
    last_col, last_row = letter(len(cols) - 1), _HEADER_ROW + frame.height
    rows = row(1, [(title, Style.TITLE)], height=30) + header_row(_HEADER_ROW, cols)
    widths = fit_widths(frame, cols)
    return Sheet(
        name=name,
        rows=chain([rows], table_rows(frame, cols, _HEADER_ROW + 1, widths)),
        widths=widths,
        merges=(f"A1:{last_col}1",),
        freeze=(_HEADER_ROW, 0),
        auto_filter=f"A{_HEADER_ROW}:{last_col}{max(last_row, _HEADER_ROW + 1)}",
        protect=False,
        print_rows=(_HEADER_ROW, _HEADER_ROW),
    )


def _tasks(tables: Tables) -> pl.DataFrame:
    return tables.tasks.select(
        "doc_id", "task_id", "section", "task_no", "title", "body", "deadline"
    ).join(tables.labels, on=["doc_id", "task_id"], how="left", maintain_order="left")


def _task_cols(tables: Tables) -> list[Col]:
    cooperating = tables.assignments["role"].eq("cooperating").any()
    return [
        Col("编号", pl.col("task_no"), Style.CENTER, width=6, min_width=6, number=True),
        Col("任务名称", pl.col("title"), width=22, min_width=12),
        Col("任务内容", pl.col("body"), width=60, min_width=20),
        Col("牵头单位", pl.col("lead"), width=24, min_width=10),
        Col("责任单位", pl.col("responsible"), width=30, min_width=10),
        *([Col("配合单位", pl.col("cooperating"), width=24, min_width=10)] if cooperating else []),
        Col("完成时限", pl.col("deadline"), Style.CENTER, width=10, min_width=9),
    ]


def _assignments(tables: Tables, plans: pl.DataFrame) -> pl.DataFrame:
    tasks = tables.tasks.select("doc_id", "task_id", "section", "title")
    return (
        tables.assignments.join(tasks, on=["doc_id", "task_id"], how="left", maintain_order="left")
        .join(plans, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            role_label=pl.col("role").replace_strict(ROLE_LABELS, return_dtype=pl.String),
            via_label=pl.col("via").replace_strict(
                _VIA, default="统称展开", return_dtype=pl.String
            ),
        )
    )


def _assignment_cols() -> list[Col]:
    return [
        Col("编号", pl.col("task_no"), Style.CENTER, width=6, min_width=6, number=True),
        Col("任务名称", pl.col("title"), width=32, min_width=12),
        Col("单位", pl.col("unit_name"), width=36, min_width=12),
        Col("简称", pl.col("short_name"), width=18, min_width=8),
        Col("角色", pl.col("role_label"), Style.CENTER, width=6, min_width=6),
        Col("原文表述", pl.col("mention"), width=22, min_width=10),
        Col("识别方式", pl.col("via_label"), Style.CENTER, width=10, min_width=10),
        Col("原文行号", pl.col("line"), Style.CENTER, width=8, min_width=8, number=True),
    ]


def _unit_cols() -> list[Col]:
    return [
        Col("单位", pl.col("name"), width=34, min_width=12),
        Col("简称", pl.col("short_name"), width=18, min_width=8),
        Col("类别", pl.col("category_zh"), Style.CENTER, width=12, min_width=8),
        *(
            Col(label, pl.col(role), Style.CENTER, width=6, min_width=6, number=True)
            for role, label in ROLE_LABELS.items()
        ),
        Col("合计", pl.col("tasks"), Style.CENTER, width=6, min_width=6, number=True),
        Col("工作簿", pl.col("workbook"), width=40, min_width=12),
    ]
