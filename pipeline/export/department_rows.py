"""Lay out every department workbook's task rows at once, and the issued-rows table.

The rows of all units are one polars frame (one query, whatever the number of units):
the cells each workbook row prints, under the contract's column titles, its sheet and
row number, height, locked texts and checksum. ``issued_table`` is the same rows as
``out/issued.parquet`` (see ``pipeline.workbook_format`` and docs/deliverables.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import polars as pl

from pipeline.export.tables import Tables, owed_rows
from pipeline.export.xlsx_looks import LINE_HEIGHT, MAX_ROW_HEIGHT, PADDING
from pipeline.workbook_format import (
    CHECKSUM_COLUMN,
    FILL_IN_COLUMNS,
    KEY_COLUMN,
    KEY_SEPARATOR,
    locked_columns,
    row_checksum,
)
from schemas.tables import IssuedSchema

#: The row of the table's column titles; the header block sits above it.
HEADER_ROW = 7
#: Excel's last row: a longer table continues on another sheet.
EXCEL_MAX_ROWS = 1_048_576
#: The columns of ``out/issued.parquet``, as ``schemas.tables.IssuedSchema`` declares them.
ISSUED = {name: dtype.type for name, dtype in IssuedSchema.to_schema().dtypes.items()}


class Answer(Protocol):
    """A unit's last collected answer to a task (``pipeline.collect.carry.Carried``)."""

    def fill_ins(self) -> tuple[str | None, str | None, str | None, str | None]:
        """Return the texts in FILL_IN_COLUMNS order."""
        ...


