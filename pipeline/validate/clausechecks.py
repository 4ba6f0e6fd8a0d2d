"""Check the unit clauses: a lead for every task, known units, no unit listed twice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import polars as pl

from pipeline.model import Correction, Document, Role, Task
from pipeline.registry.lookup import ALIAS, DIRECT, Registry, normalise
from pipeline.registry.resolve import SUGGESTION_SEPARATOR
from pipeline.validate.findings import Finding, at_row, bounded, offset
from pipeline.validate.rules import rule

_SINGLE_UNIT = (DIRECT, ALIAS)


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


def unit_ids(assignments: pl.DataFrame) -> dict[str, str]:
    """Map each printed mention that names one unit (directly or by alias) to its unit id."""
    named = assignments.filter(pl.col("via").is_in(_SINGLE_UNIT))
    pairs = named.select("mention", "unit_id").unique("mention", keep="first", maintain_order=True)
    return dict(pairs.iter_rows())


def unit_key(
    doc: Document, registry: Registry | None, unit_of: dict[str, str]
) -> Callable[[str], str]:
    """Return what identifies the unit a mention names, for "listed twice" comparisons.

    With the registry: the unit id (a name and its alias are one unit) or the collective id.
    Without: the unit id ``resolved`` shows for that printed form, else the form normalised.
    Collective phrases are compared as phrases: a unit named and also covered by
    各开发区管委会 is the usual way plans assign work, not a repetition.
    """

    def key(text: str) -> str:
        if registry is not None:
            found = registry.resolve(text, doc.published)
            if found.collective is not None:
                return f"collective:{found.collective.collective_id}"
            if len(found.units) == 1:
                return found.units[0].unit_id
        return unit_of.get(text) or normalise(text)

    return key


def clause_findings(doc: Document, key: Callable[[str], str]) -> Iterator[Finding]:
    """Check each task's clause: present, not empty, with a lead, no unit named twice."""
    for task in doc.tasks:
        yield from _clause(doc, task, key)


def _clause(doc: Document, task: Task, key: Callable[[str], str]) -> Iterator[Finding]:
    where = task.clause or task.location
    row = {"line": where.line, "column": where.column, "task_no": task.no}
    if task.clause is None:
        message = "the task has no unit clause (牵头单位：…)"
        yield at_row(doc, "task.lead.missing", message, row)
    elif not task.mentions:
        yield at_row(doc, "clause.empty", "the unit clause names no unit", row)
    elif not task.lead:
        yield at_row(doc, "task.lead.missing", "the unit clause names no lead unit (牵头单位)", row)
    first_role: dict[str, Role] = {}
    for m in task.mentions:
        unit = key(m.text)
        if unit not in first_role:
            first_role[unit] = m.role
            continue
        if {first_role[unit], m.role} == {Role.LEAD, Role.RESPONSIBLE}:
            rule_id = "clause.lead_also_responsible"
            message = f"“{m.text}” leads the task and is also listed as responsible"
        else:
            rule_id, message = "clause.duplicate", f"“{m.text}” is listed twice in the clause"
        loc = m.location
        at = {"line": loc.line, "column": loc.column, "task_no": task.no, "span_end": loc.end}
        yield at_row(doc, rule_id, message, at)
