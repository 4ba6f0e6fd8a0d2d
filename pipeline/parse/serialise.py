"""Render parsed documents for ``pipeline extract``: the JSON contract and a text table."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from pipeline.model import Document, Task


def documents_json(documents: Sequence[Document]) -> str:
    """Return the documents as the JSON contract other tools read."""
    payload = [document_dict(d) for d in documents]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def document_dict(doc: Document) -> dict[str, Any]:
    """Return one document in the contract's shape, keys in contract order."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "sha256": doc.sha256,
        "title": doc.title,
        "issuer": doc.issuer,
        "published": doc.published.isoformat() if doc.published else None,
        "targets": [{"year": t.year, "text": t.text} for t in doc.targets],
        "tasks": [task_dict(t) for t in doc.tasks],
        "cleaning": dict(doc.cleaning),
    }


def task_dict(task: Task) -> dict[str, Any]:
    """Return one task in the contract's shape."""
    return {
        "no": task.no,
        "label": task.label,
        "task_id": task.task_id,
        "section": task.section,
        "title": task.title,
        "body": task.body,
        "lead": [m.text for m in task.lead],
        "responsible": [m.text for m in task.responsible],
        "cooperating": [m.text for m in task.cooperating],
        "etc": [m.text for m in task.mentions if m.etc],
        "leaders": list(task.leaders),
        "note": task.note,
        "deadline": task.deadline,
        "line": task.location.line,
        "span": [task.location.start, task.location.end],
    }


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
        widths = [max(_width(r[i]) for r in rows) for i in range(4)]
        for row in rows:
            cells = [_pad(c, w) for c, w in zip(row, widths, strict=False)]
            out.append("  " + "  ".join([*cells, row[4]]).rstrip())
        out.append(f"  {len(doc.tasks)} tasks")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
