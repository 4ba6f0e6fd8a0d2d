"""Write tasks (with their units nested) and assignments as JSON, Chinese as is."""

from __future__ import annotations

import json
from typing import Any

import polars as pl

_UNIT = ["unit_id", "unit_name", "short_name", "role", "mention", "via"]


def json_bytes(value: Any) -> bytes:
    """Return ``value`` as indented UTF-8 JSON (no \\u escapes) ending with a newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def tasks_json(tasks: pl.DataFrame, assignments: pl.DataFrame) -> list[dict[str, Any]]:
    """Return one object per task, in ``tasks`` order, with its units in ``assignments`` order."""
    units: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for unit in assignments.select("doc_id", "task_id", *_UNIT).iter_rows(named=True):
        key = (unit.pop("doc_id"), unit.pop("task_id"))
        units.setdefault(key, []).append(unit)
    return [
        {
            "doc_id": t["doc_id"],
            "task_id": t["task_id"],
            "no": t["task_no"],
            "label": t["label"],
            "section": t["section"],
            "title": t["title"],
            "body": t["body"],
            "deadline": t["deadline"],
            "line": t["line"],
            "units": units.get((t["doc_id"], t["task_id"]), []),
        }
        for t in tasks.iter_rows(named=True)
    ]


def rows_json(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Return one object per row of ``frame``, keys in column order."""
    return frame.to_dicts()
