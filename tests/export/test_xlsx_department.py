from __future__ import annotations

import json
from datetime import date
from typing import Any

import polars as pl
import pytest

from pipeline.errors import ExportError
from pipeline.export.department_record import Department
from pipeline.export.department_rows import department_rows
from pipeline.export.tables import build_tables
from pipeline.export.xlsx_department import (
    department_columns,
    department_workbook,
    departments,
)
from pipeline.export.xlsx_task_sheet import CELL_LIMIT, check_text, dropdown_formula, sheet_title
from pipeline.ledger import Ledger
from pipeline.workbook_format import (
    FILL_IN_COLUMNS,
    FORMAT,
    HEADER_FIELDS,
    META_KEYS,
    locked_columns,
    row_checksum,
)
from tests.export.fixtures import REGISTRY_SHA, SHA_A, SHA_B, TOOL_VERSION, small_ledger
from tests.export.xlsx_read import hidden, load, values, widths

HEADER = ("序号", "重点任务", "任务内容", "承担角色", "承担方式", "牵头单位", "其他责任单位",
          "完成时限", "工作进展", "完成状态", "存在问题", "下一步计划", "任务编码", "校验码")  # fmt: skip
STATUSES = ("已完成", "序时推进", "进度滞后", "未启动", "需协调")
FILL = "IJKL"


def specs(ledger: Ledger, **options: Any) -> list[Department]:
    return list(
        departments(build_tables(ledger), REGISTRY_SHA, tool_version=TOOL_VERSION, **options)
    )


@pytest.fixture
def big_data(ledger: Ledger) -> Any:
    return load(department_workbook(specs(ledger)[0]))


def test_one_workbook_per_unit_with_assignments_in_registry_order(ledger: Ledger) -> None:
    assert [(d.path, d.n_tasks, d.counts) for d in specs(ledger)] == [
        ("departments/市大数据局.xlsx", 3, (2, 0, 1, 0)),
        ("departments/市政务办.xlsx", 2, (1, 0, 1, 0)),
        ("departments/市财政局.xlsx", 2, (0, 0, 2, 0)),
        ("departments/甲区政府.xlsx", 2, (0, 0, 1, 1)),
    ]


def test_title_block_names_the_plan_its_number_and_dates(big_data: Any) -> None:
    assert big_data.sheetnames == ["任务清单", "填报说明", "_meta"]
    rows = values(big_data["任务清单"])
    assert [r[0] for r in rows[:4]] == [
        "市大数据局《测试市数字政府建设行动方案》任务落实情况台账",
        "测试市人民政府　文号：测政〔2023〕9号　成文日期：2023年12月25日　印发日期：2024年1月8日",
        "本单位共承担 3 项任务：主牵头 2 项、牵头 0 项、责任 1 项、配合 0 项。"
        "黄色单元格为填报区域，其余内容已锁定；填报方法见“填报说明”工作表。",
        "报送期次：未指定　　报送时限：未指定",
    ]
    assert {"A1:L1", "A2:L2", "A3:L3", "A4:L4"} <= {
        str(r) for r in big_data["任务清单"].merged_cells.ranges
    }


def test_one_row_per_task_with_role_manner_and_derived_deadline(big_data: Any) -> None:
    ws = big_data["任务清单"]
    rows = values(ws)
    assert rows[6] == HEADER
    blank = (None,) * 4
    body = [r[:-1] for r in rows[7:]]
    assert body == [
        (1, "推进数据共享", "推动政务数据共享，建设全市统一的数据共享交换平台。", "主牵头",
         "直接点名", "市大数据局", "市财政局、市政务办", "2025年底前（方案总体目标）", *blank,
         "plan-a#1"),
        (2, "优化政务服务", "持续深化“一网通办”，推进“高效办成一件事”。", "责任",
         "经“市政府各部门”覆盖", "市政务办", "市政府各部门", "2025年底前", *blank, "plan-a#2"),
        (3, "加强安全保障", "强化数据安全管理 & 技术防护，落实<等级保护>制度。", "主牵头",
         "直接点名", "市大数据局", "各区县（市）人民政府", "2025年底前（方案总体目标）", *blank,
         "plan-a#3"),
    ]  # fmt: skip
    assert ws["H8"].font.i is True and ws["H9"].font.i is False  # derived deadlines in italics


