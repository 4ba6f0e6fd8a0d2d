"""Declare every table the pipeline makes or writes: its columns, types, order and meaning.

Each model is the one place a table's columns are written: ``pipeline.columns`` derives
the polars schemas, the JSON and CSV field order and the Data Package from them. The
named checks are the rules ``pipeline.validate.checks`` reports (see
``pipeline.validate.rules``). Every field has a ``title`` in Chinese for people and a
``description`` in English for programs.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

import pandera.polars as pa
import polars as pl

#: 报送期次 is a month: 2026-12 (the sidecar, the options and the issued rows all hold it).
ROUND = r"\d{4}-(0[1-9]|1[0-2])"
ROLES = ["lead", "responsible", "cooperating"]
#: How a mention reached its unit: by name or short form, by alias, or as a collective phrase.
VIA = ["direct", "alias", "collective"]
SEVERITIES = ["error", "warning"]
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MIN_YEAR, MAX_YEAR = 2000, 2100
_TEXT = {"min_value": 1}

#: Name of the tasks check that numbers run 1..N, per document or restarting per section.
NUMBERING_CHECK = "task_numbers_consecutive"


def numbering_ok() -> pl.Expr:
    """Tell, per task row in document order, whether its number follows the previous one,
    starts a new section at 1, goes on from the last number of its own section (2、 after
    1、 and its rows 1.1 1.2 1.3), or runs under a row number merged over its rows (1.1 1.2
    2.1, then 2)."""
    no, section = pl.col("task_no"), pl.col("section")
    prev_no = no.shift(1).over("doc_id")
    prev_section = section.shift(1).over("doc_id")
    prev_own = no.shift(1).over("doc_id", section)
    first = prev_no.is_null()
    restarts = section.ne_missing(prev_section) & (no == 1)
    goes_on = (no == prev_own + 1).fill_null(False)
    # 1.1 1.2 2.1 2: tasks under a row number merged over them (a unit's, in a box table),
    # each its id's path: 1.2 after 1.1, 2.1 at 1 after 1.2, and 2 after 1.2
    top = pl.col("task_id").str.extract(r"^(\d+)\.\d+$", 1).cast(pl.Int64)
    prev_top = top.shift(1).over("doc_id")
    under = ((top == prev_top) & (no == prev_no + 1)) | ((top == prev_top + 1) & (no == 1))
    after = top.is_null() & (no == prev_top + 1)
    merged = (under | after).fill_null(False)
    return pl.when(first).then(no == 1).otherwise((no == prev_no + 1) | restarts | goes_on | merged)


def _doc_id(**checks: Any) -> Any:
    return pa.Field(
        **checks, title="文档标识", description="The document: its file name, no suffix."
    )


def _task_id(**checks: Any) -> Any:
    return pa.Field(
        **checks, title="任务标识", description="The task's identifier in its document."
    )


def _task_no(**checks: Any) -> Any:
    return pa.Field(**checks, title="编号", description="The task's number as printed, 1..N.")


def _line() -> Any:
    return pa.Field(ge=1, title="原文行号", description="1-based line in the raw file.")


def _column() -> Any:
    return pa.Field(ge=1, title="原文列号", description="1-based column in the raw file.")


def _span_start() -> Any:
    return pa.Field(ge=0, title="起始位置", description="Raw text offset of the first character.")


def _span_end() -> Any:
    return pa.Field(ge=0, title="结束位置", description="Raw text offset past the last character.")


def _tally(title: str, description: str, minimum: int = 0) -> Any:
    return pa.Field(ge=minimum, title=title, description=description)


class Table(pa.DataFrameModel):
    """What every table shares: exactly its columns, in order, values cast to their types."""

    class Config:
        strict = True
        ordered = True
        coerce = True


# -- parsed ---------------------------------------------------------------------------------


class DocumentsSchema(Table):
    """One row per document; a document has a title and at least one task."""

    doc_id: str = _doc_id(unique=True, str_length=_TEXT)
    source: str = pa.Field(
        str_length=_TEXT, title="来源文件", description="The raw file the document was read from."
    )
    sha256: str = pa.Field(
        str_matches=SHA256_PATTERN,
        title="来源文件 SHA-256",
        description="SHA-256 of the raw file's bytes, lowercase hex.",
    )
    title: str = pa.Field(
        str_length=_TEXT, title="方案名称", description="The plan's title, as printed in 《》."
    )
    issuer: str | None = pa.Field(
        nullable=True, title="发文机关", description="The authority that issued the plan."
    )
    published: date | None = pa.Field(
        nullable=True,
        title="印发日期",
        description="Publication date; units are resolved as of this day.",
    )
    signed: date | None = pa.Field(
        nullable=True, title="成文日期", description="The date the plan was signed."
    )
    document_number: str | None = pa.Field(
        nullable=True, title="文号", description="The official document number."
    )
    n_tasks: pl.Int32 = pa.Field(
        ge=1, title="任务数", description="How many numbered tasks the document has."
    )


class TargetsSchema(Table):
    """One row per document and target year; the year is plausible."""

    doc_id: str = _doc_id()
    year: pl.Int32 = pa.Field(
        in_range={"min_value": MIN_YEAR, "max_value": MAX_YEAR},
        title="目标年份",
        description="The year the target is set for.",
    )
    text: str = pa.Field(
        str_length=_TEXT, title="目标内容", description="What the plan says is reached by then."
    )
    line: pl.Int32 = _line()

    class Config:
        unique = ("doc_id", "year")


class TasksSchema(Table):
    """One row per task in document order; titled, and numbered 1..N without gaps."""

    doc_id: str = _doc_id()
    task_id: str = _task_id(str_length=_TEXT)
    task_no: pl.Int32 = _task_no(ge=0)
    label: str = pa.Field(
        str_length=_TEXT,
        title="原文编号",
        description="The number as printed, such as 1） or （一）.",
    )
    section: str | None = pa.Field(
        nullable=True, title="所属部分", description="The heading of the section the task is in."
    )
    title: str = pa.Field(str_length=_TEXT, title="任务名称", description="The task's title.")
    body: str = pa.Field(
        title="任务内容", description="What the task asks, without its unit clause."
    )
    deadline: str | None = pa.Field(
        nullable=True, title="完成时限", description="The deadline as printed, if any."
    )
    line: pl.Int32 = _line()
    column: pl.Int32 = _column()
    span_start: pl.Int32 = _span_start()
    span_end: pl.Int32 = _span_end()

    class Config:
        unique = ("doc_id", "task_id")

    @pa.dataframe_check(name=NUMBERING_CHECK)
    def numbers_consecutive(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that each task number is the previous one plus 1 (or 1 in a new section)."""
        return data.lazyframe.select(numbering_ok())


