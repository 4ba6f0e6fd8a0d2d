"""Build the 分工矩阵 sheet: units down, tasks across, each unit's role coloured in the cell."""

from __future__ import annotations

from itertools import chain

import polars as pl

from pipeline.export.tables import ROLE_LABELS, Tables
from pipeline.export.xlsx_cells import Col, letter, row
from pipeline.export.xlsx_sheet import MAX_COLS, Sheet
from pipeline.export.xlsx_styles import ROLE_STYLE, Style
from pipeline.export.xlsx_table import table_rows

NAME = "分工矩阵"
_FIXED = 5  # unit, lead, responsible, cooperating, total
_FIRST = 6
_TITLE_CHARS = 16
_FIT_TASKS = 60  # beyond this, printing one page wide would make the text unreadable


def matrix_sheets(tables: Tables, per_sheet: int = MAX_COLS - _FIXED) -> list[Sheet]:
    """Return the matrix, split over several sheets when the tasks overflow one sheet's columns."""
    tasks = tables.tasks.select("doc_id", "task_id", "task_no", "title").join(
        tables.documents.select("doc_id", plan="title"), on="doc_id", how="left"
    )
    chunks = [tasks.slice(i, per_sheet) for i in range(0, max(tasks.height, 1), per_sheet)]
    return [
        _sheet(tables, chunk, NAME if i == 0 else f"{NAME}{i + 1}")
        for i, chunk in enumerate(chunks)
    ]


def _sheet(tables: Tables, tasks: pl.DataFrame, name: str) -> Sheet:
    units = tables.units
    n = tasks.height
    fixed = [
        Col("单位", pl.col("short_name"), width=18),
        *(
            Col(label, pl.col(role), ROLE_STYLE[role], width=5.5, number=True)
            for role, label in ROLE_LABELS.items()
        ),
        Col("合计", pl.col("tasks"), Style.MIDDLE, width=5.5, number=True),
    ]
    legend = [("图例：", Style.NOTE), *((label, ROLE_STYLE[r]) for r, label in ROLE_LABELS.items())]
    titles = [_short(t) for t in tasks["title"]]
    height = min(max((len(t) for t in titles), default=4), _TITLE_CHARS) * 13 + 12
    # Merged ranges keep their text in the first cell only; the others stay empty but styled.
    head = [(c.header, Style.HEADER) for c in fixed]
    under = [(None, Style.HEADER)] * _FIXED
    first = (tasks["doc_id"] != tasks["doc_id"].shift(1)).fill_null(True)
    plans = [(p if f else None, Style.HEADER) for p, f in zip(tasks["plan"], first, strict=True)]
    rows = (
        row(1, [("分工矩阵（单位 × 任务）", Style.TITLE)], height=30)
        + row(2, legend, height=20)
        + row(3, [*head, *plans], height=36)
        + row(4, [*under, *((no, Style.HEADER) for no in tasks["task_no"])], height=20)
        + row(5, [*under, *((t, Style.VERTICAL_HEADER) for t in titles)], height=height)
    )
    widths = (18, *(5.5,) * (_FIXED - 1 + n))
    cells = units.with_columns(cells=_cells(tables, units, tasks))
    return Sheet(
        name=name,
        rows=chain([rows], table_rows(cells, fixed, _FIRST, widths[:_FIXED], tail="cells")),
        widths=widths,
        merges=(
            f"A1:{letter(_FIXED - 1)}1",
            *(f"{letter(i)}3:{letter(i)}5" for i in range(_FIXED)),
            *_plan_merges(tasks),
        ),
        freeze=(5, _FIXED),
        protect=False,
        print_rows=(3, 5),
        fit_width=n <= _FIT_TASKS,
    )


def _cells(tables: Tables, units: pl.DataFrame, tasks: pl.DataFrame) -> pl.Series:
    """Return, per unit, the rendered cells of its row across ``tasks``."""
    columns = tasks.select("doc_id", "task_id").with_columns(
        col=pl.Series([letter(_FIXED + i) for i in range(tasks.height)], dtype=pl.String)
    )
    roles = tables.owed.select("unit_id", "doc_id", "task_id", "role")
    grid = (
        units.select("unit_id")
        .with_row_index("u")
        .join(columns, how="cross")
        .join(roles, on=["unit_id", "doc_id", "task_id"], how="left", maintain_order="left")
    )
    ref = pl.concat_str("col", (pl.col("u") + _FIRST).cast(pl.String))
    style = pl.col("role").replace_strict(
        {r: int(s) for r, s in ROLE_STYLE.items()}, default=int(Style.CENTER), return_dtype=pl.Int32
    )
    label = pl.col("role").replace_strict(ROLE_LABELS, default=None, return_dtype=pl.String)
    full = pl.concat_str(
        pl.lit('<c r="'),
        ref,
        pl.lit('" s="'),
        style.cast(pl.String),
        pl.lit('" t="inlineStr"><is><t>'),
        label,
        pl.lit("</t></is></c>"),
    )
    empty = pl.concat_str(pl.lit('<c r="'), ref, pl.lit(f'" s="{Style.CENTER:d}"/>'))
    cell = pl.when(pl.col("role").is_null()).then(empty).otherwise(full)
    rendered = grid.group_by("u", maintain_order=True).agg(cell.str.join(""))
    return rendered.sort("u")[:, 1].fill_null("")


def _plan_merges(tasks: pl.DataFrame) -> list[str]:
    spans = (
        tasks.with_row_index("i")
        .group_by("doc_id", maintain_order=True)
        .agg(pl.col("i").min().alias("first"), pl.col("i").max().alias("last"))
    )
    return [
        f"{letter(_FIXED + a)}3:{letter(_FIXED + b)}3" for _, a, b in spans.iter_rows() if b > a
    ]


def _short(title: str) -> str:
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1] + "…"
