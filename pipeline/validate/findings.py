"""Validation results as data: located findings and the report that collects them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from pipeline.model import Correction, Document, Task, line_starts, locate_raw
from pipeline.validate.rules import Rule, Severity, rule

_CONTEXT = 12
_LIMIT = 60
#: Quoted text longer than this is shortened to its ends and its length in words.
MAX_QUOTED = 40
#: A message or hint longer than this is cut: one finding stays a few lines however long
#: the input line is.
MAX_TEXT = 400
_QUOTED = re.compile(r"“([^“”]*)”")


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed rule at one place in a raw file (or a corrections file).

    ``path`` is the file as given on the command line; ``line`` and ``column`` are
    1-based in that file (None when a failure has no place, as a missing column).
    """

    rule: str
    severity: Severity
    message: str
    hint: str
    path: str
    doc_id: str | None
    line: int | None
    column: int | None
    task_no: int | None
    excerpt: str
    #: A place in a workbook, ``sheet!cell`` such as 任务清单!I7 (returned workbooks).
    cell: str | None = None
    #: The unit a finding concerns (returned workbooks).
    unit: str | None = None
    #: The task's id, which tells 1.1 from 2.1 in a nested plan where ``task_no`` is 1 twice.
    task_id: str | None = None

    @classmethod
    def of(
        cls,
        rule: Rule,
        message: str,
        *,
        path: str,
        doc_id: str | None = None,
        line: int | None = None,
        column: int | None = None,
        task_no: int | None = None,
        excerpt: str = "",
        hint: str | None = None,
        cell: str | None = None,
        unit: str | None = None,
        task_id: str | None = None,
    ) -> Finding:
        """Return a finding of ``rule``, with the rule's severity and (unless given) its hint."""
        return cls(
            rule.id,
            rule.severity,
            bounded(message),
            bounded(rule.hint if hint is None else hint),
            path,
            doc_id,
            line,
            column,
            task_no,
            bounded(excerpt),
            cell,
            unit,
            task_id,
        )

    @property
    def task(self) -> str | None:
        """Return the task as a report names it: its id (2.1), else its number."""
        if self.task_id is not None:
            return self.task_id
        return None if self.task_no is None else str(self.task_no)

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Return the report order: file, line, column, rule, message."""
        return (self.path, self.line or 0, self.column or 0, self.rule, self.message)


@dataclass(frozen=True, slots=True)
class Report:
    """Every finding of one validation run, sorted, and the corrections that were applied."""

    findings: tuple[Finding, ...]
    documents: tuple[str, ...] = ()
    applied: tuple[Correction, ...] = ()
    strict: bool = False

    @classmethod
    def of(
        cls,
        findings: Iterable[Finding],
        *,
        documents: Iterable[str] = (),
        applied: Iterable[Correction] = (),
        strict: bool = False,
    ) -> Report:
        """Collect ``findings`` in report order; ``strict`` makes every warning an error."""
        report = cls(
            tuple(sorted(set(findings), key=lambda f: f.sort_key)),
            tuple(documents),
            tuple(applied),
        )
        return report.as_strict() if strict else report

    def adding(self, findings: Iterable[Finding]) -> Report:
        """Return the report with ``findings`` (such as unreadable files) merged in."""
        merged = Report.of(
            [*self.findings, *findings], documents=self.documents, applied=self.applied
        )
        return merged.as_strict() if self.strict else merged

    def as_strict(self) -> Report:
        """Return the report with every warning raised to an error (``--strict``)."""
        raised = tuple(replace(f, severity=Severity.ERROR) for f in self.findings)
        return replace(self, findings=raised, strict=True)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Return the findings that fail validation."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Return the findings that fail validation only with --strict."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def valid(self) -> bool:
        """Return whether no finding is an error."""
        return not self.errors

    def counts(self) -> dict[str, int]:
        """Return the number of findings per rule id, sorted by rule id."""
        return dict(sorted(Counter(f.rule for f in self.findings).items()))


def shorten(text: str) -> str:
    """Return ``text`` whole when short, else its two ends and its length in words.

    "??????…??????" would hide how long the run is: the length is said, and a run of one
    character is named as such.
    """
    if len(text) <= MAX_QUOTED:
        return text
    if text == text[0] * len(text):
        return f"{text[:6]}…{text[-6:]}, a run of {len(text):,} × {text[0]!r}"
    return f"{text[:16]}…{text[-16:]}, {len(text):,} characters"


def bounded(text: str) -> str:
    """Return ``text`` with every long “quoted” part shortened and at most MAX_TEXT long."""
    if len(text) <= MAX_QUOTED:
        return text
    # Text shorten() made (at most some 60 characters) is left as it is.
    text = _QUOTED.sub(
        lambda m: f"“{shorten(m.group(1)) if len(m.group(1)) > 2 * MAX_QUOTED else m.group(1)}”",
        text,
    )
    if len(text) > MAX_TEXT:
        text = f"{text[: MAX_TEXT - 40]}… ({len(text):,} characters in all)"
    return text


def excerpt(raw: str, start: int, end: int) -> str:
    """Return the raw text around ``[start, end)`` on its line, cut ends marked with …."""
    starts = line_starts(raw)  # (searching a long line for its ends, finding by finding,
    k = locate_raw(raw, start, start).line - 1  # was quadratic in the line's length)
    line_start = starts[k]
    line_end = starts[k + 1] - 1 if k + 1 < len(starts) else len(raw)
    a = max(line_start, start - _CONTEXT)
    b = min(line_end, max(end, start) + _CONTEXT, a + _LIMIT)
    text = raw[a:b].rstrip("\r")
    return ("…" if a > line_start else "") + text + ("…" if b < line_end else "")


def offset(raw: str, line: int, column: int | None) -> int:
    """Return the raw offset of a 1-based line and column (column None: the line's start)."""
    starts = line_starts(raw)  # (finding the line newline by newline made many findings quadratic)
    if line - 1 >= len(starts):
        return len(raw)
    return min(starts[max(line, 1) - 1] + (column or 1) - 1, len(raw))


def at_row(
    doc: Document, rule_id: str, message: str, row: dict[str, Any], hint: str | None = None
) -> Finding:
    """Return a finding located at a table row of ``doc``: its line and column.

    A row without a column (a target) is placed at its year on the line; a row without a
    task number gets the task whose text holds the place, if any.
    """
    raw = doc.clean.raw
    line = row.get("line") or 1
    column = row.get("column")
    if column is None and row.get("year") is not None:
        line_start = offset(raw, line, 1)
        found = raw.find(str(row["year"]), line_start)
        column = found - line_start + 1 if found >= 0 else 1
    start = offset(raw, line, column)
    end = row.get("span_end") or start + len(row.get("mention") or " ")
    if "task_no" in row:
        task_no, task_id = row["task_no"], row.get("task_id")
    else:
        task = task_at(doc, start)
        task_no, task_id = (task.no, task.task_id) if task else (None, None)
    return Finding.of(
        rule(rule_id),
        message,
        path=doc.source,
        doc_id=doc.doc_id,
        line=line,
        column=column or 1,
        task_no=task_no,
        task_id=task_id,
        excerpt=excerpt(raw, start, end),
        hint=hint,
    )


def task_at(doc: Document, raw_offset: int) -> Task | None:
    """Return the task whose raw span holds ``raw_offset``, if any."""
    for task in doc.tasks:
        if task.location.start <= raw_offset < task.location.end:
            return task
    return None