class MentionsSchema(Table):
    """One row per unit named in a task's clause, as printed."""

    doc_id: str = _doc_id()
    task_id: str = _task_id()
    task_no: pl.Int32 = _task_no()
    role: str = pa.Field(
        isin=ROLES, title="角色", description="The clause's role: lead, responsible or cooperating."
    )
    position: pl.Int32 = pa.Field(
        ge=1, title="排列顺序", description="1-based place of the mention in its role's list."
    )
    mention: str = pa.Field(
        str_length=_TEXT, title="原文表述", description="The unit as the plan prints it."
    )
    line: pl.Int32 = _line()
    column: pl.Int32 = _column()
    span_start: pl.Int32 = _span_start()
    span_end: pl.Int32 = _span_end()
    etc: bool = pa.Field(
        title="含“等”",
        description="The plan ends the name with 等, 等部门 or 等单位, which mention leaves out.",
    )

    class Config:
        unique = ("doc_id", "task_id", "role", "position")


class CleaningSchema(Table):
    """One row per document and cleaning step that changed its text."""

    doc_id: str = _doc_id()
    step: str = pa.Field(title="清洗步骤", description="The name of the cleaning step.")
    count: pl.Int32 = pa.Field(ge=0, title="处理次数", description="How many changes it made.")


class CorrectionsSchema(Table):
    """One row per reviewed fix of a corrections file, and where it matched."""

    doc_id: str = _doc_id()
    file: str = pa.Field(title="校正文件", description="The corrections file the fix is in.")
    file_line: pl.Int32 = pa.Field(
        ge=1, title="校正文件行号", description="Line of the fix in the corrections file."
    )
    find: str = pa.Field(title="原文", description="The raw text the fix replaces.")
    replace: str = pa.Field(title="改为", description="What it is replaced with.")
    reason: str = pa.Field(title="理由", description="Why the fix was made.")
    count: pl.Int32 = pa.Field(
        ge=0, title="替换次数", description="How many times it matched; 0 means it is stale."
    )
    line: pl.Int32 | None = pa.Field(
        nullable=True, title="原文行号", description="Raw line of the first match (none if stale)."
    )


