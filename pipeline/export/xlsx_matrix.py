"""Build the 分工矩阵 sheet: units down, task numbers across, each unit's role coloured.

Task titles do not head the columns (printed vertically they took half of every page
and were cut): the columns carry task numbers and a key under the grid gives each
number's title in full, so one header row repeats per page and about 29 units fit on
an A4 landscape page.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from pipeline import columns
from pipeline.export.identity import Identity
from pipeline.export.tables import ROLE_LABELS, Tables
from pipeline.export.xlsx_table import ROLE_FILLS, Rows, Styles, start_sheet
from schemas.tables import UnitTotalsSchema

NAME = "分工矩阵"
MAX_COLS = 16_384  # columns in one worksheet
#: The unit's columns left of the grid, titled as the units table's model titles them.
FIXED = tuple(columns.titles(UnitTotalsSchema)[c] for c in ("short_name", *ROLE_LABELS, "tasks"))
UNIT_WIDTH, COUNT_WIDTH, TASK_WIDTH = 16.0, 5.0, 4.5
ROW_HEIGHT = 16.0
FIT_TASKS = 40  # beyond this, one page wide would print the grid too small to read


def matrix_sheets(
    book: Workbook,
    styles: Styles,
    identity: Identity,
    tables: Tables,
    per_sheet: int = MAX_COLS - len(FIXED),
) -> None:
    """Add the matrix, split over several sheets when the tasks overflow one sheet's columns."""
    tasks = tables.tasks.select("doc_id", "task_id", "task_no", "title").join(
        tables.documents.select("doc_id", plan="title"), on="doc_id", how="left"
    )
    for i, start in enumerate(range(0, max(tasks.height, 1), per_sheet)):
        name = NAME if i == 0 else f"{NAME}{i + 1}"
        _sheet(book, styles, identity, tables, tasks.slice(start, per_sheet), name)


def _sheet(
    book: Workbook,
    styles: Styles,
    identity: Identity,
    tables: Tables,
    tasks: pl.DataFrame,
    name: str,
) -> None:
    many = tables.documents.height > 1
    widths = [UNIT_WIDTH, *(COUNT_WIDTH,) * (len(FIXED) - 1), *(TASK_WIDTH,) * tasks.height]
    header = 4 if many else 3
    freeze = f"{get_column_letter(len(FIXED) + 1)}{header + 1}"
    rows = start_sheet(book, styles, identity, name=name, title=f"{identity.title}：{name}",
                       widths=widths, freeze=freeze)  # fmt: skip
    ws = rows.ws
    if many:  # one row naming the plan over its tasks' numbers
        _plan_row(rows, tasks)
    numbers = [(str(n), "header") for n in tasks["task_no"]]
    rows.append([*((h, "header") for h in FIXED), *numbers], height=20)
    ws.print_title_rows = f"{header - 1 if many else header}:{header}"
    if tasks.height > FIT_TASKS:  # pages across, each repeating the unit names
        ws.page_setup.fitToWidth = 0
        ws.print_title_cols = "A:A"
    first = rows.count + 1
    for unit in _grid(tables, tasks).iter_rows(named=True):
        rows.data_row(_unit_row(ws, styles, unit, len(FIXED)), ROW_HEIGHT)
    if tasks.height and rows.count >= first:
        left, right = get_column_letter(len(FIXED) + 1), get_column_letter(len(widths))
        _colour_roles(ws, f"{left}{first}:{right}{rows.count}")
    rows.append([])
    legend = [("图例：", "note"), *((label, role) for role, label in ROLE_LABELS.items())]
    rows.append(legend, height=18)
    _key(rows, tasks, many)


def _grid(tables: Tables, tasks: pl.DataFrame) -> pl.DataFrame:
    """Return per unit (registry order) its counts and the (column, role) of each task it owes."""
    columns = tasks.select("doc_id", "task_id").with_row_index("col")
    owed = (
        tables.owed.select("unit_id", "doc_id", "task_id", "role")
        .join(columns, on=["doc_id", "task_id"])
        .group_by("unit_id")
        .agg(pl.col("col").sort_by("col"), pl.col("role").sort_by("col"))
    )
    return tables.units.select("unit_id", "short_name", *ROLE_LABELS, "tasks").join(
        owed, on="unit_id", how="left", maintain_order="left"
    )


def _unit_row(ws: Any, styles: Styles, unit: dict[str, Any], fixed: int) -> list[Any]:
    """Return one unit's cells: name, counts, then its role under each task it owes."""
    cell = styles.cell
    row: list[Any] = [cell(ws, unit["short_name"], "body")]
    row += [cell(ws, unit[key], "center") for key in (*ROLE_LABELS, "tasks")]
    cols, roles = unit["col"] or [], unit["role"] or []
    if cols:
        cells: list[Any] = [None] * (int(cols[-1]) + 1)
        for col, role in zip(cols, roles, strict=True):
            cells[col] = ROLE_LABELS[role]  # a plain body value, coloured by _colour_roles
        row += cells
    return row


def _colour_roles(ws: Any, grid: str) -> None:
    """Colour each role in ``grid`` by a conditional format, one rule per role.

    A styled cell per role would cost a cell object each (close to a million at a
    thousand plans); the rules also keep the colours when a clerk sorts or edits.
    """
    for role, label in ROLE_LABELS.items():
        fill = PatternFill("solid", fgColor=ROLE_FILLS[role], bgColor=ROLE_FILLS[role])
        ws.conditional_formatting.add(
            grid, CellIsRule(operator="equal", formula=[f'"{label}"'], fill=fill)
        )


def _plan_row(rows: Rows, tasks: pl.DataFrame) -> None:
    """Append the row naming each plan over its tasks' columns (merged)."""
    first = (tasks["doc_id"] != tasks["doc_id"].shift(1)).fill_null(True).to_list()
    cells = [(p if f else None, "header") for p, f in zip(tasks["plan"], first, strict=True)]
    r = rows.append([("单位与角色", "header"), *((None, "header"),) * (len(FIXED) - 1), *cells],
                    height=30)  # fmt: skip
    spans = (
        tasks.with_row_index("i")
        .group_by("doc_id", maintain_order=True)
        .agg(pl.col("i").min().alias("a"), pl.col("i").max().alias("b"))
    )
    offset = len(FIXED) + 1
    rows.ws.merged_cells.add(f"A{r}:{get_column_letter(len(FIXED))}{r}")
    for _, a, b in spans.iter_rows():
        if b > a:
            rows.ws.merged_cells.add(
                f"{get_column_letter(offset + a)}{r}:{get_column_letter(offset + b)}{r}"
            )


def _key(rows: Rows, tasks: pl.DataFrame, many: bool) -> None:
    """Append the key: each task number and its title in full, one line each."""
    rows.append([("任务编号对照", "section")], height=22)
    for no, title, plan in tasks.select("task_no", "title", "plan").iter_rows():
        text = f"{no}. {title}" if not many else f"{no}. {title}（《{plan}》）"
        rows.append([(text, "line")], height=ROW_HEIGHT)
