"""Build the ledger's 说明 sheet: where the ledger comes from and what was done to the text."""

from __future__ import annotations

import polars as pl

from pipeline.export.tables import Tables, file_name
from pipeline.export.xlsx_cells import fit_height, row
from pipeline.export.xlsx_sheet import Sheet
from pipeline.export.xlsx_styles import Style

NAME = "说明"
# Cleaning steps by their Chinese name; a step not listed is printed as it is called.
STEPS = {
    "newlines": "统一换行符",
    "rejoined_lines": "合并断行",
    "pinyin_glosses": "删除拼音注音",
    "traditional_to_simplified": "繁体转简体",
    "punctuation": "规范标点",
    "corrections": "人工校正",
}
SHEETS = (
    ("总体目标", "方案提出的分年度目标。"),
    (
        "重点任务",
        "每项任务一行：编号、名称、全文、牵头单位、责任单位、完成时限。"
        "统称（如“市政府各部门”）按原文列出，所含单位见分工明细。",
    ),
    ("分工明细", "每个单位在每项任务中的分工一行：角色、原文表述、识别方式。"),
    ("单位统计", "每个单位牵头、负责、配合的任务项数，以及下发给它的工作簿。"),
    ("分工矩阵", "单位为行、任务为列，单元格标出牵头、责任、配合，颜色区分。"),
)


def about_sheet(tables: Tables, registry_sha256: str, tool_version: str) -> Sheet:
    """Return the 说明 sheet."""
    pairs: list[tuple[str, str]] = []
    docs = tables.documents
    counts = _counts(tables)
    cleaning = _by_doc(_cleaning_lines(tables.cleaning), "；")
    corrections = _by_doc(_correction_lines(tables.corrections), "\n")
    for i, doc in enumerate(docs.iter_rows(named=True), 1):
        doc_id, published = doc["doc_id"], doc["published"]
        n_tasks, n_units, n_rows = counts.get(doc_id, (0, 0, 0))
        if docs.height > 1:
            pairs.append((f"方案 {i}", ""))
        pairs += [
            ("标题", doc["title"]),
            ("发文单位", doc["issuer"] or "—"),
            ("发布日期", published.isoformat() if published else "—"),
            ("来源文件", file_name(doc["source"])),
            ("来源文件 SHA-256", doc["sha256"]),
            ("重点任务", f"{n_tasks} 项"),
            ("涉及单位", f"{n_units} 个"),
            ("分工条目", f"{n_rows} 条"),
            ("文本清洗", cleaning.get(doc_id, "无")),
            ("人工校正", corrections.get(doc_id, "无")),
        ]
    pairs += [
        ("重点任务合计", f"{tables.tasks.height} 项"),
        ("承担任务的单位", f"{tables.units.height} 个"),
        ("分工条目合计", f"{tables.assignments.height} 条"),
        ("单位名录 SHA-256", registry_sha256),
        ("生成工具", f"plan-ledger {tool_version}"),
        *((f"工作表：{name}", text) for name, text in SHEETS),
    ]
    title = f"《{docs['title'][0]}》任务分工台账说明" if docs.height == 1 else "说明"
    widths = (18, 90)
    body = "".join(
        row(r, [(label, Style.LABEL), (value, Style.TEXT)], fit_height([(value, widths[1])]))
        for r, (label, value) in enumerate(pairs, 2)
    )
    return Sheet(
        name=NAME,
        rows=(row(1, [(title, Style.TITLE)], height=30) + body,),
        widths=widths,
        merges=("A1:B1",),
        protect=False,
        landscape=False,
    )


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
