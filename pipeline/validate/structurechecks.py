"""Check what the parser read from a plan's structure: forward notes, leaders, shared clauses.

Nothing here changes the data: a note that says it applies to later tasks is quoted and
never applied; a person is reported where the clause names one; a clause read once for a
group of items is reported on every item it was applied to.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.model import Document, Task, locate_raw
from pipeline.validate.findings import Finding, at_row

_QUOTE = 60


def structure_findings(doc: Document) -> Iterator[Finding]:
    """Report forward notes, leaders and shared clauses of each task of ``doc``."""
    for task in doc.tasks:
        yield from _task(doc, task)


def _task(doc: Document, task: Task) -> Iterator[Finding]:
    where = task.clause or task.location
    row = {"line": where.line, "column": where.column, "task_no": task.no}
    if task.note is not None and task.note_forward:
        message = f"the clause says “{_clip(task.note)}”: recorded as the task's note, not applied"
        yield at_row(doc, "clause.note.forward", message, {**row, **_at_note(doc, task)})
    for leader in task.leaders:
        message = f"“{leader}” is a person: recorded as a leader of task {task.task_id}, not a unit"
        yield at_row(doc, "clause.leader", message, row)
    if task.shared_clause:
        message = f"the clause on line {where.line} follows a group of items; applied to this one"
        yield at_row(doc, "clause.shared", message, {**row, **_at_task(task)})


def _at_note(doc: Document, task: Task) -> dict[str, int]:
    """Place a finding at the note inside the raw clause (where the raw text shows it)."""
    where = task.clause or task.location
    at = doc.clean.raw.find((task.note or "")[:8], where.start, where.end)
    if at < 0:  # the raw text differs (traditional characters, glosses): the clause
        return {}
    loc = locate_raw(doc.clean.raw, at, at + 1)
    return {"line": loc.line, "column": loc.column}


def _at_task(task: Task) -> dict[str, int]:
    return {"line": task.location.line, "column": task.location.column}


def _clip(text: str) -> str:
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