#: unit_id -> task key -> the answer to pre-fill (``export --carry-forward``).
Carried = Mapping[str, Mapping[str, Answer]]


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the task table: its title, width, the field it prints, how it looks."""

    title: str
    width: float
    field: str | None  # None: a fill-in column, empty when issued
    look: str = "text"
    hidden: bool = False


def columns(*, many: bool, sections: bool) -> tuple[Column, ...]:
    """Return the task table's columns in sheet order (the same for every unit of an export).

    The widths add up to about one A4 landscape page at 10.5 pt, so the body prints at
    ≥ 9 pt once Excel fits the page width; 联系人 and 联系电话 sit once in the header block.
    """
    plan = [Column("所属方案", 8, "plan")] if many else []
    if sections:
        plan.append(Column("所属部分", 6, "section"))
    return (
        *plan,
        Column("序号", 4, "task_no", "center"),
        Column("重点任务", 10, "title"),
        Column("任务内容", 28 - 2 * len(plan), "body"),
        Column("承担角色", 7, "role_label", "center"),
        Column("承担方式", 10, "manner"),
        Column("牵头单位", 10, "lead_short"),
        Column("其他责任单位", 11, "others"),
        Column("完成时限", 9, "due", "center"),
        Column(FILL_IN_COLUMNS[0], 15, None, "input"),
        Column(FILL_IN_COLUMNS[1], 9, None, "input_center"),
        Column(FILL_IN_COLUMNS[2], 8, None, "input"),
        Column(FILL_IN_COLUMNS[3], 8, None, "input"),
        Column(KEY_COLUMN, 24, "key", "key", hidden=True),
        Column(CHECKSUM_COLUMN, 18, "checksum", "key", hidden=True),
    )


def department_rows(
    tables: Tables,
    cols: tuple[Column, ...],
    *,
    round_: str,
    max_rows: int = EXCEL_MAX_ROWS,
    carried: Carried | None = None,
) -> pl.DataFrame:
    """Return one row per unit and task it owes, units in registry order, with every cell.

    Columns: unit_id, short_name, file, doc_id, task_id, task_no, role, derived, sheet
    (0 for the first task sheet), row, height, then one column per title of ``cols``
    (strings; 序号 an integer), locked (JSON) and round. The fill-in cells are empty, or
    with ``carried`` the unit's last collected answer to the task, to be updated.
    """
    per_sheet = max_rows - HEADER_ROW
    owed = owed_rows(tables, tables.owed)
    files = tables.units.select("unit_id", file="workbook")
    index = pl.int_range(pl.len()).over("unit_id")
    frame = owed.join(files, on="unit_id", how="left", maintain_order="left").with_columns(
        sheet=(index // per_sheet).cast(pl.Int32),
        row=(index % per_sheet + HEADER_ROW + 1).cast(pl.Int32),
        height=_height(cols),
        **{c.title: pl.col(c.field) for c in cols if c.field and c.field != "checksum"},
    )
    titles = [c.title for c in cols]
    locked = list(locked_columns(titles))
    # A row's locked texts are its task's (joined from task_info on doc_id, task_id) and a
    # few of its own; units reached through one phrase share all of them. Hash and encode
    # each distinct combination once, keyed by the task and its own few texts: joining the
    # results back shares the strings instead of copying a task's body into every row.
    task_level = set(tables.task_info.columns) - {"doc_id", "task_id"}
    fields = {c.title: c.field for c in cols}
    own = [t for t in locked if fields[t] not in task_level]
    key = ["doc_id", "task_id", *own]
    distinct = frame.select(*key, *(t for t in locked if t not in own)).unique(
        subset=key, maintain_order=True
    )
    texts = distinct.select(pl.col(t).cast(pl.String) for t in locked)
    digests = distinct.select(key).with_columns(
        pl.Series(CHECKSUM_COLUMN, [row_checksum(r) for r in texts.rows()], dtype=pl.String),
        texts.select(locked=pl.struct(pl.all().fill_null("")).struct.json_encode()).to_series(),
    )
    frame = (
        frame.join(digests, on=key, how="left", maintain_order="left", nulls_equal=True)
        .with_columns(round=pl.lit(round_, dtype=pl.String))
        .with_columns(_key=pl.concat_str("doc_id", pl.lit(KEY_SEPARATOR), "task_id"))
        .join(_answers(carried or {}), on=["unit_id", "_key"], how="left", maintain_order="left")
    )
    head = ["unit_id", "short_name", "file", "doc_id", "task_id", "task_no", "role", "derived"]
    return frame.select(*head, "sheet", "row", "height", *titles, "locked", "round")


def _answers(carried: Carried) -> pl.DataFrame:
    """Return the carried answers as rows: unit_id, task key, the fill-in texts."""
    rows = [
        (unit_id, key, *answer.fill_ins())
        for unit_id, answers in carried.items()
        for key, answer in answers.items()
    ]
    schema = dict.fromkeys(["unit_id", "_key", *FILL_IN_COLUMNS], pl.String)
    return pl.DataFrame(rows, schema=schema, orient="row")


def issued_table(rows: pl.DataFrame) -> pl.DataFrame:
    """Return the issued rows (``out/issued.parquet``): by unit id, then sheet and row."""
    # Only the issued columns are gathered in the new order (the rows of a corpus are
    # about two gigabytes with their other texts).
    return (
        rows.with_columns(
            key=pl.col(KEY_COLUMN), deadline=pl.col("完成时限"), checksum=CHECKSUM_COLUMN
        )
        .select(*ISSUED, "sheet")
        .sort("unit_id", "sheet", "row", maintain_order=True)
        .drop("sheet")
        .cast(pl.Schema(ISSUED))
    )


def _height(cols: tuple[Column, ...]) -> pl.Expr:
    """Return the points a row needs to show its longest wrapped cell, at most 409."""
    lines = [
        (_display_width(pl.col(c.field).cast(pl.String).fill_null("")) / max(c.width - 1.5, 1))
        .ceil()
        .clip(lower_bound=1)
        + pl.col(c.field).cast(pl.String).str.count_matches("\n", literal=True).fill_null(0)
        for c in cols
        if c.field and not c.hidden and c.field != "task_no"
    ]
    n = pl.max_horizontal(pl.lit(1.0), *lines)
    return (n * LINE_HEIGHT + PADDING).clip(upper_bound=MAX_ROW_HEIGHT)


def _display_width(text: pl.Expr) -> pl.Expr:
    # Counting bytes: a CJK character is 3 bytes in UTF-8 and about two digits wide.
    chars = text.str.len_chars()
    return chars + (text.str.len_bytes() - chars) / 2
