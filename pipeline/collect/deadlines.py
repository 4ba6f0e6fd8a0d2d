"""Read a deadline as a plan prints it (完成时限) into the last day it allows, where it can.

2024年底前 / 2024年年底 / 2024年 → 2024-12-31; 2025年6月 / 2025年6月底前 → 2025-06-30;
2025年6月15日 → that day; 2025年上半年 → 06-30, 下半年 → 12-31; 2025年第三季度 → 09-30;
2025年一季度 → 03-31. 长期坚持, 持续推进 and anything else without a year → None (no
deadline, so no light from it). When a text names several dates the last one counts.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_YEAR_PART = re.compile(
    r"(?P<year>20\d{2})\s*年"
    r"(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
    r"|\s*(?P<half>上|下)半年"
    r"|\s*第?(?P<quarter>[1-4一二三四])\s*季度)?"
)


def deadline_date(text: str | None) -> date | None:
    """Return the last day ``text`` allows, or None when it names no year."""
    if not text:
        return None
    last: date | None = None
    for match in _YEAR_PART.finditer(text):
        try:
            found = _end_of(match)
        except ValueError:
            continue
        last = found if last is None or found > last else last
    return last


def _end_of(match: re.Match[str]) -> date:
    year = int(match["year"])
    if match["month"]:
        month = int(match["month"])
        if match["day"]:
            return date(year, month, int(match["day"]))
        return date(year, month, calendar.monthrange(year, month)[1])
    if match["half"]:
        return date(year, 6, 30) if match["half"] == "上" else date(year, 12, 31)
    if match["quarter"]:
        q = match["quarter"]
        month = 3 * (_CN_DIGITS[q] if q in _CN_DIGITS else int(q))
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 12, 31)
