from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from pipeline.parse.serialise import documents_json

PLAN = Path(__file__).parents[1] / "fixtures" / "plans" / "brackets-etc-leaders.txt"


def test_the_contract_carries_etc_leaders_and_note() -> None:
    result = CliRunner().invoke(main, ["extract", str(PLAN), "--format", "json"])
    assert result.exit_code == 0
    assert result.output == documents_json(run.extract([PLAN]))
    (doc,) = json.loads(result.output)
    task = doc["tasks"][3]
    assert list(task) == [
        "task_id", "task_no", "label", "section", "title", "body", "deadline", "line",
        "column", "span_start", "span_end", "lead", "responsible", "cooperating", "etc",
        "leaders", "note",
    ]  # fmt: skip
    assert (task["lead"], task["cooperating"], task["etc"], task["leaders"], task["note"]) == (
        ["市投资促进局"],
        ["各县（市、区）人民政府", "市发展改革委"],
        ["市发展改革委"],
        ["王五副市长"],
        None,
    )
    assert task["line"] == 8
