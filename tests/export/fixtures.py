"""Small ledgers built from inline frames, for the export tests and the golden files."""

from __future__ import annotations

from datetime import date

import polars as pl

from pipeline.frames import (
    CLEANING,
    CORRECTIONS,
    DOCUMENTS,
    MENTIONS,
    TARGETS,
    TASKS,
    Frames,
)
from pipeline.ledger import Ledger
from pipeline.registry.lookup import UNITS_FRAME
from pipeline.registry.resolve import ASSIGNMENTS

SHA_A = "a" * 64
SHA_B = "b" * 64
REGISTRY_SHA = "f" * 64
TOOL_VERSION = "0.0.0-test"

UNITS = [
    ("big_data", "郑州市大数据管理局", "市大数据局", None, "government_department", "政府工作部门"),
    ("gov_services", "郑州市政务服务办公室", "市政务办", "政务办", "government_department",
     "政府工作部门"),
    ("finance", "郑州市财政局", "市财政局", None, "government_department", "政府工作部门"),
    ("public_security", "郑州市公安局", "市公安局", None, "government_department",
     "政府工作部门"),
    ("district_a", "郑州市甲区人民政府", "甲区政府", None, "district_government",
     "区县（市）政府"),
]  # fmt: skip

# (task_id, task_no, title, body, deadline, line)
TaskRow = tuple[str, int, str, str, str | None, int]
TASKS_A: list[TaskRow] = [
    ("1", 1, "推进数据共享", "推动政务数据共享，建设全市统一的数据共享交换平台。", None, 5),
    ("2", 2, "优化政务服务", "持续深化“一网通办”，推进“高效办成一件事”。", "2025年底前", 7),
    ("3", 3, "加强安全保障", "强化数据安全管理 & 技术防护，落实<等级保护>制度。", None, 9),
]
# (task_id, unit_id, role, mention, via)
ASSIGNED_A = [
    ("1", "big_data", "lead", "市大数据局", "direct"),
    ("1", "finance", "responsible", "市财政局", "direct"),
    ("1", "gov_services", "responsible", "政务办", "alias"),
    ("2", "gov_services", "lead", "市政务办", "direct"),
    ("2", "big_data", "responsible", "市政府各部门", "collective"),
    ("2", "finance", "responsible", "市政府各部门", "collective"),
    ("2", "district_a", "cooperating", "甲区政府", "direct"),
    ("3", "big_data", "lead", "市大数据局", "direct"),
    ("3", "district_a", "responsible", "各区县（市）人民政府", "collective"),
]


def small_ledger(*, first_title: str = TASKS_A[0][2]) -> Ledger:
    """Return a one-plan ledger: 3 tasks, 4 units with assignments, every role and resolution."""
    tasks = [
        (tid, no, first_title if tid == "1" else t, b, d, ln) for tid, no, t, b, d, ln in TASKS_A
    ]
    return build_ledger(
        documents=[("plan-a", "raw/plan-a.txt", SHA_A, "测试市数字政府建设行动方案",
                    "测试市人民政府", date(2024, 1, 8), date(2023, 12, 25), "测政〔2023〕9号")],
        tasks={"plan-a": tasks},
        assigned={"plan-a": ASSIGNED_A},
    )  # fmt: skip


def two_plan_ledger() -> Ledger:
    """Return a ledger of two plans; the second has sections and no publication date."""
    tasks_b: list[TaskRow] = [("1", 1, "建设城市大脑", "建设城市运行管理中枢。", "2026年", 4)]
    return build_ledger(
        documents=[
            ("plan-a", "raw/plan-a.txt", SHA_A, "测试市数字政府建设行动方案", "测试市人民政府",
             date(2024, 1, 8), date(2023, 12, 25), "测政〔2023〕9号"),
            ("plan-b", "C:\\plans\\plan-b.txt", SHA_B, "测试市智慧城市实施方案", None, None, None, None),
        ],
        tasks={"plan-a": TASKS_A, "plan-b": tasks_b},
        assigned={"plan-a": ASSIGNED_A, "plan-b": [("1", "big_data", "lead", "市大数据局", "direct")]},
        sections={"plan-b": "一、城市治理"},
    )  # fmt: skip


