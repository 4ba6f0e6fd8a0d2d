"""Build the workbook a department receives: the tasks it owes and cells to report progress.

The layout is the contract of ``pipeline.workbook_format`` (documented in
docs/deliverables.md): a title block naming the plan (文号, 成文日期, 印发日期) and the
reporting round, a header block of input cells, the task table with its hidden key and
checksum columns, the 填报说明 sheet and the very hidden ``_meta`` sheet.
``department_workbook`` is a pure function of a picklable ``Department``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import polars as pl
from openpyxl.packaging.custom import StringProperty
from openpyxl.workbook.workbook import Workbook

from pipeline.export.department_record import Department, Plan
from pipeline.export.department_rows import (
    HEADER_ROW,
    Column,
    columns,
    department_rows,
)
from pipeline.export.manifest import Output
from pipeline.export.tables import Tables, file_name
from pipeline.export.xlsx_guide import guide_sheet, meta_sheet
from pipeline.export.xlsx_io import workbook_bytes
from pipeline.export.xlsx_looks import Looks
from pipeline.export.xlsx_task_sheet import sheet_title, task_sheet
from pipeline.statuses import load_statuses
from pipeline.workbook_format import FORMAT, FORMAT_VERSION, TASK_SHEET

#: The date a workbook carries when no plan of it has one.
FIXED_DATE = date(2000, 1, 1)


def departments(
    tables: Tables,
    registry_sha256: str,
    *,
    tool_version: str,
    round_: str = "",
    due: date | None = None,
    rows: pl.DataFrame | None = None,
) -> Iterator[Department]:
    """Yield a ``Department`` per unit with at least one assignment, in registry order."""
    cols = department_columns(tables)
    if rows is None:
        rows = department_rows(tables, cols, round_=round_)
    plans = {p.doc_id: p for p in plans_of(tables)}
    statuses = tuple(s.name for s in load_statuses())
    units = tables.units.rows(named=True)
    by_unit = rows.partition_by("unit_id", as_dict=True, maintain_order=True)
    for u in units:
        mine = by_unit[(u["unit_id"],)]
        primary = int(mine["承担角色"].eq("主牵头").sum())
        yield Department(
            path=u["workbook"],
            unit_id=u["unit_id"],
            name=u["name"],
            short_name=u["short_name"],
            counts=(primary, u["lead"] - primary, u["responsible"], u["cooperating"]),
            rows=mine,
            cols=cols,
            plans=tuple(plans[d] for d in mine["doc_id"].unique(maintain_order=True)),
            registry_sha256=registry_sha256,
            tool_version=tool_version,
            round=round_,
            due=due,
            statuses=statuses,
        )


def department_columns(tables: Tables) -> tuple[Column, ...]:
    """Return the task table's columns for the plans of ``tables``."""
    many = tables.documents.height > 1
    sections = bool(tables.tasks["section"].is_not_null().any())
    return columns(many=many, sections=sections)


def plans_of(tables: Tables) -> list[Plan]:
    """Return the identity of every plan of ``tables``, in doc_id order."""
    return [
        Plan(
            doc_id=r["doc_id"],
            title=r["title"],
            source=file_name(r["source"]),
            sha256=r["sha256"],
            issuer=r["issuer"],
            document_number=r["document_number"],
            signed=r["signed"],
            published=r["published"],
        )
        for r in tables.documents.iter_rows(named=True)
    ]


def department_output(dep: Department) -> Output:
    """Return ``dep``'s workbook as an output file."""
    return Output(dep.path, (department_workbook(dep),), dep.n_tasks)


def department_workbook(dep: Department) -> bytes:
    """Return the .xlsx bytes of ``dep``'s workbook."""
    book = Workbook()
    looks = Looks(book)
    sheets = dep.rows.partition_by("sheet", maintain_order=True) or [dep.rows]
    first_fields: dict[str, str] = {}
    first_names: list[str] = []
    for k, part in enumerate(sheets):
        name = sheet_title(f"{TASK_SHEET}（续{k + 1}）" if k else TASK_SHEET, first_names)
        first_names.append(name)
        ws = book.active if k == 0 else book.create_sheet(name)
        assert ws is not None
        if k == 0:
            ws.title = TASK_SHEET
        fields = task_sheet(ws, dep, part, looks, first=k == 0)
        if k == 0:
            first_fields = fields
    guide_sheet(book.create_sheet(), dep, looks)
    pairs = meta_pairs(dep, first_fields)
    meta_sheet(book.create_sheet(), pairs)
    for key in ("format", "format_version", "unit_id", "unit_name", "doc_ids", "round"):
        book.custom_doc_props.append(StringProperty(name=key, value=pairs[key]))
    book.custom_doc_props.append(
        StringProperty(name="source_sha256", value=",".join(p.sha256 for p in dep.plans))
    )
    book.custom_doc_props.append(StringProperty(name="registry_sha256", value=dep.registry_sha256))
    book.properties.title = f"{dep.short_name}任务落实情况台账"
    book.properties.subject = dep.name
    return workbook_bytes(book, stamp=stamp_of(dep))


def stamp_of(dep: Department) -> date:
    """Return the date the workbook carries: its plans' latest date of issue, else FIXED_DATE."""
    dates = [d for p in dep.plans for d in (p.published, p.signed) if d is not None]
    return max(dates, default=FIXED_DATE)


def meta_pairs(dep: Department, fields: dict[str, str]) -> dict[str, str]:
    """Return the ``_meta`` rows of ``dep``'s workbook, by key (META_KEYS order)."""
    return {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "unit_id": dep.unit_id,
        "unit_name": dep.name,
        "short_name": dep.short_name,
        "doc_ids": json.dumps([p.doc_id for p in dep.plans], ensure_ascii=False),
        "sources": json.dumps({p.doc_id: p.sha256 for p in dep.plans}, ensure_ascii=False),
        "registry_sha256": dep.registry_sha256,
        "round": dep.round,
        "due": dep.due.isoformat() if dep.due else "",
        "header_row": str(HEADER_ROW),
        "columns": json.dumps([c.title for c in dep.cols], ensure_ascii=False),
        "fields": json.dumps(fields, ensure_ascii=False),
        "tool_version": dep.tool_version,
    }
