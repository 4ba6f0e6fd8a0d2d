from __future__ import annotations

from typing import Any

import pytest

from pipeline.export.tables import build_tables
from pipeline.export.xlsx_ledger import ledger_workbook
from pipeline.export.xlsx_matrix import matrix_sheets
from pipeline.export.xlsx_package import Workbook, workbook_bytes
from pipeline.ledger import Ledger
from tests.export.fixtures import REGISTRY_SHA, SHA_A, TOOL_VERSION, small_ledger
from tests.export.xlsx_read import load, values

SHEETS = ["说明", "总体目标", "重点任务", "分工明细", "单位统计", "分工矩阵"]


def read(ledger: Ledger) -> Any:
    return load(ledger_workbook(build_tables(ledger), REGISTRY_SHA, TOOL_VERSION))


@pytest.fixture
def book(ledger: Ledger) -> Any:
    return read(ledger)


def test_sheets_in_order(book: Any) -> None:
    assert book.sheetnames == SHEETS
    assert book.properties.title == "《测试市数字政府建设行动方案》任务分工台账"


def test_about_names_the_source_counts_and_text_fixes(book: Any) -> None:
    about = dict(values(book["说明"])[1:17])
    assert about == {
        "标题": "测试市数字政府建设行动方案",
        "发文单位": "测试市人民政府",
        "发布日期": "2024-01-08",
        "来源文件": "plan-a.txt",
        "来源文件 SHA-256": SHA_A,
        "重点任务": "3 项",
        "涉及单位": "4 个",
        "分工条目": "9 条",
        "文本清洗": "繁体转简体 12 处",
        "人工校正": "「数据共亯」→「数据共享」（第 5 行，1 处）：typo",
        "重点任务合计": "3 项",
        "承担任务的单位": "4 个",
        "分工条目合计": "9 条",
        "单位名录 SHA-256": REGISTRY_SHA,
        "生成工具": f"plan-ledger {TOOL_VERSION}",
        "工作表：总体目标": "方案提出的分年度目标。",
    }


def test_targets_by_year(book: Any) -> None:
    assert values(book["总体目标"])[1:] == [
        ("年份", "目标"), (2025, "基本建成数字政府体系框架。"), (2035, "全面建成。")
    ]  # fmt: skip


def test_one_row_per_task_with_its_units(book: Any) -> None:
    ws = book["重点任务"]
    assert values(ws)[1:] == [
        ("编号", "任务名称", "任务内容", "牵头单位", "责任单位", "配合单位", "完成时限"),
        (1, "推进数据共享", "推动政务数据共享，建设全市统一的数据共享交换平台。",
         "郑州市大数据管理局", "郑州市财政局、郑州市政务服务办公室", None, None),
        (2, "优化政务服务", "持续深化“一网通办”，推进“高效办成一件事”。", "郑州市政务服务办公室",
         "市政府各部门", "郑州市甲区人民政府", "2025年底前"),
        (3, "加强安全保障", "强化数据安全管理 & 技术防护，落实<等级保护>制度。",
         "郑州市大数据管理局", "各区县（市）人民政府", None, None),
    ]  # fmt: skip
    assert (ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows) == ("A3", "A2:G5", "$2:$2")
    assert ws.protection.sheet is False


def test_one_row_per_assignment_with_how_it_resolved(book: Any) -> None:
    rows = values(book["分工明细"])
    assert rows[1] == (
        "编号",
        "任务名称",
        "单位",
        "简称",
        "角色",
        "原文表述",
        "识别方式",
        "原文行号",
    )
    assert rows[2:5] == [
        (
            1,
            "推进数据共享",
            "郑州市大数据管理局",
            "市大数据局",
            "牵头",
            "市大数据局",
            "直接点名",
            6,
        ),
        (1, "推进数据共享", "郑州市财政局", "市财政局", "责任", "市财政局", "直接点名", 6),
        (1, "推进数据共享", "郑州市政务服务办公室", "市政务办", "责任", "政务办", "简称或别称", 6),
    ]
    assert rows[6] == (
        2, "优化政务服务", "郑州市大数据管理局", "市大数据局", "责任", "市政府各部门", "统称展开", 8
    )  # fmt: skip
    assert len(rows) == 2 + 9


