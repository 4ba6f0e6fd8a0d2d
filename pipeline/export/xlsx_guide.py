"""Write a department workbook's 填报说明 sheet and its very hidden ``_meta`` sheet."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from pipeline.export.department_record import Department
from pipeline.export.identity import chinese_date
from pipeline.export.xlsx_looks import Looks
from pipeline.export.xlsx_task_sheet import merge, put, round_text
from pipeline.workbook_format import FILL_IN_COLUMNS, HEADER_FIELDS, META_KEYS, META_SHEET

GUIDE = "填报说明"
_WIDTHS = (6, 36, 16, 18, 14, 14)
#: The columns of the list of plans under the steps (their files and SHA-256 are in _meta).
PLAN_COLUMNS = ("序号", "方案", "发文机关", "文号", "成文日期", "印发日期")
_CHARS_PER_LINE = 48  # CJK characters per line of the merged step cells at 10.5 pt


def guide_steps(dep: Department) -> list[str]:
    """Return the numbered instructions for filling in ``dep``'s workbook."""
    primary, lead, resp, coop = dep.counts
    source = f"《{dep.plans[0].title}》" if len(dep.plans) == 1 else f"{len(dep.plans)} 份方案"
    statuses = "、".join(dep.statuses)
    due = f"{chinese_date(dep.due)}前" if dep.due else "未指定，以通知为准"
    return [
        f"本工作簿列出{source}中由{dep.short_name}承担的全部 {dep.n_tasks} 项任务"
        f"（主牵头 {primary} 项、牵头 {lead} 项、责任 {resp} 项、配合 {coop} 项），每行一项。",
        "“承担角色”是本单位在该项任务中的职责：主牵头——方案列在首位的牵头单位，组织推进并汇总"
        "进展；牵头——共同牵头；责任——按分工负责落实；配合——配合牵头单位开展工作。",
        "“承担方式”说明本单位为何承担该任务：“直接点名”是方案列出了本单位；"
        "“经“市政府各部门”覆盖”等是方案以统称布置、本单位包含在内。",
        "“完成时限”为方案规定的时限；方案对该项任务未规定时，以灰色斜体列出方案总体目标的年份"
        "（如“2025年底前（方案总体目标）”），仍未规定的写“方案未明确”。",
        f"请先在表头填写：{'、'.join(HEADER_FIELDS)}；再在每行黄色单元格中填写："
        f"{'、'.join(FILL_IN_COLUMNS)}。白色单元格是任务信息，已锁定，不能修改。",
        f"“完成状态”请点击单元格右侧的下拉箭头选择：{statuses}。"
        "选择“进度滞后”或“需协调”时，请在“存在问题”中写明原因、需要协调的事项和单位；"
        "选择“已完成”时，请在“工作进展”中写明完成情况。",
        f"报送期次：{round_text(dep.round)}；报送时限：{due}。"
        "单元格内换行请按 Alt+Enter；可用表头的筛选按钮筛选。",
        "请不要插入或删除行、列，不要修改工作表名称。隐藏的“任务编码”“校验码”两列用于"
        "汇总时把填报内容对应回总台账，并发现被改动的任务信息。",
        "工作表保护没有设置密码，只为防止误改任务信息。如发现任务信息有误，"
        "请不要自行修改，请在“存在问题”中注明，或与下发本表的单位联系。",
        "填写完成后请直接保存为 .xlsx 格式（使用 WPS 时请勿另存为 .et 或 .xls），"
        "文件名保持不变，按要求报送。",
    ]


def guide_sheet(ws: Worksheet, dep: Department, looks: Looks) -> None:
    """Fill ``ws`` as the 填报说明 sheet: the steps, then one row per plan with its identity."""
    ws.title = GUIDE
    for i, width in enumerate(_WIDTHS):
        ws.column_dimensions["ABCDEF"[i]].width = width
    last = len(_WIDTHS)
    put(ws, 1, 1, GUIDE, looks, "title")
    merge(ws, 1, 1, 1, last)
    ws.row_dimensions[1].height = 32
    r = 2
    for n, step in enumerate(guide_steps(dep), 1):
        put(ws, r, 1, f"{n}.", looks, "plain")
        put(ws, r, 2, step, looks, "plain")
        merge(ws, r, 2, r, last)
        ws.row_dimensions[r].height = _height(step)
        r += 1
    r += 1
    # One row per plan and no merged cells: a corpus lists hundreds of plans here.
    for col, title in enumerate(PLAN_COLUMNS, 1):
        put(ws, r, col, title, looks, "header")
    for n, p in enumerate(dep.plans, 1):
        r += 1
        cells = (
            str(n),
            f"《{p.title}》",
            p.issuer or "未提供",
            p.document_number or "未提供",
            chinese_date(p.signed) if p.signed else "未提供",
            chinese_date(p.published) if p.published else "未提供",
        )
        for col, text in enumerate(cells, 1):
            put(ws, r, col, text, looks, "center" if col == 1 else "text")
    setup = ws.page_setup
    setup.orientation, setup.paperSize = "landscape", ws.PAPERSIZE_A4  # prints at full size
    setup.fitToWidth, setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True


#: Characters of a _meta value per cell (Excel holds 32,767).
META_CELL = 32_000


def meta_sheet(ws: Worksheet, pairs: dict[str, str]) -> None:
    """Fill ``ws`` as the very hidden ``_meta`` sheet: one key/value row per META_KEYS key.

    A value longer than a cell holds (``sources`` of a unit in a thousand plans is about
    100,000 characters) goes on in the next cells of its row, C, D, …; the reader joins
    them (``pipeline.collect.read``). Excel would cut it at 32,767 characters.
    """
    ws.title = META_SHEET
    ws.sheet_state = "veryHidden"
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 18, 80
    for r, key in enumerate(META_KEYS, 1):
        ws.cell(r, 1).value = key
        value = pairs[key]
        parts = [value[i : i + META_CELL] for i in range(0, len(value), META_CELL)] or [value]
        for c, part in enumerate(parts, 2):
            cell = ws.cell(r, c)
            cell.value = part
            cell.data_type = "s"  # never a formula, whatever the value starts with
    ws.protection.sheet = True


def _height(text: str) -> float:
    lines = sum(-(-max(len(part), 1) // _CHARS_PER_LINE) for part in text.split("\n"))
    return lines * 14.0 + 6