class LeadersSchema(Table):
    """One row per person a clause names (责任领导：…); people are never units."""

    doc_id: str = _doc_id()
    task_id: str = _task_id()
    position: pl.Int32 = pa.Field(
        ge=1, title="排列顺序", description="1-based place of the person in the clause."
    )
    leader: str = pa.Field(
        str_length=_TEXT, title="责任领导", description="The person as the plan prints them."
    )
    line: pl.Int32 = _line()

    class Config:
        unique = ("doc_id", "task_id", "position")


class NotesSchema(Table):
    """One row per task whose clause holds free sentences; ``forward``: says 以下…/下同."""

    doc_id: str = _doc_id()
    task_id: str = _task_id()
    note: str = pa.Field(
        str_length=_TEXT, title="说明", description="The free sentences of the task's clause."
    )
    forward: bool = pa.Field(
        title="适用后续任务",
        description="The note says it applies to later tasks (以下…, 下同); never applied.",
    )
    line: pl.Int32 = _line()

    class Config:
        unique = ("doc_id", "task_id")


# -- resolved -------------------------------------------------------------------------------


class AssignmentsSchema(Table):
    """One row per task and resolved unit, with the unit's strongest role, in plan order.

    ``position`` is the unit's rank in its task (1 = listed first); ``primary`` marks the
    first-listed lead, the task's primary lead.
    """

    doc_id: str = _doc_id()
    task_id: str = _task_id()
    task_no: pl.Int32 = _task_no()
    unit_id: str = pa.Field(
        str_length=_TEXT, title="单位标识", description="The unit's id in the registry."
    )
    unit_name: str = pa.Field(
        str_length=_TEXT, title="单位名称", description="The unit's full official name."
    )
    short_name: str = pa.Field(
        str_length=_TEXT, title="单位简称", description="The unit's short name."
    )
    role: str = pa.Field(
        isin=ROLES, title="角色", description="The unit's strongest role in the task."
    )
    position: pl.Int32 = pa.Field(
        ge=1, title="排序", description="The unit's rank in its task, in the plan's order."
    )
    primary: bool = pa.Field(
        title="主牵头", description="The unit is the task's first-listed lead (主牵头)."
    )
    mention: str = pa.Field(
        str_length=_TEXT,
        title="原文表述",
        description="What the plan prints: the unit's name or alias, or the collective phrase.",
    )
    via: str = pa.Field(
        isin=VIA,
        title="识别方式",
        description="How the mention reached the unit: direct, alias or collective.",
    )
    line: pl.Int32 = _line()
    column: pl.Int32 = _column()

    class Config:
        unique = ("doc_id", "task_id", "unit_id")
        # Foreign keys, by the exported table they point to (see pipeline.export.datapackage).
        metadata: ClassVar[dict[str, object]] = {
            "foreign_keys": {"tasks": ("doc_id", "task_id"), "units": ("unit_id",)}
        }


# -- exported -------------------------------------------------------------------------------


class TaskUnitsSchema(TasksSchema):
    """The tasks table as exported: each task with its units' names per role."""

    lead_units: str | None = pa.Field(
        nullable=True,
        title="牵头单位（首位为主牵头）",
        description="The lead units' full names in the plan's order, joined with 、; the first is"
        " the primary lead.",
    )
    responsible_units: str | None = pa.Field(
        nullable=True,
        title="责任单位",
        description="The responsible units' full names, joined with 、.",
    )
    cooperating_units: str | None = pa.Field(
        nullable=True,
        title="配合单位",
        description="The cooperating units' full names, joined with 、.",
    )


