"""Check what the parser read from a plan's structure: forward notes, misspelled labels,
leaders, shared clauses, items that lost their numbers and the note that makes the first
unit listed the lead.

Nothing here changes the data: a note that says it applies to later tasks is quoted and
never applied; a person is reported where the clause names one; a clause read once for a
group of items is reported on every item it was applied to; a note saying the first unit
of each list leads is quoted once, at its line, with the tasks it gave a lead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.grammar import Grammar, default_grammar
from pipeline.model import Document, PlanNote, Role, Task
from pipeline.numbering import match_number
from pipeline.read.chinese import HAN
from pipeline.validate.findings import Finding, at_row
from pipeline.validate.textchecks import correction_line, corrections_file

_QUOTE = 60
_LISTED = 10  # task numbers a first-listed-lead finding names before "…"
#: A word and a colon opening a segment of a note: a label, if the grammar knows it.
_LABEL_LIKE = re.compile(f"(?:^|[。；;，,])[ \u3000]*([{HAN}]{{2,8}})[：:]|【([{HAN}]{{2,8}})】")
#: A word and a colon opening a bracket in a task's body: a clause's label, if known.
_BRACKET_LABEL = re.compile(f"[（(〔【][ \u3000]*([{HAN}]{{2,8}})[：:]")


def structure_findings(doc: Document) -> Iterator[Finding]:
    """Report the plan's lead note, then forward notes, misspelled labels, leaders and shared
    clauses."""
    grammar = default_grammar()
    if doc.lead_note is not None:
        yield _lead_note(doc, doc.lead_note, grammar)
    labels = _Labels(grammar, tuple(w for w, kind in grammar.labels if isinstance(kind, Role)))
    for task in doc.tasks:
        yield from _task(doc, task, labels)
    if doc.tasks:  # the last task, where a page saved part way stops
        last = doc.tasks[-1]
        cuts = (
            _cut_name(doc, last, grammar),
            _cut_label(doc, last, grammar),
            _cut_number(doc, last),
            _cut_list(doc, last, grammar),
            _cut_role(doc, last, grammar),
        )
        yield from (cut for cut in cuts if cut is not None)


@dataclass(frozen=True, slots=True)
class _Labels:
    """The grammar, and its roles' labels, a misspelled label is checked against."""

    grammar: Grammar
    roles: tuple[str, ...]


def _lead_note(doc: Document, note: PlanNote, grammar: Grammar) -> Finding:
    """Quote the note and name the tasks whose first unit listed it made the lead."""
    led = [t.task_id for t in doc.tasks if t.first_listed_lead]
    named = ", ".join(led[:_LISTED]) + (", …" if len(led) > _LISTED else "")
    before_comma = any(w in note.text for w in grammar.comma_lead)
    who = (
        "the units before the clause's comma lead"
        if before_comma
        else "the first unit listed leads"
    )
    applied = (
        f"{who} {len(led)} task(s) ({named})"
        if led
        else "every clause names its lead: applied to no task"
    )
    message = f"the plan says “{_clip(note.text)}” (line {note.location.line}): {applied}"
    where = note.location
    row = {"line": where.line, "column": where.column, "task_no": None, "span_end": where.end}
    return at_row(doc, "clause.first_listed_lead", message, row)


def _task(doc: Document, task: Task, labels: _Labels) -> Iterator[Finding]:
    where = task.clause or task.location
    row = {"line": where.line, "column": where.column, "task_no": task.no, "task_id": task.task_id}
    if task.note is not None and task.note_forward:
        message = f"the clause says “{_clip(task.note)}”: recorded as the task's note, not applied"
        yield at_row(doc, "clause.note.forward", message, {**row, **_at_note(doc, task)})
    for word, label in _misspelled_labels(task.note or "", labels):
        message = (
            f"the clause's “{word}：” is no label: its units are not read "
            f"(“{_clip(task.note or '')}” is kept as the task's note); did you mean {label}?"
        )
        yield at_row(doc, "clause.label.unknown", message, {**row, **_at_note(doc, task)})
    for word, label in _misspelled_labels(task.body, labels, _BRACKET_LABEL):
        message = (
            f"“{word}：” opens a bracket of the task's text but is no label: its units are "
            f"not read; did you mean {label}?"
        )
        yield at_row(doc, "clause.label.unknown", message, {**row, **_at_word(doc, task, word)})
    for mention in (*task.lead, *task.responsible, *task.cooperating):
        for word, label in _misspelled_labels(mention.text, labels):
            message = (
                f"“{_clip(mention.text)}” holds “{word}”, no label: read as one unit under "
                f"the label before it; did you mean {label}?"
            )
            at = mention.location
            yield at_row(
                doc, "clause.label.unknown", message, {**row, "line": at.line, "column": at.column}
            )
    for leader in task.leaders:
        message = f"“{leader}” is a person: recorded as a leader of task {task.task_id}, not a unit"
        yield at_row(doc, "clause.leader", message, row)
    if task.number_lost:
        message = (
            f"the item on line {task.location.line} is printed without its number, after "
            f"task {task.no - 1}: read as task {task.no}"
        )
        yield at_row(doc, "task.number.lost", message, {**row, **_at_task(task)})
    if task.shared_clause:
        message = (
            f"the heading on line {where.line} names the lead of its items; applied to this one"
            if where.start < task.location.start  # 一、X牵头工作（3项） above the items
            else f"the clause on line {where.line} follows a group of items; applied to this one"
        )
        yield at_row(doc, "clause.shared", message, {**row, **_at_task(task)})


