from __future__ import annotations

from typing import Any

import pytest
from openpyxl import Workbook

from pipeline.columns import titles
from pipeline.export import xlsx_ledger
from pipeline.export.identity import Identity
from pipeline.export.tables import HOW_TITLE, PLAN_TITLE, ROLE_LABELS, build_tables
from pipeline.export.xlsx_io import workbook_bytes
from pipeline.export.xlsx_ledger import ledger_workbook
from pipeline.export.xlsx_matrix import matrix_sheets
from pipeline.export.xlsx_table import Styles
from pipeline.ledger import Ledger
from schemas.tables import (
    AssignmentsSchema,
    DocumentsSchema,
    TargetsSchema,
    TasksSchema,
    TaskUnitsSchema,
    UnitTotalsSchema,
)
from tests.export.fixtures import REGISTRY_SHA, SHA_A, TOOL_VERSION, small_ledger
from tests.export.xlsx_read import load, values

SHEETS = ["说明", "总体目标", "重点任务", "分工明细", "单位统计", "单位统计图", "分工矩阵"]
TITLE = "《测试市数字政府建设行动方案》任务分工台账"
IDENTITY = "文号：测政〔2023〕9号　成文日期：2023年12月25日　印发日期：2024年1月8日"
HOSTILE = ['=HYPERLINK("http://example.invalid","点我")', "+1", "-1+1", "@SUM(A1)"]


def build(ledger: Ledger) -> bytes:
    return ledger_workbook(build_tables(ledger), REGISTRY_SHA, TOOL_VERSION)


@pytest.fixture
def book(ledger: Ledger) -> Any:
    return load(build(ledger))


def test_sheets_in_order(book: Any) -> None:
    assert book.sheetnames == SHEETS
    assert book.properties.title == TITLE


def test_every_sheet_opens_with_the_plan_and_prints_its_identity(book: Any) -> None:
    for ws in book.worksheets:
        assert ws["A1"].value == f"{TITLE}：{ws.title}" or ws.title == "单位统计图"
        assert ws["A2"].value == IDENTITY
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        margins = (ws.oddHeader.center, ws.oddFooter.left, ws.oddFooter.right)
        assert [m.text for m in margins] == [TITLE, IDENTITY, "第 &P 页，共 &N 页"]
        assert {(m.font, m.size) for m in margins} == {("宋体,Regular", 9)}
    assert book["说明"].page_setup.orientation == "portrait"
    assert book["重点任务"].page_setup.orientation == "landscape"


def test_every_cell_is_set_in_simsun(book: Any) -> None:
    fonts = {c.font.name for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None}  # fmt: skip
    assert fonts == {"宋体"}


def test_about_puts_the_office_first_and_the_audit_last(book: Any) -> None:
    rows = values(book["说明"])
    pairs = [r for r in rows[2:] if r[1] is not None]
    sections = [r[0] for r in rows[2:] if r[1] is None]
    assert sections == ["方案", "角色", "怎么用", "工作表", "审核信息"]
    assert pairs[:6] == [
        ("方案名称", "《测试市数字政府建设行动方案》"),
        ("发文机关", "测试市人民政府"),
        ("文号", "测政〔2023〕9号"),
        ("成文日期", "2023年12月25日"),
        ("印发日期", "2024年1月8日"),
        ("规模", "重点任务 3 项，涉及单位 4 个，分工条目 9 条"),
    ]
    assert [p[0] for p in pairs].count("规模") == 1  # counts once
    assert pairs[-6:] == [
        ("来源文件", "plan-a.txt"),
        ("来源文件 SHA-256", SHA_A),
        ("文本清洗", "繁体转简体 12 处"),
        ("人工校正", "「数据共亯」→「数据共享」（第 5 行，1 处）：typo"),
        ("单位名录 SHA-256", REGISTRY_SHA),
        ("生成工具", f"plan-ledger {TOOL_VERSION}"),
    ]
    assert ("主牵头", "牵头单位中排在第一位的单位：负总责，组织推进并汇总进展。") in pairs


def test_targets_by_year(book: Any) -> None:
    assert values(book["总体目标"])[2:] == [
        ("目标年份", "目标内容"), (2025, "基本建成数字政府体系框架。"), (2035, "全面建成。")
    ]  # fmt: skip


def test_one_row_per_task_with_its_units_and_a_deadline_always(book: Any) -> None:
    ws = book["重点任务"]
    assert values(ws)[2:] == [
        ("编号", "任务名称", "任务内容", "牵头单位（首位为主牵头）", "责任单位", "配合单位",
         "完成时限"),
        (1, "推进数据共享", "推动政务数据共享，建设全市统一的数据共享交换平台。",
         "郑州市大数据管理局", "郑州市财政局、郑州市政务服务办公室", None,
         "2025年底前（方案总体目标）"),
        (2, "优化政务服务", "持续深化“一网通办”，推进“高效办成一件事”。", "郑州市政务服务办公室",
         "市政府各部门", "郑州市甲区人民政府", "2025年底前"),
        (3, "加强安全保障", "强化数据安全管理 & 技术防护，落实<等级保护>制度。",
         "郑州市大数据管理局", "各区县（市）人民政府", None, "2025年底前（方案总体目标）"),
    ]  # fmt: skip
    assert (ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows) == ("A4", "A3:G6", "$3:$3")
    assert ws.row_dimensions[4].height == 44.5  # the derived deadline wraps on three lines


