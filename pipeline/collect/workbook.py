"""Write the progress workbook (progress.xlsx) with openpyxl, byte-identical on reruns.

Sheets: 进度总览 (per task), 分单位进展 (task × unit, coloured by status and light),
问题清单, 未报送, 催办 (per unit: red items, reported or not), 状态统计 (status counts per
unit with a native stacked bar chart) and 填报质量 (the findings).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import polars as pl
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from pipeline.collect.lights import LABELS, Lights
from pipeline.collect.progress import ROLE_ZH, missing, overview, status_counts
from pipeline.export.xlsx_io import FORMULA_STARTS, workbook_bytes
from pipeline.export.xlsx_table import (
    A4,
    LINE_HEIGHT,
    MARGIN,
    MAX_HEIGHT,
    PADDING,
    Rows,
    Styles,
    display_width,
    text_height,
)
from pipeline.statuses import Status
from pipeline.validate.findings import Finding

#: Fills for 完成状态 and 亮灯, light enough to print in grey.
STATUS_FILLS = {
    "已完成": "FFC6EFCE",
    "序时推进": "FFDDEBF7",
    "需协调": "FFFFEB9C",
    "进度滞后": "FFFFC7CE",
    "未启动": "FFF2F2F2",
}
#: Bar colours of the status chart, one per status (others grey).
CHART_COLOURS = {
    "已完成": "70AD47",
    "序时推进": "5B9BD5",
    "进度滞后": "C00000",
    "未启动": "7F7F7F",
    "需协调": "FFC000",
}
LIGHT_FILLS = {"红灯": "FFFFC7CE", "黄灯": "FFFFEB9C", "绿灯": "FFC6EFCE"}


def progress_workbook(
    progress: pl.DataFrame,
    findings: Sequence[Finding],
    statuses: Sequence[Status],
    lights: Lights,
    *,
    round_: str,
    reasons: dict[str, str],
    stamp: date,
) -> bytes:
    """Return progress.xlsx for one round as bytes.

    The sheets are write-only: a corpus's round has close to a million task × unit rows,
    which as ordinary openpyxl cells took gigabytes; the styles are registered once
    (``Styles``) and a body value goes in plain, in the default format.
    """
    book = Workbook(write_only=True)
    styles = Styles(book)
    title = f"报送期次 {round_}" if round_ else "未指定报送期次"

    def sheet(name: str) -> Rows:
        return Rows(book.create_sheet(name), styles)

    _overview(sheet("进度总览"), progress, statuses, title)
    _by_unit(sheet("分单位进展"), progress, lights, title)
    _problems(sheet("问题清单"), progress)
    _missing(sheet("未报送"), missing(progress, reasons))
    _reminders(sheet("催办"), progress, reasons)
    _counts(sheet("状态统计"), status_counts(progress, statuses))
    _quality(sheet("填报质量"), findings)
    return workbook_bytes(book, stamp=stamp)


def _overview(ws: Rows, progress: pl.DataFrame, statuses: Sequence[Status], title: str) -> None:
    rows = overview(progress, statuses).select(
        "task_no",
        "title",
        "leads",
        "lead_status",
        pl.format("{}/{}", "reported", "owed"),
        _filled("overall").fill_null("—"),
        "red",
        "yellow",
    )
    note = "总体状态 = 已报送单位中进展最慢者的状态；牵头单位状态单列。"
    headers = ("序号", "重点任务", "牵头单位", "牵头单位状态", "已报送/应报送", "总体状态")
    widths = (6, 40, 24, 14, 14, 12, 8, 8)
    count = _table(ws, f"任务进度总览（{title}）", note, (*headers, "红灯", "黄灯"), rows, widths)
    _status_colours(ws, "F", count)


def _by_unit(ws: Rows, progress: pl.DataFrame, lights: Lights, title: str) -> None:
    status = _filled("status")
    rows = progress.select(
        "task_no",
        "title",
        "short_name",
        pl.col("role").replace_strict(ROLE_ZH, return_dtype=pl.String),
        pl.when(status.is_not_null())
        .then(status)
        .when(pl.col("reported"))
        .then(pl.lit("未填报"))
        .otherwise(pl.lit("未报送")),
        pl.col("light").replace_strict(LABELS, return_dtype=pl.String),
        "progress",
        "problems",
        "next_steps",
        "source_file",
    )
    first = ("序号", "重点任务", "单位", "承担角色", "完成状态", "亮灯", "工作进展", "存在问题")
    headers = (*first, "下一步计划", "来源文件")
    widths = (6, 30, 16, 8, 10, 8, 40, 30, 30, 24)
    count = _table(ws, f"分单位进展（{title}）", lights.rule_text(), headers, rows, widths)
    _status_colours(ws, "E", count)
    for text, fill in LIGHT_FILLS.items():
        ws.ws.conditional_formatting.add(
            f"F4:F{count + 3}",
            CellIsRule(
                operator="equal", formula=[f'"{text}"'], fill=PatternFill("solid", bgColor=fill)
            ),
        )


def _filled(column: str) -> pl.Expr:
    """Return the text of ``column``, an empty text as null."""
    text = pl.col(column).cast(pl.String)
    return pl.when(text != "").then(text)


def _problems(ws: Rows, progress: pl.DataFrame) -> None:
    wanted = progress.filter(pl.col("problems").is_not_null() | (pl.col("status") == "需协调"))
    rows = wanted.sort("unit_id", "doc_id", "task_no").select(
        "short_name", "task_no", "title", "status", "problems", "next_steps"
    )
    headers = ("单位", "序号", "重点任务", "完成状态", "存在问题", "下一步计划")
    note = "每条 存在问题 与 需协调 事项。"
    _table(ws, "问题清单（需跟进协调）", note, headers, rows, (16, 6, 30, 10, 40, 30))


def _missing(ws: Rows, frame: pl.DataFrame) -> None:
    rows = frame.select("short_name", "unit_id", "tasks", "reason")
    _table(
        ws,
        "未报送单位",
        f"共 {rows.height} 个单位未报送。",
        ("单位", "单位编码", "应报任务数", "原因"),
        rows,
        (16, 14, 12, 24),
    )


def _reminders(ws: Rows, progress: pl.DataFrame, reasons: dict[str, str]) -> None:
    rows = []
    for (unit_id, short), group in progress.sort("unit_id").group_by(
        ["unit_id", "short_name"], maintain_order=True
    ):
        reported = bool(group.get_column("reported").any())
        red = group.filter(pl.col("light") == "red")
        if reported and red.is_empty():
            continue
        items = "；".join(
            f"任务{r['task_no']}（{r['status'] or '逾期'}）" for r in red.iter_rows(named=True)
        )
        text = (
            f"请{short}于收到后尽快报送本期进展。"
            if not reported
            else f"请{short}就红灯事项说明原因并加快推进：{items}。"
        )
        state = "已报送" if reported else reasons.get(str(unit_id), "未收到报送")
        rows.append((short, state, red.height, items or "—", text))
    headers = ("单位", "报送情况", "红灯事项数", "红灯事项", "催办内容")
    note = "未报送或有红灯事项的单位，可直接用于催办。"
    _table(ws, "催办清单", note, headers, _frame(rows, len(headers)), (16, 14, 10, 40, 60))


def _counts(ws: Rows, frame: pl.DataFrame) -> None:
    widths = (16, *([10] * (len(frame.columns) - 1)))
    note = "图表：各单位任务按完成状态计数。"
    count = _table(ws, "各单位完成状态统计", note, tuple(frame.columns), frame, widths)
    if not count:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "各单位完成状态"
    chart.y_axis.title = "任务数"
    data = Reference(ws.ws, min_col=2, max_col=len(frame.columns), min_row=3, max_row=count + 3)
    chart.add_data(data, titles_from_data=True)
    for series, name in zip(chart.series, frame.columns[1:], strict=True):
        series.graphicalProperties.solidFill = CHART_COLOURS.get(name, "D9D9D9")
        series.graphicalProperties.line.solidFill = CHART_COLOURS.get(name, "D9D9D9")
    chart.set_categories(Reference(ws.ws, min_col=1, min_row=4, max_row=count + 3))
    chart.height = max(8.0, 0.5 * count)
    chart.width = 18.0
    ws.ws.add_chart(chart, f"{get_column_letter(len(frame.columns) + 2)}3")


def _quality(ws: Rows, findings: Sequence[Finding]) -> None:
    rows = [
        (
            f.path,
            f.cell or "",
            f.unit or "",
            f.task_no,
            f.rule,
            "错误" if f.severity.value == "error" else "提示",
            f.message,
            f.excerpt,
            f.hint,
        )
        for f in findings
    ]
    headers = ("文件", "位置", "单位", "任务", "规则", "级别", "问题", "摘录", "修改建议")
    widths = (30, 14, 14, 6, 26, 6, 40, 30, 40)
    _table(ws, "填报质量", f"共 {len(rows)} 条。", headers, _frame(rows, len(headers)), widths)


def _table(
    rows: Rows,
    title: str,
    note: str,
    headers: Sequence[str],
    body: pl.DataFrame,
    widths: Sequence[float],
) -> int:
    """Write a title line, a note line and a table whose titles are on row 3; return the
    number of table rows. Widths, frozen titles and the page go first (a write-only sheet
    writes them before its rows).

    ``body`` has one column per header, in order: integers stay numbers, anything else is
    text (never a formula) or empty. A corpus's round has close to a million rows, so the
    row heights and the test for formula-like text are polars expressions, and a row
    without such text goes to openpyxl as plain values (the default format is the body's).
    """
    ws, cell = rows.ws, rows.styles.cell
    for column, width in enumerate(widths, start=1):
        # The body style is every column's format too: LibreOffice formats a plain cell by
        # its column (a dimension left to openpyxl would register an unstyled format).
        dim = ws.column_dimensions[get_column_letter(column)]
        dim.width, dim._style = width, rows.styles.default
    ws.freeze_panes = "A4"
    # A4 landscape, one page wide, the titles repeated on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:3"
    # The title and the note, not wrapped, run on over cells of their own style (left to
    # the column's format, the body's borders would frame them).
    rest = len(headers) - 1
    rows.append([(title, "title"), *((None, "title"),) * rest])
    rows.append([(note, "line"), *((None, "line"),) * rest])
    high = max(text_height(h, w) for h, w in zip(headers, widths, strict=True))
    rows.data_row([cell(ws, h, "header") for h in headers], high)
    frame = _typed(body)
    texts = [c for c, kind in frame.schema.items() if kind == pl.String]
    marks = frame.select(
        _height(frame, widths).alias("height"),
        pl.any_horizontal(
            pl.lit(False), *(pl.col(c).str.starts_with(s) for c in texts for s in FORMULA_STARTS)
        )
        .fill_null(False)
        .alias("risky"),
    )
    for values, height, risky in zip(
        frame.iter_rows(), marks["height"], marks["risky"], strict=True
    ):
        rows.data_row([cell(ws, v, "body") for v in values] if risky else values, height)
    count = rows.count - 3
    last = get_column_letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A3:{last}{max(count + 3, 3)}"
    return count


def _frame(rows: Sequence[Sequence[object]], width: int) -> pl.DataFrame:
    """Return a few ``rows`` of ``width`` values as a frame, one column per value."""
    columns = {f"c{i}": [_plain(row[i]) for row in rows] for i in range(width)}
    return pl.DataFrame(columns, strict=False)


def _plain(value: object) -> object:
    """An integer stays a number; anything else is text, or empty."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return str(value)


def _typed(body: pl.DataFrame) -> pl.DataFrame:
    """Integers stay numbers, every other column is text."""
    return body.select(
        pl.col(c) if kind.is_integer() else pl.col(c).cast(pl.String)
        for c, kind in body.schema.items()
    )


def _height(frame: pl.DataFrame, widths: Sequence[float]) -> pl.Expr:
    """Points per row, as ``text_height`` counts them for its longest wrapped text."""
    lines = [
        pl.col(c)
        .fill_null("")
        .str.split("\n")
        .list.eval((display_width(pl.element()) / max(int(w - MARGIN), 1)).ceil().clip(1))
        .list.sum()
        for (c, kind), w in zip(frame.schema.items(), widths, strict=True)
        if kind == pl.String
    ]
    most = pl.max_horizontal(pl.lit(1.0), *lines)
    return (most * LINE_HEIGHT + PADDING).clip(upper_bound=MAX_HEIGHT)


def _status_colours(sheet: Rows, column: str, count: int) -> None:
    for status, fill in STATUS_FILLS.items():
        sheet.ws.conditional_formatting.add(
            f"{column}4:{column}{count + 3}",
            CellIsRule(
                operator="equal", formula=[f'"{status}"'], fill=PatternFill("solid", bgColor=fill)
            ),
        )
