"""Build the workbook a department receives: the tasks it owes and cells to report progress.

``department_workbook`` is a pure function of a picklable ``Department``, so the
workbooks can be built in a process pool when there are many.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl

from pipeline.export.manifest import Output
from pipeline.export.tables import SEPARATOR, Tables, owed_rows
from pipeline.export.xlsx_cells import Col, header_row, letter, row
from pipeline.export.xlsx_guide import guide_sheet, meta_sheet
from pipeline.export.xlsx_package import Workbook, workbook_bytes
from pipeline.export.xlsx_sheet import Dropdown, Sheet
from pipeline.export.xlsx_styles import Style
from pipeline.export.xlsx_table import grouped_rows

FORMAT = "plan-ledger department workbook 1"
SHEET = "任务清单"
STATUSES = ("未启动", "推进中", "已完成", "需协调")
HEADER_ROW = 3
_FIRST = HEADER_ROW + 1
_NONE = pl.lit(None, dtype=pl.String)
_BATCH_ROWS = 20_000


@dataclass(frozen=True, slots=True)
class Department:
    """One unit's workbook: where it goes, the unit, its plans, and its rendered task rows.

    ``plans`` holds (doc_id, title, source, sha256) of the plans the unit has tasks in;
    ``many`` tells whether the ledger has several plans (then a column names the plan),
    ``sections`` whether any task has a section (then a column names it, as numbers
    may restart in each section). Every workbook of a ledger has the same columns.
    """

    path: str
    unit_id: str
    name: str
    short_name: str
    counts: tuple[int, int, int]
    n_tasks: int
    rows: bytes
    widths: tuple[float, ...]
    plans: tuple[tuple[str, str, str, str], ...]
    many: bool
    sections: bool
    registry_sha256: str


def departments(tables: Tables, registry_sha256: str) -> Iterator[Department]:
    """Yield a ``Department`` per unit with at least one assignment, in registry order.

    Units are rendered in batches of about ``_BATCH_ROWS`` rows: one query per batch keeps
    the real plan's sixty workbooks fast and a corpus's memory bounded.
    """
    many = tables.documents.height > 1
    sections = bool(tables.tasks["section"].is_not_null().any())
    cols = columns(many=many, sections=sections)
    # One layout for every unit, so the returned workbooks line up column for column.
    widths = tuple(c.width for c in cols)
    plans = tables.documents.select("doc_id", "title", "source", "sha256").rows()
    units = tables.units.rows(named=True)
    start = offset = size = 0
    for end, unit in enumerate(units, 1):
        size += unit["tasks"]
        if size < _BATCH_ROWS and end < len(units):
            continue
        # ``owed`` is sorted by unit in registry order, one row per unit and task.
        owed = owed_rows(tables, tables.owed.slice(offset, size))
        rows = grouped_rows(owed, cols, _FIRST, widths, by="unit_id")
        docs = {
            u: set(d) for u, d in owed.group_by("unit_id").agg(pl.col("doc_id").unique()).rows()
        }
        for u in units[start:end]:
            uid = u["unit_id"]
            yield Department(
                path=u["workbook"],
                unit_id=uid,
                name=u["name"],
                short_name=u["short_name"],
                counts=(u["lead"], u["responsible"], u["cooperating"]),
                n_tasks=u["tasks"],
                rows=rows[uid],
                widths=widths,
                plans=tuple(p for p in plans if p[0] in docs[uid]),
                many=many,
                sections=sections,
                registry_sha256=registry_sha256,
            )
        start, offset, size = end, offset + size, 0


def department_output(dep: Department) -> Output:
    """Return ``dep``'s workbook as an output file."""
    return Output(dep.path, (department_workbook(dep),), dep.n_tasks)


