from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal

from pipeline.export.tables import UNITS, build_tables, owed_rows
from pipeline.ledger import Ledger
from tests.export.fixtures import small_ledger


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
        schema=UNITS,
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
        ("big_data", "plan-a#1", "牵头", "市大数据局", "市财政局、市政务办"),
        ("big_data", "plan-a#2", "责任", "市政务办", "市政府各部门"),
        ("big_data", "plan-a#3", "牵头", "市大数据局", "各区县（市）人民政府"),
        ("gov_services", "plan-a#1", "责任", "市大数据局", "市财政局"),
        ("gov_services", "plan-a#2", "牵头", "市政务办", "市政府各部门"),
        ("finance", "plan-a#1", "责任", "市大数据局", "市政务办"),
        ("finance", "plan-a#2", "责任", "市政务办", "市政府各部门"),
        ("district_a", "plan-a#2", "配合", "市政务办", "市政府各部门"),
        ("district_a", "plan-a#3", "责任", "市大数据局", "各区县（市）人民政府"),
    ]
    assert rows["plan"].unique().to_list() == ["测试市数字政府建设行动方案"]
    # For the department sheet: the unit's rank in the task and whether it is primary lead.
    assert rows.select("position", "primary").rows()[:3] == [(1, True), (2, False), (1, True)]


def test_control_characters_are_removed_from_every_table() -> None:
    tables = build_tables(small_ledger(first_title="推进\x07数据\x00共享"))
    assert tables.tasks["title"][0] == "推进数据共享"
