"""Check what a workbook cell can hold: Excel's length limit and XML's forbidden characters.

A text longer than a cell holds would be cut by Excel (or refused by the writer), so it is
an error found before anything is written; a control character XML cannot hold is removed
by cleaning (a counted step), and reported here so that a person can look at the raw file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.model import Document, Location, Task, locate_raw
from pipeline.validate.findings import Finding, excerpt, task_at
from pipeline.validate.rules import rule

#: Excel's limit of characters in one cell.
CELL_LIMIT = 32_767
#: The characters XML 1.0 forbids (tab, LF and CR are allowed); the same as clean.CONTROL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+")
#: At most this many control-character findings per document; the last says how many more.
MAX_CONTROL = 10


def cell_findings(doc: Document) -> list[Finding]:
    """Return every too-long-cell and control-character finding of ``doc``."""
    return [*_too_long(doc), *_control(doc)]


def _too_long(doc: Document) -> Iterator[Finding]:
    fields: list[tuple[str, str | None, Location, Task | None]] = []
    for t in doc.tasks:
        fields += [("title", t.title, t.location, t), ("body", t.body, t.location, t)]
        fields += [("deadline", t.deadline, t.location, t)]
        fields += [("unit", m.text, m.location, t) for m in t.mentions]
    if doc.tasks:
        fields.append(("document title", doc.title, doc.tasks[0].location, None))
    for name, text, loc, task in fields:
        if text is not None and len(text) > CELL_LIMIT:
            yield Finding.of(
                rule("excel.cell_too_long"),
                f"the task's {name} is {len(text)} characters; an Excel cell holds {CELL_LIMIT}",
                path=doc.source,
                doc_id=doc.doc_id,
                line=loc.line,
                column=loc.column,
                task_no=task.no if task else None,
                task_id=task.task_id if task else None,
                excerpt=text[:40],
            )


def _control(doc: Document) -> Iterator[Finding]:
    raw = doc.clean.raw
    hits = list(CONTROL.finditer(raw))
    for n, m in enumerate(hits[:MAX_CONTROL], 1):
        loc = locate_raw(raw, m.start(), m.end())
        codes = " ".join(f"U+{ord(c):04X}" for c in m.group(0))
        more = (
            f" ({len(hits) - MAX_CONTROL} more in this file)"
            if n == MAX_CONTROL < len(hits)
            else ""
        )
        yield Finding.of(
            rule("text.control_character"),
            f"control character {codes} removed by cleaning{more}",
            path=doc.source,
            doc_id=doc.doc_id,
            line=loc.line,
            column=loc.column,
            task_no=task.no if (task := task_at(doc, loc.start)) else None,
            task_id=task.task_id if task else None,
            excerpt=excerpt(raw, loc.start, loc.end).replace(m.group(0), "�"),
        )
