from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from pipeline import run
from pipeline.frames import DOCUMENTS, MENTIONS, to_frames
from pipeline.registry.lookup import Registry, load_registry
from pipeline.registry.resolve import ASSIGNMENTS, UNKNOWN, resolve_mentions
from pipeline.registry.resolve import MENTIONS as MENTION_UNITS
from tests.conftest import REAL
from tests.registry.test_lookup import write_registry

UNITS = (
    "alpha,郑州市甲局,市甲局,市甲委,government_department,政府工作部门,confirmed,,,,,\n"
    "beta,郑州市乙局,市乙局,,government_department,政府工作部门,confirmed,,,,,\n"
    "old,郑州市丙办,市丙办,,government_department,政府工作部门,partial,,2023-12-31,new,,\n"
    "new,郑州市丁办,市丁办,,government_department,政府工作部门,confirmed,2024-01-01,,,,\n"
)
COLLECTIVES = "all_depts,市人民政府各部门,市政府各部门,alpha|beta|old|new,confirmed,\n"


@pytest.fixture
def registry(tmp_path: Path) -> Registry:
    return load_registry(write_registry(tmp_path, UNITS, COLLECTIVES))


def _documents(*rows: tuple[str, date | None]) -> pl.DataFrame:
    full = [(doc_id, "s", "h", "t", "i", published, None, None, 1) for doc_id, published in rows]
    return pl.DataFrame(full, schema=DOCUMENTS, orient="row")


def _mentions(*rows: tuple[str, str, str, int, str]) -> pl.DataFrame:
    """Build a mentions frame from (doc_id, task_id, role, position, mention) rows."""
    full = [
        (doc_id, task_id, int(task_id), role, position, mention, 5, 10 * position, 0, 1, False)
        for doc_id, task_id, role, position, mention in rows
    ]
    return pl.DataFrame(full, schema=MENTIONS, orient="row")


def _assignments(*rows: tuple[object, ...]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=ASSIGNMENTS, orient="row")


