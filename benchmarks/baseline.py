"""The plain baseline a user would write: pandas frames, Pandera's pandas backend, to_excel.

It starts from the pipeline's own parsed and resolved tables, so only the validation
and the writing of deliverables are compared. Everything runs in one process, as a
script would, and Excel files go through openpyxl in its default (not write-only) mode.
It writes less than the pipeline (no master ledger workbook, no Parquet: pandas needs
pyarrow for that), so the export ratio it gives is a lower bound.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd  # type: ignore[import-untyped, unused-ignore]

from benchmarks.baseline_schemas import validate_tables

SEPARATOR = "、"
ROLE_LABELS = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}
FILL_COLUMNS = ("工作进展", "完成状态", "存在问题", "下一步计划", "联系人", "联系电话")
DEPARTMENT_COLUMNS = {
    "plan": "所属方案",
    "task_no": "编号",
    "title": "任务名称",
    "body": "任务内容",
    "role_label": "本单位角色",
    "lead_short": "牵头单位",
    "others": "其他责任单位",
    "deadline": "完成时限",
}


def pandas_tables(tables: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """Build pandas frames, column by column, from the pipeline's (polars) tables."""
    return {
        name: pd.DataFrame({col: frame[col].to_list() for col in frame.columns})
        for name, frame in tables.items()
    }


def validate(tables: dict[str, pd.DataFrame]) -> int:
    """Run the pipeline's table checks with Pandera's pandas backend; return failure cases."""
    return validate_tables(tables)


def export(tables: dict[str, pd.DataFrame], units: pd.DataFrame, out: Path) -> int:
    """Write the flat files and one workbook per department; return the department rows."""
    flat_files(tables, out)
    return department_workbooks(tables, units, out)


def flat_files(tables: dict[str, pd.DataFrame], out: Path) -> None:
    """Write tasks, assignments and targets as CSV, and tasks and assignments as JSON."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("tasks", "assignments", "targets"):
        tables[name].to_csv(out / f"{name}.csv", index=False)
    for name in ("tasks", "assignments"):
        tables[name].to_json(out / f"{name}.json", orient="records", force_ascii=False, indent=1)


def department_workbooks(tables: dict[str, pd.DataFrame], units: pd.DataFrame, out: Path) -> int:
    """Write one workbook per department with DataFrame.to_excel; return the rows written."""
    owed = owed_rows(tables, units)
    folder = out / "departments"
    folder.mkdir(parents=True, exist_ok=True)
    rows = 0
    for unit_id, group in owed.groupby("unit_id", sort=False):
        sheet = group[list(DEPARTMENT_COLUMNS)].rename(columns=DEPARTMENT_COLUMNS)
        for column in FILL_COLUMNS:
            sheet[column] = None
        sheet["任务编码"] = group["key"]
        sheet.to_excel(folder / f"{unit_id}.xlsx", sheet_name="任务清单", index=False)
        rows += len(sheet)
    return rows


def owed_rows(tables: dict[str, pd.DataFrame], units: pd.DataFrame) -> pd.DataFrame:
    """Return one row per unit and task it owes, units in registry order, tasks in plan order."""
    assignments, tasks = tables["assignments"], tables["tasks"]
    own = assignments["via"].isin(["direct", "alias"])
    named = assignments.assign(short=assignments["short_name"].where(own, assignments["mention"]))
    labels = (
        named.groupby(["doc_id", "task_id", "role"], sort=False)["short"]
        .agg(lambda s: SEPARATOR.join(dict.fromkeys(s)))
        .unstack("role")
        .reindex(columns=list(ROLE_LABELS))
        .fillna("")
        .add_suffix("_short")
        .reset_index()
    )
    plans = tables["documents"][["doc_id", "title"]].rename(columns={"title": "plan"})
    info = tasks[["doc_id", "task_id", "task_no", "title", "body", "deadline", "line"]]
    order = units[["unit_id"]].reset_index(drop=True).reset_index(names="unit_order")
    owed = (
        named[["doc_id", "task_id", "unit_id", "short_name", "role"]]
        .merge(order, on="unit_id")
        .merge(info, on=["doc_id", "task_id"], how="left")
        .merge(plans, on="doc_id", how="left")
        .merge(labels, on=["doc_id", "task_id"], how="left")
    )
    owed["role_label"] = owed["role"].map(ROLE_LABELS)
    owed["key"] = owed["doc_id"] + "#" + owed["task_id"]
    owed["others"] = [
        SEPARATOR.join(u for u in joined.split(SEPARATOR) if u and u != own_name)
        for joined, own_name in zip(owed["responsible_short"], owed["short_name"], strict=True)
    ]
    return owed.sort_values(["unit_order", "doc_id", "line", "task_no"], kind="stable")