def test_the_checksum_covers_the_locked_cells_as_read_back(big_data: Any) -> None:
    ws = big_data["任务清单"]
    locked = locked_columns(HEADER)
    for row in values(ws)[7:]:
        cells = dict(zip(HEADER, row, strict=True))
        texts = ["" if cells[t] is None else str(cells[t]) for t in locked]
        assert cells["校验码"] == row_checksum(texts)


def test_header_block_inputs_are_unlocked_and_recorded_in_meta(big_data: Any) -> None:
    ws = big_data["任务清单"]
    meta = dict(values(big_data["_meta"]))
    fields = json.loads(meta["fields"])
    assert fields == dict(zip(HEADER_FIELDS, ("C5", "F5", "I5", "C6", "F6", "I6"), strict=True))
    for label, ref in fields.items():
        cell = ws[ref]
        assert (cell.protection.locked, cell.fill.fgColor.rgb) == (False, "00FFF2CC")
        assert cell.number_format == "@"
        assert label in [c.value for c in ws[ref[1:]]]


def test_only_the_shaded_fill_in_cells_are_unlocked(big_data: Any) -> None:
    ws = big_data["任务清单"]
    p = ws.protection
    assert (p.sheet, p.password) == (True, None)
    assert (p.autoFilter, p.sort, p.formatColumns, p.formatRows) == (False, False, False, False)
    for row in range(8, 11):
        for col in "ABCDEFGHMN":
            assert ws[f"{col}{row}"].protection.locked is True
        for col in FILL:
            cell = ws[f"{col}{row}"]
            assert (cell.protection.locked, cell.fill.fgColor.rgb) == (False, "00FFF2CC")
            assert cell.number_format == "@"
    assert ws["A7"].protection.locked is True


def test_status_is_a_dropdown_of_the_status_list_in_file_order(big_data: Any) -> None:
    (dv,) = big_data["任务清单"].data_validations.dataValidation
    assert (dv.type, dv.formula1, str(dv.sqref)) == (
        "list",
        '"' + ",".join(STATUSES) + '"',
        "J8:J10",
    )
    assert (dv.showErrorMessage, dv.errorStyle) == (True, "stop")
    assert dv.error == "请从列表中选择：已完成、序时推进、进度滞后、未启动、需协调。"


def test_layout_and_printing(big_data: Any) -> None:
    ws = big_data["任务清单"]
    assert ws.freeze_panes == "C8"
    assert ws.auto_filter.ref == "A7:L10"
    assert ws.print_title_rows == "$7:$7"
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0
    )  # fmt: skip
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert widths(ws) == dict(
        zip("ABCDEFGHIJKLMN", (4, 10, 28, 7, 10, 10, 11, 9, 15, 9, 8, 8, 24, 18), strict=True)
    )
    assert sum(list(widths(ws).values())[:12]) == 129  # one A4 landscape page at ≥ 9 pt
    assert hidden(ws) == {"M", "N"}
    assert [ws.row_dimensions[r].height for r in range(8, 11)] == [64, 49, 64]
    assert (ws["C8"].font.name, ws["C8"].font.sz, ws["A7"].font.b) == ("宋体", 10.5, True)
    assert ws["C8"].alignment.wrap_text is True
    assert ws.oddHeader.right.text == "文号：测政〔2023〕9号"
    assert ws.oddFooter.left.text == "成文日期：2023年12月25日　印发日期：2024年1月8日"
    assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_the_meta_sheet_follows_the_contract(big_data: Any) -> None:
    meta = big_data["_meta"]
    assert meta.sheet_state == "veryHidden"
    rows = values(meta)
    assert [r[0] for r in rows] == list(META_KEYS)
    got = dict(rows)
    assert {k: got[k] for k in ("format", "format_version", "unit_id", "round", "due")} == {
        "format": FORMAT,
        "format_version": "2",
        "unit_id": "big_data",
        "round": None,  # an empty string reads back as an empty cell
        "due": None,
    }
    assert json.loads(got["sources"]) == {"plan-a": SHA_A}
    assert json.loads(got["columns"]) == list(HEADER)
    assert (got["header_row"], got["tool_version"]) == ("7", TOOL_VERSION)


