from __future__ import annotations

import json

import polars as pl
import pytest

from pipeline import json_rows
from pipeline.export import json_out
from pipeline.export.json_out import tasks_json
from pipeline.export.tables import build_tables
from pipeline.json_rows import rows_json
from pipeline.ledger import Ledger

TRICKY = ['引号"与\\反斜杠', "换行\n回车\r制表\t", "\x01控制", "😀", "", None]


def as_json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def test_rows_are_what_json_dumps_writes() -> None:
    frame = pl.DataFrame({"text": TRICKY, "n": [1, None, 3, 4, 5, 6]})
    assert b"".join(rows_json(frame)) == as_json(frame.to_dicts())
    assert b"".join(rows_json(frame.head(0))) == b"[]\n"


def test_tasks_nest_their_units_as_json_dumps_writes(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    data = b"".join(tasks_json(tables.tasks, tables.assignments))
    tasks = json.loads(data)
    assert data == as_json(tasks)
    assert list(tasks[0]) == ["doc_id", "task_id", "task_no", "label", "section", "title", "body",
                              "deadline", "line", "units"]  # fmt: skip
    assert tasks[1]["units"] == [
        {"unit_id": "gov_services", "unit_name": "郑州市政务服务办公室", "short_name": "市政务办",
         "role": "lead", "position": 1, "primary": True, "mention": "市政务办", "via": "direct"},
        {"unit_id": "big_data", "unit_name": "郑州市大数据管理局", "short_name": "市大数据局",
         "role": "responsible", "position": 2, "primary": False, "mention": "市政府各部门",
         "via": "collective"},
        {"unit_id": "finance", "unit_name": "郑州市财政局", "short_name": "市财政局",
         "role": "responsible", "position": 3, "primary": False, "mention": "市政府各部门",
         "via": "collective"},
        {"unit_id": "district_a", "unit_name": "郑州市甲区人民政府", "short_name": "甲区政府",
         "role": "cooperating", "position": 4, "primary": False, "mention": "甲区政府", "via": "direct"},
    ]  # fmt: skip
    assert "市政务办" in data.decode()  # Chinese as is, not \\u escapes


def test_a_task_without_units_has_an_empty_list(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    tasks = json.loads(b"".join(tasks_json(tables.tasks, tables.assignments.head(0))))
    assert [t["units"] for t in tasks] == [[], [], []]


def test_pieces_join_to_the_same_text(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = build_tables(ledger)
    whole = b"".join(tasks_json(tables.tasks, tables.assignments))
    rows = b"".join(rows_json(tables.assignments))
    monkeypatch.setattr(json_rows, "CHUNK", 2)
    monkeypatch.setattr(json_out, "_TASKS", 1)
    assert b"".join(tasks_json(tables.tasks, tables.assignments)) == whole
    assert b"".join(rows_json(tables.assignments)) == rows