def department_workbook(dep: Department) -> bytes:
    """Return the .xlsx bytes of ``dep``'s workbook."""
    cols = columns(many=dep.many, sections=dep.sections)
    visible = len(cols) - 1
    last_col, last_row = letter(visible - 1), HEADER_ROW + dep.n_tasks
    status = letter(next(i for i, c in enumerate(cols) if c.header == "完成状态"))
    lead, resp, coop = dep.counts
    titles = [title for _, title, _, _ in dep.plans]
    plan = f"《{titles[0]}》" if len(titles) == 1 else ""
    title = f"{dep.short_name}{plan}任务落实情况台账"
    note = (
        f"共 {dep.n_tasks} 项任务：牵头 {lead} 项，责任 {resp} 项，配合 {coop} 项。"
        "白色区域为任务信息（已锁定）；请在黄色区域填写，方法见“填报说明”工作表。"
    )
    rows = (
        row(1, [(title, Style.TITLE)], height=32)
        + row(2, [(note, Style.NOTE)], height=20)
        + header_row(HEADER_ROW, cols)
    )
    main = Sheet(
        name=SHEET,
        rows=(rows, dep.rows),
        widths=dep.widths,
        hidden_cols=frozenset({visible}),
        merges=(f"A1:{last_col}1", f"A2:{last_col}2"),
        # Keep number and title in view while scrolling right to the fill-in columns.
        freeze=(HEADER_ROW, 2 + dep.many + dep.sections),
        auto_filter=f"A{HEADER_ROW}:{last_col}{last_row}",
        dropdowns=(
            Dropdown(
                ref=f"{status}{_FIRST}:{status}{last_row}",
                options=STATUSES,
                title="完成状态",
                prompt="请点击右侧箭头，从列表中选择。",
                error="请从列表中选择：" + SEPARATOR.join(STATUSES) + "。",
            ),
        ),
        print_rows=(HEADER_ROW, HEADER_ROW),
    )
    properties = (
        ("format", FORMAT),
        ("unit_id", dep.unit_id),
        ("unit_name", dep.name),
        ("doc_ids", ",".join(p[0] for p in dep.plans)),
        ("source_sha256", ",".join(p[3] for p in dep.plans)),
        ("registry_sha256", dep.registry_sha256),
    )
    guide = guide_sheet(dep.short_name, titles, dep.n_tasks, dep.counts)
    meta = meta_sheet(properties, [(p[0], p[2], p[3]) for p in dep.plans])
    book = Workbook(
        sheets=(main, guide, meta), title=title, subject=dep.name, properties=properties
    )
    return workbook_bytes(book)


def columns(*, many: bool, sections: bool) -> list[Col]:
    """Return the task columns, the fill-in columns, then the hidden key column."""
    plan = [Col("所属方案", pl.col("plan"), width=20, min_width=12)] if many else []
    if sections:
        plan.append(Col("所属部分", pl.col("section"), width=16, min_width=10))
    task = [
        Col("编号", pl.col("task_no"), Style.CENTER, width=6, min_width=6, number=True),
        Col("任务名称", pl.col("title"), width=20, min_width=12),
        Col("任务内容", pl.col("body"), width=46, min_width=20),
        Col("本单位角色", pl.col("role_label"), Style.CENTER, width=11, min_width=11),
        Col("牵头单位", pl.col("lead_short"), width=16, min_width=10),
        Col("其他责任单位", pl.col("others"), width=20),
        Col("完成时限", pl.col("deadline"), Style.CENTER, width=10, min_width=9),
    ]
    fill = [
        Col(header, _NONE, style, width=width, min_width=width)
        for header, style, width in (
            ("工作进展", Style.INPUT, 30),
            ("完成状态", Style.INPUT_CENTER, 10),
            ("存在问题", Style.INPUT, 20),
            ("下一步计划", Style.INPUT, 20),
            ("联系人", Style.INPUT, 9),
            ("联系电话", Style.INPUT, 14),
        )
    ]
    key = Col("任务编码", pl.col("key"), Style.KEY, width=40, hidden=True)
    return [*plan, *task, *fill, key]