def test_the_workbook_records_what_it_was_made_from(big_data: Any) -> None:
    props = {p.name: p.value for p in big_data.custom_doc_props.props}
    assert props == {
        "format": FORMAT,
        "format_version": "2",
        "unit_id": "big_data",
        "unit_name": "郑州市大数据管理局",
        "doc_ids": '["plan-a"]',
        "round": None,  # "" reads back as None
        "source_sha256": SHA_A,
        "registry_sha256": REGISTRY_SHA,
    }
    assert big_data.properties.created.date() == date(2024, 1, 8)


def test_the_round_and_due_date_are_printed_and_recorded(ledger: Ledger) -> None:
    dep = specs(ledger, round_="2026-12", due=date(2026, 12, 25))[0]
    book = load(department_workbook(dep))
    assert values(book["任务清单"])[3][0] == "报送期次：2026年12月　　报送时限：2026年12月25日前"
    meta = dict(values(book["_meta"]))
    assert (meta["round"], meta["due"]) == ("2026-12", "2026-12-25")


def test_the_guide_explains_how_to_fill_in(big_data: Any) -> None:
    ws = big_data["填报说明"]
    rows = values(ws)
    assert rows[0][0] == "填报说明"
    assert [r[0] for r in rows[1:11]] == [f"{i}." for i in range(1, 11)]
    assert rows[1][1].startswith("本工作簿列出《测试市数字政府建设行动方案》中由市大数据局承担")
    assert "已完成、序时推进、进度滞后、未启动、需协调" in rows[6][1]
    assert rows[12:] == [
        ("序号", "方案", "发文机关", "文号", "成文日期", "印发日期"),
        ("1", "《测试市数字政府建设行动方案》", "测试市人民政府", "测政〔2023〕9号",
         "2023年12月25日", "2024年1月8日"),
    ]  # fmt: skip
    assert ws.protection.sheet is True


@pytest.mark.parametrize(
    "title", ['=HYPERLINK("http://example.invalid","点我")', "+1", "-1+1", "@SUM(A1)"]
)
def test_no_text_becomes_a_formula(title: str) -> None:
    book = load(department_workbook(specs(small_ledger(first_title=title))[0]))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    b8 = book["任务清单"]["B8"]
    assert (b8.value, b8.data_type, b8.quotePrefix) == (title, "s", True)
    assert book["任务清单"]["B9"].quotePrefix is False


def test_several_plans_add_plan_and_section_columns(two_plans: Ledger) -> None:
    first = specs(two_plans)[0]
    book = load(department_workbook(first))
    ws = book["任务清单"]
    rows = values(ws)
    assert rows[0][0] == "市大数据局任务落实情况台账"
    assert rows[1][0] == "本表涉及 2 份方案，各方案的文号和日期见“填报说明”工作表。"
    assert rows[6][:4] == ("所属方案", "所属部分", "序号", "重点任务")
    assert [r[:3] for r in rows[7:]] == [
        ("测试市数字政府建设行动方案", None, 1),
        ("测试市数字政府建设行动方案", None, 2),
        ("测试市数字政府建设行动方案", None, 3),
        ("测试市智慧城市实施方案", "一、城市治理", 1),
    ]
    assert ws.freeze_panes == "E8"
    assert str(ws.data_validations.dataValidation[0].sqref) == "L8:L11"
    assert ws.oddHeader.right.text == "涉及 2 份方案"
    meta = dict(values(book["_meta"]))
    assert json.loads(meta["sources"]) == {"plan-a": SHA_A, "plan-b": SHA_B}


