"""Build the ledger's 说明 sheet: for the office first, the audit trail last.

First the plan (name, issuer, 文号, dates) and its size, once; what 牵头, 责任 and 配合
mean; what to do with the ledger and the department workbooks; the sheets. Last the
detail an auditor checks: source file and hashes, cleaning counts, corrections.
"""

from __future__ import annotations

import polars as pl
from openpyxl import Workbook

from pipeline import columns
from pipeline.export.identity import Identity, chinese_date
from pipeline.export.tables import HOW_TITLE, Tables, file_name
from pipeline.export.xlsx_table import Styles, start_sheet, text_height
from schemas.tables import DocumentsSchema

NAME = "说明"
WIDTHS = (14.0, 66.0)  # fits A4 portrait at 100%
DOCUMENT = columns.titles(DocumentsSchema)  # labels of the plan's own fields
# Cleaning steps by their Chinese name; a step not listed is printed as it is called.
STEPS = {
    "newlines": "统一换行符",
    "markdown_emphasis": "删除 Markdown 加粗符号",
    "rejoined_lines": "合并断行",
    "pinyin_glosses": "删除拼音注音",
    "traditional_to_simplified": "繁体转简体",
    "punctuation": "规范标点",
    "run_on_articles": "条文分行",
    "spaced_articles": "条号与正文分开",
    "corrections": "人工校正",
}
ROLES = (
    ("主牵头", "牵头单位中排在第一位的单位：负总责，组织推进并汇总进展。"),
    ("牵头", "组织推进该项任务，协调责任单位，汇总报送进展。"),
    ("责任", "按分工负责落实该项任务中属于本单位职责的工作。"),
    ("配合", "配合牵头单位开展工作，按要求提供支持。"),
    (
        HOW_TITLE,
        "直接点名：方案写明了该单位（含简称）；经“市政府各部门”等覆盖：方案写的是统称，"
        "该单位是统称所含的单位之一。",
    ),
)
STEPS_TO_DO = (
    "把 departments 文件夹中的工作簿分别发给各单位（文件名即单位简称，见“单位统计”）。",
    "各单位在工作簿的黄色单元格中填报工作进展、完成状态、存在问题和下一步计划，按报送时限交回。",
    "单位顺序与方案原文一致；牵头单位中排在第一位的是主牵头单位。",
    "完成时限：方案写明的照录；未写明的按方案总体目标推定，注明“（方案总体目标）”；"
    "方案也没有总体目标的写“方案未明确”。",
)
SHEETS = (
    ("总体目标", "方案提出的分年度目标。"),
    ("重点任务", "每项任务一行：编号、名称、全文、牵头单位、责任单位、完成时限。"),
    ("分工明细", "每个单位在每项任务中的分工一行：角色、排序、承担方式、原文行号。"),
    (
        "单位统计",
        "每个单位牵头、责任、配合的任务项数，下发的工作簿，及承担任务最多的 20 个单位图。",
    ),
    ("分工矩阵", "单位为行、任务编号为列，单元格标出牵头、责任、配合；任务名称见表下的编号对照。"),
)


def about_sheet(
    book: Workbook,
    styles: Styles,
    identity: Identity,
    tables: Tables,
    registry_sha256: str,
    tool_version: str,
) -> None:
    """Add the 说明 sheet."""
    rows = start_sheet(book, styles, identity, name=NAME, title=f"{identity.title}：说明",
                       widths=WIDTHS, landscape=False)  # fmt: skip
    docs = tables.documents
    counts = _counts(tables)

    def section(title: str) -> None:
        rows.append([(title, "section")], height=22)  # unwrapped: runs on over column B

    def pair(label: str, value: str) -> None:
        height = max(text_height(label, WIDTHS[0]), text_height(value, WIDTHS[1]))
        rows.append([(label, "label"), (value, "body")], height=height)

    for i, doc in enumerate(docs.iter_rows(named=True), 1):
        section("方案" if docs.height == 1 else f"方案 {i}")
        pair(DOCUMENT["title"], f"《{doc['title']}》")
        pair(DOCUMENT["issuer"], doc["issuer"] or "未注明")
        pair(DOCUMENT["document_number"], doc["document_number"] or "未注明")
        pair(DOCUMENT["signed"], chinese_date(doc["signed"]))
        pair(DOCUMENT["published"], chinese_date(doc["published"]))
        n_tasks, n_units, n_rows = counts.get(doc["doc_id"], (0, 0, 0))
        pair("规模", f"重点任务 {n_tasks} 项，涉及单位 {n_units} 个，分工条目 {n_rows} 条")
    if docs.height > 1:
        section("合计")
        total = (tables.tasks.height, tables.units.height, tables.assignments.height)
        pair("规模", f"{docs.height} 份方案：重点任务 {total[0]} 项，涉及单位 {total[1]} 个，"
                     f"分工条目 {total[2]} 条")  # fmt: skip
    section("角色")
    for label, text in ROLES:
        pair(label, text)
    section("怎么用")
    for i, text in enumerate(STEPS_TO_DO, 1):
        pair(f"第 {i} 步" if i <= 2 else "说明", text)
    section("工作表")
    for name, text in SHEETS:
        pair(name, text)
    section("审核信息")
    cleaning = _by_doc(_cleaning_lines(tables.cleaning), "；")
    corrections = _by_doc(_correction_lines(tables.corrections), "\n")
    for doc in docs.iter_rows(named=True):
        prefix = "" if docs.height == 1 else f"《{doc['title']}》"
        pair(f"{prefix}{DOCUMENT['source']}", file_name(doc["source"]))
        pair(DOCUMENT["sha256"], doc["sha256"])
        pair("文本清洗", cleaning.get(doc["doc_id"], "无"))
        pair("人工校正", corrections.get(doc["doc_id"], "无"))
    pair("单位名录 SHA-256", registry_sha256)
    pair("生成工具", f"plan-ledger {tool_version}")


def _counts(tables: Tables) -> dict[str, tuple[int, int, int]]:
    """Return per document: tasks, units and assignments."""
    tasks = dict(tables.tasks.group_by("doc_id").len().iter_rows())
    assigned = tables.assignments.group_by("doc_id").agg(pl.col("unit_id").n_unique(), pl.len())
    return {
        doc_id: (tasks.get(doc_id, 0), units, rows) for doc_id, units, rows in assigned.iter_rows()
    } | {doc_id: (n, 0, 0) for doc_id, n in tasks.items() if doc_id not in assigned["doc_id"]}


def _cleaning_lines(steps: pl.DataFrame) -> list[tuple[str, str]]:
    return [
        (doc_id, f"{STEPS.get(step, step)} {n} 处")
        for doc_id, step, n in steps.select("doc_id", "step", "count").rows()
        if n
    ]


def _correction_lines(fixes: pl.DataFrame) -> list[tuple[str, str]]:
    lines = []
    for doc_id, find, replace, reason, count, line in fixes.select(
        "doc_id", "find", "replace", "reason", "count", "line"
    ).rows():
        where = f"第 {line} 行，{count} 处" if count else "未匹配，已失效"
        lines.append((doc_id, f"「{find}」→「{replace}」（{where}）：{reason}"))
    return lines


def _by_doc(lines: list[tuple[str, str]], separator: str) -> dict[str, str]:
    grouped: dict[str, list[str]] = {}
    for doc_id, text in lines:
        grouped.setdefault(doc_id, []).append(text)
    return {doc_id: separator.join(texts) for doc_id, texts in grouped.items()}
