"""The contract between an issued department workbook and the reading of its return.

``export`` writes department workbooks in this shape and ``collect`` reads them back; both
take every sheet name, column title, metadata key and the row checksum from here, so the
two sides cannot drift apart. The format is documented in docs/deliverables.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

#: Written in the metadata sheet as ``format``; a workbook without it is not one of ours.
FORMAT = "plan-ledger/department"
#: Bumped whenever a reader of the previous version would misread the new one.
FORMAT_VERSION = 2

#: The sheet with the header block and the table of tasks.
TASK_SHEET = "任务清单"
#: The very hidden sheet of key/value rows (column A key, column B value).
META_SHEET = "_meta"

#: Keys of the metadata sheet, in the order they are written.
META_KEYS = (
    "format",  # FORMAT
    "format_version",  # FORMAT_VERSION as text
    "unit_id",
    "unit_name",
    "short_name",
    "doc_ids",  # JSON list of the plans' doc ids
    "sources",  # JSON object: doc_id -> SHA-256 of the raw file the workbook was issued for
    "registry_sha256",
    "round",  # 报送期次 such as "2026-12"; "" when not given
    "due",  # 报送时限 as an ISO date; "" when not given
    "header_row",  # the row of the table's column titles on TASK_SHEET
    "columns",  # JSON list of the table's column titles, in sheet order
    "fields",  # JSON object: header-block label -> cell address of its input cell
    "tool_version",
)

#: Hidden column holding ``doc_id#task_id`` on every data row.
KEY_COLUMN = "任务编码"
#: Hidden column holding ``row_checksum`` of the row's locked cells.
CHECKSUM_COLUMN = "校验码"
#: The per-row columns a department fills in, in sheet order.
FILL_IN_COLUMNS = ("工作进展", "完成状态", "存在问题", "下一步计划")
#: The header-block inputs a department fills in once per workbook.
HEADER_FIELDS = ("填报单位（盖章）", "填报人", "联系电话", "分管领导", "填报日期", "统计截至日期")


#: Joins a row's doc_id and task_id into its key.
KEY_SEPARATOR = "#"


def task_key(doc_id: str, task_id: str) -> str:
    """Return the key that ties a workbook row to its task."""
    return f"{doc_id}{KEY_SEPARATOR}{task_id}"


def locked_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """Return the titles whose cells are locked and covered by the checksum, in sheet order."""
    skip = {*FILL_IN_COLUMNS, CHECKSUM_COLUMN}
    return tuple(c for c in columns if c not in skip)


def row_checksum(values: Sequence[str | None]) -> str:
    """Return the checksum of a row's locked cell texts (in ``locked_columns`` order).

    Sixteen hex digits of SHA-256 over the texts joined by U+001F; an empty cell counts as
    "". It tells an edited task text from an untouched one, not a forgery from the original.
    """
    joined = "\x1f".join("" if v is None else str(v) for v in values)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
