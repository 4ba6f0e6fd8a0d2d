"""Say which plan a deliverable comes from: its title, 文号 and dates, as an office prints them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

#: The date a workbook carries when no plan gives one (zip and core dates must be fixed).
FALLBACK_STAMP = date(2000, 1, 1)


def chinese_date(day: date | None) -> str:
    """Return ``day`` as Chinese text prints it (2024年1月8日), or "未注明"."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "未注明"


@dataclass(frozen=True, slots=True)
class Identity:
    """What every sheet of the ledger says about its plans, in its title block and margins."""

    title: str  # 《…》任务分工台账, or 任务分工台账（N 份方案）
    line: str  # 文号、成文日期、印发日期 (or how many plans and their dates)
    stamp: date  # the date the workbook file carries

    @classmethod
    def of(cls, documents: pl.DataFrame) -> Identity:
        """Return the identity of the plans in ``documents`` (one row per plan)."""
        stamps = [d for d in documents["published"].to_list() if d is not None]
        stamps += [d for d in documents["signed"].to_list() if d is not None]
        stamp = max(stamps, default=FALLBACK_STAMP)
        if documents.height == 1:
            doc = documents.row(0, named=True)
            return cls(f"《{doc['title']}》任务分工台账", plan_line(doc), stamp)
        numbered = documents["document_number"].drop_nulls().to_list()
        line = f"共 {documents.height} 份方案" + (
            f"：{'、'.join(numbered[:3])}{'等' if len(numbered) > 3 else ''}" if numbered else ""
        )
        return cls(f"任务分工台账（{documents.height} 份方案）", line, stamp)


def plan_line(doc: dict[str, object]) -> str:
    """Return one plan's 文号, 成文日期 and 印发日期 on one line, each only when known."""
    parts = []
    if doc.get("document_number"):
        parts.append(f"文号：{doc['document_number']}")
    for key, label in (("signed", "成文日期"), ("published", "印发日期")):
        day = doc.get(key)
        if isinstance(day, date):
            parts.append(f"{label}：{chinese_date(day)}")
    return "　".join(parts) or "文号、成文日期、印发日期：方案未注明"
