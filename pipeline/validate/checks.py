"""Apply the schemas and the rules to parsed, resolved documents; return a Report of findings.

Tables are validated collected and lazily, so one run reports every failure; each Pandera
failure case is mapped back, through its row index, to the document, line and column it
came from. Rules that need the documents themselves live in ``clausechecks`` (clauses,
units), ``textchecks`` (lost text, glosses, traditional characters) and here (corrections).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pandera.errors
import pandera.polars as pa
import polars as pl

from pipeline.errors import PipelineError
from pipeline.frames import Frames
from pipeline.model import Document
from pipeline.read.ingest import DOCUMENT_SUFFIXES, shown
from pipeline.registry.resolve import Resolved
from pipeline.validate.cellchecks import cell_findings
from pipeline.validate.clausechecks import clause_findings, unit_key, unit_keys, unknown_units
from pipeline.validate.findings import Finding, Report, at_row
from pipeline.validate.namechecks import file_name_findings
from pipeline.validate.rules import rule
from pipeline.validate.structurechecks import structure_findings
from pipeline.validate.textchecks import text_findings
from schemas.tables import (
    NUMBERING_CHECK,
    AssignmentsSchema,
    DocumentsSchema,
    LeadersSchema,
    MentionsSchema,
    NotesSchema,
    TargetsSchema,
    TasksSchema,
)

__all__ = ["Finding", "Report", "orphan", "unreadable", "validate"]

#: (table, column, check name) -> rule id; any other failure is reported as "schema".
NAMED_CHECKS = {
    ("documents", "title", "not_nullable"): "document.title.missing",
    ("documents", "title", "str_length"): "document.title.missing",
    ("documents", "n_tasks", "greater_than_or_equal_to"): "document.tasks.missing",
    ("targets", "year", "in_range"): "target.year",
    ("tasks", "title", "not_nullable"): "task.title.empty",
    ("tasks", "title", "str_length"): "task.title.empty",
}
_MESSAGES = {
    "document.title.missing": "the document has no title",
    "document.tasks.missing": "the document has no numbered task with a unit clause",
    "target.year": "target year {year} is outside 2000–2100",
    "task.title.empty": "the task has no title",
}
TABLES: tuple[tuple[str, type[pa.DataFrameModel]], ...] = (
    ("documents", DocumentsSchema),
    ("targets", TargetsSchema),
    ("tasks", TasksSchema),
    ("mentions", MentionsSchema),
    ("leaders", LeadersSchema),
    ("notes", NotesSchema),
    ("assignments", AssignmentsSchema),
)


def validate(
    documents: Sequence[Document],
    frames: Frames,
    resolved: Resolved,
    *,
    strict: bool = False,
) -> Report:
    """Check every table and rule; ``strict`` turns warnings into errors.

    The clause rules read what each mention resolved to (``resolved.mentions``): two
    printed forms of one unit (a name and its alias) are the same unit.
    """
    docs = {d.doc_id: d for d in documents}
    tables = {
        "documents": frames.documents,
        "targets": frames.targets,
        "tasks": frames.tasks,
        "mentions": frames.mentions,
        "leaders": frames.leaders,
        "notes": frames.notes,
        "assignments": resolved.assignments,
    }
    findings: list[Finding] = []
    for name, model in TABLES:
        findings += _schema_findings(name, model, tables[name], docs)
    findings += unknown_units(resolved.unknown, docs)
    findings += file_name_findings(resolved.assignments, docs)
    keys = unit_keys(resolved.mentions)
    for doc in documents:
        findings += clause_findings(doc, unit_key(doc, keys))
        findings += text_findings(doc)
        findings += structure_findings(doc)
        findings += cell_findings(doc)
        findings += _stale_corrections(doc)
    applied = [c for d in documents for c in d.corrections if c.count > 0]
    return Report.of(
        findings, documents=[d.source for d in documents], applied=applied, strict=strict
    )


def unreadable(err: PipelineError) -> Finding:
    """Turn an error that stopped a file from being read into a finding about that file."""
    return Finding.of(
        rule("document.unreadable"),
        err.message,
        path=shown(err.path).as_posix() if err.path else "",
        line=err.line or 1,
        column=1,
        excerpt=err.excerpt or "",
        hint=err.hint or None,
    )


def orphan(path: Path) -> Finding:
    """Return the finding for a sidecar or corrections file whose plan is not there."""
    plan = path.name.removesuffix(".toml").removesuffix(".corrections")
    suffixes = ", ".join(f"{plan}{s}" for s in DOCUMENT_SUFFIXES)
    return Finding.of(
        rule("file.orphan"),
        f"{path.name} belongs to no plan: there is no {suffixes} beside it, so it is ignored",
        path=shown(path).as_posix(),
        line=1,
        column=1,
    )


# -- schemas ------------------------------------------------------------------------------


def _schema_findings(
    table: str, model: type[pa.DataFrameModel], frame: pl.DataFrame, docs: dict[str, Document]
) -> list[Finding]:
    try:
        model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        cases = err.failure_cases.to_dicts()
        numbers = _Numbers(frame) if table == "tasks" else None
        found = (_case_finding(table, frame, case, docs, numbers) for case in cases)
        return [f for f in found if f is not None]
    return []


def _case_finding(
    table: str,
    frame: pl.DataFrame,
    case: dict[str, Any],
    docs: dict[str, Document],
    numbers: _Numbers | None,
) -> Finding | None:
    index, column, check = case["index"], str(case["column"]), str(case["check"])
    row = frame.row(index, named=True) if index is not None and index < frame.height else {}
    doc = docs.get(row.get("doc_id") or "")
    if numbers is not None and check == NUMBERING_CHECK and doc is not None:
        return _numbering(numbers, index, doc)
    rule_id = NAMED_CHECKS.get((table, column, check.split("(")[0]), "schema")
    if rule_id == "schema":
        message = f"{table}.{column} fails {check}: {case['failure_case']}"
    else:
        message = _MESSAGES[rule_id].format_map(row)
    if doc is None:
        return Finding.of(rule(rule_id), message, path="")
    return at_row(doc, rule_id, message, row)


class _Numbers:
    """The task rows read once for the numbering findings: for each row, its plan's row
    before it, the last row before it in its section and the first row with its number
    there (per row, so a plan of thousands of misnumbered tasks stays linear)."""

    def __init__(self, tasks: pl.DataFrame) -> None:
        self.rows = tasks.to_dicts()
        self.before: list[int | None] = []
        self.same: list[int | None] = []
        self.twice: list[int | None] = []
        last: dict[str, int] = {}
        in_section: dict[tuple[str, object], int] = {}
        first: dict[tuple[str, object, object], int] = {}
        for k, row in enumerate(self.rows):
            doc, section = row["doc_id"], (row["doc_id"], row["section"])
            self.before.append(last.get(doc))
            self.same.append(in_section.get(section))
            self.twice.append(first.get((*section, row["task_no"])))
            last[doc], in_section[section] = k, k
            first.setdefault((*section, row["task_no"]), k)


def _numbering(numbers: _Numbers, index: int, doc: Document) -> Finding | None:
    """Tell a skipped or misplaced number (gap) from a number used twice (duplicate); none
    for a first task numbered after the plan's article of purpose (``numbered_from``)."""
    rows = numbers.rows
    row = rows[index]
    no = row["task_no"]
    twice, previous, same = numbers.twice[index], numbers.before[index], numbers.same[index]
    if twice is not None:
        message = f"number {no} is used twice (first on line {rows[twice]['line']})"
        return at_row(doc, "task.numbering.duplicate", message, row)
    if previous is None and no == doc.numbered_from:
        return None
    if previous is None:
        message = f"the first task is numbered {no}; expected 1"
    elif row["section"] != rows[previous]["section"] and same is not None:
        # 3、 after 1、 and its rows 1.1 1.2: the number goes on from its own section's last
        prev = rows[same]["task_no"]
        message = f"number {no} follows {prev} (line {rows[same]['line']}); expected {prev + 1}"
    elif row["section"] != rows[previous]["section"]:
        expected = rows[previous]["task_no"] + 1
        message = f"number {no} opens a new section; expected 1 or {expected}"
    else:
        prev = rows[previous]["task_no"]
        message = f"number {no} follows {prev}; expected {prev + 1}"
    return at_row(doc, "task.numbering.gap", message, row)


def _stale_corrections(doc: Document) -> Iterator[Finding]:
    for c in doc.corrections:
        if c.count == 0:
            yield Finding.of(
                rule("correction.stale"),
                f"correction “{c.find}” matches nothing in {doc.source}",
                path=c.file,
                doc_id=doc.doc_id,
                line=c.file_line,
                column=1,
                excerpt=f"find = “{c.find}”",
            )
