"""The outline of a plan: its numbered items, the clauses they share, and which are tasks.

Items nest by numbering style (一、 （一） 1. （1） ①); a clause after a group of items, a
heading that names its items' lead, and brackets of units without roles are given to the
items they belong to; the tasks are the leaves of every group that carries a clause. Items
of a plan with no clause may name their units by opening with them, or in a measure's line
(整改要求：由X负责…); an article stating the plan's purpose (第一条 为…，制定本规定。) is
no task.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from pipeline.grammar import MAX_UNIT, MEMBERS, Grammar
from pipeline.model import Role
from pipeline.numbering import (
    RUN_ON_STYLES,
    SECTION_STYLES,
    TEXT_AFTER,
    Number,
    match_number,
    match_number_after,
    to_int,
)
from pipeline.parse.clauses import (
    Clause,
    Part,
    earlier_roleless,
    find_clause,
    has_de,
    inline_clause,
    opening_clause,
    past_lead_in,
    roleless_clause,
    split_units,
)
from pipeline.read.chinese import BLANKS, HAN, NUMERALS, blank_from


@dataclass(slots=True)
class Item:
    """A numbered item while the outline is being built."""

    number: Number
    level: int
    parent: Item | None
    start: int  # the label's first character
    head_end: int  # end of the heading line
    end: int = -1  # end of the item's own text, before the next numbered line
    clause: Clause | None = field(default=None)
    shared: bool = False  # the clause came after the group and applies to every sibling
    # the clause of a heading above (一、X牵头的工作) whose items carry clauses of their own:
    # its roles go to the task where its own clause names none of them
    heading: Clause | None = field(default=None)
    # label-less clauses in brackets before the item's own, each closing a part of its text
    # (…目录。〔X牵头，Y参与〕按省的要求，…。（Z牵头）): their units are the task's too
    earlier: tuple[Clause, ...] = ()
    lost: bool = False  # printed without its number, between the numbers before and after it
    noted_lead: bool = False  # its lead made so by the plan's note (逗号前为牵头单位)
    ruled: bool = False  # under the plan's first-listed-lead note: its clause names its lead


#: Decimal numbers of two parts (2.2) and of three (2.1.3): the first head the second.
_DECIMAL = "1.1"
_DEEPER_DECIMAL = "1.1.1"


def outline(text: str, grammar: Grammar) -> list[Item]:
    """Return the numbered items; a style seen before closes every deeper level.

    A new style that does not start at 1 continues a list begun before (the page starts
    inside it) and does not nest under a sub-item (``subitems``: （1）, ①): (2)–(6) of an
    item whose heading is on an earlier page, then 16., are siblings, 16. is not (6)'s.
    Nor does a heading (（七）, 三、) nest under an item (124.) of such a list, nor a 一、
    heading under a （一） item ((五) (六) 五、 (七): the page started inside 四、).
    """
    subitems, labels = grammar.subitem_styles, grammar.label_pattern
    items: list[Item] = []
    stack: list[Item] = []
    pos = 0
    lines = text.split("\n")
    glued = 0  # the last number glued to its title
    bare = 0  # the last zero-padded number alone on its line over its title (01 / 标题)
    carded: dict[int, str] = {}  # items printed as cards: the style their fields are numbered in
    headings = _label_headings(lines, grammar)  # （三）责任单位：X / （四）责任单位：Y over items
    for k, line in enumerate(lines):
        line_end = pos + len(line)
        indent = len(line) - len(line.lstrip(BLANKS))
        number = match_number(line[indent:])
        if (
            number is not None
            and k not in headings
            and _field_line(text, pos, line, indent, number, stack, grammar, carded)
        ):
            # 三、X工程 / （一）责任领导：甲 / （二）责任单位：Y / （四）项目内容：…: its fields
            if stack:  # (the style of its first field; its fields' own lines keep theirs)
                carded.setdefault(id(stack[-1]), number.style)
            number = None
        if number is None:
            # 11.121人才梯队项目: a title that starts with digits, where 11 is the next number
            last = next((i for i in reversed(stack) if i.number.style == "1."), None)
            if last is not None:
                number = match_number_after(line[indent:], last.number.value + 1)
        if number is None and stack:
            number = _lost_mark(text, lines, k, indent, stack[-1])
        if number is None:
            number = _glued_number(lines, k, glued + 1, labels)
            glued = number.value if number is not None else glued
        if number is None:
            number = _masked_number(lines, k, indent)
        if number is None:
            number = _number_over_title(lines, k, grammar, bare + 1)
            bare = number.value if number is not None else bare
        lost = False
        if number is None:
            number = _lost_number(lines, k, stack)
            if number is None and not items:
                number = _lost_first_number(lines, k, grammar)
            lost = number is not None
        if number is not None:
            if items:
                items[-1].end = pos - 1
            styles = [i.number.style for i in stack]
            number = _slipped_mark(number, stack, styles)
            if number.style in styles:
                same = styles.index(number.style)
                below = styles[same + 1 :]
                if number.value == 1 and below and all(st in SECTION_STYLES for st in below):
                    # a metadata list 1.–8., then 一、 （一） and tasks 1. 2.: numbered from 1
                    # again under headings, the new list is theirs; the old one is closed and
                    # the headings stand where its item stood
                    closed = stack.pop(same)
                    stack[same].parent = closed.parent
                    for heading in stack[same:]:
                        heading.level -= 1
                else:
                    del stack[same:]
            if number.style not in styles and number.value > 1:
                while stack and stack[-1].number.style in subitems:
                    stack.pop()
                if number.style in SECTION_STYLES:
                    # 123. 124. then （七）: a page that starts inside a heading's items; the
                    # next heading is theirs, not a sub-item of the item above it; nor is
                    # （五） （六） then 五、 (一、 heads （一）: the page started inside 四、)
                    rank = SECTION_STYLES.index(number.style)
                    while stack and (
                        stack[-1].number.style not in SECTION_STYLES
                        or SECTION_STYLES.index(stack[-1].number.style) > rank
                    ):
                        stack.pop()
                elif number.style == _ARTICLE_STYLE and _opened_inside_article(items, stack):
                    stack.clear()  # （五） then 第七条: the page started inside 第六条's items
            if number.style == _DECIMAL and number.style not in styles:
                # 2.1.3 … 2.1.5 then 2.2: fewer parts, a heading above them (the page started
                # inside 2.1)
                while stack and stack[-1].number.style == _DEEPER_DECIMAL:
                    stack.pop()
            item = Item(number, len(stack), stack[-1] if stack else None, pos + indent, line_end)
            item.lost = lost
            stack.append(item)
            items.append(item)
        pos = line_end + 1
    if items:
        items[-1].end = len(text)
    return items


#: The style of a heading the page prints as a unit's name alone on its line, unnumbered,
#: over its duties 1. 2. (县文明办 / 1.组织… / 2.将… / 县财政局 / 1.…).
NAME_LINE = "名"


def name_line_headings(text: str, items: list[Item], grammar: Grammar) -> list[Item]:
    """Return ``items`` with a heading for each unnumbered line that is units' names alone
    (or a unit's name and its duties' word: 各街道办事处主要职责：, ``owns_list``)
    right above a top-level item numbered 1, when two or more lines read so (one, on a page
    that starts inside an earlier unit's list, past its 1.): the items up to
    the next such line (and their own items) become that heading's, a plan divided by unit
    with the units unnumbered. Headings that are units' names lead such items
    (``heading_clauses``)."""
    # (under a heading of the plan's too: 二、具体工作任务 / 宣传部 / 1、…)
    firsts = [i for i in items if i.number.value == 1 and not _numbered_parent(i)]
    heads: list[tuple[Item, Item]] = []  # (the heading, its first item)
    closed = False  # a heading line closed by its units' clause
    for first in firsts:
        # the line above (past blank ones: a page printing a blank line after each), past a
        # site's lines of the page's facts (…工作职责 / 访问次数 : 发布时间 :2015-09-08 / 一、…)
        start, above = _line_above(text, first.start)
        for _ in range(_PAGE_LINES):
            if not grammar.page_line(text[start:above]):
                break
            start, above = _line_above(text, start)
        line = text[start:above].strip(BLANKS)
        at = past_indent(text, start, above)
        by_clause = match_number(line) is None and _closed_by_clause(
            text, at, at + len(line), grammar
        )
        # 市交通运输局： / (1)…: the name's line may close with a colon, and name the unit's
        # duties after it (各街道办事处主要职责： / 1.负责…)
        # (县机关事务管理局要着力完成以下工作：: its units announce the items below it)
        named = line.rstrip("：:")
        leads = announcing(text, at, named, grammar) is not None
        rostered = False  # a body's roster between its name and its duties' word
        if (_sums_duties(line) or _sub_label(line, grammar)) and not by_clause:
            # 市劳动和社会保障局 / 负责农民工工资的清欠和防欠工作。 / （一）…: the unit's
            # charge in a sentence between its name and its items (or a kind of its items:
            # 市人劳社保局 / 一类目标： / （一）…)
            duties = names_duties(line, grammar)
            start, above = _line_above(text, start)
            line = text[start:above].strip(BLANKS)
            # 办公室（市创城办） / 主任：张三 / 成员：… / 主要职责： / 1.…: the body's roster
            # lines between its name and its duties' word
            for _ in range(_ROSTER if duties else 0):
                if not roster_line(line, grammar):
                    break
                start, above = _line_above(text, start)
                line, rostered = text[start:above].strip(BLANKS), True
            at = past_indent(text, start, above)
            named = line.rstrip("：:")
        if match_number(line) is not None:
            continue  # 一、公安部门 / （一）…: a numbered heading, no name line (一、 no field)
        if grammar.header_kind(named) is not None:
            continue  # 责任单位 / 1.…: a table's header word (a label's too), no unit's name
        owns, names = owns_list(line, grammar), names_units(named, grammar)
        if by_clause or leads or names or owns:
            closed = closed or by_clause or leads or _announced(text, start - 1)  # (its newline)
            # (增城…园区发展局主要职责 / （一）…: a page's one unit and its duties' word over
            # the page's first list, its title under a site's breadcrumb line)
            closed = closed or (owns and first is items[0])
            closed = closed or (rostered and names)
            number = Number(NAME_LINE, "", len(heads) + 1)
            head = Item(number, first.level, first.parent, at, at + len(line), first.start - 1)
            heads.append((head, first))
    # one such line will do on a page that starts inside the list of a unit whose name the
    # page lost (7.… 12.… / 市教育局 / 1.…): that list is the other; one closed by a clause
    # (胖东来时代广场（责任单位：魏都区，市消防支队） / 1.… / 2.…) names its items' units, and
    # so does one right under a line announcing the units' tasks (…承建任务如下： / 宣传部)
    # (so may one over a second list numbered from 1, the page's first list, above it, under
    # no name: 1.… 7.… / 网格服务管理中心 / 1.…, the first unit's name lost with the page's top)
    lost = bool(heads) and items[0].number.value == 1 and heads[0][1] is not items[0]
    cut_above = bool(heads) and items[0].parent is None and (items[0].number.value > 1 or lost)
    cut_above = cut_above and items[0].number.style == heads[0][1].number.style
    if len(heads) < UNIT_FIRST_AT_LEAST and not (len(heads) == 1 and (cut_above or closed)):
        return items
    out: list[Item] = []
    owner: Item | None = None
    style = ""
    starts = {id(first): head for head, first in heads}
    for item in items:
        if id(item) in starts:
            owner, style = starts[id(item)], item.number.style
            if out:  # the item before ends above the name's line
                out[-1].end = min(out[-1].end, owner.start - 1)
            out.append(owner)
        elif owner is not None and (
            (item.parent is owner.parent and item.number.style != style)
            or not _under(item, owner.parent)
        ):
            owner = None  # a heading of the plan's own (五、保障措施) closes the unit's list
        if owner is not None:
            if item.parent is owner.parent:
                item.parent = owner
            item.level += 1
            # (（二）… / 二类目标： / （三）…: the label of the next items' kind is no text of
            # the item above it)
            last = text.rfind("\n", item.head_end, item.end)
            if last >= 0 and _sub_label(text[last + 1 : item.end].strip(BLANKS), grammar):
                item.end = last
        out.append(item)
    return out


def _sums_duties(line: str) -> bool:
    """Whether an unnumbered line is one sentence opening with a duty's verb and no mark of
    a list (负责农民工工资的清欠和防欠工作。): a unit's charge summed up under its name."""
    return (
        line.startswith(_CHARGE_VERBS)
        and line.endswith("。")
        and "。" not in line[:-1]
        and not line.endswith(("：。", ":。"))
    )


def roster_line(line: str, grammar: Grammar) -> bool:
    """Whether a line is one of a body's roster: a roster label and its colon (组长：张三,
    成员：, 联系人：郑大远), people and no duty (``[outline] roster_labels``)."""
    line = line.strip(BLANKS)
    return line in grammar.roster_labels or opens_label(line, grammar.roster_labels)


def opens_label(line: str, labels: tuple[str, ...]) -> bool:
    """Whether ``line`` opens with one of ``labels`` and its colon."""
    return line.startswith(tuple(f"{w}{colon}" for w in labels for colon in "：:"))


#: The most lines of a page's facts a site prints between its title and its text.
_PAGE_LINES = 3
#: The most roster lines between a body's name and its duties' word (主任： 副主任： 成员：).
_ROSTER = 8


def _sub_label(line: str, grammar: Grammar) -> bool:
    """Whether an unnumbered line is a short label of the items below it, no unit's name
    (一类目标：, 重点任务：)."""
    named = line.rstrip("：:")
    return (
        len(named) < len(line)
        and len(named) <= _SUB_LABEL
        and not any(c in named for c in "。，,；;")
        and not names_units(named, grammar)
        and not owns_list(line, grammar)  # 市编办主要职责：, the unit's own line
    )


#: The most characters of a label over a unit's items (一类目标, 年度重点工作).
_SUB_LABEL = 8
#: The verbs a unit's charge summed up under its name opens with.
_CHARGE_VERBS = ("负责", "主要负责", "具体负责")


def owns_list(line: str, grammar: Grammar) -> bool:
    """Whether an unnumbered line is a unit's name and an ``owner_tails`` word, a collective
    too (各街道办事处主要职责：, 区房管局工作职责): the owner of the duties listed below it."""
    name, bare = _owner_name(line.strip(BLANKS).rstrip("：:"), grammar)
    return is_unit_name(name, grammar) and not generic(name, grammar, strict=bare)


def _owner_name(head: str, grammar: Grammar) -> tuple[str, bool]:
    """Return the name before a heading's ``owner_tails`` word (县经济局 of 县经济局主要工作任务,
    empty when it ends with none), and whether that word is the bare 职责 (a name before it
    must be a unit's own: ``generic``'s ``strict``)."""
    tail = next((t for t in grammar.owner_tails if head.endswith(t)), None)
    if tail is None:
        return "", False
    # (乡(镇)人民政府的工作职责: 的 before any of the words)
    return head[: -len(tail)].removesuffix("的"), tail == _BARE_DUTIES


#: The departments or units of a level (区级部门, 市直有关单位): a kind, no unit's name.
_LEVELS_KIND = re.compile("[省市县区镇乡][级直](?:各)?(?:有关|相关)?(?:部门|单位)")
#: Departments or units of a level taken each (市级各部门, 县直各单位): a collective.
_EACH_KIND = re.compile("各(?:有关|相关|职能)?(?:部门|单位)$")
#: A collective of departments or units taken each (各职能部门, 各成员单位, 各部门（单位）),
#: no owner of the items below its heading: they name their own units.
_KINDS_TAKEN_EACH = re.compile("(?:部门|单位)(?:（[^（）]{1,6}）)?$")
#: The owner's word alone after a unit (2.市指挥部办公室职责): only after a unit's own name.
_BARE_DUTIES = "职责"
#: A kind of body that names what it does, not who it is (日常办事机构, 前线指挥机构), unless
#: a place opens it (县应急指挥机构).
_BODY_KIND = "机构"
#: The roles a body of that kind plays among others, before its kind (办事 of 日常办事机构):
#: a body named by its own field (动物卫生监督机构, 疾病预防控制机构) is a unit.
_BODY_ROLES = ("办事", "指挥", "工作", "议事", "协调", "领导", "组织", "执行", "专门")
#: …and where it stands in another body (三、内设机构, 派出机构, 直属机构): a kind too.
_BODY_PLACES = ("内设", "派出", "直属", "下属", "所属")
_BODY_WORDS = (*_BODY_ROLES, *_BODY_PLACES)


def generic(name: str, grammar: Grammar, *, strict: bool = False) -> bool:
    """Whether ``name`` is a kind of body with no place or field of its own (部门, 成员单位,
    日常办事机构, 前线指挥机构, a level's 区级部门): no unit that owns the items under its
    heading (公安部门, 市指挥部办公室 are units). With ``strict``, any kind's word with no
    place before it is (成员单位 of 五、成员单位职责): before the bare word 职责, a heading's
    words; 部门 then needs a field before it (公安部门, not 明确部门 of 三、明确部门职责:
    ``kind_qualifiers``)."""
    if name in (*grammar.bare_kinds, _FIELDS_KIND):
        return True
    # 成员单位, or a body's members (市防汛抗旱指挥部成员单位职责: each naming its own duty below)
    if any(grammar.label_kind(name[k:]) == MEMBERS for k in range(len(name) - 1)):
        return True
    if _LEVELS_KIND.fullmatch(name):  # （一）区级部门: a level's departments, no one unit
        return True
    heads, levels, _ = grammar.collective
    if strict and name.endswith(_FIELDS_KIND):  # 公安部门 a field's, 明确部门 a heading's
        fields = _NAMES_SEPARATOR.split(name.removesuffix(_FIELDS_KIND))  # 建设、规划、城管部门
        return any(f.startswith(grammar.kind_qualifiers) or not _FIELD.fullmatch(f) for f in fields)
    if strict:
        kind = name.endswith(grammar.bare_kinds)
    else:
        # (日常办事机构, 前线指挥机构: what a body does among others; 动物卫生监督机构 names
        # an agency by its field, a unit of its own)
        kind = name.endswith(_BODY_KIND) and name[: -len(_BODY_KIND)].endswith(_BODY_WORDS)
    return kind and not name.startswith((*heads, *levels))


def _numbered_parent(item: Item) -> bool:
    """Whether ``item`` sits under a numbered item of its list's own kind: a sub-item
    (1. under （一）), not an item under a plan's heading alone (1、 under 二、具体工作任务,
    or （一） under 第二条, whose list the name lines divide)."""
    parent = item.parent
    return parent is not None and (
        parent.parent is not None or parent.number.style not in _PLAN_HEADINGS
    )


def _under(item: Item, parent: Item | None) -> bool:
    """Whether ``item`` is ``parent``'s (at any depth); every item is the plan's (None)."""
    at = item.parent
    while parent is not None and at is not None and at is not parent:
        at = at.parent
    return parent is None or at is parent


def _closing_clause(text: str, start: int, end: int, grammar: Grammar) -> Clause | None:
    """Return the bracket naming units by role that closes the text from ``start`` to
    ``end`` (…行为。（县经贸局负责，县农业局配合））, else None."""
    if end <= start or text[end - 1] not in grammar.closing:
        return None
    clause = find_clause(text, start, end, grammar)
    if clause is None or clause.end < end - 1:
        return None
    return clause if any(isinstance(p.kind, Role) for p in clause.parts) else None


def _closes_with_clause(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the text from ``start`` to ``end`` closes with a bracket naming units."""
    return _closing_clause(text, start, end, grammar) is not None


def _closed_by_clause(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether an unnumbered line is a short heading closed by a bracket naming units by
    role (胖东来时代广场（责任单位：魏都区，市消防支队）: the site an inspection's problems
    below were found at), no sentence before it."""
    if end - start > _CLAUSE_LINE:
        return False
    clause = _closing_clause(text, start, end, grammar)
    return clause is not None and start < clause.start and "。" not in text[start : clause.start]


def _announced(text: str, line_start: int) -> bool:
    """Whether the line ending before ``line_start`` (a name line's newline) announces the
    tasks below it (各部门、各单位具体承建任务如下：), blank lines between."""
    return text.endswith(_ANNOUNCES, 0, _back_over_blank_lines(text, line_start))


def _line_above(text: str, at: int) -> tuple[int, int]:
    """Return where the line above the one starting at ``at`` starts and ends, past the
    blank lines between."""
    end = _back_over_blank_lines(text, at)
    return text.rfind("\n", 0, end) + 1, end


def _back_over_blank_lines(text: str, at: int) -> int:
    """Return where the blanks and blank lines right before ``at`` start."""
    while at > 0 and text[at - 1] in _BLANK_LINES:
        at -= 1
    return at


#: How a line announcing the units' tasks below it ends.
_ANNOUNCES = ("任务如下：", "分工如下：")
#: What a line above an item may end with, and blank lines hold.
_BLANK_LINES = BLANKS + "\n"
#: The longest heading line closed by a clause (its name, then its units).
_CLAUSE_LINE = 80


#: 1优化就业创业服务: a number glued to a short title with no mark between them.
#: A number glued to its title opens no amount (``3个项目已开工``, ``10项任务``).
_GLUED_OPENING = rf"[ \t\u3000]*(\d{{1,3}})(?={TEXT_AFTER})(?![项所家人条件份])"
_GLUED = re.compile(rf"^{_GLUED_OPENING}([^，。；：:,;]{{2,30}})$")
#: ``11完善规范性文件定期清理制度。政府及其部门…``: a glued number before sentences.
_GLUED_SENTENCES = re.compile(rf"^{_GLUED_OPENING}[^。\n]{{2,40}}。")
_GLUED_STYLE = "1"


#: A card's field after its labels: a short word and a colon (（四）项目内容及任务分解：…).
_CARD_FIELD = re.compile(f"[{HAN}]{{2,10}}[：:]")


def _field_line(
    text: str,
    pos: int,
    line: str,
    indent: int,
    number: Number,
    stack: list[Item],
    grammar: Grammar,
    carded: dict[int, str],
) -> bool:
    """Whether a numbered line under an item of another style is one of that item's fields,
    a task printed as a card (三、实施农村寄宿制学校建设工程 / （一）责任领导：高勤 /
    （二）责任单位：市教育局 / （三）协办单位：… / （四）项目内容：…): its text opens with a
    clause label and a colon, or, after such a field of its style, with a short word and
    a colon; a line numbered in another style inside a card is a field's own (（四）项目内容：
    / 1、… / 2、…), unless it closes with a clause of its own (（四）主要措施： / 1.加强….
    （县经贸局负责，县农业局配合）): such lines are tasks. A page may open with a card's last
    field, cut above it. Fields a section's heading names (二、责任主体和公开方式 /
    （一）责任主体：…) are no card's: its own items."""
    at = indent + len(number.label)
    found = grammar.label_pattern.match(line, at)
    label = found.group(1) if found is not None else None  # (its colon form only)
    if not stack:  # （六）完成时限：2008年内 opening a page: the last field of a card cut above
        return label is not None and number.value > 1
    above = stack[-1]
    if above.number.style == number.style:
        return False
    if any(i.number.style == number.style and i.number.value + 1 == number.value for i in stack):
        return False  # 三、整治任务： / 1.… / 3.… / 四、责任分工：: the next of a heading above
    if id(above) in carded and number.style != carded[id(above)]:
        # （四）项目内容及任务分解： / 1、新建… / 2、…: the field's own lines
        return not _closes_with_clause(text, pos + indent, pos + len(line.rstrip(BLANKS)), grammar)
    if label is not None:  # 二、责任主体和公开方式 / （一）责任主体：…: fields the section names
        return label.replace("\n", "") not in text[above.start : above.head_end]
    return carded.get(id(above)) == number.style and _CARD_FIELD.match(line, at) is not None


def _label_headings(lines: list[str], grammar: Grammar) -> set[int]:
    """Return the lines that head the items below them with a role's label and its units
    (（三）责任单位：市建设局 / 将… / （四）责任单位：市交警支队 / 1.… / 2.…): a numbered line
    opening with a unit role's label whose next or last number of its style opens with the
    same label, in turn. A card's fields name each label once (（一）责任领导：… /
    （二）责任单位：…), and cards repeat them under the same numbers, or a lower one in a later
    card."""
    found: dict[tuple[str, int, str], int] = {}
    for k, line in enumerate(lines):
        indent = len(line) - len(line.lstrip(BLANKS))
        number = match_number(line[indent:])
        if number is None:
            continue
        label = grammar.label_pattern.match(line, indent + len(number.label))
        if label is None or not isinstance(grammar.label_kind(label.group(1)), Role):
            continue
        found.setdefault((number.style, number.value, label.group(1)), k)
    return {
        k
        for (style, value, label), k in found.items()
        if found.get((style, value + 1, label), -1) > k
        or -1 < found.get((style, value - 1, label), k) < k
    }


def _lost_number(lines: list[str], k: int, stack: list[Item]) -> Number | None:
    """Return the number an item lost, on line ``k`` (unnumbered), if any: the line is a
    sentence closed by a clause's bracket, after a line so closed, and the next numbered
    line holds the number after the one it lost (4.…（…） / 制作…。（责任单位：…） / 6.…):
    it is item 5, printed with no number."""
    line = lines[k].strip(BLANKS)
    last = stack[-1] if stack else None
    if last is None or last.number.style not in RUN_ON_STYLES or k == 0:
        return None
    if not line.endswith("）") or "。" not in line:
        return None
    if not lines[k - 1].strip(BLANKS).endswith("）"):
        return None
    j = k + 1  # (no copy of the lines after: every line of a long list asks)
    while j < len(lines) and not lines[j].strip(BLANKS):
        j += 1
    nxt = lines[j].strip(BLANKS) if j < len(lines) else ""
    after = match_number(nxt)
    style, due = last.number.style, last.number.value + 1
    if after is None or (after.style, after.value) != (style, due + 1):
        return None
    return Number(style, "", due)


def _lost_first_number(lines: list[str], k: int, grammar: Grammar) -> Number | None:
    """Return the number of the item a page cut above opens inside, on line ``k`` before any
    numbered line: a paragraph of sentences, then its clause's labelled line, then the next
    item's number, two or more (政府机关率先垂范。建设…。 / 责任单位：市机关事务局… / （四十二）
    抓好…): it is the item before that one, its number printed on the page before."""
    line = lines[k].strip(BLANKS)
    if "。" not in line or len(lines) < k + 3 or match_number(line) is not None:
        return None
    if grammar.label_pattern.match(line) is not None:
        return None  # (a clause's own line)
    clause = lines[k + 1].strip(BLANKS)
    found = grammar.label_pattern.match(clause)
    if found is None or not isinstance(grammar.kind_of(grammar.label_word(found)), Role):
        return None
    after = match_number(lines[k + 2].strip(BLANKS))
    if after is None or after.style not in RUN_ON_STYLES or after.value < 2:
        return None
    return Number(after.style, "", after.value - 1)


#: A number a template site masked as it masks years (``**年4月``): ``**、城管局负责…``.
_MASKED = re.compile(r"[*＊]{1,3}(?=[、.．])")


def _masked_number(lines: list[str], k: int, indent: int) -> Number | None:
    """Return the number masked with asterisks on line ``k`` (``**、城管局负责…``), if any:
    the next numbered line (past lines with none) holds the next number in the style the
    mask's mark prints (``2、市国资公司…``), so the masked one is the number before it."""
    found = _MASKED.match(lines[k], indent)
    if found is None:
        return None
    mark = lines[k][found.end()]
    for line in itertools.islice(lines, k + 1, None):
        after = match_number(line.lstrip(BLANKS))
        if after is None:
            continue
        if after.value > 1 and after.style in RUN_ON_STYLES and after.label.endswith(mark):
            return Number(after.style, found.group() + mark, after.value - 1)
        return None
    return None


#: A zero-padded item number alone on its line (03), as a report of projects prints it.
_PADDED_ALONE = re.compile(r"[ \t\u3000]*(0\d)[ \t\u3000]*")


def _number_over_title(lines: list[str], k: int, grammar: Grammar, due: int) -> Number | None:
    """Return the zero-padded number alone on line ``k`` when the next line opens with a title
    label (``03`` / ``项目名称:`` / ``实施新时代文明实践提质增效工程``), as ``01 项目名称:…`` opens
    an item on one line; or, in a list of such numbers alone (a post's sections), the number
    ``due`` (01 first) over a line of text that holds no sentence's end (``01`` / ``中小学食堂
    食品安全整治`` / ``(责任单位:…)``)."""
    found = _PADDED_ALONE.fullmatch(lines[k])
    if found is None or k + 1 >= len(lines):
        return None
    number = Number("01", found[1], int(found[1]))
    nxt = lines[k + 1].strip(BLANKS)
    for label in grammar.title_labels:
        if nxt.startswith(label) and nxt[len(label) :].lstrip(BLANKS)[:1] in ("：", ":"):
            return number
    titled = bool(nxt) and match_number(nxt) is None and "。" not in nxt
    return number if titled and number.value == due else None


def _lost_mark(text: str, lines: list[str], k: int, indent: int, last: Item) -> Number | None:
    """Return the number on line ``k`` that lost its mark (``3将消防工作纳入…。`` after
    ``2、…``, ``6 加强猪肉市场监测和调控。`` after ``5. 加快恢复生猪生产。``): the number due
    after the item ``last`` of a list numbered 1、 or 1., before a whole sentence, the line
    after it numbered or none, or the line a short title as ``last``'s first line is; in
    ``last``'s style."""
    if last.number.style not in _MARKED_STYLES:
        return None
    found = _LOST_MARK.match(lines[k], indent)
    if found is None or int(found[1]) != last.number.value + 1:
        return None
    after = next((ln.strip(BLANKS) for ln in lines[k + 1 :] if ln.strip(BLANKS)), "")
    line, above = lines[k][found.end(1) :], text[last.start : last.head_end]
    titled = _title_sentence(line) and _title_sentence(above)  # 5. X。 / … / 6 Y。
    if after and match_number(after) is None and not titled:
        return None
    return Number(last.number.style, found[1], int(found[1]))


def _slipped_mark(number: Number, stack: list[Item], styles: list[str]) -> Number:
    """Return ``number`` in the style of the item above it when only its mark slipped between
    1. and 1、 and it numbers on from that item (3.市场监督管理局：… / 4、应急管理局：…): one
    list."""
    if not stack or number.style in styles or number.style not in _MARKED_STYLES:
        return number
    top = stack[-1].number
    slipped = top.style in _MARKED_STYLES and number.value == top.value + 1
    return replace(number, style=top.style) if slipped else number


def _title_sentence(line: str) -> bool:
    """Whether ``line`` (past its number) is a title alone on its line: one short sentence
    (加强猪肉市场监测和调控。)."""
    title = line.strip(BLANKS)
    return len(title) <= _SHORT_TITLE_LINE and title.find("。") == len(title) - 1


#: The styles whose mark a scrape may lose after the digits: 1、 and 1.
_MARKED_STYLES = ("1、", "1.")
#: Digits before a sentence with no mark between them (a blank at most), the line a whole
#: sentence; a measure's word after them (3个, 3年) opens an amount, no title.
_LOST_MARK = re.compile(
    rf"(\d{{1,3}})[ \u3000]?(?=[{HAN}])(?![个项所家人条件份年月日天次批])[^\n]{{4,}}。$"
)
#: The most characters of a title alone on its line, its 。 included.
_SHORT_TITLE_LINE = 30


def _glued_number(lines: list[str], k: int, due: int, labels: re.Pattern[str]) -> Number | None:
    """Return the number glued to the title on line ``k`` (``1优化就业创业服务``), if any.

    Only a line followed (past blank lines) by a line that opens with a clause label
    (牵头单位：…) is an item, when it is short with no punctuation or its title is a first
    sentence (``11完善规范性文件定期清理制度。…``), and numbered 1 or the number due (any
    number, for the first on a page that starts inside the list): ``3个项目已开工`` followed
    by prose stays text.
    """
    m = _GLUED.match(lines[k]) or _GLUED_SENTENCES.match(lines[k])
    if m is None or (int(m.group(1)) not in (1, due) and due != 1):
        return None
    j = k + 1
    while j < len(lines) and not lines[j].strip(BLANKS):
        j += 1
    if j == len(lines) or not labels.match(lines[j].strip(BLANKS)):
        return None
    return Number(_GLUED_STYLE, m.group(1), int(m.group(1)))


def share_group_clauses(text: str, items: list[Item], headed: frozenset[int] = frozenset()) -> None:
    """Give a clause on a line of its own after the last of its siblings to every sibling.

    （一） with 1.–4. and then （责任单位：…）: the clause closes the group, not item 4,
    when none of 1.–3. has a clause of its own; so does 1. with (1)–(4) and then the clause
    (each sub-item is a task). Only when the item above them is a task of a list whose other
    items carry clauses of their own (1. with ① ② then the clause, 2. closed by its own) and
    names no lead of theirs nor is a name alone (``headed``: the ids of such items), the
    clause closes that item, and the items below it are its body.
    """
    groups: dict[tuple[int, int, str], list[Item]] = {}
    for item in items:
        key = (id(item.parent), item.level, item.number.style)
        groups.setdefault(key, []).append(item)
    with_clause = Counter(
        (id(i.parent), i.level, i.number.style) for i in items if i.clause is not None
    )
    for siblings in groups.values():
        _share_runs(text, siblings)
        last = siblings[-1]
        clause = last.clause
        if len(siblings) < 2 or clause is None or not _trailing(text, last):
            continue
        if any(s.clause is not None for s in siblings[:-1]):
            continue
        parent = last.parent
        in_list = parent is not None and with_clause[_key(parent)] > 0
        if parent is not None and parent.clause is None and in_list and id(parent) not in headed:
            # 1. with ① ② and then the clause: the clause closes task 1, whose own
            # siblings carry clauses; ① ② are its body.
            parent.clause, parent.end, last.clause = clause, last.end, None
            continue
        for sibling in siblings:
            sibling.clause, sibling.shared = clause, True


def _share_runs(text: str, siblings: list[Item]) -> None:
    """Give a clause line inside a list to the items without clauses just before it.

    ⑴ ⑵ ⑶ then 责任部门：A、B, ⑷ then 责任部门：C: A and B are ⑴'s and ⑵'s too, in a list
    where two or more items close with a clause line (one closing the whole list, on its
    last item, is the caller's).
    """
    closed = [k for k, s in enumerate(siblings) if _trailing(text, s)]
    if len(closed) < 2:
        return
    for before, at in itertools.pairwise([-1, *closed]):
        clause = siblings[at].clause
        run = siblings[before + 1 : at + 1]
        if len(run) < 2 or (at == len(siblings) - 1 and before == -1):
            continue
        if any(s.clause is not None for s in run[:-1]):
            continue
        for sibling in run:
            sibling.clause, sibling.shared = clause, True


#: A plan prints at least this many items closing with a bracket of units and no role word
#: before such brackets are read as clauses (one could be a remark: （含开发区）), unless a
#: bracket also holds a note of the plan (…，列第一位的为牵头单位，下同).
ROLELESS_AT_LEAST = 2


def roleless_clauses(text: str, items: list[Item], grammar: Grammar, ends: list[int]) -> None:
    """Give the items of a plan whose clauses name units without roles their units.

    （市发展改革委，各县〔市、区〕政府） after each item of a 明确重点工作责任单位 notice: the
    units are responsible (the notice calls them 责任单位), when the plan has no clause of
    another form and several items close so (or one bracket also holds a note); where each
    bracket names one unit of its own (（市农业农村局）), that unit leads. In a plan
    whose other items print clauses with roles (（住房和城乡建设部牵头指导，…）), an item
    without one that closes with a bracket of units (（水利部）) names the units in charge:
    its leads, as （水利部负责） would, or under a first-listed-lead note (``Item.ruled``)
    its first unit; but where those clauses name responsible units alone (（责任单位：…）),
    its units are responsible too. ``ends``: where each item's own text ends.
    """
    with_roles = any(i.clause is not None for i in items)
    # (…（市发改委，各县市区政府） / 11、…（责任单位：市发改委、市经委）: where every other
    # clause names responsible units alone, a bracket of units names them too)
    in_charge = with_roles and any(
        p.kind is not Role.RESPONSIBLE for i in items if i.clause for p in i.clause.parts
    )
    parents = {id(i.parent) for i in items}
    found = []
    for item, end in zip(items, ends, strict=True):
        if item.clause is not None or (with_roles and id(item) in parents):
            continue
        role = Role.LEAD if in_charge and not item.ruled else Role.RESPONSIBLE
        start = item.start + len(item.number.label)
        clause = roleless_clause(text, start, end, grammar, role)
        if clause is not None:
            found.append((item, clause, start))
    if not with_roles and _one_unit_each(text, found, grammar):
        # (1. 稳定粮食生产。 / … / （市农业农村局）: a plan naming one unit a bracket names the
        # unit in charge of each task, as （市农业农村局负责） would)
        found = [(i, _leading(c), s) for i, c, s in found]
    if (
        with_roles
        or len(found) + _cut_last(text, items, ends, found) >= ROLELESS_AT_LEAST
        or any(c.notes or _cut_units(text, c, grammar) for _, c, _ in found)
    ):
        for item, clause, start in found:
            item.clause = clause
            # an item whose sentences each close with their units: every bracket names some
            item.earlier = earlier_roleless(text, start, clause, grammar)


def _one_unit_each(text: str, found: list[tuple[Item, Clause, int]], grammar: Grammar) -> bool:
    """Whether each bracket of units found names one unit of its own (no collective: 各成员
    单位, 有关部门), none under a first-listed note."""
    return bool(found) and all(
        not item.ruled and len(clause.parts) == 1 and _one_own(text, clause.parts[0], grammar)
        for item, clause, _ in found
    )


def _one_own(text: str, part: Part, grammar: Grammar) -> bool:
    """Whether ``part`` names one unit, no collective of several."""
    units = split_units(text, part.start, part.end, grammar)
    name = text[units[0].start : units[0].end] if len(units) == 1 else ""
    return bool(name) and not name.startswith(grammar.collective[0]) and not CONCERNED.match(name)


def _leading(clause: Clause) -> Clause:
    """Return ``clause`` with its units leading."""
    return replace(clause, parts=tuple(replace(p, kind=Role.LEAD) for p in clause.parts))


def _cut_last(
    text: str, items: list[Item], ends: list[int], found: list[tuple[Item, Clause, int]]
) -> int:
    """Return 1 when the plan's last item, a sibling of the first item found closing with a
    bracket of units (or one of its style numbered on from the last found, under the next
    heading), is cut by the page's end before its own bracket could close it
    (1.…。（省委宣传部、省法制办） / 2.加强…考核。全面落实…，到2015年, where the page
    stops), or the first item under the next heading of the found item's list: it counts as
    a second item closing so. Else 0."""
    if not found or found[-1][0] is items[-1]:
        return 0
    first, last = found[0][0], items[-1]
    # a sibling, or a cousin numbered on from the last found (1. under （一）, 2. under （二）)
    numbered_on = last.number.value == found[-1][0].number.value + 1
    same_list = last.number.style == first.number.style and (
        last.parent is first.parent or numbered_on
    )
    # or the first item under the found one's next sibling (（一）…。（X、Y） / （二）… /
    # 1.建立…, where the page stops): the list goes on below the next heading
    heading = last.parent
    opens_next = (
        last.number.value == 1
        and heading is not None
        and heading.parent is first.parent
        and heading.number.style == first.number.style
        and heading.number.value == found[-1][0].number.value + 1
    )
    return int((same_list or opens_next) and cut_at(text, ends[-1]))


def _cut_units(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether a bracket of units the page's end cut lists two or more (…（各市级政府及省住房
    和城乡建设厅、省公安厅、省消): no remark (（含开发区）) runs on so."""
    (part,) = clause.parts
    cut = text[clause.end - 1] not in grammar.closing
    units = split_units(text, part.start, part.end, grammar)  # (the cut name is left out)
    return cut and bool(units) and (len(units) >= 2 or units[-1].end < part.end)


def _lists(items: list[Item], ends: list[int]) -> list[list[tuple[Item, int]]]:
    """Return the plan's lists: the items of one style under one parent, in order, each
    with where its own text ends; a list numbered from its first again is another
    (议程安排 / （一）…（五） then 工作分工 / （一）区委办：负责…, headings the page left
    unnumbered)."""
    groups: dict[tuple[int, str, int], list[tuple[Item, int]]] = {}
    for key, item, end in zip(_run_keys(items), items, ends, strict=True):
        groups.setdefault(key, []).append((item, end))
    return list(groups.values())


def _run_keys(items: list[Item]) -> list[tuple[int, str, int]]:
    """Return, for each item, what it shares with its siblings (``sibling_key``) and the
    run of their numbering it belongs to: a run ends where the numbering starts again."""
    keys = []
    runs: dict[tuple[int, str], tuple[int, int]] = {}  # (run, last value) of each sibling key
    for item in items:
        key = sibling_key(item)
        run, last = runs.get(key, (0, 0))
        run += 0 < item.number.value <= last
        runs[key] = (run, item.number.value)
        keys.append((*key, run))
    return keys


def inline_clauses(text: str, items: list[Item], grammar: Grammar, ends: list[int]) -> None:
    """Give each item of a list whose first sentences name their units in their own words
    (1.医疗卫生人员由县卫健局负责组织； / 2.公安…人员由县公安局负责组织；) those units as
    its leads (``clauses.inline_clause``).

    As with units opening the items, only a list of two or more items, none carrying a clause
    of another form, two thirds of them naming units so, reads this way; the others stay
    tasks with no units.
    """
    for group in _lists(items, ends):
        if len(group) < UNIT_FIRST_AT_LEAST:
            continue
        found = [
            inline_clause(text, item.start + len(item.number.label), end, grammar)
            for item, end in group
        ]
        # (2.5.1 应急通信保障由市信息产业局负责组织协调。: an item whose sentence closes with
        # the units 由 leads in has that clause already; one of another form keeps the list
        # from reading so)
        if any(i.clause is not None and text[i.clause.start] != "由" for i, _ in group):
            continue
        read = sum(c is not None for c in found)
        if read < UNIT_FIRST_AT_LEAST or not most_read(read, len(group)):
            continue
        for (item, _), clause in zip(group, found, strict=True):
            item.clause = item.clause or clause


def _partners_only(clause: Clause) -> bool:
    """Whether a clause names partners alone (市有关部门配合。), or people alone (责任人：黄勇、
    杨文革。 after 道路运输保障组：负责…): no item's own units."""
    return bool(clause.parts) and all(
        p.kind is Role.COOPERATING or not isinstance(p.kind, Role) for p in clause.parts
    )


def _named_by(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether a clause is the words closing its sentence that name who does the work, after
    a comma (…的清洗清除，由X负责。), or a sentence left in the item's text (``Clause.inline``):
    no bracket or label, nor a sentence of its own (办公室。由X局长负责，主要职责：)."""
    return clause.inline or (
        text[clause.start - 1 : clause.start] in ("，", ",")
        and text.startswith(grammar.lead_ins, clause.start)
    )


def unit_first_clauses(
    text: str, items: list[Item], grammar: Grammar, ends: list[int], led: frozenset[int]
) -> None:
    """Give each item of a list that opens every item with a unit's name as a sentence of its
    own (三、任务分工 / 1、区住建局。排查… / 2、生态局东安分局。…) or as the subject of its
    first sentence (1、派出所负责养犬登记…) that unit as its lead.

    Only a list of two or more items, none carrying a clause of another form (another list
    of the plan may; a sentence naming partners alone, …。市有关部门配合。, is none: its
    partners join the item's lead), each opening so and going on after the name, reads this
    way: 1.办节会。 2.建场馆。 are titles. Nor does a list under a heading that names its lead
    (``led``, by item id).
    """
    duties = duty_sections(text, items, grammar)
    below = _children(items)
    read_styles: set[str] = set()  # the styles of the lists read so far
    for group in _lists(items, ends):
        # (…各类广告的清洗清除，由各产权、使用和管理单位负责。: a sentence naming who does the
        # work at its end, after 由, is of the list's own prose form)
        if any(
            i.clause is not None
            and not _partners_only(i.clause)
            and not _named_by(text, i.clause, grammar)
            for i, _ in group
        ):
            continue
        # 六、工作要求 / （一）要形成整治合力。市旅游局要…: under a heading that frames the
        # plan, a unit after a short title is what the sentence asks of it, no task's lead
        parent = group[0][0].parent
        titled = parent is None or not _frames_plan(text, parent, grammar)
        # (an item naming who does its work after 由 keeps that reading)
        # (（一）区爱卫办负责… beside （四）…工作由城管部门负责监督管理: the units a sentence
        # names after 由 inside it, in its own words, read as well)
        found = [
            None
            if item.clause is not None and _named_by(text, item.clause, grammar)
            else _first_or_inside(text, item, end, grammar, titled, len(group) > 1)
            for item, end in group
        ]
        # under a heading that names its lead, only a list of two or more items each opening
        # with a unit's name of its own as its duty's subject (1、安全保卫组 / （1）街道综治
        # 信访科负责… / （2）交警中队负责…)
        if id(parent) in led and (len(group) < 2 or None in found):
            continue
        # (（一）各级人民政府：… / （二）各: a last item the page's end cut inside its name is
        # too little to read either way)
        if len(group) > 1 and found[-1] is None and _cut_stub(text, *group[-1]):
            group, found = group[:-1], found[:-1]
        # (4、现场指挥机构：负责… / 5、部门主要职责：省民政厅组织… / 省水利厅承担…: a division's
        # title over its units' duties is their section, no item of this list)
        kept = [
            k
            for k, ((i, _), c) in enumerate(zip(group, found, strict=True))
            if c is not None or id(i) not in below or id(i) not in duties
        ]
        group, found = [group[k] for k in kept], [found[k] for k in kept]
        if not group:
            continue
        read = sum(c is not None for c in found)
        # 1.农业部门。 over its duties (1)…(10), beside 2.财政部门：负责…: a unit's name over
        # items of its own leads them (``heading_clauses``), no item of this reading's
        headings = sum(
            id(i) in below and names_units(heading_text(text, i).rstrip("。：:"), grammar)
            for i, _ in group
        )
        # (no item has a clause yet: the plan has none of another form); two thirds of a
        # list suffice, the others (市纠风办和…督察队依法开展…) stay tasks with no units;
        # one item alone only when it states its unit's duty after a colon or opens with
        # roles named by their words (由X牵头，Y配合，…), or, under a
        # heading that divides duties, as the subject of a duty's verb or after its colon
        # with any words (二、明确分工 / （一）县…管委会负责…, 三、职责分工 / 公共服务办：一是…,
        # a page cut after it)
        (item, end), *others = group
        opening = _past_number(text, item, end)
        alone = not others and (
            states_duty(text, opening, end, grammar)
            # 4、市区各单位按辖区要求，统一组织投药。 / （五）…阶段: the last item of a list the
            # page cut above, its unit the subject of its duty
            or (_cut_above(item, items) and found[0] is not None)
            # 1.由县国土局牵头，县住建局配合，…: roles named by their words (a page cut after it)
            or opening_clause(text, opening, min(end, item.head_end), grammar) is not None
            # 三、加强宣传教育 / （一）各级教育部门要加强…: the first item of a list the page's
            # end cut, in the style of a list read so before it
            or (found[0] is not None and item.number.style in read_styles and cut_at(text, end))
            # 6.5 … / 县民政局负责…。县农办负责… / 6.6 信息报送和处理 / 县国土资源局负责…: a
            # paragraph alone under its heading, its cousins' paragraphs read so before it
            or (found[0] is not None and not item.number.label and item.number.style in read_styles)
            or (
                id(item.parent) in duties
                and (
                    states_subject_duty(text, opening, end, grammar)
                    or opens_with_unit_colon(text, opening, end, grammar)
                    # 二、落实职责分工 / （一）公安分局。按照…: its name closed by a full stop
                    or opens_with_unit_stop(text, opening, end, grammar)
                )
            )
        )
        if read < UNIT_FIRST_AT_LEAST and not alone:
            continue
        size = len(group) - headings
        # under a heading that divides duties (四、工作职责) more than half will do: its other
        # items name whoever is left (移动、联通…分公司发布…, 各镇和广大市民积极配合…)
        # (so too under a catch-all's heading, (八)其他部门, its items naming their own units)
        dividing = (id(item.parent) in duties or _catch_all(text, item.parent, grammar)) and (
            2 * read > size
        )
        if not most_read(read, size) and not dividing:
            continue
        read_styles.add(group[0][0].number.style)
        for (item, _), clause in zip(group, found, strict=True):
            if clause is None:
                continue  # (an item not read so keeps its partners' clause, if it has one)
            if item.clause is not None:
                # （一）市委宣传部、文广新局：负责…。市有关部门配合。: the partners of its duty
                item.earlier = (*item.earlier, item.clause)
            item.clause = clause


def _first_or_inside(
    text: str, item: Item, end: int, grammar: Grammar, titled: bool, listed: bool
) -> Clause | None:
    """Return the clause of an item that opens with its units (``_unit_first``), else, in a
    list of two or more (``listed``), of one whose first sentence names them after 由 inside
    it (``_inside``): also where the units read first run on past a 由 (殡葬行业和救助管理机构
    人员由县民政局负责组织: the people the bureau organises, no unit's name)."""
    first = _unit_first(text, item, end, grammar, titled)
    if first is not None and not any(_BY in text[p.start : p.end] for p in first.parts):
        return first
    return (_inside(text, item, end, grammar) if listed else None) or first


#: The word leading in to the units a sentence names inside it (…工作由城管部门负责…).
_BY = "由"


def _inside(text: str, item: Item, end: int, grammar: Grammar) -> Clause | None:
    """Return the units an item's first sentence names after 由 inside it (…除四害工作由城管
    部门负责监督管理), the clause staying in the title; None for a clause that is the
    sentence's whole rest after a comma (…专项整治，由市城管局负责，有关部门配合: its own
    form, ``inline_clauses``)."""
    clause = inline_clause(text, item.start + len(item.number.label), end, grammar)
    return clause if clause is not None and clause.inline else None


def _catch_all(text: str, heading: Item | None, grammar: Grammar) -> bool:
    """Whether ``heading`` is a catch-all of the units not named before it (其他部门)."""
    return heading is not None and heading_text(text, heading).startswith(grammar.catch_all)


def _opened_inside_article(items: list[Item], stack: list[Item]) -> bool:
    """Whether the items open so far are the （一） items a page opened with past 1, under
    no heading (（四） （五） then 第七条 区科委工作职责：, the page cut inside 第六条)."""
    return (
        bool(stack)
        and items[0].number.value > 1
        and all(i.number.style == SECTION_STYLES[1] and i.parent is None for i in stack)
    )


def _cut_above(item: Item, items: list[Item]) -> bool:
    """Whether ``item`` alone is the list a page cut above opens with (4、 with 1、–3、 on the
    page before), a heading of another style after it (（五）…阶段), as the rest of a list is."""
    if item is not items[0]:  # (asked of every list: only the page's first opens so)
        return False
    lead, after = _cut_list(items)
    return lead == [item] and after is not None and after.parent is None


def _lost_heading_list(items: list[Item]) -> tuple[list[Item], Item | None]:
    """Return the items 1、 2、 3、 a page opens with under no heading, and the heading of
    another style after them when it is numbered past 1 (十二、市民政局), or is a unit's name
    on its line (网格服务管理中心 / 1.…, ``NAME_LINE``): the list of the heading before it
    (十一、…), which the page lost; else no items."""
    if not items or items[0].parent is not None or items[0].number.value != 1:
        return [], None
    lead, after = _opening_list(items)
    if after is None or after.parent is not None:
        return [], None
    if after.number.value < 2 and after.number.style != NAME_LINE:
        return [], None
    return lead, after


def _opening_list(items: list[Item]) -> tuple[list[Item], Item | None]:
    """Return the items of the first item's style under no heading the text opens with, and
    the item after them (None at the end)."""
    style = items[0].number.style
    lead = list(itertools.takewhile(lambda i: i.parent is None and i.number.style == style, items))
    return lead, items[len(lead)] if len(lead) < len(items) else None


def _cut_list(items: list[Item]) -> tuple[list[Item], Item | None]:
    """Return the items a page cut above opens with (under no heading, the first numbered
    past 1, all of its style: 3、 4、) and the item after them (None at the end); no items
    when the page opens otherwise."""
    if not items or items[0].parent is not None or items[0].number.value == 1:
        return [], None
    return _opening_list(items)


#: A unit's name as a heading or an item's first sentence prints it: Chinese, brackets.
#: A bracket inside a name may list places with 、: 县（特区、区、经济开发区）人民政府.
_NAME = re.compile(f"(?:[{HAN}（）()〔〕]|[（(][{HAN}、]{{1,20}}[）)]){{2,{MAX_UNIT}}}")
#: A department's field in a list closed by its kind (教育、科技、扶贫开发等部门), a bracket
#: narrowing it (农业（农机）).
_FIELD = re.compile(f"[{HAN}]{{2,8}}(?:（[{HAN}]{{1,4}}）)?")
#: …a field in a list of several: one character may be (水、电、气等部门).
_LISTED_FIELD = re.compile(f"[{HAN}]{{1,8}}(?:（[{HAN}]{{1,4}}）)?")
#: The kind the last of such fields prints with no 等 (财政、税务部门).
_FIELDS_KIND = "部门"
#: A 、 (or a comma) between names, never one inside a name's bracket: 县（特区、区）人民政府、
#: 市规划局.
_NAMES_SEPARATOR = re.compile(r"[、，,](?![^（(〔]{0,12}[）)〕])")
#: Items a list needs, each opening with a unit's name, to read the names as their leads.
UNIT_FIRST_AT_LEAST = 2
#: The share of a list's items (2/3) that must open so.
_UNIT_FIRST_SHARE = (2, 3)


def most_read(read: int, size: int) -> bool:
    """Whether ``read`` of a list's ``size`` items make the share a list needs to read so."""
    return read * _UNIT_FIRST_SHARE[1] >= size * _UNIT_FIRST_SHARE[0]


#: Marks a sentence or clause closes with: a text ending on one was not cut there.
_CLOSING_MARKS = "。；;！!）)"
#: Characters of duties an item opening with a unit's name goes on with, at least.
_UNIT_FIRST_BODY = 8
#: …after a unit as the subject of a duty's verb, the verb included (负责宣传报道。).
_SUBJECT_BODY = 6
#: The gap between a table's columns run onto a line: two spaces or more, or a tab.
_GAP = "[ \t\u3000]{2,}|\t"
#: (市检察院、市中级人民法院。: two units sharing the item's duties)
#: (法规处  负责…: a table of units and their duties flattened, the gap between its columns)
#: (…职责分工（一）农业部门：要…。（二）公安部门：对…: a page run together, each duty after
#: its section's number, which is no part of the name)
_UNIT_FIRST = re.compile(
    f"(?:[（(][{NUMERALS}]{{1,3}}[）)])?"
    f"({_NAME.pattern}(?:、{_NAME.pattern}){{0,9}})(?:[ \u3000]?[：:]|。|[；;](?=负责)|{_GAP})"
)  # (市发展和改革局；负责…: a colon printed as a semicolon before the duty's 负责; 办公室 :负责…:
#  a blank before the colon)
#: …and names a comma joins before their colon (各县、区人民政府，市高新区管委会：建立…).
_COMMA_NAMES = re.compile(
    f"(?:[（(][{NUMERALS}]{{1,3}}[）)])?({_NAME.pattern}(?:[、，,]{_NAME.pattern}){{1,9}})[：:]"
)
#: The most characters before the colon of names a comma joins.
_COMMA_NAMES_AT_MOST = 60


def states_duty(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with units' names, a colon and a duty's verb
    (县委组织部：负责…, 各乡（镇）、居民事务中心：要将…): enough to read alone, where a page
    cut after its first such item."""
    found = _unit_opening(text, start, end, grammar, cut=cut_at(text, end))
    return (
        found is not None
        and text[found.end() - 1] in "：:"
        and text.startswith(grammar.subject_verbs, found.end())
    )


#: Words opening a sentence's adverbial, never a unit's name: 为确保我区…, 根据…
#: …those of them no unit's name opens with (经 does: 经信局, 经开区管委会).
_OPENING_PREPOSITIONS = ("为", "对", "在", "按", "根据", "通过")
_PREPOSITIONS = (*_OPENING_PREPOSITIONS, "经", "现将", "结合")
#: What a notice's first sentence opens with after its addressees' colon.
_NOTICE_OPENINGS = ("现将", "现就")


def states_subject_duty(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with units' names as the subject of a duty's verb
    and goes on with the duty (区财政局负责…, 区委农办要结合…); a question (街道、社区在…应发挥
    怎样的作用？) states none."""
    if _asks(text, start, end):
        return False
    found = _names_opening(grammar.subject_pattern, text, start, end, end, grammar)
    # (为确保我区…: a preposition; 督促水库管理单位落实…: a verb whose object is the unit)
    return found is not None and not found.group(1).startswith(
        (*_PREPOSITIONS, *grammar.subject_joins)
    )


#: How a question ends.
_ASKED = ("？", "?")


#: The marks ending a sentence or a part of one, after which a ? is a lost character.
_ENDS_BEFORE_LOST = "。；;"


def _asks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a question's mark past its blanks, read from the
    end (a line's duties are asked one by one: no copy of the rest of the line each time).
    A ? right after a sentence's end (…重大事故。?) is a character the page lost, no
    question's."""
    k = end
    while k > start and text[k - 1] in BLANKS:
        k -= 1
    lost = k - 1 > start and text[k - 2] in _ENDS_BEFORE_LOST
    return k > start and text[k - 1] in _ASKED and not lost


def opens_with_unit(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with units' names and a colon or 。 and goes on with
    their duties: 县委组织部：负责发挥党组织战斗堡垒作用…"""
    return _unit_opening(text, start, end, grammar) is not None


def opens_with_unit_colon(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with units' names and a colon (or the gap of a
    table's columns: 法规处  负责…) and goes on with their duties, whatever verb opens
    them: 市经委：依法对…"""
    found = _unit_opening(text, start, end, grammar)
    if found is None or text[found.end() - 1] not in "：:；; \t\u3000":
        return False
    # 各县人民政府：现将…通知如下: a notice's addressees and its opening, no duty
    return not text.startswith(_NOTICE_OPENINGS, past_indent(text, found.end(), end))


def opens_with_unit_stop(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with units' names closed by a 。 and goes on with a
    duty's verb: 县环保局。负责对…, a table of units and their duties run onto one line (the
    duty may be short where the page's end cut it)."""
    found = _unit_opening(text, start, end, grammar, cut=cut_at(text, end))
    return (
        found is not None
        and text[found.end() - 1] == "。"
        and text.startswith(grammar.subject_verbs, found.end())
    )


def _cut_stub(text: str, item: Item, end: int) -> bool:
    """Whether ``item`` holds no more than a name's first characters where the page's end
    cut it (（二）各): too little to read as a list's item either way."""
    start = _past_number(text, item, end)
    return len(text[start:end].strip(BLANKS + "\n")) < _STUB and cut_at(text, end)


#: Fewer characters than a unit's shortest name with its duty's verb after it.
_STUB = 4


def cut_at(text: str, end: int) -> bool:
    """Whether the text stops at ``end`` with no mark closing its last sentence: a page's
    end cut it there (…分公司：负责保障). Read in place, as ``blank_from`` reads: asked of
    every line of a long text, a copy of its rest would cost one a line."""
    if not blank_from(text, end):
        return False
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return text[last - 1 : last] not in _CLOSING_MARKS


def _unit_opening(
    text: str, start: int, end: int, grammar: Grammar, cut: bool = False
) -> re.Match[str] | None:
    """Return the units' names and their colon or 。 opening ``text[start:end]`` when duties
    follow them, else None; ``cut``: the page's end cut the duties (…分公司：负责保障), which
    may then be shorter than a duty's words."""
    # (工商部门职责：依法确认…, 市规划监察支队职责：…: the owner's word before the colon, no
    # part of the name)
    found = grammar.owner_colon_pattern.match(text, start, end) or _UNIT_FIRST.match(
        text, start, end
    )
    if found is None:
        found = _comma_names(text, start, end, grammar)
    if found is None:
        return None
    if (
        grammar.label_kind(found.group(1)) is not None  # 配合单位：X is a label's line
        # ((牵头单位：X，责任单位：Y) on its own line: a clause's bracket, no unit's name)
        or found.group(1).startswith(tuple(grammar.opening))
        or not all_units(grammar, found.group(1))
        or (
            len(text[found.end() : end].strip(BLANKS)) < _body_after(text, found, end, grammar)
            and not cut
        )
    ):
        return None
    return found


def _body_after(text: str, found: re.Match[str], end: int, grammar: Grammar) -> int:
    """Return the fewest characters of duties after units' names and their mark: fewer when
    a duty's verb opens them (（二）市教育局：负责教育救助。), which shows a duty follows."""
    after = past_indent(text, found.end(), end)
    return _SUBJECT_BODY if text.startswith(grammar.subject_verbs, after) else _UNIT_FIRST_BODY


def _comma_names(text: str, start: int, end: int, grammar: Grammar) -> re.Match[str] | None:
    """Return names a comma joins before their colon and a duty's verb (…，市高新区管委会：
    建立…), asked only where a colon stands close enough; before a notice's opening they are
    its addressees (各乡（镇）人民政府，县政府各部门：为落实…): None."""
    limit = min(end, start + _COMMA_NAMES_AT_MOST)
    colon = min(
        (k for k in (text.find("：", start, limit), text.find(":", start, limit)) if k >= 0),
        default=-1,
    )
    if colon < 0 or (text.find("，", start, colon) < 0 and text.find(",", start, colon) < 0):
        return None
    found = _COMMA_NAMES.match(text, start, colon + 1)
    after = past_indent(text, colon + 1, end)
    return found if found and text.startswith(grammar.subject_verbs, after) else None


def _unit_first(
    text: str, item: Item, end: int, grammar: Grammar, titled: bool = True
) -> Clause | None:
    """Return the clause of an item whose text opens with a unit's name and 。 or ：, or with
    the name as its subject (派出所负责…, the grammar's ``subject_pattern``), or, where
    ``titled``, as the subject of the sentence after its short title (民爆器材管理。县公安局
    要…). An unnumbered paragraph whose first line is units' names alone (民政局 / 负责对…)
    opens with them too."""
    s = _past_number(text, item, end)
    head = min(end, item.head_end)
    if not item.number.label and item.parent is None:  # a duty under no heading: its first
        # line may name its units alone (民政局 / 负责对…)
        line = text.find("\n", s, end)
        names = _named_units(name_line(text, s, line), s, grammar) if line > 0 else ()
        if names and len(text[line:end].strip(BLANKS + "\n")) >= _UNIT_FIRST_BODY:
            return Clause(s, line, names)
    # 市工商局负责，市经贸委、市农业局配合，严格实施…: roles opening the item, then its task
    opening = opening_clause(text, s, head, grammar, led_in=True)
    if opening is not None and _names_units(text, opening, grammar):
        after = past_indent(text, opening.end, end)
        if text[after : after + 1] in "，,":
            after += 1
        if len(text[after:end].strip(BLANKS + "\n")) >= _UNIT_FIRST_BODY:
            return Clause(opening.start, after, opening.parts, opening.notes)
    # the titled reading first: a title may end as a name ends (…工作格局。市甲局要…)
    patterns = (
        grammar.titled_subject_pattern,
        _UNIT_FIRST,
        _COMMA_NAMES,  # 各县、区人民政府，市高新区管委会：建立…
        grammar.owner_colon_pattern,  # 工商部门职责：依法确认…
        grammar.subject_pattern,
    )
    for pattern in patterns if titled else patterns[1:]:
        found = _names_opening(pattern, text, s, head, end, grammar)
        if found is not None:
            break
    else:
        return _measure_line(text, item, end, grammar)
    # (由市卫生局负责，加强…: the word leading in is no part of the name)
    lead = past_lead_in(text, found.start(1), found.end(1), grammar)
    if lead > found.start(1) and not text.startswith(grammar.lead_ins, found.start(1)):
        # (（四）公共厕所除四害工作由城管部门负责监督管理: the work's name, then who does it:
        # the item's whole sentence its title, ``inline_clause``)
        return None
    parts = [Part(Role.LEAD, lead, found.end(1))]
    stop = found.end() + (text[found.end() : found.end() + 1] in ("，", ","))  # 环保部门，负责…
    verb = next((v for v in grammar.subject_verbs if text.startswith(v, stop)), "")
    named = next((v for v in grammar.subject_roles if text.startswith(v, stop)), "")
    if (verb or named) and text.startswith("的", stop + len(verb or named)):
        return None  # （二）我厅配合的工作任务: the tasks a unit has in a role, a heading
    if verb and text[stop + len(verb) : stop + len(verb) + 1] in ("，", ","):
        stop += len(verb) + 1  # 市城管执法局负责，取缔…: the verb and its comma end the clause
    elif named:  # 市安监局牵头负责…专项督查: the role word ends the clause, the title follows
        stop += len(named) + (text[stop + len(named) : stop + len(named) + 1] in ("，", ","))
    # 农服中心组织兽医站负责…, 镇派出所会同市场监管所负责…
    for group, role in ((2, Role.RESPONSIBLE), (3, Role.COOPERATING)):
        if found.re.groups >= group and found[group]:
            parts.append(Part(role, found.start(group), found.end(group)))
    if pattern is grammar.titled_subject_pattern:
        parts.extend(_later_subjects(text, found.end(), end, grammar, parts[0]))
    elif pattern is grammar.subject_pattern:
        # (（九）市公用局负责…的设置；市财政局负责资金保障。: a duty of another unit after a
        # semicolon in the item's first sentence, that unit leading too)
        sentence = text.find("。", found.end(), end)
        sentence = sentence if sentence >= 0 else end
        parts.extend(_later_subjects(text, found.end(), sentence, grammar, parts[0], "；;"))
    return Clause(found.start(1), stop, tuple(parts))


_CLAUSE_STOP = re.compile("[。；;，,]")


def _later_subjects(
    text: str, start: int, end: int, grammar: Grammar, first: Part, marks: str = "。；;，,"
) -> list[Part]:
    """Return the units opening the later sentences (or clauses, after a comma or a
    semicolon) of a titled item's body as their subject (加强燃气安全综合治理。街道城建站要
    督促…。涵东工商所要加强…。; 疫情处置。市农牧局负责制定方案，镇政府负责落实…): each leads
    too, a unit the item named already (``first`` or a sentence before) once. ``marks``: the
    marks a later subject may follow (an item opening with its subject: ；, in its first
    sentence)."""
    seen = {text[u.start : u.end] for u in split_units(text, first.start, first.end, grammar)}
    parts: list[Part] = []
    for mark in _CLAUSE_STOP.finditer(text, start, end):
        if mark.group() not in marks:
            continue
        found = grammar.sentence_subject_pattern.match(text, mark.end(), end)
        if found is None or not all_units(grammar, found.group(1)):
            continue
        units = split_units(text, found.start(1), found.end(1), grammar)
        # each name's piece up to the separator before the next (its 等部门 kept as the flag)
        ends = [u.start - 1 for u in units[1:]] + [found.end(1)]
        parts.extend(
            Part(Role.LEAD, u.start, piece_end)
            for u, piece_end in zip(units, ends, strict=True)
            if text[u.start : u.end] not in seen
        )
        seen.update(text[u.start : u.end] for u in units)
    return parts


def _names_opening(
    pattern: re.Pattern[str], text: str, start: int, head: int, end: int, grammar: Grammar
) -> re.Match[str] | None:
    """Return ``pattern``'s match opening ``text[start:head]`` when every name it holds reads
    as a unit's and the duties after it, up to ``end``, are more than a title's end (not the
    item's whole text, nor a sentence ending as names end: …查处。), or a duty's verb the
    page's end cut short after; else None."""
    if pattern is _COMMA_NAMES:  # (asked only where a colon stands close, before a verb)
        found = _comma_names(text, start, head, grammar)
    else:
        found = pattern.match(text, start, head)
    if found is None or not all_units(grammar, *found.groups()):
        return None
    if found.group(1).startswith(_OPENING_PREPOSITIONS):
        return None  # 4.管辖和移送机制。对应由外省（市、区）政府负责处置的…: no unit's name
    body = len(text[found.end() : end].strip(BLANKS + "\n"))
    # …分公司：负责保障 where the page stops: a duty's verb shows the duty the cut shortened
    # (a unit's colon before it, the text stopping with no mark: 医务人员由县卫生健康局负责
    # 组织； is a sentence, whole)
    # (二、市委政法委。支持监督政法单: a name its 。 closes, the page cut in its first words)
    closed = text[found.end() - 1] in "。：:" and body >= _CUT_BODY
    # (…蔚县供电分公司负责灯会供 where the page stops: a subject's verb shows the duty too)
    cut = cut_at(text, end) and (
        pattern is grammar.subject_pattern
        or (
            pattern in (_UNIT_FIRST, _COMMA_NAMES)
            and (text.startswith(grammar.subject_verbs, found.end()) or closed)
        )
    )
    return found if body >= _body_at_least(pattern, text, found, end, grammar) or cut else None


#: The fewest characters of a duty the page's end cut after its unit's closing mark (市安全
#: 监管局：做).
_CUT_BODY = 1


def _body_at_least(
    pattern: re.Pattern[str], text: str, found: re.Match[str], end: int, grammar: Grammar
) -> int:
    """Return the fewest characters of duties after the names ``pattern`` opens with: fewer
    after a duty's verb (县广电局负责宣传报道。), whose verb shows a duty follows, and so
    after a unit's colon or 。 that a duty's verb follows (``_body_after``)."""
    if pattern is grammar.subject_pattern:
        return _SUBJECT_BODY
    if pattern in (_UNIT_FIRST, _COMMA_NAMES):
        return _body_after(text, found, end, grammar)
    return _UNIT_FIRST_BODY


def all_units(grammar: Grammar, *names: str | None) -> bool:
    """Whether every name in ``names``, each one or several joined by 、, reads as a unit's
    name (``is_unit_name``); a group a pattern left empty (None) holds none. A list that
    closes with a kind of unit (教育、科技、民政等部门) names departments by their fields:
    its names need no unit's ending."""
    return all(_group_units(g, grammar) for g in names if g)


def _group_units(group: str, grammar: Grammar) -> bool:
    """Whether a group of names joined by 、 reads as units' names (see ``all_units``)."""
    names = _NAMES_SEPARATOR.split(group)
    kind = next((e for e in grammar.etc if len(e) > 1 and group.endswith(e)), "")
    if not kind and len(names[-1]) > 1:
        names[-1] = names[-1].removesuffix("等")  # 市农业局、市林业局等负责…: the etc. mark
    named = all(
        is_unit_name(n, grammar) or _shares_each(names, k, grammar) for k, n in enumerate(names)
    )
    if not kind and not named and len(names) > 1 and group.endswith(_FIELDS_KIND):
        kind = _FIELDS_KIND  # 财政、税务部门: fields sharing the kind the last one prints
    if kind and len(names) > 1:
        names[-1] = names[-1].removesuffix(kind)
        # (水、电、气等部门: a field may be one character in such a list; a unit's whole name
        # may be longer: 区经济和信息化局、住房保障房产管理局、财贸办等部门)
        return all(
            (_LISTED_FIELD.fullmatch(n) is not None and not has_de(n)) or is_unit_name(n, grammar)
            for n in names
        )
    return named


def _shares_each(names: list[str], k: int, grammar: Grammar) -> bool:
    """Whether ``names[k]`` is a level alone (镇, 街道) after a name ending in 各 and a level
    and only such levels between (市政府及各区、镇、街道 names each district, town and street
    office), or in a list of levels alone (会同区、镇、街道)."""
    levels = grammar.collective[1]
    if names[k] not in levels:
        return False
    if len(names) > 1 and all(n in levels for n in names):
        return True  # (会同区、镇、街道: levels alone, each a level's governments)
    before = next((j for j in range(k - 1, -1, -1) if names[j] not in levels), None)
    return before is not None and any(names[before].endswith(f"各{lv}") for lv in levels)


def _measure_line(text: str, item: Item, end: int, grammar: Grammar) -> Clause | None:
    """Return the clause of the first line after an item's first that opens with a measure's
    label, a lead-in and units before a duty's verb (整改要求：由县环卫站负责清除…): the
    units lead the item."""
    for at, stop in line_spans(text, min(item.head_end, end) + 1, end):
        label = next((w for w in grammar.measure_labels if text.startswith(w, at, stop)), "")
        at += len(label)
        if label and text.startswith(("：", ":"), at):
            at += 1
            lead_in = next((w for w in grammar.lead_ins if text.startswith(w, at, stop)), "")
            found = grammar.subject_pattern.match(text, at + len(lead_in), stop)
            joined = found is not None and (found[2] or found[3])  # X督促Y负责: not read so
            if lead_in and found is not None and not joined and all_units(grammar, found[1]):
                return Clause(found.start(1), found.end(1), (Part(Role.LEAD, *found.span(1)),))
    return None


def _names_units(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether every unit a clause's role parts list reads as a unit's name."""
    return all(
        is_unit_name(text[u.start : u.end], grammar)
        for p in clause.parts
        if isinstance(p.kind, Role)
        for u in split_units(text, p.start, p.end, grammar)
    )


def _past_number(text: str, item: Item, end: int) -> int:
    """Return where an item's text starts, past its number and indent."""
    return past_indent(text, item.start + len(item.number.label), end)


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield each line of ``text[start:end]`` that holds more than its indent, past the
    indent: ``(where its text starts, where the line ends)``."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        at = past_indent(text, pos, stop)
        if at < stop:
            yield at, stop
        pos = stop + 1


def heading_text(text: str, item: Item) -> str:
    """Return the text of an item's heading line after its number, without its indents."""
    return text[_past_number(text, item, item.head_end) : item.head_end].strip(BLANKS)


def inside(spans: Sequence[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` lies inside one of ``spans`` (disjoint, in text order; ``starts`` are
    their starts): a table's rows, whose cells are no items or paragraphs."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def past_indent(text: str, at: int, end: int) -> int:
    """Return where the indent (spaces, tabs, full-width spaces) from ``at`` on ends, at most
    at ``end``."""
    while at < end and text[at] in BLANKS:
        at += 1
    return at


def name_line(text: str, start: int, end: int) -> str:
    """Return a line that may be units' names alone, without its colon (市水利局：, a
    document's heading over its duty's paragraph)."""
    return text[start:end].rstrip(BLANKS).removesuffix("：").removesuffix(":")


def is_unit_name(name: str, grammar: Grammar) -> bool:
    """Whether ``name`` reads as one unit's name: Chinese with no separator, no 的 of prose,
    no 小组 (a body, not a unit that owns tasks, unless the name is its office or its members:
    领导小组办公室, 领导小组及其办公室, 领导小组各成员单位), and a unit's last character; no
    role's word opens it
    (会同各区, 负责督促各区: a duty's words after a unit's colon)."""
    last = name.rstrip("）)〕")[-1:]  # 各村（社区）: the name ends inside its bracket
    return (
        # (a collective of the grammar keeps its 、: 有关市、县政府)
        (_NAME.fullmatch(name) or grammar.collective_pattern.fullmatch(name)) is not None
        and not has_de(name)
        # (组织人事科: an office's name opens with the word, no role's: ``not_subject_verbs``)
        and not (
            name.startswith(grammar.role_openings)
            and not name.startswith(grammar.not_subject_verbs)
        )
        and ("小组" not in name or name.endswith(("小组办公室", "小组及其办公室", "成员单位")))
        and last != ""
        and last in grammar.name_endings
        and not name.endswith(grammar.event_endings)  # 举办民族团结运动会: an event
        and not any(w in name for w in grammar.prose_words)  # …部门要按照职责分工深入现场
        and name not in grammar.kind_qualifiers  # 相关负责部门要…: 相关 ends as 海关 does
        and not name.endswith(grammar.person_titles)  # 各包村干部、村干部，负责…: people
        and not _unit_is_stated(name, grammar)
    )


def _unit_is_stated(name: str, grammar: Grammar) -> bool:
    """Whether ``name`` is a sentence saying what a unit is (区环保局为配合单位: a unit's
    name, 为, and what it is), no one name (县为民服务中心 is one: 县 no unit's)."""
    at = name.find(_IS)
    return at > 0 and is_unit_name(name[:at], grammar)


#: The verb of a sentence saying what a unit is (区水务局为牵头单位).
_IS = "为"


#: The word closing a heading that says what its owner's duties are (…的职责是：).
_IS_WORD = "是"
#: A count after a group heading: 一、县示范区管委会牵头工作（8项）
_COUNT = re.compile(r"[（(]\d+项[）)]$")


def heading_clauses(text: str, items: list[Item], grammar: Grammar) -> dict[int, Clause]:
    """Return, by item id, the clause each heading names: 一、县示范区管委会牵头工作（8项）,
    （一）省编办牵头的工作 (X牵头, then a ``heading_tails`` word and a count in brackets)."""
    found: dict[int, Clause] = {}
    named: dict[int, Clause] = {}  # headings that are a unit's name and nothing else
    colons: set[int] = set()  # of those, the headings closing with a colon: （一）县信访局：
    for item in items:
        s = _past_number(text, item, item.head_end)
        printed = text[s : item.head_end].rstrip(BLANKS)
        head = printed.rstrip("。：:")
        head = _COUNT.sub("", head)
        tail = next((t for t in grammar.heading_tails if head.endswith(t)), None)
        clause = None
        if tail is not None and len(head) > len(tail):
            clause = opening_clause(text, s, s + len(head) - len(tail), grammar, item.ruled)
        # ((2)区县监督中心的职责。区县监督中心…主要承担以下职责：: its first sentence)
        first = head[: head.find("。")] if "。" in head else ""
        clause = (
            clause
            or _owner_clause(text, s, head, grammar, named=item.number.style == NAME_LINE)
            or (_owner_clause(text, s, first, grammar) if first else None)
            # (第七条 县级以上人民政府农业行政主管部门植物保护的职责是：: the word, then 是)
            or (_owner_clause(text, s, head[:-1], grammar) if head.endswith(_IS_WORD) else None)
            or _led_heading(text, s, head, grammar)
            or announcing(text, s, head, grammar)
            or _stated_role(text, s, head, grammar)
        )
        if clause is None and item.number.style == _ARTICLE_STYLE:
            # 第十三条 共青团的主要职责 充分发挥…: an article's short title, a space, its text
            gap = _BLANK_GAP.search(head)
            clause = _owner_clause(text, s, head[: gap.start()], grammar) if gap else None
        if clause is not None:
            found[id(item)] = clause
        elif (
            (parts := _named_units(head, s, grammar))
            and grammar.label_kind(head) is None
            and not head.startswith(grammar.catch_all)  # (八)其他部门: those not named above
        ):
            named[id(item)] = Clause(s, s + len(head), parts)
            if printed.endswith(("：", ":")) and not head.startswith("成员"):
                colons.add(id(item))
    marked = (
        colons
        | duty_sections(text, items, grammar)
        | _duties_announced(text, items, named, grammar)
    )
    found.update(_named_headings(text, items, named, marked))
    return found


#: An article's number style, and the blanks after its short title on its line.
_ARTICLE_STYLE = "第一条"
_BLANK_GAP = re.compile(f"[{BLANKS}]+")
#: The styles of a plan's own headings (二、, 第二条), a list's name lines may divide.
_PLAN_HEADINGS = ("一、", _ARTICLE_STYLE)


def _duties_announced(
    text: str, items: list[Item], named: dict[int, Clause], grammar: Grammar
) -> set[int]:
    """Return the ids of the headings that are a unit's name (``named``) whose first item is
    announced by a duties' word (职责) alone on the line above it ((八)应急指挥部办公室 /
    办公室设在… / 主要职责： / (1)负责…): the unit owns the items, the only such heading a
    page kept."""
    below = _children(items)
    lines = {id(i) for i in items if i.number.style == NAME_LINE}  # (政府办 / 部门职责 / …)
    found = set()
    for key in named:
        first = below.get(key, [None])[0]
        if first is None:
            continue
        start, end = _line_above(text, first.start)
        # (主要任务： under a working group's heading lists the group's remit, no unit's duties)
        if names_duties(text[start:end], grammar, named=key in lines):
            found.add(key)
    return found


def names_duties(line: str, grammar: Grammar, *, named: bool = False) -> bool:
    """Whether ``line`` is a word over a unit's duties alone, one holding 职责: an
    ``owner_tails`` word closed by its colon (主要职责：), or, right under a unit's name on a
    line of its own (``named``), a division's word too, with its colon or none (政府办 /
    部门职责 / 组织…)."""
    line = line.strip(BLANKS)
    word = line.rstrip("：:")
    if _BARE_DUTIES not in word:
        return False
    if named:
        return word in grammar.owner_tails or word in grammar.duty_sections
    return line.endswith(("：", ":")) and word in grammar.owner_tails


def duty_sections(text: str, items: list[Item], grammar: Grammar) -> set[int]:
    """Return the ids of the items whose heading divides duties among units (三、职责分工)."""
    return {id(i) for i in items if divides_duties(heading_text(text, i), grammar)}


def divides_duties(head: str, grammar: Grammar) -> bool:
    """Whether a heading's text divides duties among units (``[outline] duty_sections``)."""
    return any(w in head for w in grammar.duty_sections)


def name_headings(text: str, items: list[Item], grammar: Grammar) -> frozenset[int]:
    """Return the ids of the items whose heading line is a name alone (1. 市科技馆 over the
    problems found there, (1) (2) (3), and one 整改责任单位 line): a place or body, no task of
    its own, so the clause after its sub-items is theirs."""
    return frozenset(id(i) for i in items if names_units(heading_text(text, i), grammar))


def names_units(head: str, grammar: Grammar) -> bool:
    """Whether a heading is units' names alone (区体育局; 南庄镇、各街道办事处)."""
    return bool(_named_units(head, 0, grammar))


def _named_units(head: str, s: int, grammar: Grammar) -> tuple[Part, ...]:
    """Return a heading that is units' names alone as lead parts (区体育局; 南庄镇、各街道办事处;
    fields sharing their kind, one part: 建设、规划、城管部门), else no parts."""
    if is_unit_name(head, grammar):
        return () if generic(head, grammar) else (Part(Role.LEAD, s, s + len(head)),)
    names = _NAMES_SEPARATOR.split(head)
    if len(names) > 1 and head.endswith(_FIELDS_KIND) and _group_units(head, grammar):
        return (Part(Role.LEAD, s, s + len(head)),)  # 建设、规划、城管部门: fields, one kind
    if len(names) < 2 or not all(is_unit_name(n, grammar) for n in names):
        return ()
    parts, at = [], s
    for n in names:
        parts.append(Part(Role.LEAD, at, at + len(n)))
        at += len(n) + 1
    return tuple(parts)


def _named_headings(
    text: str, items: list[Item], named: dict[int, Clause], marked: set[int]
) -> dict[int, Clause]:
    """Return the clauses of the headings that are a unit's name alone (一、县城区办事处 over
    its duties （一） （二）, 二、县建设局 over its own: a plan split by unit) when at least two
    headings of a group read so, or every one of them closes with a colon (（一）县信访局：,
    the only one a page cut kept), or the only one of its group holds the item the page's end
    cut (its siblings after it lost), or stands under a division of duties (三、职责分工 /
    （一）区房管局。; ``marked`` holds both kinds of id), each heading items of its own, none
    with a clause (一、青禾街道 over problems found there, each with its 责任单位, names a
    place inspected, not the unit in charge)."""
    below = _children(items)
    # (二、学工部 / … / (六)…(学工部王锐负责): a clause naming the heading's own unit, a
    # person of it after its name, is the heading's, no other owner's)
    holding = _holding_clauses([i for i in items if not _names_heading(text, i, named)])
    groups: dict[tuple[int, str], list[Item]] = {}
    for item in items:
        groups.setdefault(sibling_key(item), []).append(item)
    out: dict[int, Clause] = {}
    for group in groups.values():
        # (5.出入境检验检疫部门 where the page stops: a name the page cut before its duties)
        alone = [i for i in group if id(i) in named and not _cut_name(text, i, group, below)]
        colon = bool(alone) and (
            all(id(i) in marked for i in alone)
            or id(alone[0].parent) in marked
            or all(i.number.style == NAME_LINE for i in alone)  # (name_line_headings chose)
            # (（一）市社会禁毒协会 / 1.… / 8.联合长沙晚报开辟宣传专栏，刊登: the group's only
            # heading, the page's end cutting its last item, its siblings after it lost)
            or (group == alone and len(group) == 1 and _cut_inside(text, group[0], items))
        )
        if (len(alone) >= UNIT_FIRST_AT_LEAST or colon) and all(
            id(i) in below and id(i) not in holding for i in alone
        ):
            out |= {id(i): named[id(i)] for i in alone}
    return out


def _name_cut_before_duty(text: str, item: Item, items: list[Item], grammar: Grammar) -> bool:
    """Whether ``item`` is the text's last, its line a unit's name and colon alone, the page
    cut before its duty (三、市委宣传部：): no word of the task is printed."""
    if item is not items[-1] or not blank_from(text, item.head_end):
        return False
    head = heading_text(text, item)
    return head.endswith(("：", ":")) and names_units(head[:-1], grammar)


def _names_heading(text: str, item: Item, named: dict[int, Clause]) -> bool:
    """Whether every unit ``item``'s clause names opens with the name of a heading above it
    that is a unit's name alone (``named``)."""
    clause = item.clause
    parts = [p for p in clause.parts if isinstance(p.kind, Role)] if clause else []
    if not parts:
        return False
    names = []
    parent = item.parent
    while parent is not None:
        if id(parent) in named:
            heading = named[id(parent)]
            names.append(text[heading.start : heading.end])
        parent = parent.parent
    return bool(names) and all(text.startswith(tuple(names), p.start) for p in parts)


def _cut_inside(text: str, heading: Item, items: list[Item]) -> bool:
    """Whether the plan's last item is under ``heading`` and the page's end cut it inside a
    sentence."""
    last = items[-1]
    return last is not heading and _under(last, heading) and _cut_off(text, last, items)


def _cut_name(text: str, item: Item, group: list[Item], below: dict[int, list[Item]]) -> bool:
    """Whether ``item``, a name alone, is its group's last with no items below it and the
    text ends after it: the page stopped before what the name heads."""
    return item is group[-1] and id(item) not in below and blank_from(text, item.end)


def _owner_clause(
    text: str, s: int, head: str, grammar: Grammar, *, named: bool = False
) -> Clause | None:
    """Read （八）县经济局主要工作任务： — a unit, then an ``owner_tails`` word — as a clause
    that makes the unit the lead of the items below the heading; a collective too when the
    heading is an unnumbered name line (``named``: 各街道办事处主要职责： / 1.负责…)."""
    name, strict = _owner_name(head, grammar)
    # (one unit, or several apart by 、: （一）乡镇人民政府、街道办事处职责)
    parts = _owners(text, s, name, grammar, strict=strict)
    if not parts and not strict:
        # (一、乡(镇)人民政府、街道办事处消防安全工作职责: the field the duties are in
        # between the units and the word)
        parts = _owners(text, s, _past_field(name, grammar), grammar)
    if not parts:
        return None  # (四、部门职责, 三、明确部门职责: no owner)
    # 四、各职能部门工作职责, （一）市级各部门工作职责: the items name their units
    # (（一）市教育局：负责…, 1.市委宣传部负责…), the heading no owner; a collective of
    # places' governments owns its items (（二）各乡（镇）政府、街道办事处职责 / 1、指定专人…)
    collective = name.startswith(grammar.collective[0]) or _EACH_KIND.search(name)
    if collective and not named and _KINDS_TAKEN_EACH.search(name):
        return None
    return Clause(s, s + len(head), parts)


#: The most and fewest characters of a field of work between units and their duties' word
#: (消防安全 of 街道办事处消防安全工作职责, 森林病虫害防治 of …主管部门森林病虫害防治的职责).
_FIELD_SPAN = (2, 8)


def _past_field(name: str, grammar: Grammar) -> str:
    """Return ``name`` without the field of work it closes with (乡(镇)人民政府、街道办事处
    of 乡(镇)人民政府、街道办事处消防安全): the longest part before one that ends as a unit's
    name ends, the field Han characters alone, no verb of a subject's (我局配合 of
    我局配合的工作任务 names a role, no field) and no person's title (支部书记意识形态: a
    secretary's duties, no unit's); empty when there is none."""
    fewest, most = _FIELD_SPAN
    for k in range(len(name) - fewest, max(len(name) - most, 1) - 1, -1):
        field = name[k:]
        verb = field.startswith(grammar.subject_verbs)
        if (verb and not field.startswith(grammar.not_subject_verbs)) or any(
            t in field for t in grammar.person_titles
        ):
            continue
        if name[k - 1] in grammar.name_endings and _FIELD_WORD.fullmatch(field):
            return name[:k]
    return ""


#: A field of work: Han characters alone (消防安全, 安全生产).
_FIELD_WORD = re.compile(f"[{HAN}]+")


def _owners(
    text: str, s: int, name: str, grammar: Grammar, *, strict: bool = False
) -> tuple[Part, ...]:
    """Return the units ``name`` (at ``s``) names as the owners of the items below its
    heading; none when it names none, or a kind of body with no place or field of its own
    among them (``generic``; ``strict`` before the bare word 职责)."""
    parts = _named_units(name, s, grammar) if name else ()
    if any(generic(text[p.start : p.end], grammar, strict=strict) for p in parts):
        return ()
    return parts


def _stated_role(text: str, s: int, head: str, grammar: Grammar) -> Clause | None:
    """Read （一）区水务局为…截污纳管工作的牵头、协调单位 — units, 为, and the role they hold
    (what in, closed by 的; a role's label, its word maybe joined to others: 牵头、协调单位,
    配合单位) — as a clause that makes the units the lead of the items below the heading:
    the items are their duties, whatever role the sentence names."""
    found = _STATED_ROLE.fullmatch(head)
    if found is None:
        return None
    role = found["role"]
    if not isinstance(grammar.label_kind(role[:_ROLE_WORD] + role[-_ROLE_WORD:]), Role):
        return None
    parts = _owners(text, s, found["units"], grammar)
    return Clause(s, s + len(head), parts) if parts else None


#: Units, 为, what the role is in (…工作的), and the role: a word or words joined by 、 or
#: 和, then 单位 or 部门 (牵头、协调单位).
_STATED_ROLE = re.compile(
    f"(?P<units>[^，,。；;{_IS}]{{2,40}}){_IS}(?:[^，,。；;]{{1,40}}的)?(?P<role>[{HAN}]{{2}}(?:[、和][{HAN}]{{2}})*(?:单位|部门))"
)
#: The characters of a role's word and of its kind (牵头 + 单位).
_ROLE_WORD = 2


#: When a sentence's work falls, before its subject: 2024年， / 今年， / 2024年度，
_TIME_LEAD = re.compile(r"(?:\d{4}年度?|今年|明年|年内)[，,]")


#: Words saying that the units announcing the items each do their own share of them.
_SHARES = ("各自", "分工")


def announcing(text: str, s: int, head: str, grammar: Grammar) -> Clause | None:
    """Read 县机关事务管理局和各公共机构节能管理机构要着力完成以下工作 — units as the subject
    of a sentence that ends announcing the work listed below it (``announce_pattern``), a
    year or 今年 before the subject — as a clause that makes the units the lead of the items
    below the heading or line."""
    follows = _as_follows(text, s, head, grammar)
    if follows is not None:
        return follows
    if grammar.announce_pattern.search(head) is None and not head.endswith(_LED_TAILS):
        return None  # (…以下工作, or the unit's charge then 主要职责是：, as a 三定 prints it)
    tail = max(head.rfind("。"), head.rfind("，"), head.rfind(","))
    defined = _defined_announcing(text, s, head, tail, grammar) if tail > 0 else None
    if defined is not None:
        return defined
    lead_in = _TIME_LEAD.match(text, s, s + len(head))  # 2024年，区政府要…主要承担以下工作
    found = grammar.subject_pattern.match(text, lead_in.end() if lead_in else s, s + len(head))
    if found is None and tail > 0:
        # (县委政法委是…部门。根据…规定，县级党委政法委主要有以下职能：: the units open the
        # line's last sentence, or its last part after a lead-in's comma)
        found = grammar.subject_pattern.match(text, s + tail + 1, s + len(head))
    if found is None or not all_units(grammar, *found.groups()):
        return None
    if not _owns_announced(found.group(1), head[found.end() - s :]):
        return None
    parts = [Part(Role.LEAD, found.start(1), found.end(1))]
    for group, role in ((2, Role.RESPONSIBLE), (3, Role.COOPERATING)):
        if found[group]:  # 县财政局会同县审计局要做好以下工作
            parts.append(Part(role, found.start(group), found.end(group)))
    return Clause(s, s + len(head), tuple(parts))


#: The word standing for a body defined before it: …管理局是…部门。其主要职责是：
_ITS = "其"
#: A body defined as what it is, opening a sentence: 各级党委和政府信访部门是…机构.
_DEFINED = re.compile("([^，,。；;：:是]{2,40})是")


def _defined_announcing(text: str, s: int, head: str, tail: int, grammar: Grammar) -> Clause | None:
    """Read 各级党委和政府信访部门是开展信访工作的专门机构，履行下列职责 — units defined as
    what they are (…是…), then, after the comma at ``tail``, a subject's verb with no subject
    of its own announcing the items below, or after any mark their 其 (…是本市物业管理主管
    部门…。其主要职责是) — as a clause that makes the units their lead."""
    rest = head[tail + 1 :]
    verb = head[tail] != "。" and rest.startswith(grammar.subject_verbs)
    if not verb and not rest.startswith(_ITS):
        return None
    found = _DEFINED.match(text, s, s + tail)
    if found is None or not all_units(grammar, found.group(1)):
        return None
    if not _owns_announced(found.group(1), rest):
        return None
    return Clause(s, s + len(head), (Part(Role.LEAD, found.start(1), found.end(1)),))


def _owns_announced(name: str, after: str) -> bool:
    """Whether the units ``name`` names own the items their sentence announces, ``after`` its
    words past them: not the units concerned (各有关部门（单位）按照以下分工履行职责), nor units
    each doing their own share (…各成员单位按照各自分工履行以下职责): those items name their
    own units."""
    return not CONCERNED.match(name) and not any(w in after for w in _SHARES)


def _as_follows(text: str, s: int, head: str, grammar: Grammar) -> Clause | None:
    """Read 乡（镇）政府在农村公路养护管理中具体责任如下 — units, where they act (在…中), and
    their duties as follows (``[outline] as_follows``) — as a clause that makes the units
    the lead of the items below the heading or line."""
    tail = next((w for w in grammar.as_follows if head.endswith(w)), None)
    if tail is None:
        return None
    parts = _owners(text, s, _ACTING_IN.sub("", head[: -len(tail)].removesuffix("的")), grammar)
    return Clause(s, s + len(head), parts) if parts else None


#: Where a unit acts, after its name: 在农村公路养护管理中, 在安全生产工作方面.
_ACTING_IN = re.compile("在[^，,。；;：:]{1,30}?(?:中|方面|上)$")


#: A collective of the units concerned (各有关部门, 市各有关部门, 相关单位, 各部门、各单位): no
#: owner of the items below it, nor one duty's subject among named units' duties.
CONCERNED = re.compile("(?:[省市县区]直?)?各?(?:有关|相关)|各(?:部门|单位)(?=[、，,和及要])")
#: What a heading that names its items' lead in a sentence ends with: 主要任务是：
_LED_TAILS = ("主要任务是", "主要职责是", "具体任务是", "主要职责")


def _led_heading(text: str, s: int, head: str, grammar: Grammar) -> Clause | None:
    """Read （一）…即由市经合局牵头抓总，对招商工作负总责，…，主要任务是： — a sentence that
    names a lead after 由 and ends by announcing the tasks below — as a clause that makes
    that unit the lead of the items below the heading."""
    if not head.endswith(_LED_TAILS):
        return None
    at = head.find("由")
    if at < 0:
        return None
    found = opening_clause(text, s + at, s + len(head), grammar, led_in=True)
    if found is None or not any(p.kind == Role.LEAD for p in found.parts):
        return None
    return Clause(s, s + len(head), found.parts, found.notes)


def counted_clauses(text: str, items: list[Item], grammar: Grammar) -> None:
    """Give the items above a line that names their units by their count (4项目标的责任单位
    均为市发展改革委。, after items 1–4; 该目标责任单位为市经委。, after item 5) that clause:
    the line's label gives the role (``[outline] counted_nouns``). The items it counts are
    the siblings right above it, the one it closes included, none with a clause of its own;
    the earlier ones share it (a ``clause.shared`` warning)."""
    for k, item in enumerate(items):
        if item.clause is not None:
            continue
        found = grammar.counted_pattern.search(text, item.head_end, item.end)
        kind = grammar.kind_of(found.group("label")) if found else None
        if found is None or not isinstance(kind, Role):
            continue
        count = to_int(found.group("count")) if found.group("count") else 1
        group = [item]
        for earlier in reversed(items[:k]):
            if len(group) == count or earlier.parent is not item.parent:
                break
            group.insert(0, earlier)
        if len(group) != count or any(i.clause is not None for i in group):
            continue
        s, e = found.span("units")
        clause = Clause(found.start(), found.end(), (Part(kind, s, e),))
        for member in group:
            member.clause, member.shared = clause, member is not item


def share_heading_clauses(
    text: str, items: list[Item], headed: dict[int, Clause], grammar: Grammar
) -> None:
    """Give the clause a heading names (``headed``, by item id) to the items below it.

    When no item below the heading carries a clause of its own, the heading is a section
    and its items are tasks of that lead, shared as a clause after a group is; an item below
    that is a heading naming its own owner over items of its own passes them its own, and
    one announcing the duties listed below it passes them the clause (第三章 X工作职责 /
    第十一条 X在…方面的共同职责： / （一）…). Otherwise
    (（一）X牵头的工作 over 1. 2., each with its 协同单位 line) every item below it with no
    items of its own takes the clause as its heading's, and so does a heading with no items
    (its own lines are the task: （二）X牵头的工作 / 全面加强审计工作。 / 协同单位：…).
    """
    owners = _holding_clauses(items)
    below = _children(items)
    for item in items:
        clause = headed.get(id(item))
        children = below.get(id(item), [])
        if clause is None or (item.clause is not None and children):
            continue
        if children and id(item) not in owners:
            for child in _past_labels(text, children, below):
                # (一、党委和政府职责 / （一）区委职责 / 1.…: a heading below naming its own
                # owner over items of its own keeps them; the nearer owner leads them)
                if id(child) in headed and id(child) in below:
                    continue
                listed = below.get(id(child), [])
                if listed and _announces_duties(heading_text(text, child), grammar):
                    for leaf in listed:
                        if leaf.clause is None:
                            leaf.clause, leaf.shared = clause, True
                else:
                    child.clause, child.shared = clause, True
            continue
        for leaf in [item] if not children else _leaves(item, below):
            leaf.heading = leaf.heading or clause


def _announces_duties(head: str, grammar: Grammar) -> bool:
    """Whether a heading announces the duties listed below it: an ``owner_tails`` word and
    its colon close it (…在安全生产工作方面的共同职责：)."""
    words = head.rstrip(BLANKS)
    return words.endswith(("：", ":")) and words[:-1].endswith(grammar.owner_tails)


def _past_labels(text: str, children: list[Item], below: dict[int, list[Item]]) -> list[Item]:
    """Return ``children``, each that only labels the items below it (（1）年度重点任务： over
    ①…②…: a short title closed by a colon, no text of its own) replaced by those items."""
    out: list[Item] = []
    for child in children:
        items = below.get(id(child), [])
        head = heading_text(text, child)
        labels = (
            bool(items)
            and head.endswith(("：", ":"))
            and len(head) <= _LABEL
            and not text[child.head_end : items[0].start].strip(BLANKS + "\n")
        )
        out += _past_labels(text, items, below) if labels else [child]
    return out


#: The longest label over a heading's items (（1）年度重点任务：).
_LABEL = 20


def _children(items: list[Item]) -> dict[int, list[Item]]:
    """Return the items directly below each item that has some, by the item's id."""
    below: dict[int, list[Item]] = {}
    for i in items:
        if i.parent is not None:
            below.setdefault(id(i.parent), []).append(i)
    return below


def share_heading_line_clauses(text: str, items: list[Item], subitems: tuple[str, ...]) -> None:
    """Give the clause closing a heading's own line to its items when none of them carries one.

    一、扩大有效投资政策（由县发改局牵头实施） over 1. 2. with no clauses: the heading names
    its section's lead, and its items are the tasks, as a clause after a group makes them.
    Sub-items (1. with (1) (2)) stay the body of the item above them.

    When its items carry clauses that name no lead (一、整治提升村容村貌（X、Y牵头） over 1.
    2. each with its 责任单位), a short title's clause naming leads only is its items'
    heading clause: they keep their own units beside its lead, and it is no task itself.
    """
    owners = _holding_clauses(items)
    below = _children(items)
    for item in items:
        clause, children = item.clause, below.get(id(item), [])
        if clause is None or item.shared or not children or clause.end > item.head_end:
            continue
        if any(c.number.style in subitems for c in children):
            continue
        if any(c.clause is not None or id(c) in owners for c in children):
            if _leads_section(text, item, clause, children):
                for leaf in _leaves(item, below):
                    leaf.heading = leaf.heading or clause
                item.clause = None
            continue
        for child in children:
            child.clause, child.shared = clause, True
        item.clause = None


def _leads_section(text: str, item: Item, clause: Clause, children: list[Item]) -> bool:
    """Whether a heading's clause leads the items below it: it names leads only, after a
    short title with no sentence's end, and no item below names a lead of its own."""
    return (
        all(p.kind is Role.LEAD for p in clause.parts)
        and "。" not in text[item.start : clause.start]
        and not any(
            p.kind is Role.LEAD for c in children if c.clause is not None for p in c.clause.parts
        )
    )


def _leaves(item: Item, below: dict[int, list[Item]]) -> list[Item]:
    """Return the items below ``item`` that have no items of their own."""
    found: list[Item] = []
    for child in below.get(id(item), []):
        found += _leaves(child, below) if id(child) in below else [child]
    return found


def _holding_clauses(items: list[Item]) -> set[int]:
    """Return the ids of the items with a clause-carrying item somewhere below them."""
    holding: set[int] = set()
    for item in items:
        parent = item.parent if item.clause is not None else None
        while parent is not None:
            holding.add(id(parent))
            parent = parent.parent
    return holding


def _trailing(text: str, item: Item) -> bool:
    """Whether an item's clause stands on a line of its own after the item's heading."""
    clause = item.clause
    if clause is None or clause.start <= item.head_end:
        return False
    own_line = text.rfind("\n", 0, clause.start) + 1
    return not text[own_line : clause.start].strip(BLANKS)


def _key(item: Item) -> tuple[int, int, str]:
    return (id(item.parent), item.level, item.number.style)


#: An article stating the plan's purpose: 第一条 为…，根据…，特制定本规定。
_PURPOSE = re.compile(
    r"(?:为了?|根据)[^。]{0,200}?(?:制定|制订)本(?:规定|办法|方案|措施|细则|意见|计划)"
)


def task_items(text: str, items: list[Item], grammar: Grammar) -> list[Item]:
    """Pick the tasks: in each group of siblings that carries unit clauses, the items
    with no clause-carrying item below them (sections are decided by structure).

    A sibling without a clause stays a task with no units, unless it states the plan's
    purpose (第一条 为…，特制定本规定。) or frames it (一、工作目标); a group without any
    clause (a goal section's 1. 2.) is not a list of tasks. Siblings whose numbering starts
    again (1、2、3、 of goals, then 1、2、 of measures, under no heading the page kept) are
    groups of their own.
    """
    below = _holding_clauses(items)
    parents = _children(items)
    groups: dict[tuple[int, str, int], list[Item]] = {}
    for key, item in zip(_run_keys(items), items, strict=True):
        groups.setdefault(key, []).append(item)
    chosen: set[int] = set()
    # where the last heading dividing duties among units (四、职责分工) starts, by its
    # parent and style: a tasks heading before it names its items tasks
    dividers = {
        sibling_key(i): i.start for i in items if divides_duties(heading_text(text, i), grammar)
    }
    # the last value of each style's latest list of tasks under sibling headings: a group
    # numbered on from it (7. 8. under （二）, 9. under （三）) continues the list
    listed: dict[tuple[int, str], int] = {}
    for members in groups.values():
        leaves = [i for i in members if id(i) not in below]
        if _fields(text, leaves):
            continue  # （一）责任主体：X / （二）公开时限：…: a section's fields, no tasks
        first = members[0]
        # (items under no heading, a page cut above theirs: cousins of those under the
        # first heading it kept, （三）（四） then 二、 over （五）)
        cousins = (id(first.parent.parent if first.parent else None), first.number.style)
        # (三、加强组织保障 over （五）各级政府要…: the plan's frame, no task)
        framed = first.parent is None or _frames_plan(text, first.parent, grammar)
        numbered_on = not framed and listed.get(cousins) == first.number.value - 1
        # the list under the next heading, numbered from 1 again, that the page's end cut
        # before any of its clauses (…（X负责） / 五、推进就业… / （一）进一步完善…)
        # (or a level below, in the style of a list of tasks above it: 1.加强… under 一、,
        # then 二、 / （一） / 1.研发… the page cut, under no heading that frames the plan)
        cut_on = (
            not framed
            and (cousins in listed or _styled_as_tasks(text, first, listed, grammar))
            and _cut_off(text, members[-1], items)
        )
        named = any(i.clause is not None or i.heading is not None for i in leaves)
        # (（二十四）X。…（A牵头） over paragraphs closed by clauses, then （二十五）Y。… the
        # page cut before its clause: a sibling's own clause makes the list one of tasks)
        owned = any(id(i) in below and _owns_clause(i) for i in members)
        if owned and not named:
            leaves = [i for i in leaves if id(i) not in parents]
            named = bool(leaves)
        # (三、主要任务 over （一）–（九） naming no unit, 四、职责分工 dividing them among units
        # below: the heading names its items tasks)
        tasked = (
            first.parent is not None
            and _names_tasks(text, first.parent, grammar)
            and not any(id(i) in parents for i in members)
            and dividers.get(sibling_key(first.parent), -1) > first.parent.start
        )
        if (
            numbered_on
            or cut_on
            or named
            or tasked
            or _after_lost_item(text, first, items, grammar)
        ):
            listed[cousins] = members[-1].number.value
            chosen |= {
                id(i)
                for i in leaves
                if not states_purpose(text, i)
                and not frames_plan(text, i, grammar)
                and not _name_cut_before_duty(text, i, items, grammar)
            }
    # 六、改进公交管理 over （一）–（三）, a list the page's end cut before its clauses: the
    # heading over tasks is none itself, unless it carries a clause of its own
    over = {id(i.parent) for i in items if id(i) in chosen and i.parent is not None}
    chosen -= {id(i) for i in items if id(i) in over and i.clause is None}
    # 一、减少扶贫对象6.76万人。（责任单位：…） over 1. 2. with clauses of their own: the
    # heading's own clause makes it a task too, beside its items
    chosen |= {
        id(i)
        for i in items
        if id(i) in below and _owns_clause(i) and not _kind_over_owners(text, i, grammar)
    }
    chosen |= {id(i) for i in _orphans(text, items, chosen, grammar)}
    chosen |= {id(i) for i in _cut_opening_list(text, items, chosen, parents, grammar)}
    return [i for i in items if id(i) in chosen]


def _cut_opening_list(
    text: str,
    items: list[Item],
    chosen: set[int],
    parents: dict[int, list[Item]],
    grammar: Grammar,
) -> list[Item]:
    """Return the items of the list a page opens with where the text starts, its owner's
    name lost above it ((十一)…(十六), then 三、内设机构 over (一)市政府督查室。负责…; or
    (一)…(八), then 区政务服务办内设科室4个： over (一)综合科 / 负责…), when the page's
    tasks are items of that style in a later list (under a heading of the plan's own, or
    numbered from the first again): its items are tasks with no units. None when the page
    opens with anything else, or any of the list is chosen already or has items below it
    (``parents``: the items below each item, by its id)."""
    first = items[0] if items else None
    if (
        first is None
        or first.parent is not None
        # (a site's mark alone above it, |, is no text)
        or any(c.isalnum() for c in text[: first.start])
        or id(first) in chosen
    ):
        return []
    style = first.number.style
    opening = [first]
    for item in items[1:]:
        if item.parent is not None or item.number.style != style:
            break
        if item.number.value <= opening[-1].number.value:
            break  # (numbered from the first again: a later list)
        opening.append(item)
    if len(opening) < _CUT_LIST_ITEMS or any(id(i) in chosen or id(i) in parents for i in opening):
        return []  # (2.重点项目资金估算表。（略）: one item alone is no list)
    # (the page's tasks: items of the style right under a heading of the plan's own, or
    # paragraphs under items of the style at the top or under such a heading: (一)综合科 /
    # 负责…; not a later list at the top whose items carry their own clauses: 4. 5. then
    # 1.…（X牵头） 2.…, the first list no tasks)
    if not any(
        id(i) in chosen
        and i.parent is not None
        and (_top_styled(i, style) or _top_styled(i.parent, style))
        for i in items[len(opening) :]
    ):
        return []
    return [i for i in opening if not states_purpose(text, i) and not frames_plan(text, i, grammar)]


def _top_styled(item: Item, style: str) -> bool:
    """Whether ``item`` is numbered in ``style`` at the top of the plan or right under a
    heading of its own."""
    return item.number.style == style and (item.parent is None or item.parent.parent is None)


#: The fewest items the list a page opens with must keep.
_CUT_LIST_ITEMS = 2


def _kind_over_owners(text: str, item: Item, grammar: Grammar) -> bool:
    """Whether a heading's own clause is its sentence's subject naming a kind of body only
    (第五条 各级各部门在本级政府的领导下，承担…职责。 over （一）政法部门：… （二）…): it
    introduces the duties its items give their own units, no task beside them."""
    clause = item.clause
    if clause is None or clause.start != _past_number(text, item, item.head_end):
        return False
    parts = [p for p in clause.parts if isinstance(p.kind, Role)]
    return bool(parts) and all(
        generic(text[u.start : u.end], grammar, strict=True)
        for p in parts
        for u in split_units(text, p.start, p.end, grammar)
    )


def _after_lost_item(text: str, first: Item, items: list[Item], grammar: Grammar) -> bool:
    """Whether ``first``, the plan's first item and numbered past 1, follows a line closed
    by a clause naming units: the page started inside a list of tasks, the item before cut
    above its number (…宜居标准要求。（市建委牵头） / 10.完善…)."""
    if first is not items[0] or first.number.value < 2:
        return False
    start, end = _line_above(text, first.start)
    return match_number(text[start:end].lstrip(BLANKS)) is None and _closes_with_clause(
        text, start, end, grammar
    )


def _styled_as_tasks(
    text: str, first: Item, listed: dict[tuple[int, str], int], grammar: Grammar
) -> bool:
    """Whether ``first`` is numbered in the style of a list of tasks already found, with no
    heading above it that frames the plan (三、保障措施)."""
    if not any(style == first.number.style for _, style in listed):
        return False
    above = first.parent
    while above is not None:
        if _frames_plan(text, above, grammar):
            return False
        above = above.parent
    return True


def _names_tasks(text: str, heading: Item, grammar: Grammar) -> bool:
    """Whether a heading's words are a name of the plan's tasks alone (主要任务, 重点工作任务:
    ``[outline] task_sections``)."""
    return heading_text(text, heading).rstrip("。：: " + BLANKS) in grammar.task_sections


def sibling_key(item: Item) -> tuple[int, str]:
    """Return what ``item`` shares with its siblings: its parent and its number's style."""
    return (id(item.parent), item.number.style)


def _frames_plan(text: str, heading: Item, grammar: Grammar) -> bool:
    """Whether a heading's words frame the plan (保障措施, 组织领导: ``[outline]
    frame_sections``)."""
    return any(w in heading_text(text, heading) for w in grammar.frame_sections)


def _cut_off(text: str, item: Item, items: list[Item]) -> bool:
    """Whether ``item``, the plan's last, is cut inside a sentence by the text's end."""
    own = text[item.start : item.end].rstrip(BLANKS + "\n")
    return item is items[-1] and not own.endswith(_SENTENCE_ENDS)


#: How a whole item's text ends: a sentence's mark, or a bracket or quote closing one.
_SENTENCE_ENDS = tuple("。！？；;!?）)〕】」”")

#: A line that is a field of its section: a short word, then a colon and its value.
_FIELD_LINE = re.compile(f"[{HAN}]{{2,6}}[：:]")


def _fields(text: str, members: list[Item]) -> bool:
    """Whether a group of siblings is its section's fields, a line each, under a heading
    that names them (二、责任主体、公开时限、方式和监督渠道 / （一）责任主体：X /
    （二）公开时限：…): a short word and its value, at least half of the words in the
    heading, fewer than half of the items naming units, no list of tasks (1.宣传发动：…
    under 二、重点任务 is one)."""
    parent = members[0].parent if members else None
    if len(members) < 2 or parent is None:
        return False
    heading = heading_text(text, parent)
    named = 0
    for item in members:
        own = text[item.start + len(item.number.label) : item.end].strip(BLANKS + "\n")
        # (the last one's text runs on to whatever follows the list: its first line counts)
        single = "\n" not in own or item is members[-1]
        found = _FIELD_LINE.match(own)
        if not single or found is None:
            return False
        named += found.group().rstrip("：:") in heading
    if 2 * named < len(members):
        return False
    naming = sum(
        1 for i in members if i.clause and any(isinstance(p.kind, Role) for p in i.clause.parts)
    )
    return 2 * naming < len(members)


#: A stage of the work's steps (（二）实施阶段（8月27日至10月15日）。), no measure of the plan.
_STAGE = re.compile(f"[{HAN}]{{1,6}}阶段(?:[（(][^（）()]{{1,30}}[）)])?(?:[。：:]|$)")
#: The most items a page cut above may open with before the second heading of a style.
_ORPHANS_CUT = 3


def _orphans(text: str, items: list[Item], chosen: set[int], grammar: Grammar) -> list[Item]:
    """Return the items a page cut above opens with (3、 4、 under no heading it kept) when the
    heading after them is a unit's name over tasks numbered in their style (（二）公安部门 /
    1、 2、), or the second heading of its style over them (（6）… / 2.成员单位职责： / （1）…):
    the rest of the duties of a unit, or of a list, whose heading the page lost, tasks whose
    unit it does not show; or a heading that divides duties (六、职责分工), whatever its
    duties' numbering: the items are the plan's last measures."""
    lead, after = _cut_list(items)
    if not lead:
        lead, after = _lost_heading_list(items)
    if not lead:
        return []
    style = lead[0].number.style
    # 5.… 7.… / ——政府： / 1.…（X牵头）: the rest of a list whose heading the page lost, then
    # the list of a heading of dashes
    again = next((k for k in range(1, len(lead)) if lead[k].number.value == 1), None)
    if again is not None and _dashed_above(text, lead[again]):
        return lead[:again] if all(id(i) in chosen for i in lead[again:]) else []
    if after is None or after.parent is not None:
        return []
    # or the heading after them is the second of its style (（6）承担…其他任务。 / 2.成员单位
    # 职责： / （1）市气象局：…): they end the list of the first, which the page lost
    second = after.number.value == 2 and len(lead) <= _ORPHANS_CUT
    # (（二）工作目标。 / 二、重点任务: a section framing the plan is no task, cut or not)
    second = second and not any(
        heading_text(text, i).split("。", 1)[0].rstrip("：: ") in grammar.frame_sections
        for i in lead
    )
    # or the heading after them divides duties (（四）市经济和信息化委会同…进行验收。 /
    # 六、职责分工): the list before a plan's duties is its measures, cut or not
    head = heading_text(text, after)
    dividing = divides_duties(head, grammar) and not any(
        frames_plan(text, i, grammar) or _STAGE.match(heading_text(text, i)) for i in lead
    )
    if dividing:  # (its duties may be lines with no number: 民政部门：负责…)
        return lead
    labelled = _labels_units(head, grammar)  # （三）责任单位：市建设局 / 将… / （四）责任单位：…
    if (
        not second
        and not labelled
        and not names_units(head.rstrip("。：:"), grammar)
        and not owns_list(head, grammar)
    ):
        return []
    under = [
        i
        for i in items
        if i.number.style == style
        and (
            i.parent is after
            # (a label's heading may head a paragraph of its own: the items of the next)
            or (labelled and i.parent is not None and i.parent.number.style == after.number.style)
        )
    ]
    return lead if under and all(id(i) in chosen for i in under) else []


def _labels_units(head: str, grammar: Grammar) -> bool:
    """Whether a heading is a unit role's label and the units it names alone
    (责任单位：市建设局)."""
    found = grammar.label_pattern.match(head)
    return (
        found is not None
        and isinstance(grammar.label_kind(found.group(1)), Role)
        and names_units(head[found.end() :].rstrip("。；;"), grammar)
    )


#: A heading of dashes on a line of its own (——政府：): who the list below it is for.
_DASH_LINE = re.compile(f"[{BLANKS}]*——[{HAN}]{{1,12}}[：:][{BLANKS}]*$")


def _dashed_above(text: str, item: Item) -> bool:
    """Whether the line right above ``item`` is a heading of dashes."""
    start, end = _line_above(text, item.start)
    return _DASH_LINE.match(text, start, end) is not None


def names_organisers(text: str, item: Item, grammar: Grammar) -> bool:
    """Whether an item's heading is labels alone (三、主办、承办单位 over 主办单位：X /
    承办单位：Y): an event's organisers, a section stating them, not a task whose clause
    they are."""
    words = _LABELS_APART.split(heading_text(text, item).rstrip("。：: "))
    return all(grammar.label_kind(w) is not None for w in words)


#: What stands between labels a heading joins (主办、承办单位, 主办和协办单位).
_LABELS_APART = re.compile("[、和及与]")


def frames_plan(text: str, item: Item, grammar: Grammar) -> bool:
    """Whether an item without units is a section framing the plan (一、工作目标, 五、保障措施:
    ``[outline] frame_sections``), not a task."""
    if item.clause is not None or item.heading is not None:
        return False
    return heading_text(text, item).rstrip("。：: ") in grammar.frame_sections


def states_purpose(text: str, item: Item) -> bool:
    """Whether an item without units is the plan's statement of purpose, not a task."""
    if item.clause is not None or item.heading is not None:
        return False
    return _PURPOSE.match(text, _past_number(text, item, item.end), item.end) is not None


def _owns_clause(item: Item) -> bool:
    """Whether an item's clause stands in its own text, not shared from after its group."""
    clause = item.clause
    return clause is not None and not item.shared and item.start <= clause.start < item.end
