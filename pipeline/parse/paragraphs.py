"""Paragraphs that are tasks: unnumbered paragraphs under a numbered heading, each closing
with a unit clause of its own, as a department's 工作要点 prints them:

    （一）推进决策公开
    严格落实重大行政决策程序，…。（牵头部门：综合规划处）
    做好规范性文件公开工作，…。（牵头部门：法规处）

The heading names a group; each paragraph is a task, numbered by its place under the
heading (its label is empty: nothing is printed) and titled by its first sentence. Only a
heading whose line is a short title with no clause, and whose every line below closes with a
clause of its own after some text, reads so; with one such paragraph it reads so only when a
sibling heading of its style holds two or more (else the heading titles the task, as before).

So do paragraphs that each open with their unit and a colon, as a 协调机制's notice divides
its members' duties (（二）职责分工 / 县委组织部：负责… / 县教育局：负责…): the unit leads
(``outline.unit_first_clauses`` reads it), in a plan with no clause of another form. One
alone reads so when a duty's verb follows its colon (a page cut after it), and two or more
before the first numbered item read so under no heading (an excerpt of 成员单位职责). A short
sub-heading line may stand over them (一、指挥部成员名单 / 指挥部成员职责分工 / 市财政局：…).
In a text with no number at all, three or more paragraphs opening with a unit as the subject
of a duty's verb (区财政局负责…, 区委农办要…) read so too, or with a unit and a colon before
a duty of any verb (市经委：依法对…), run on after a 。 or not; a closing catch-all
(其他成员单位按照各自职责…) is none. Under an item's sentence (第十九条 各有关部门按照以下分工
履行职责。), two or more lines each opening with a unit, a colon and a duty's verb are tasks.
Under a heading that divides duties (四、任务分工), lines opening with their unit as a
duty's subject (县公安局负责…, 各镇在…, 县民政局结合…) each start a task, when two thirds of
the lines open so; a line that does not continues the task before it.

Three or more units' duties run on in an item's own line after the colon, the sentence or
the space that opens their list, each unit's name closed by ： or by 。 before a duty's verb
(三、职责分工…各组成单位及其职责如下：县环保局。负责…。县农委。负责…; after a space, a
duty may close with a space alone: 镇党政办：发布… 安监所：收集…), are its tasks too, and
so are such duties run on after a 。 in a line under a short heading (三、职责分工 /
公共服务办：一是…。公共安全办：一是协助…).

Under headings that are units' names alone, two or more in a group (（一）区体育局,
（二）区财政局), the lines below a heading with no items of its own are its unit's duties,
each a paragraph, even alone: the heading leads them (``outline.heading_clauses``).

Lines under a heading opening with their ordinal words in order (一是…, 二是…), each closed
by its clause, keep a last one the page's end cut before its clause. In a text with no
number, a line straight over a lead's or a responsible label's line (民生实事 / 新建… /
牵头单位： / X区卫生健康局) is a project whose labelled lines name its units.

Lines opening with their ordinal words in order, with no clause, under a line whose subject
is units announcing the work below it (县机关事务管理局要着力完成以下工作： / 一是… / 二是…),
are those units' tasks: the line becomes their heading (``outline.announcing``). Projects a
line each under a heading, each group closed by a line naming its units after a lead-in of
the items above (改建…。 / 在6家…。 / 上述项目由区商务委牵头负责。), are tasks of that group's
units: the group's last project holds the closing line, whose clause the group shares.

Paragraphs of several lines, each closed by a label-less clause standing on a line (or two)
of its own (（一）健全制度体系。 / 建立…。 / 2027年底前，… / （X牵头，Y参与）), are the
heading's tasks too, two or more of them. And a page cut inside an item (its text opens
mid-sentence and runs, with no number, to a clause before item N > 1) holds item N-1's
tail: ``cut_tail`` makes it a task.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from pipeline.grammar import CLAUSE, LEADERS, Grammar
from pipeline.model import Role
from pipeline.numbering import BULLET_MARKS, LOST_BULLET, Number, to_int
from pipeline.parse.clauses import (
    Clause,
    balanced_close,
    earlier_clauses,
    find_clause,
    opening_clause,
)
from pipeline.parse.loose import trim
from pipeline.parse.outline import (
    CONCERNED,
    NAME_LINE,
    Item,
    announcing,
    cut_at,
    divides_duties,
    duty_sections,
    frames_plan,
    heading_text,
    inside,
    line_spans,
    most_read,
    name_line,
    names_duties,
    names_units,
    opens_label,
    opens_with_unit,
    opens_with_unit_colon,
    opens_with_unit_stop,
    past_indent,
    roster_line,
    sibling_key,
    states_duty,
    states_subject_duty,
)
from pipeline.read.chinese import BLANKS, HAN, NUMERALS, blank_from

#: The style of a paragraph's number, which the page does not print.
PARAGRAPH = "¶"
#: The most characters of a heading's short title over such paragraphs.
_SHORT_TITLE = 40
#: The fewest characters of a paragraph's text before its clause.
_TEXT = 4
#: The fewest duties of units, under no heading, that read as tasks.
_DUTIES = 2
#: The least number of a page's first item after the tail of the item before it, and the
#: most characters of that tail (a page cut inside an item: its last few lines).
_CUT_BEFORE = 2
_TAIL = 600
#: The most lines a clause standing on lines of its own runs over.
_CLAUSE_RUN = 3
#: The fewest paragraphs of units' duties with no colon, in a text with no number, that
#: read as tasks.
_SUBJECT_DUTIES = 3
#: The unit clause of ``text[start:end]`` (``find_clause``), each span's read once.
_ClauseOf = Callable[[int, int], Clause | None]
#: The spaces a page run onto one line left for a paragraph's indent.
_INDENT = 2
#: What may close a paragraph after its clause's bracket.
_AFTER = "。；;，, \t\u3000"


def paragraph_items(
    text: str, items: list[Item], grammar: Grammar, rows: Sequence[tuple[int, int]] = ()
) -> list[Item]:
    """Return ``items`` with an item for each paragraph of a heading that holds such tasks,
    right after the heading; the heading's own text then ends before its first paragraph.
    ``rows``: the spans of a table's rows, whose cells are no paragraphs."""
    table = (rows, [a for a, _ in rows])
    parents = {id(i.parent) for i in items if i.parent is not None}
    # headings that are units' names, two or more in a group (（一）区体育局 （二）区财政局)
    # (6.安全保卫组 / 市公安局牵头，…等有关部门参加。: a group named over the clause that
    # names its units is no unit owning paragraphs)
    heads = [
        i
        for i in items
        if names_units(heading_text(text, i), grammar) and not _led_below(text, i, grammar)
    ]
    named = Counter(sibling_key(i) for i in heads)
    duties = duty_sections(text, items, grammar)  # 三、职责分工 / （一）区房管局 (one alone)
    clause_of = _clauses_of(text, grammar)
    units = {id(i) for i in heads if named[sibling_key(i)] >= _DUTIES or id(i.parent) in duties}
    found = {
        id(item): spans
        for item in items
        if id(item) not in parents
        and (spans := _paragraphs(text, item, grammar, id(item) in units, clause_of))
    }
    split = {sibling_key(i) for i in items if len(found.get(id(i), ())) > 1}
    out: list[Item] = [
        Item(Number(PARAGRAPH, "", k), 0, None, start, end, end)
        for k, (start, end) in enumerate(_duties_before(text, items, grammar, rows), start=1)
    ]
    # 6.5 基本生活保障 / 县民政局负责…。县农办负责…: no item names a unit in a clause, but the
    # lines under the headings state units' duties, each sentence opening with its unit
    sections = {} if found or out or rows else _subject_sections(text, items, grammar, clause_of)
    if sections:
        before = sections.pop(0)
        found.update(sections)
        out = [
            Item(Number(PARAGRAPH, "", k), 0, None, start, end, end)
            for k, (start, end) in enumerate(before, start=1)
        ]
    # 生活保障组负责… / 交通恢复组负责… / 通讯保障组负责… / 4、现场指挥机构：… / 5、部门主要
    # 职责：省民政厅组织…: a page cut inside a list of duties, the units' duties that its items
    # go on with, each line before the first item opening with its unit as a duty's subject
    run = _subject_run(text, items[0].start, grammar) if not out and found and items else []
    if len(run) >= _SUBJECT_DUTIES:
        out = [
            Item(Number(PARAGRAPH, "", k), 0, None, start, end, end)
            for k, (start, end) in enumerate(run, start=1)
        ]
    if not out and items:  # --建立…。 / 责任单位：区经委 / … / （三）…: bulleted projects, each
        # over its labelled lines, of a list the page opened in, before the first item
        out = [
            Item(Number(PARAGRAPH, "", k), 0, None, start, end, end)
            for k, (start, end) in enumerate(
                _bulleted_projects(text, 0, items[0].start, grammar, clause_of), start=1
            )
        ]
    # 县机关事务管理局要着力完成以下工作： / 一是… / 二是…: units announcing the work of the
    # lines below, each opening with its ordinal word, before the first item
    if not out:
        out = _announced(text, 0, items[0].start if items else len(text), None, grammar, table)
    if not items and not out:  # 政府办 / 部门职责 / 组织承办…。 / 负责办理…。: a unit's lines
        out = _owned_lines(text, grammar, table)
    if not items and not out:  # a list that lost its numbers: lines closing with clauses
        out = [
            Item(Number(PARAGRAPH, bullet, k), 0, None, start, end, end)
            for k, (start, end, bullet) in enumerate(
                _clause_lines(text, grammar, rows, clause_of), start=1
            )
        ]
    if not items and not out:  # a project's line over its labelled lines (牵头单位： / X)
        out = [
            Item(Number(PARAGRAPH, "", k), 0, None, start, line, end)
            for k, (start, line, end) in enumerate(
                _over_labels(text, grammar, rows, clause_of), start=1
            )
        ]
    for item in items:
        out.append(item)
        spans = found.get(id(item), [])
        if not spans and sibling_key(item) in split and id(item) not in parents:
            # 7.完善园林绿化设施建设管理长效机制 / 按照…，加快…步伐 (where the page stops): the
            # paragraphs of a title whose cousins' paragraphs are tasks, the page cut in the
            # last before its clause, are tasks too
            spans = _cut_before_clause(text, item)
        alone = len(spans) == 1 and not states_duty(text, *spans[0], grammar)
        # 三、职责分工 / 公共服务办：一是负责…: a unit's duty alone under a division of duties
        alone = alone and not (
            id(item) in duties and opens_with_unit_colon(text, *spans[0], grammar)
        )
        # （二）区财政局 / 负责…: a unit's one duty under its name is a task of its own
        alone = alone and not (id(item) in units and not _with_clauses(spans, clause_of))
        # （二）…。（牵头单位：…） / 烧烤园内…。（牵头单位：…）: a task after the item's own
        alone = alone and not _own_line_closes(text, item, grammar, clause_of)
        alone = alone and id(item) not in sections  # (6.6 信息报送 / 县国土资源局负责…)
        if not spans and id(item) not in parents:  # (三、重点工作 / X要做好以下工作： / 一是…)
            announced = _announced(text, item.head_end + 1, item.end, item, grammar, table)
            if announced:
                out += announced
                item.end = announced[0].start - 1
                continue
        if alone and sibling_key(item) not in split:
            continue  # (a unit's duty after its colon is a task even alone: 县委组织部：负责…)
        for k, (start, end) in enumerate(spans, start=1):
            number = Number(PARAGRAPH, _ordinal(text, start), k)
            head_end = _closed_head(text, start, end, grammar)
            out.append(Item(number, item.level + 1, item, start, head_end, end))
        if spans:
            item.end = spans[0][0] - 1
            item.head_end = min(item.head_end, item.end)  # parts run on in its line
    return out


