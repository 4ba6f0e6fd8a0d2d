from __future__ import annotations

from dataclasses import replace

import polars as pl
from polars.testing import assert_frame_equal

from pipeline.columns import polars_schema
from pipeline.export.tables import build_tables, owed_rows
from pipeline.ledger import Ledger
from schemas.tables import UnitTotalsSchema
from tests.export.fixtures import SHA_A, TASKS_A, build_ledger, small_ledger


def test_units_in_registry_order_with_counts_and_workbooks(ledger: Ledger) -> None:
    expected = pl.DataFrame(
        [
            ("big_data", "郑州市大数据管理局", "市大数据局", "government_department",
             "政府工作部门", 2, 1, 0, 3, "departments/市大数据局.xlsx"),
            ("gov_services", "郑州市政务服务办公室", "市政务办", "government_department",
             "政府工作部门", 1, 1, 0, 2, "departments/市政务办.xlsx"),
            ("finance", "郑州市财政局", "市财政局", "government_department", "政府工作部门",
             0, 2, 0, 2, "departments/市财政局.xlsx"),
            ("district_a", "郑州市甲区人民政府", "甲区政府", "district_government",
             "区县（市）政府", 0, 1, 1, 2, "departments/甲区政府.xlsx"),
        ],
        schema=polars_schema(UnitTotalsSchema),
        orient="row",
    )  # fmt: skip
    assert_frame_equal(build_tables(ledger).units, expected)


def test_tasks_carry_the_canonical_names_of_their_units(ledger: Ledger) -> None:
    tasks = build_tables(ledger).tasks
    assert tasks.select(
        "task_id", "lead_units", "responsible_units", "cooperating_units"
    ).rows() == [
        ("1", "郑州市大数据管理局", "郑州市财政局、郑州市政务服务办公室", None),
        ("2", "郑州市政务服务办公室", "郑州市大数据管理局、郑州市财政局", "郑州市甲区人民政府"),
        ("3", "郑州市大数据管理局", "郑州市甲区人民政府", None),
    ]


def test_labels_print_a_collective_as_its_phrase(ledger: Ledger) -> None:
    labels = build_tables(ledger).labels
    assert labels.select("task_id", "lead", "responsible", "cooperating").rows() == [
        ("1", "郑州市大数据管理局", "郑州市财政局、郑州市政务服务办公室", None),
        ("2", "郑州市政务服务办公室", "市政府各部门", "郑州市甲区人民政府"),
        ("3", "郑州市大数据管理局", "各区县（市）人民政府", None),
    ]
    assert labels.select("lead_short", "responsible_short", "cooperating_short").rows() == [
        ("市大数据局", "市财政局、市政务办", None),
        ("市政务办", "市政府各部门", "甲区政府"),
        ("市大数据局", "各区县（市）人民政府", None),
    ]


def test_owed_rows_leave_the_unit_out_of_the_other_responsible_units(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    rows = owed_rows(tables, tables.owed)
    assert rows.select("unit_id", "key", "role_label", "lead_short", "others").rows() == [
        ("big_data", "plan-a#1", "主牵头", "市大数据局", "市财政局、市政务办"),
        ("big_data", "plan-a#2", "责任", "市政务办", "市政府各部门"),
        ("big_data", "plan-a#3", "主牵头", "市大数据局", "各区县（市）人民政府"),
        ("gov_services", "plan-a#1", "责任", "市大数据局", "市财政局"),
        ("gov_services", "plan-a#2", "主牵头", "市政务办", "市政府各部门"),
        ("finance", "plan-a#1", "责任", "市大数据局", "市政务办"),
        ("finance", "plan-a#2", "责任", "市政务办", "市政府各部门"),
        ("district_a", "plan-a#2", "配合", "市政务办", "市政府各部门"),
        ("district_a", "plan-a#3", "责任", "市大数据局", "各区县（市）人民政府"),
    ]
    assert rows["plan"].unique().to_list() == ["测试市数字政府建设行动方案"]
    # For the department sheet: the unit's rank in the task and whether it is primary lead.
    assert rows.select("position", "primary").rows()[:3] == [(1, True), (2, False), (1, True)]


def test_owed_rows_say_how_the_unit_came_to_owe_the_task(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    rows = owed_rows(tables, tables.owed).filter(pl.col("unit_id") == "district_a")
    assert rows["manner"].to_list() == ["直接点名", "经“各区县（市）人民政府”覆盖"]


def test_only_the_first_listed_lead_is_the_primary_lead() -> None:
    two_leads = [
        ("1", "finance", "lead", "市财政局", "direct"),
        ("1", "big_data", "lead", "市大数据局", "direct"),
        ("2", "gov_services", "lead", "政务办", "alias"),
        ("3", "district_a", "lead", "各区县（市）人民政府", "collective"),
    ]
    ledger = build_ledger(
        documents=[("plan-a", "raw/plan-a.txt", SHA_A, "方案", None, None, None, None)],
        tasks={"plan-a": TASKS_A},
        assigned={"plan-a": two_leads},
    )
    tables = build_tables(ledger)
    rows = owed_rows(tables, tables.owed)
    assert rows.select("unit_id", "task_id", "role_label").sort(
        "task_id", maintain_order=True
    ).rows() == [
        ("big_data", "1", "牵头"),  # listed second: registry order does not matter
        ("finance", "1", "主牵头"),
        ("gov_services", "2", "主牵头"),  # an alias names the unit itself
        ("district_a", "3", "牵头"),  # a collective phrase is no single primary lead
    ]


def test_a_task_without_deadline_prints_the_plans_target_year(ledger: Ledger) -> None:
    info = build_tables(ledger).task_info
    assert info.select("task_id", "due", "derived").rows() == [
        ("1", "2025年底前（方案总体目标）", True),
        ("2", "2025年底前", False),
        ("3", "2025年底前（方案总体目标）", True),
    ]


def test_without_targets_a_missing_deadline_is_said_to_be_unstated(ledger: Ledger) -> None:
    frames = replace(ledger.frames, targets=ledger.frames.targets.clear())
    info = build_tables(replace(ledger, frames=frames)).task_info
    assert info["due"].to_list() == ["方案未明确", "2025年底前", "方案未明确"]


def test_control_characters_are_not_stripped_silently_by_export() -> None:
    # Cleaning removes them from a plan (a counted step and a warning); export keeps data as is.
    tables = build_tables(small_ledger(first_title="推进\x07数据共享"))
    assert tables.tasks["title"][0] == "推进\x07数据共享"