def test_one_row_per_assignment_with_its_rank_and_how_it_reached_the_unit(book: Any) -> None:
    rows = values(book["分工明细"])
    assert rows[2] == (
        "编号", "任务名称", "单位名称", "单位简称", "角色", "排序", "承担方式", "原文行号"
    )  # fmt: skip
    assert rows[3:6] == [
        (1, "推进数据共享", "郑州市大数据管理局", "市大数据局", "主牵头", 1, "直接点名", 6),
        (1, "推进数据共享", "郑州市财政局", "市财政局", "责任", 2, "直接点名", 6),
        (1, "推进数据共享", "郑州市政务服务办公室", "市政务办", "责任", 3, "以简称“政务办”点名", 6),
    ]  # fmt: skip
    assert rows[7] == (
        2, "优化政务服务", "郑州市大数据管理局", "市大数据局", "责任", 2, "经“市政府各部门”覆盖", 8
    )  # fmt: skip
    assert len(rows) == 3 + 9


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_ledger, "MAX_ROWS", 8)  # 5 data rows per sheet
    book = load(build(ledger))
    assert [n for n in book.sheetnames if n.startswith("分工明细")] == ["分工明细", "分工明细2"]
    first, second = values(book["分工明细"])[3:], values(book["分工明细2"])[3:]
    assert (len(first), len(second)) == (5, 4)
    assert book["分工明细2"]["A1"].value == f"{TITLE}：分工明细（续 2）"
    assert second[0][:5] == (2, "优化政务服务", "郑州市财政局", "市财政局", "责任")


def test_unit_counts(book: Any) -> None:
    assert values(book["单位统计"])[2:] == [
        ("单位名称", "单位简称", "单位类别", "牵头", "责任", "配合", "合计", "工作簿"),
        ("郑州市大数据管理局", "市大数据局", "政府工作部门", 2, 1, 0, 3, "departments/市大数据局.xlsx"),
        ("郑州市政务服务办公室", "市政务办", "政府工作部门", 1, 1, 0, 2, "departments/市政务办.xlsx"),
        ("郑州市财政局", "市财政局", "政府工作部门", 0, 2, 0, 2, "departments/市财政局.xlsx"),
        ("郑州市甲区人民政府", "甲区政府", "区县（市）政府", 0, 1, 1, 2, "departments/甲区政府.xlsx"),
    ]  # fmt: skip


def test_a_native_bar_chart_of_the_busiest_units_stacked_by_role(book: Any) -> None:
    ws = book["单位统计图"]
    assert [r[:4] for r in values(ws)[2:]] == [
        ("单位简称", "牵头", "责任", "配合"),
        ("市大数据局", 2, 1, 0),
        ("市政务办", 1, 1, 0),
        ("市财政局", 0, 2, 0),
        ("甲区政府", 0, 1, 1),
    ]
    (chart,) = ws._charts
    assert (chart.type, chart.grouping, chart.overlap) == ("bar", "stacked", 100)
    assert [s.val.numRef.f for s in chart.series] == [
        "'单位统计图'!$B$4:$B$7", "'单位统计图'!$C$4:$C$7", "'单位统计图'!$D$4:$D$7"
    ]  # fmt: skip
    assert [s.tx.strRef.f for s in chart.series] == ["'单位统计图'!B3", "'单位统计图'!C3",
                                                     "'单位统计图'!D3"]  # fmt: skip


def test_matrix_has_task_numbers_across_and_a_key_of_titles(book: Any) -> None:
    ws = book["分工矩阵"]
    rows = values(ws)
    assert rows[2] == ("单位简称", "牵头", "责任", "配合", "合计", "1", "2", "3")
    assert rows[3:7] == [
        ("市大数据局", 2, 1, 0, 3, "牵头", "责任", "牵头"),
        ("市政务办", 1, 1, 0, 2, "责任", "牵头", None),
        ("市财政局", 0, 2, 0, 2, "责任", "责任", None),
        ("甲区政府", 0, 1, 1, 2, None, "配合", "责任"),
    ]
    assert [r[0] for r in rows[8:]] == [
        "图例：", "任务编号对照", "1. 推进数据共享", "2. 优化政务服务", "3. 加强安全保障"
    ]  # fmt: skip
    fills = {ref: ws[ref].fill.fgColor.rgb for ref in ("B9", "C9", "D9")}
    assert fills == {"B9": "FFF8CBAD", "C9": "FFFFE699", "D9": "FFC6E0B4"}
    (grid,) = ws.conditional_formatting
    assert str(grid.sqref) == "F4:H7"
    rules = [(r.operator, r.formula, r.dxf.fill.fgColor.rgb) for r in grid.rules]
    assert rules == [("equal", ['"牵头"'], "FFF8CBAD"), ("equal", ['"责任"'], "FFFFE699"),
                     ("equal", ['"配合"'], "FFC6E0B4")]  # fmt: skip
    assert (ws.freeze_panes, ws.print_title_rows) == ("F4", "$3:$3")
    assert ws.row_dimensions[4].height == 16  # about 29 units per A4 landscape page


