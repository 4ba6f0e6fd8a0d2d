"""Render parsed documents for ``pipeline extract``: the JSON contract and a text table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from pipeline.columns import names, record
from pipeline.model import Document, Role, Task
from pipeline.read.chinese import display_width
from schemas.tables import DocumentsSchema, TargetsSchema, TasksSchema

# The document a task is in is the object that holds it.
_TASK = [name for name in names(TasksSchema) if name != "doc_id"]


def documents_json(documents: Sequence[Document]) -> str:
    """Return the documents as the JSON contract other tools read."""
    payload = [document_dict(d) for d in documents]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def document_dict(doc: Document) -> dict[str, Any]:
    """Return one document in the contract's shape: the documents columns, keys in model order
    (its task count is its list of tasks), then its targets, tasks and cleaning counts."""
    head = {k: _plain(v) for k, v in record(doc, DocumentsSchema).items()}
    return {
        **head,
        "targets": [record(t, TargetsSchema) for t in doc.targets],
        "tasks": [task_dict(t) for t in doc.tasks],
        "cleaning": dict(doc.cleaning),
    }


def task_dict(task: Task) -> dict[str, Any]:
    """Return one task in the contract's shape: the tasks columns, then its units per role."""
    place = task.location
    values = {
        "task_no": task.no,
        "line": place.line,
        "column": place.column,
        "span_start": place.start,
        "span_end": place.end,
    }
    row = {name: values[name] if name in values else getattr(task, name) for name in _TASK}
    units = {role.value: [m.text for m in getattr(task, role.value)] for role in Role}
    extra = {
        "etc": [m.text for m in task.mentions if m.etc],
        "leaders": list(task.leaders),
        "note": task.note,
    }
    return {**row, **units, **extra}


def documents_table(documents: Sequence[Document]) -> str:
    """Return a plain-text table of each document's tasks for a terminal."""
    out: list[str] = []
    for doc in documents:
        published = doc.published.isoformat() if doc.published else "date unknown"
        out.append(f"{doc.source}  《{doc.title or '?'}》  {doc.issuer or '?'}  {published}")
        for target in doc.targets:
            out.append(f"  目标 {target.year}: {_clip(target.text, 60)}")
        rows = [("no", "line", "title", "lead", "responsible")]
        for t in doc.tasks:
            lead = "、".join(m.text for m in t.lead)
            resp = "、".join(m.text for m in t.responsible)
            rows.append((t.task_id, str(t.location.line), _clip(t.title, 24), lead, resp))
        widths = [max(display_width(r[i]) for r in rows) for i in range(4)]
        for row in rows:
            cells = [_pad(c, w) for c, w in zip(row, widths, strict=False)]
            out.append("  " + "  ".join([*cells, row[4]]).rstrip())
        out.append(f"  {len(doc.tasks)} tasks")
    return "\n".join(out) + "\n"


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
