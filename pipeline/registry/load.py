"""Read the registry's two CSV files and refuse them, every problem located, when invalid."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pandera.errors
import pandera.polars as pa
import polars as pl

from pipeline.errors import RegistryError
from schemas.registry import CollectivesSchema, UnitsSchema
from schemas.unit_vocabulary import SEPARATOR

Row = dict[str, str | None]
_SHOWN = 20
_HINT = "see docs/registry.md"
_SINGULAR = {"aliases": "alias", "variants": "variant"}
_MESSAGES = {
    "category_zh_matches_category": "category_zh is not the Chinese name of category",
    "valid_from_before_valid_to": "valid_to is before valid_from",
    "successor_needs_valid_to": "a unit with a successor needs valid_to",
}


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one registry CSV file, text cells (empty as None), with their line numbers."""

    path: str
    rows: tuple[Row, ...]
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    """Both registry files, checked, and the SHA-256 of their bytes (units, then collectives)."""

    units: Table
    collectives: Table
    sha256: str


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a registry file, at a line."""

    path: str
    line: int
    text: str


def read_registry(
    units: Traversable, collectives: Traversable, key: Callable[[str], str]
) -> Tables:
    """Read and check both files; raise one RegistryError listing every problem."""
    unit_bytes, coll_bytes = _bytes(units), _bytes(collectives)
    unit_table, unit_problems = _table(unit_bytes, str(units), UnitsSchema)
    coll_table, coll_problems = _table(coll_bytes, str(collectives), CollectivesSchema)
    _raise(unit_problems + coll_problems, str(units))
    _raise(_cross_problems(unit_table, coll_table, key), str(units))
    return Tables(unit_table, coll_table, hashlib.sha256(unit_bytes + coll_bytes).hexdigest())


def split(cell: str | None) -> list[str]:
    """Split a `|`-separated cell into its stripped entries (None: no entries)."""
    return [] if cell is None else [part.strip() for part in cell.split(SEPARATOR)]


def _bytes(file: Traversable) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise RegistryError(
            f"cannot read the registry file: {exc.strerror}", path=str(file)
        ) from exc


def _table(data: bytes, path: str, model: type[pa.DataFrameModel]) -> tuple[Table, list[Problem]]:
    columns = list(model.to_schema().columns)
    table, problems = _rows(data, path, columns)
    if table.rows or not problems:
        frame = pl.DataFrame(
            {c: [row[c] for row in table.rows] for c in columns},
            schema=dict.fromkeys(columns, pl.String),
        )
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            cases = exc.failure_cases.to_dicts()
            problems += [_problem(path, table.lines, model, case) for case in cases]
    return table, sorted(problems, key=lambda p: p.line)


def _rows(data: bytes, path: str, columns: list[str]) -> tuple[Table, list[Problem]]:
    """Read the CSV text: a header naming exactly ``columns``, then rows of as many cells."""
    empty = Table(path, (), ())
    try:
        reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        header = [cell.strip() for cell in next(reader, [])]
        rows: list[Row] = []
        lines: list[int] = []
        problems: list[Problem] = []
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns or header.count(c) > 1]
        if missing or extra:
            text = f"expected the columns {', '.join(columns)}"
            text += f"; missing {', '.join(missing)}" if missing else ""
            text += f"; unexpected {', '.join(dict.fromkeys(extra))}" if extra else ""
            return empty, [Problem(path, 1, text)]
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                text = f"expected {len(header)} fields, found {len(cells)}"
                problems.append(Problem(path, reader.line_num, text))
                continue
            rows.append({h: cell.strip() or None for h, cell in zip(header, cells, strict=True)})
            lines.append(reader.line_num)
    except UnicodeDecodeError as exc:
        return empty, [Problem(path, data[: exc.start].count(b"\n") + 1, "not UTF-8 text")]
    except csv.Error as exc:
        return empty, [Problem(path, reader.line_num, f"not a readable CSV file ({exc})")]
    return Table(path, tuple(rows), tuple(lines)), problems


def _problem(
    path: str, lines: tuple[int, ...], model: type[pa.DataFrameModel], case: dict[str, Any]
) -> Problem:
    line = 1 if case["index"] is None else lines[case["index"]]
    check, column, value = case["check"], case["column"], case["failure_case"]
    stats: dict[str, Any] = {}
    if column in model.to_schema().columns:
        checks = model.to_schema().columns[column].checks
        stats = next((c.statistics for c in checks if check.startswith(str(c.name))), {})
    if check in _MESSAGES:
        text = _MESSAGES[check]
    elif check in ("not_nullable", "str_length"):
        text = f"{column} is empty"
    elif check == "field_uniqueness":
        text = f"{column} {value} appears on more than one row"
    elif "allowed_values" in stats:
        text = f"{column} {value} is not one of {', '.join(stats['allowed_values'])}"
    elif "pattern" in stats:
        text = f"{column} {value} does not match {stats['pattern']}"
    elif check == "is_date":
        text = f"{column} {value} is not a date (YYYY-MM-DD)"
    else:
        text = f"{column} {value} fails {check}"
    return Problem(path, line, text)


def _cross_problems(units: Table, colls: Table, key: Callable[[str], str]) -> list[Problem]:
    problems = _form_problems(units, colls, key)
    successors = {str(row["unit_id"]): row["successor"] for row in units.rows}
    for row, line in zip(units.rows, units.lines, strict=True):
        unit_id, successor = str(row["unit_id"]), row["successor"]
        if successor is not None and successor not in successors:
            problems.append(Problem(units.path, line, f"successor {successor} is not a unit_id"))
        elif successor is not None and _in_cycle(unit_id, successors):
            msg = f"successor {successor} leads back to {unit_id} (a successor cycle)"
            problems.append(Problem(units.path, line, msg))
    for row, line in zip(colls.rows, colls.lines, strict=True):
        members = split(row["members"])
        for member in dict.fromkeys(members):
            if member not in successors:
                msg = (
                    f"member {member} of {row['collective_id']} is not a unit_id in the units file"
                )
                problems.append(Problem(colls.path, line, msg))
            elif members.count(member) > 1:
                problems.append(Problem(colls.path, line, f"member {member} is listed twice"))
    return problems


def _in_cycle(unit_id: str, successors: dict[str, str | None]) -> bool:
    seen: set[str] = set()
    current: str | None = unit_id
    while current is not None and current not in seen:
        seen.add(current)
        current = successors.get(current)
    return current == unit_id


def _form_problems(units: Table, colls: Table, key: Callable[[str], str]) -> list[Problem]:
    """Refuse a printed form that two entries share, or that two read alike once normalised."""
    owners: dict[str, tuple[str, str, str]] = {}  # form -> owner id, column, "file:line"
    normal: dict[str, tuple[str, str, str]] = {}  # normalised form -> owner id, form, table
    problems: list[Problem] = []
    sources = [
        (units, "unit_id", ("name", "short_name", "aliases")),
        (colls, "collective_id", ("phrase", "variants")),
    ]
    for table, id_column, columns in sources:
        for row, line in zip(table.rows, table.lines, strict=True):
            owner = str(row[id_column])
            for column in columns:
                what = _SINGULAR.get(column, column)
                for form in split(row[column]):
                    text = None
                    if not form:
                        text = f"{column} has an empty entry (a stray {SEPARATOR}?)"
                    elif form in owners:
                        other, other_what, where = owners[form]
                        text = f"{what} {form} is already the {other_what} of {other} ({where})"
                    else:
                        owners[form] = (owner, what, f"{Path(table.path).name}:{line}")
                        first = normal.setdefault(key(form), (owner, form, id_column))
                        if (first[0], first[2]) != (owner, id_column):
                            text = (
                                f"{what} {form} reads as {first[1]} of {first[0]} once normalised"
                            )
                    if text:
                        problems.append(Problem(table.path, line, text))
    return problems


def _raise(problems: list[Problem], path: str) -> None:
    if len(problems) == 1:
        raise RegistryError(
            problems[0].text, path=problems[0].path, line=problems[0].line, hint=_HINT
        )
    if problems:
        shown = "\n".join(f"  {Path(p.path).name}:{p.line}: {p.text}" for p in problems[:_SHOWN])
        more = f"\n  … and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
        message = f"{len(problems)} problems in the registry ({_HINT}):\n{shown}{more}"
        raise RegistryError(message, path=path)
