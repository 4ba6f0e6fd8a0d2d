from __future__ import annotations

from typing import Any

import pytest

from pipeline.export.tables import build_tables
from pipeline.export.xlsx_department import Department, department_workbook, departments
from pipeline.ledger import Ledger
from tests.export.fixtures import REGISTRY_SHA, SHA_A, SHA_B, small_ledger
from tests.export.xlsx_read import hidden, load, values, widths

HEADER = ("编号", "任务名称", "任务内容", "本单位角色", "牵头单位", "其他责任单位", "完成时限",
          "工作进展", "完成状态", "存在问题", "下一步计划", "联系人", "联系电话", "任务编码")  # fmt: skip
FILL = "HIJKLM"


def specs(ledger: Ledger) -> list[Department]:
    return list(departments(build_tables(ledger), REGISTRY_SHA))


@pytest.fixture
def big_data(ledger: Ledger) -> Any:
    return load(department_workbook(specs(ledger)[0]))


def test_one_workbook_per_unit_with_assignments_in_registry_order(ledger: Ledger) -> None:
    assert [(d.path, d.n_tasks, d.counts) for d in specs(ledger)] == [
        ("departments/市大数据局.xlsx", 3, (2, 1, 0)),
        ("departments/市政务办.xlsx", 2, (1, 1, 0)),
        ("departments/市财政局.xlsx", 2, (0, 2, 0)),
        ("departments/甲区政府.xlsx", 2, (0, 1, 1)),
    ]


def test_title_note_header_and_one_row_per_task(big_data: Any) -> None:
    ws = big_data["任务清单"]
    assert big_data.sheetnames == ["任务清单", "填报说明", "_meta"]
    rows = values(ws)
    assert rows[0][0] == "市大数据局《测试市数字政府建设行动方案》任务落实情况台账"
    assert rows[1][0] == (
        "共 3 项任务：牵头 2 项，责任 1 项，配合 0 项。"
        "白色区域为任务信息（已锁定）；请在黄色区域填写，方法见“填报说明”工作表。"
    )
    assert rows[2] == HEADER
    blank = (None,) * 6
    assert rows[3:] == [
        (1, "推进数据共享", "推动政务数据共享，建设全市统一的数据共享交换平台。", "牵头",
         "市大数据局", "市财政局、市政务办", None, *blank, "plan-a#1"),
        (2, "优化政务服务", "持续深化“一网通办”，推进“高效办成一件事”。", "责任", "市政务办",
         "市政府各部门", "2025年底前", *blank, "plan-a#2"),
        (3, "加强安全保障", "强化数据安全管理 & 技术防护，落实<等级保护>制度。", "牵头",
         "市大数据局", "各区县（市）人民政府", None, *blank, "plan-a#3"),
    ]  # fmt: skip
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:M1", "A2:M2"}


def test_only_the_shaded_fill_in_cells_are_unlocked(big_data: Any) -> None:
    ws = big_data["任务清单"]
    protection = ws.protection
    assert protection.sheet is True
    assert protection.password is None
    # False means "not protected": filtering, sorting and resizing stay allowed.
    assert (protection.autoFilter, protection.sort) == (False, False)
    assert (protection.formatColumns, protection.formatRows) == (False, False)
    for row in range(4, 7):
        for col in "ABCDEFGN":
            assert ws[f"{col}{row}"].protection.locked is True
        for col in FILL:
            cell = ws[f"{col}{row}"]
            assert cell.protection.locked is False
            assert cell.fill.fgColor.rgb == "FFFFF2CC"
            assert cell.number_format == "@"  # a phone number stays as typed
    assert ws["A3"].protection.locked is True