def build_ledger(
    *,
    documents: list[tuple[object, ...]],
    tasks: dict[str, list[TaskRow]],
    assigned: dict[str, list[tuple[str, str, str, str, str]]],
    sections: dict[str, str] | None = None,
) -> Ledger:
    """Return a ledger from plain rows, filling the columns the export does not print."""
    units = {u[0]: u for u in UNITS}
    doc_rows = [(*d, len(tasks[str(d[0])])) for d in documents]
    task_rows, assignment_rows = [], []
    for doc_id, rows in tasks.items():
        section = (sections or {}).get(doc_id)
        for task_id, no, title, body, deadline, line in rows:
            task_rows.append((doc_id, task_id, no, f"{no})", section, title, body, deadline, line,
                              1, line * 10, line * 10 + len(body)))  # fmt: skip
        numbers = {r[0]: r[1] for r in rows}
        lines = {r[0]: r[5] for r in rows}
        placed: dict[str, int] = {}
        for task_id, unit_id, role, mention, via in assigned[doc_id]:
            u = units[unit_id]
            # Listed in plan order: the position counts up per task; the first lead is primary
            # when the plan names it (a collective phrase names no primary lead).
            position = placed[task_id] = placed.get(task_id, 0) + 1
            primary = role == "lead" and position == 1 and via != "collective"
            assignment_rows.append((doc_id, task_id, numbers[task_id], unit_id, u[1], u[2], role,
                                    position, primary, mention, via, lines[task_id] + 1, 20))  # fmt: skip
    frames = Frames(
        documents=pl.DataFrame(doc_rows, schema=DOCUMENTS, orient="row"),
        targets=pl.DataFrame(
            [("plan-a", 2025, "基本建成数字政府体系框架。", 2), ("plan-a", 2035, "全面建成。", 3)],
            schema=TARGETS,
            orient="row",
        ),
        tasks=pl.DataFrame(task_rows, schema=TASKS, orient="row"),
        mentions=pl.DataFrame(_mentions(assigned, tasks), schema=MENTIONS, orient="row"),
        cleaning=pl.DataFrame(
            [("plan-a", "traditional_to_simplified", 12), ("plan-a", "punctuation", 0)],
            schema=CLEANING,
            orient="row",
        ),
        corrections=pl.DataFrame(
            [("plan-a", "raw/plan-a.corrections.toml", 3, "数据共亯", "数据共享", "typo", 1, 5)],
            schema=CORRECTIONS,
            orient="row",
        ),
    )
    registry = pl.DataFrame(
        [(*u, "confirmed", None, None, None, None, None) for u in UNITS],
        schema=UNITS_FRAME,
        orient="row",
    )
    return Ledger(
        frames=frames,
        assignments=pl.DataFrame(assignment_rows, schema=ASSIGNMENTS, orient="row"),
        units=registry,
        registry_sha256=REGISTRY_SHA,
    )


def _mentions(
    assigned: dict[str, list[tuple[str, str, str, str, str]]],
    tasks: dict[str, list[tuple[str, int, str, str, str | None, int]]],
) -> list[tuple[object, ...]]:
    """Return the mentions the assignments came from: each printed form once, in list order."""
    rows: list[tuple[object, ...]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for doc_id, entries in assigned.items():
        numbers = {r[0]: r[1] for r in tasks[doc_id]}
        for task_id, _unit, role, mention, _via in entries:
            if (doc_id, task_id, role, mention) in seen:
                continue
            seen.add((doc_id, task_id, role, mention))
            position = sum(1 for d, t, r, _m in seen if (d, t, r) == (doc_id, task_id, role))
            rows.append(
                (doc_id, task_id, numbers[task_id], role, position, mention, 6, 1, 0, 1, False)
            )
    return rows
