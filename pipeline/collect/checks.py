"""Check returned workbooks against what was issued; every problem becomes a located Finding.

A return is first identified (ours, for a unit, plan version and round this export knows),
then its rows are matched to the issued ones by key (order does not matter), its locked
cells compared through the row checksum, and its fill-in values and header block checked
against the Pandera models of ``schemas.collect``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandera.errors
import pandera.polars as pa
import polars as pl
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from pipeline.collect.read import Cell, Returned, Row, issued_columns
from pipeline.statuses import Status
from pipeline.validate.findings import Finding
from pipeline.validate.rules import rule
from pipeline.workbook_format import (
    CHECKSUM_COLUMN,
    FILL_IN_COLUMNS,
    KEY_COLUMN,
    TASK_SHEET,
    locked_columns,
    row_checksum,
)
from schemas.collect import (
    CELL_LIMIT,
    DONE_NEEDS_PROGRESS,
    NEEDS_PROBLEM,
    FillInSchema,
    HeaderSchema,
)

#: Fill-in column title -> field of the progress table.
FIELDS = dict(zip(FILL_IN_COLUMNS, ("progress", "status", "problems", "next_steps"), strict=True))
PHONE_FIELD, REPORTED_FIELD, AS_OF_FIELD = "联系电话", "填报日期", "统计截至日期"
_DATE = re.compile(r"^(\d{4})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)(\d{1,2})日?$")
_EXCERPT = 60
#: The numbers of a date text, year first.
DATE_PARTS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Answer:
    """One task row of a return as answered (texts trimmed, None when empty or invalid)."""

    unit_id: str
    key: str
    row: int
    status: str | None
    progress: str | None
    problems: str | None
    next_steps: str | None


class Slimmed(Exception):
    """A slim return (``read_return(slim=True)``) has a row that needs its full texts."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a return's row is, for findings: file, unit, plan, task, the sheet row and the
    column letter of each fill-in field (one dict shared by the return's rows)."""

    file: str
    unit: str
    doc_id: str | None
    task_no: int | None
    row: int
    letters: dict[str, str]

    def address(self, field: str) -> str:
        """Return the address of the row's cell for ``field`` (such as ``J9``)."""
        return f"{self.letters[field]}{self.row}"


#: A matched row: its answer, where it is, and its fill-in cells holding a formula (if any).
Matched = tuple[Answer, Place, dict[str, Cell] | None]


def finding(
    rule_id: str,
    message: str,
    file: str,
    *,
    address: str | None = None,
    unit: str | None = None,
    doc_id: str | None = None,
    task_no: int | None = None,
    excerpt: str = "",
    hint: str | None = None,
) -> Finding:
    """Return a finding of ``rule_id`` in a returned workbook, at ``address`` on 任务清单."""
    line = column = None
    if address is not None:
        letters, line = coordinate_from_string(address)
        column = column_index_from_string(letters)
    cell = f"{TASK_SHEET}!{address}" if address is not None else None
    return Finding.of(
        rule(rule_id),
        message,
        path=file,
        doc_id=doc_id,
        line=line,
        column=column,
        task_no=task_no,
        excerpt=_cut(excerpt),
        hint=hint,
        cell=cell,
        unit=unit,
    )


def identify(
    ret: Returned, units: Mapping[str, str], sources: Mapping[str, str], round_: str
) -> list[Finding]:
    """Check that ``ret`` is for a unit, plan version and round of this export."""
    unit = ret.meta.get("short_name") or ret.unit_id
    found: list[Finding] = []
    if ret.unit_id not in units:
        found.append(
            finding(
                "return.unit.unknown",
                f"unit {ret.unit_id or '(none)'} ({unit}) owes no task in this export",
                ret.name,
                unit=unit,
            )
        )
    try:
        theirs: dict[str, str] = json.loads(ret.meta.get("sources") or "{}")
    except json.JSONDecodeError:
        theirs = {}
    if not isinstance(theirs, dict):
        theirs = {}
    for doc_id, sha in sorted(theirs.items()):
        if doc_id not in sources:
            message = f"issued for plan {doc_id}, which this export does not hold"
            found.append(finding("return.plan.unknown", message, ret.name, unit=unit))
        elif sources[doc_id] != sha:
            message = (
                f"issued for plan {doc_id} version {sha[:12]}; "
                f"this export is version {sources[doc_id][:12]}"
            )
            found.append(
                finding("return.plan.outdated", message, ret.name, unit=unit, doc_id=doc_id)
            )
    if not theirs:
        found.append(finding("return.plan.unknown", "names no plan", ret.name, unit=unit))
    theirs_round = ret.meta.get("round", "")
    if theirs_round != round_:
        message = (
            f"issued for round {theirs_round or '(none)'}, collecting round {round_ or '(none)'}"
        )
        found.append(finding("return.round.mismatch", message, ret.name, unit=unit))
    return found


def check_rows(
    ret: Returned,
    owed: Sequence[Mapping[str, Any]],
    short_name: str,
    locked: Callable[[], Mapping[str, str]],
) -> tuple[list[Finding], list[Matched]]:
    """Match rows to the issued ones by key; report deleted, added, duplicated and edited rows.

    ``owed`` are the unit's rows of issued.parquet, ``locked`` gives their locked texts
    (key -> JSON), read only when needed. Returns the findings and, per matched row, its
    answer (values not yet checked), where it is and its fill-in formulas.
    """
    found: list[Finding] = []
    by_key = {str(r["key"]): r for r in owed}
    columns = issued_columns(ret.meta)
    if columns:
        titles = list(locked_columns(columns))
    else:
        titles = list(json.loads(locked()[str(owed[0]["key"])]).keys()) if owed else []
    header = f"{ret.header_row}"
    missing = [t for t in (*titles, *FILL_IN_COLUMNS) if t not in ret.columns]
    for title in missing:
        message = f"the column {title} is missing from the table"
        found.append(
            finding(
                "return.columns.missing", message, ret.name, address=f"A{header}", unit=short_name
            )
        )
    if KEY_COLUMN in missing:
        return found, []
    seen: dict[str, int] = {}
    answers: list[Matched] = []
    letters = {FIELDS[t]: _letter(ret, t) for t in FILL_IN_COLUMNS}
    for row in ret.rows:
        key_cell = row.cell(KEY_COLUMN) or Cell(f"A{row.row}", None)
        key = (key_cell.text or "").strip()
        issued = by_key.get(key)
        if issued is None:
            what = f"key {key}" if key else "no key"
            found.append(
                finding(
                    "return.row.added",
                    f"row {row.row} has {what}: it was not issued to {short_name}",
                    ret.name,
                    address=key_cell.address,
                    unit=short_name,
                    excerpt=_row_excerpt(row),
                )
            )
            continue
        doc_id, task_no = str(issued["doc_id"]), int(issued["task_no"])
        if key in seen:
            found.append(
                finding(
                    "return.row.duplicated",
                    f"task {key} appears again (first on row {seen[key]})",
                    ret.name,
                    address=key_cell.address,
                    unit=short_name,
                    doc_id=doc_id,
                    task_no=task_no,
                )
            )
            continue
        seen[key] = row.row
        found += _locked(ret, row, issued, short_name, columns, locked)
        cells = {FIELDS[t]: row.cell(t) for t in FILL_IN_COLUMNS}
        place = Place(ret.name, short_name, doc_id, task_no, row.row, letters)
        answer = Answer(
            ret.unit_id,
            key,
            row.row,
            *(_value(cells[f]) for f in ("status", "progress", "problems", "next_steps")),
        )
        formulas = {f: c for f, c in cells.items() if c is not None and c.formula}
        answers.append((answer, place, formulas or None))
    for key, issued in by_key.items():
        if key not in seen:
            found.append(
                finding(
                    "return.row.deleted",
                    f"the row of task {issued['task_no']} (issued on row {issued['row']}) "
                    "is missing",
                    ret.name,
                    address=f"A{issued['row']}",
                    unit=short_name,
                    doc_id=str(issued["doc_id"]),
                    task_no=int(issued["task_no"]),
                    excerpt=key,
                )
            )
    return found, answers


def _locked(
    ret: Returned,
    row: Row,
    issued: Mapping[str, Any],
    unit: str,
    columns: list[str],
    locked: Callable[[], Mapping[str, str]],
) -> list[Finding]:
    """Compare the row's locked cells with the issued ones; quote each changed cell.

    ``columns`` are the table's titles as issued (``issued_columns``), read once per return.
    """
    # The issued texts are read and parsed only for a row whose checksum differs (a
    # corpus has close to a million rows, nearly all untouched).
    if row.digest is not None:  # a slim row: its long texts were left out
        if row.digest == issued["checksum"]:
            return []
        raise Slimmed(ret.name)
    key = str(issued["key"])
    old: dict[str, str] = {} if columns else json.loads(locked()[key])
    titles = locked_columns(columns or list(old))
    new = {t: row.issued_text(t) for t in titles}
    if row_checksum([new[t] for t in titles]) == issued["checksum"]:
        return []
    old = old or json.loads(locked()[key])
    found = []
    for title in titles:
        before, after = old.get(title) or "", new[title] or ""
        if before != after:
            cell = row.cell(title)
            found.append(
                finding(
                    "return.locked.changed",
                    f"{title} was changed",
                    ret.name,
                    address=cell.address if cell else f"A{row.row}",
                    unit=unit,
                    doc_id=str(issued["doc_id"]),
                    task_no=int(issued["task_no"]),
                    excerpt=_change(before, after),
                )
            )
    return found


def _letter(ret: Returned, title: str) -> str:
    """Return the column letter of ``title`` in the return's table (A when it is missing)."""
    for row in ret.rows[:1]:
        place = row.layout.places.get(title)
        return place[1] if place else "A"
    return "A"


def check_values(
    places: Sequence[Matched], statuses: Sequence[Status]
) -> tuple[list[Finding], set[tuple[str, int]]]:
    """Check fill-in values with FillInSchema; return findings and (file, row) of bad statuses."""
    by_name = {s.name: s for s in statuses}
    found: list[Finding] = []
    for _, place, formulas in places:
        for field, cell in (formulas or {}).items():
            if cell.formula:
                shown = f"{cell.formula} (shows {cell.text or 'nothing'})"
                found.append(
                    _at("return.formula", "a formula in a fill-in cell", place, field, shown)
                )
    frame = pl.DataFrame(
        [
            {
                "file": p.file,
                "row": a.row,
                "key": a.key,
                "status": a.status,
                "progress": a.progress,
                "problems": a.problems,
                "next_steps": a.next_steps,
                "needs_progress": a.status in by_name and by_name[a.status].needs_progress,
                "needs_problem": a.status in by_name and by_name[a.status].needs_problem,
            }
            for a, p, _ in places
        ],
        schema=_FILL_IN_DTYPES,
    )
    schema = FillInSchema.to_schema().update_column("status", checks=[pa.Check.isin(list(by_name))])
    invalid: set[tuple[str, int]] = set()
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        for case in err.failure_cases.iter_rows(named=True):
            if case["index"] is None:
                continue
            answer, place, _ = places[case["index"]]
            found.append(_from_case(case, answer, place, statuses))
            if case["column"] == "status":
                invalid.add((place.file, answer.row))
    found += _empty_statuses(places)
    return found, invalid


def _empty_statuses(places: Sequence[Matched]) -> list[Finding]:
    """One warning per row without a 完成状态; one for a whole return left without any."""
    rows: dict[str, int] = {}
    empty: dict[str, list[Place]] = {}
    for answer, place, formulas in places:
        rows[place.file] = rows.get(place.file, 0) + 1
        if answer.status is None and not (formulas and "status" in formulas):
            empty.setdefault(place.file, []).append(place)
    found: list[Finding] = []
    for file, blank in empty.items():
        if len(blank) > 1 and len(blank) == rows[file]:
            first, last = blank[0], blank[-1]
            span = f"{first.address('status')}–{last.address('status')}"
            message = f"完成状态 is empty in all {len(blank)} rows ({span})"
            address = first.address("status")
            found.append(
                finding("return.status.empty", message, file, address=address, unit=first.unit)
            )
            continue
        found += [_at("return.status.empty", "完成状态 is empty", p, "status", "") for p in blank]
    return found


def _from_case(
    case: dict[str, Any], answer: Answer, place: Place, statuses: Sequence[Status]
) -> Finding:
    check = str(case["check"])
    if case["column"] == "status":
        names = "、".join(s.name for s in statuses)
        return _at(
            "return.status.invalid",
            f"完成状态 {answer.status} is not in the list",
            place,
            "status",
            str(answer.status),
            hint=f"pick one of {names} from the dropdown",
        )
    if check == DONE_NEEDS_PROGRESS:
        return _at(
            "return.status.needs_progress",
            f"{answer.status} without 工作进展",
            place,
            "progress",
            str(answer.status),
        )
    if check == NEEDS_PROBLEM:
        return _at(
            "return.status.needs_problem",
            f"{answer.status} without 存在问题",
            place,
            "problems",
            str(answer.status),
        )
    field = str(case["column"])
    text = str(getattr(answer, field, "") or "")
    message = f"{len(text)} characters, more than the {CELL_LIMIT} a cell holds"
    return _at("return.text.too_long", message, place, field, text)


def check_headers(returns: Sequence[tuple[Returned, str]]) -> list[Finding]:
    """Check each return's header-block phone and dates with HeaderSchema (one frame)."""
    rows = []
    for ret, _ in returns:
        dates = {f: ret.fields.get(f) for f in (REPORTED_FIELD, AS_OF_FIELD)}
        rows.append(
            {
                "file": ret.name,
                "phone": _phone(ret.fields.get(PHONE_FIELD)),
                "reported_on": _value(dates[REPORTED_FIELD]),
                "reported_on_ok": is_date(dates[REPORTED_FIELD]),
                "as_of": _value(dates[AS_OF_FIELD]),
                "as_of_ok": is_date(dates[AS_OF_FIELD]),
            }
        )
    try:
        HeaderSchema.validate(pl.DataFrame(rows, schema=_HEADER_DTYPES), lazy=True)
    except pandera.errors.SchemaErrors as err:
        found = []
        labels = {"phone": PHONE_FIELD, "reported_on_ok": REPORTED_FIELD, "as_of_ok": AS_OF_FIELD}
        for case in err.failure_cases.iter_rows(named=True):
            if case["index"] is None or case["column"] not in labels:
                continue
            ret, unit = returns[case["index"]]
            label = labels[str(case["column"])]
            cell = ret.fields[label]
            rule_id = "return.phone.invalid" if label == PHONE_FIELD else "return.date.invalid"
            found.append(
                finding(
                    rule_id,
                    f"{label} {cell.text or cell.formula} is not valid",
                    ret.name,
                    address=cell.address,
                    unit=unit,
                    excerpt=cell.text or cell.formula or "",
                )
            )
        return found
    return []


def is_date(cell: Cell | None) -> bool:
    """Tell whether a header cell is empty, a date cell, or text that is a real date."""
    if cell is None or (cell.text is None and not cell.formula):
        return True
    if cell.is_date:
        return True
    match = _DATE.match((cell.text or "").strip())
    if not match:
        return False
    from datetime import date

    try:
        date(*(int(g) for g in match.groups()))
    except ValueError:
        return False
    return True


def _phone(cell: Cell | None) -> str | None:
    text = _value(cell) if cell is not None else None
    return None if text is None else re.sub(r"[\s（）()]", "", text)


def _value(cell: Cell | None) -> str | None:
    """Return a fill-in cell's trimmed text; a formula or blank counts as empty."""
    if cell is None or cell.formula or cell.text is None:
        return None
    text = cell.text.strip()
    return text or None


def _at(
    rule_id: str, message: str, place: Place, field: str, excerpt: str, hint: str | None = None
) -> Finding:
    return finding(
        rule_id,
        message,
        place.file,
        address=place.address(field),
        unit=place.unit,
        doc_id=place.doc_id,
        task_no=place.task_no,
        excerpt=excerpt,
        hint=hint,
    )


def _row_excerpt(row: Row) -> str:
    texts = [c.text for t, c in row.cells.items() if c.text and t != CHECKSUM_COLUMN]
    return " | ".join(texts)


def _change(before: str, after: str, limit: int = 28) -> str:
    """Quote a changed text as ``old → new``, each cut to ``limit``; when the change lies
    past the cut, both start a little before it (after an …)."""
    same = 0
    for a, b in zip(before, after, strict=False):
        if a != b:
            break
        same += 1
    start = same - 8 if same > limit - 10 else 0
    shown = [("…" if start else "") + text[start:] for text in (before, after)]
    return f"{_cut(shown[0], limit)} → {_cut(shown[1], limit)}"


def _cut(text: str, limit: int = _EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_FILL_IN_DTYPES = {
    "file": pl.String,
    "row": pl.Int32,
    "key": pl.String,
    "status": pl.String,
    "progress": pl.String,
    "problems": pl.String,
    "next_steps": pl.String,
    "needs_progress": pl.Boolean,
    "needs_problem": pl.Boolean,
}
_HEADER_DTYPES = {
    "file": pl.String,
    "phone": pl.String,
    "reported_on": pl.String,
    "reported_on_ok": pl.Boolean,
    "as_of": pl.String,
    "as_of_ok": pl.Boolean,
}
