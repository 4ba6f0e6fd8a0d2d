"""Parse clean text into a Document: title, issuer, date, targets and numbered tasks."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.model import CleanText, Document, Mention, PlanNote, Role, Target, Task
from pipeline.parse.clauses import (
    Clause,
    find_clause,
    lead_note_brackets,
    opening_clause,
    people,
    roleless_clause,
    split_units,
)
from pipeline.parse.grammar import DEADLINE, LEADERS, Grammar, default_grammar
from pipeline.parse.numbering import Number, match_number, match_number_after
from pipeline.parse.table import table_tasks
from pipeline.read.ingest import RawDocument

_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_NOTICE = re.compile(r"^.*?关于印发(.+?)的通知$")
_TITLE_LINE = re.compile(r"(方案|计划|意见|规划|通知|办法|要点|清单|措施|举措|分工|分解表|分工表)$")
_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,15}?(?:人民政府办公厅|人民政府办公室|人民政府)")
_DATE_LINE = re.compile(r"^[\s\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[\s\u3000]*$", re.M)
_TARGET = re.compile(r"到(\d{4})年(?:底|末)?[，,]?")
_INDENT = " \t\u3000"
_SENTENCE_END = "。"
#: A "unit" that is a date or a time frame: 2025年6月底前完成, 12月底前, 长期推进.
_DEADLINE_LIKE = re.compile(r"\d{4}年|\d{1,2}月(?:底|中旬|上旬|下旬)?前?|前完成|^(?:长期|持续)")


@dataclass(slots=True)
class _Item:
    """A numbered item while the outline is being built."""

    number: Number
    level: int
    parent: _Item | None
    start: int  # the label's first character
    head_end: int  # end of the heading line
    end: int = -1  # end of the item's own text, before the next numbered line
    clause: Clause | None = field(default=None)
    shared: bool = False  # the clause came after the group and applies to every sibling


def parse(raw: RawDocument, clean: CleanText, grammar: Grammar | None = None) -> Document:
    """Parse one cleaned document; ``raw`` supplies its id, checksum and sidecar facts."""
    grammar = grammar or default_grammar()
    text = clean.text
    lead_note = _lead_note(text, grammar)
    # From where the note rules: the whole plan, or from its own task on when it says 下同
    ruled_from = _ruled_from(text, lead_note, grammar)
    items = _outline(text, grammar.subitem_styles, grammar.label_pattern)
    for item in items:
        start = item.start + len(item.number.label)
        first_listed = ruled_from is not None and item.end > ruled_from
        item.clause = find_clause(text, start, item.end, grammar, first_listed=first_listed)
    _roleless_clauses(text, items, grammar)
    _share_group_clauses(text, items, grammar.subitem_styles)
    _share_heading_clauses(text, items, grammar, ruled_from)
    chosen = _task_items(items)
    tasks = _tasks(clean, chosen, grammar)
    spans = [(i.start, i.end) for i in chosen]
    tasks, spans = _with_table_rows(clean, grammar, tasks, spans, items)
    if ruled_from is not None:
        tasks = tuple(
            _first_listed_lead(task) if end > ruled_from else task
            for task, (_, end) in zip(tasks, spans, strict=True)
        )
    return Document(
        doc_id=raw.doc_id,
        source=raw.path.as_posix(),
        sha256=raw.sha256,
        title=raw.sidecar.title or _title(text),
        issuer=raw.sidecar.issuer or _issuer(text, chosen[0].start if chosen else len(text)),
        published=raw.sidecar.published or _dated(text),
        signed=raw.sidecar.signed,
        document_number=raw.sidecar.document_number,
        targets=_targets(clean, spans),
        tasks=tasks,
        cleaning=clean.steps,
        corrections=clean.corrections,
        clean=clean,
        lead_note=PlanNote(text[slice(*lead_note)], clean.locate(*lead_note))
        if lead_note
        else None,
    )


def _lead_note(text: str, grammar: Grammar) -> tuple[int, int] | None:
    """Return the span of the plan's sentence saying the first unit of each list leads.

    （各项任务中，责任单位排在第一位的为牵头单位，其他为责任单位）: the sentence (its line,
    or the part of it between 。) holding the first phrase of the grammar's
    ``first_listed_lead`` words that the text prints.
    """
    hits = [at for at in (text.find(w) for w in grammar.first_listed_lead) if at >= 0]
    if not hits:
        return None
    at = min(hits)
    line_start = text.rfind("\n", 0, at) + 1
    noted = lead_note_brackets(text, line_start, _line_end(text, at), grammar)
    inside = next(((o, c) for o, c in noted if o < at < c), None)
    low, high = line_start, _line_end(text, at)
    if inside is not None and text[line_start : inside[0]].strip(_INDENT):
        # 责任单位：县发改局（首位单位为牵头单位，下同）、…: the note is the bracket's text;
        # （X、Y等按照职责分工负责。列第一位者为牵头单位，下同）: its sentence in the bracket
        low, high = inside[0] + 1, inside[1]
    start = max(text.rfind(_SENTENCE_END, low, at) + 1, low)
    end = text.find(_SENTENCE_END, at, high) + 1 or high
    while start < end and text[start] in _INDENT:
        start += 1
    while end > start and text[end - 1] in _INDENT:
        end -= 1
    return start, end


def _ruled_from(text: str, note: tuple[int, int] | None, grammar: Grammar) -> int | None:
    """Return where the first-listed-lead note starts to rule, None without a note.

    A note that says it applies from here on (…列第一位者为牵头单位，下同, the grammar's
    ``forward`` words) rules its own task and the later ones; any other note, wherever it
    is printed (the preamble, a footnote), rules the whole plan.
    """
    if note is None:
        return None
    said = text[note[0] : note[1]]
    return note[0] if any(w in said for w in grammar.forward) else 0


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _first_listed_lead(task: Task) -> Task:
    """Make the first unit listed the lead of a task whose clause names no lead.

    Under the plan's note, （责任单位：X、Y、Z） and （X、Y、Z按职责分工负责） read as X
    lead, Y and Z responsible; a clause that names its lead is left as printed.
    """
    if task.lead or not task.responsible:
        return task
    first, *rest = task.responsible
    return replace(
        task,
        lead=(replace(first, role=Role.LEAD, position=1),),
        responsible=tuple(replace(m, position=n) for n, m in enumerate(rest, start=1)),
        first_listed_lead=True,
    )


def _with_table_rows(
    clean: CleanText,
    grammar: Grammar,
    tasks: tuple[Task, ...],
    spans: list[tuple[int, int]],
    items: list[_Item],
) -> tuple[tuple[Task, ...], list[tuple[int, int]]]:
    """Add the rows of task tables that lie outside every numbered task, in text order.

    A row's section is the numbered heading whose text holds the table (二、任务分工).
    """
    rows, row_spans = table_tasks(clean, grammar)
    item_starts = [i.start for i in items]
    rows = tuple(
        replace(row, section=_section_at(clean.text, items, item_starts, span[0]))
        for row, span in zip(rows, row_spans, strict=True)
    )
    starts = [s for s, _ in spans]  # task spans are disjoint and in text order

    def inside(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < spans[k][1]

    extra = [(row, span) for row, span in zip(rows, row_spans, strict=True) if not inside(span[0])]
    if not extra:
        return tasks, spans
    merged = sorted([*zip(tasks, spans, strict=True), *extra], key=lambda ts: ts[1][0])
    seen: Counter[str] = Counter()
    out = []
    for task, _ in merged:
        seen[task.task_id] += 1
        if seen[task.task_id] > 1:
            task = replace(task, task_id=f"{task.task_id}-{seen[task.task_id]}")
        out.append(task)
    return tuple(out), [span for _, span in merged]


def _outline(
    text: str, subitems: tuple[str, ...], labels: re.Pattern[str] | None = None
) -> list[_Item]:
    """Return the numbered items; a style seen before closes every deeper level.

    A new style that does not start at 1 continues a list begun before (the page starts
    inside it) and does not nest under a sub-item (``subitems``: （1）, ①): (2)–(6) of an
    item whose heading is on an earlier page, then 16., are siblings, 16. is not (6)'s.
    """
    items: list[_Item] = []
    stack: list[_Item] = []
    pos = 0
    lines = text.split("\n")
    glued = 0  # the last number glued to its title
    for k, line in enumerate(lines):
        line_end = pos + len(line)
        indent = len(line) - len(line.lstrip(_INDENT))
        number = match_number(line[indent:])
        if number is None:
            # 11.121人才梯队项目: a title that starts with digits, where 11 is the next number
            last = next((i for i in reversed(stack) if i.number.style == "1."), None)
            if last is not None:
                number = match_number_after(line[indent:], last.number.value + 1)
        if number is None and labels is not None:
            number = _glued_number(lines, k, glued + 1, labels)
            glued = number.value if number is not None else glued
        if number is not None:
            if items:
                items[-1].end = pos - 1
            styles = [i.number.style for i in stack]
            if number.style in styles:
                k = styles.index(number.style)
                below = styles[k + 1 :]
                if number.value == 1 and below and all(st in _SECTION_STYLES for st in below):
                    # a metadata list 1.–8., then 一、 （一） and tasks 1. 2.: numbered from 1
                    # again under headings, the new list is theirs; the old one is closed and
                    # the headings stand where its item stood
                    closed = stack.pop(k)
                    stack[k].parent = closed.parent
                    for heading in stack[k:]:
                        heading.level -= 1
                else:
                    del stack[k:]
            if number.style not in styles and number.value > 1:
                while stack and stack[-1].number.style in subitems:
                    stack.pop()
            item = _Item(number, len(stack), stack[-1] if stack else None, pos + indent, line_end)
            stack.append(item)
            items.append(item)
        pos = line_end + 1
    if items:
        items[-1].end = len(text)
    return items


#: 1优化就业创业服务: a number glued to a short title with no mark between them.
_GLUED = re.compile(r"^[ \t\u3000]*(\d{1,3})(?=[\u4e00-\u9fff])([^，。；：:,;]{2,30})$")
_GLUED_STYLE = "1"


def _glued_number(lines: list[str], k: int, due: int, labels: re.Pattern[str]) -> Number | None:
    """Return the number glued to the title on line ``k`` (``1优化就业创业服务``), if any.

    Only a short line with no punctuation, numbered 1 or the number due, and followed
    (past blank lines) by a line that opens with a clause label (牵头单位：…) is an item:
    ``3个项目已开工`` followed by prose stays text.
    """
    m = _GLUED.match(lines[k])
    if m is None or int(m.group(1)) not in (1, due):
        return None
    j = k + 1
    while j < len(lines) and not lines[j].strip(_INDENT):
        j += 1
    if j == len(lines) or not labels.match(lines[j].strip(_INDENT)):
        return None
    return Number(_GLUED_STYLE, m.group(1), int(m.group(1)))


def _share_group_clauses(text: str, items: list[_Item], subitems: tuple[str, ...]) -> None:
    """Give a clause on a line of its own after the last of its siblings to every sibling.

    （一） with 1.–4. and then （责任单位：…）: the clause closes the group, not item 4,
    when none of 1.–3. has a clause of its own. Sub-items (``subitems``: 1. with (1)–(4),
    then the clause) are the body of the item above them, which the clause closes, unless
    an item of their style carries a clause of its own somewhere in the plan.
    """
    owned = {i.number.style for i in items if i.clause is not None and not _trailing(text, i)}
    groups: dict[tuple[int, int, str], list[_Item]] = {}
    for item in items:
        key = (id(item.parent), item.level, item.number.style)
        groups.setdefault(key, []).append(item)
    with_clause = Counter(
        (id(i.parent), i.level, i.number.style) for i in items if i.clause is not None
    )
    for siblings in groups.values():
        last = siblings[-1]
        clause = last.clause
        if len(siblings) < 2 or clause is None or clause.start <= last.head_end:
            continue
        own_line = text.rfind("\n", 0, clause.start) + 1
        if text[own_line : clause.start].strip(_INDENT):
            continue
        if any(s.clause is not None for s in siblings[:-1]):
            continue
        parent = last.parent
        in_list = parent is not None and with_clause[_key(parent)] > 0
        style = last.number.style
        if parent is not None and style in subitems and style not in owned:
            # 1.完善预案体系 with (1)–(4), then the clause: item 1 is the task
            in_list = in_list or parent.number.style not in subitems
        if parent is not None and parent.clause is None and in_list:
            # 1. with ① ② and then the clause: the clause closes task 1, whose own
            # siblings carry clauses; ① ② are its body.
            parent.clause, parent.end, last.clause = clause, last.end, None
            continue
        for sibling in siblings:
            sibling.clause, sibling.shared = clause, True


#: A plan prints at least this many items closing with a bracket of units and no role word
#: before such brackets are read as clauses (one could be a remark: （含开发区）).
ROLELESS_AT_LEAST = 2


def _roleless_clauses(text: str, items: list[_Item], grammar: Grammar) -> None:
    """Give the items of a plan whose clauses name units without roles their units.

    （市发展改革委，各县〔市、区〕政府） after each item of a 明确重点工作责任单位 notice: the
    units are responsible (the notice calls them 责任单位), when the plan has no clause of
    another form and several items close so.
    """
    if any(i.clause is not None for i in items):
        return
    found = []
    for item in items:
        clause = roleless_clause(text, item.start + len(item.number.label), item.end, grammar)
        if clause is not None:
            found.append((item, clause))
    if len(found) >= ROLELESS_AT_LEAST:
        for item, clause in found:
            item.clause = clause


#: Numbering styles of section headings: a list numbered from 1 again below them is theirs.
_SECTION_STYLES = ("一、", "（一）")
#: A count after a group heading: 一、县示范区管委会牵头工作（8项）
_COUNT = re.compile(r"[（(]\d+项[）)]$")


def _share_heading_clauses(
    text: str, items: list[_Item], grammar: Grammar, ruled_from: int | None
) -> None:
    """Give the clause a heading names (一、县示范区管委会牵头工作（8项）) to each of its items.

    Only when no item below the heading carries a clause of its own; the heading is then a
    section and its items are tasks of that lead, shared as a clause after a group is.
    """
    owners = {id(p) for i in items if i.clause is not None for p in _ancestors(i)}
    below: dict[int, list[_Item]] = {}
    for i in items:
        if i.parent is not None:
            below.setdefault(id(i.parent), []).append(i)
    for item in items:
        children = below.get(id(item), [])
        if item.clause is not None or id(item) in owners or not children:
            continue
        s = item.start + len(item.number.label)
        head = text[s : item.head_end].rstrip(_INDENT + "。：:")
        head = _COUNT.sub("", head)
        tail = next((t for t in grammar.heading_tails if head.endswith(t)), None)
        if tail is None or len(head) <= len(tail):
            continue
        first = ruled_from is not None and item.end > ruled_from
        clause = opening_clause(text, s, s + len(head) - len(tail), grammar, first)
        if clause is None:
            continue
        for child in children:
            child.clause, child.shared = clause, True


def _ancestors(item: _Item) -> list[_Item]:
    found = []
    parent = item.parent
    while parent is not None:
        found.append(parent)
        parent = parent.parent
    return found


def _trailing(text: str, item: _Item) -> bool:
    """Whether an item's clause stands on a line of its own after the item's heading."""
    clause = item.clause
    if clause is None or clause.start <= item.head_end:
        return False
    own_line = text.rfind("\n", 0, clause.start) + 1
    return not text[own_line : clause.start].strip(_INDENT)


def _key(item: _Item) -> tuple[int, int, str]:
    return (id(item.parent), item.level, item.number.style)


def _task_items(items: list[_Item]) -> list[_Item]:
    """Pick the tasks: in each group of siblings that carries unit clauses, the items
    with no clause-carrying item below them (sections are decided by structure).

    A sibling without a clause stays a task with no units; a group without any clause
    (a goal section's 1. 2.) is not a list of tasks.
    """
    below: set[int] = set()
    for item in items:
        if item.clause is not None:
            parent = item.parent
            while parent is not None:
                below.add(id(parent))
                parent = parent.parent
    groups: dict[tuple[int, str], list[_Item]] = {}
    for item in items:
        groups.setdefault((id(item.parent), item.number.style), []).append(item)
    chosen: set[int] = set()
    for members in groups.values():
        leaves = [i for i in members if id(i) not in below]
        if any(i.clause is not None for i in leaves):
            chosen |= {id(i) for i in leaves}
    return [i for i in items if id(i) in chosen]


def _tasks(clean: CleanText, chosen: list[_Item], grammar: Grammar) -> tuple[Task, ...]:
    numbers = Counter(i.number.value for i in chosen)
    nested = any(n > 1 for n in numbers.values()) and len({id(i.parent) for i in chosen}) > 1
    seen: Counter[str] = Counter()
    tasks = []
    for item in chosen:
        task_id = _task_id(item, nested)
        seen[task_id] += 1
        if seen[task_id] > 1:
            task_id = f"{task_id}-{seen[task_id]}"
        tasks.append(_task(clean, item, task_id, grammar))
    return tuple(tasks)


def _task_id(item: _Item, nested: bool) -> str:
    chain = [item.number.value]
    parent = item.parent
    while nested and parent is not None:
        chain.append(parent.number.value)
        parent = parent.parent
    return ".".join(str(n) for n in reversed(chain))


def _task(clean: CleanText, item: _Item, task_id: str, grammar: Grammar) -> Task:
    text = clean.text
    clause = item.clause
    head_start = item.start + len(item.number.label)
    inside = clause is not None and item.start <= clause.start < item.end
    cut = (clause.start, clause.end) if clause and inside else (item.end, item.end)
    head = _without(text, head_start, item.head_end, cut).strip(_INDENT)
    rest = _without(text, min(item.head_end + 1, item.end), item.end, cut)
    rest = "\n".join(ln.strip(_INDENT) for ln in rest.split("\n") if ln.strip(_INDENT))
    if head and rest and "。" not in head.rstrip("。"):
        title, body = head.rstrip("。：:"), rest
    else:
        first, _, after = head.partition("。")
        title = first.rstrip("：:，,；;")  # 1、X工程，牵头部门：…: the comma before a label
        body = "\n".join(p for p in (after.strip(), rest) if p)
    mentions: dict[Role, list[Mention]] = {role: [] for role in Role}
    deadline = None
    leaders: list[str] = []
    for part in clause.parts if clause else ():
        if part.kind == DEADLINE:
            deadline = text[part.start : part.end] or None
            continue
        if part.kind == LEADERS:
            leaders += people(text, part.start, part.end, grammar)
            continue
        units = split_units(text, part.start, part.end, grammar)
        role = Role(part.kind.value if isinstance(part.kind, Role) else part.kind)
        for u in units:
            if _DEADLINE_LIKE.search(text[u.start : u.end]):
                # （牵头单位：市工信局，2025年6月底前完成）: a deadline without its label
                deadline = deadline or text[u.start : u.end]
                continue
            found = mentions[u.role or role]  # 市发展改革委（牵头） under 责任单位 leads
            location = clean.locate(u.start, u.end)
            found.append(
                Mention(text[u.start : u.end], u.role or role, len(found) + 1, location, u.etc)
            )
    notes = [text[s:e] for s, e in clause.notes] if clause else []
    note = "。".join(notes) or None
    return Task(
        task_id=task_id,
        no=item.number.value,
        label=item.number.label,
        section=_section(text, item),
        title=title,
        body=body,
        lead=tuple(mentions[Role.LEAD]),
        responsible=tuple(mentions[Role.RESPONSIBLE]),
        cooperating=tuple(mentions[Role.COOPERATING]),
        deadline=deadline,
        location=clean.locate(item.start, item.end),
        clause=clean.locate(clause.start, clause.end) if clause else None,
        leaders=tuple(leaders),
        note=note,
        note_forward=note is not None and any(w in note for w in grammar.forward),
        shared_clause=item.shared,
    )


def _without(text: str, start: int, end: int, cut: tuple[int, int]) -> str:
    """Return ``text[start:end]`` with the span ``cut`` taken out."""
    a, b = max(cut[0], start), min(cut[1], end)
    if a >= b:
        return text[start:end]
    return text[start:a] + text[b:end]


def _section_at(text: str, items: list[_Item], starts: list[int], at: int) -> str | None:
    k = bisect.bisect_right(starts, at) - 1
    if k < 0 or not items[k].start <= at <= items[k].end:
        return None
    head = text[items[k].start : items[k].head_end].strip(_INDENT).split("。")[0]
    above = _section(text, items[k])
    return f"{above} / {head}" if above else head


def _section(text: str, item: _Item) -> str | None:
    chain = []
    parent = item.parent
    while parent is not None:
        head = text[parent.start : parent.head_end].strip(_INDENT)
        chain.append(head.split("。")[0])
        parent = parent.parent
    return " / ".join(reversed(chain)) or None


def _title(text: str) -> str | None:
    m = _TITLE.search(text)
    if m:
        name = m.group(1)
    else:
        first = next((ln.strip(_INDENT) for ln in text.split("\n") if ln.strip(_INDENT)), "")
        if not _TITLE_LINE.search(first) or len(first) > 80 or match_number(first):
            return None
        name = first
    notice = _NOTICE.match(name)
    return notice.group(1) if notice else name


def _dated(text: str) -> date | None:
    """Return the date on a line of its own (the signature date), the last one if several."""
    found = None
    for m in _DATE_LINE.finditer(text):
        try:
            found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return found


def _issuer(text: str, before: int) -> str | None:
    m = _ISSUER.search(text, 0, before)
    return m.group(0) if m else None


def _targets(clean: CleanText, task_spans: list[tuple[int, int]]) -> tuple[Target, ...]:
    """Find "到YYYY年，…" outside the tasks: each runs to the next target or paragraph end."""
    text = clean.text
    found: dict[int, Target] = {}
    matches = [
        m for m in _TARGET.finditer(text) if not any(s <= m.start() < e for s, e in task_spans)
    ]
    for m, nxt in zip(matches, [*matches[1:], None], strict=False):
        paragraph_end = text.find("\n", m.end())
        end = len(text) if paragraph_end < 0 else paragraph_end
        if nxt is not None and nxt.start() < end:
            end = nxt.start()
        body = text[m.end() : end].strip(_INDENT)
        year = int(m.group(1))
        if body and year not in found:
            found[year] = Target(year, body, clean.locate(m.start(), end))
    return tuple(found.values())
