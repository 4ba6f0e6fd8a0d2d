"""Build the ledger's 说明 sheet: where the ledger comes from and what was done to the text."""

from __future__ import annotations

from typing import Any

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
    for i, doc in enumerate(docs.iter_rows(named=True), 1):
        if docs.height > 1:
            pairs.append((f"方案 {i}", ""))
        pairs += _document(tables, doc)
    pairs += [
        ("重点任务合计", f"{tables.tasks.height} 项"),
        ("承担任务的单位", f"{tables.units.height} 个"),
        ("分工条目合计", f"{tables.assignments.height} 条"),
        ("单位名录 SHA-256", registry_sha256),
        ("生成工具", f"plan-ledger {tool_version}"),
        *((f"工作表：{name}", text) for name, text in SHEETS),
    ]
    title = "说明" if docs.height > 1 else f"《{docs['title'][0]}》任务分工台账说明"
    widths = (18, 90)
    body = "".join(
        row(r, [(label, Style.LABEL), (value, Style.TEXT)], fit_height([(value, widths[1])]))
        for r, (label, value) in enumerate(pairs, 2)
    )
    return Sheet(
        name=NAME,
        rows=row(1, [(title, Style.TITLE)], height=30) + body,
        widths=widths,
        merges=("A1:B1",),
        protect=False,
        landscape=False,
    )


def _document(tables: Tables, doc: dict[str, Any]) -> list[tuple[str, str]]:
    doc_id = doc["doc_id"]
    mine = pl.col("doc_id") == doc_id
    assignments = tables.assignments.filter(mine)
    published = doc["published"]
    return [
        ("标题", doc["title"]),
        ("发文单位", doc["issuer"] or "—"),
        ("发布日期", published.isoformat() if published else "—"),
        ("来源文件", file_name(doc["source"])),
        ("来源文件 SHA-256", doc["sha256"]),
        ("重点任务", f"{tables.tasks.filter(mine).height} 项"),
        ("涉及单位", f"{assignments['unit_id'].n_unique()} 个"),
        ("分工条目", f"{assignments.height} 条"),
        ("文本清洗", _cleaning(tables.cleaning.filter(mine))),
        ("人工校正", _corrections(tables.corrections.filter(mine))),
    ]


def _cleaning(steps: pl.DataFrame) -> str:
    done = [
        f"{STEPS.get(step, step)} {n} 处" for step, n in steps.select("step", "count").rows() if n
    ]
    return "；".join(done) or "无"


def _corrections(fixes: pl.DataFrame) -> str:
    lines = []
    for find, replace, reason, count, line in fixes.select(
        "find", "replace", "reason", "count", "line"
    ).rows():
        where = f"第 {line} 行，{count} 处" if count else "未匹配，已失效"
        lines.append(f"「{find}」→「{replace}」（{where}）：{reason}")
    return "\n".join(lines) or "无"
