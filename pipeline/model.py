"""Frozen records of a parsed action plan; every record points back into the raw file."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum


class Role(Enum):
    """What a unit owes a task; the order is the strength (lead is strongest)."""

    LEAD = "lead"
    RESPONSIBLE = "responsible"
    COOPERATING = "cooperating"

    @property
    def rank(self) -> int:
        """Return 0 for the strongest role."""
        return _RANK[self]

    @property
    def label(self) -> str:
        """Return the Chinese word a ledger prints for the role."""
        return _LABEL[self]


_RANK = {Role.LEAD: 0, Role.RESPONSIBLE: 1, Role.COOPERATING: 2}
_LABEL = {Role.LEAD: "牵头", Role.RESPONSIBLE: "责任", Role.COOPERATING: "配合"}


@dataclass(frozen=True, slots=True)
class Location:
    """A place in the raw file: 1-based line and column, and raw character offsets."""

    line: int
    column: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit named in a task's clause, as printed (after cleaning)."""

    text: str
    role: Role
    position: int
    location: Location
    etc: bool = False  # printed with an "etc." ending (等, 等部门), stripped from ``text``


@dataclass(frozen=True, slots=True)
class Target:
    """An overall target for one year."""

    year: int
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class Task:
    """One numbered key task with its unit clause split by role."""

    task_id: str
    no: int
    label: str
    section: str | None
    title: str
    body: str
    lead: tuple[Mention, ...]
    responsible: tuple[Mention, ...]
    cooperating: tuple[Mention, ...]
    deadline: str | None
    location: Location
    clause: Location | None
    leaders: tuple[str, ...] = ()  # people (责任领导：…), never units
    note: str | None = None  # free sentences inside the clause, not units
    note_forward: bool = False  # the note says it applies to later tasks (以下…, 下同)
    shared_clause: bool = False  # the clause follows a group of items and applies to each
    #: the plan's note (排在第一位的为牵头单位) made the first unit listed the lead
    first_listed_lead: bool = False
    #: printed without its number between the numbers before and after it (4. / 制作… / 6.)
    number_lost: bool = False

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Return every unit mention of the task, lead first."""
        return self.lead + self.responsible + self.cooperating


@dataclass(frozen=True, slots=True)
class PlanNote:
    """A sentence of a plan that changes how its clauses read, as printed, and where."""

    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class Correction:
    """A reviewed fix from a corrections file, and where it matched the raw text.

    ``count`` is how many times ``find`` was replaced; 0 means the fix is stale.
    ``line`` is the raw line of the first match (None when stale); ``file_line`` is
    the line of the entry in the corrections file.
    """

    find: str
    replace: str
    reason: str
    count: int
    line: int | None
    file: str
    file_line: int


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed action plan."""

    doc_id: str
    source: str
    sha256: str
    title: str | None
    issuer: str | None
    published: date | None
    signed: date | None
    document_number: str | None
    targets: tuple[Target, ...]
    tasks: tuple[Task, ...]
    cleaning: tuple[tuple[str, int], ...]
    corrections: tuple[Correction, ...]
    clean: CleanText
    #: 报送期次 (YYYY-MM) and 报送时限 from the sidecar's [reporting] table, if any.
    reporting_round: str | None = None
    reporting_due: date | None = None
    #: The note saying the first unit of each list leads (责任单位排在第一位的为牵头单位).
    lead_note: PlanNote | None = None
    #: The number the plan's tasks start at: 2 after an article stating its purpose (第一条
    #: 为…，制定本规定。), numbered as the tasks are but no task.
    numbered_from: int = 1


@dataclass(frozen=True, slots=True)
class CleanText:
    """Cleaned text with a map from each clean character back to the raw file."""

    path: str
    raw: str
    text: str
    to_raw: tuple[int, ...]
    steps: tuple[tuple[str, int], ...]
    corrections: tuple[Correction, ...]

    def raw_offset(self, index: int) -> int:
        """Return the raw offset of clean offset ``index`` (``len(text)`` maps to the end)."""
        if index >= len(self.to_raw):
            return len(self.raw)
        return self.to_raw[index]

    def locate(self, start: int, end: int) -> Location:
        """Return the raw location of the clean span ``[start, end)``."""
        raw_start = self.raw_offset(start)
        raw_end = self.raw_offset(end - 1) + 1 if end > start else raw_start
        return locate_raw(self.raw, raw_start, raw_end)


def locate_raw(raw: str, start: int, end: int) -> Location:
    """Return the location of the raw span ``[start, end)``: line and column are 1-based."""
    starts = line_starts(raw)  # counting newlines per call made big plans quadratic
    line = bisect.bisect_right(starts, start)
    return Location(line=line, column=start - starts[line - 1] + 1, start=start, end=end)


def line_offsets(text: str) -> list[int]:
    """Return the offset where each line of ``text`` starts."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


@functools.lru_cache(maxsize=4)
def line_starts(raw: str) -> list[int]:
    """Return ``line_offsets`` of a raw text, cached (a str caches its hash): many
    locations are asked of one text."""
    return line_offsets(raw)