def test_matrix_overflowing_a_sheet_goes_on_the_next(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    book = Workbook(write_only=True)
    identity = Identity.of(tables.documents)
    matrix_sheets(book, Styles(book), identity, tables, per_sheet=2)
    wb = load(workbook_bytes(book, stamp=identity.stamp))
    assert wb.sheetnames == ["分工矩阵", "分工矩阵2"]
    assert values(wb["分工矩阵2"])[3] == ("市大数据局", 2, 1, 0, 3, "牵头")


@pytest.mark.parametrize("text", HOSTILE)
def test_text_that_looks_like_a_formula_stays_text(text: str) -> None:
    book = load(build(small_ledger(first_title=text)))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    cell = book["重点任务"]["B4"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert book["重点任务"]["B5"].quotePrefix is False  # the shared style is left alone


def test_the_same_ledger_gives_the_same_bytes(ledger: Ledger) -> None:
    assert build(ledger) == build(small_ledger())


def test_two_plans_name_their_plan_on_each_row(two_plans: Ledger) -> None:
    book = load(build(two_plans))
    assert book.properties.title == "任务分工台账（2 份方案）"
    assert book["重点任务"]["A2"].value == "共 2 份方案：测政〔2023〕9号"
    assert values(book["重点任务"])[2][:2] == ("所属方案", "所属部分")
    matrix = values(book["分工矩阵"])
    assert matrix[2][5:] == ("测试市数字政府建设行动方案", None, None, "测试市智慧城市实施方案")
    assert matrix[3][5:] == ("1", "2", "3", "1")


# Which model column each ledger header prints, left to right; None is a derived column.
TASK, ASSIGNMENT, UNIT = (
    titles(TaskUnitsSchema),
    titles(AssignmentsSchema),
    titles(UnitTotalsSchema),
)
HEADERS: dict[str, list[str | None]] = {
    "总体目标": [titles(TargetsSchema)[c] for c in ("year", "text")],
    "重点任务": [TASK[c] for c in ("task_no", "title", "body", "lead_units", "responsible_units",
                                   "cooperating_units", "deadline")],
    "分工明细": [ASSIGNMENT["task_no"], titles(TasksSchema)["title"],
                 *(ASSIGNMENT[c] for c in ("unit_name", "short_name", "role", "position")),
                 None, ASSIGNMENT["line"]],
    "单位统计": [UNIT[c] for c in ("name", "short_name", "category_zh", "lead", "responsible",
                                   "cooperating", "tasks", "workbook")],
    "单位统计图": [UNIT[c] for c in ("short_name", "lead", "responsible", "cooperating")],
    "分工矩阵": [UNIT[c] for c in ("short_name", "lead", "responsible", "cooperating", "tasks")],
}  # fmt: skip


@pytest.mark.parametrize("sheet", list(HEADERS))
def test_each_header_of_a_model_column_is_the_model_title(book: Any, sheet: str) -> None:
    header = values(book[sheet])[2]
    expected = HEADERS[sheet]
    assert [
        h if e is not None else None for h, e in zip(header, expected, strict=False)
    ] == expected


def test_derived_columns_are_titled_once(book: Any, two_plans: Ledger) -> None:
    assert values(book["分工明细"])[2][6] == HOW_TITLE == "承担方式"
    header = values(load(build(two_plans))["重点任务"])[2]
    assert header[:2] == (PLAN_TITLE, titles(TasksSchema)["section"]) == ("所属方案", "所属部分")


def test_about_labels_the_plan_by_its_model_titles(book: Any) -> None:
    labels = [r[0] for r in values(book["说明"])[2:]]
    plan = titles(DocumentsSchema)
    assert labels[1:6] == [plan[c] for c in ("title", "issuer", "document_number", "signed",
                                             "published")]  # fmt: skip
    assert [plan["source"], plan["sha256"]] == labels[-6:-4]
    assert HOW_TITLE in labels


def test_role_counts_are_titled_as_the_roles_the_legend_shows() -> None:
    # The matrix legend and its coloured cells print ROLE_LABELS; the count columns and
    # the chart's series (titled from its header cells) must read the same.
    assert {role: UNIT[role] for role in ROLE_LABELS} == ROLE_LABELS
