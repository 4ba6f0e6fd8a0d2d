"""Plans as other offices write them: every fixture plan parses to its hand-written JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.model import Task
from pipeline.parse.clauses import unit_name
from pipeline.read.chinese import t2s
from pipeline.run import extract

PLANS = Path(__file__).parents[1] / "fixtures" / "plans"
EXPECTED = sorted(PLANS.glob("*.expected.json"))
FIELDS = ("no", "title", "lead", "responsible", "cooperating", "leaders", "deadline", "etc", "note")


def plan_of(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    (plan,) = [p for p in PLANS.glob(stem + ".*") if not p.name.endswith(".json")]
    return plan


def as_expected(task: Task) -> dict[str, Any]:
    return {
        "no": task.no,
        "title": task.title,
        "lead": [m.text for m in task.lead],
        "responsible": [m.text for m in task.responsible],
        "cooperating": [m.text for m in task.cooperating],
        "leaders": list(task.leaders),
        "deadline": task.deadline,
        "etc": [m.text for m in task.mentions if m.etc],
        "note": task.note,
    }


def load(expected: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(expected.read_text(encoding="utf-8"))
    return [{"etc": [], "note": None, **row} for row in rows]


def test_there_is_a_fixture_per_layout() -> None:
    assert len(EXPECTED) >= 10
    described = (PLANS / "README.md").read_text(encoding="utf-8")
    for expected in EXPECTED:
        assert f"`{plan_of(expected).name}`" in described


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_fixture_plan_parses_exactly(expected: Path) -> None:
    (doc,) = extract([plan_of(expected)])
    assert [as_expected(t) for t in doc.tasks] == load(expected)


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_every_mention_span_points_at_its_text(expected: Path) -> None:
    (doc,) = extract([plan_of(expected)])
    raw = doc.clean.raw
    for task in doc.tasks:
        for m in task.mentions:
            # The span covers the printed characters; the text is the cleaned form, where
            # ASCII ( ) , ; : in Chinese text print as （），；：(各镇(街道) → 各镇（街道）),
            # angle brackets inside a clause's bracket as round ones (各县〈市、区〉),
            # and traditional characters as simplified (教體局 → 教体局); a line break that
            # wrapped the name (园区党工 / 委, rejoined by cleaning) is not part of it, nor are
            # the margins around it (a PDF's indent), nor a PDF's wrap space (市 财政局).
            printed = raw[m.location.start : m.location.end]
            if _BOX.search(printed):  # a box table's cell wrapped over lines: its own pieces
                assert _pieces_make(t2s()(printed), m.text)
                continue
            printed = _WRAP.sub("", printed)
            printed = unit_name(printed, 0, len(printed))
            assert t2s()(printed).translate(_FULL_WIDTH) == m.text


def _pieces_make(printed: str, text: str) -> bool:
    """Whether ``text`` is pieces of ``printed`` between its rules, in order, each whole:
    西城区 │… │ / │ │ 人民政 │… / │ │ 府 makes 西城区人民政府."""
    rest = text
    for piece in _BOX_SPLIT.split(printed):
        piece = piece.strip()
        if piece and rest.startswith(piece):
            rest = rest[len(piece) :]
    return rest == ""


_WRAP = re.compile("[ \t\u3000]*\n[ \t\u3000]*")
_BOX = re.compile("[│┃║]")
_BOX_SPLIT = re.compile("[│┃║├┼┤┬┴┌┐└┘\n]")
_FULL_WIDTH = str.maketrans("(),;:〈〉", "（），；：（）")  # 〈〉: a bracket inside a clause's