def test_a_unit_keeps_its_strongest_role(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "1", "lead", 1, "市甲局"),
        ("d", "1", "responsible", 1, "市政府各部门"),
        ("d", "1", "cooperating", 1, "市乙局"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", date(2024, 1, 8))), registry)
    phrase = "市政府各部门"
    expected = _assignments(
        ("d", "1", 1, "alpha", "郑州市甲局", "市甲局", "lead", 1, True, "市甲局", "direct", 5, 10),
        (
            "d",
            "1",
            1,
            "beta",
            "郑州市乙局",
            "市乙局",
            "responsible",
            2,
            False,
            phrase,
            "collective",
            5,
            10,
        ),
        (
            "d",
            "1",
            1,
            "new",
            "郑州市丁办",
            "市丁办",
            "responsible",
            3,
            False,
            phrase,
            "collective",
            5,
            10,
        ),
    )
    assert_frame_equal(resolved.assignments, expected)
    assert resolved.unknown.is_empty()
    assert resolved.unknown.schema == UNKNOWN


def test_with_equal_roles_a_direct_naming_beats_a_collective(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "1", "responsible", 1, "市政府各部门"),
        ("d", "1", "responsible", 2, "市甲委"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", date(2024, 1, 8))), registry)
    rows = resolved.assignments.select("unit_id", "mention", "via", "column", "position").rows()
    # The phrase is printed first: its units come first, alpha where 市甲委 is printed.
    assert rows == [
        ("beta", "市政府各部门", "collective", 10, 1),
        ("new", "市政府各部门", "collective", 10, 2),
        ("alpha", "市甲委", "alias", 20, 3),
    ]


def test_units_keep_the_plans_order_and_the_first_lead_is_primary(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "1", "lead", 1, "市乙局"),
        ("d", "1", "lead", 2, "市甲局"),
        ("d", "1", "responsible", 3, "市丁办"),
        ("d", "2", "responsible", 1, "市甲局"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", date(2024, 1, 8))), registry)
    rows = resolved.assignments.select("task_id", "unit_id", "role", "position", "primary")
    assert rows.rows() == [
        ("1", "beta", "lead", 1, True),
        ("1", "alpha", "lead", 2, False),
        ("1", "new", "responsible", 3, False),
        ("2", "alpha", "responsible", 1, False),
    ]


def test_collectives_expand_as_of_each_documents_date(registry: Registry) -> None:
    documents = _documents(("a", date(2023, 5, 1)), ("b", date(2025, 5, 1)), ("c", None))
    mentions = _mentions(
        ("a", "1", "responsible", 1, "市人民政府各部门"),
        ("b", "1", "responsible", 1, "市人民政府各部门"),
        ("c", "1", "responsible", 1, "市丙办"),
    )
    resolved = resolve_mentions(mentions, documents, registry)
    assert resolved.assignments.select("doc_id", "unit_id", "via").rows() == [
        ("a", "alpha", "collective"),
        ("a", "beta", "collective"),
        ("a", "old", "collective"),
        ("b", "alpha", "collective"),
        ("b", "beta", "collective"),
        ("b", "new", "collective"),
        ("c", "new", "alias"),
    ]


def test_unknown_mentions_are_data_with_suggestions(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "2", "lead", 1, "市甲局局"),
        ("d", "1", "lead", 1, "市甲局"),
        ("d", "1", "responsible", 1, "市直各有关单位"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", None)), registry)
    expected = [
        ("d", "1", 1, "responsible", "市直各有关单位", 5, 10, None),
        ("d", "2", 2, "lead", "市甲局局", 5, 10, "市甲局 (郑州市甲局)"),
    ]
    assert_frame_equal(resolved.unknown, pl.DataFrame(expected, schema=UNKNOWN, orient="row"))
    assert resolved.assignments["unit_id"].to_list() == ["alpha"]


def test_empty_mentions() -> None:
    empty = pl.DataFrame(schema=MENTIONS)
    resolved = resolve_mentions(empty, _documents(), load_registry())
    assert_frame_equal(resolved.assignments, pl.DataFrame(schema=ASSIGNMENTS))
    assert_frame_equal(resolved.unknown, pl.DataFrame(schema=UNKNOWN))


def test_real_plan_resolves_completely() -> None:
    frames = to_frames(run.extract([REAL]))
    resolved = resolve_mentions(frames.mentions, frames.documents, load_registry())
    assert resolved.unknown.is_empty()
    per_task = resolved.assignments.group_by("task_no", maintain_order=True).len()
    assert per_task["len"].to_list() == [25, 55, 55, 54, 22, 18, 56, 54, 56, 54, 54, 54, 20, 55, 54]
    assert resolved.assignments.select("doc_id", "task_id", "unit_id").is_unique().all()
    task2 = resolved.assignments.filter(pl.col("task_no") == 2)
    leads = task2.filter(pl.col("role") == "lead").select("unit_id", "via").rows()
    assert leads == [
        ("cpc_political_legal", "direct"),
        ("public_security", "direct"),
        ("big_data", "direct"),
    ]
    vias = task2.group_by("via").len().sort("via").rows()
    assert vias == [("collective", 52), ("direct", 3)]
    phrases = task2.filter(pl.col("via") == "collective").group_by("mention").len().sort("mention")
    assert phrases.rows() == [
        ("各区县〔市〕人民政府", 12),
        ("各开发区管委会", 4),
        ("市政府各部门", 36),
    ]
    assert resolved.mentions.height == 88


def test_each_mention_is_resolved_once_with_its_units(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "1", "lead", 1, "市甲委"),
        ("d", "1", "responsible", 1, "市政府各部门"),
        ("d", "1", "responsible", 2, "市戊局"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", date(2024, 1, 8))), registry)
    assert resolved.mentions.schema == MENTION_UNITS
    rows = resolved.mentions.select("position", "via", "collective_id", "unit_ids").rows()
    assert rows == [
        (1, "alias", None, ["alpha"]),
        (1, "collective", "all_depts", ["alpha", "beta", "new"]),
        (2, None, None, []),
    ]
    assert resolved.unknown["mention"].to_list() == ["市戊局"]


def test_real_plan_keeps_the_printed_order_of_leads() -> None:
    frames = to_frames(run.extract([REAL]))
    assignments = resolve_mentions(frames.mentions, frames.documents, load_registry()).assignments
    leads = assignments.filter(pl.col("role") == "lead", pl.col("task_no").is_in([3, 5]))
    by_task = leads.group_by("task_no", maintain_order=True).agg("short_name", "primary")
    assert by_task.rows() == [
        (3, ["市应急局", "市大数据局", "市商务局", "市市场发展中心"], [True, False, False, False]),
        (5, ["市委社治委", "市卫健委", "市教育局", "市住房保障局", "市民政局", "市人社局"],
         [True, False, False, False, False, False]),
    ]  # fmt: skip
    assert assignments["primary"].sum() == 15


def test_a_collective_lead_phrase_names_no_primary_lead(registry: Registry) -> None:
    mentions = _mentions(
        ("d", "1", "lead", 1, "市政府各部门"),
        ("d", "1", "lead", 2, "市戊局"),
        ("d", "2", "lead", 1, "市乙局"),
        ("d", "2", "lead", 2, "市政府各部门"),
    )
    resolved = resolve_mentions(mentions, _documents(("d", date(2024, 1, 8))), registry)
    rows = resolved.assignments.select("task_id", "unit_id", "position", "primary").rows()
    assert rows == [
        ("1", "alpha", 1, False),
        ("1", "beta", 2, False),
        ("1", "new", 3, False),
        ("2", "beta", 1, True),
        ("2", "alpha", 2, False),
        ("2", "new", 3, False),
    ]
