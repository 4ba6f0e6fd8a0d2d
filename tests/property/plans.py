"""Hypothesis strategies that write action plans: every numbering style, clause word,
separator, encoding, line ending and BOM, and noise injected into them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from hypothesis import strategies as st

from pipeline.registry.lookup import load_registry

_CN = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """Return ``n`` (1–99) in Chinese numerals: 一, 十, 十二, 二十, 二十三."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "")


def full_width(n: int) -> str:
    """Return ``n`` in full-width digits: １２."""
    return "".join(chr(ord("０") + int(d)) for d in str(n))


#: Digit forms a task number is generated in.
DIGIT_FORMS: dict[str, Callable[[int], str]] = {
    "ascii": str,
    "chinese": chinese,
    "full_width": full_width,
}

#: Task label templates per digit form: ``{}`` is the number.
LABELS = {
    "ascii": ("{}）", "{})", "{}.", "{}、", "（{}）", "({})"),
    "chinese": ("{}、", "（{}）"),
    "full_width": ("{}）", "{}.", "{}、", "（{}）"),
}
LEAD_WORDS = ("牵头单位", "牵头部门", "牵头责任单位", "主责单位")
RESPONSIBLE_WORDS = ("责任单位", "责任部门", "负责单位")
SEPARATORS = ("、", "，", "；")
COLONS = ("：", ":")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
NEWLINES = ("\n", "\r\n", "\r")
_WORDS = (
    "推进", "数字", "政府", "建设", "完善", "平台", "服务", "治理", "数据", "共享",
    "应用", "体系", "提升", "能力", "加强", "安全", "创新", "机制", "城市", "基层",
)  # fmt: skip
#: Characters noise is drawn from: lost text, controls, bidi and zero-width characters,
#: brackets, clause punctuation, and anything else.
NOISE = (
    "?？\ufffd□\x00\x01\x7f\x85\u202e\u200b\ufeff（）()：:；、，。\n\r\t 《》〔〕【】牵头单位责任"
)


@dataclass(frozen=True, slots=True)
class Task:
    """A generated task: its number, title and units by role."""

    no: int
    title: str
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    label: str = ""  # as printed: 1）, （一）, ...


@dataclass(frozen=True, slots=True)
class Plan:
    """A generated plan: its text (LF line endings) and what it says."""

    title: str
    tasks: tuple[Task, ...]
    text: str


def _units() -> tuple[str, ...]:
    """Return registry short names that resolve, each to one unit, whenever resolved."""
    registry = load_registry(None)
    names = []
    for unit in registry.select():
        found = registry.resolve(unit.short_name)
        single = found.resolved and len(found.units) == 1 and found.collective is None
        if single and unit.valid_on(None) and unit.short_name.isalnum():
            names.append(unit.short_name)
    return tuple(sorted(set(names)))


UNITS = _units()

phrase = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6).map("".join)


@st.composite
def tasks(draw: st.DrawFn, no: int) -> Task:
    """Draw task ``no``: a title, and distinct lead and responsible units."""
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=5, unique=True))
    split = draw(st.integers(1, len(units)))
    return Task(no, draw(phrase), tuple(units[:split]), tuple(units[split:]))


@st.composite
def plans(draw: st.DrawFn, digit_forms: tuple[str, ...] = tuple(DIGIT_FORMS)) -> Plan:
    """Draw a valid plan: a title in 《》, a preamble, and 1–12 numbered tasks."""
    form = draw(st.sampled_from(digit_forms))
    label = draw(st.sampled_from(LABELS[form]))
    number = DIGIT_FORMS[form]
    title = "郑州市" + draw(phrase) + "行动方案"
    n = draw(st.integers(1, 12))
    drawn = tuple(
        replace(draw(tasks(no)), label=label.format(number(no))) for no in range(1, n + 1)
    )
    colon = draw(st.sampled_from(COLONS))
    sep = draw(st.sampled_from(SEPARATORS))
    lead_word = draw(st.sampled_from(LEAD_WORDS))
    resp_word = draw(st.sampled_from(RESPONSIBLE_WORDS))
    one_line = draw(st.booleans())
    lines = [f"《{title}》", f"为{draw(phrase)}，制定本方案。", "提出的重点任务："]
    for task in drawn:
        clause = f"{lead_word}{colon}{sep.join(task.lead)}"
        if task.responsible:
            clause += f"；{resp_word}{colon}{sep.join(task.responsible)}"
        head = task.label + task.title
        body = f"{draw(phrase)}，{draw(phrase)}。（{clause}）"
        lines += [f"{head}。{body}"] if one_line else [head, body]
    return Plan(title, drawn, "\n".join(lines) + "\n")


def encode(text: str, encoding: str, newline: str) -> bytes:
    """Return ``text`` with ``newline`` line endings in ``encoding`` (utf-16: with a BOM)."""
    return text.replace("\n", newline).encode(encoding)


@st.composite
def noisy(draw: st.DrawFn, text: str) -> str:
    """Return ``text`` with a few characters inserted, deleted or lines repeated."""
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("insert", "insert", "delete", "line", "any")))
        if action == "insert":
            text = (
                text[:at]
                + draw(st.text(st.sampled_from(NOISE), min_size=1, max_size=8))
                + text[at:]
            )
        elif action == "any":
            text = text[:at] + draw(st.text(min_size=1, max_size=4)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        else:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end + 1
            text = text[:line_end] + text[line_start:line_end] + text[line_end:]
    return text
