"""The accuracy measure (benchmarks/accuracy.py): answers printed as the plan is cleaned."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.accuracy import as_cleaned, as_unit, measure


def test_an_answer_is_compared_as_the_cleaning_prints_it() -> None:
    assert as_cleaned("推進(shù)數據共享,各縣(市、區)") == "推进数据共享，各县（市、区）"
    assert as_cleaned(["市衛生健康委"]) == ["市卫生健康委"]
    assert as_cleaned(None) is None


def test_a_units_angle_brackets_count_as_its_round_ones_a_titles_do_not() -> None:
    assert as_unit("lead", ["各乡〈镇〉人民政府"]) == ["各乡（镇）人民政府"]
    assert as_unit("title", "印发〈方案〉") == "印发〈方案〉"


def test_a_folder_of_answers_counts_tasks_and_exact_fields(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(
        "一、重点任务\n1.修路。（各乡(镇)人民政府负责）\n2.建桥。（市交通局牵头）\n",
        encoding="utf-8",
    )
    rows = [
        {
            "no": 1,
            "title": "修路",
            "lead": ["各乡〈镇〉人民政府"],
            "responsible": [],
            "cooperating": [],
        },
        {"no": 2, "title": "建桥", "lead": ["市住建局"], "responsible": [], "cooperating": []},
    ]
    (tmp_path / "p.expected.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    assert measure(tmp_path) == (2, 2, 7, 8)  # 建桥's lead alone differs
