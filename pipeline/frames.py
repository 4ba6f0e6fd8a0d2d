"""Turn parsed documents into polars frames, one per table, in schema column order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from pipeline.model import Document

DOCUMENTS = {
    "doc_id": pl.String,
    "source": pl.String,
    "sha256": pl.String,
    "title": pl.String,
    "issuer": pl.String,
    "published": pl.Date,
    "signed": pl.Date,
    "document_number": pl.String,
    "n_tasks": pl.Int32,
}
TARGETS = {"doc_id": pl.String, "year": pl.Int32, "text": pl.String, "line": pl.Int32}
TASKS = {
    "doc_id": pl.String,
    "task_id": pl.String,
    "task_no": pl.Int32,
    "label": pl.String,
    "section": pl.String,
    "title": pl.String,
    "body": pl.String,
    "deadline": pl.String,
    "line": pl.Int32,
    "column": pl.Int32,
    "span_start": pl.Int32,
    "span_end": pl.Int32,
}
MENTIONS = {
    "doc_id": pl.String,
    "task_id": pl.String,
    "task_no": pl.Int32,
    "role": pl.String,
    "position": pl.Int32,
    "mention": pl.String,
    "line": pl.Int32,
    "column": pl.Int32,
    "span_start": pl.Int32,
    "span_end": pl.Int32,
    "etc": pl.Boolean,
}
LEADERS = {
    "doc_id": pl.String,
    "task_id": pl.String,
    "position": pl.Int32,
    "leader": pl.String,
    "line": pl.Int32,
}
NOTES = {
    "doc_id": pl.String,
    "task_id": pl.String,
    "note": pl.String,
    "forward": pl.Boolean,
    "line": pl.Int32,
}
CLEANING = {"doc_id": pl.String, "step": pl.String, "count": pl.Int32}
CORRECTIONS = {
    "doc_id": pl.String,
    "file": pl.String,
    "file_line": pl.Int32,
    "count": pl.Int32,
    "line": pl.Int32,
    "find": pl.String,
    "replace": pl.String,
    "reason": pl.String,
}


@dataclass(frozen=True, slots=True)
class Frames:
    """The parsed tables of one or more documents (units are not resolved yet)."""

    documents: pl.DataFrame
    targets: pl.DataFrame
    tasks: pl.DataFrame
    mentions: pl.DataFrame
    cleaning: pl.DataFrame
    corrections: pl.DataFrame
    # People named in clauses (责任领导：…) and free sentences inside clauses; kept out of
    # the tasks table so the deliverables' columns stay as they are.
    leaders: pl.DataFrame = field(default_factory=lambda: _frame([], LEADERS))
    notes: pl.DataFrame = field(default_factory=lambda: _frame([], NOTES))


def to_frames(documents: Sequence[Document]) -> Frames:
    """Build the parsed tables of ``documents``, rows in document then source order."""
    docs, targets, tasks, mentions, cleaning, corrections = [], [], [], [], [], []
    leaders: list[tuple[object, ...]] = []
    notes: list[tuple[object, ...]] = []
    for d in documents:
        docs.append(
            (
                d.doc_id,
                d.source,
                d.sha256,
                d.title,
                d.issuer,
                d.published,
                d.signed,
                d.document_number,
                len(d.tasks),
            )
        )
        targets += [(d.doc_id, t.year, t.text, t.location.line) for t in d.targets]
        cleaning += [(d.doc_id, step, n) for step, n in d.cleaning]
        corrections += [
            (d.doc_id, c.file, c.file_line, c.count, c.line, c.find, c.replace, c.reason)
            for c in d.corrections
        ]
        for t in d.tasks:
            loc = t.location
            clause_line = (t.clause or loc).line
            leaders += [
                (d.doc_id, t.task_id, i, p, clause_line) for i, p in enumerate(t.leaders, 1)
            ]
            if t.note is not None:
                notes.append((d.doc_id, t.task_id, t.note, t.note_forward, clause_line))
            tasks.append(
                (
                    d.doc_id,
                    t.task_id,
                    t.no,
                    t.label,
                    t.section,
                    t.title,
                    t.body,
                    t.deadline,
                    loc.line,
                    loc.column,
                    loc.start,
                    loc.end,
                )
            )
            mentions += [
                (
                    d.doc_id,
                    t.task_id,
                    t.no,
                    m.role.value,
                    m.position,
                    m.text,
                    m.location.line,
                    m.location.column,
                    m.location.start,
                    m.location.end,
                    m.etc,
                )
                for m in t.mentions
            ]
    return Frames(
        documents=_frame(docs, DOCUMENTS),
        targets=_frame(targets, TARGETS),
        tasks=_frame(tasks, TASKS),
        mentions=_frame(mentions, MENTIONS),
        cleaning=_frame(cleaning, CLEANING),
        corrections=_frame(corrections, CORRECTIONS),
        leaders=_frame(leaders, LEADERS),
        notes=_frame(notes, NOTES),
    )


def _frame(
    rows: Sequence[tuple[object, ...]], schema: dict[str, type[pl.DataType]]
) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema, orient="row")