def test_status_is_a_dropdown_that_refuses_other_text(big_data: Any) -> None:
    (dv,) = big_data["任务清单"].data_validations.dataValidation
    assert (dv.type, dv.formula1, str(dv.sqref)) == (
        "list",
        '"未启动,推进中,已完成,需协调"',
        "I4:I6",
    )
    assert dv.showDropDown is False  # (sic) True would hide the arrow
    assert (dv.showErrorMessage, dv.errorStyle) == (True, "stop")
    assert dv.error == "请从列表中选择：未启动、推进中、已完成、需协调。"


def test_layout_and_printing(big_data: Any) -> None:
    ws = big_data["任务清单"]
    assert ws.freeze_panes == "C4"
    assert ws.auto_filter.ref == "A3:M6"
    assert ws.print_title_rows == "$3:$3"
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0
    )  # fmt: skip
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert widths(ws) == dict(
        zip("ABCDEFGHIJKLMN", (6, 20, 46, 11, 16, 20, 10, 30, 10, 20, 20, 9, 14, 40), strict=True)
    )
    assert hidden(ws) == {"N"}
    assert [ws.row_dimensions[r].height for r in range(1, 7)] == [32, 20, 30, 32, 32, 32]
    assert ws["C4"].alignment.wrap_text is True
    assert (ws["C4"].font.name, ws["A3"].font.b) == ("微软雅黑", True)


def test_the_workbook_records_what_it_was_made_from(big_data: Any) -> None:
    props = {p.name: p.value for p in big_data.custom_doc_props.props}
    assert props == {
        "format": "plan-ledger department workbook 1",
        "unit_id": "big_data",
        "unit_name": "郑州市大数据管理局",
        "doc_ids": "plan-a",
        "source_sha256": SHA_A,
        "registry_sha256": REGISTRY_SHA,
    }
    meta = big_data["_meta"]
    assert meta.sheet_state == "veryHidden"
    rows = values(meta)
    assert rows[0] == ("key", "value", None)
    assert {k: v for k, v, _ in rows[1:7]} == props
    assert rows[7:] == [
        (None, None, None),
        ("doc_id", "source", "sha256"),
        ("plan-a", "plan-a.txt", SHA_A),
    ]


def test_the_guide_explains_how_to_fill_in(big_data: Any) -> None:
    rows = values(big_data["填报说明"])
    assert rows[0] == ("填报说明", None)
    assert [r[0] for r in rows[1:]] == [f"{i}." for i in range(1, 9)]
    assert rows[1][1].startswith("本工作簿列出《测试市数字政府建设行动方案》中由市大数据局承担")
    assert "没有设置密码" in rows[7][1]
    assert big_data["填报说明"].protection.sheet is True


def test_a_formula_in_a_title_is_stored_as_text() -> None:
    formula = '=HYPERLINK("http://example.invalid","点我")'
    ws = load(department_workbook(specs(small_ledger(first_title=formula))[0]))["任务清单"]
    assert (ws["B4"].value, ws["B4"].data_type) == (formula, "s")
    assert ws["B4"].quotePrefix is True
    assert ws["B5"].quotePrefix is False


def test_several_plans_add_plan_and_section_columns(two_plans: Ledger) -> None:
    first = specs(two_plans)[0]
    ws = load(department_workbook(first))["任务清单"]
    rows = values(ws)
    assert rows[0][0] == "市大数据局任务落实情况台账"
    assert rows[2][:4] == ("所属方案", "所属部分", "编号", "任务名称")
    assert [r[:3] for r in rows[3:]] == [
        ("测试市数字政府建设行动方案", None, 1),
        ("测试市数字政府建设行动方案", None, 2),
        ("测试市数字政府建设行动方案", None, 3),
        ("测试市智慧城市实施方案", "一、城市治理", 1),
    ]
    assert ws.freeze_panes == "E4"
    assert str(ws.data_validations.dataValidation[0].sqref) == "K4:K7"
    props = {p.name: p.value for p in load(department_workbook(first)).custom_doc_props.props}
    assert (props["doc_ids"], props["source_sha256"]) == ("plan-a,plan-b", f"{SHA_A},{SHA_B}")