def _cut_name(doc: Document, task: Task, grammar: Grammar) -> Finding | None:
    """Report the letters of a unit's name that the text's end cuts in the last task's
    clause (〔牵头单位：县统计局、县农业农): the parser leaves them out, so a unit the plan
    names may be lost."""
    span = _open_clause(doc, task)
    if span is None:
        return None
    text, to_raw = doc.clean.text, doc.clean.to_raw
    start, end = span
    named = [bisect.bisect_left(to_raw, m.location.end) for m in task.mentions]
    rest = text[max(named, default=start) : end]
    rest = rest[max(rest.rfind("："), rest.rfind(":")) + 1 :]  # (主办单位：县交通建设投资有)
    letters = rest.lstrip(grammar.opening + "".join(grammar.separators))
    # (注：排在首位 is the note, 卢铁城 a leader, 时间节点：长期坚持 the deadline)
    kept = (task.note or "", task.deadline or "", *task.leaders)
    if not letters or _CUT_LETTERS.fullmatch(letters) is None or any(letters in k for k in kept):
        return None
    if grammar.suffix_ending(text, start, end) or grammar.cut_suffix(text, start, end):
        return None  # …市卫生健康委负责, …按职责分工分: a role word (the page cut), no name
    message = f"the text ends inside a unit's name in the clause, “{letters}”: left out"
    return _cut_at(doc, task, end - len(letters), end, message)


def _open_clause(doc: Document, task: Task) -> tuple[int, int] | None:
    """Return where the task's clause starts in the clean text and where the text ends
    (past its blanks), when the clause runs to that end; None when it closes before."""
    if task.clause is None:
        return None
    to_raw = doc.clean.to_raw
    end = len(doc.clean.text.rstrip())
    if bisect.bisect_left(to_raw, task.clause.end) < end:
        return None  # the clause closes before the text's end
    return bisect.bisect_left(to_raw, task.clause.start), end


def _cut_label(doc: Document, task: Task, grammar: Grammar) -> Finding | None:
    """Report a bracket the text's end cuts inside a clause's label, the last task's
    clause lost with it (…落地落实。(责任科, where 责任科室：… was printed)."""
    text = doc.clean.text
    end = len(text.rstrip())
    opened = max(text.rfind(mark, 0, end) for mark in grammar.opening)
    words = text[opened + 1 : end].strip()
    closed = any(mark in text[opened:end] for mark in grammar.closing)
    if opened < 0 or closed or not grammar.starts_label(words):
        return None
    message = f"the text ends inside a clause's label, “{text[opened:end]}”: its units are lost"
    return _cut_at(doc, task, opened, end, message)


def _cut_number(doc: Document, task: Task) -> Finding | None:
    """Report a last task the text's end cuts right after its number (…负责落实。 / 4.): the
    page was saved part way, and the task's words are lost."""
    text = doc.clean.text
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    number = match_number(line)
    if task.title or task.mentions or number is None or number.label != line:
        return None
    message = f"the text ends right after task {task.no}'s number, “{line}”: its words are lost"
    # (no correction: a find of a bare number could match elsewhere in the plan)
    return _cut_at(doc, task, end - len(line), end, message, _SAVE_AGAIN)


def _cut_list(doc: Document, task: Task, grammar: Grammar) -> Finding | None:
    """Report a last task whose units the text's end cuts right after a separator (a task
    table's last row, ``… | 新桥镇、石湖街道、 西塘镇、``): the units printed after it, and
    the row's cells after them, are lost."""
    text = doc.clean.text
    end = len(text.rstrip())
    if not task.mentions or end == 0 or text[end - 1] not in grammar.separators:
        return None
    mention = max(task.mentions, key=lambda m: m.location.end)
    last = bisect.bisect_left(doc.clean.to_raw, mention.location.end)
    if text[last : end - 1].strip():
        return None  # words after the last unit: no unit list the end cuts
    message = (
        f"the text ends right after “{mention.text}{text[end - 1]}”: the units printed "
        "after it are lost"
    )
    return _cut_at(doc, task, end - 1, end, message, _SAVE_AGAIN)


