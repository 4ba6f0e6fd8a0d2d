"""Find and split the unit clause of a task, by the grammar of schemas/grammar.toml.

Two forms are read: labelled (（牵头单位：…；责任单位：…）, or 牵头单位：… on lines of
their own) and label-less (（X牵头，Y配合）, （X负责）, （X牵头，Y等按职责分工负责）), and
both in one bracket (（X牵头，Y配合；完成时限：…）). A free sentence inside a clause
(…。以下任务均需…) and a note label's line (督办单位：…) are notes, never units.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from pipeline.grammar import CLAUSE, DEADLINE, LEADERS, MAX_UNIT, MEMBERS, NOTE, Grammar, Kind
from pipeline.model import Role
from pipeline.read.chinese import BLANKS, HAN, HAN_CHAR, NUMERALS, OMITTED, blank_from, unwrap

_TRAILING = "。；;，,、. \t\n　"
_SENTENCE = "。"
_LABELLESS_SEGMENT = "，,；;。\n"
#: 等 and a kind of unit closing a name (等各相关部门, 等公共企事业单位行业主管部门), the
#: owners it stands for (等无障碍设施所有权人或管理人), or a count of them (等5个部门,
#: 等十个单位): "etc."
_ETC_KIND = re.compile(
    f"等(?:[0-9０-９一二三四五六七八九十两]{{1,3}}个[{HAN}]{{0,6}}|[{HAN}]{{1,14}})"
    "(?:部门|单位|机构|主体|企业|人)$"
)
#: Words that open a remark in a role-less bracket, not a unit: （含开发区）, （不含市区）.
_NOT_UNIT = ("含", "不含", "包括", "其中", "即", "如", "以及", "详见", "见")
_MAX_UNITS_TEXT = 120
#: A notice's sign-off after its last item: the issuer's name, then the date, a line each.
_SIGN_OFF = re.compile(
    rf"(?:\n[ \t　]*[{HAN}（）()]{{2,30}}[ \t　]*)*\n[ \t　]*\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*"
)
#: The longest free segment read as a deadline (2025年12月31日前完成 is 16 characters).
_MAX_DEADLINE = 20


@dataclass(frozen=True, slots=True)
class Part:
    """One clause part: a role, ``deadline`` or ``leaders``, and its value's clean span."""

    kind: Kind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Clause:
    """A unit clause inside a task's text: its whole span, its parts and free sentences."""

    start: int
    end: int
    parts: tuple[Part, ...]
    notes: tuple[tuple[int, int], ...] = ()
    #: The clause is words of the task's own sentence (医疗卫生人员由县卫健局负责组织): the
    #: title keeps them.
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit's clean span (without an "etc." ending) and whether it had one.

    ``role`` is set when the unit carries its own role in brackets: 市发展改革委（牵头）.
    """

    start: int
    end: int
    etc: bool
    role: Role | None = None


def find_clause(
    text: str, start: int, end: int, grammar: Grammar, *, first_listed: bool = False
) -> Clause | None:
    """Find the unit clause in ``text[start:end]``: labelled first, then label-less, then
    a sentence that opens with one.

    ``first_listed``: the plan says the first unit of each list leads, so （X、Y负责） makes
    X, Y responsible (the parser then makes X the lead), not both leads.
    """
    return (
        _labelled(text, start, end, grammar, first_listed)
        or _labelless(text, start, end, grammar, first_listed)
        or _opening(text, start, end, grammar, first_listed)
        or _question(text, start, end, grammar)
        or _closing_part(text, start, end, grammar, first_listed)
        or _closing_bys(text, start, end, grammar)
    )


#: The longest free sentence opening a labelled bracket: a file number, not a task's text.
_MAX_REFERENCE = 12
#: 关于“…”的问题，由财政部牵头，会同国土资源部等部门落实。: the clause after the question.
_QUESTION = re.compile("问题[，,]由")
#: What the units after 会同 are to do: 等部门落实, 负责落实, 研究提出具体实施意见.
_TOGETHER_TAIL = re.compile("(?:负责)?(?:研究)?(?:提出)?(?:具体)?(?:落实|实施)?(?:意见|办理)?$")


def _reference(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]``, the start of a bracket before its first label, is a free
    sentence of its own (第1389号。, 编号A-03；) that names no role: no broken label such as
    牵头单位市数据中心。 and no 牵头 or 负责."""
    value = text[start:end].strip(BLANKS)
    return (
        0 < len(value) - 1 <= _MAX_REFERENCE
        and value[-1] in "。；"
        and not any(c in value[:-1] for c in "。；，、")
        and not any(word in value for word, _ in grammar.labels)
        and grammar.suffix_ending(value, 0, len(value) - 1) is None
    )


