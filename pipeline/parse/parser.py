"""Parse clean text into a Document: title, issuer, date, targets and numbered tasks."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from pipeline.grammar import DEADLINE, LEADERS, NUMBER, Grammar, default_grammar
from pipeline.model import CleanText, Document, Mention, PlanNote, Role, Target, Task
from pipeline.numbering import match_number
from pipeline.parse import glued_names
from pipeline.parse.clauses import (
    Clause,
    Part,
    comma_units_lead,
    dates_only,
    earlier_clauses,
    earlier_sentences,
    find_clause,
    first_unit_leads,
    later_labelled,
    lead_note_brackets,
    names_person,
    people,
    split_units,
    unit_name,
    units_after_deadline,
)
from pipeline.parse.outline import (
    Item,
    counted_clauses,
    heading_clauses,
    inline_clauses,
    inside,
    is_unit_name,
    name_headings,
    name_line_headings,
    names_organisers,
    outline,
    past_indent,
    roleless_clauses,
    share_group_clauses,
    share_heading_clauses,
    share_heading_line_clauses,
    states_purpose,
    task_items,
    unit_first_clauses,
)
from pipeline.parse.paragraphs import cut_tail, paragraph_items
from pipeline.parse.table import table_tasks
from pipeline.parse.table_header import WORD, column
from pipeline.read.chinese import BLANKS, HAN, OMITTED, OMITTED_INLINE, unwrap
from pipeline.read.ingest import RawDocument

_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_NOTICE = re.compile(r"^.*?关于印发(.+?)的通知$")
_PLAN_KINDS = (
    "方案|计划|意见|规划|通知|通报|办法|规定|要点|清单|措施|举措|分工|分解表|分工表|预案|细则|纲要"
)
_TITLE_LINE = re.compile(f"({_PLAN_KINDS})$")
#: A document's name in a line (《…》, or a plan's kind: …行动方案（2026-2028年）为贯彻…).
_NAMES_PLAN = re.compile(f"《|{_PLAN_KINDS}")
_ISSUER = re.compile(f"[{HAN}]{{2,15}}?(?:人民政府办公厅|人民政府办公室|人民政府)")
_DATE_LINE = re.compile(r"^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.M)
_TARGET = re.compile(r"到(\d{4})年(?:底|末)?[，,]?")
_SENTENCE_END = "。"
#: A "unit" that is a date or a time frame: 2025年6月底前完成, 12月底前, 长期推进 (or ends as
#: the grammar's deadlines end: 年内完成, ``[notes] deadline``).
_DEADLINE_LIKE = re.compile(r"\d{4}年|\d{1,2}月(?:底|中旬|上旬|下旬)?前?|前完成|^(?:长期|持续)")


def parse(raw: RawDocument, clean: CleanText, grammar: Grammar | None = None) -> Document:
    """Parse one cleaned document; ``raw`` supplies its id, checksum and sidecar facts."""
    grammar = grammar or default_grammar()
    text = clean.text
    lead_note = _lead_note(text, grammar)
    # From where the note rules: the whole plan, or from its own task on when it says 下同
    ruled_from = _ruled_from(text, lead_note, grammar)
    rows, row_spans = table_tasks(clean, grammar)
    items = _off_attachments(text, _off_rows(outline(text, grammar), row_spans))
    items = name_line_headings(text, items, grammar)  # 县文明办 / 1.… / 县财政局 / 1.…
    items = paragraph_items(text, items, grammar, row_spans)
    # …。（牵头单位：X） / 2.…: a page cut inside item 1 (its first line names no plan)
    items = cut_tail(text, items, grammar, lambda line: _NAMES_PLAN.search(line) is not None)
    _cut_at_omissions(text, items)
    # A heading over a task table (一、区长X牵头重点工作, then the table) finds no clause in
    # the rows' cells (各镇（街道、园区）): the rows are tasks of their own
    ends = _before_rows(text, items, [s for s, _ in row_spans], grammar)
    for item, end in zip(items, ends, strict=True):
        start = item.start + len(item.number.label)
        first_listed = ruled_from is not None and item.end > ruled_from
        item.ruled = first_listed
        item.clause = find_clause(text, start, end, grammar, first_listed=first_listed)
        if item.clause is not None and names_organisers(text, item, grammar):
            item.clause = None  # 三、主办、承办单位 / 主办单位：X: an event's organisers
        if item.clause is not None and item.clause.start > start:
            item.earlier = earlier_clauses(
                text, start, item.clause.start, grammar, first_listed=first_listed
            )
            if not item.earlier and text.startswith(grammar.lead_ins, item.clause.start):
                # …。此项工作由X牵头负责。…。此项工作由Y牵头负责。: each part's lead
                item.earlier = earlier_sentences(
                    text, start, item.clause.start, grammar, first_listed=first_listed
                )
            if item.earlier and first_listed:
                # each of the item's clauses has its own first-listed lead
                item.clause = first_unit_leads(text, item.clause, grammar)
        if item.clause is not None and not item.earlier:
            later = later_labelled(text, item.clause, end, grammar, first_listed=first_listed)
            if later:  # …。（责任单位：X）…。（责任单位：Y）: each part's units, the item's
                item.earlier, item.clause = (item.clause, *later[:-1]), later[-1]
            units = units_after_deadline(text, item.clause, end, grammar, first_listed=first_listed)
            if units is not None:  # …（完成时限：10月）。…。责任单位：X。: the units after it
                item.earlier, item.clause = (*item.earlier, item.clause), units
        if item.clause is not None and not first_listed:
            item.clause = _lead_in_text(text, start, item.clause, item.earlier, grammar)
    counted_clauses(text, items, grammar)  # 1.… 4.… / 4项目标的责任单位均为X。
    roleless_clauses(text, items, grammar, ends)
    _comma_leads(text, items, grammar, lead_note)  # 逗号前为牵头单位
    # a heading naming its group's lead (五、市农委牵头工作) leads items whose titles merely
    # end as names end (12.提升…工作格局。): they open with no unit of their own
    led = frozenset(heading_clauses(text, items, grammar))
    unit_first_clauses(text, items, grammar, ends, led)
    inline_clauses(text, items, grammar, ends)  # 1.医疗卫生人员由县卫健局负责组织；
    headed = heading_clauses(text, items, grammar)
    named = name_headings(text, items, grammar)  # 1. 市科技馆 over the problems found there
    share_group_clauses(text, items, frozenset(headed) | named)
    share_heading_clauses(text, items, headed, grammar)
    share_heading_line_clauses(text, items, grammar.subitem_styles)
    chosen = _past_notice(text, task_items(text, items, grammar), row_spans, grammar)
    tasks = _tasks(clean, chosen, grammar)
    # an item's span ends where its own text does, before a task table's first row below it
    # (（四）监督渠道：… then 第二部分 … 序号 | …: the rows are tasks of their own)
    own_end = {id(i): end for i, end in zip(items, ends, strict=True)}
    spans = [(i.start, own_end.get(id(i), i.end)) for i in chosen]
    tasks, spans = _with_table_rows(clean.text, (rows, row_spans), tasks, spans, items)
    tasks = tuple(_led_in_body(t) for t in tasks)
    tasks = glued_names.apart(tasks, clean.raw, grammar.name_endings)
    tasks = _without_cut_name(tasks, clean)  # …、环科 where the plan names 环科园管委会
    if ruled_from is not None:
        rest = _rest_role(text, lead_note, grammar)
        tasks = tuple(
            _first_listed_lead(task, rest) if end > ruled_from or _one_unit(task) else task
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
        numbered_from=_numbered_from(text, items, chosen),
    )


def _without_cut_name(tasks: tuple[Task, ...], clean: CleanText) -> tuple[Task, ...]:
    """Leave out the last task's last unit where the text's end cuts it inside its name: the
    text stops right after it, and the plan names elsewhere a unit whose name it opens
    (…、经济开发区管委会、环科 of 环科园管委会, a name that ends as a unit's name may end)."""
    if not tasks or not tasks[-1].mentions:
        return tasks
    last = tasks[-1]
    final = max(last.mentions, key=lambda m: m.location.end)
    end = len(clean.text.rstrip())
    if bisect.bisect_left(clean.to_raw, final.location.end) < end:
        return tasks  # the text goes on after it
    named = {m.text for t in tasks for m in t.mentions if m is not final}
    if not any(n.startswith(final.text) and n != final.text for n in named):
        return tasks
    kept = replace(
        last,
        lead=tuple(m for m in last.lead if m is not final),
        responsible=tuple(m for m in last.responsible if m is not final),
        cooperating=tuple(m for m in last.cooperating if m is not final),
    )
    return (*tasks[:-1], kept)


def _past_notice(
    text: str, chosen: list[Item], row_spans: list[tuple[int, int]], grammar: Grammar
) -> list[Item]:
    """Leave out the points of a notice that issues the plan printed after it (现将《…》印发给
    你们，并就有关事项通知如下：一、各有关部门要… / 国务院办公厅 / 2016年4月6日, then the
    plan): the items between its words and its signature's date, when tasks follow the date."""
    at = min((x for x in (text.find(w) for w in grammar.issuing_notice) if x >= 0), default=-1)
    signed = _DATE_LINE.search(text, at) if at >= 0 else None
    if signed is None:
        return chosen
    date_at = signed.start()
    if not any(i.start > date_at for i in chosen) and not any(s > date_at for s, _ in row_spans):
        return chosen
    return [i for i in chosen if not at < i.start < date_at]


def _numbered_from(text: str, items: list[Item], chosen: list[Item]) -> int:
    """Return the number the tasks start at: the first task's, right after an article of
    purpose of its style (第一条 为…，制定本规定。), else 1."""
    if not chosen:
        return 1
    first = chosen[0]
    at = next(k for k, i in enumerate(items) if i is first)
    before = [i for i in items[:at] if i.number.style == first.number.style]
    purpose = before[-1] if before else None
    if (
        purpose is not None
        and states_purpose(text, purpose)
        and purpose.number.value + 1 == first.number.value
    ):
        return first.number.value
    return 1


def _rules_later(note: str, grammar: Grammar) -> bool:
    """Whether a task's note says it rules later tasks (以下均需…, 下同) and is not applied:
    the plan's first-listed-lead note (…排第一的为牵头单位，下同) is applied, and reported as
    such (clause.first_listed_lead)."""
    return any(w in note for w in grammar.forward) and not any(
        w in note for w in grammar.first_listed_lead
    )


def _lead_note(text: str, grammar: Grammar) -> tuple[int, int] | None:
    """Return the span of the plan's sentence saying the first unit of each list leads.

    （各项任务中，责任单位排在第一位的为牵头单位，其他为责任单位）: the sentence (its line,
    or the part of it between 。) holding the first phrase of the grammar's
    ``first_listed_lead`` words that the text prints.
    """
    hits = [at for at in (text.find(w) for w in grammar.first_listed_lead) if at >= 0]
    # …。注：排在首位: a note the page's end cut inside
    at = min(hits) if hits else grammar.cut_phrase(text, grammar.first_listed_lead)
    if at is None:
        return None
    line_start = text.rfind("\n", 0, at) + 1
    noted = lead_note_brackets(text, line_start, _line_end(text, at), grammar)
    inside = next(((o, c) for o, c in noted if o < at < c), None)
    low, high = line_start, _line_end(text, at)
    openings: tuple[str, ...] = (_SENTENCE_END,)  # what the note's sentence opens after
    if inside is not None and text[line_start : inside[0]].strip(BLANKS):
        # 责任单位：县发改局（首位单位为牵头单位，下同）、…: the note is the bracket's text;
        # （X、Y等按照职责分工负责。列第一位者为牵头单位，下同）: its sentence in the bracket,
        # and （X、Y、Z，排第一的为牵头单位，其他为责任单位）: its part after the units
        low, high = inside[0] + 1, inside[1]
        openings = (_SENTENCE_END, "，", ",", "；", ";")
    start = max(low, *(text.rfind(mark, low, at) + 1 for mark in openings))
    end = text.find(_SENTENCE_END, at, high) + 1 or high
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and text[end - 1] in BLANKS:
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


#: What a first-listed-lead note says the other units are: …其余为参与单位.
_REST = ("其余为", "其他为", "其余的为", "其他的为", "逗号后为", "逗号后的为")


def _rest_role(text: str, note: tuple[int, int] | None, grammar: Grammar) -> Role:
    """Return the role a first-listed-lead note gives the units after the first: the label
    after 其余为 / 其他为 (参与单位: cooperating), else responsible."""
    if note is None:
        return Role.RESPONSIBLE
    said = text[note[0] : note[1]]
    for word in _REST:
        at = said.find(word)
        if at < 0:
            continue
        after = said[at + len(word) :]
        for n in range(min(len(after), 6), 1, -1):
            kind = grammar.label_kind(after[:n])
            if isinstance(kind, Role) and kind is not Role.LEAD:
                return kind
    return Role.RESPONSIBLE


def _one_unit(task: Task) -> bool:
    """Whether a task's clause names one unit and no role beside it (责任单位：省财政厅): before
    a note ruling from its own task on (…列第一位的为牵头单位，下同), printed at the first
    clause listing more than one, that unit is the first listed too, and leads."""
    return not task.lead and not task.cooperating and len(task.responsible) == 1


def _first_listed_lead(task: Task, rest: Role = Role.RESPONSIBLE) -> Task:
    """Make the first unit listed the lead of a task whose clause names no lead.

    Under the plan's note, （责任单位：X、Y、Z） and （X、Y、Z按职责分工负责） read as X
    lead, Y and Z responsible (or cooperating, as the note says: 其余为参与单位); a clause
    that names its lead is left as printed.
    """
    if task.lead or not task.responsible:
        return task
    made = replace(_made_lead(task, task.responsible[0]), first_listed_lead=True)
    if rest is not Role.COOPERATING or not made.responsible:
        return made
    others = (*made.cooperating, *made.responsible)
    return replace(
        made,
        responsible=(),
        cooperating=tuple(
            replace(m, role=Role.COOPERATING, position=n) for n, m in enumerate(others, start=1)
        ),
    )


def _made_lead(task: Task, chosen: Mention) -> Task:
    """Return ``task`` with ``chosen``, one of its responsible units, as its lead, and the
    other responsible units numbered again from 1."""
    rest = [m for m in task.responsible if m is not chosen]
    return replace(
        task,
        lead=(replace(chosen, role=Role.LEAD, position=1),),
        responsible=tuple(replace(m, position=n) for n, m in enumerate(rest, start=1)),
    )


#: An assessment's score opening the bracket that closes a title (（1分，按照创建标准…）).
_SCORE = re.compile(r"[（(\[［]\s*\d+(?:\.\d+)?\s*分")
_OPENERS, _CLOSERS = "（([［", "）)]］"
#: A sentence of a task's body naming the lead among its units: 工作要求：由市发改委牵头，…
_LED_BY = re.compile(r"由([^，,。；;、：:\s]{2,30}?)牵头")


def _lead_in_text(
    text: str, start: int, clause: Clause, earlier: tuple[Clause, ...], grammar: Grammar
) -> Clause:
    """Add to an item's clause that names no lead (nor do its ``earlier`` clauses) the unit
    its text from ``start`` to the clause says leads, when the clause does not list it:
    1.规划设计提升工程。由县自然资源规划局牵头制定。责任单位：县住房城乡建设局、… (one such
    unit; a listed one is moved by ``_led_in_body``)."""
    if any(p.kind is Role.LEAD for c in (*earlier, clause) for p in c.parts):
        return clause
    found = [m for m in _LED_BY.finditer(text, start, clause.start) if is_unit_name(m[1], grammar)]
    if len(found) != 1 or found[0][1] in text[clause.start : clause.end]:
        return clause
    lead = Part(Role.LEAD, found[0].start(1), found[0].end(1))
    return replace(clause, parts=(lead, *clause.parts))


def _led_in_body(task: Task) -> Task:
    """Make lead the unit a task's body says leads (由X牵头) when its clause names no lead
    and lists X: 责任单位：市发改委 五县五区政府 … / 工作要求：由市发改委牵头."""
    if task.lead or not task.responsible:
        return task
    named = {m.group(1) for m in _LED_BY.finditer(task.body)}
    lead = [m for m in task.responsible if m.text in named]
    return _made_lead(task, lead[0]) if len(lead) == 1 else task


#: Styles of an item that, inside a table's row, is the row's own number: the row is the task.
_ROW_STYLES = ("01", "1.1", "1.1.1")


def _comma_leads(
    text: str, items: list[Item], grammar: Grammar, note: tuple[int, int] | None
) -> None:
    """Under a plan's note that the units before a clause's comma lead (逗号前为牵头单位),
    give each ruled item's clause those leads, not its first unit alone, and its other
    units the role the note gives them (逗号后为配合单位: cooperating)."""
    if note is None or not any(w in text[slice(*note)] for w in grammar.comma_lead):
        return
    rest = _rest_role(text, note, grammar)
    for item in items:
        if item.clause is not None and item.ruled:
            noted = comma_units_lead(text, item.clause, grammar, rest)
            item.noted_lead = noted is not item.clause
            item.clause = noted


def _cut_at_omissions(text: str, items: list[Item]) -> None:
    """End each item at a site's mark that it left text out (……（…省略584字…）……): the
    item's text stops there as at a page's end (a clause cut there reads as cut), and the
    text after the mark, up to the next item, opens inside another item and is none of it."""
    cut: set[int] = set()  # the items a mark cut
    for item in items:
        found = OMITTED.search(text, item.head_end, item.end)
        inline = OMITTED_INLINE.search(text, item.start, item.end)
        if inline is not None and (found is None or inline.start() < found.start()):
            found = inline  # 2.…确保农 ……此处隐藏36618个字……责任划分…: the head stops there
            item.head_end = min(item.head_end, found.start())
        if found is not None:
            item.end = found.start()
            cut.add(id(item))
        elif item.parent is not None and id(item.parent) in cut:
            # 2.…确保农 ……此处隐藏…字…… / 5.5物资…: an item after the mark is no sub-item of
            # the one it cut, but of a heading the page left out
            item.parent, item.level = item.parent.parent, item.level - 1


def _off_rows(items: list[Item], row_spans: list[tuple[int, int]]) -> list[Item]:
    """Drop the items that are a table row's number read as an item's: a number cell read as
    a project's number (``10 推进…``: two digits and a space, the ``01`` style) or a title
    cell numbered by levels (``2.1提升…平台。…``); the row is the task."""
    starts = [s for s, _ in row_spans]
    return [
        i
        for i in items
        if i.number.style not in _ROW_STYLES or not inside(row_spans, starts, i.start)
    ]


def _off_attachments(text: str, items: list[Item]) -> list[Item]:
    """Return ``items`` without the list of the plan's attachments: after a line opening it
    (附件：, 附件1：, 附件：1.《…》（试行）；), the items that are an attached document's title
    alone (2.《…规定》（试行）；) are none of its tasks, and the item above the line ends there
    (its clause is none of theirs). A plan printed in full after the line (附件 / 一、… /
    （一）…（牵头单位：…）) keeps its items."""
    marks = [m.start() for m in _ATTACHMENTS.finditer(text)]
    if not marks:
        return items
    kept = []
    for item in items:
        k = bisect.bisect_left(marks, item.end)
        if k > 0 and marks[k - 1] > item.start:  # a line opening the list inside the item
            item.end = max(item.head_end, marks[k - 1] - 1)
        after = bisect.bisect_left(marks, item.start) > 0
        title = text[item.start + len(item.number.label) : item.head_end].strip(BLANKS)
        if not (after and _DOCUMENT.fullmatch(title)):
            kept.append(item)
    return kept


#: A line opening the list of a plan's attachments: 附件：, 附件1：, 附件:1.《…》.
_ATTACHMENTS = re.compile("^[ \t\u3000]*附件[0-9０-９]*[：:]", re.MULTILINE)
#: An attached document's title alone, a qualifier's bracket after it maybe: 《…标准》（试行）；
_DOCUMENT = re.compile("《[^《》\n]+》(?:[（(][^（）()\n]{1,8}[）)])?[；;。，,]?")


def _before_rows(
    text: str, items: list[Item], row_starts: list[int], grammar: Grammar
) -> list[int]:
    """Return where each item's own text ends: before the first task table row below its
    number (before the table's header, a word a line, when one stands over it), else at its
    end."""
    ends = []
    for item in items:
        k = bisect.bisect_right(row_starts, item.start)
        inside = k < len(row_starts) and row_starts[k] < item.end
        ends.append(_header_start(text, row_starts[k], item.start, grammar) if inside else item.end)
    return ends


#: A mark no header word holds: a sentence's or a clause's.
_SENTENCE_MARK = re.compile("[。；;，,！？：:]")


def _header_start(text: str, row: int, floor: int, grammar: Grammar) -> int:
    """Return where the header over a table's first row at ``row`` starts when it stands a
    word a line from its number word (序号 / 工作任务 / … / 部门 / 牵头单位、相关单位), else
    ``row``: no line of it is the item's own (its units' words are no clause)."""
    at = row
    while at > floor:
        begin = max(text.rfind("\n", floor, at - 1) + 1, floor)
        word = text[begin : at - 1].strip(BLANKS)
        if len(word) > WORD or _SENTENCE_MARK.search(word):
            return row  # (a line of the item's own text)
        if word and column(word, grammar) == NUMBER:
            return begin
        at = begin
    return row


def _with_table_rows(
    text: str,
    table: tuple[tuple[Task, ...], list[tuple[int, int]]],
    tasks: tuple[Task, ...],
    spans: list[tuple[int, int]],
    items: list[Item],
) -> tuple[tuple[Task, ...], list[tuple[int, int]]]:
    """Add the rows of task tables (``table``: tasks and spans) that lie outside every
    numbered task, in text order.

    A row's section is the numbered heading whose text holds the table (二、任务分工), then
    the row a row numbered by levels is under (1、校园环境 over 1.1).
    """
    rows, row_spans = table
    # the rows whose title cell opens with a number (1、校园环境 | …) are items too: a row's
    # section is a heading outside the table, never a row
    outside, reach = _outside_rows(text, items, row_spans)
    heads = [i.start for i in outside]
    rows = tuple(
        replace(
            row,
            section=_joined(
                _not_own(_section_at(text, outside, heads, reach, at), row), row.section
            ),
        )
        for row, (at, _) in zip(rows, row_spans, strict=True)
    )
    # a row numbered in its title cell is an item too: the row, read by its columns, is the
    # task (1.主动公开… / 各科室按职责分工落实, a cell a line: the item sees no cells)
    # (1.2023—2025年，… / 2.2025年底前，… in a row's cell: the cell's paragraphs, no items)
    row_starts = [s for s, _ in row_spans]
    own = [k for k, (s, _) in enumerate(spans) if not inside(row_spans, row_starts, s)]
    if len(own) < len(spans):
        tasks, spans = tuple(tasks[k] for k in own), [spans[k] for k in own]
    starts = [s for s, _ in spans]  # task spans are disjoint and in text order
    extra = [
        (row, span)
        for row, span in zip(rows, row_spans, strict=True)
        if not inside(spans, starts, span[0])
    ]
    if not extra:
        return tasks, spans
    merged = sorted([*zip(tasks, spans, strict=True), *extra], key=lambda ts: ts[1][0])
    merged = _without_leaders_headings(merged, {id(row) for row, _ in extra})
    seen: Counter[str] = Counter()
    out = []
    for task, _ in merged:
        seen[task.task_id] += 1
        if seen[task.task_id] > 1:
            task = replace(task, task_id=f"{task.task_id}-{seen[task.task_id]}")
        out.append(task)
    return tuple(out), [span for _, span in merged]


def _without_leaders_headings(
    merged: list[tuple[Task, tuple[int, int]]], rows: set[int]
) -> list[tuple[Task, tuple[int, int]]]:
    """Drop a numbered heading whose clause names people alone right above a table's rows
    (一、主要经济指标、财政…等年度工作目标（牵头领导：周明、陈立） / 序号 | 目标任务 | …): it
    groups the rows, its leaders oversee them; it is no task of its own."""
    out = []
    for k, (task, span) in enumerate(merged):
        above_rows = k + 1 < len(merged) and id(merged[k + 1][0]) in rows
        people_only = bool(task.leaders) and not task.mentions
        if id(task) in rows or not (above_rows and people_only):
            out.append((task, span))
    return out


def _tasks(clean: CleanText, chosen: list[Item], grammar: Grammar) -> tuple[Task, ...]:
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


def _task_id(item: Item, nested: bool) -> str:
    chain = [item.number.value]
    parent = item.parent
    while nested and parent is not None:
        chain.append(parent.number.value)
        parent = parent.parent
    return ".".join(str(n) for n in reversed(chain))


def _earlier_bracket(text: str, item: Item, first: str, grammar: Grammar) -> int:
    """Return where in ``first``, an item's first sentence, the bracket of an earlier clause
    naming units opens (…活动5场（责任单位：A），从…，（责任单位：B）: the item's own clause
    is the last), else -1: a title holds no unit clause."""
    found = [
        k
        for c in item.earlier
        if not dates_only(c)
        and text[c.start] in grammar.opening
        and (k := first.find(text[c.start : c.end])) > 0
    ]
    return min(found, default=-1)


def _task(clean: CleanText, item: Item, task_id: str, grammar: Grammar) -> Task:
    text = clean.text
    clause = item.clause
    head_start = item.start + len(item.number.label)
    inside = clause is not None and not clause.inline and item.start <= clause.start < item.end
    cut = (
        (_field_start(text, clause.start, item.start), clause.end)
        if clause and inside
        else (item.end, item.end)
    )
    # a bracket that only dates the item, its units labelled after it: （完成时限：10月）
    dates = [(c.start, c.end) for c in item.earlier if dates_only(c)]
    # (a paragraph's name line cut out as its clause leaves the line break: 民政局 / 负责…)
    head = _without(text, _past_owner(text, item, head_start), item.head_end, cut, *dates)
    head = head.strip(BLANKS + "\n")
    head = _unlabelled(head, grammar).lstrip("?")  # 1.?明确…: a character the scrape lost
    rest = _without(text, min(item.head_end + 1, item.end), item.end, cut, *dates)
    rest = "\n".join(ln.strip(BLANKS) for ln in rest.split("\n") if ln.strip(BLANKS))
    bare = not head  # 01 alone on its line, the title on the lines below it
    if (_owned(text, item, head_start) or not head) and rest:
        # （十一）县农牧局主要工作任务： over a paragraph: the heading names the unit only,
        # the paragraph is the task; so does (1)市林业局。 alone on its line over its duties
        # (and 03 alone over 项目名称: / X: the label's value on the line after it)
        head, _, rest = rest.partition("\n")
        head = _unlabelled(head, grammar)
        if not head and rest:
            head, _, rest = rest.partition("\n")
        tail, _, after = rest.partition("\n")
        if bare and after and _unmarked(head) and _unmarked(tail) and len(tail) <= _TITLE_TAIL:
            head, rest = head + tail, after  # 01 / 中小学食堂及校外供餐单位 / 食品安全整治内容
    if head and rest and "。" not in head.rstrip("。"):
        tail, _, after = rest.partition("\n")
        # (…进行监测、检疫和监督 / 管理。: a long line's wrap, alone below it)
        wrapped = after or (len(head) >= _WRAPPED_LINE and len(tail) <= _WRAP_ALONE)
        if wrapped and _ends_title(head, tail):
            head, rest = head + tail, after  # （一）推进分布式 / 光伏发电项目建设。 / …
        title, body = head.rstrip("。：:，,；;"), rest  # (X，牵头单位：… cut out: its comma)
    else:
        first, _, after = head.partition("。")
        opens = _earlier_bracket(text, item, first, grammar)
        if opens > 0:  # …活动5场（责任单位：A），从…（责任单位：B）: the title ends at the first
            first, after = first[:opens], head[opens:].rstrip("，,；;")
        title = first.rstrip("：:，,；;")  # 1、X工程，牵头部门：…: the comma before a label
        # 镇农服中心：一是负责 / / 饮用水…工作。: a page break inside the sentence of a duty
        # run on with others (its lines are the part's, not a heading's and a body's); a
        # line closed by ； ends the title (区建设局：负责…工作； / 负责督促…。)
        lines = [ln.strip(BLANKS) for ln in title.split("\n")]
        closed = len(lines) > 1 and lines[0].endswith(("；", ";"))
        title = lines[0].rstrip("；;") if closed else "".join(lines)
        after = after.strip().lstrip("，,；;")  # 由X牵头，Y为牵头部门，负责…: the clause cut out
        body = "\n".join(p for p in (after, rest) if p)
        short = _named_title(text, head_start, cut) if inside else None
        if short is not None and first.startswith(short) and len(first) > len(short):
            # （一）选定事项（X牵头，Y配合）高频事项：…: the clause closes a short title
            title, body = short, "\n".join(p for p in (head[len(short) :].strip(), rest) if p)
    title, proposer = _quoted(unwrap(title), grammar)  # 有的搬 迁后: a PDF's wrap space
    title = _past_duties_label(title, grammar)  # （一）办公室 / 职责：负责…: the label no title's
    if proposer:
        body = "\n".join(p for p in (proposer, body) if p)
    scored = _score_at(title)
    if scored > 0:
        # 继续推进…建设工作（1分，按照创建标准…）: the score an assessment gives it goes to the body
        title, body = title[:scored], "\n".join(p for p in (title[scored:], body) if p)
    mentions: dict[Role, list[Mention]] = {role: [] for role in Role}
    deadline = None
    leaders: list[str] = []
    own = clause.parts if clause else ()
    named = {p.kind for p in own}
    if item.ruled and Role.RESPONSIBLE in named:
        named.add(Role.LEAD)  # under the first-listed note its first unit leads: no heading's
    # （一）X牵头的工作 over an item whose 协同单位 line names no lead: the heading's lead
    given = tuple(p for p in item.heading.parts if p.kind not in named) if item.heading else ()
    # each part with the clause it comes from: the item's earlier ones (0, 1, …), its own,
    # its heading's (-1)
    earlier = len(item.earlier)
    sourced = [(n, p) for n, c in enumerate(item.earlier) for p in c.parts]
    sourced += [(earlier, p) for p in own] + [(-1, p) for p in given]
    # a unit an earlier clause of the item named keeps its place and role there
    earlier_units: set[str] = set()
    pending: list[str] = []  # 配合部门 | 按市府办通知另行确定 |: no unit yet, the task's note
    named_in: dict[tuple[Role, str], int] = {}  # the clause that first named a unit in a role
    for source, part in sourced:
        if part.kind == DEADLINE:
            deadline = text[part.start : part.end] or None
            continue
        if part.kind == LEADERS:
            # （分管副省长负责，X牵头）…（分管副省长负责，Y牵头）: each person once
            leaders += [p for p in people(text, part.start, part.end, grammar) if p not in leaders]
            continue
        units = split_units(text, part.start, part.end, grammar)
        role = Role(part.kind.value if isinstance(part.kind, Role) else part.kind)
        for u in units:
            at = _person_after_heading(text, u.start, u.end, item, grammar)
            if at is not None:  # （学工部王锐负责） under 二、学工部: the unit, and a person of it
                leaders += [text[at : u.end]] if text[at : u.end] not in leaders else []
                u = replace(u, end=at)
            name = unit_name(text, u.start, u.end)
            if grammar.names_no_unit(name):
                pending += [name] if grammar.pending_unit(name) and name not in pending else []
                continue
            if 0 <= source < earlier:
                earlier_units.add(name)
            elif name in earlier_units:
                continue
            value = text[u.start : u.end]
            if _DEADLINE_LIKE.search(value) or value.endswith(grammar.deadline_endings):
                # （牵头单位：市工信局，2025年6月底前完成）: a deadline without its label
                deadline = deadline or value
                continue
            found = mentions[u.role or role]  # 市发展改革委（牵头） under 责任单位 leads
            if named_in.setdefault((u.role or role, name), source) != source:
                continue  # （X负责）…（X牵头，Y负责）: two sentences' brackets name X, X once
            location = clean.locate(u.start, u.end)
            found.append(Mention(name, u.role or role, len(found) + 1, location, u.etc))
    notes = [text[s:e] for c in (*item.earlier, clause) if c for s, e in c.notes] + pending
    note = "。".join(notes) or None
    return Task(
        task_id=task_id,
        no=item.number.value,
        label=item.number.label or str(item.number.value),  # (a paragraph's, as a row's)
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
        note_forward=note is not None and _rules_later(note, grammar),
        shared_clause=item.shared,
        number_lost=item.lost,
        first_listed_lead=item.noted_lead,
    )


def _person_after_heading(
    text: str, start: int, end: int, item: Item, grammar: Grammar
) -> int | None:
    """Return where a person's name starts in a unit's value that opens with the name of the
    unit the item's heading names and goes on with two or three characters ending no unit's
    name (学工部王锐 under 二、学工部), else None."""
    heading = item.heading
    if heading is None:
        return None
    for part in heading.parts:
        owner = text[part.start : part.end]
        if text.startswith(owner, start) and names_person(text[start + len(owner) : end], grammar):
            return start + len(owner)
    return None


#: A line this long that a short line closes alone below it was wrapped there: the short
#: line is the title's end, no body (…检疫和监督 / 管理。), when at most this long.
_WRAPPED_LINE = 30
_WRAP_ALONE = 6
#: The most characters of a heading's line a wrap carried to the next line.
_TITLE_TAIL = 12
#: The shortest and longest short title a clause closes with the sentence going on after
#: it: a verb alone (推进（X牵头）标准化建设) is no title.
_NAMED_TITLE = (4, 16)


def _field_start(text: str, start: int, since: int) -> int:
    """Return where a clause starting at ``start`` starts with the number of the card's field
    it opens (（一）承办单位：…), or of the duty it opens in a paragraph run together from
    ``since`` on (…。（二）公安部门：对…): the number goes with it, else ``start``."""
    line = max(text.rfind("\n", 0, start) + 1, since)
    before = text[line:start].strip(BLANKS)
    number = match_number(before) if before else None
    return line if number is not None and number.label == before else start


def _named_title(text: str, start: int, cut: tuple[int, int]) -> str | None:
    """Return the short title a clause's bracket closes inside the item's first sentence
    (（一）选定事项（省政府办公厅牵头，省级部门配合）高频政务服务事项：结合…): the words
    before the bracket, when they are a few and hold no mark; else None."""
    words = text[start : cut[0]].strip(BLANKS)
    if not _NAMED_TITLE[0] <= len(words) <= _NAMED_TITLE[1]:
        return None
    return None if any(m in words for m in "。，,；;：:、\n") else words


def _unmarked(line: str) -> bool:
    """Whether a line holds no punctuation mark at all: a piece of a wrapped title."""
    return not any(m in line for m in "。，,；;：:、（）()！？!?")


def _ends_title(head: str, line: str) -> bool:
    """Whether ``line`` is the end of a heading wrapped after ``head``: a short line closing
    the title with its 。 and holding no other mark, after a head that closes nothing."""
    return (
        not head.endswith(("。", "：", ":", "；", ";", "，", ","))
        and len(line) <= _TITLE_TAIL
        and line.endswith("。")
        and not any(m in line[:-1] for m in "。，,；;：:、（）()")
    )


def _opening_owner(text: str, item: Item, head_start: int) -> Clause | None:
    """Return the clause of an item's owner when it opens the item's line, past blanks after
    the number (第十三条 财政部门职责), else None."""
    owner = item.heading
    if owner is None or owner.start < head_start or text[head_start : owner.start].strip(BLANKS):
        return None
    return owner


def _past_owner(text: str, item: Item, head_start: int) -> int:
    """Return where an item's title starts past its owner's short title and the blanks
    after it on its line (第十三条 共青团的主要职责 充分发挥…), else ``head_start``."""
    owner = _opening_owner(text, item, head_start)
    if owner is None:
        return head_start
    after = past_indent(text, owner.end, item.head_end)
    return after if owner.end < after < item.head_end else head_start


def _owned(text: str, item: Item, head_start: int) -> bool:
    """Whether the item's whole heading line is the clause of its owner, with no title:
    （十一）县农牧局主要工作任务：."""
    owner = _opening_owner(text, item, head_start)
    return owner is not None and not text[owner.end : item.head_end].strip(BLANKS + "。：:")


def _unlabelled(head: str, grammar: Grammar) -> str:
    """Drop a title label opening an item's first line: 项目名称：提升县域生态环境; a label
    alone (项目名称：, its value on the next line) leaves nothing."""
    for label in grammar.title_labels:
        if head.startswith(label):
            after = head[len(label) :].lstrip(BLANKS)
            if after[:1] in ("：", ":"):
                return after[1:].strip(BLANKS)
    return head


def _past_duties_label(title: str, grammar: Grammar) -> str:
    """Return a title past the duties' word and colon it opens with under its unit's heading
    (职责：负责全局…, 主要职责：…: ``[outline] owner_tails``), when a duty follows them."""
    for word in grammar.owner_tails:
        if title.startswith(word) and title[len(word) : len(word) + 1] in ("：", ":"):
            rest = title[len(word) + 1 :].lstrip(BLANKS)
            return rest or title
    return title


def _quoted(title: str, grammar: Grammar) -> tuple[str, str]:
    """Return the title a proposal's heading quotes, and who proposed it (else ``title``, ""):
    王臻代表提出的“关于推动社区养老的建议” gives 关于推动社区养老的建议 and 王臻代表提出."""
    for word in grammar.quoted_titles:
        at = title.find(word + "“")
        inner = title[at + len(word) + 1 : -1]
        if at > 0 and title.endswith("”") and inner and "“" not in inner:
            return inner, title[: at + len(word)].removesuffix("的")
    return title, ""


def _without(text: str, start: int, end: int, *cuts: tuple[int, int]) -> str:
    """Return ``text[start:end]`` with the spans ``cuts`` taken out."""
    kept: list[str] = []
    at = start
    for cut in sorted(cuts):
        a, b = max(cut[0], at), min(cut[1], end)
        if a < b:
            kept.append(text[at:a])
            at = b
    kept.append(text[at:end])
    return "".join(kept)


def _outside_rows(
    text: str, items: list[Item], row_spans: list[tuple[int, int]]
) -> tuple[list[Item], list[int]]:
    """Return the items outside every table row, and how far each reaches: to its end, or,
    when the item after it is a row numbered in its title cell (1、校园环境 | …, an item
    too), on over the rows to the next item outside them."""
    row_starts = [s for s, _ in row_spans]
    in_row = [inside(row_spans, row_starts, i.start) for i in items]
    outside: list[Item] = []
    reach: list[int] = []
    later = len(text)  # where the next item outside the rows starts, read backwards
    for k in range(len(items) - 1, -1, -1):
        if in_row[k]:
            continue
        item = items[k]
        outside.append(item)
        reach.append(later if k + 1 < len(items) and in_row[k + 1] else item.end)
        later = item.start
    return outside[::-1], reach[::-1]


def _section_at(
    text: str, items: list[Item], starts: list[int], reach: list[int], at: int
) -> str | None:
    """Return the section of position ``at``: the last of ``items`` (``starts`` theirs)
    before it that reaches it."""
    k = bisect.bisect_right(starts, at) - 1
    if k < 0 or not items[k].start <= at <= reach[k]:
        return None
    head = _head(text, items[k])
    above = _section(text, items[k])
    return f"{above} / {head}" if above else head


def _score_at(title: str) -> int:
    """Return where the bracket closing ``title`` opens when it gives an assessment's score
    (（1分，按照创建标准要求…）, a bracket inside it too: [1分，…（通知）…]), else -1. One pass
    back from the end: a long title costs no more than its length."""
    if not title or title[-1] not in _CLOSERS:
        return -1
    depth = 0
    for at in range(len(title) - 1, -1, -1):
        if title[at] in _CLOSERS:
            depth += 1
        elif title[at] in _OPENERS:
            depth -= 1
            if depth == 0:
                return at if _SCORE.match(title, at) else -1
    return -1


def _not_own(section: str | None, row: Task) -> str | None:
    """Return ``section`` without its last heading when that heading is the row's own (a
    card titled by the short heading over it: 一、城乡供水保障项目): a row is not its own
    section."""
    if section is None:
        return None
    above, _, last = section.rpartition(" / ")
    return (above or None) if last == f"{row.label}{row.title}" else section


def _joined(outside: str | None, own: str | None) -> str | None:
    """Return a row's section: the headings outside its table, then the group it shares, once
    (a group cell the outline also read as a heading: （一）落实责任人。 | over its rows)."""
    if outside and own and outside.rpartition(" / ")[2] == own:
        return outside
    return " / ".join(h for h in (outside, own) if h) or None


def _head(text: str, item: Item) -> str:
    """Return an item's heading up to its first full stop, without a table cell's bar
    (一、压实责任 |)."""
    head = text[item.start : item.head_end].strip(BLANKS).removesuffix("|")
    return head.rstrip(BLANKS).split("。")[0]


def _section(text: str, item: Item) -> str | None:
    chain = []
    parent = item.parent
    while parent is not None:
        chain.append(_head(text, parent))
        parent = parent.parent
    return " / ".join(reversed(chain)) or None


def _title(text: str) -> str | None:
    m = _TITLE.search(text)
    if m:
        name = m.group(1)
    else:
        first = next((ln.strip(BLANKS) for ln in text.split("\n") if ln.strip(BLANKS)), "")
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
        body = text[m.end() : end].strip(BLANKS)
        year = int(m.group(1))
        if body and year not in found:
            found[year] = Target(year, body, clean.locate(m.start(), end))
    return tuple(found.values())
