"""Check the unit clauses: a lead for every task, known units, no unit listed twice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import polars as pl

from pipeline.model import Correction, Document, Mention, Role, Task
from pipeline.registry.lookup import normalise
from pipeline.registry.resolve import SUGGESTION_SEPARATOR
from pipeline.validate.findings import Finding, at_row, bounded, offset
from pipeline.validate.rules import rule

#: What identifies the unit a task's mention names.
Key = Callable[[Task, Mention], str]


def unknown_units(unknown: pl.DataFrame, docs: dict[str, Document]) -> Iterator[Finding]:
    """Turn each mention the registry does not know into a finding with its suggestions."""
    for row in unknown.iter_rows(named=True):
        suggestions = row["suggestions"]
        hint = rule("unit.unknown").hint
        if suggestions:
            hint = (
                f"did you mean {' or '.join(suggestions.split(SUGGESTION_SEPARATOR))}? else {hint}"
            )
        message = f"unknown unit “{row['mention']}” ({Role(row['role']).label}单位)"
        doc = docs[row["doc_id"]]
        finding = at_row(doc, "unit.unknown", message, row, hint=hint)
        by = _correction_at(doc, offset(doc.clean.raw, row["line"], row["column"]), row["mention"])
        if by is not None:  # the raw text is right; the correction wrote the unknown name
            finding = replace(
                finding,
                message=f"{message}, written by a correction (raw line {row['line']})",
                path=by.file,
                line=by.file_line,
                column=1,
                excerpt=bounded(f"replace = “{by.replace}”"),
                hint=bounded(f"fix replace in this correction; {hint}"),
            )
        yield finding


def _correction_at(doc: Document, start: int, mention: str) -> Correction | None:
    """Return the applied correction whose raw text the mention at ``start`` overlaps."""
    end = start + max(len(mention), 1)
    raw = doc.clean.raw
    for correction in doc.corrections:
        if not correction.count:
            continue
        at = raw.find(correction.find)
        while at >= 0:
            if at < end and start < at + len(correction.find):
                return correction
            at = raw.find(correction.find, at + 1)
    return None


def unit_keys(mentions: pl.DataFrame) -> dict[tuple[str, str, str, int], str]:
    """Map each mention (doc_id, task_id, role, position) to what identifies its unit.

    ``mentions`` is the resolved mentions table: a mention that names one unit (directly
    or by alias) is keyed by that unit's id, a collective phrase by its collective id.
    Collective phrases are compared as phrases: a unit named and also covered by
    各开发区管委会 is the usual way plans assign work, not a repetition.
    """
    named = mentions.filter(pl.col("via").is_not_null()).select(
        "doc_id",
        "task_id",
        "role",
        "position",
        key=pl.when(pl.col("collective_id").is_not_null())
        .then(pl.lit("collective:") + pl.col("collective_id"))
        .when(pl.col("unit_ids").list.len() == 1)
        .then(pl.col("unit_ids").list.first()),
    )
    return {(d, t, r, p): key for d, t, r, p, key in named.iter_rows() if key is not None}


def unit_key(doc: Document, keys: dict[tuple[str, str, str, int], str]) -> Key:
    """Return what identifies the unit a mention of ``doc``'s task names, for "listed twice".

    A mention ``keys`` does not know (unknown, or not resolved) is its printed form normalised.
    """

    def key(task: Task, m: Mention) -> str:
        found = keys.get((doc.doc_id, task.task_id, m.role.value, m.position))
        return found or normalise(m.text)

    return key


def clause_findings(doc: Document, key: Key) -> Iterator[Finding]:
    """Check each task's clause: present, not empty, with a lead, no unit named twice."""
    for task in doc.tasks:
        yield from _clause(doc, task, key)


def _clause(doc: Document, task: Task, key: Key) -> Iterator[Finding]:
    where = task.clause or task.location
    row = {"line": where.line, "column": where.column, "task_no": task.no, "task_id": task.task_id}
    if task.clause is None:
        message = "the task has no unit clause (牵头单位：…)"
        yield at_row(doc, "task.lead.missing", message, row)
    elif not task.mentions:
        yield at_row(doc, "clause.empty", "the unit clause names no unit", row)
    elif not task.lead:
        yield at_row(doc, "task.lead.missing", "the unit clause names no lead unit (牵头单位)", row)
    first_role: dict[str, Role] = {}
    for m in task.mentions:
        unit = key(task, m)
        if unit not in first_role:
            first_role[unit] = m.role
            continue
        if {first_role[unit], m.role} == {Role.LEAD, Role.RESPONSIBLE}:
            rule_id = "clause.lead_also_responsible"
            message = f"“{m.text}” leads the task and is also listed as responsible"
        else:
            rule_id, message = "clause.duplicate", f"“{m.text}” is listed twice in the clause"
        loc = m.location
        at = {**row, "line": loc.line, "column": loc.column, "span_end": loc.end}
        yield at_row(doc, rule_id, message, at)
