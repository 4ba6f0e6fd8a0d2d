"""Build a department workbook's instructions sheet and its hidden sheet of identifiers."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.export.tables import file_name
from pipeline.export.xlsx_cells import fit_height, row
from pipeline.export.xlsx_sheet import Sheet
from pipeline.export.xlsx_styles import Style
from pipeline.export.xml_text import escape

GUIDE = "填报说明"
META = "_meta"


def guide_steps(
    short_name: str, plans: Sequence[str], n: int, counts: tuple[int, int, int]
) -> list[str]:
    """Return the numbered instructions for filling in the workbook of ``short_name``."""
    lead, resp, coop = counts
    source = f"《{plans[0]}》" if len(plans) == 1 else f"{len(plans)} 份方案"
    return [
        f"本工作簿列出{source}中由{short_name}承担的全部 {n} 项任务"
        f"（牵头 {lead} 项、责任 {resp} 项、配合 {coop} 项），每行一项。",
        "“本单位角色”是本单位在该项任务中的职责：牵头——组织推进并汇总进展；"
        "责任——按分工负责落实；配合——配合牵头单位开展工作。",
        "白色单元格是任务信息，已锁定，不能修改。请在黄色单元格中填写："
        "工作进展、完成状态、存在问题、下一步计划、联系人、联系电话。",
        "“完成状态”请点击单元格右侧的下拉箭头选择：未启动、推进中、已完成、需协调。"
        "选择“需协调”时，请在“存在问题”中写明需要协调的事项和单位。",
        "单元格内换行请按 Alt+Enter。内容较多时可拖动行高、列宽查看，也可用表头的筛选按钮。",
        "请不要插入或删除行、列，不要修改工作表名称。表中有一列隐藏的任务编码，"
        "汇总时据此把各单位填报的内容对应回总台账。",
        "工作表保护没有设置密码，只为防止误改任务信息。如发现任务信息有误，"
        "请不要自行修改，请在“存在问题”中注明，或与下发本表的单位联系。",
        "填写完成后请直接保存为 .xlsx 格式（使用 WPS 时请勿另存为 .et 或 .xls），"
        "文件名保持不变，按要求报送。",
    ]


def guide_sheet(
    short_name: str, plans: Sequence[str], n: int, counts: tuple[int, int, int]
) -> Sheet:
    """Return the 填报说明 sheet."""
    steps = guide_steps(short_name, plans, n, counts)
    widths = (5, 90)
    rows = row(1, [(GUIDE, Style.TITLE)], height=32) + "".join(
        row(
            i,
            [(f"{i - 1}.", Style.PLAIN), (step, Style.PLAIN)],
            fit_height([(step, widths[1])]) + 4,
        )
        for i, step in enumerate(steps, 2)
    )
    return Sheet(name=GUIDE, rows=(rows,), widths=widths, merges=("A1:B1",), landscape=False)


def meta_sheet(
    properties: Sequence[tuple[str, str]], plans: Sequence[tuple[str, str, str]]
) -> Sheet:
    """Return the very hidden sheet recording what the workbook was made from.

    The properties as (key, value) rows, an empty row, then a table of the plans:
    ``plans`` holds (doc_id, source, sha256) per plan.
    """
    table = [("key", "value"), *properties, ("", ""), ("doc_id", "source", "sha256")]
    table += [(doc_id, file_name(source), sha256) for doc_id, source, sha256 in plans]
    return Sheet(name=META, rows=(_plain_rows(table),), widths=(40, 40, 70), state="veryHidden")


def _plain_rows(table: Sequence[Sequence[str]]) -> str:
    """Return ``table`` as rows of unstyled text cells (a plan corpus makes thousands)."""
    rows = []
    for r, values in enumerate(table, 1):
        cells = "".join(
            f'<c r="{col}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
            for col, v in zip("ABC", values, strict=False)
            if v
        )
        rows.append(f'<row r="{r}">{cells}</row>')
    return "".join(rows)