def test_a_table_longer_than_a_sheet_continues_on_the_next(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    rows = department_rows(tables, department_columns(tables), round_="", max_rows=9)
    dep = next(departments(tables, REGISTRY_SHA, tool_version=TOOL_VERSION, rows=rows))
    book = load(department_workbook(dep))
    assert book.sheetnames == ["任务清单", "任务清单（续2）", "填报说明", "_meta"]
    first, second = (values(book[n]) for n in book.sheetnames[:2])
    assert [r[12] for r in first[7:]] == ["plan-a#1", "plan-a#2"]
    assert [r[12] for r in second[7:]] == ["plan-a#3"]
    assert rows.filter(unit_id="big_data").select("sheet", "row").rows() == [(0, 8), (0, 9), (1, 8)]


def test_a_text_longer_than_a_cell_is_refused_not_cut() -> None:
    check_text("字" * CELL_LIMIT, "任务清单!C8")
    with pytest.raises(
        ExportError, match=r"任务清单!C8: 32768 characters, more than Excel's 32767"
    ):
        check_text("字" * (CELL_LIMIT + 1), "任务清单!C8")
    with pytest.raises(ExportError, match="control character"):
        check_text("推进\x07数据", "任务清单!B8")


def test_a_status_list_too_long_for_a_dropdown_is_refused() -> None:
    assert dropdown_formula(STATUSES) == '"已完成,序时推进,进度滞后,未启动,需协调"'
    with pytest.raises(ExportError, match="255"):
        dropdown_formula(tuple(f"状态{i:03d}很长很长很长" for i in range(30)))


def test_row_heights_never_pass_excels_limit() -> None:
    long_body = small_ledger(first_title="长" * 3000)
    dep = specs(long_body)[0]
    ws = load(department_workbook(dep))["任务清单"]
    assert ws.row_dimensions[8].height == 409


def test_the_writer_names_the_cell_of_a_text_that_slipped_past_validation() -> None:
    dep = specs(small_ledger(first_title="长" * (CELL_LIMIT + 1)))[0]
    with pytest.raises(ExportError, match=r"任务清单!B8: 32768 characters"):
        department_workbook(dep)


@pytest.mark.parametrize(
    "name", ["", "任" * 32, "任务[1]", "a:b", "a/b", "a\\b", "a?", "a*", "任务清单"]
)
def test_a_sheet_name_excel_refuses_is_an_error(name: str) -> None:
    with pytest.raises(ExportError, match="sheet name"):
        sheet_title(name, ["任务清单"])


def test_a_sheet_name_excel_takes_is_kept() -> None:
    assert sheet_title("任" * 31, ["任务清单"]) == "任" * 31
    assert sheet_title("任务清单（续2）", ["任务清单"]) == "任务清单（续2）"


class _Answer:
    def __init__(self, *texts: str | None) -> None:
        self.texts = texts

    def fill_ins(self) -> tuple[str | None, str | None, str | None, str | None]:
        progress, status, problems, next_steps = self.texts
        return progress, status, problems, next_steps


def test_carried_answers_prefill_the_fill_in_cells_of_their_unit_and_task(ledger: Ledger) -> None:
    tables = build_tables(ledger)
    answer = _Answer("已完成平台方案编制。", "序时推进", None, "年底前完成招标。")
    carried = {
        "big_data": {"plan-a#3": answer},
        "finance": {"plan-a#3": _Answer("x", None, None, None)},
    }
    rows = department_rows(tables, department_columns(tables), round_="2027-01", carried=carried)
    mine = rows.filter(unit_id="big_data").select("task_id", *FILL_IN_COLUMNS).rows()
    assert mine == [
        ("1", None, None, None, None),
        ("2", None, None, None, None),
        ("3", "已完成平台方案编制。", "序时推进", None, "年底前完成招标。"),
    ]
    # finance owes no task 3: its answer has no row to land on; nobody else's cells change.
    assert (
        rows.filter(pl.col("unit_id") != "big_data").select(FILL_IN_COLUMNS).null_count().row(0)
        == (rows.height - 3,) * 4
    )
    ws = load(department_workbook(specs(ledger, rows=rows)[0]))["任务清单"]
    assert values(ws)[9][8:12] == ("已完成平台方案编制。", "序时推进", None, "年底前完成招标。")
    assert ws.cell(10, 9).protection.locked is False


def test_the_header_blocks_hint_is_boxed_in_grey_beside_its_fields(big_data: Any) -> None:
    ws = big_data["任务清单"]
    assert "J5:L6" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["J5"].value == "日期请写成 2026年12月20日 的形式；填报单位处盖章后扫描报送。"
    assert (ws["J5"].font.sz, ws["J5"].font.color.rgb) == (9, "00595959")
    # the merged block's edge cells carry its edges, so it prints as a box
    assert all(ws[ref].border.top.style == "thin" for ref in ("J5", "K5", "L5"))
    assert all(ws[ref].border.bottom.style == "thin" for ref in ("J6", "K6", "L6"))
    assert (ws["J5"].border.left.style, ws["J6"].border.left.style) == ("thin", "thin")
    assert (ws["L5"].border.right.style, ws["L6"].border.right.style) == ("thin", "thin")
