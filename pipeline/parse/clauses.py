"""Find and split the unit clause that closes a task: （牵头单位：…；责任单位：…）."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Role

#: Clause words and what they introduce; "deadline" is not a role.
KEYWORDS: tuple[tuple[str, Role | None], ...] = (
    ("牵头责任单位", Role.LEAD),
    ("牵头单位", Role.LEAD),
    ("牵头部门", Role.LEAD),
    ("责任单位", Role.RESPONSIBLE),
    ("责任部门", Role.RESPONSIBLE),
    ("主责单位", Role.RESPONSIBLE),
    ("配合单位", Role.COOPERATING),
    ("配合部门", Role.COOPERATING),
    ("参与单位", Role.COOPERATING),
    ("协同单位", Role.COOPERATING),
    ("协办单位", Role.COOPERATING),
    ("完成时限", None),
    ("完成期限", None),
    ("完成时间", None),
    ("时间节点", None),
    ("牵头", Role.LEAD),
)
_ROLE_OF = dict(KEYWORDS)
KEYWORD = re.compile("(" + "|".join(re.escape(k) for k, _ in KEYWORDS) + r")\s*[：:]\s*")
_SEPARATORS = "、，,；;　 \t\n"
_OPEN, _CLOSE = "（(〔[【", "）)〕]】"
_TRAILING = "。；;，,、. \t\n　"


@dataclass(frozen=True, slots=True)
class Part:
    """One clause part: a role (None for a deadline) and its value's clean span."""

    role: Role | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Clause:
    """A unit clause inside a task's text: its whole span and its parts."""

    start: int
    end: int
    parts: tuple[Part, ...]


def find_clause(text: str, start: int, end: int) -> Clause | None:
    """Find the unit clause in ``text[start:end]``: in brackets or running to the end."""
    first = KEYWORD.search(text, start, end)
    if first is None:
        return None
    before = first.start() - 1
    while before >= start and text[before] in " \t　":
        before -= 1
    if before >= start and text[before] in "（(":
        clause_start = before
        close = _balanced_close(text, before, end)
        inner_end = close if close is not None else end
        clause_end = close + 1 if close is not None else end
    else:
        clause_start, inner_end, clause_end = first.start(), end, end
    keys = list(KEYWORD.finditer(text, first.start(), inner_end))
    parts = []
    for key, nxt in zip(keys, [*keys[1:], None], strict=True):
        value_end = nxt.start() if nxt else inner_end
        s, e = _strip(text, key.end(), value_end)
        parts.append(Part(_ROLE_OF[key.group(1)], s, e))
    return Clause(clause_start, clause_end, tuple(parts))


def split_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a clause value into unit spans at separators outside brackets."""
    spans: list[tuple[int, int]] = []
    depth, item = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "、"
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch in _SEPARATORS and depth == 0:
            s, e = _strip(text, item, i)
            if e > s:
                spans.append((s, e))
            item = i + 1
    return spans


def _balanced_close(text: str, open_at: int, end: int) -> int | None:
    depth = 0
    for i in range(open_at, end):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return i
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end