def _cut_role(doc: Document, task: Task, grammar: Grammar) -> Finding | None:
    """Report a last task whose clause the text's end cuts inside the role word after its
    units (…县住建局负, …市城管局按): the units are kept with the role the word most likely
    gives, but the word is a guess and what the plan printed after it is lost."""
    span = _open_clause(doc, task)
    if span is None or not task.mentions:
        return None
    text, to_raw = doc.clean.text, doc.clean.to_raw
    start, end = span
    by_role = zip(Role, (task.lead, task.responsible, task.cooperating), strict=True)
    role, mention = max(
        ((r, m) for r, mentions in by_role for m in mentions), key=lambda rm: rm[1].location.end
    )
    last = bisect.bisect_left(to_raw, mention.location.end)
    rest = text[last:end]
    rest = rest.removeprefix(next((w for w in grammar.etc if rest.startswith(w)), ""))
    if not rest or grammar.suffix_ending(text, start, end):
        return None  # …县卫生健康委负责: a whole role word (its bracket lost, or never printed)
    cut = grammar.cut_suffix(text, start, end)
    if cut is None or cut[1] != len(rest):
        return None  # (letters of a name: ``_cut_name``'s)
    message = (
        f"the text ends inside a role word, “{rest}”, after “{mention.text}”: its units are "
        f"read as {role.label}单位, and what the plan printed after it is lost"
    )
    return _cut_at(doc, task, end - len(rest), end, message, _SAVE_AGAIN)


def _cut_at(
    doc: Document, task: Task, start: int, end: int, message: str, hint: str | None = None
) -> Finding:
    """Return a ``text.cut`` finding at the clean text's ``start:end``; its fix is ``hint``,
    else a correction restoring the words cut (the find takes the words before them on their
    line, so it matches there only: 、市 alone would match the whole plan's)."""
    at = doc.clean.locate(start, end)
    row = {"line": at.line, "column": at.column, "task_no": task.no, "task_id": task.task_id}
    if hint is None:
        raw = doc.clean.raw
        line_start = raw.rfind("\n", 0, at.start) + 1
        find = raw[max(line_start, at.start - _CUT_CONTEXT) : at.end].replace('"', '\\"')
        fix = correction_line(find)
        hint = f"save the whole plan again, or add to {corrections_file(doc)}: {fix}"
    return at_row(doc, "text.cut", message, {**row, "span_end": at.end}, hint=hint)


#: The fix of a cut no correction can mend (the words lost are nowhere in the text).
_SAVE_AGAIN = "save the whole plan again: the page was saved part way"
#: The characters before a cut name a correction's find takes with it.
_CUT_CONTEXT = 8
#: The letters of a name the page cut: Chinese only, a few of them (no sentence).
_CUT_LETTERS = re.compile(f"[{HAN}]{{1,12}}")


def _misspelled_labels(
    text: str, labels: _Labels, pattern: re.Pattern[str] = _LABEL_LIKE
) -> Iterator[tuple[str, str]]:
    """Yield each word ``pattern`` finds before a colon (opening a segment of a task's note,
    by default) that is a role's label with one character wrong (责任单住：…, 牵头单为：…),
    and the label."""
    for found in pattern.finditer(text):
        word = next(g for g in found.groups() if g)  # 责任单住： or 【责任单住】
        if labels.grammar.label_kind(word) is not None:
            continue
        near = [w for w in labels.roles if len(w) == len(word) and _differ_by_one(w, word)]
        if near:
            yield word, near[0]


def _differ_by_one(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _at_note(doc: Document, task: Task) -> dict[str, int]:
    """Place a finding at the note inside the clause, else (a note the clause does not
    print as the note reads) leave it at the clause."""
    where = task.clause or task.location
    return _in_clean(doc, (task.note or "")[:8], where.start, where.end) or {}


def _at_word(doc: Document, task: Task, word: str) -> dict[str, int]:
    """Place a finding at a word of the task's text (the first place the clean text prints
    it from the task's start on), else at the task."""
    return _in_clean(doc, word, task.location.start) or _at_task(task)


def _in_clean(
    doc: Document, words: str, start: int, end: int | None = None
) -> dict[str, int] | None:
    """Return the raw line and column of the first place the clean text prints ``words``
    between the raw offsets ``start`` and ``end`` (to the text's end without one), or None.
    Clean text is searched: findings quote it, and a traditional plan's raw file with its
    glosses does not print it so."""
    to_raw = doc.clean.to_raw
    stop = len(doc.clean.text) if end is None else bisect.bisect_left(to_raw, end)
    at = doc.clean.text.find(words, bisect.bisect_left(to_raw, start), stop)
    if at < 0:
        return None
    found = doc.clean.locate(at, at + len(words))
    return {"line": found.line, "column": found.column}


def _at_task(task: Task) -> dict[str, int]:
    return {"line": task.location.line, "column": task.location.column}


def _clip(text: str) -> str:
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
