"""Draft a registry for a new city: every unit a plan mentions, with its role counts.

An office that starts on another city runs ``pipeline units draft PLAN...``, reviews the
CSV, and turns each row into a registry row (unit_id, full name, category) of its own
units CSV. Nothing is guessed: the draft only lists what the plans print.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.model import Document, Role

COLUMNS = ("short_name", "mentions", "lead", "responsible", "cooperating", "etc", "file", "line")


@dataclass(slots=True)
class DraftRow:
    """One printed unit name: how often each role names it, and where it first appears."""

    short_name: str
    file: str
    line: int
    lead: int = 0
    responsible: int = 0
    cooperating: int = 0
    etc: int = 0

    @property
    def mentions(self) -> int:
        """Return the number of mentions in every role."""
        return self.lead + self.responsible + self.cooperating


def draft_rows(documents: Sequence[Document]) -> list[DraftRow]:
    """Return one row per printed unit name, in order of first appearance."""
    rows: dict[str, DraftRow] = {}
    for doc in documents:
        for task in doc.tasks:
            for m in task.mentions:
                row = rows.setdefault(m.text, DraftRow(m.text, doc.source, m.location.line))
                if m.role is Role.LEAD:
                    row.lead += 1
                elif m.role is Role.RESPONSIBLE:
                    row.responsible += 1
                else:
                    row.cooperating += 1
                row.etc += int(m.etc)
    return list(rows.values())


def draft_csv(documents: Sequence[Document]) -> str:
    """Return the draft registry as CSV text (UTF-8, a header row, ``\\n`` line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in draft_rows(documents):
        writer.writerow(
            (r.short_name, r.mentions, r.lead, r.responsible, r.cooperating, r.etc, r.file, r.line)
        )
    return out.getvalue()