#: A bullet opening a line in place of its number: ● ◆ ■, or the ? a lost one left, and a
#: space after it.
_BULLET = re.compile(
    f"(?:{LOST_BULLET}[ \t\u3000]+|[{BULLET_MARKS}]{{1,3}}[ \t\u3000]*)(?=[{HAN}“])"
)
#: The fewest lines closing with a clause's bracket, in a text with no number, that read as
#: a list of tasks; one alone does when its clause opens with a role's label (a page that
#: kept one task: …建设方案。（责任单位：市供电公司，…，完成时限：2023年6月）).
_CLAUSE_LINES = 2


def _clause_lines(
    text: str, grammar: Grammar, rows: Sequence[tuple[int, int]], clause_of: _ClauseOf
) -> list[tuple[int, int, str]]:
    """Return the lines of a text with no number that each close with a clause's bracket
    after their task (? 实施基础研究十年规划，…。（科技部、财政部等按职责分工负责）), two or
    more (or one whose clause opens with a role's label), outside the ``rows`` of a table:
    ``(start, end, the bullet it opens with)``. A repost that dropped the numbers, or printed
    bullets for them; the lines between (提升科技创新能力) are headings."""
    found: list[tuple[int, int, str]] = []
    labelled = False  # the last found line's clause opens with a role's label
    starts = [a for a, _ in rows]
    above: tuple[int, str] | None = None  # the bulleted line just above, with no clause
    for start, end in line_spans(text, 0, len(text)):
        if inside(rows, starts, start):
            continue
        bullet = _BULLET.match(text, start)
        at = bullet.end() if bullet is not None else start
        clause = clause_of(at, end)
        closed = (
            clause is not None
            and text[clause.start] in grammar.opening
            and not text[clause.end : end].strip(BLANKS + "。；;")
        )
        if closed and clause is not None and clause.start > at:
            found.append((start, end, bullet.group() if bullet is not None else ""))
            labelled = _opens_with_role(text, clause, grammar)
        elif closed and bullet is None and above is not None:
            # ● 人民路沿街商铺占道经营。 / （牵头单位：X，责任单位：Y）: the bullet's task, its
            # clause on the line below
            found.append((above[0], end, above[1]))
        above = (start, bullet.group()) if bullet is not None and not closed else None
    return found if len(found) >= _CLAUSE_LINES or (found and labelled) else []


