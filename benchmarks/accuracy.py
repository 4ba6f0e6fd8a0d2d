"""Measure the parser on plans with hand-written answers: tasks found, fields exact.

Usage: python benchmarks/accuracy.py [FOLDER]   (default tests/fixtures/plans)

Each ``NAME.expected.json`` beside a plan ``NAME.*`` lists the tasks in order with their
title, lead, responsible and cooperating units; tasks are compared in order. An answer
written as the page prints it (traditional characters, pinyin glosses, ASCII ``,`` ``()``) is
compared after the cleaning steps that drop the glosses and print the plan in simplified
characters and full-width punctuation,
the output the pipeline means to give; the parser is not asked to undo them. A unit's
angle brackets (各乡〈镇〉) count as its round ones on both sides.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.read.clean import (  # noqa: E402
    full_width_punctuation,
    strip_pinyin_glosses,
    to_simplified,
)
from pipeline.run import extract  # noqa: E402

FIELDS = ("title", "lead", "responsible", "cooperating")


def as_cleaned(value: object) -> object:
    """Print an answer's text as the cleaning steps print the plan (script, punctuation)."""
    if isinstance(value, list):
        return [as_cleaned(v) for v in value]
    if not isinstance(value, str):
        return value
    for step in (strip_pinyin_glosses, to_simplified, full_width_punctuation):
        value, _, _ = step(value, list(range(len(value))))
    return value


def as_unit(field: str, value: object) -> object:
    """Print the brackets of a unit's name one way on both sides (各乡〈镇〉 and 各乡（镇）
    name one unit: the cleaning prints the first so only inside its clause's bracket)."""
    if field == "title" or not isinstance(value, list):
        return value
    return [v.replace("〈", "（").replace("〉", "）") if isinstance(v, str) else v for v in value]


def measure(folder: Path) -> tuple[int, int, int, int]:
    """Return (tasks expected, tasks found, fields exact, fields compared)."""
    expected_n = found = exact = compared = 0
    for answer in sorted(folder.glob("*.expected.json")):
        stem = answer.name.removesuffix(".expected.json")
        plan = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".json"))
        (doc,) = extract([plan])
        rows = json.loads(answer.read_text(encoding="utf-8"))
        expected_n, found = expected_n + len(rows), found + len(doc.tasks)
        for i, row in enumerate(rows):
            task = doc.tasks[i] if i < len(doc.tasks) else None
            for field in FIELDS:
                compared += 1
                got = None
                if task is not None:
                    got = task.title if field == "title" else [m.text for m in getattr(task, field)]
                if as_unit(field, got) == as_unit(field, as_cleaned(row[field])):
                    exact += 1
                else:
                    print(f"{plan.name} task {i + 1} {field}: expected {row[field]}, got {got}")
    return expected_n, found, exact, compared


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures" / "plans"
    expected_n, found, exact, compared = measure(folder)
    share = 100 * exact / compared if compared else 0.0
    print(f"tasks: {found} found, {expected_n} expected")
    print(f"fields exact: {exact}/{compared} = {share:.1f}%")


if __name__ == "__main__":
    main()
