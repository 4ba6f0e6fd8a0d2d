"""Write a department's 任务清单 sheet: title block, header block of inputs, task table.

Rows 1–4 say what the sheet is (unit, plan, 文号 and dates, counts, reporting round),
rows 5–6 hold the unlocked inputs of HEADER_FIELDS, row HEADER_ROW the column titles,
then one row per task. Every cell is text written with ``set_text`` (never a formula)
and checked against Excel's limits first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

import polars as pl
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.errors import ExportError
from pipeline.export.department_record import Department, Plan
from pipeline.export.department_rows import HEADER_ROW, Column
from pipeline.export.identity import chinese_date
from pipeline.export.xlsx_io import FORMULA_STARTS, set_text
from pipeline.export.xlsx_looks import FONT, Looks
from pipeline.workbook_format import FILL_IN_COLUMNS, HEADER_FIELDS

#: Excel's limits: characters in a cell, in a list validation's formula, in a header.
CELL_LIMIT = 32_767
LIST_LIMIT = 255
HEADER_LIMIT = 255
SHEET_NAME_LIMIT, SHEET_FORBIDDEN = 31, "[]:*?/\\"
#: Characters XML 1.0 cannot hold (cleaning removes them from plans; this is the last guard).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_STATUS = FILL_IN_COLUMNS[1]


def task_sheet(
    ws: Worksheet, dep: Department, rows: pl.DataFrame, looks: Looks, *, first: bool
) -> dict[str, str]:
    """Fill ``ws`` with ``dep``'s title block, header block and ``rows``; return the
    header block's input cell per label (empty on a continuation sheet)."""
    visible = [c for c in dep.cols if not c.hidden]
    last = get_column_letter(len(visible))
    last_row = HEADER_ROW + max(rows.height, 1)
    for i, c in enumerate(dep.cols, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width, dim.hidden = c.width, c.hidden
    _block(ws, dep, looks, last)
    fields = _fields(ws, dep, looks) if first else {}
    for i, c in enumerate(dep.cols, 1):
        put(ws, HEADER_ROW, i, c.title, looks, "header")
    ws.row_dimensions[HEADER_ROW].height = 30
    _table(ws, dep, rows, looks)
    status = get_column_letter(next(i for i, c in enumerate(dep.cols, 1) if c.title == _STATUS))
    if rows.height:
        ws.add_data_validation(
            _dropdown(dep.statuses, f"{status}{HEADER_ROW + 1}:{status}{last_row}")
        )
    body = next(i for i, c in enumerate(dep.cols, 1) if c.title == "任务内容")
    ws.freeze_panes = f"{get_column_letter(body)}{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{last_row}"
    _print_setup(ws, dep, f"A1:{last}{last_row}")
    p = ws.protection
    p.sheet, p.autoFilter, p.sort, p.formatColumns, p.formatRows = True, False, False, False, False
    return fields


def put(ws: Worksheet, row: int, col: int, value: Any, looks: Looks, look: str) -> None:
    """Write ``value`` (text, a number or None) at ``row``/``col`` with ``look``."""
    cell = ws.cell(row, col)
    looks.apply(cell, look)  # first: set_text may add the quote prefix to the style
    if isinstance(value, str):
        check_text(value, f"{ws.title}!{cell.coordinate}")
        set_text(cell, value)
    else:
        cell.value = value


def sheet_title(name: str, taken: Sequence[str]) -> str:
    """Return ``name`` if Excel takes it as a new sheet's name; refuse it otherwise."""
    bad = sorted(set(name) & set(SHEET_FORBIDDEN))
    if (
        not name
        or len(name) > SHEET_NAME_LIMIT
        or bad
        or name.casefold() in {t.casefold() for t in taken}
    ):
        raise ExportError(
            f"sheet name {name!r} is empty, longer than {SHEET_NAME_LIMIT} characters, "
            f"holds {''.join(bad) or 'no forbidden character'}, or is taken",
            hint="report this: sheet names are the exporter's own",
        )
    return name


def merge(ws: Worksheet, top: int, left: int, bottom: int, right: int) -> None:
    """Merge the cells from (top, left) to (bottom, right) as they are.

    ``ws.merge_cells`` also restyles the range's edges, looking each border up in the
    workbook's styles: two thirds of a small workbook's time. Our cells are styled already.
    """
    ws.merged_cells.add(
        MergedCellRange(
            ws, CellRange(min_row=top, min_col=left, max_row=bottom, max_col=right).coord
        )
    )


def visible_cols(dep: Department) -> list[Column]:
    """Return the columns of ``dep``'s table a clerk sees."""
    return [c for c in dep.cols if not c.hidden]


def check_text(value: str, where: str) -> None:
    """Refuse a text Excel would cut or XML cannot hold: never a silent truncation."""
    if len(value) > CELL_LIMIT:
        raise ExportError(
            f"{where}: {len(value)} characters, more than Excel's {CELL_LIMIT} per cell",
            hint="validation should have reported it (rule excel.cell_too_long); report this",
        )
    if _ILLEGAL.search(value):
        raise ExportError(
            f"{where}: a control character XML cannot hold",
            hint="cleaning should have removed it; report this",
        )


def dropdown_formula(options: tuple[str, ...]) -> str:
    """Return the list validation's formula of ``options``; refuse one Excel cannot store."""
    formula = '"' + ",".join(options) + '"'
    if len(formula) > LIST_LIMIT or any("," in o or '"' in o for o in options):
        raise ExportError(
            f"the status list is {len(formula)} characters as a dropdown (Excel's limit is "
            f"{LIST_LIMIT}) or a status holds a comma or a quote",
            hint="shorten the statuses in schemas/statuses.csv",
        )
    return formula


def round_text(round_: str) -> str:
    """Return 报送期次 as printed: 2026-12 as 2026年12月, nothing as 未指定."""
    if not round_:
        return "未指定"
    year, month = round_.split("-")
    return f"{year}年{int(month)}月"


def identity(dep: Department) -> str:
    """Return the plan's identity line (issuer, 文号, dates), or where to find several."""
    if len(dep.plans) > 1:
        return f"本表涉及 {len(dep.plans)} 份方案，各方案的文号和日期见“填报说明”工作表。"
    p = dep.plans[0]
    parts = [p.issuer or "", f"文号：{p.document_number or '未提供'}", plan_dates(p)]
    return "　".join(x for x in parts if x)


def plan_dates(p: Plan) -> str:
    """Return 成文日期 and 印发日期 of ``p`` as printed."""
    signed = chinese_date(p.signed) if p.signed else "未提供"
    published = chinese_date(p.published) if p.published else "未提供"
    return f"成文日期：{signed}　印发日期：{published}"


def _block(ws: Worksheet, dep: Department, looks: Looks, last: str) -> None:
    primary, lead, resp, coop = dep.counts
    plan = f"《{dep.plans[0].title}》" if len(dep.plans) == 1 else ""
    due = f"{chinese_date(dep.due)}前" if dep.due else "未指定"
    lines = (
        (f"{dep.short_name}{plan}任务落实情况台账", "title", 36),
        (identity(dep), "line", 20),
        (
            f"本单位共承担 {dep.n_tasks} 项任务：主牵头 {primary} 项、牵头 {lead} 项、"
            f"责任 {resp} 项、配合 {coop} 项。黄色单元格为填报区域，其余内容已锁定；"
            "填报方法见“填报说明”工作表。",
            "line",
            20,
        ),
        (f"报送期次：{round_text(dep.round)}　　报送时限：{due}", "line", 20),
    )
    for r, (text, look, height) in enumerate(lines, 1):
        put(ws, r, 1, text, looks, look)
        merge(ws, r, 1, r, len(visible_cols(dep)))
        ws.row_dimensions[r].height = height


def _fields(ws: Worksheet, dep: Department, looks: Looks) -> dict[str, str]:
    """Write the six header inputs, three to a row: label, then a shaded input cell."""
    at = {c.title: i for i, c in enumerate(dep.cols, 1)}
    spans = (  # (label from, label to, input from, input to), by column title
        (1, at["重点任务"], at["任务内容"], at["任务内容"]),
        (at["承担角色"], at["承担方式"], at["牵头单位"], at["其他责任单位"]),
        (at["完成时限"], at["完成时限"], at[FILL_IN_COLUMNS[0]], at[FILL_IN_COLUMNS[0]]),
    )
    fields = {}
    for n, label in enumerate(HEADER_FIELDS):
        r = 5 + n // 3
        a, b, c, d = spans[n % 3]
        put(ws, r, a, label, looks, "label")
        put(ws, r, c, None, looks, "field")
        for col in range(a + 1, b + 1):
            looks.apply(ws.cell(r, col), "label")
        for col in range(c + 1, d + 1):
            looks.apply(ws.cell(r, col), "field")
        if b > a:
            merge(ws, r, a, r, b)
        if d > c:
            merge(ws, r, c, r, d)
        fields[label] = f"{get_column_letter(c)}{r}"
    note = at[FILL_IN_COLUMNS[1]]
    end = sum(not c.hidden for c in dep.cols)
    put(ws, 5, note, "日期请写成 2026年12月20日 的形式；填报单位处盖章后扫描报送。", looks, "hint")
    for r, col in itertools.product((5, 6), range(note, end + 1)):
        if (r, col) != (5, note):  # (the merged block's every cell carries its edges)
            looks.apply(ws.cell(r, col), "hint")
    merge(ws, 5, note, 6, end)
    ws.row_dimensions[5].height = ws.row_dimensions[6].height = 30
    return fields


def _table(ws: Worksheet, dep: Department, rows: pl.DataFrame, looks: Looks) -> None:
    """Write the task rows: checked for Excel's limits in one query, then cell by cell.

    The cells are made directly (as openpyxl's reader does), every text a string cell:
    a corpus's workbooks hold millions of cells, and ``ws.cell`` with a style per
    assignment costs twice as much.
    """
    titles = [c.title for c in dep.cols]
    _check_limits(ws.title, rows, dep)
    plain = [looks.style(c.look) for c in dep.cols]
    due = titles.index("完成时限")
    derived = [*plain[:due], looks.style("derived"), *plain[due + 1 :]]
    quoted = [looks.quoted(s) for s in plain], [looks.quoted(s) for s in derived]
    cells, dims = ws._cells, ws.row_dimensions
    for values in rows.select("row", "height", "derived", *titles).iter_rows():
        r, height, is_derived = values[0], values[1], values[2]
        dims[r].height = height
        styles, risky = (derived, quoted[1]) if is_derived else (plain, quoted[0])
        for i, value in enumerate(values[3:]):
            formula_like = isinstance(value, str) and value.startswith(FORMULA_STARTS)
            cell = Cell(ws, row=r, column=i + 1, style_array=(risky if formula_like else styles)[i])
            if value is not None:
                cell._value = value
                cell.data_type = "s" if isinstance(value, str) else "n"
            cells[(r, i + 1)] = cell


def _check_limits(sheet: str, rows: pl.DataFrame, dep: Department) -> None:
    """Refuse, naming sheet!cell, a text Excel would cut or XML cannot hold (one query)."""
    texts = [(i, c.title) for i, c in enumerate(dep.cols, 1) if rows.schema[c.title] == pl.String]
    bad = [
        (pl.col(t).str.len_chars() > CELL_LIMIT) | pl.col(t).str.contains(_ILLEGAL.pattern)
        for _, t in texts
    ]
    found = rows.select(pl.any_horizontal(bad).fill_null(False).arg_true().first()).item()
    if found is None:
        return
    row = rows.row(found, named=True)
    for i, title in texts:
        if row[title] is not None:
            check_text(row[title], f"{sheet}!{get_column_letter(i)}{row['row']}")


def _dropdown(options: tuple[str, ...], ref: str) -> DataValidation:
    listed = "、".join(options)
    dv = DataValidation(
        type="list",
        formula1=dropdown_formula(options),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=_STATUS,
        error=f"请从列表中选择：{listed}。",
        showInputMessage=True,
        promptTitle=_STATUS,
        prompt="请点击右侧箭头，从列表中选择。",
    )
    dv.add(ref)
    return dv


def _print_setup(ws: Worksheet, dep: Department, area: str) -> None:
    """A4 landscape, one page wide, the column titles on every page, the plan in the margins."""
    ws.print_area = area
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    setup = ws.page_setup
    setup.orientation, setup.paperSize = "landscape", ws.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.3, right=0.3, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    p = dep.plans[0] if len(dep.plans) == 1 else None
    number = (
        f"文号：{p.document_number}" if p and p.document_number else f"涉及 {len(dep.plans)} 份方案"
    )
    dates = plan_dates(p) if p else ""
    parts = (
        (ws.oddHeader.left, f"{dep.short_name}任务落实情况台账"),
        (ws.oddHeader.right, number),
        (ws.oddFooter.left, dates),
        (ws.oddFooter.center, "第 &P 页，共 &N 页"),
        (ws.oddFooter.right, f"报送期次：{round_text(dep.round)}"),
    )
    for part, text in parts:
        escaped = text if "&P" in text else text.replace("&", "&&")
        part.text, part.font, part.size = escaped[: HEADER_LIMIT // 3], f"{FONT},Regular", 9