def _opens_with_role(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Whether ``clause`` opens, after its bracket, with a role's label (（责任单位：…)."""
    labels = grammar.labels_in(text, clause.start + 1, clause.end)
    return (
        bool(labels)
        and labels[0].start() == clause.start + 1
        and isinstance(grammar.label_kind(grammar.label_word(labels[0])), Role)
    )


#: A line opening with a label and its colon (牵头单位：, 协办单位：光明区…): the label.
_LABEL_OPENING = re.compile(f"([{HAN}]{{2,8}})[：:]")
#: The fewest characters of a project's line over its labels (its title).
_PROJECT_LINE = 6
#: The most lines naming its leaders between a project's line and its units' label.
_LEADER_LINES = 3
#: The labels that name a project's units: a lead's, a responsible's, a clause's (部门分工：).
_UNITS_LABELS = (Role.LEAD, Role.RESPONSIBLE, CLAUSE)


def _labels_units(text: str, below: list[tuple[int, int]], grammar: Grammar) -> bool:
    """Whether the lines ``below`` a project's line open with a label naming its units, past
    lines labelling its leaders (分管领导：张三 / 部门分工：X牵头，Y配合。)."""
    for start, _ in below:
        label = _LABEL_OPENING.match(text, start)
        kind = grammar.label_kind(label.group(1)) if label is not None else None
        if kind != LEADERS:
            return kind in _UNITS_LABELS
    return False


def _over_labels(
    text: str, grammar: Grammar, rows: Sequence[tuple[int, int]], clause_of: _ClauseOf
) -> list[tuple[int, int, int]]:
    """Return the projects of a text with no number, each a line of its own stood straight
    over (past blank lines) a line opening with a lead's or a responsible label, whose
    labelled lines name its units: 进一步完善托育服务体系，… / 牵头单位： / 光明区卫生健康局 /
    协办单位： / 各有关单位, a 民生实事 project printed as a card. Each runs to the next one's
    line, or to the text's end; outside the ``rows`` of a table: ``(start, its line's end,
    end)``."""
    lines = [sp for sp in line_spans(text, 0, len(text)) if text[slice(*sp)].strip(BLANKS)]
    starts = [a for a, _ in rows]
    heads: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(lines[:-1]):
        own = _LABEL_OPENING.match(text, start)
        if (
            not _labels_units(text, lines[k + 1 : k + 1 + _LEADER_LINES], grammar)
            or (own is not None and grammar.label_kind(own.group(1)) is not None)
            or len(text[start:end].strip(BLANKS)) < _PROJECT_LINE
            or text[start:end].rstrip(BLANKS).endswith(("：", ":"))
            or inside(rows, starts, start)
        ):
            continue
        heads.append((start, end))
    if not heads:
        return []
    nexts = [a for a, _ in heads[1:]] + [len(text)]
    found = [
        (a, e, trim(text, a, b, BLANKS + "\n")[1]) for (a, e), b in zip(heads, nexts, strict=True)
    ]
    return [(a, e, b) for a, e, b in found if (c := clause_of(a, b)) is not None and _has_roles(c)]


def _bulleted_projects(
    text: str, start: int, end: int, grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the projects in ``text[start:end]`` that each open a line with a dash or a
    bullet and run to the next such line, when two or more stand straight over (past blank
    lines) their labelled lines naming their units: --建立废旧物资回收利用系统。… / 责任单位：
    区经委 / 配合单位：区环保局 / --…. A bulleted line with no labels under it (where the
    page was cut) is a project too, its units none."""
    lines = [sp for sp in line_spans(text, start, end) if text[slice(*sp)].strip(BLANKS)]
    heads: list[tuple[int, int]] = []  # each project's line start and where its text starts
    labelled = 0
    for k, (a, _) in enumerate(lines):
        dash = _DASHED.match(text, a)
        if dash is None:
            continue
        heads.append((a, dash.end()))  # (the dash is no part of the project's title)
        below = _LABEL_OPENING.match(text, lines[k + 1][0]) if k + 1 < len(lines) else None
        if below is not None and isinstance(grammar.label_kind(below.group(1)), Role):
            labelled += 1
    if labelled < _CLAUSE_LINES or not heads:
        return []
    nexts = [a for a, _ in heads[1:]] + [end]
    spans = [trim(text, s, b, BLANKS + "\n") for (_, s), b in zip(heads, nexts, strict=True)]
    # (every project's labels name its units: no bulleted list of some other kind)
    named = [c for a, b in spans if (c := clause_of(a, b)) is not None and _has_roles(c)]
    return spans if len(named) >= labelled else []


#: A line opening with a dash or a bullet in place of its number: --, ——, ●.
_DASHED = re.compile(f"[ \t\u3000]*(?:--|——|－－|—|[{BULLET_MARKS}])[ \t\u3000]*(?=[{HAN}“])")


def _led_below(text: str, item: Item, grammar: Grammar) -> bool:
    """Whether a line below a heading's own is a clause alone that names a lead (市公安局牵头，
    市安全局、驻湖部队等有关部门参加。), right after it or after the group's duties (一、抢险
    救灾组 / 负责清理灾区现场… / 由总参谋部牵头，公安部…参加。): the units of the group the
    heading names."""
    for start, end in line_spans(text, item.head_end + 1, item.end):
        s, e = trim(text, start, end, BLANKS + "。")
        clause = opening_clause(text, s, e, grammar) if e > s else None
        if clause is not None and clause.end >= e and _names_lead(clause):
            return True
    return False


def _names_lead(clause: Clause) -> bool:
    """Whether ``clause`` names a lead."""
    return any(p.kind is Role.LEAD for p in clause.parts)


#: A paragraph opening with its ordinal word: 一是强化家庭教育指导。…, 二是…
_ORDINAL = re.compile(f"[{NUMERALS}]{{1,3}}是(?=[{HAN}“])")


def _announced(
    text: str,
    start: int,
    end: int,
    parent: Item | None,
    grammar: Grammar,
    table: tuple[Sequence[tuple[int, int]], list[int]],
) -> list[Item]:
    """Return, for each line from ``start`` to ``end`` that announces with its units as the
    subject the work listed below it (县机关事务管理局要着力完成以下工作：, ``announcing``),
    over two or more lines opening with their ordinal words in order (一是…, 二是…), a
    heading for the line (its units lead, ``outline.heading_clauses``) and a paragraph under
    it for each ordinal line, the list ending at the first line opening with no next ordinal
    word; outside a table's rows (``table``: their spans and starts, found once for every
    item: a table of thousands of rows asks for each)."""
    lines = _text_lines(text, start, end, table)
    out: list[Item] = []
    level = parent.level + 1 if parent is not None else 0
    for k, (s, e) in enumerate(lines):
        if text[e - 1 : e] not in "：:" or announcing(text, s, text[s : e - 1], grammar) is None:
            continue
        parts: list[tuple[int, int]] = []
        for a, b in lines[k + 1 :]:
            if _ordinal_value(text, a) != len(parts) + 1:
                break  # (the first line opening with no next ordinal word ends the list)
            parts.append((a, b))
        if len(parts) < _DUTIES:
            continue
        head = Item(Number(NAME_LINE, "", len(out) + 1), level, parent, s, e, parts[-1][1])
        out.append(head)
        for n, (a, b) in enumerate(parts, start=1):
            out.append(Item(Number(PARAGRAPH, _ordinal(text, a), n), level + 1, head, a, b, b))
    return out


def _text_lines(
    text: str, start: int, end: int, table: tuple[Sequence[tuple[int, int]], list[int]]
) -> list[tuple[int, int]]:
    """Return the lines with text from ``start`` to ``end``, trimmed, outside a table's rows
    (``table``: their spans and starts)."""
    rows, starts = table
    return [
        trim(text, s, e, BLANKS)
        for s, e in line_spans(text, start, end)
        if text[s:e].strip(BLANKS) and not inside(rows, starts, s)
    ]


def _owned_lines(
    text: str, grammar: Grammar, table: tuple[Sequence[tuple[int, int]], list[int]]
) -> list[Item]:
    """Return, in a text with no number, a heading for each line that is a unit's name
    alone over a line of its duties' word alone (政府办 / 部门职责, a 责任清单's unit), and a
    paragraph under it for each line of text below, two or more, up to the next such name:
    the unit leads each (``outline.heading_clauses``); outside a table's rows (``table``)."""
    lines = _text_lines(text, 0, len(text), table)
    heads = [
        k
        for k in range(len(lines) - 1)
        if names_duties(text[slice(*lines[k + 1])], grammar, named=True)
        and names_units(name_line(text, *lines[k]), grammar)
    ]
    out: list[Item] = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        duties = lines[k + 2 : stop]
        if len(duties) < _DUTIES:
            continue
        (s, e), end = lines[k], duties[-1][1]
        head = Item(Number(NAME_LINE, "", len(out) + 1), 0, None, s, e, end)
        out.append(head)
        out += [
            Item(Number(PARAGRAPH, _ordinal(text, a), j), 1, head, a, b, b)
            for j, (a, b) in enumerate(duties, start=1)
        ]
    return out


def _ordinal(text: str, start: int) -> str:
    """Return the ordinal word a paragraph opens with (一是, 二是: the paragraph's number,
    no part of its title), or the bullet printed in place of one (● 白茶市场…), else no
    label."""
    found = _ORDINAL.match(text, start) or _BULLET.match(text, start)
    return found.group(0) if found is not None else ""


def _ordinal_value(text: str, start: int) -> int:
    """Return the value of the ordinal word a paragraph opens with (一是 → 1, 二是 → 2), 0
    when it opens with none."""
    word = _ordinal(text, start)
    return to_int(word.removesuffix("是")) if word else 0


#: A page's field line above the text (日期：2016-09-06 22:10, 来源：市政府办): a short label,
#: its colon and a value with no sentence's mark.
_FIELD_LINE = re.compile(f"[{HAN}]{{2,6}}[：:][^\n。，,；;]{{0,40}}(?=\n)")


def cut_tail(
    text: str, items: list[Item], grammar: Grammar, names_plan: Callable[[str], bool]
) -> list[Item]:
    """Return ``items`` with an item first for the tail of one the page was cut inside: the
    text opens (past a page's field lines: 日期：…) mid-sentence (its first line holds a
    sentence mark, as no title or menu does, and names no plan: ``names_plan``, as a notice
    run on into its plan does) and runs, with no number, to a clause of its own closing it
    before the first item, which is numbered past 1 (…评价考核等功能，逐步…。（牵头单位：
    市政管办。完成时间：…） / 2.统筹…): the tail is the item numbered one before, titled by
    its first sentence."""
    if not items or items[0].parent is not None or items[0].number.value < _CUT_BEFORE:
        return items
    first = items[0]
    start = len(text) - len(text.lstrip())
    while (field := _FIELD_LINE.match(text, start)) is not None:  # 日期：2016-09-06 22:10
        start = len(text) - len(text[field.end() :].lstrip())
    end = len(text[: first.start].rstrip())
    line_end = text.find("\n", start, end)
    opening = text[start : line_end if line_end >= 0 else end]
    if end - start > _TAIL or not any(m in opening for m in "，。；,;") or names_plan(opening):
        return items
    clause = find_clause(text, start, end, grammar)
    if clause is None or clause.start - start < _TEXT or clause.end < end or not _has_roles(clause):
        return items
    number = Number(first.number.style, "", first.number.value - 1)
    return [Item(number, first.level, None, start, end, end), *items]


