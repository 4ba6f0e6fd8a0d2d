"""Turn parsed documents into polars frames, one per table, in their models' column order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from pipeline.columns import polars_schema
from pipeline.model import Document
from schemas.tables import (
    CleaningSchema,
    CorrectionsSchema,
    DocumentsSchema,
    LeadersSchema,
    MentionsSchema,
    NotesSchema,
    TargetsSchema,
    TasksSchema,
)

DOCUMENTS = polars_schema(DocumentsSchema)
TARGETS = polars_schema(TargetsSchema)
TASKS = polars_schema(TasksSchema)
MENTIONS = polars_schema(MentionsSchema)
CLEANING = polars_schema(CleaningSchema)
CORRECTIONS = polars_schema(CorrectionsSchema)
LEADERS = polars_schema(LeadersSchema)
NOTES = polars_schema(NotesSchema)


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
            (d.doc_id, c.file, c.file_line, c.find, c.replace, c.reason, c.count, c.line)
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


def _frame(rows: Sequence[tuple[object, ...]], schema: pl.Schema) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema, orient="row")
