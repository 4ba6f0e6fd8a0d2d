"""Build the ledger's 单位统计 sheets: tasks per unit and role, and a chart of the busiest 20."""

from __future__ import annotations

import polars as pl
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties

from pipeline import columns
from pipeline.export.identity import Identity
from pipeline.export.tables import ROLE_LABELS, Tables
from pipeline.export.xlsx_table import ROLE_FILLS, Col, Styles, fit_widths, start_sheet
from schemas.tables import UnitTotalsSchema

NAME = "单位统计"
CHART = "单位统计图"
TOP = 20  # units in the chart
UNIT = columns.titles(UnitTotalsSchema)  # the column titles


def units_sheet(book: Workbook, styles: Styles, identity: Identity, tables: Tables) -> None:
    """Add 单位统计 (one row per unit) and 单位统计图 (the 20 units with most tasks, by role)."""
    cols = [
        Col(UNIT["name"], pl.col("name"), width=30, min_width=12),
        Col(UNIT["short_name"], pl.col("short_name"), width=16, min_width=8),
        Col(UNIT["category_zh"], pl.col("category_zh"), "center", width=12, min_width=8),
        *(
            Col(UNIT[role], pl.col(role), "center", width=6, min_width=6, number=True)
            for role in ROLE_LABELS
        ),
        Col(UNIT["tasks"], pl.col("tasks"), "center", width=6, min_width=6, number=True),
        Col(UNIT["workbook"], pl.col("workbook"), width=32, min_width=12),
    ]
    widths = fit_widths(tables.units, cols)
    rows = start_sheet(book, styles, identity, name=NAME, title=f"{identity.title}：单位统计",
                       widths=widths, freeze="A4")  # fmt: skip
    header = rows.table(tables.units, cols, widths)
    rows.ws.auto_filter.ref = f"A{header}:I{max(rows.count, header + 1)}"
    _chart_sheet(book, styles, identity, top_units(tables.units))


def _chart_sheet(book: Workbook, styles: Styles, identity: Identity, top: pl.DataFrame) -> None:
    """Add 单位统计图: the busiest units' tasks by role, as a table and a stacked bar chart.

    On a sheet of its own so that it prints on one page, without 单位统计's repeated
    column titles above it.
    """
    cols = [
        Col(UNIT["short_name"], pl.col("short_name"), width=18),
        *(Col(UNIT[role], pl.col(role), "center", width=6, number=True) for role in ROLE_LABELS),
    ]  # fmt: skip
    # Columns F onwards hold the chart; they are listed so that the title spans them.
    widths = [18.0, 6.0, 6.0, 6.0, 2.0, *(8.0,) * 10]
    title = f"{identity.title}：承担任务最多的 {top.height} 个单位"
    rows = start_sheet(book, styles, identity, name=CHART, title=title, widths=widths)
    head = rows.table(top, cols, widths[: len(cols)])
    if top.height:
        rows.ws.add_chart(_chart(rows.ws, head, top.height), f"F{head}")


def top_units(units: pl.DataFrame) -> pl.DataFrame:
    """Return the ``TOP`` units with most tasks (ties in registry order) and their roles."""
    return (
        units.with_row_index("_order")
        .sort("tasks", "_order", descending=[True, False])
        .head(TOP)
        .select("short_name", *ROLE_LABELS)
    )


def _chart(ws: object, head: int, n: int) -> BarChart:
    """Return a horizontal bar chart, stacked by role, of the ``n`` rows under row ``head``."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = f"承担任务最多的 {n} 个单位"
    chart.y_axis.title = "任务项数"
    chart.height = 0.6 * n + 3  # cm: one readable bar per unit
    chart.width = 18
    data = Reference(ws, min_col=2, max_col=4, min_row=head, max_row=head + n)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=head + n))
    for series, role in zip(chart.series, ROLE_LABELS, strict=True):
        series.graphicalProperties.solidFill = ROLE_FILLS[role][2:]
        series.graphicalProperties.line.solidFill = "808080"
    chart.gapWidth = 40
    chart.x_axis.tickLblSkip = 1  # every unit named, not every other one
    chart.x_axis.txPr = _small_text()  # small enough for LibreOffice to print every name
    chart.x_axis.scaling.orientation = "maxMin"  # the busiest unit on top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    return chart


def _small_text() -> RichText:
    """Return 8 pt text properties for a chart axis."""
    font = CharacterProperties(sz=800)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=font), endParaRPr=font)])