def _duties_before(
    text: str, items: list[Item], grammar: Grammar, rows: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the duties of units printed before the first numbered item (or in a text with
    none) as paragraphs under no heading, a page that opens inside a plan's 成员单位职责:
    two or more lines that each open with a unit, a colon and a duty's verb (市园林局：负责…),
    split where such a duty runs on after a sentence's end (…畅通。市房管局：负责…).

    Three or more duties opening with a unit's colon and any verb (市经委：依法对…) read so
    too; in a text with no number, so do duties with the unit as a verb's subject
    (县融媒体中心要…) beside them, and two or more names alone on their lines over a line of
    duties (民政局 / 负责对…), outside the ``rows`` of a table."""
    spans: list[tuple[int, int]] = []
    subjects: list[tuple[int, int]] = []  # 区财政局负责…: a unit as its duty's subject
    loose: list[tuple[int, int]] = []  # 市经委：依法对…: a unit and its colon, any duty after
    starts = [a for a, _ in rows]
    for start, end in line_spans(text, 0, items[0].start if items else len(text)):
        if inside(rows, starts, start):
            continue  # a table's row: its cells are no paragraphs
        bullet = _BULLET.match(text, start, end)  # (●市财政局：负责…: a bullet for its number)
        start = bullet.end() if bullet is not None else start
        if states_duty(text, start, end, grammar):
            spans += _run_on_duties(text, start, end, grammar, states_duty)
        else:  # …通知如下。  卫生部：负责…: duties run on after a notice's opening sentence
            spans += _run_on_duties(text, start, end, grammar, states_duty, spaced=True)[1:]
        if opens_with_unit_colon(text, start, end, grammar):
            loose += _run_on_duties(text, start, end, grammar, opens_with_unit_colon)
        elif _opens_list(text, start, end):
            continue  # (…实行委员部门分工负责制。…分别作好以下工作：: the list's opening, no duty)
        elif not items and states_subject_duty(text, start, end, grammar):
            # (相关部门积极做好高考保障工作, a news page's title: the units concerned, no
            # unit's duty)
            if CONCERNED.match(text, past_indent(text, start, end)):
                continue
            subjects.append((start, end))
            if not text.startswith(grammar.catch_all, start):
                loose.append((start, end))
        else:
            run_on = _run_on_duties(text, start, end, grammar, opens_with_unit_colon, spaced=True)
            if len(run_on) == 1:
                # (…成效。 县委宣传部:要…。 县委网信办:要…。 县总工会:要…: a page that kept one
                # space of each line break, three duties at least run on so)
                one = _run_on_duties(
                    text, start, end, grammar, opens_with_unit_colon, spaced=True, indent=1
                )
                run_on = one if len(one) > _SUBJECT_DUTIES else run_on
            loose += run_on[1:]
    if len(spans) >= _DUTIES:
        return spans if len(loose) <= len(spans) else loose
    if not items and not spans and len(loose) < _SUBJECT_DUTIES:
        lines = [(s, e) for s, e in line_spans(text, 0, len(text)) if not inside(rows, starts, s)]
        named = _named_duties(text, lines, grammar)
        if len(named) >= _DUTIES:
            return named
    # a text with no number at all, its paragraphs each a unit's duty with no colon, or a
    # unit's colon and whatever duty follows it
    if len(loose) >= _SUBJECT_DUTIES and (spans or len(subjects) < len(loose)):
        return loose
    # (其他市级部门根据各自职责做好相应工作: the closing catch-all is none)
    subjects = [(a, b) for a, b in subjects if not text.startswith(grammar.catch_all, a)]
    if not spans and len(subjects) >= _SUBJECT_DUTIES:
        return subjects
    if spans or rows:
        return []
    # …。民政部门负责…；文教部门负责…；卫生部门负责…。: a notice's paragraph running units'
    # duties together, each the subject of its own, parted by ；(or 。), in a text with no
    # number or before its first item, and no table (a notice over a task table says there
    # who oversees the table's tasks: 区委办公室负责将目标任务的完成情况纳入考评；…)
    return _chains(text, line_spans(text, 0, items[0].start if items else len(text)), grammar)


def _subject_sections(
    text: str, items: list[Item], grammar: Grammar, clause_of: _ClauseOf
) -> dict[int, list[tuple[int, int]]]:
    """Return, in a text whose items name no unit in a clause, the units' duties stated under
    its headings as an emergency plan divides them (6.5 基本生活保障 / 县民政局负责…。县农办
    负责…), keyed by the heading's ``id``: under each heading with no items of its own, none
    framing the plan (二、组织领导), whose lines mostly open with a unit as a duty's subject,
    each sentence (or part after a ；) so opening; under key 0 the run of such lines straight
    before the first item (a page cut inside the heading before). Three such duties at
    least, else none."""
    if not items:
        return {}
    parents = {id(i.parent) for i in items if i.parent is not None}
    found: dict[int, list[tuple[int, int]]] = {}
    for item in items:
        spans = list(line_spans(text, item.head_end + 1, item.end))
        # (二、组织领导 / 镇禁毒办负责…；禁毒办负责…: the plan's frame, no task's)
        framing = id(item) in parents or frames_plan(text, item, grammar)
        duties = [] if framing else _subject_paragraphs(text, spans, grammar)
        if duties:
            # (三、加强…组织领导与协调 / 市人民政府有关部门要各负其责…。统计部门要…；公安部门要…:
            # a sentence whose subject is the units concerned opens the list, no unit's duty)
            found[id(item)] = [
                p
                for s, e in [*_own_duty(text, item, grammar), *duties]
                for p in _sentence_duties(text, s, e, grammar)
                if not _concerned_subject(text, *p, grammar)
            ]
    before = [
        p
        for s, e in _subject_run(text, items[0].start, grammar)
        for p in _sentence_duties(text, s, e, grammar)
    ]
    sections = [i for i in items if id(i) in found]
    cut = len(sections) == 1 and _cut_division(text, sections[0], found[id(sections[0])], grammar)
    if sum(map(len, found.values())) + len(before) < _SUBJECT_DUTIES and not cut:
        return {}
    # (asked last: reading a clause costs more than finding a duty's subject)
    if any(clause_of(i.start, i.end) is not None for i in items):
        return {}
    return {0: before, **found}


def _own_duty(text: str, item: Item, grammar: Grammar) -> list[tuple[int, int]]:
    """Return an item's own line past its number when it states a unit's duty as the
    lines below it do (第十八条 教育部门应当…。 / 民政部门应当…。): the first of them."""
    start = past_indent(text, item.start + len(item.number.label), item.head_end)
    stated = states_subject_duty(text, start, item.head_end, grammar)
    return [(start, item.head_end)] if stated else []


#: The departments or units concerned as a subject closing a chain of duties (各有关部门要…,
#: 相关单位要…): a place's bodies of a kind concerned (相关景区、汽车客运站要…) are none.
_CONCERNED_BODIES = re.compile(
    "(?:[省市县区]直?)?各?(?:有关|相关)(?:职能)?(?:部门|单位|方面)|各(?:部门|单位)(?=[、，,和及要])"
)
#: The end of a subject naming the departments concerned, whoever they are (市人民政府有关
#: 部门, 县直各单位).
_CONCERNED_ENDS = ("有关部门", "相关部门", "有关单位", "相关单位", "各部门", "各单位")


def _concerned_subject(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a sentence's subject is one name of the departments concerned (市人民政府有关
    部门要…), not units and their kind (住房城乡建设厅、水利厅等有关部门 names two)."""
    found = grammar.subject_pattern.match(text, start, end)
    name = found.group(1) if found is not None else ""
    return name.endswith(_CONCERNED_ENDS) and not any(m in name for m in "、，,等")


def _cut_division(
    text: str, heading: Item, duties: list[tuple[int, int]], grammar: Grammar
) -> bool:
    """Whether ``duties``, the only ones found and under ``heading``, are fewer than a list
    needs only because the page's end cut the list: the heading divides duties (四、任务分工)
    and the text ends inside the last of them (县公安局负责提供…素材。每1周通报各)."""
    return divides_duties(heading_text(text, heading), grammar) and cut_at(text, duties[-1][1])


def _subject_run(text: str, first: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the lines straight before ``first`` (the first item) that each open with units
    as a duty's subject (a line of any other kind ends the run). A short heading the page
    lost its number's mark from may stand between the run and the item (…通讯保障。 /
    7应急保障 / 7.1 应急队伍…): the next section's, it ends the run but keeps it."""
    run: list[tuple[int, int]] = []
    headed = False  # a heading line after the run: a duty after it opens a run anew
    for s, e in line_spans(text, 0, first):
        if states_subject_duty(text, s, e, grammar):
            run = [(s, e)] if headed else [*run, (s, e)]
            headed = False
        elif run and not headed and _lost_heading(text[s:e]):
            headed = True
        else:
            run, headed = [], False
    return run


#: A heading line whose number lost its mark (7应急保障, 8 附则): digits, then a short title.
_LOST_HEADING = re.compile(rf"[ \t\u3000]*\d{{1,2}}[ \t\u3000]*[{HAN}]{{2,12}}[ \t\u3000]*$")


def _lost_heading(line: str) -> bool:
    """Whether a line is a section's heading printed with its number's mark lost."""
    return _LOST_HEADING.fullmatch(line) is not None


def _sentence_duties(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Split a paragraph of units' duties where a sentence (or a part after a ；) opens with
    the next unit as its duty's subject (…抗灾自救。县农办负责…, …落实；县民政局、县财政局负责…)."""
    return _run_on_duties(text, start, end, grammar, states_subject_duty, marks="。；;")


def _chains(
    text: str, spans: Iterable[tuple[int, int]], grammar: Grammar, *, divided: bool = False
) -> list[tuple[int, int]]:
    """Return the units' duties chained in each paragraph of ``spans`` (``_chained_duties``);
    with ``divided``, only in a paragraph whose words before the first of them divide duties
    (``divides_duties``: 明确各有关站股室安全生产工作职责。渡口站负责…；路政大队负责…；…)."""
    found: list[tuple[int, int]] = []
    for s, e in spans:
        chained = _chained_duties(text, s, e, grammar)
        if chained and (not divided or divides_duties(text[s : chained[0][0]], grammar)):
            found += chained
    return found


def _chained_duties(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the duties of units run together in a paragraph, each opening with its units
    as the subject of its verb (past a ``connectives`` word: 即县水务局牵头，…) and parted from
    the next by ；or 。, the last closed by 。: three at least in a row (…事故。民政部门负责…；
    文教部门负责…；卫生部门负责…。, 县环保局牵头，…。县交委牵头，…。县城管局牵头，…。),
    each such run of the paragraph (a sentence of no unit's between two: a group's heading,
    …由A、B组成。); else none. A part after a ； that opens with no unit goes on with the duty
    before it (…保障畅通；指导督促…。). A section's number and heading run on before a duty
    (…停课准备。 4.4.4 寒潮 市气象局加强…) opens a chain of its own, kept beside one of three
    (or more) however short it is: the plan's next section, divided by units as the one
    before."""
    chains: list[tuple[list[int], bool]] = []  # each run of duties, and whether a heading opens it
    chain: list[int] = []
    headed = False
    at = start
    went_on = False  # the part before ended with ；: a part with no subject goes on with it
    while at < end:
        heading = _RUN_ON_HEADING.match(text, at, end)
        if heading is not None:
            chains.append((chain, headed))
            chain, headed, went_on, at = [], True, False, heading.end()
        after = next((at + len(w) for w in grammar.connectives if text.startswith(w, at)), at)
        stop = _PART_END.search(text, at, end)
        if _opens_chained(text, after, end, grammar):
            chain.append(after)
        elif (colon := _COLON.search(text, after, stop.start() if stop else end)) is not None:
            # (…各部门的分工如下：农业部门负责…；质量技监部门负责…: the first duty after the
            # colon of the sentence announcing them)
            opening = past_indent(text, colon.end(), end)
            if _opens_chained(text, opening, end, grammar):
                chain.append(opening)
        if stop is None:
            break
        if not chain or (chain[-1] < at and not went_on):
            chains.append((chain, headed))
            chain, headed = [], False
        went_on = bool(chain) and stop.group() != "。"
        at = past_indent(text, stop.end(), end)
    chains.append((chain, headed))
    if all(len(c) < _SUBJECT_DUTIES for c, _ in chains):
        return []
    kept = [c for c, opened in chains if len(c) >= _SUBJECT_DUTIES or (opened and c)]
    return [part for c in kept for part in _chain_parts(text, c, end)]


def _opens_chained(text: str, at: int, end: int, grammar: Grammar) -> bool:
    """Whether a unit's duty chained with others opens at ``at``: its unit the subject of its
    verb, no units concerned (…文物部门负责…。各有关部门要按照分工要求…: they close the list)."""
    concerned = _CONCERNED_BODIES.match(text, at) or text.startswith(grammar.catch_all, at)
    return not concerned and states_subject_duty(text, at, end, grammar)


def _chain_parts(text: str, chain: list[int], end: int) -> list[tuple[int, int]]:
    """Return the duties a chain's starts bound, the last up to its 。 (or ``end``)."""
    close = text.find("。", chain[-1], end)
    bounds = [*chain, end if close < 0 else close + 1]
    return [trim(text, a, b, BLANKS + "；;") for a, b in itertools.pairwise(bounds)]


#: A section's number and short heading a page run on into a paragraph of duties, before
#: its first (4.4.3 暴雪、低温、冰冻 市气象局加强…).
_RUN_ON_HEADING = re.compile(
    rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}[ \t\u3000]+[{HAN}、]{{2,12}}[ \t\u3000]+"
)
#: Where a part of a paragraph ends: a sentence's end or a ；.
_PART_END = re.compile("[。；;]")


def _named_duties(
    text: str, lines: list[tuple[int, int]], grammar: Grammar
) -> list[tuple[int, int]]:
    """Return each line that is units' names alone with the sentence on the line after it, a
    unit's duties (民政局 / 负责对…救助工作。 / 公安局 / 指导…): a table of duties by unit
    flattened a cell a line. A name over a line that states no sentence (与相关部门的职责边界)
    reads so not."""
    found = []
    named = [names_units(name_line(text, s, e), grammar) for s, e in lines]
    for k in range(len(lines) - 1):
        (start, _), (after, stop) = lines[k], lines[k + 1]
        alone = named[k] and not named[k + 1] and not (k and named[k - 1])  # not a stack
        if alone and "。" in text[after:stop]:
            found.append((start, stop))
    return found


def _apart(text: str, spans: list[tuple[int, int]], grammar: Grammar) -> list[tuple[int, int]]:
    """Return ``spans``, a line of a unit's duty each, with each split where the next unit's
    duty runs on after a 。 (…及时报告。市国土执法支队职责：负责…)."""
    return [part for s, e in spans for part in _run_on_duties(text, s, e, grammar, _opens_duty)]


def _run_on_duties(
    text: str,
    start: int,
    end: int,
    grammar: Grammar,
    opens: Callable[[str, int, int, Grammar], bool],
    *,
    spaced: bool = False,
    blank: bool = False,
    marks: str = "。",
    indent: int = _INDENT,
) -> list[tuple[int, int]]:
    """Split a line of a unit's duty where the next unit's duty (read by ``opens``) runs on
    after a 。 (or any of ``marks``: …落实；县审计局负责…) and the spaces a page printed after
    it (with ``spaced``, ``indent`` or more, a paragraph's indent: 通知如下。  卫生部：…), or with
    ``blank`` after a space alone too (镇党政办：发布…新闻报道 安监所：收集…, a page that lost
    its line breaks); a part keeps no ``marks`` but its 。 at its end."""
    cuts = []
    for at in range(start, end):
        if text[at] in marks and at + 1 < end:
            after = past_indent(text, at + 1, end)
            indented = after - at - 1 >= indent or not spaced
            if indented and after < end and opens(text, after, end, grammar):
                cuts.append(after)
        elif blank and text[at] in BLANKS and text[at - 1] not in BLANKS + "。":
            after = past_indent(text, at, end)
            if after < end and opens(text, after, end, grammar):
                cuts.append(after)
    bounds = [start, *cuts, end]
    ends = BLANKS + marks.replace("。", "")
    return [trim(text, a, b, ends) for a, b in itertools.pairwise(bounds) if a < b]


def _paragraphs(
    text: str, item: Item, grammar: Grammar, unit_head: bool, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the paragraphs below ``item``'s heading line when each closes with a clause of
    its own, or each opens with its unit and a colon, or none has a clause under a heading
    that is units' names (``unit_head``), else none."""
    head_start = item.start + len(item.number.label)
    head = heading_text(text, item)
    spans = list(line_spans(text, item.head_end + 1, item.end))
    # （三）工作重点。一是城市森林工程。…责任单位：创森办，社区。二是…: parts run on in the
    # item's line, each closed by its clause
    parts = _ordinal_parts(text, item, grammar, clause_of)
    if parts:
        return parts
    # （三）进一步加强生态环境建设 / --全区开展…。 / 责任单位：区环保局 / --…: bulleted projects,
    # each over its labelled lines
    projects = _bulleted_projects(text, item.head_end + 1, item.end, grammar, clause_of)
    if projects:
        return projects
    # 三、职责分工…各组成单位及其职责如下：县环保局。负责…。县交通局、公路局。负责…: units'
    # duties run on in the item's line after the colon (or the sentence) that opens their list
    run = _duties_in_line(text, item, grammar)
    if run:
        return run
    # （二）明确工作职责。各有关部门要各司其职…。民政部门会同…负责…。住建部门负责…。财政部门…:
    # units' duties chained in the item's line after its short title that divides duties
    chained = _chained_after_title(text, item, grammar)
    if chained:
        return chained
    # （二）健全完善工作机制。…继续实行工作责任制：市委组织部负责…；市委宣传部负责…；…: units'
    # duties chained in the item's line after the colon that opens their list
    chained = _chained_after_colon(text, item, grammar)
    if chained:
        return chained
    # 第二十六条 各有关部门根据分工认真履行职责。 / 市国土资源局：负责… / 市规划局：负责…:
    # units' duties, each after its colon, under an item's sentence
    if len(spans) >= _DUTIES and all(states_duty(text, s, e, grammar) for s, e in spans):
        return _with_duty_after_title(text, item, grammar, _apart(text, spans, grammar))
    # 5、各部门要各司其职。其职责分工为： / 区委宣传部：制订… / 商委：协调…: the item's line
    # (or the line under its short title) opens a list of units' duties, each after its
    # unit's colon, whatever its verb (a unit and its colon alone at the text's end is where
    # a page was cut)
    listing = [sp for sp in spans if not _cut_colon(text, *sp)]
    if listing and not _opens_list(text, item.start, item.head_end):
        # 二、明确工作责任 / 各部门要…。其职责分工为： / 区委宣传部：…: the list's opening
        # sentence on a line of its own under a short heading, paragraphs before it maybe
        # (二、组织领导和职责 / 为切实加强…成立领导小组。 / 具体职责如下： / 政治处：负责…)
        opened = next((k for k, sp in enumerate(listing) if _opens_list(text, *sp)), None)
        if opened is None and _preamble(text, listing, grammar):
            opened = 0  # (二、工作职责 / 各村党支部…要高度重视，…各司其职。 / 乡纪委：负责…)
        listing = listing[opened + 1 :] if opened is not None else []
    # (行政审批科：负责全: a duty the page's end cut after its verb ends such a list too)
    # (…主要职责如下： / 各县、区人民政府：建立…服务平: the list's first duty, the page cut in it)
    cut_first = len(listing) == 1 and listing[0] != spans[0] and cut_at(text, listing[0][1])
    if (len(listing) >= _DUTIES or cut_first) and all(
        opens_with_unit_colon(text, s, e, grammar) or states_duty(text, s, e, grammar)
        for s, e in listing
    ):
        apart = _apart(text, listing, grammar)
        return (
            _with_duty_after_title(text, item, grammar, apart) if listing[0] == spans[0] else apart
        )
    # （二）…。（牵头单位：…） / 烧烤园内…。（牵头单位：…）: the item's line closes with its
    # clause and so does each line below: each line is a task of its own
    if (
        spans
        and _own_line_closes(text, item, grammar, clause_of)
        and all(_closes_with_clause(text, s, e, grammar, clause_of) for s, e in spans)
    ):
        return _run_on(text, spans, grammar, clause_of)
    # 五、加强社区公共服务设施建设。… / 改建标准化菜市场4家。… / 在6家…。 / 上述项目由区商务委
    # 牵头负责。 / 新建…: projects a line each, each group closed by a line naming its units
    grouped = _closed_groups(text, spans, grammar, clause_of)
    if grouped:
        return grouped
    # （一）明确部门管理职责。市城管执法委负责… / 市发改委负责… / …: a division of duties
    # whose short title closes on the item's line, the first unit's duty run on after it
    opened = _duty_after_title(text, item, grammar)
    if opened is not None:
        duties = _subject_paragraphs(text, spans, grammar)
        if duties and duties[0][0] == spans[0][0]:
            return [(opened, item.head_end), *duties]
    if not head or len(head) > _SHORT_TITLE or "。" in head.rstrip("。") or "|" in head:
        return []
    if clause_of(head_start, item.head_end) is not None:
        return []
    if _alike(text, spans, grammar, clause_of):
        # (三、职责分工 / 公共服务办：一是…。公共安全办：一是协助…: duties run on after a 。)
        return _run_on(text, _duties_apart(text, spans, grammar), grammar, clause_of)
    # （一）加强家庭保护。 / 一是强化…。（X负责） / 二是加大…: lines opening with their ordinal
    # words, the last one cut by the page's end before its clause
    ordinals = _ordinal_lines(text, spans, grammar, clause_of)
    if ordinals:
        return ordinals
    whole = _past_cut(text, spans)  # …。（X牵头） / 深化科技管理…繁文: the page cut in the last
    # (…。（牵头单位：X） / 集聚资源…。（牵头单位：市科委、市发: one before it will do when
    # the page cut the last inside its own labelled clause)
    enough = _DUTIES - 1 if whole and _cut_in_clause(text, spans[-1], grammar) else _DUTIES
    if len(whole) >= enough and _alike(text, whole, grammar, clause_of):
        # (the cut one is a task too, its clause lost with the rest of the page)
        return _run_on(text, whole, grammar, clause_of) + spans[len(whole) :]
    # 三、主要工作任务 / 各部门分工协同，…具体任务如下： / 方案制定：…。（责任单位：…）: a
    # sentence opening the list, its colon at its end, is the heading's own
    listed = spans[1:] if len(spans) > 1 and text[spans[0][1] - 1] in "：:" else []
    if listed and _alike(text, listed, grammar, clause_of):
        return _run_on(text, listed, grammar, clause_of)
    # 一、总体要求 / 牢牢把握…，力争到2025年… / 加快“新基建”…。（X牵头） / 催生…。（Y牵头）
    # / 培育…（the page cut): a first paragraph with no clause is the heading's own (not a
    # line its sentence goes on from: 建立决策目录清单， / 按年公布。（X牵头）)
    opening = text[slice(*spans[0])].rstrip(BLANKS) if spans else ""
    own = bool(opening) and opening[-1] not in _GOES_ON and clause_of(*spans[0]) is None
    rest = spans[1:] if len(spans) > _DUTIES and own else []
    whole = _past_cut(text, rest) or rest
    if len(whole) >= _DUTIES and _alike(text, whole, grammar, clause_of):
        return _run_on(text, whole, grammar, clause_of) + rest[len(whole) :]
    # （一）强化顶层设计引领。 / 建立…体系。 / 健全…制度。 / （X牵头，Y参与） / 优化…机制。 / …:
    # paragraphs of several lines, each closed by its clause on a line of its own
    grouped = _clause_lines_close(text, spans, grammar, clause_of)
    if len(grouped) >= _DUTIES:
        return grouped
    # （二）区财政局 / 负责…经费…: a unit's duties under its name, the heading their lead
    if spans and unit_head and not _with_clauses(spans, clause_of):
        # (2、活动宣传组 / 组长：xx / 成员：xx: a roster's lines, people, are no duties; nor
        # is a site's footer where the text ends, 参考资料：百度百科-民宗局; nor the unit's
        # own definition and the label over its duties, 一、X委员会 / X委员会是…机构。 /
        # 主要职责: / 制定…;)
        return [
            sp
            for sp in spans
            if not roster_line(text[slice(*sp)], grammar)
            and not _footer_line(text, *sp, grammar)
            and not _defines(text, *sp, head)
            and not _label_over(text, *sp)
        ]
    # 四、任务分工 / 县公安局负责… / 县委宣传部负责…: under a division of duties, each line
    # opening with its unit as a duty's subject starts a task; a line that does not continues
    # the one before (a line before the first is the heading's own)
    if divides_duties(head, grammar):
        duties = _subject_paragraphs(text, spans, grammar)
        if len(duties) >= _DUTIES or (
            len(duties) == 1 and opens_with_unit_colon(text, *duties[0], grammar)
        ):  # (one alone after its unit's colon: a page cut after it)
            return duties
        # （一）加强组织领导，明确责任分工 / …各司其职。宣传部门负责…；发展改革部门负责…；…: the
        # units' duties chained in a paragraph below the division's title
        chained = _chains(text, spans, grammar)
        if chained:
            return chained
    else:
        # 1、强化责任落实 / … / 明确各有关站股室安全生产工作职责。渡口站负责…；路政大队负责…；…:
        # a paragraph whose own words divide duties, the units' duties chained after them
        # (under a heading that divides duties the chains above were read already)
        chained = _chains(text, spans, grammar, divided=True)
        if chained and not _with_clauses(spans, clause_of):
            return chained
    # a sub-heading's line over them (一、指挥部成员名单 / 指挥部成员职责分工 / 市财政局：…)
    titled = spans[1:]
    if len(titled) >= _DUTIES and _short_title(text[slice(*spans[0])]):
        return titled if _alike(text, titled, grammar, clause_of) else []
    return []


def _with_duty_after_title(
    text: str, item: Item, grammar: Grammar, duties: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the ``duties`` on the lines below an item, after the first one when it runs on
    in the item's own line after a short title (（2）成员单位职责：县林业局：负责… / 县公安局：
    负责…)."""
    opened = _duty_after_title(text, item, grammar)
    return duties if opened is None else [(opened, item.head_end), *duties]


def _duty_after_title(text: str, item: Item, grammar: Grammar) -> int | None:
    """Return where a unit's duty opens on an item's line after the item's short title that
    divides duties among units and closes with 。 or a colon (明确部门管理职责。市城管执法委
    负责…, 部门主要职责：省民政厅组织…, 成员单位职责：林业部门：负责…), else None."""
    stop = _dividing_title(text, item, grammar, _TITLE_CLOSE)
    if stop is None:
        return None
    at = past_indent(text, stop + 1, item.head_end)
    # (（3）成员单位职责：林业部门：负责…: the duty opening with its unit's colon)
    opens = states_subject_duty(text, at, item.head_end, grammar) or opens_with_unit_colon(
        text, at, item.head_end, grammar
    )
    return at if opens else None


def _chained_after_title(text: str, item: Item, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the units' duties chained (``_chained_duties``) in an item's line after its
    short title that divides duties and closes with 。 (明确工作职责。各有关部门要…。民政部门
    会同…负责…。…), else none."""
    stop = _dividing_title(text, item, grammar, _TITLE_STOP)
    return [] if stop is None else _chained_duties(text, stop + 1, item.head_end, grammar)


def _chained_after_colon(text: str, item: Item, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the units' duties chained (``_chained_duties``) in an item's line after the
    first colon there that a unit's duty, its unit as the subject, follows (…工作责任制：
    市委组织部负责…；市委宣传部负责…；…), else none; under a heading that divides duties, in
    the first of the lines below it that holds such a chain (第二节 职责分工 / … / …进行了详细
    的分工：省发展计划委员会负责…；省教育厅负责…；…)."""
    start = item.start + len(item.number.label)
    own = _colon_chain(text, start, item.head_end, grammar)
    if own or not divides_duties(heading_text(text, item), grammar):
        return own
    for s, e in line_spans(text, item.head_end + 1, item.end):
        chained = _colon_chain(text, s, e, grammar)
        if chained:
            return chained
    return []


def _colon_chain(text: str, start: int, end: int, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the units' duties chained in ``text[start:end]`` after the first colon there
    that a unit's duty, its unit as the subject, follows, else none."""
    for colon in _COLON.finditer(text, start, end):
        at = past_indent(text, colon.end(), end)
        if states_subject_duty(text, at, end, grammar):
            return _chained_duties(text, at, end, grammar)
    return []


def _dividing_title(text: str, item: Item, grammar: Grammar, closes: re.Pattern[str]) -> int | None:
    """Return where an item's short title that divides duties among units ends on its line,
    at the first of the marks ``closes`` finds (明确部门管理职责。, 成员单位职责：), else None."""
    head_start = item.start + len(item.number.label)
    found = closes.search(text, head_start, item.head_end)
    if found is None or found.start() - head_start > _SHORT_TITLE:
        return None
    return found.start() if divides_duties(text[head_start : found.start()], grammar) else None


#: A colon in an item's line, maybe opening a list of units' duties run on after it.
_COLON = re.compile("[：:]")
#: What closes a short title that divides duties before the first duty runs on after it.
_TITLE_CLOSE = re.compile("[。：:]")
#: What closes such a title before the duties chained after it (明确工作职责。各有关部门要…).
_TITLE_STOP = re.compile("。")
#: A part opening with its ordinal word (``_ORDINAL``) after a sentence of an item's line
#: (…。二是…): where the word starts.
_PART = re.compile(f"(?<=[。；;])[{BLANKS}]*(?={_ORDINAL.pattern})")


#: How a line naming the units of the projects above it opens: a lead-in of the items above
#: (上述项目由, 以上工作由: the grammar's ``lead_ins`` that open so).
_ABOVE = ("上述", "以上")
#: The most characters of a line after a group's closing line (【生态环境】: the next group's
#: label, no project).
_LABEL_AFTER = 12


def _closed_groups(
    text: str, spans: list[tuple[int, int]], grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the projects below a heading, a line each, when each group of them is closed by
    a line naming its units after a lead-in of the items above (上述项目由区商务委牵头负责。),
    every line being a project with no clause of its own or such a closing line, the last
    closing line last (past a short label: 【生态环境】): a project's span, the last of a group
    holding its closing line, so the line's clause goes to the group
    (``outline.share_group_clauses``). Else none."""
    lead_ins = _above_lead_ins(grammar)
    closing = [
        text.startswith(lead_ins, s) and (c := clause_of(s, e)) is not None and _has_roles(c)
        for s, e in spans
    ]
    if not any(closing) or closing[0]:
        return []
    last = max(k for k, c in enumerate(closing) if c)
    if any(len(text[s:e].strip(BLANKS)) > _LABEL_AFTER for s, e in spans[last + 1 :]):
        return []
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans[: last + 1]):
        if closing[k]:
            if closing[k - 1]:
                return []  # (two closing lines: no group between them)
            out[-1] = (out[-1][0], e)
        elif len(text[s:e].strip(BLANKS)) < _TEXT or clause_of(s, e) is not None:
            return []
        else:
            out.append((s, e))
    return out


def _above_lead_ins(grammar: Grammar) -> tuple[str, ...]:
    """Return the grammar's lead-ins of the items above (上述项目由, 以上工作由)."""
    return tuple(w for w in grammar.lead_ins if w.startswith(_ABOVE))


def _closed_head(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Return where a paragraph's heading ends: at its first line when a group's closing line
    ends it (改建…。 / 上述项目由区商务委牵头负责。: the clause on a line of its own, for the
    group), else at its end."""
    line = text.rfind("\n", start, end)
    if line < 0 or not text.startswith(_above_lead_ins(grammar), line + 1):
        return end
    return text.find("\n", start, end)


def _ordinal_lines(
    text: str, spans: list[tuple[int, int]], grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the parts of the lines below a heading that open with their ordinal words, 一是
    first and each next in order, two or more, when each part closes with a clause of its own
    but the last, which the page's end may cut before its clause (一是强化…。（X负责） / 二是加大
    就业…落实支持农民工返); a line opening with no ordinal word goes on with the part before.
    Else none."""
    firsts = [k for k, (s, _) in enumerate(spans) if _ORDINAL.match(text, s)]
    if len(firsts) < _DUTIES or firsts[0] != 0:
        return []
    for n, k in enumerate(firsts, start=1):
        if _ordinal_value(text, spans[k][0]) != n:
            return []
    ends = [k - 1 for k in firsts[1:]] + [len(spans) - 1]
    parts = [(spans[k][0], spans[e][1]) for k, e in zip(firsts, ends, strict=True)]
    closed = [p for p in parts if _closes_with_clause(text, *p, grammar, clause_of)]
    cut = closed == parts[:-1] and blank_from(text, parts[-1][1])
    return parts if closed == parts or cut else []


def _ordinal_parts(
    text: str, item: Item, grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the parts of an item's heading line that each open with their ordinal word after
    a sentence (（三）工作重点。一是城市森林工程。…责任单位：创森办，社区。二是单位机关绿化。…),
    一是 first and each next in order, two or more, when each closes with a clause of its own,
    the heading before them holds none and the lines below the item's (if any) none either;
    else none. The last part runs on over those lines, its body's."""
    head_start = item.start + len(item.number.label)
    starts: list[int] = []
    for found in _PART.finditer(text, head_start, item.head_end):
        if _ordinal_value(text, found.end()) == len(starts) + 1:
            starts.append(found.end())
    if len(starts) < _DUTIES or clause_of(head_start, starts[0]) is not None:
        return []
    if item.end > item.head_end and clause_of(item.head_end, item.end) is not None:
        return []
    parts = list(itertools.pairwise([*starts, item.head_end]))
    if not all(_closes_with_clause(text, s, e, grammar, clause_of) for s, e in parts):
        return []
    parts[-1] = (parts[-1][0], max(item.head_end, item.end))
    return [(s, len(text[:e].rstrip(BLANKS + "\n"))) for s, e in parts]


def _defines(text: str, start: int, end: int, name: str) -> bool:
    """Whether a line is one sentence saying what the unit ``name`` is (陕西省政府采购委员会是
    省人民政府领导下的政府采购领导机构。): the unit's definition, no duty."""
    line = text[start:end].strip(BLANKS)
    return line.startswith(f"{name}是") and "。" not in line.rstrip("。")


#: The most characters of a label over a unit's duties (主要职责：, 履行下列职责：).
_LABEL_OVER = 8


def _label_over(text: str, start: int, end: int) -> bool:
    """Whether a line is a short label closed by its colon, over the lines below it."""
    line = text[start:end].strip(BLANKS)
    return _opens_list(text, start, end) and len(line) <= _LABEL_OVER


def _footer_line(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a line is a site's footer where the text ends: a footer's label and its colon
    (参考资料：…, 来源：…: ``[outline] footer_labels``), nothing after it."""
    return opens_label(text[start:end].strip(BLANKS), grammar.footer_labels) and blank_from(
        text, end
    )


def _opens_duty(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether ``text[start:end]`` opens with a unit's duty: after its colon (县农委：负责…) or
    after its name closed as a heading of its own (县农委。负责…)."""
    return opens_with_unit_colon(text, start, end, grammar) or opens_with_unit_stop(
        text, start, end, grammar
    )


def _duties_in_line(text: str, item: Item, grammar: Grammar) -> list[tuple[int, int]]:
    """Return the units' duties an item's heading line goes on with after a colon, a
    sentence's end or a space, each run on after the one before's 。 (…其职责如下：县环保局。
    负责…。县农委。负责…, 三、职责分工。镇规环办：负责…。自然资源所：负责…, （三）部门相关
    监管责任 区建设局：负责…), the last running to the item's end: three at least, each
    opening with its unit (two after a division's word glued to the first unit: 二、明确职责
    任务分工县应急管理局：…); else none."""
    start = item.start + len(item.number.label)
    _, end = trim(text, start, item.end, BLANKS + "\n")  # (in place: asked of every item)
    for at in range(start, item.head_end):
        if text[at] in "：:。 \u3000" and _opens_duty(text, at + 1, end, grammar):
            spaced = text[at] in BLANKS  # （三）部门监管责任 区建设局：负责… 区城管局：…
            parts = _run_on_duties(text, at + 1, end, grammar, _opens_duty, blank=spaced)
            return parts if len(parts) >= _SUBJECT_DUTIES else []
        # 二、明确职责任务分工县应急管理局：履行…。县水利局：…: the division's word glued to
        # the first unit (a document run together), two duties enough
        if text.endswith(grammar.duty_sections, start, at) and _opens_duty(text, at, end, grammar):
            parts = _run_on_duties(text, at, end, grammar, _opens_duty)
            return parts if len(parts) >= _DUTIES else []
    # 三、职责分工各部门要依职责…。医保部门负责…。人民法院负责…: under a division of duties
    # (its word opening the line, a page run together), units as the subjects of their duties
    # after the opening sentence, two at least
    if text.startswith(grammar.duty_sections, start):
        first = next(
            (
                k + 1
                for k in range(start, item.head_end)
                if text[k] == "。" and states_subject_duty(text, k + 1, end, grammar)
            ),
            None,
        )
        if first is not None:  # (…负责提出全市节能规划；市经贸委负责…: run on after a ；)
            parts = _run_on_duties(text, first, end, grammar, states_subject_duty, marks="。；;")
            return parts if len(parts) >= _DUTIES else []
    return []


def _preamble(text: str, spans: list[tuple[int, int]], grammar: Grammar) -> bool:
    """Whether the first of ``spans`` introduces the units' duties on the lines after it:
    each of those (two at least) opens with its units and a colon, the first does not."""
    return (
        len(spans) > _DUTIES
        and not opens_with_unit_colon(text, *spans[0], grammar)
        and all(opens_with_unit_colon(text, s, e, grammar) for s, e in spans[1:])
    )


def _opens_list(text: str, start: int, end: int) -> bool:
    """Whether a line ends in a colon, opening the list below it (其职责分工为：)."""
    return text[start:end].rstrip(BLANKS).endswith(("：", ":"))


def _cut_colon(text: str, start: int, end: int) -> bool:
    """Whether a line is a unit's name and its colon alone, the text ending after it."""
    return _opens_list(text, start, end) and blank_from(text, end)


def _subject_paragraphs(
    text: str, spans: list[tuple[int, int]], grammar: Grammar
) -> list[tuple[int, int]]:
    """Return the paragraphs of units' duties among ``spans``: each from a line opening with
    its unit as a duty's subject (or its unit and a colon) to the next such line, when two
    thirds of the lines open so; else none."""
    # (a label and its colon alone where the text ends, 相关链接：, is the page's footer, no
    # line of the list)
    spans = [sp for sp in spans if not _cut_colon(text, *sp)]
    # (市直各有关部门要各司其职，…。具体要求是：: a sentence opening the list below it is
    # its preamble, no unit's duty)
    opening = [
        (states_subject_duty(text, s, e, grammar) and not _opens_list(text, s, e))
        or opens_with_unit_colon(text, s, e, grammar)
        for s, e in spans
    ]
    # (lines before the first that opens so are the list's preamble: 集中统一部署，县公安局
    # 具体推进，…落实。 / 县公安局负责…)
    first = next((k for k, opens in enumerate(opening) if opens), len(spans))
    # (a last line the page's end cut, opening with no unit, goes on with the duty above it
    # and counts for none: 市民政局：统筹… / 负责低收入家庭认定指导工)
    cut = int(len(spans) > 1 and not opening[-1] and _last_cut(text, spans))
    if not most_read(sum(opening), len(spans) - first - cut):
        return []
    found: list[tuple[int, int]] = []
    for (s, e), opens in zip(spans, opening, strict=True):
        if opens:
            found.append((s, e))
        elif found:
            found[-1] = (found[-1][0], e)
    return found


def _clauses_of(text: str, grammar: Grammar) -> _ClauseOf:
    """Return ``find_clause`` over ``text`` remembering each span's clause: an item's
    paragraphs are asked whether they close with a clause, then split after their earlier
    clauses, and the item's own line is asked twice."""
    found: dict[tuple[int, int], Clause | None] = {}

    def clause_of(start: int, end: int) -> Clause | None:
        if (start, end) not in found:
            found[(start, end)] = find_clause(text, start, end, grammar)
        return found[(start, end)]

    return clause_of


def _cut_in_clause(text: str, span: tuple[int, int], grammar: Grammar) -> bool:
    """Whether the page was cut inside a paragraph's labelled clause: a role's label opens a
    bracket after the paragraph's own text, and no bracket closes after it."""
    start, end = span
    closed = max(text.rfind(c, start, end) for c in grammar.closing)  # (read once)
    return any(
        label.start() - start > _TEXT
        and text[label.start() - 1] in grammar.opening
        and label.end() > closed
        for label in grammar.labels_in(text, start, end)
    )


def _cut_before_clause(text: str, item: Item) -> list[tuple[int, int]]:
    """Return the paragraphs below ``item``'s heading line when the page's end cut the last
    of them mid-sentence (so before any clause it had), else none."""
    spans = list(line_spans(text, item.head_end + 1, item.end))  # (as ``_paragraphs`` reads)
    # (--按国家…方案，完善…: a bulleted project's dash is no part of its title)
    spans = [(dash.end(), e) if (dash := _DASHED.match(text, a, e)) else (a, e) for a, e in spans]
    return spans if _last_cut(text, spans) else []


def _past_cut(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``spans`` without the last when the page was cut inside it (``_last_cut``);
    else none."""
    return spans[:-1] if _last_cut(text, spans) else []


def _last_cut(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the page was cut inside the last of ``spans``: the text ends with it,
    mid-sentence (no sentence mark, no bracket closing it)."""
    if not spans or not blank_from(text, spans[-1][1]):
        return False
    last = text[slice(*spans[-1])].rstrip(BLANKS)
    return bool(last) and last[-1] not in _ENDED


#: How a line whose sentence goes on the next line ends.
_GOES_ON = "，,、；;：:"

#: How a paragraph the page did not cut may end: a sentence mark, a closing bracket.
_ENDED = "。；;！？!?）)〕】」”"


def _own_line_closes(text: str, item: Item, grammar: Grammar, clause_of: _ClauseOf) -> bool:
    """Whether an item's heading line closes with a unit clause of its own."""
    head_start = item.start + len(item.number.label)
    return _closes_with_clause(text, head_start, item.head_end, grammar, clause_of)


def _run_on(
    text: str, spans: list[tuple[int, int]], grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return ``spans`` with each paragraph that closes with its clause split after every
    earlier label-less clause that more text follows: tasks run on in one paragraph
    (…乘数效应。…（发展改革委牵头，…负责）实施更积极…政策。（外专局牵头，…）)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        clause = clause_of(s, e)
        if clause is None:
            out.append((s, e))
            continue
        at = s
        for earlier in earlier_clauses(text, s, clause.start, grammar):
            after = past_indent(text, earlier.end, e)
            if earlier.start - at >= _TEXT and clause.start - after >= _TEXT:
                out.append((at, earlier.end))
                at = after
        out.append((at, e))
    return out


def _clause_lines_close(
    text: str, spans: list[tuple[int, int]], grammar: Grammar, clause_of: _ClauseOf
) -> list[tuple[int, int]]:
    """Return the paragraphs among ``spans`` when each runs over lines to a clause standing on
    lines of its own, its bracket opening a line and closing at the end of that or a later
    one (…（X指导，Y负责落实。 / 以下均需Y落实，不再列出）), with text of the paragraph above it
    and none after the last; else none."""
    found: list[tuple[int, int]] = []
    first = k = 0  # the paragraph's first line, the line looked at
    while k < len(spans):
        s, e = spans[k]
        if text[s:e].lstrip(BLANKS)[:1] not in grammar.opening:
            k += 1
            continue
        last = _bracket_closes(text, spans, k, grammar)
        if last is None or k == first:
            return []  # a bracket of the text, or a clause with no paragraph above it
        start, end = spans[first][0], spans[last][1]
        clause = clause_of(start, end)
        if clause is None or clause.start < s or not _has_roles(clause):
            return []
        found.append((start, end))
        first = k = last + 1
    return found if first == len(spans) else []


def _bracket_closes(
    text: str, spans: list[tuple[int, int]], k: int, grammar: Grammar
) -> int | None:
    """Return the line among the next few from ``spans[k]`` at whose end the bracket opening
    ``spans[k]`` closes, or None when it closes elsewhere."""
    lines = spans[k : k + _CLAUSE_RUN]
    close = balanced_close(text, past_indent(text, *spans[k]), lines[-1][1], grammar)
    for j, (_, e) in enumerate(lines, start=k):
        if close is not None and close < e:
            return j if not text[close + 1 : e].strip(BLANKS) else None
    return None


def _duties_apart(
    text: str, spans: list[tuple[int, int]], grammar: Grammar
) -> list[tuple[int, int]]:
    """Return ``spans`` with each paragraph opening with its unit's colon split where the next
    unit's duty runs on after a 。 (公共服务办：一是负责…。公共安全办：一是协助…)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        apart = opens_with_unit_colon(text, s, e, grammar)
        out += _run_on_duties(text, s, e, grammar, _opens_duty) if apart else [(s, e)]
    return out


def _alike(text: str, spans: list[tuple[int, int]], grammar: Grammar, clause_of: _ClauseOf) -> bool:
    """Whether there are paragraphs and each closes with a clause of its own, or each opens
    with its unit and a colon."""
    return bool(spans) and (
        all(_closes_with_clause(text, s, e, grammar, clause_of) for s, e in spans)
        or all(opens_with_unit(text, s, e, grammar) for s, e in spans)
    )


def _with_clauses(spans: list[tuple[int, int]], clause_of: _ClauseOf) -> bool:
    """Whether any of the paragraphs holds a unit clause."""
    return any(clause_of(s, e) is not None for s, e in spans)


def _short_title(line: str) -> bool:
    """Whether a line is a short title: no sentence mark, no colon, no table's bar."""
    return len(line) <= _SHORT_TITLE and not any(c in line for c in "。；;：:，,|\t")


def _closes_with_clause(
    text: str, start: int, end: int, grammar: Grammar, clause_of: _ClauseOf
) -> bool:
    """Whether ``text[start:end]`` is a paragraph that ends with its own unit clause in
    brackets, or labelled after its last sentence (…清理卫生死角。主要责任单位：X、Y。) or its
    last comma, after some text of its own."""
    line = text[start:end]
    if "|" in line or "\t" in line:
        return False  # a table's row
    stripped = line.rstrip(_AFTER)
    if not stripped:
        return False
    if stripped[-1] not in grammar.closing:  # a label after the last sentence (or its last
        # comma: …维持良好的城市道路交通秩序，责任单位：公安交警。), or no clause
        labels = grammar.labels_in(text, start, end)
        if not labels or text[labels[0].start() - 1] not in "。，,":
            return False
    clause = clause_of(start, end)
    return (
        clause is not None
        and clause.start - start >= _TEXT
        and clause.end >= start + len(stripped)
        and _has_roles(clause)
    )


def _has_roles(clause: Clause) -> bool:
    """Whether a clause gives units a role (not only a deadline or a person)."""
    return any(isinstance(p.kind, Role) for p in clause.parts)