class UnitTotalsSchema(Table):
    """One row per unit with at least one assignment, in registry order, with its counts."""

    unit_id: str = pa.Field(
        unique=True,
        str_length=_TEXT,
        title="单位标识",
        description="The unit's id in the registry.",
    )
    name: str = pa.Field(title="单位名称", description="The unit's full official name.")
    short_name: str = pa.Field(title="单位简称", description="The unit's short name.")
    category: str | None = pa.Field(
        nullable=True, title="类别标识", description="The unit's category id in the registry."
    )
    category_zh: str | None = pa.Field(
        nullable=True, title="单位类别", description="The unit's category in Chinese."
    )
    lead: pl.Int32 = _tally("牵头", "Tasks the unit leads.")
    responsible: pl.Int32 = _tally("责任", "Tasks the unit is responsible for.")
    cooperating: pl.Int32 = _tally("配合", "Tasks the unit cooperates on.")
    tasks: pl.Int32 = _tally("合计", "Tasks the unit has in any role.", minimum=1)
    workbook: str = pa.Field(
        title="工作簿", description="The unit's department workbook, relative to the export."
    )


class FindingsSchema(Table):
    """One row per failed rule at one place (validation.json's findings)."""

    rule: str = pa.Field(title="规则", description="The id of the rule that failed.")
    severity: str = pa.Field(isin=SEVERITIES, title="严重程度", description="error or warning.")
    path: str = pa.Field(title="文件", description="The file as given on the command line.")
    line: pl.Int32 | None = pa.Field(
        nullable=True, title="行号", description="1-based line in that file, if any."
    )
    column: pl.Int32 | None = pa.Field(
        nullable=True, title="列号", description="1-based column in that file, if any."
    )
    doc_id: str | None = pa.Field(
        nullable=True, title="文档标识", description="The document the finding is about."
    )
    task_no: pl.Int32 | None = pa.Field(
        nullable=True, title="编号", description="The task's number, if it is about a task."
    )
    task_id: str | None = pa.Field(
        nullable=True,
        title="任务标识",
        description="The task's id (2.1 in a nested plan, where task_no repeats), if any.",
    )
    cell: str | None = pa.Field(
        nullable=True,
        title="单元格",
        description="The place in a returned workbook, sheet!cell such as 任务清单!I7.",
    )
    unit: str | None = pa.Field(
        nullable=True,
        title="单位",
        description="The unit a finding on a returned workbook is about.",
    )
    message: str = pa.Field(title="问题", description="What is wrong.")
    excerpt: str = pa.Field(title="原文摘录", description="The raw text around the place.")
    hint: str = pa.Field(title="修改建议", description="What to do about it.")


# -- collected ------------------------------------------------------------------------------
# The tables read back from returned department workbooks (progress, issued rows) are
# declared here, as subclasses of Table, by the collect stage.


class IssuedSchema(Table):
    """One row per department-workbook data row as issued (``out/issued.parquet``).

    Sorted by unit id, then sheet row; ``locked`` is a JSON object of the row's locked
    cell texts by column title and ``checksum`` their ``row_checksum`` (the 校验码 column).
    """

    unit_id: str = pa.Field(
        str_length=_TEXT, title="单位标识", description="The unit the workbook is for."
    )
    short_name: str = pa.Field(
        str_length=_TEXT, title="单位简称", description="The unit's short name."
    )
    file: str = pa.Field(
        str_matches=r"^departments/.+\.xlsx$",
        title="工作簿",
        description="The department workbook, relative to the export.",
    )
    row: pl.Int32 = pa.Field(ge=2, title="行号", description="The data row's sheet row.")
    key: str = pa.Field(
        str_matches=r"^.+#.+$", title="任务编码", description="doc_id#task_id of the row."
    )
    doc_id: str = _doc_id()
    task_id: str = _task_id()
    task_no: pl.Int32 = _task_no()
    role: str = pa.Field(isin=ROLES, title="角色", description="The unit's role in the task.")
    deadline: str | None = pa.Field(
        nullable=True, title="完成时限", description="The deadline as the workbook prints it."
    )
    locked: str = pa.Field(
        str_startswith="{",
        title="锁定内容",
        description="JSON object of the row's locked cell texts by column title.",
    )
    checksum: str = pa.Field(
        str_matches=r"^[0-9a-f]{16}$",
        title="校验码",
        description="row_checksum of the locked cells (pipeline/workbook_format.py).",
    )
    round: str = pa.Field(
        str_matches=rf"^({ROUND})?$",
        title="报送期次",
        description="The reporting round the workbook was issued for; empty when none.",
    )

    class Config:
        unique = ("file", "key")