def test_unit_counts(book: Any) -> None:
    assert values(book["单位统计"])[1:] == [
        ("单位", "简称", "类别", "牵头", "责任", "配合", "合计", "工作簿"),
        ("郑州市大数据管理局", "市大数据局", "政府工作部门", 2, 1, 0, 3, "departments/市大数据局.xlsx"),
        ("郑州市政务服务办公室", "市政务办", "政府工作部门", 1, 1, 0, 2, "departments/市政务办.xlsx"),
        ("郑州市财政局", "市财政局", "政府工作部门", 0, 2, 0, 2, "departments/市财政局.xlsx"),
        ("郑州市甲区人民政府", "甲区政府", "区县（市）政府", 0, 1, 1, 2, "departments/甲区政府.xlsx"),
    ]  # fmt: skip


def test_matrix_marks_and_colours_each_role(book: Any) -> None:
    ws = book["分工矩阵"]
    rows = values(ws)
    assert rows[1][:4] == ("图例：", "牵头", "责任", "配合")
    assert rows[2][5] == "测试市数字政府建设行动方案"
    assert rows[3][5:] == (1, 2, 3)
    assert rows[4][5:] == ("推进数据共享", "优化政务服务", "加强安全保障")
    assert rows[5:] == [
        ("市大数据局", 2, 1, 0, 3, "牵头", "责任", "牵头"),
        ("市政务办", 1, 1, 0, 2, "责任", "牵头", None),
        ("市财政局", 0, 2, 0, 2, "责任", "责任", None),
        ("甲区政府", 0, 1, 1, 2, None, "配合", "责任"),
    ]
    fills = {ref: ws[ref].fill.fgColor.rgb for ref in ("F6", "G6", "G9", "B2", "C2", "D2")}
    assert fills == {"F6": "FFF8CBAD", "G6": "FFFFE699", "G9": "FFC6E0B4",
                     "B2": "FFF8CBAD", "C2": "FFFFE699", "D2": "FFC6E0B4"}  # fmt: skip
    assert ws.freeze_panes == "F6"
    assert "F3:H3" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["F5"].alignment.textRotation == 255  # titles read top to bottom


def test_matrix_overflowing_a_sheet_goes_on_the_next(ledger: Ledger) -> None:
    sheets = matrix_sheets(build_tables(ledger), per_sheet=2)
    wb = load(workbook_bytes(Workbook(sheets=tuple(sheets), title="t")))
    assert wb.sheetnames == ["分工矩阵", "分工矩阵2"]
    assert values(wb["分工矩阵2"])[5] == ("市大数据局", 2, 1, 0, 3, "牵头")


def test_a_formula_in_a_title_is_stored_as_text() -> None:
    formula = '=HYPERLINK("http://example.invalid","点我")'
    ws = read(small_ledger(first_title=formula))["重点任务"]
    assert (ws["B3"].value, ws["B3"].data_type, ws["B3"].quotePrefix) == (formula, "s", True)


def test_several_plans_add_a_plan_column(two_plans: Ledger) -> None:
    wb = read(two_plans)
    assert wb.properties.title == "任务分工台账（2 份方案）"
    tasks = values(wb["重点任务"])
    assert tasks[1][:3] == ("所属方案", "所属部分", "编号")
    assert tasks[5][:4] == ("测试市智慧城市实施方案", "一、城市治理", 1, "建设城市大脑")
    about = values(wb["说明"])
    assert about[0][0] == "说明"
    assert ("方案 2", None) in about
    assert ("发文单位", "—") in about and ("来源文件", "plan-b.txt") in about