def _question(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Read the clause of a 分工 notice's item, in its own sentence after the question:
    关于“…”的问题，由X牵头，会同Y等部门落实 or 由X会同Y等部门研究提出意见 (X leads, Y
    cooperates), 由X、Y负责落实 (X and Y lead)."""
    found = _QUESTION.search(text, start, end)
    if found is None:
        return None
    at = found.end() - 1  # 由
    stop = text.find("。", at, end)
    stop = end if stop < 0 else stop
    parts: list[Part] = []
    for s, e in _segments(text, at, stop, grammar):
        s += text.startswith("由", s, e)
        joint = text.find("会同", s, e)
        if joint >= 0:  # X会同Y…: X leads unless a segment before did, Y cooperates
            if joint > s:  # X牵头会同Y, X分别牵头会同Y: the lead suffix is no part of X
                suffix = _lead_suffix(text, s, joint, grammar) or ""
                parts.append(Part(Role.LEAD, *_strip(text, s, joint - len(suffix))))
            tail = _TOGETHER_TAIL.search(text, joint + 2, e)
            y_end = tail.start() if tail is not None else e
            if y_end - (joint + 2) >= 2:
                parts.append(Part(Role.COOPERATING, *_strip(text, joint + 2, y_end)))
            continue
        clause = _suffix_clause(text, s, e, grammar, whole=True)
        if clause is None:
            return None
        parts += clause.parts
    if not any(p.kind is Role.LEAD for p in parts):
        return None
    return Clause(at, stop, tuple(parts), ())


def opening_clause(
    text: str,
    start: int,
    end: int,
    grammar: Grammar,
    first_listed: bool = False,
    *,
    led_in: bool = False,
    in_charge: bool = False,
) -> Clause | None:
    """Read ``text[start:end]`` if it opens with suffix segments, one of them a lead:
    由X副市长负责，市发改委牵头，相关部门配合，尽快完成…: the segments up to the first free
    one are the clause (the person a leader); the rest of the sentence is the task's.
    With ``led_in`` (an item's own opening), a unit in charge after 由 leads alone too:
    （三）由市农业局负责，继续开展…"""
    last, roles = None, []
    led = False  # a lead among ``roles`` (kept, not searched: a sentence may hold thousands)
    stop = text.find(_SENTENCE, start, end)  # the first sentence's end: the clause stops there
    for s, e in _segments(text, start, end, grammar):
        if not (s == start or last is not None) or 0 <= stop < s:
            break
        suffix = grammar.suffix_ending(text, s, e)
        if led and _partner_units(text, s, e, grammar):
            last = e  # 由X牵头，会同Y协调推进 (or 协同推进, itself a suffix): Y cooperates
            roles.append(Role.COOPERATING)
            continue
        if suffix is None and led and _held_units(text, s, e, grammar):
            continue  # X牵头，Y、Z，W配合: Y and Z take the role the next segment gives W
        if suffix is None or e - len(suffix) <= s or has_de(text[s:e]):
            # 建立X牵头，Y等部门参与的机制: the roles, the segment's right after the last,
            # describe a noun: no clause
            if (
                last is not None
                and not text[last:s].strip("，,")
                and _attributive(text, s, e, grammar)
            ):
                return None
            break
        if suffix in grammar.organised:
            break  # 各单位要精心组织，确保…: a sentence's verb; 组织 leads in a bracket only
        if not _names_someone(text, s, e - len(suffix), grammar):
            break  # 各部门要各司其职、密切配合: a sentence's words, no unit before the suffix
        last = e
        roles.append(grammar.role_of_suffix(suffix))
        led = led or roles[-1] is Role.LEAD
    # 市工商局负责，市经贸委配合，严格实施…: the unit in charge beside a partner leads too,
    # and so does one led in by name (由市农业局负责，继续开展…)
    partnered = roles[:1] == [Role.RESPONSIBLE] and Role.COOPERATING in roles
    by = led_in and text.startswith(grammar.lead_ins, start)
    partnered = partnered or (roles[:1] == [Role.RESPONSIBLE] and by)
    # …。市公安局负责，根据…发布通告 (``in_charge``, a sentence after the item's first):
    # one unit named in charge, then the task, as （X负责） makes X the lead (各乡镇负责, a
    # collective, names no one)
    alone = (
        in_charge
        and roles == [Role.RESPONSIBLE]
        and last is not None
        and text.startswith("负责", last - 2)
        and text[last : last + 1] in "，,"
        and not text.startswith((*_NOT_BARE, *grammar.lead_ins), start)  # (由X负责: led_in)
    )
    if last is None or not (led or partnered or alone):
        return None  # 各乡镇负责，年底前完成: prose, no one leads by name
    return _suffix_clause(text, start, last, grammar, whole=True, first_listed=first_listed)


def _attributive(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a segment's role word is followed by 的 (…等部门参与的联管共治机制): the roles
    of the segments before it describe the noun after it, and no one is assigned a task."""
    return any(
        grammar.suffix_ending(text, start, at) is not None
        for at in range(start, end)
        if text[at] == "的"
    )


def _held_units(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a segment with no role word after a lead lists units only (各有关处室、民服中心),
    short of a sentence: they share the next segment's role."""
    s, e = _strip(text, start, end)
    return (
        0 < e - s <= _MAX_UNITS_TEXT and not has_de(text[s:e]) and lists_units(text, s, e, grammar)
    )


def _names_someone(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the words before a segment's suffix may name units or a person: they end as
    a unit's name or a person's title ends, or in an "etc." word or a bracket, and hold no
    word of prose (密切 in 密切配合, 各部门要 in 各部门要各司其职, …要按照职责分工深入现场 in
    …深入现场指导, name no one)."""
    value = text[start:end].rstrip(BLANKS)
    for word in grammar.etc:  # 市财政局等, 各有关部门等单位
        value = value.removesuffix(word)
    value = value.removeprefix("由")
    if any(w in value for w in grammar.prose_words):
        return False  # 各行业管理部门要按照职责分工深入现场指导: how a sentence's subject acts
    if any(value[i - 1] in grammar.name_endings for i in _modal_at(value)):
        return False  # 各级政府要建立政府负总责: a unit, then what it must do
    return bool(value) and (
        value[-1] in grammar.name_endings + grammar.closing
        or value.endswith(grammar.person_titles)
        or value.endswith(_BODIES)
    )


def _modal_at(value: str) -> list[int]:
    """Return where 要 (must) stands inside ``value`` after its first letter, 要素 (市要素
    保障中心, a name) left out."""
    return [m.start() for m in _MODAL.finditer(value, 1)]


_MODAL = re.compile("要(?!素)")

#: Bodies a plan names whose names end in no unit's ending: 相关企业, 市科协, 相关建设责任主体.
_BODIES = ("企业", "科协", "主体")


def roleless_clause(
    text: str, start: int, end: int, grammar: Grammar, role: Role = Role.RESPONSIBLE
) -> Clause | None:
    """Read a last bracket of ``text[start:end]`` that lists units with no role word at all:
    1.地区生产总值增长7%以上。（市发展改革委，各县〔市、区〕政府）. Every unit must read as
    one (its name ends in a unit ending or an "etc." word); the units take ``role``: the
    parser decides it from the plan (see ``outline.roleless_clauses``). A bracket the page
    cut, never closed before the text's end, lists them too (…。（国家中医药局、财政部)."""
    groups = _groups(text, start, end, grammar)
    lost = _unclosed(text, start, end, grammar) if _ENDS_TEXT.match(text, end) else None
    if lost is not None and (not groups or groups[-1][0] < lost):
        s, e = _strip(text, lost + 1, end)
        if grammar.starts_label(text[s:e]):
            return None  # (责任科 where the page stops: a label it cut, no unit
        stop = forward_note(text, s, e, grammar)
        cut = stop > s and (
            lists_units(text, s, stop, grammar) or _cut_in_last_unit(text, s, stop, e, grammar)
        )
        return (
            Clause(lost, end, (Part(role, s, stop),), _noted_after(text, stop, e)) if cut else None
        )
    if not groups:
        return None
    o, c = groups[-1]
    rest = text[c + 1 : end].lstrip("。；;，,. \t　")
    if rest.strip(_TRAILING) and _SIGN_OFF.fullmatch(rest) is None:
        return None  # the bracket does not close the item (a notice's sign-off may follow)
    before = text[start:o].strip(BLANKS)
    if "\n" not in before and _unit_like(text, Unit(start, o, False), grammar):
        return None  # 1.公安部门（户政大队、车管所）: the offices of the unit the item names
    stop = forward_note(text, o + 1, c, grammar)
    if not lists_units(text, o + 1, stop, grammar):
        return None
    return Clause(o, c + 1, (Part(role, o + 1, stop),), _noted_after(text, stop, c))


def _cut_in_last_unit(text: str, start: int, stop: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:stop]`` lists units, the last one cut by the text's end inside
    its name (…（中国科协、中央宣传部、应急部、自然资源: the page stops in 自然资源部), after
    as few as one of its letters."""
    units = split_units(text, start, stop, grammar)  # (the cut name is left out)
    if not units or stop != end or units[-1].end == stop:
        return False
    last = text[units[-1].end : stop].lstrip(grammar.separators)
    whole = all(_unit_like(text, u, grammar) for u in units)
    return whole and all(HAN_CHAR.match(ch) for ch in last)  # (…、质检总局、文: one letter)


def earlier_roleless(text: str, start: int, clause: Clause, grammar: Grammar) -> tuple[Clause, ...]:
    """Return the brackets of units with no role word between ``start`` and an item's own
    such ``clause`` that each close a sentence, with the clause's role: an item whose
    sentences each name their units (…扶贫新村（市扶贫开发办、市以工代赈办）。…
    帮扶7个（剑阁县政府）。…)."""
    role = clause.parts[0].kind
    return tuple(
        Clause(o, c + 1, (Part(role, o + 1, c),), ())
        for o, c in _groups(text, start, clause.start, grammar)
        if text[c + 1 : c + 2] in ("。", "；") and lists_units(text, o + 1, c, grammar)
    )


def _short_or_units(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a segment's value before its suffix is short enough to name units, or a long
    list that names only units (a ministry's clause of nineteen: 教育部、科技部、…中国残联及
    各省、自治区、直辖市人民政府有关主管部门按职责分工负责)."""
    length = end - start
    return length <= _MAX_UNITS_TEXT or (
        length <= 2 * _MAX_UNITS_TEXT and lists_units(text, start, end, grammar)
    )


def lists_units(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` lists units only, each reading as one (its name ends in a
    unit ending or an "etc." word)."""
    return bool(_listed_units(text, start, end, grammar))


def _listed_units(text: str, start: int, end: int, grammar: Grammar) -> list[Unit]:
    """Return the units ``text[start:end]`` lists when each reads as one (``lists_units``),
    else none."""
    units = split_units(text, start, end, grammar)
    return units if units and all(_unit_like(text, u, grammar) for u in units) else []


def forward_note(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where a bracket's units end: at the separator before a sentence that says it
    rules later tasks (〔市人社局，此项及以下任务均需…落实，不再列出。〕) or that the first
    unit listed leads (（市税务局、市财政局，列第一位的为牵头单位，下同）), else ``end``; a
    sentence end inside the segment before the note ends the units there (（水利厅，农业厅。
    逗号前为牵头单位，…）)."""
    for s, e in _segments(text, start, end, grammar)[1:]:
        if _says(text, s, e, grammar, grammar.forward, grammar.first_listed_lead):
            stop = text.rfind("。", s, e)
            return (
                stop
                if stop > s
                and _says(text, stop, e, grammar, grammar.forward, grammar.first_listed_lead)
                else s - 1
            )
    return end


def _noted_after(text: str, stop: int, end: int) -> tuple[tuple[int, int], ...]:
    """Return the note ``forward_note`` found after the separator at ``stop`` (none when it
    found none and ``stop`` is ``end``)."""
    return (_strip(text, stop + 1, end),) if stop < end else ()


def _says_forward(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` says it rules later tasks (以下均需…, 下同, 不再列出),
    outside brackets: 市有关单位（见附件1，下同） is a unit with a note of its own."""
    return _says(text, start, end, grammar, grammar.forward)


def _says(text: str, start: int, end: int, grammar: Grammar, *words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]``, outside its brackets, holds one of the ``words``, or,
    where the text ends there, begins one the page cut (…。注：排在首位)."""
    outside = _outside(text, start, end, grammar)
    if any(word in outside for group in words for word in group):
        return True
    if not _ENDS_TEXT.match(text, end):
        return False
    cut = grammar.cut_phrase(outside, tuple(w for group in words for w in group))
    return cut is not None


def _outside(text: str, start: int, end: int, grammar: Grammar) -> str:
    """Return ``text[start:end]`` without its top-level bracket groups."""
    kept, at = [], start
    for o, c in _top_level(text, start, end, grammar):
        kept.append(text[at:o])
        if c is None:
            return "".join(kept)
        at = c + 1
    return "".join([*kept, text[at:end]])


def has_de(value: str) -> bool:
    """Whether ``value`` holds a 的 of prose (负责的工作), which no unit's name holds; the 的 of
    党的建设 (a 领导小组's name: 省局党的建设领导小组) is a name's, and so is a collective's
    (负有安全监管职责的部门, 涉及到的地级以上市人民政府)."""
    for word in _NAMED_DE:
        value = value.replace(word, "")
    return "的" in value


#: The 的 words a unit's or a collective's name holds.
_NAMED_DE = ("党的", "职责的", "涉及到的", "涉及的")


def _says_first_leads(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` says the first unit of each list leads (列第一位的为牵头单位),
    outside brackets: 省商务厅（列第一位的为牵头单位，下同） is a unit with the plan's note."""
    return _says(text, start, end, grammar, grammar.first_listed_lead)


#: A count of people, which no unit's name holds (一名县级领导, 两名专业人员).
_PEOPLE_COUNT = re.compile(f"[{NUMERALS}两]名")


def _unit_like(text: str, unit: Unit, grammar: Grammar) -> bool:
    name = text[unit.start : unit.end]
    return (
        2 <= len(name) <= MAX_UNIT
        and HAN_CHAR.match(name) is not None
        and not name.startswith(_NOT_UNIT)
        and (unit.etc or name.rstrip("）)〕")[-1:] in grammar.name_endings)  # 各省辖市、县（市）
        and not any(ch.isdigit() for ch in name)
        and _PEOPLE_COUNT.search(name) is None  # 市经贸委一名县级领导带队: the unit's people
        and "。" not in name  # …主题班会。由县教育局牵头: a sentence before the unit
        and not has_de(name)  # 参与查处利用公司名义进行的非法集资等: a duty, no unit
    )


#: A short phrase opening a sentence before its clause's lead-in: 7月下旬，, 2025年底前，, 同时，;
#: or the document it follows: 依据《…规划纲要》，, 按照《…》要求，
_OPENING_PHRASE = re.compile(
    r"(?:\d{1,4}年)?(?:\d{1,2}月)?[^，,。\n]{0,6}?[，,]"
    r"|(?:依据|根据|按照|依照)《[^《》。\n]{1,60}》[^，,。\n《》]{0,6}[，,]"
)


def _opening(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Return the clause a line of ``text[start:end]`` (or a sentence) opens with."""
    at = start
    while at < end:
        s, _ = _strip(text, at, end)
        dash = _DASH.match(text, s, end)  # ——由省人社厅会同有关部门组织落实。: a dash leads in
        s = dash.end() if dash else s
        stop = _sentence_stop(text, s, end)
        phrase = _OPENING_PHRASE.match(text, s, stop)
        opened = phrase is not None and text.startswith(grammar.lead_ins, phrase.end())
        if phrase is not None and opened:
            s = phrase.end()  # 7月下旬，由宣传部牵头负责，…: the time, then the clause
        if s < stop and at > start and HAN_CHAR.match(text, s):  # not the heading's first words,
            # nor a table's cells (3.X。 | 办公室牵头 | |)
            found = (
                opening_clause(text, s, stop, grammar, first_listed, in_charge=True)
                or _last_units(text, s, stop, end, grammar, first_listed)
                or _duty_sentence(text, s, stop, end, grammar, first_listed)
                or _unit_cells(text, at, s, stop, end, grammar)
            )
            if found is not None and _in_quotes(text, s, found.end):
                # 建立“市委统一领导、组织部门牵头抓总、各职能部门密切配合”的工作格局: a slogan
                # quoted in the sentence names roles, no unit's
                found = None
            if found is not None and opened and found.start == s:
                # (the comma after it goes with it: 7月下旬，开展…, no 7月下旬，，开展…)
                after = found.end + text.startswith(("，", ","), found.end)
                found = Clause(found.start, after, found.parts, found.notes)
            if found is not None and dash and found.start == s:
                # (the dash and the sentence's end go with a line that is the clause alone:
                # no ——。 left in the item's text)
                closed = found.end + (found.end == stop and text.startswith("。", stop))
                found = replace(found, start=dash.start(), end=closed)
            if found is not None:
                return _led_in_opening(text, start, end, grammar, first_listed) or found
        at = stop + 1
    return None


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends inside a quotation it opens (建立“市委统一领导、
    组织部门牵头抓总)."""
    return text.count("“", start, end) > text.count("”", start, end)


#: A dash opening a line that names who does the work (——由X负责。, --由X组织落实。).
_DASH = re.compile("(?:——|--|—|－－)(?=由)")


def _unit_cells(
    text: str, at: int, start: int, stop: int, end: int, grammar: Grammar
) -> Clause | None:
    """Read the units cells a table flattened with spaces prints after an item's last
    sentence (…团组计划报批制度。 市外侨办, …建设项目。 市发改委 市纪委 市监察局: a 牵头部门
    cell, then the 责任单位 cells): the first cell leads, the others are responsible; None
    unless a space stands between the sentence and the cells and every cell lists units."""
    if not _last_sentence_ends(text, stop, end) or not text[at:start].strip("\n"):
        return None
    if stop < end and text[stop] == "。":
        return None  # 县政府办 已部署。: a table's row of cells and a sentence, no units alone
    cells = [(m.start(), m.end()) for m in _CELL.finditer(text, start, stop)]
    if not cells or any(_COLON.search(text, s, e) for s, e in cells):
        return None  # 成员：X、Y on an indented line: a roster's label and its value, no cells
    if not all(_units_to_end(text, s, e, grammar) for s, e in cells):
        return None
    roles = [Role.LEAD, *[Role.RESPONSIBLE] * (len(cells) - 1)]
    return Clause(start, stop, tuple(Part(r, s, e) for r, (s, e) in zip(roles, cells, strict=True)))


#: A cell of units printed between spaces.
_CELL = re.compile("[^ \u3000\t\n]+")


def _units_to_end(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a cell lists units only up to its end: a name then a verb the page cut after
    (各区县人民政府，市政府各相关职能部门要) is a sentence's subject, no units cell."""
    units = _listed_units(text, start, end, grammar)
    if not units:
        return False
    # (等, 等部门 or a role's mark, （牵头）, may close the names)
    tail = text[units[-1].end : end].strip(BLANKS + "、，,；;")
    return not (HAN_CHAR.match(tail) and not tail.startswith("等"))


#: A label's colon: no units cell holds one.
_COLON = re.compile("[：:]")


def _sentence_stop(text: str, start: int, end: int) -> int:
    """Return where the sentence or line from ``start`` ends (its 。 or line break), else
    ``end``."""
    return min((x for x in (text.find(c, start, end) for c in "。\n") if x >= 0), default=end)


def _led_in_opening(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Return the clause an item's first sentence opens with after 由 (（一）由X负责，Y配合，
    加快…。…Z负责，W配合，强化…): when a later sentence names units in charge too, the item's
    own opening is its clause, and its title follows the opening's comma. (Alone, such an
    opening is read with its list: ``outline.unit_first_clauses``.)"""
    s, _ = _strip(text, start, end)
    if not text.startswith(grammar.lead_ins, s):
        return None
    stop = _sentence_stop(text, s, end)
    found = opening_clause(text, s, stop, grammar, first_listed, led_in=True)
    if found is None:
        return None
    after = found.end + text.startswith(("，", ","), found.end)
    return Clause(found.start, after, found.parts, found.notes)


#: Where the text ends: spaces and line breaks only after a point (matched in place).
_ENDS_TEXT = re.compile(rf"\s*(?:\Z|{OMITTED.pattern.removeprefix('^')})", re.MULTILINE)
#: What may follow an item's last sentence: its 。, spaces, line breaks and the bar of a cell
#: the page closed it in (…由X负责。 |).
_REST = re.compile("[。 \t\n\u3000|]*")


def _last_sentence_ends(text: str, stop: int, end: int) -> bool:
    """Whether a sentence ending at ``stop`` is an item's last: only ``_REST`` follows it up
    to ``end`` (matched in place, no copy of the rest: every sentence of a long item asks)."""
    rest = _REST.match(text, stop, end)
    return rest is not None and rest.end() >= end


def _last_units(
    text: str, start: int, stop: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Read an item's last sentence made of units and role words alone (…长效监管机制。
    市生态环境局负责。, 市发改局、市住建局分别负责。): its clause, as the bracketed one
    would be; None for another sentence, or one that is not the last."""
    if not _last_sentence_ends(text, stop, end):
        return None
    clause = _suffix_clause(text, start, stop, grammar, whole=True, first_listed=first_listed)
    if clause is None or not _roles_only(clause):
        return None
    return clause if _roles_list_units(text, clause, grammar) else None


#: The duties a unit's role word may go on to name in an item's last sentence
#: (市商务部门负责规划、指导、验收): verbs, apart by 、 or a joining word, with no mark.
_DUTIES = re.compile(f"(?:(?!的)[{HAN}、和及与]){{1,10}}")
#: The duties inside a bracket of them (（省国土资源厅负责组织重大隐患点勘查）): any words up to
#: the part's end, the bracket holding them.
_BRACKET_DUTIES = re.compile("(?:(?!的)[^。]){1,60}")


def _duty_sentence(
    text: str, start: int, stop: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Read an item's last sentence that gives each unit its duty, a comma apart
    (…。市商务部门负责规划、指导、验收，相关旗县（区）负责组织实施，财政、邮政等部门配合
    落实。): each part's units take its role word's role, and the first unit in charge leads
    when none is named to (as in （X负责，Y配合））; the duties are no part of the clause.
    None for any other sentence, or one that is not the item's last."""
    if not _last_sentence_ends(text, stop, end):
        return None
    parts = _duty_parts(text, start, stop, grammar, first_listed, in_bracket=False)
    return Clause(start, stop, parts, ()) if parts else None


def _duty_bracket(
    text: str, open_at: int, close_at: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Read a bracket that gives units their duties (（省国土资源厅会同省建设厅等部门负责隐患
    调查；省水利厅负责组织山洪灾害调查）): as a sentence of duties, its parts apart by commas
    or semicolons, a part naming no unit going on with the duty before it (…负责组织勘查，
    指导督促各地制定措施)."""
    parts = _duty_parts(text, open_at + 1, close_at, grammar, first_listed, in_bracket=True)
    return Clause(open_at, close_at + 1, parts, ()) if parts else None


def _duty_parts(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool, *, in_bracket: bool
) -> tuple[Part, ...]:
    """Return the role parts of ``text[start:end]`` made of units each given its duty (see
    ``_duty_sentence``), or () when it is not so made."""
    parts: list[Part] = []
    duties = 0  # the parts that name duties after their role word: one at least
    for s, e in _top_level_parts(text, start, end, grammar, "，,；;" if in_bracket else "，,"):
        found = _duty_part(text, s, e, grammar, _BRACKET_DUTIES if in_bracket else _DUTIES)
        if found is None and not (in_bracket and parts):
            return ()
        if found is not None:
            own, dutied = found
            parts += own
            duties += dutied
    if len(parts) < 2 - in_bracket or not duties:
        return ()  # 县公安局负责交通疏导。: one unit's own sentence, no parts to share
    if not first_listed:
        _in_charge_leads(parts)
    listed = all(
        lists_units(text, p.start, p.end, grammar) or _kinds_listed(text, p.start, p.end, grammar)
        for p in parts
    )
    return tuple(parts) if listed else ()


def _top_level_parts(
    text: str, start: int, end: int, grammar: Grammar, marks: str
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at the ``marks`` outside brackets."""
    spans: list[tuple[int, int]] = []
    depth, item = 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in grammar.opening:
            depth += 1
        elif ch in grammar.closing:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in marks:
            spans.append((item, i))
            item = i + 1
    return [*spans, (item, end)]


def _kinds_listed(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` ends in an "etc." word naming a kind of unit (财政、邮政
    等部门: the fields' departments, units by the plan's own word)."""
    return text.endswith(_kind_words(grammar.etc), start, end)


@cache
def _kind_words(etc: tuple[str, ...]) -> tuple[str, ...]:
    """Return the "etc." words that name a kind of unit (等部门, not 等 alone)."""
    return tuple(w for w in etc if len(w) > 1)


def _duty_part(
    text: str, start: int, end: int, grammar: Grammar, duties: re.Pattern[str]
) -> tuple[list[Part], bool] | None:
    """Read one part of a sentence of duties (市商务部门负责规划、指导、验收): its units
    before the first role word after a name (X会同Y: Y cooperates), and whether duties
    follow the role word; None otherwise."""
    s, e = _strip(text, start, end)
    for at in range(s + 2, e + 1):
        suffix = grammar.suffix_ending(text, s, at)
        value_end = at - len(suffix) if suffix else at
        if suffix is None or not (
            _names_someone(text, s, value_end, grammar)
            or _kinds_listed(text, s, value_end, grammar)
        ):
            continue
        if at < e and not duties.fullmatch(text, at, e):
            return None
        v_start = past_lead_in(text, s, value_end, grammar)
        role = grammar.role_of_suffix(suffix)
        return _partnered(text, role, v_start, value_end, grammar), at < e
    return None


def _partnered(text: str, role: Role, start: int, end: int, grammar: Grammar) -> list[Part]:
    """Return the parts of units ``text[start:end]`` given ``role``: X会同Y、Z等部门负责: X
    takes the role, Y and Z cooperate (X配合Y负责: Y takes it, X cooperates); one part when no
    partner's word joins them."""
    partner = _with_partner(text, start, end, grammar)
    if partner is not None:
        return [
            Part(role, *_strip(text, start, partner[0])),
            Part(Role.COOPERATING, *_strip(text, partner[1], end)),
        ]
    # X配合Y落实: Y takes the role, X helps
    helped = _with_partner(text, start, end, grammar, grammar.subject_helpers)
    if helped is not None:
        return [
            Part(Role.COOPERATING, *_strip(text, start, helped[0])),
            Part(role, *_strip(text, helped[1], end)),
        ]
    # 由X指导Y和Z落实, X组织Y负责: X leads, Y and Z carry the work out
    joined = _with_partner(text, start, end, grammar, grammar.subject_joins)
    if joined is not None:
        return [
            Part(Role.LEAD, *_strip(text, start, joined[0])),
            Part(Role.RESPONSIBLE, *_strip(text, joined[1], end)),
        ]
    return [Part(role, *_strip(text, start, end))]


def _in_charge_leads(parts: list[Part]) -> None:
    """Make the first responsible part of ``parts`` the lead when none leads (（X负责）,
    （X负责，Y配合）, X负责规划，Y负责组织实施: the unit in charge leads)."""
    if any(p.kind is Role.LEAD for p in parts):
        return
    i = next((i for i, p in enumerate(parts) if p.kind is Role.RESPONSIBLE), None)
    if i is not None:
        parts[i] = Part(Role.LEAD, parts[i].start, parts[i].end)


def _principal_leads(parts: list[Part], principal: list[int]) -> None:
    """Make the parts a principal's label named (``principal``) lead, where no part leads
    and another responsible label names units beside them (〔责任主体：各乡（镇）党委；责任单位：
    县文明办、县妇联〕: the principal body leads, the units beside it are responsible)."""
    if any(p.kind is Role.LEAD for p in parts):
        return
    for i in principal:
        parts[i] = Part(Role.LEAD, parts[i].start, parts[i].end)


def _roles_only(clause: Clause) -> bool:
    """Whether a clause names units by their roles and nothing else: no free words, no
    deadline, no persons."""
    return not clause.notes and all(isinstance(p.kind, Role) for p in clause.parts)


#: Another field printed on a labelled line after a wide gap (…市文旅委         咨询电话:…):
#: the label's value ends before it.
_NEXT_FIELD = re.compile(f"[ \t\u3000]{{2,}}(?=[{HAN}]{{2,6}}[：:])")


def _labelled(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    labels = _with_members(text, grammar.labels_in(text, start, end), grammar)
    found = [
        k
        for k, nxt in zip(labels, [*labels[1:], None], strict=False)
        if not grammar.stated(k) or _states_units(text, k, nxt.start() if nxt else end, grammar)
    ]
    if not found:
        return None
    first = found[0]
    before = first.start() - 1
    while before >= start and text[before] in " \t　":
        before -= 1
    close = None
    prefix = None  # （第1389号。牵头单位：…）: a free sentence before the first label
    lead_in = None  # （X牵头，Y配合；完成时限：…）: label-less roles before the first label
    enclosing = None  # （牵头单位市X中心。责任单位：…）: a bracket opened before a broken label
    if not (before >= start and text[before] in grammar.opening):
        o = _enclosing_open(text, start, first.start(), grammar)
        s, e = _strip(text, o + 1, first.start()) if o is not None else (0, 0)
        lead_in = _lead_in(text, s, e, grammar) if e > s else None
        if o is not None and lead_in is not None:
            before = o
        elif o is not None and _reference(text, o + 1, first.start(), grammar):
            before = o  # （第1389号。牵头单位：…）: the bracket is the clause, its number a note
            prefix = (s, e)
        elif o is not None:
            enclosing = balanced_close(text, o, end, grammar)
    if before >= start and text[before] in grammar.opening:
        clause_start = before
        close = balanced_close(text, before, end, grammar)
        inner_end = close if close is not None else end
        clause_end = close + 1 if close is not None else end
    elif enclosing is not None:  # the bracket's close ends the clause, never a unit's name
        close = enclosing
        clause_start, inner_end, clause_end = first.start(), enclosing, enclosing + 1
    else:
        clause_start, inner_end, clause_end = first.start(), end, end
    keys = [k for k in found if k.start() < inner_end]
    if close is None:  # labelled lines: the clause ends with the last label's line, or
        # the last line after it that lists units alone (配合单位：X、Y / 各乡镇(街道)、Z: the
        # value wrapped); a closed bracket ends the clause itself
        line_end = text.find("\n", keys[-1].end(), end)
        if line_end >= 0:
            inner_end = clause_end = _units_lines_end(text, line_end, end, grammar)
    parts: list[Part] = list(lead_in.parts) if lead_in else []
    notes: list[tuple[int, int]] = list(lead_in.notes) if lead_in else []
    principal: list[int] = []  # the parts a principal's label (责任主体：) names
    if prefix is not None:
        notes.append(prefix)
    for key, nxt in zip(keys, [*keys[1:], None], strict=True):
        value_end = nxt.start() if nxt else inner_end
        if close is None:
            # 组织单位：X。（参加单位：Y、Z）: a label's bracket after the value on its line
            # is the next label's, and closes that label's value
            value_end = _before_own_bracket(text, key, value_end, grammar)
        field = _NEXT_FIELD.search(text, key.end(), value_end)
        if field is not None:  # 承办部门:市文旅委         咨询电话:2860503: another field
            notes.append(_strip(text, field.start(), value_end))
            value_end = field.start()
        if close is None:  # 责任单位：X / 2026年底前，全市…完成轮训。 / 责任单位：Y: the
            # sentence on the lines after a label's line is no part of its value
            value_end = _value_lines_end(text, key.end(), value_end, grammar)
        stop = text.find(_SENTENCE, key.end(), value_end)
        if stop >= 0:  # a free sentence after the value: a note
            n_start, n_end = _strip(text, stop + 1, value_end)
            named = _sentence_roles(text, n_start, n_end, grammar)
            if named is not None:  # 。相关乡镇政府为责任主体，以下不再列出: its units' roles
                parts += named.parts
                n_start = named.end
            n_start, n_end = _strip(text, n_start, n_end)
            if n_end > n_start:
                notes.append((n_start, n_end))
            value_end = stop
        s, e = _strip(text, key.end(), value_end)
        kind = _label_kind(key, grammar)
        if kind == MEMBERS:  # 牵头单位：X / 成员单位：Y: Y's units cooperate
            kind = Role.COOPERATING
        if kind == NOTE:  # 督办单位：县政府督查室 — kept as printed, names no unit
            if e > s:
                notes.append((key.start(), e))
            continue
        if kind == CLAUSE:  # 部门分工：X牵头，Y配合。 — a label-less clause behind a label
            inner = (
                _suffix_clause(text, s, e, grammar, whole=True, first_listed=first_listed)
                if e > s
                else None
            )
            if inner is None and e > s:
                # 职责分工：由X牵头，Y配合，在辖区内开展宣传活动。: the roles open the value,
                # the rest of its sentence is a note
                inner = opening_clause(text, s, e, grammar, first_listed)
                if inner is not None and e > inner.end:
                    inner = replace(inner, notes=(*inner.notes, _strip(text, inner.end, e)))
            if inner is None:
                if e > s:
                    notes.append((s, e))
                continue
            parts += inner.parts
            notes += inner.notes
            continue
        if isinstance(kind, Role):  # 县发改局（首位单位为牵头单位，下同）: the plan's note
            notes += [(o + 1, c) for o, c in note_brackets(text, s, e, grammar)]
            cut = forward_note(text, s, e, grammar)
            if cut < e:  # 市税务局、市财政局，排在首位的为牵头单位，下同; X按职责分工负责，下同
                notes.append(_strip(text, cut + 1, e))
                s, e = _strip(text, s, cut)
        if isinstance(kind, Role):  # 责任单位：X、Y牵头，A、B: a segment with its own role
            own = _segment_roles(text, s, e, grammar, kind)
            if own is not None:
                parts += own
                continue
        if isinstance(kind, Role):  # 责任单位：州级各部门按职责分工负责: the phrase is no unit
            suffix = grammar.suffix_ending(text, s, e) or ""
            printed = len(suffix)
            if not suffix and _ENDS_TEXT.match(text, e):
                # 责任单位：市民政局、市发改委按 where the page stops inside the role word
                cut_word = grammar.cut_suffix(text, s, e)
                if cut_word is not None and _ends_unit(text[s : e - cut_word[1]], grammar):
                    suffix, printed = cut_word
            if e - printed > s:
                s, e = _strip(text, s, e - printed)
                if suffix and grammar.role_of_suffix(suffix) is Role.LEAD:
                    kind = Role.LEAD  # 责任单位：X、Y分别牵头: the units lead
        if grammar.label_word(key) in grammar.roster_labels:
            kind = Role.LEAD  # 组长：县市容局负责人: the unit whose head leads the group
        if kind is Role.RESPONSIBLE and grammar.label_word(key) in grammar.principal:
            principal.append(len(parts))
        parts.append(Part(kind, s, e))
    if principal and len(principal) < sum(p.kind is Role.RESPONSIBLE for p in parts):
        _principal_leads(parts, principal)
    if (
        not parts
        and all(_label_kind(k, grammar) == CLAUSE for k in keys)
        and not any(lists_units(text, *n, grammar) for n in notes)
    ):
        # 二、查处职责分工：, its duties below, or a sentence naming no unit after it
        # (二、工作组职责分工： / 领导小组下设1个办公室…): a heading, no clause (部门分工：
        # 市司法局, a unit with no role, stays the task's note)
        return None
    return Clause(clause_start, clause_end, tuple(parts), tuple(sorted(notes)))


def _lead_in(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Read the label-less roles before a bracket's first label (（X牵头，Y配合；完成时限：…）),
    up to a note that rules later tasks, kept as a note (（X牵头，Y按职责分工负责，以下各项均需
    各市按职责分工负责，不再列出；完成时限：…）)."""
    stop = forward_note(text, start, end, grammar)
    found = _suffix_clause(text, start, stop, grammar, whole=True) if stop > start else None
    if found is None:
        return None
    return replace(found, notes=(*found.notes, *_noted_after(text, stop, end)))


def _before_own_bracket(text: str, key: re.Match[str], end: int, grammar: Grammar) -> int:
    """Return where a labelled line's value ends before ``end`` (the next label's start or
    the clause's end): before the opening bracket of the next label (…。（参加单位：…), and
    at the closing bracket of its own label's bracket (（参加单位：Y、Z）), else ``end``."""
    if end > key.end() and text[end - 1] in grammar.opening:
        end -= 1  # （参加单位：: the bracket opens the next label's clause
    opened = key.start() - 1
    if opened >= 0 and text[opened] in grammar.opening:
        closed = balanced_close(text, opened, end, grammar)
        if closed is not None:
            end = closed
    return end


def _value_lines_end(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where a labelled line's value ends: at the first line break after which the
    line, up to its sentence's end, lists no units (a sentence of the item's), else ``end``;
    a value wrapped onto the next line (市公安局、 / 市民政局) goes on."""
    for at, stop in _line_breaks(text, text.find("\n", start, end), end):
        sentence = text.find(_SENTENCE, at + 1, stop)
        s, e = _strip(text, at + 1, sentence if sentence >= 0 else stop)
        if e > s and not lists_units(text, s, e, grammar):
            return at
    return end


def _units_lines_end(text: str, at: int, end: int, grammar: Grammar) -> int:
    """Return where the lines after the line break ``at`` that each list units alone (no
    sentence's end) stop: ``at`` itself when the next line lists none."""
    for brk, stop in _line_breaks(text, at, end):
        s, e = _strip(text, brk + 1, stop)
        if e <= s or _SENTENCE in text[s:e] or not lists_units(text, s, e, grammar):
            return brk
    return end


def _line_breaks(text: str, at: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield each line break from ``at`` on (none when ``at`` is -1) and where the line after
    it ends, up to ``end``: each line read once."""
    while at >= 0:
        nxt = text.find("\n", at + 1, end)
        yield at, nxt if nxt >= 0 else end
        at = nxt


def _states_units(text: str, found: re.Match[str], end: int, grammar: Grammar) -> bool:
    """Whether a label stated in a sentence (，负责部门为体育总局、发改委等。, or with no 为:
    ，负责部门体育总局等。) is followed by units up
    to its sentence's end or the next label (``end``): else the words are prose
    (，责任单位为落实主体…)."""
    stop = _STATED_STOP.search(text, found.end(), end)
    s, e = _strip(text, found.end(), stop.start() if stop else end)
    if text[found.end() - 1] != "为" and _holds_role_word(text[s:e], grammar):
        return False  # ，责任单位排在第一位的为牵头单位: the plan's note, no units
    if len(grammar.label_word(found)) <= _BARE_LABEL:
        # ；配合处理网上虚假信息等。: a bare role word before words is a verb, unless every
        # one of them ends as a unit's name does (，参与市公安局、省委党的建设办公室等。)
        units = split_units(text, s, e, grammar)
        return bool(units) and all(_named(text, u, grammar) for u in units)
    return lists_units(text, s, e, grammar)


#: The length of a bare role word as a label (配合, 参与).
_BARE_LABEL = 2


def _named(text: str, unit: Unit, grammar: Grammar) -> bool:
    """Whether a unit reads as one and its name, past an "etc." word, ends as a unit's does."""
    name = text[unit.start : unit.end].rstrip("）)〕")
    return _unit_like(text, unit, grammar) and name[-1:] in grammar.name_endings


#: Where a value stated with 为 ends: its sentence's or its line's end.
_STATED_STOP = re.compile("[。；;\n]")


def _with_members(text: str, found: list[re.Match[str]], grammar: Grammar) -> list[re.Match[str]]:
    """Return the labels found, a roster's only where it names a unit's head (组长：县市容局
    负责人; 组长：张三, a person, is a roster's line, no label), members' labels (成员单位：)
    only beside a lead's label or such a roster's: a list of a body's members (指挥长：… /
    成员单位：…) names no role."""
    found = [
        k
        for k in found
        if grammar.label_word(k) not in grammar.roster_labels or _leads_group(text, k, grammar)
    ]
    kinds = [_label_kind(k, grammar) for k in found]
    if Role.LEAD in kinds or any(grammar.label_word(k) in grammar.roster_labels for k in found):
        return found
    return [k for k, kind in zip(found, kinds, strict=True) if kind != MEMBERS]


def _leads_group(text: str, label: re.Match[str], grammar: Grammar) -> bool:
    """Whether a roster's label names a unit's head on its line (组长：县市容局负责人): the
    unit leads the group; a person (组长：张三) is none of its units."""
    line_end = text.find("\n", label.end())
    s, e = _strip(text, label.end(), line_end if line_end >= 0 else len(text))
    return _name_before_head(text, s, e, grammar) < e  # (the unit is named, and leads)


def _name_before_head(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where a unit's name ends in ``text[start:end]`` before the unit's head printed
    after it (盘龙区政府主要领导, 县市容局负责人: ``[units] unit_heads``), or ``end`` when no head
    follows a name's last character."""
    head = next((h for h in grammar.unit_heads if text.endswith(h, start, end)), "")
    at = end - len(head)
    return at if head and at > start and text[at - 1] in grammar.name_endings else end


def _label_kind(found: re.Match[str], grammar: Grammar) -> Kind:
    """Return what a label the grammar found introduces."""
    return grammar.kind_of(grammar.label_word(found))


def _sentence_roles(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Read a free sentence after a labelled value that names units by role suffixes up to
    a note for later tasks (相关乡镇政府为责任主体，以下不再列出): its roles, ending where the
    note starts; else None."""
    cut = forward_note(text, start, end, grammar)
    if _says(text, start, cut, grammar, grammar.forward, grammar.first_listed_lead):
        return None  # 以下任务均需各县（市）人民政府落实: the note is the whole sentence
    # (the sentence names no lead: its 负责 units keep their role beside the labels)
    found = (
        _suffix_clause(text, start, cut, grammar, whole=True, first_listed=True)
        if cut > start
        else None
    )
    if found is None or not all(isinstance(p.kind, Role) for p in found.parts):
        return None
    if not _roles_list_units(text, found, grammar) or _restates_labels(text, found, grammar):
        return None
    return Clause(start, cut, found.parts, found.notes)


#: Words before a label that make it the units a clause names (各责任单位, 其他配合单位).
_LABEL_COLLECTIVE = ("各", "其他", "其余", "相关")


def _restates_labels(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether every unit a free sentence names is a label's units (各责任单位按职责分工负责，
    下同: the units the clause listed, no unit of their own)."""
    for p in clause.parts:
        value = text[p.start : p.end]
        for word in _LABEL_COLLECTIVE:
            value = value.removeprefix(word)
        if grammar.label_kind(value) is None:
            return False
    return True


def _roles_list_units(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether every role part of ``clause`` lists units only (``lists_units``)."""
    return all(
        lists_units(text, p.start, p.end, grammar) for p in clause.parts if isinstance(p.kind, Role)
    )


def _segment_roles(
    text: str, start: int, end: int, grammar: Grammar, kind: Role
) -> list[Part] | None:
    """Read a labelled value whose segment before a comma names its own role
    (责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文旅厅): that segment's units take the
    suffix's role, the other segments the label's. A last segment after ； whose suffix names
    another role takes that role (牵头单位：X；Y按职责分工负责). None when no segment but the
    last ends in a suffix (a suffix at the value's end is read by the caller)."""
    segments = _segments(text, start, end, grammar)
    parts: list[Part] = []
    own = False
    for s, e in segments:
        suffix = grammar.suffix_ending(text, s, e)
        leads = _leads_first(text, s, e, grammar)
        role = grammar.role_of_suffix(suffix) if suffix else kind
        # the last segment's suffix only ends the label's value, unless the segment stands
        # after ； with another role (牵头单位：X、Y；各相关部门按职责分工负责)
        last = (s, e) == segments[-1]
        its_own = not last or (role is not kind and _after_stop(text, start, s))
        if suffix and its_own and e - len(suffix) - s >= 2:
            parts.append(Part(role, *_strip(text, s, e - len(suffix))))
            own = True
        elif leads is not None:
            parts += [Part(Role.LEAD, s, leads[0]), Part(kind, leads[1], e)]
            own = True
        elif suffix and e - len(suffix) - s >= 2:  # …，Y按职责分工落实: the label's, no unit
            # (…，Y参与: a role of its own beside the label's, after a segment naming its own)
            keeps = role is Role.LEAD or (role is Role.COOPERATING and own)
            parts.append(Part(role if keeps else kind, *_strip(text, s, e - len(suffix))))
        else:
            parts.append(Part(kind, s, e))
    return parts if own else None


def _after_stop(text: str, start: int, at: int) -> bool:
    """Whether the last character before ``at`` (past spaces, from ``start`` on) is a ；."""
    return _mark_before(text, start, at) in ("；", ";")


def _mark_before(text: str, start: int, at: int) -> str:
    """Return the last character before ``at`` past blanks, from ``start`` on ("" when
    only blanks stand there)."""
    k = at - 1
    while k >= start and text[k] in BLANKS:
        k -= 1
    return text[k] if k >= start else ""


#: What may follow the bracket closing an item: its sentence's mark, blanks, a line break.
_AFTER_LAST_BLANKS = "。；;，," + BLANKS + "\n"


def _mark_after(text: str, at: int, end: int) -> str:
    """Return the first character from ``at`` on past blanks, before ``end`` ("" when only
    blanks stand there)."""
    k = at
    while k < end and text[k] in BLANKS:
        k += 1
    return text[k] if k < end else ""


def _leads_first(text: str, start: int, end: int, grammar: Grammar) -> tuple[int, int] | None:
    """Return (where the leads end, where the other units start) when a unit list names its
    leads first with a suffix before a 、 (经济投资局和航空口岸局分别牵头、区发改局)."""
    for at in _find_all(text, "、", start, end):
        suffix = _lead_suffix(text, start, at, grammar)
        if suffix and at - len(suffix) > start:
            return _strip(text, start, at - len(suffix))[1], at + 1
    return None


def _lead_suffix(text: str, start: int, end: int, grammar: Grammar) -> str | None:
    """Return the suffix ``text[start:end]`` ends with when it makes a lead (牵头, 分别牵头)."""
    suffix = grammar.suffix_ending(text, start, end)
    return suffix if suffix and grammar.role_of_suffix(suffix) is Role.LEAD else None


def earlier_clauses(
    text: str, start: int, end: int, grammar: Grammar, *, first_listed: bool = False
) -> tuple[Clause, ...]:
    """Return the bracketed label-less clauses naming a lead in ``text[start:end]``, the
    text of an item before its own clause: an item of two parts, each closed by its clause
    (…产业目录。〔市生态环境局牵头，市发展改革局参与〕按省的要求，…。（市市场监管局牵头）)."""
    found = []
    for o, c in _groups(text, start, end, grammar):
        clause = _suffix_clause(text, o + 1, c, grammar, whole=False, first_listed=first_listed)
        if clause is None:
            continue
        if first_listed:
            clause = first_unit_leads(text, clause, grammar)
        if any(p.kind is Role.LEAD for p in clause.parts):
            found.append(Clause(o, c + 1, clause.parts, clause.notes))
    return tuple(found)


def earlier_sentences(
    text: str, start: int, end: int, grammar: Grammar, *, first_listed: bool = False
) -> tuple[Clause, ...]:
    """Return the sentences of ``text[start:end]`` (the text of an item before its own
    clause, itself such a sentence) that open with a lead-in and name a lead as a whole:
    an item of several parts, each closed by who leads it (…完善制度文化。此项工作由市效能办
    牵头负责。要打造学习型机关，…。此项工作由市人事局牵头负责。)."""
    found = []
    for s, stop in _split_at(_FULL_STOP, text, start, end)[:-1]:  # (each closed by its 。)
        a, b = _strip(text, s, stop)
        if b <= a or not text.startswith(grammar.lead_ins, a, b):
            continue
        clause = _suffix_clause(text, a, b, grammar, whole=True, first_listed=first_listed)
        if clause is not None and any(p.kind is Role.LEAD for p in clause.parts):
            found.append(Clause(a, stop + 1, clause.parts, clause.notes, inline=True))
    return tuple(found)


#: A sentence's full stop.
_FULL_STOP = re.compile("。")


def later_labelled(
    text: str, clause: Clause, end: int, grammar: Grammar, *, first_listed: bool = False
) -> tuple[Clause, ...]:
    """Return the labelled brackets after an item's first labelled bracket ``clause`` up to
    ``end`` that each close a sentence of the item, as the first does (…压缩检验用时。
    （责任单位：天津海关）依托…提供港口服务。（责任单位：天津港集团）, or before its 。 when
    the first closes its sentence so: …2.8亿斤以上（责任科室：农作站）。探索…收益机制，…粮油
    补贴（责任科室：政改科）。): an item of two parts, each with its units. Each bracket is
    read alone, the labels found once."""
    if text[clause.start] not in grammar.opening or clause.end > end:
        return ()
    found: list[Clause] = []
    at = clause.end
    stops = _mark_after(text, clause.end, end) == "。"  # （…）。: each bracket before its 。
    last = end  # where the item's text ends, before its last marks
    while last > clause.end and text[last - 1] in _AFTER_LAST_BLANKS:
        last -= 1
    for label in grammar.labels_in(text, clause.end, end):
        o = label.start() - 1
        if label.start() < at or o < at or text[o] not in grammar.opening:
            continue
        close = balanced_close(text, o, end, grammar)
        if close is None:
            continue  # a bracket left open
        if (
            _mark_before(text, at, o) != "。"
            and not (stops and _mark_after(text, close + 1, end) == "。")
            and close + 1 < last  # (the bracket closing the item counts however it stands)
        ):
            continue  # a bracket inside a sentence
        nxt = _labelled(text, o, close + 1, grammar, first_listed)
        if nxt is not None and nxt.start == o:
            found.append(nxt)
            at = nxt.end
    return tuple(found)


def dates_only(clause: Clause) -> bool:
    """Whether a clause holds a deadline and nothing else: （完成时限：2025年10月）."""
    return bool(clause.parts) and all(p.kind == DEADLINE for p in clause.parts)


def units_after_deadline(
    text: str, clause: Clause, end: int, grammar: Grammar, *, first_listed: bool = False
) -> Clause | None:
    """Return the labelled clause naming units after an item's first clause ``clause`` up to
    ``end``, when that first clause holds a deadline alone (…宣传活动（完成时限：2025年10月）。
    在公园…。责任单位：市文明办。): the bracket dates the item, the labels after it name its
    units. None when the first clause names anything else or no such clause follows."""
    if not dates_only(clause):
        return None
    later = _labelled(text, clause.end, end, grammar, first_listed)
    if later is None or not any(isinstance(p.kind, Role) for p in later.parts):
        return None
    return later


def first_unit_leads(text: str, clause: Clause, grammar: Grammar) -> Clause:
    """Under a plan's first-listed-lead note, make the first unit of a clause that names no
    lead its lead, for each clause of an item of several: （省经信委、省发改委负责。…列第一者
    为牵头单位，下同） mid-item gives 省经信委 the lead and 省发改委 the responsibility."""
    parts = clause.parts
    i = next((i for i, p in enumerate(parts) if p.kind is Role.RESPONSIBLE), None)
    if i is None or any(p.kind is Role.LEAD for p in parts):
        return clause
    units = split_units(text, parts[i].start, parts[i].end, grammar)
    if not units:
        return clause
    first = Part(Role.LEAD, units[0].start, units[0].end)
    rest = (Part(Role.RESPONSIBLE, units[1].start, parts[i].end),) if len(units) > 1 else ()
    return replace(clause, parts=(*parts[:i], first, *rest, *parts[i + 1 :]))


def comma_units_lead(
    text: str, clause: Clause, grammar: Grammar, rest: Role = Role.RESPONSIBLE
) -> Clause:
    """Under a plan's note that the units before a clause's comma lead (逗号前为牵头单位),
    make the units of a clause that names no lead up to its first comma outside brackets
    its leads: （水利厅、省林业厅，省发展改革委、农业厅） gives 水利厅 and 省林业厅 the lead,
    and the responsible units after it the ``rest`` role the note gives them (逗号后为配合
    单位: cooperating)."""
    if any(p.kind is Role.LEAD for p in clause.parts):
        return clause
    comma = _first_comma(text, clause.start + 1, clause.end, grammar)
    if comma is None:  # no comma: every responsible unit stands before it and leads
        led = [
            Part(Role.LEAD, p.start, p.end) if p.kind is Role.RESPONSIBLE else p
            for p in clause.parts
        ]
        return replace(clause, parts=tuple(led))
    parts: list[Part] = []
    for p in clause.parts:
        after = rest if p.kind is Role.RESPONSIBLE else p.kind
        if not isinstance(p.kind, Role):
            parts.append(p)
        elif p.start >= comma:
            parts.append(Part(after, p.start, p.end))
        elif p.end <= comma:
            parts.append(Part(Role.LEAD, p.start, p.end))
        else:  # the part runs over the comma: its units before it lead
            parts.append(Part(Role.LEAD, *_strip(text, p.start, comma)))
            parts.append(Part(after, *_strip(text, comma + 1, p.end)))
    return replace(clause, parts=tuple(parts))


def _first_comma(text: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Return the first comma of ``text[start:end]`` outside its brackets, or None."""
    at = start
    for o, c in _top_level(text, start, end, grammar):
        comma = text.find("，", at, o)
        if comma >= 0 or c is None:
            return comma if comma >= 0 else None
        at = c + 1
    comma = text.find("，", at, end)
    return comma if comma >= 0 else None


def _labelless(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Return the last bracket group of suffix segments, or a last line made only of them."""
    found = None
    lost = None  # a bracket never closed: it ends the walk, after every closed one
    for o, c in _top_level(text, start, end, grammar):
        if c is None:
            lost = o
            break
        clause = _suffix_clause(text, o + 1, c, grammar, whole=False, first_listed=first_listed)
        if clause is not None:
            found = Clause(o, c + 1, clause.parts, clause.notes)
        elif (duties := _duty_bracket(text, o, c, grammar, first_listed)) is not None:
            found = duties
    # （X牵头落实 with its closing bracket lost at the end of a scraped page, also after the
    # item's closed brackets (…。（A、B按职责分工分别负责）推进…。（C牵头负责，D按职责分工分)
    cut = _unclosed_clause(text, lost, end, grammar, first_listed) if lost is not None else None
    if cut is not None or found is not None:
        return cut if cut is not None else found
    body_end = _body_end(text, start, end)
    last = max(text.rfind("\n", start, body_end) + 1, start)
    s, e = _strip(text, last, body_end)
    if e > s and last > start:
        clause = _suffix_clause(text, s, e, grammar, whole=True, first_listed=first_listed)
        if clause is not None and _roles_list_units(text, clause, grammar):
            # (各责任单位要按照职责分工抓好落实。 is a sentence, not a clause: 抓好 ends no unit)
            return Clause(s, end, clause.parts, clause.notes)
    return _by_sentence(text, max(last, start), body_end, end, grammar, first_listed)


def _unclosed_clause(
    text: str, lost: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Return the clause of the bracket at ``lost``, never closed before ``end`` (a page cut
    inside it), if it reads as one."""
    s, e = _strip(text, lost + 1, end)
    if grammar.starts_label(text[s:e]):
        return None  # (责任科 where the page stops: a label it cut, no unit
    inner = next((o for o, c in _top_level(text, s, e, grammar) if c is None), None)
    if inner is not None and inner > s:
        # …负责；各市、区人民政府〔以下均需各市、区人民政府，镇 where the page stops: a bracket
        # opened inside the clause and never closed is the cut note of its last unit
        a, b = _strip(text, s, inner)  # read as a closed bracket's words are
        found = _suffix_clause(text, a, b, grammar, whole=False, first_listed=first_listed)
        if found is not None:
            note = _strip(text, inner + 1, e)
            notes = (*found.notes, note) if note[0] < note[1] else found.notes
            return Clause(lost, end, found.parts, notes)
    clause = _suffix_clause(text, s, e, grammar, whole=True, first_listed=first_listed)
    if clause is not None and any(
        _says_forward(text, p.start, p.end, grammar) for p in clause.parts
    ):
        clause = None  # 〔X按职责分工负责。以下均需地方人民政府负责: the note ends in a role
    # 〔X负责，Y参与。以下均需各级政府落实，不再: the page cut inside a note for later
    # tasks after the roles (free words, 年内完成一期, leave it no clause)
    noted = (
        _suffix_clause(text, s, e, grammar, whole=False, first_listed=first_listed)
        if clause is None
        else None
    )
    if noted is not None and noted.notes and _cut_fragment(text, *noted.notes[-1], e, grammar):
        # （X牵头，各 where the page stops: the start of a unit's name is no note
        noted = replace(noted, notes=noted.notes[:-1])
        clause = noted if noted.notes == () else None
    if clause is None and noted is not None and noted.notes:
        # (…参与。注：排在首位: a first-listed note the page cut is the plan's note too)
        forward = all(
            _says(text, a, b, grammar, grammar.forward, grammar.first_listed_lead)
            for a, b in noted.notes
        )
        # （X等按职责分工负责，各市〔特区、区〕人民政府: the page cut before the last
        # units' role word; they stay the note, as in a closed bracket
        # (…负责，市公安局、市发: the last of them cut inside its name)
        cut = all(
            lists_units(text, a, b, grammar) or _cut_in_last_unit(text, a, b, e, grammar)
            for a, b in noted.notes
        )
        clause = noted if forward or cut else None
    return Clause(lost, end, clause.parts, clause.notes) if clause is not None else None


_COMMA = re.compile("，")
#: A comma, a quotation's marks and a line break: what ``_unquoted_commas`` looks at.
_COMMA_OR_QUOTE = re.compile("[，“”\n]")

#: The most letters of a unit's name the page's end may leave after a clause's roles (市发展).
_MAX_CUT_FRAGMENT = 3


def _cut_fragment(text: str, start: int, stop: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:stop]``, where the text ends, is the start of one unit's name the
    page cut (各, 市发展, 有关): a few letters after a collective's head or a level of
    government, with no separator."""
    fragment = text[start:stop]
    return (
        stop == end
        and 0 < len(fragment) <= _MAX_CUT_FRAGMENT
        and all(HAN_CHAR.match(ch) for ch in fragment)
        and (fragment[0] in _LEVEL_ALONE or fragment.startswith(grammar.collective[0]))
    )


def _body_end(text: str, start: int, end: int) -> int:
    """Return where ``text[start:end]`` ends before its trailing spaces and line breaks (the
    last item of a file runs to its final newline)."""
    while end > start and text[end - 1] in " \t\n　":
        end -= 1
    return end


def _last_sentence(text: str, line: int, body_end: int) -> tuple[int, int]:
    """Return where the last sentence of ``text[line:body_end]`` starts (0 when no 。 ends
    one before it) and ends, its closing 。 left out."""
    stop = body_end - (text[body_end - 1] == _SENTENCE) if body_end > line else body_end
    return text.rfind(_SENTENCE, line, stop) + 1, stop


def _by_sentence(
    text: str, line: int, body_end: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Read the last sentence of an item's last line when it opens with a lead-in (由):
    …确保补贴总金额高于上年。由市财政局、农业局，各县(市)、区人民政府负责落实。"""
    s, e = _strip(text, *_last_sentence(text, line, body_end))
    if s <= line or not any(text.startswith(w, s, e) for w in grammar.lead_ins):
        return None
    clause = _suffix_clause(text, s, e, grammar, whole=True, first_listed=first_listed)
    return None if clause is None else Clause(s, end, clause.parts, clause.notes)


def _closing_part(
    text: str, start: int, end: int, grammar: Grammar, first_listed: bool
) -> Clause | None:
    """Read the parts of an item's last sentence from the first after a comma that opens
    with a lead-in, as an item's opening reads (…举行群众游行，具体由县文体局负责，各乡镇
    配合。): a sentence that names its units at its end."""
    s, stop = _closing_sentence(text, start, end)
    commas = (m.end() for m in _COMMA.finditer(text, s, stop))
    part = next((c for c in commas if text.startswith(grammar.lead_ins, c, stop)), None)
    if part is None:
        return None
    opened = opening_clause(text, part, stop, grammar, first_listed, led_in=True)
    return None if opened is None else Clause(part, end, opened.parts, opened.notes)


def _closing_bys(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Read an item's last sentence whose every comma segment closes by naming who does
    the work it names, after 由 (…的设计制作由市创建办负责，…维护工作由各镇街及相关部门
    负责。): the first segment's units are in charge (they lead, as in （X负责）), later ones
    take their role word's role. The sentence stays the item's text (``inline``)."""
    sentence, stop = _closing_sentence(text, start, end)
    parts: list[Part] = []
    opened = None
    for s, e in _split_between(text, sentence, stop, _unquoted_commas(text, sentence, stop)):
        suffix = grammar.suffix_ending(text, s, e)
        if suffix is None:
            return None
        value_end = e - len(suffix)
        # the first 由 the units follow (由中国（河南）自由贸易试验区…: 由 inside a name too)
        bys = (m.start() for m in _BY.finditer(text, s, value_end))
        found = next(
            ((by, units) for by in bys if (units := _units_by(text, by + 1, value_end, grammar))),
            None,
        )
        if found is None:
            return None
        by, (a, b) = found
        role = grammar.role_of_suffix(suffix)
        parts.append(Part(Role.LEAD if not parts and role is Role.RESPONSIBLE else role, a, b))
        opened = by if opened is None else opened
    if opened is None:
        return None
    return Clause(opened, stop, tuple(parts), inline=True)


def _closing_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where an item's last sentence starts on its last line and where it ends, its
    closing 。 left out."""
    body_end = _body_end(text, start, end)
    line = max(text.rfind("\n", start, body_end) + 1, start)
    first, stop = _last_sentence(text, line, body_end)
    return max(first, line), stop


def _units_by(text: str, start: int, end: int, grammar: Grammar) -> tuple[int, int] | None:
    """Return the span of ``text[start:end]``, after a 由, when it lists units and nothing
    else."""
    a, b = _strip(text, start, end)
    return (a, b) if b > a and not has_de(text[a:b]) and lists_units(text, a, b, grammar) else None


_BY = re.compile("由")


def _split_at(mark: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of ``text[start:end]`` between the places a one-character ``mark``
    matches (each mark left out), the last from the last mark to ``end``."""
    return _split_between(text, start, end, [m.start() for m in mark.finditer(text, start, end)])


def _split_between(text: str, start: int, end: int, marks: list[int]) -> list[tuple[int, int]]:
    """Return the spans of ``text[start:end]`` between the one-character ``marks`` (each
    left out), the last from the last mark to ``end``."""
    cuts = [start, *marks, end]
    return [(cuts[0], cuts[1]), *((a + 1, b) for a, b in itertools.pairwise(cuts[1:]))]


def _unquoted_commas(text: str, start: int, end: int) -> list[int]:
    """Return where ``text[start:end]`` holds a comma outside a quotation: none whose next
    quotation mark on its line closes one (“环境整洁，门前责任落实”由…负责: the quoted comma is
    the goal's). One pass from the end (a look-ahead from each comma is quadratic in a long
    line)."""
    commas: list[int] = []
    ahead = ""  # the next quotation mark after the place on its line
    for found in reversed(list(_COMMA_OR_QUOTE.finditer(text, start, end))):
        mark = found.group()
        if mark == "，":
            if ahead != "”":
                commas.append(found.start())
        else:
            ahead = "" if mark == "\n" else mark
    return commas[::-1]


def _suffix_clause(
    text: str, start: int, end: int, grammar: Grammar, *, whole: bool, first_listed: bool = False
) -> Clause | None:
    """Read ``X牵头，Y配合``; the first segment must be one, later free ones are notes."""
    parts: list[Part] = []
    notes: list[tuple[int, int]] = []
    segments = _segments(text, start, end, grammar)
    held: tuple[int, int] | None = None  # a list ending 等部门 waiting for the next role
    hosted: list[int] = []  # the parts of 承办 units: responsible beside a 主办 one
    host = False
    noting = False  # past the plan's first-listed-lead note: the rest explains it
    for s, e in segments:
        if not parts and held is None and grammar.label_kind(text[s:e]) is not None:
            continue  # 实施单位。县交警大队牵头，…: a label its office closed with 。, no unit
        if not parts and held is not None and _says_first_leads(text, s, e, grammar):
            # （X、Y、Z，排第一的为牵头单位，其他为责任单位）: units with no role word before
            # the plan's note, whose words name roles: a bracket of units (``roleless_clause``)
            return None
        noting = noting or (bool(parts) and held is None and _says_first_leads(text, s, e, grammar))
        if noting and not whole:
            # （X、Y负责。列第一位者为牵头部门或单位，其他有关部门和单位按职责分工负责，下同）:
            # what the others do is the note's, no unit of this task
            _add_note(text, notes, (s, e))
            continue
        if (parts or held is not None) and not whole and _says_forward(text, s, e, grammar):
            # （X、Y负责。以下均需地方各级人民政府负责，不再列出）: a sentence about later
            # tasks names no unit of this one, even when it ends in a role word
            if held is not None:  # a free segment before it stays first, as printed
                notes.append(held)
                held = None
            _add_note(text, notes, (s, e))
            continue
        partner = _partner_units(text, s, e, grammar) if parts and held is None else None
        if partner is not None and not notes:  # 由X牵头，会同Y、Z协同推进: Y and Z cooperate
            parts.append(Part(Role.COOPERATING, *partner))
            continue
        suffix = grammar.suffix_ending(text, s, e)
        if suffix and _says_first_leads(text, s, e, grammar):
            suffix = None  # 列第一位者为牵头单位: the plan's note, not 统宣办为牵头单位
        printed = len(suffix) if suffix else 0
        if suffix is None and (s, e) == segments[-1] and _ENDS_TEXT.match(text, e):
            # （财务司、政法司负: the page stops inside the last role word, read as the word
            cut = grammar.cut_suffix(text, s, e)
            if cut is not None and not _ends_unit(text[s : e - cut[1]], grammar):
                cut = None  # （X牵头，各处室、直属: 属 of 直属, no 属地负责 the page cut
            suffix, printed = cut if cut is not None else (None, 0)
        value_end = e - printed if suffix else s
        value = text[s:value_end]
        named = len(value.strip(_TRAILING)) >= 2 or held is not None  # 总负责: no unit named
        # （X、Y分别负责。分别负责为有关单位按职责分别牵头，下同）: a later segment whose value
        # holds a role word itself explains the roles, and names no unit
        named = named and not (parts and _holds_role_word(value, grammar))
        # 由区农林水利局张崇芳局长负责: the unit, then its head
        person = _person_after_unit(text, s, value_end, grammar) if suffix else None
        if (
            suffix
            and named
            and not has_de(value)
            and _short_or_units(text, s, person or value_end, grammar)
            and not notes
        ):
            if person is not None:
                parts.append(Part(LEADERS, person, value_end))
                value_end = person
            # 由市发改委牵头: "by" is no part of the name
            v_start = past_lead_in(text, held[0] if held else s, value_end, grammar)
            if parts:  # X牵头，会同Y、Z负责: "together with" is no part of Y's name
                v_start = _past_words(text, v_start, value_end, grammar.subject_partners)
            kind: Kind = grammar.role_of_suffix(suffix)
            if person is None and is_person(text[v_start:value_end], grammar):
                kind = LEADERS  # 由杨志武副市长负责: a person in charge, never a unit
            host = host or suffix in grammar.hosts
            if suffix in grammar.under_host:
                hosted.append(len(parts))
            if isinstance(kind, Role):  # X会同Y负责: Y cooperates
                parts += _partnered(text, kind, v_start, value_end, grammar)
            else:
                parts.append(Part(kind, *_strip(text, v_start, value_end)))
            held = None
            continue
        if not notes and _is_held(text, s, e, grammar, first=not parts or held is not None):
            # （X牵头，Y、Z等部门，W配合）: Y and Z share the role the next segment gives W;
            # （各县、特区、区人民政府，各经济开发区管委会负责）: so do the units of a first
            # segment, and lists of units after a role (X牵头；A、B，C、D，各州、市人民政府配合)
            held = (held[0] if held else s, e)
            continue
        if held is not None and not whole:  # no role followed: a free segment, as before
            notes.append(held)
            held = None
        if parts and not whole and (s, e) == segments[-1] and _is_deadline(text, s, e, grammar):
            parts.append(Part(DEADLINE, s, e))  # （X牵头，Y负责，2026年12月底前完成）
        elif parts and not whole:
            _add_note(text, notes, (s, e))
        else:
            return None
    if held is not None:
        if whole:
            return None
        if (
            parts
            and not notes
            and _after_stop(text, start, held[0])
            and lists_units(text, *held, grammar)
        ):
            # （X、Y分工负责；各乡镇）: units after the roles, apart by ；, with none of their
            # own carry the task out, as a clause's units without a role do (after a comma,
            # （X牵头，Y、Z等部门）, a list waiting for its role stays the note)
            parts.append(Part(Role.RESPONSIBLE, *held))
        else:
            notes.append(held)
    if not any(isinstance(p.kind, Role) for p in parts):
        return None
    for p in parts:  # 市有关单位（见附件1，下同）: the bracket is the plan's note
        notes += [(o + 1, c) for o, c in note_brackets(text, p.start, p.end, grammar)]
    for k in hosted if host else ():  # X主办，Y承办: Y carries out what X hosts
        parts[k] = Part(Role.RESPONSIBLE, parts[k].start, parts[k].end)
    if not first_listed:
        # （X负责） or （X负责，Y配合）: the unit in charge is the lead (under a plan's
        # first-listed-lead note only its first unit is: the parser decides that).
        _in_charge_leads(parts)
    return Clause(start, end, tuple(parts), tuple(notes))


#: 由 inside words that lead no unit in: 由于 (because), 自由, 理由, 缘由, 经由.
_NOT_BY_AFTER = ("于",)
_NOT_BY_BEFORE = "自理缘经"
#: Where a task's first sentence ends, for units named inside it.
_SENTENCE_END = re.compile("[。；;\n]")
#: The most characters of a first sentence searched for units named inside it, and the
#: most lead-ins (由) tried there.
_INLINE_SENTENCE = 200
_INLINE_LEAD_INS = 3


def inline_clause(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Return the units a task's first sentence puts in charge in its own words, after a
    lead-in 由 and before the first role word after it: 1.医疗卫生人员由县卫健局负责组织；
    They lead, as （X负责） makes X the lead; the clause spans 由…负责组织 and stays in the
    title (``inline``). None when no such units stand there.

    After a comma, a lead-in that opens the sentence's whole rest as a clause (（三）道路交通
    安全专项整治，由公安部门负责，有关部门配合。) closes the title: the clause is the rest,
    and the title the words before the comma."""
    stop = min(end, start + _INLINE_SENTENCE)
    found = _SENTENCE_END.search(text, start, stop)
    stop = found.start() if found else stop
    bys = (start + m.start() for m in re.finditer("由", text[start:stop]))
    for p in itertools.islice(bys, _INLINE_LEAD_INS):
        if text.startswith(_NOT_BY_AFTER, p + 1) or (p > start and text[p - 1] in _NOT_BY_BEFORE):
            continue
        rest = _suffix_clause(text, p, stop, grammar, whole=True) if text[p - 1] in "，," else None
        if rest is not None and _roles_only(rest):
            return Clause(p, stop, rest.parts)
        # the first role word after 由 ends what it leads in
        role = grammar.charge_pattern.search(text, p + 3, min(stop, p + 1 + _MAX_UNITS_TEXT))
        if role is None:
            continue
        s, e = _strip(text, p + 1, role.start())
        if e <= s or text[e - 1] not in grammar.name_endings + "等":
            continue  # (no name ends there: a quick refusal before the units are split)
        if not has_de(text[s:e]) and lists_units(text, s, e, grammar):
            later = _later_in_sentence(text, role.end(), stop, grammar)
            close = later[-1][1] if later else role.end()
            parts = (Part(Role.LEAD, s, e), *(part for part, _ in later))
            return Clause(p, close, parts, inline=True)
    return None


def _later_in_sentence(
    text: str, start: int, stop: int, grammar: Grammar
) -> list[tuple[Part, int]]:
    """Return the units that later comma segments of an inline clause's sentence open with,
    each before its own role word, with where that word ends: …由消防部门负责督促整改，工商
    部门配合落实整改； (工商部门 cooperates), …由自管单位负责，消防部门负责监督落实。 (消防部门
    is responsible beside the lead)."""
    found: list[tuple[Part, int]] = []
    for comma in _COMMA.finditer(text, start, stop):
        at = comma.end()
        word = grammar.role_word_pattern.search(text, at, min(stop, at + _MAX_UNITS_TEXT))
        if word is None:
            continue
        s, e = _strip(text, at, word.start())
        if e > s and not has_de(text[s:e]) and lists_units(text, s, e, grammar):
            found.append((Part(grammar.role_of_suffix(word.group()), s, e), word.end()))
    return found


def _partner_units(text: str, start: int, end: int, grammar: Grammar) -> tuple[int, int] | None:
    """Return the units a segment after a lead names as its partners, after a partner's word
    and before what they do (会同省人社厅、民政厅及各省辖市协同推进; 组织文明办、住建局等单位),
    else None: the segment lists units and nothing else."""
    words = (*grammar.subject_partners, *grammar.organised)
    word = next((w for w in words if text.startswith(w, start, end)), None)
    if word is None:
        return None
    s = start + len(word)
    tail = next((t for t in grammar.partner_tails if text.endswith(t, s, end)), "")
    kind = None if tail else grammar.kinds_pattern.search(text, s, end)
    if kind is not None:  # 会同市发展改革委、市财政局等部门对建成的项目组织验收: up to 等部门
        tail = text[kind.end() : end]
        if grammar.suffix_ending(text, kind.end(), end) == tail:
            return None  # 会同Y、Z等部门负责: a role word gives their role (a suffix segment)
    s, e = _strip(text, s, end - len(tail))
    if e <= s or has_de(text[s:e]) or not lists_units(text, s, e, grammar):
        return None
    return s, e


def _with_partner(
    text: str, start: int, end: int, grammar: Grammar, words: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """Return where a partner's word (or one of ``words``) stands between units in a suffix
    segment's value (市发改委会同市财政局, the value of …负责), else None."""
    for word in words or grammar.subject_partners:
        at = text.find(word, start, end)
        after = at + len(word)
        units = at > start and after < end and lists_units(text, start, at, grammar)
        if units and lists_units(text, after, end, grammar):
            return at, after
    return None


def _ends_unit(value: str, grammar: Grammar) -> bool:
    """Whether ``value`` ends as a unit's name (局, 委, its bracket) or a list does (等):
    a role word may follow it."""
    return value.endswith((*grammar.name_endings, *grammar.closing, "等"))


def _holds_role_word(value: str, grammar: Grammar) -> bool:
    """Whether a suffix segment's value holds a role suffix of its own (负责, 牵头, 配合):
    prose about the roles, which no unit's name holds (组织 of 中央组织部 is none)."""
    return grammar.role_word_pattern.search(value) is not None


#: A person's name after a title (区长陈兴立, 常务副区长姚珂军): two or three characters.
_NAME_AFTER_TITLE = re.compile(f"[{HAN}]{{2,3}}")


def _person_after_unit(text: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Return where a person named after a unit starts in ``text[start:end]`` (区农林水利局
    张崇芳局长, 县公安局李明副局长: the unit's head, a name of two or three characters and a
    title), else None."""
    value = text[start:end]
    title = next((t for t in grammar.person_titles if value.endswith(t)), None)
    if title is None or not title.endswith(_HEADS_TITLE):  # (区政府党组成员: a member's)
        return None
    core = value[: -len(title)].removesuffix("副")
    for size in _PERSON_NAME:
        unit, name = core[:-size], core[-size:]
        named = _NAME_AFTER_TITLE.fullmatch(name) and len(unit.lstrip("由")) >= 2
        if named and unit[-1] in grammar.name_endings:
            return start + len(unit)
    return None


#: How the title of a unit's head ends (局长, 县长, 所长).
_HEADS_TITLE = "长"
#: The lengths a person's name has after a unit, the longer tried first.
_PERSON_NAME = (3, 2)


def is_person(value: str, grammar: Grammar) -> bool:
    """Whether a value names a person: a title last (杨志武副市长) or a title and then a
    name that ends no unit's name (区长陈兴立 in 一、区长陈兴立牵头重点工作).

    An "etc." ending is read past: 全国双拥工作领导小组等 names a unit, not 领导 小组等.
    """
    value = value[: len(value) - len(etc_ending(value, 0, len(value), grammar))]
    if value.endswith(grammar.person_titles):
        return True
    for title in grammar.person_titles:
        at = value.rfind(title)
        if names_person(value[at + len(title) :] if at >= 0 else "", grammar):
            return True
    return False


def names_person(name: str, grammar: Grammar) -> bool:
    """Whether ``name`` reads as a person's name: two or three characters, the last ending
    no unit's name (陈兴立, 王锐; not 市教委)."""
    return _NAME_AFTER_TITLE.fullmatch(name) is not None and name[-1] not in grammar.name_endings


def cell_clause(
    text: str, start: int, end: int, grammar: Grammar, column: Role
) -> tuple[Part, ...] | None:
    """Return the role parts of a table's units cell that is a label-less clause.

    ``办公室牵头,各科室配合`` in a 责任部门 column: 办公室 leads, 各科室 cooperate. Only a cell
    made wholly of suffix segments reads so; when none of them leads or cooperates
    (``X、Y负责落实``) the units keep the ``column``'s role without the suffix, and a plain
    list of units keeps it too.
    """
    clause = _suffix_clause(text, start, end, grammar, whole=True, first_listed=True)
    if clause is None and blank_from(text, end):
        # 市发展改革委牵头，市住建局等政府各有关 where the page stops: the units after the
        # last role word are left out, their own role word cut
        cut = _suffix_clause(text, start, end, grammar, whole=False, first_listed=True)
        if cut is not None and len(cut.notes) == 1 and cut.notes[0][1] == end:
            clause = replace(cut, notes=())
    if clause is None or any(_free(note, clause.parts) for note in clause.notes):
        return None  # (a unit's own note, 市有关单位（见附件1，下同）, is no free text)
    roles = {p.kind for p in clause.parts}
    if not roles <= set(Role):
        return None
    if not roles & {Role.LEAD, Role.COOPERATING}:
        return tuple(Part(column, p.start, p.end) for p in clause.parts)
    return clause.parts


def partner_cell(
    text: str, start: int, end: int, grammar: Grammar, column: Role
) -> tuple[Part, ...] | None:
    """Return the role parts of a table's units cell whose units join a partner by a
    partner's word (``教育部会同有关部门，各省级人民政府`` in a 责任单位 column): the units
    before the word lead, those after it cooperate, and the cell's other lists keep the
    ``column``'s role; None for a cell with no such list."""
    parts: list[Part] = []
    for a, b in _segments(text, start, end, grammar):  # (a 、 joins units of one list)
        partner = _with_partner(text, a, b, grammar)
        if partner is not None:
            parts += [Part(Role.LEAD, a, partner[0]), Part(Role.COOPERATING, partner[1], b)]
        else:
            parts.append(Part(column, a, b))
    if not any(p.kind is Role.COOPERATING for p in parts):
        return None
    return tuple(parts)


def _free(note: tuple[int, int], parts: tuple[Part, ...]) -> bool:
    """Whether a note stands outside every part (a free segment, not a unit's bracket)."""
    return not any(p.start <= note[0] and note[1] <= p.end for p in parts)


def labelled_cell(text: str, start: int, end: int, grammar: Grammar) -> tuple[Part, ...] | None:
    """Return the role parts of a table's units cell that opens with a label:
    ``牵头单位：市文广旅游局 责任单位：市各县（市、区）政府`` in a 责任单位 column."""
    found = grammar.labels_in(text, start, end)
    if not found or text[start : found[0].start()].strip():
        return None
    clause = _labelled(text, start, end, grammar, False)
    return clause.parts if clause is not None else None


def _add_note(text: str, notes: list[tuple[int, int]], span: tuple[int, int]) -> None:
    """Add a free segment to the notes; one a comma joins to the note before continues it
    (列第一位者为牵头单位，下同 stays one sentence, as printed)."""
    if notes and text[notes[-1][1] : span[0]].strip() in ("，", ","):
        notes[-1] = (notes[-1][0], span[1])
    else:
        notes.append(span)


def _is_held(text: str, s: int, e: int, grammar: Grammar, *, first: bool) -> bool:
    """Whether a segment without a suffix waits for the next segment's role: a list ending
    等部门 after a role, or, as the clause's first segment or after one held, a list of unit
    names only."""
    if not first and _is_etc_list(text, s, e, grammar):
        return True
    # 本部分工作由X，Y等部门负责组织实施: the words leading in are no part of X's name
    s = past_lead_in(text, s, e, grammar) if first else s
    return e - s <= _MAX_UNITS_TEXT and lists_units(text, s, e, grammar)


def past_lead_in(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where ``text[start:end]`` goes on past words leading in to units (由, 此项工作由:
    the grammar's ``lead_ins``), when more than a character follows them; or past a lead-in
    of more than 由 after the name of the work it leads in (高层建筑隐患排查工作由房管部门, no
    mark between them); else ``start``."""
    at = _past_words(text, start, end, grammar.lead_ins)
    if at != start:
        return at
    for word in grammar.lead_ins:
        k = text.find(word, start, end) if len(word) > 1 else -1
        if k > start and end - k - len(word) > 1 and not _MARKS.search(text, start, k):
            return k + len(word)
    return start


#: Marks between a work's name and its lead-in that part them: the words are prose's.
_MARKS = re.compile("[、，,；;。：:]")


def _past_words(text: str, start: int, end: int, words: tuple[str, ...]) -> int:
    """Return where ``text[start:end]`` goes on past the first of ``words`` it opens with (由,
    会同), when more than a character follows it; else ``start``."""
    by = next((w for w in words if text.startswith(w, start, end)), "")
    return start + len(by) if by and end - start > len(by) + 1 else start


def _is_etc_list(text: str, s: int, e: int, grammar: Grammar) -> bool:
    """Return True if a segment without a suffix is a list of units ending 等部门, 等单位."""
    return (
        e - s <= _MAX_UNITS_TEXT and not has_de(text[s:e]) and bool(etc_ending(text, s, e, grammar))
    )


def etc_ending(text: str, start: int, end: int, grammar: Grammar) -> str:
    """Return the "etc." word ``text[start:end]`` ends with, the longest first (等部门 before
    等), when a name stands before it; else ""."""
    return next(
        (w for w in grammar.etc if text.endswith(w, start, end) and end - len(w) > start), ""
    )


def _is_deadline(text: str, s: int, e: int, grammar: Grammar) -> bool:
    """Return True if a free segment reads as a deadline: short, ending 底前, 长期坚持…

    Only after a comma or a semicolon, as part of the clause (…配合；2026年6月底前完成):
    after 。 (…配合。年底前完成) it is a sentence of its own, the task's note.
    """
    i = s - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return (
        e - s <= _MAX_DEADLINE
        and i >= 0
        and text[i] in "，,；;"
        and any(text.endswith(w, s, e) for w in grammar.deadline_endings)
    )


def _segments(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Split at top-level ，；。 and line breaks, and at a 、 after a role word
    (局防控办主办、各工作组协办), and where a lead's suffix runs on into more units
    (``_glued_lead``); brackets keep their commas."""
    spans: list[tuple[int, int]] = []
    depth, item = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "，"
        if ch in grammar.opening:
            depth += 1
        elif ch in grammar.closing:
            depth = max(depth - 1, 0)
        elif depth == 0 and (
            ch in _LABELLESS_SEGMENT or (ch == "、" and _role_ends(text, item, i, grammar))
        ):
            s, e = _strip(text, item, i)
            if e > s:
                glued = _glued_lead(text, s, e, grammar)
                spans.extend(((s, glued), (glued, e)) if glued is not None else ((s, e),))
            item = i + 1
    return spans


def _role_ends(text: str, start: int, at: int, grammar: Grammar) -> bool:
    """Whether the units before a 、 at ``at`` end with a role word of their own (局防控办主办、
    各工作组协办), not with the first word of a longer one (省国土厅组织、协调、指导、监督) nor
    with 组织, which a 、 joins to more verbs (组织、协调和管理…; 市信息产业局负责组织、协调…)."""
    suffix = grammar.suffix_ending(text, start, at)
    if suffix is None or suffix.endswith(grammar.organised):  # 办公室组织、协调…: verbs
        return False
    word_start = at - len(suffix)
    return not any(
        "、" in word and text.startswith(word, word_start) for word, _ in grammar.suffixes
    )


#: The lead suffix a segment may go on past with no mark (X牵头Y配合: a wrapped line's lost comma).
_GLUED_LEAD = "牵头"


def _glued_lead(text: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Return where a segment's second part starts when its lead's suffix runs on into more
    units with no mark between (省卫生健康委牵头省教育厅、省民政厅按职责分工负责, a PDF line
    break where the comma was; 市发改委牵头市财政局配合): both parts name units before a suffix
    of their own. None for one segment (牵头负责, 牵头抓总: one suffix). Only a segment as
    long as a list of units is looked at: a sentence's words are none."""
    if end - start > 2 * _MAX_UNITS_TEXT:
        return None
    at = text.find(_GLUED_LEAD, start, end)
    while at >= 0:
        cut = at + len(_GLUED_LEAD)
        lead = grammar.suffix_ending(text, start, cut)
        rest = grammar.suffix_ending(text, cut, end)
        if (
            lead is not None
            and rest is not None
            and grammar.role_of_suffix(lead) is Role.LEAD
            and HAN_CHAR.match(text, cut) is not None
            and _names_someone(text, start, cut - len(lead), grammar)
            and _names_someone(text, cut, end - len(rest), grammar)
            and not has_de(text[cut:end])
        ):
            return cut
        at = text.find(_GLUED_LEAD, cut, end)
    return None


def _top_level(
    text: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int | None]]:
    """Yield each top-level bracket in ``text[start:end]`` and its close, in order; a bracket
    never closed is yielded with None, and ends the walk."""
    i = start
    while i < end:
        if text[i] in grammar.opening:
            close = balanced_close(text, i, end, grammar)
            yield i, close
            if close is None:
                return
            i = close + 1
        else:
            i += 1


def _groups(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the top-level bracket groups (open, close) in ``text[start:end]``."""
    return [(o, c) for o, c in _top_level(text, start, end, grammar) if c is not None]


def _unclosed(text: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Return a top-level bracket in ``text[start:end]`` that is never closed, if any."""
    return next((o for o, c in _top_level(text, start, end, grammar) if c is None), None)


def split_units(text: str, start: int, end: int, grammar: Grammar) -> list[Unit]:
    """Split a clause value into units at separators outside brackets; strip "etc." endings.

    A collective of the grammar (各县、市、区政府) stays one unit.
    """
    units: list[Unit] = []
    # 各县、市、区政府 is one unit: its 、 separate nothing.
    whole = {
        i
        for m in grammar.collective_pattern.finditer(text, start, end)
        for i in range(m.start(), m.end())
    }
    printed = any(text.find(c, start, end) >= 0 for c in grammar.separators if c not in BLANKS)
    depth, item = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "、"
        if ch in grammar.opening:
            depth += 1
        elif ch in grammar.closing:
            depth = max(depth - 1, 0)
        elif (
            ((ch in grammar.separators and depth == 0) or i == end)
            and i not in whole
            and not (ch in BLANKS and _wraps(text, item, i, end, grammar, printed))
        ):
            s, e = _strip(text, item, i)
            while e > s and i == end and text[e - 1] in grammar.opening:
                e -= 1  # 责任单位：各镇（ where the text stops: the bracket holds nothing
            if units and text[item - 1] == "、" and _joins_before(text, units[-1], s, e, grammar):
                # 有关部门、单位: the kind joins the item; after 等部门 (X等部门、单位) it ends
                # the "etc." ending the item already lost
                if not units[-1].etc:
                    units[-1] = replace(units[-1], end=e)
            else:
                for a, b in _collective_parts(text, s, e, grammar):
                    units.extend(
                        _without_etc(text, x, y, grammar) for x, y in _etc_level(text, a, b)
                    )
            item = i + 1
    # 市 alone at the text's end names no unit: the start of one a page cut (…运输局、市);
    # nor does a name the page cut inside it (…、县农业农, …、省國)
    if units and blank_from(text, units[-1].end) and _cut_name(text, units[-1], grammar):
        units = units[:-1]
    return _shared_tails(text, _qualified(text, _stray_etc(text, units)), grammar)


def _qualified(text: str, units: list[Unit]) -> list[Unit]:
    """Join a bracket printed alone after a unit and a space to that unit: it says what the
    unit is (区划地名科 （基层政权建设和社区治理科）, a table cell's wrap), no unit itself."""
    out: list[Unit] = []
    for unit in units:
        alone = _BRACKET_ALONE.fullmatch(text, unit.start, unit.end) is not None
        spaced = bool(out) and not text[out[-1].end : unit.start].strip()
        if alone and spaced and not out[-1].etc:
            out[-1] = replace(out[-1], end=unit.end)
            continue
        out.append(unit)
    return out


#: A bracket and nothing else: （基层政权建设和社区治理科）.
_BRACKET_ALONE = re.compile(r"[（(][^（）()]{1,20}[）)]")


def _cut_name(text: str, unit: Unit, grammar: Grammar) -> bool:
    """Whether a last unit that the text's end closes ends as no unit's name does: levels
    of government alone (市, 区市), letters of a name the page cut (县农业农, 区市场), or a
    name whose bracket the page cut before it closed (市经济信息委〔市中小企业)."""
    name = text[unit.start : unit.end]
    rest = name.lstrip("".join(_LEVEL_ALONE))  # 区市 (区市场监管局), 市 (市发展改革委)
    opened = sum(name.count(ch) for ch in grammar.opening)
    return (
        not rest
        or opened > sum(name.count(ch) for ch in grammar.closing)  # 市经济信息委〔市中小企业
        or rest == "场"  # 区市场 (区市场监管局): levels and a market are no unit
        or not (
            unit.etc or name[-1] in grammar.name_endings + grammar.closing or name.endswith(_BODIES)
        )
    )


def says_who(text: str, unit: Unit, grammar: Grammar) -> bool:
    """Whether a cell's item is a sentence saying who does a part of the work, not a unit
    (制定规范性文件的部门，上级部门制定的规范性文件由对口部门公开): after 由 it names a unit
    and goes on past that name, and it does not end as a unit's name does."""
    name = text[unit.start : unit.end]
    at = name.find("由", 1)
    return (
        at > 0  # (so the name is not empty)
        and not unit.etc
        and name[-1] not in grammar.name_endings + grammar.closing
        and any(ch in grammar.name_endings for ch in name[at + 2 : -1])
    )


#: A level of government alone, no unit's name.
_LEVEL_ALONE = frozenset("省市县区镇乡村")


def _stray_etc(text: str, units: list[Unit]) -> list[Unit]:
    """Drop an "etc." phrase printed as an item of its own after 、 (区农业农村局、等区政府有关
    部门): it ends the list before it, whose last unit takes the "etc." mark."""
    out: list[Unit] = []
    for unit in units:
        if out and text.startswith("等", unit.start):
            out[-1] = replace(out[-1], etc=True)
            continue
        out.append(unit)
    return out


#: A bare word that is a collective's head, no place: 各地、各部门.
_NOT_BARE = ("各", "相关", "有关")
#: The longest bare place before 、 that shares the next unit's tail: 广东、深圳、珠海检验检疫局.
_BARE_PLACE = 3


def _shared_tails(text: str, units: list[Unit], grammar: Grammar) -> list[Unit]:
    """Join bare places listed with 、 before a unit into that unit: they share its tail
    (广东、深圳、珠海检验检疫局 is the three places' bureaus, one mention as printed)."""
    out: list[Unit] = []
    run: list[Unit] = []  # bare places waiting for the unit whose tail they share
    for unit in units:
        name = text[unit.start : unit.end]
        follows = not run or text[run[-1].end : unit.start] == "、"
        if not follows:
            out += run
            run = []
        bare = (
            not unit.etc
            and 2 <= len(name) <= _BARE_PLACE
            and all(HAN_CHAR.match(ch) for ch in name)
            and name[-1] not in grammar.name_endings
            and name not in grammar.bare_kinds
            and not name.startswith(_NOT_BARE)
            and text[unit.end : unit.end + 1] == "、"
        )
        if bare:
            run.append(unit)
        elif run and _institution(text, unit, grammar):
            out.append(replace(unit, start=run[0].start))
            run = []
        else:
            out += [*run, unit]
            run = []
    return out + run


def _institution(text: str, unit: Unit, grammar: Grammar) -> bool:
    """Whether a unit is one body named in full (珠海检验检疫局), not a field's kind
    (税务部门) or a list cut short by 等 (审计等): bare fields before it stay units."""
    name = text[unit.start : unit.end]
    return (
        not unit.etc
        and len(name) > _BARE_PLACE + 1
        and _unit_like(text, unit, grammar)
        and not name.endswith((*grammar.bare_kinds, "部门"))
    )


#: A bracket closing a body's name: 政府（办事处）.
_BODY_BRACKET = re.compile(r"（[^（）]{1,6}）$")


def _joins_before(text: str, before: Unit, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]``, after 、, belongs to the unit ``before`` it: a kind with
    no name of its own (有关部门、单位), or a body with no place of its own after a party
    committee's name (各乡镇（街道）党（工）委、政府（办事处）: the committee and government
    of each township, one unit)."""
    value = text[start:end]
    if value in grammar.bare_kinds:
        return True
    party = text[before.start : before.end]
    return (
        "党" in party
        and party.endswith("委")
        and _BODY_BRACKET.sub("", value) in grammar.bare_bodies
    )


#: A unit's name opens with its place or level, or a collective's head: 市, 县, 各, 相关.
_NAME_OPENINGS = "省市州县区旗镇乡街村各相有全"


#: The longest word after a bracket of places that a wrap space cut from its name (政府).
_BODY_WORD = 4


#: A template's placeholder for a place's name, before the rest of a unit's: XX, ××, ＸＸ.
_PLACEHOLDER = re.compile("[XxＸｘ×*＊]{1,4}")


def _wraps(text: str, item: int, at: int, end: int, grammar: Grammar, printed: bool) -> bool:
    """Tell whether the space at ``at`` is a wrap space inside a name, not a separator.

    A PDF's text keeps the spaces of its line wraps: 市 财政局, 伏羲 山管委 会, 资源规划 局.
    A space inside a name leaves one character alone on a side of it (市, 会, 局); in a value
    whose units are separated by 、 or ，, a space is a wrap too unless the text before it
    ends as a unit's name does (市发改委 、…). 市发改委 市财政局 splits at its space.
    """
    last = at  # the text before the space ends at ``last``, its last word starts at ``word``
    while last > item and text[last - 1] in _TRAILING:
        last -= 1
    word = last
    while word > item and text[word - 1] not in BLANKS:
        word -= 1
    after = at
    while after < end and text[after] in BLANKS:
        after += 1
    stop = after
    while stop < end and text[stop] not in grammar.separators:
        stop += 1
    if _PLACEHOLDER.fullmatch(text, word, last) and HAN_CHAR.match(text, after):
        return True  # XX 市未成年人保护办公室: a template's placeholder for the city's name
    if printed and last > word and 0 < stop - after <= _BODY_WORD and text[last - 1] in "）)":
        # 各县（区） 政府、行业监管部门: a body's short word after its bracket of places
        return HAN_CHAR.match(text[after]) is not None
    if not (last > word and stop > after and HAN_CHAR.match(text[last - 1])):
        return False
    if not HAN_CHAR.match(text[after]):
        return False
    if last - word == 1 or stop - after == 1:
        return True
    if text[last - 1] in grammar.name_endings + "等" and not text.endswith(_MID_NAME, word, last):
        return False
    # units apart by spaces alone (党政办 应消站): a space is a wrap where the text before it
    # ends no name and the text after it opens none with a place or a level (节能与综合 利用司)
    return printed or text[after] not in _NAME_OPENINGS


#: Words that end in a name's last character yet end no name (住房城乡 建设厅: 乡; 各相关 区人民
#: 政府: 关, as of 海关).
_MID_NAME = ("城乡", "相关", "有关")


def unit_name(text: str, start: int, end: int) -> str:
    """Return a unit's name as printed, without the wrap spaces inside it (市 财政局)."""
    return unwrap(text[start:end])


#: 等 and then the departments of a level (市文明办等市直各部门, X等县直各单位): the level's
#: departments are a collective of their own, where 等各相关部门 only ends a list.
_ETC_LEVEL = re.compile(f"等((?:(?!有关|相关)[{HAN}]){{1,6}}各(?:部门|单位|机构))$")


def _etc_level(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``X等市直各部门`` into ``X等`` (an "etc." unit) and the collective ``市直各部门``."""
    found = _ETC_LEVEL.search(text, start, end)
    if found is None or found.start() - start < 2:
        return [(start, end)]
    return [(start, found.start(1)), (found.start(1), end)]


#: How far into the text after 及 a collective head (相关, 各) makes 及 join two units.
_JOINED_HEAD = 4
#: A joiner before 其 (its) names a body of the unit before it: 高新区及其社会事务管理处 is
#: one unit, never 高新区 and 其社会事务管理处.
_ITS = "其"


def _collective_parts(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Split a value at a joiner (及, 和) that stands between two units.

    市级各有关部门及各县市区政府: the text before the joiner holds a collective head (各) and
    the text after it starts with one; 州委编办及州直相关单位: the text after it holds one in
    its first characters; 环保厅和内蒙古电力监管办, 省直各部门和各市人民政府: the text before
    it ends as a unit's name does (厅, 门). 经济和信息化委, 文化和旅游局: none of these, one unit;
    nor is 高新区及其社会事务管理处, whose 其 (its) names the unit before.
    """
    parts: list[tuple[int, int]] = []
    item = start
    heads = grammar.collective[0]
    for at, size in sorted(
        (i, len(word))
        for word in grammar.collective_joiners
        for i in _find_all(text, word, start, end)
    ):
        if at < item:
            continue
        after = at + size
        before = text[item:at]
        outside = _depth(text, item, at, grammar) == 0
        # the name after the joiner, up to the next separator (市各有关部门和单位，各县…)
        stop = _next_separator(text, after, min(end, after + MAX_UNIT), grammar)
        named = text[after:stop].strip()
        joined = (
            (any(h in before for h in heads) and any(text.startswith(h, after, end) for h in heads))
            or any(h in named[:_JOINED_HEAD] for h in heads)
            or (
                len(before) >= 2
                and before[-1] in grammar.name_endings
                and len(named) >= 3
                and named not in grammar.bare_bodies
            )
        )
        if outside and joined and not text.startswith(_ITS, after, end):
            parts.append(_strip(text, item, at))
            item = after
    parts.append(_strip(text, item, end))
    return [(a, b) for a, b in parts if b > a]


def _next_separator(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where the first separator of lists after ``start`` stands (，；, not the 、 of
    乡、镇人民政府), else ``end``."""
    return min(
        (
            at
            for sep in grammar.separators
            if sep not in _LIST_JOINS and (at := text.find(sep, start, end)) >= 0
        ),
        default=end,
    )


#: Separators that may join the parts of one name (乡、镇人民政府) and spaces.
_LIST_JOINS = "、 \u3000\t\n"


def _find_all(text: str, word: str, start: int, end: int) -> Iterator[int]:
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word), end)


def _depth(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return how many brackets ``text[start:end]`` leaves open (its opening ones less its
    closing ones)."""
    return sum(text.count(o, start, end) for o in grammar.opening) - sum(
        text.count(c, start, end) for c in grammar.closing
    )


def note_brackets(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the bracket groups in ``text[start:end]`` that hold a note of the plan, no part
    of a unit's name: a first-listed-lead note (``lead_note_brackets``), one that rules
    later tasks (市有关单位（见附件1，下同）), one that gives the unit's short form
    (…办公室〔以下简称…专委办〕) or one that says the unit acts by its remit (（按职能分工）)."""
    return _groups_saying(
        text,
        start,
        end,
        grammar,
        grammar.first_listed_lead,
        grammar.forward,
        grammar.short_form,
        grammar.remit,
    )


def lead_note_brackets(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the bracket groups in ``text[start:end]`` that hold a first-listed-lead note.

    责任单位：县发改局（首位单位为牵头单位，下同）、县财政局: the bracket is the plan's note
    (schemas/grammar.toml ``[notes] first_listed_lead``), not part of the unit's name.
    """
    return _groups_saying(text, start, end, grammar, grammar.first_listed_lead)


def _groups_saying(
    text: str, start: int, end: int, grammar: Grammar, *words: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Return the bracket groups in ``text[start:end]`` whose text holds one of the ``words``."""
    return [
        (o, c)
        for o, c in _groups(text, start, end, grammar)
        if _says(text, o + 1, c, grammar, *words)
    ]


def people(text: str, start: int, end: int, grammar: Grammar) -> list[str]:
    """Split a leaders value at 、 and ； outside brackets: 刘一，副市长 is one person.

    王立军（区委常委、常务副区长） is one person too: the title in brackets stays whole.
    """
    found, depth, item = [], 0, start
    for i in range(start, end + 1):
        if i < end and text[i] in grammar.opening:
            depth += 1
        elif i < end and text[i] in grammar.closing:
            depth = max(depth - 1, 0)
        elif i == end or (text[i] in "、；;" and depth == 0):
            s, e = _strip(text, item, i)
            if e > s:
                found.append(text[s:e])
            item = i + 1
    return found


def _without_etc(text: str, start: int, end: int, grammar: Grammar) -> Unit:
    role = None
    mark = next((m for m in grammar.lead_marks if text.startswith(m, start, end)), None)
    if mark and end - len(mark) > start:  # ▲发改局: the marked unit leads
        start, end = _strip(text, start + len(mark), end)
        role = Role.LEAD
    after = next((m for m in grammar.lead_marks_after if text.endswith(m, start, end)), None)
    if after and end - len(after) > start:  # 区财政局*: so does one marked after its name
        start, end = _strip(text, start, end - len(after))
        role = Role.LEAD
    # (only a name that closes with a bracket can end with a note's)
    noted = (
        note_brackets(text, start, end, grammar) if text[end - 1 : end] in grammar.closing else []
    )
    if noted and noted[-1][1] == end - 1 and noted[-1][0] > start:
        start, end = _strip(text, start, noted[-1][0])  # 县发改局（首位单位为牵头单位，下同）
    # 市发展改革委（牵头）, 市文明办（牵头单位）: a role word or a role's label in brackets
    marked = grammar.marked_role(text, start, end)
    if marked is not None:
        word, kind = marked
        role = Role.LEAD if kind is Role.RESPONSIBLE and word == "负责" else kind
        start, end = _strip(text, start, end - len(word) - 2)
    named = _name_before_head(text, start, end, grammar)
    if named < end:
        start, end = _strip(text, start, named)  # 盘龙区政府主要领导: the unit's head
    marker = etc_ending(text, start, end, grammar)
    if marker:
        s, e = _strip(text, start, end - len(marker))
        return Unit(s, e, True, role)
    etc_kind = _ETC_KIND.search(text, start, end)
    if etc_kind is not None and etc_kind.start() - start >= 2:
        # 市统计局等各相关部门, 区房管局等公共企事业单位行业主管部门: 等 and the kind of unit
        s, e = _strip(text, start, etc_kind.start())
        return Unit(s, e, True, role)
    return Unit(start, end, False, role)


def _enclosing_open(text: str, start: int, at: int, grammar: Grammar) -> int | None:
    """Return the bracket left open before ``at`` on its line, if any."""
    depth = 0
    for i in range(at - 1, start - 1, -1):
        if text[i] == "\n":
            return None
        if text[i] in grammar.closing:
            depth += 1
        elif text[i] in grammar.opening:
            if depth == 0:
                return i
            depth -= 1
    return None


def balanced_close(text: str, open_at: int, end: int, grammar: Grammar) -> int | None:
    """Return where the bracket opening at ``open_at`` closes before ``end``, or None."""
    depth = 0
    for i in range(open_at, end):
        if text[i] in grammar.opening:
            depth += 1
        elif text[i] in grammar.closing:
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
