"""Check, before anything is written, that each department's workbook can be named after it.

A short name with a bidi override, a zero-width space, a control character, a leading
dot, a Windows device name or too many bytes would be renamed silently, or fail the
export late; it is reported here, at the first place the plan assigns that unit.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from pipeline.model import Document
from pipeline.names import name_problems, visible
from pipeline.validate.findings import Finding, at_row


def file_name_findings(assignments: pl.DataFrame, docs: dict[str, Document]) -> Iterator[Finding]:
    """Yield a ``unit.file_name`` finding per assigned unit whose short name is unsafe."""
    if assignments.is_empty():
        return
    firsts = assignments.unique("unit_id", keep="first", maintain_order=True)
    for row in firsts.iter_rows(named=True):
        problems = name_problems(row["short_name"])
        doc = docs.get(row["doc_id"])
        if not problems or doc is None:
            continue
        name = visible(row["short_name"])
        message = (
            f"unit {row['unit_id']}'s short name “{name}” cannot name its workbook: "
            + "; ".join(problems)
        )
        yield at_row(doc, "unit.file_name", message, row)
