"""Check a sidecar or corrections file against its declaration before any value is used.

Every failure is an IngestError naming the file, the line, the key and what is allowed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

from pipeline.errors import IngestError
from schemas.tomlfiles import YEARS, Key, Table

#: Each table's entries: a list of key -> value dicts (one entry for a plain table).
Checked = dict[str, list[dict[str, object]]]

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]\s]+)\s*\]")
_KEY = re.compile(r"""\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")
_TYPE_NAMES = {
    bool: "true/false",
    int: "a number",
    float: "a number",
    str: "text",
    list: "a list",
    dict: "a table",
    datetime: "a date and time",
    time: "a time",
    date: "a date",
}


def load(path: Path, tables: Sequence[Table]) -> Checked:
    """Read ``path`` as TOML and check it against ``tables``; return the entries by table."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        at = re.search(r"at line (\d+)", str(err))
        raise IngestError(
            f"malformed TOML: {err}",
            path=path,
            line=int(at.group(1)) if at else None,
            hint="fix the syntax (UTF-8 text, key = value lines under [table] headers)",
        ) from None
    lines = _Lines(text)
    declared = {t.name: t for t in tables}
    allowed = ", ".join(f"[[{t.name}]]" if t.array else f"[{t.name}]" for t in tables)
    checked: Checked = {}
    for name, value in data.items():
        table = declared.get(name)
        if table is None or not isinstance(value, list | dict):
            raise IngestError(
                f"unknown {'key' if not isinstance(value, list | dict) else 'table'} {name!r}",
                path=path,
                line=lines.of(name),
                hint=f"this file may hold only {allowed}",
            )
        entries = value if isinstance(value, list) else [value]
        if table.array != isinstance(value, list) or not all(isinstance(e, dict) for e in entries):
            shape = f"[[{name}]] tables, one per entry" if table.array else f"one [{name}] table"
            raise IngestError(
                f"{name} has the wrong shape", path=path, line=lines.of(name), hint=f"use {shape}"
            )
        checked[name] = [_entry(path, lines, table, i, e) for i, e in enumerate(entries)]
    return checked


def entry_line(path: Path, table: str, index: int) -> int | None:
    """Return the line of the ``index``-th ``[[table]]`` header of ``path``."""
    return _Lines(path.read_text(encoding="utf-8")).of(table, index)


def _entry(
    path: Path, lines: _Lines, table: Table, index: int, entry: dict[str, object]
) -> dict[str, object]:
    keys = {k.name: k for k in table.keys}
    for name, value in entry.items():
        key = keys.get(name)
        line = lines.of(table.name, index, name)
        if key is None:
            raise IngestError(
                f"unknown key {name!r} in [{table.name}]",
                path=path,
                line=line,
                hint=f"use only {', '.join(keys)}",
            )
        problem = _problem(key, value)
        if problem:
            raise IngestError(
                f"[{table.name}] {name} {problem}",
                path=path,
                line=line,
                hint=f"write it like {name} = {key.example}",
            )
    for key in table.keys:
        if key.required and key.name not in entry:
            raise IngestError(
                f"[{table.name}] entry {index + 1} has no {key.name}",
                path=path,
                line=lines.of(table.name, index),
                hint=f"add {key.name} = {key.example}",
            )
    for first, later in table.order:
        a, b = entry.get(first), entry.get(later)
        if isinstance(a, date) and isinstance(b, date) and a > b:
            raise IngestError(
                f"[{table.name}] {first} ({a}) is after {later} ({b})",
                path=path,
                line=lines.of(table.name, index, first),
                hint=f"a document is {first} on or before it is {later}; check both dates",
            )
    return entry


def _problem(key: Key, value: object) -> str | None:
    """Return what is wrong with ``value`` for ``key``, or None."""
    wanted = _TYPE_NAMES[key.kind]
    if type(value) is not key.kind:  # a datetime is a date to isinstance; not here
        got = _TYPE_NAMES.get(type(value), type(value).__name__)
        return f"must be {wanted}, not {got}"
    if isinstance(value, date) and not YEARS[0] <= value.year <= YEARS[1]:
        return f"has the year {value.year}, outside {YEARS[0]}–{YEARS[1]}"
    if isinstance(value, str) and key.pattern and not re.fullmatch(key.pattern, value):
        return f"must look like {key.example}, not {value[:40]!r}"
    year = (
        int(value[:4]) if isinstance(value, str) and key.pattern and value[:4].isdigit() else None
    )
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        return f"has the year {year}, outside {YEARS[0]}–{YEARS[1]}"
    return None


class _Lines:
    """Where each table header and key of a TOML text is (1-based lines)."""

    def __init__(self, text: str) -> None:
        self.found: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        table, index = "", 0
        for n, line in enumerate(text.splitlines(), 1):
            header = _HEADER.match(line)
            if header:
                table = header.group(2).strip("\"'")
                index = counts.get(table, -1) + 1 if header.group(1) == "[[" else 0
                counts[table] = index
                self.found.setdefault((table, index, ""), n)
                continue
            key = _KEY.match(line)
            if key:
                self.found.setdefault((table, index, key.group(1)), n)
                if not table:  # a top-level key names itself as a table would
                    self.found.setdefault((key.group(1), 0, ""), n)

    def of(self, table: str, index: int = 0, key: str = "") -> int | None:
        """Return the line of ``key`` in the ``index``-th ``table`` (its header when no key)."""
        return self.found.get((table, index, key)) or self.found.get((table, index, ""))
