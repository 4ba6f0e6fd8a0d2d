"""Read a returned department workbook with openpyxl: its metadata, header block and rows.

Reading never raises anything but ``Unreadable``: a file that is not an .xlsx (an .xls,
.et, .csv, a password-protected or corrupt file) or not one of ours becomes one clear
message, so the other returns are still collected. The returned file is only read.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from pipeline.workbook_format import (
    CHECKSUM_COLUMN,
    FORMAT,
    FORMAT_VERSION,
    KEY_COLUMN,
    META_SHEET,
    TASK_SHEET,
    locked_columns,
    row_checksum,
)

#: What a returns folder is searched for; anything but .xlsx/.xlsm is reported, not read.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".csv", ".ods", ".xlsb", ".wps")
_READABLE = (".xlsx", ".xlsm")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: A slim row keeps its locked texts up to this many characters (titles, numbers, roles).
SLIM_TEXT = 64
#: How far down the sheet the table's title row is looked for (rows may be inserted above).
_HEADER_SCAN = 60


class Unreadable(Exception):
    """A return that cannot be read as one of our workbooks: ``rule`` and a message."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell as read: address (``I7``), its text (None when empty), formula and date flags."""

    address: str
    text: str | None
    formula: str | None = None
    is_date: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each column title of a return's table is: title -> (index in a row, letter)."""

    places: dict[str, tuple[int, str]]


@dataclass(frozen=True, slots=True)
class Row:
    """A non-empty row below the table's titles: its sheet row, the text of each cell in
    column order, and the few cells holding a formula or a date kept whole by column index.

    A corpus's returns have close to a million rows, so a row keeps its texts in a tuple and
    makes a ``Cell`` (with its address) only when asked.
    """

    row: int
    texts: tuple[str | None, ...]
    layout: Layout
    marked: dict[int, Cell] | None = None
    #: Set on a slim row (see ``read_return``): the checksum of its locked texts, whose
    #: long ones were left out because it matched the row's own 校验码.
    digest: str | None = None

    def cell(self, title: str) -> Cell | None:
        """Return the cell under ``title`` (None when the table has no such column)."""
        place = self.layout.places.get(title)
        if place is None:
            return None
        index, letter = place
        if self.marked and index in self.marked:
            return self.marked[index]
        text = self.texts[index] if index < len(self.texts) else None
        return Cell(f"{letter}{self.row}", text)

    def issued_text(self, title: str) -> str | None:
        """Return what the cell under ``title`` holds as the issued ledger would say it: its
        text, or its formula."""
        place = self.layout.places.get(title)
        if place is None:
            return None
        index = place[0]
        if self.marked and index in self.marked:
            cell = self.marked[index]
            return cell.formula or cell.text
        return self.texts[index] if index < len(self.texts) else None

    @property
    def cells(self) -> dict[str, Cell]:
        """Return every titled cell of the row by its column title."""
        return {title: cell for title in self.layout.places if (cell := self.cell(title))}


@dataclass(frozen=True, slots=True)
class Returned:
    """A returned workbook as read; ``name`` is the path as given on the command line."""

    name: str
    sha256: str
    saved: str
    meta: dict[str, str]
    header_row: int
    columns: tuple[str, ...]
    fields: dict[str, Cell]
    rows: tuple[Row, ...]

    @property
    def unit_id(self) -> str:
        """Return the unit the workbook was issued to."""
        return self.meta.get("unit_id", "")


def discover(paths: Sequence[Path]) -> list[Path]:
    """Return the files to collect: files as given, spreadsheets in folders (recursively)."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SPREADSHEET_SUFFIXES
                and not p.name.startswith(("~$", ".", ".~lock"))
            )
        else:
            found.add(path)
    return sorted(found)


def read_return(path: Path, name: str | None = None, *, slim: bool = False) -> Returned:
    """Read ``path``; raise ``Unreadable`` for anything that is not one of our workbooks.

    ``slim`` leaves out a row's long locked texts (task content, unit lists: most of a
    corpus's returns) when their checksum matches the row's own 校验码, keeping the checksum
    as the row's ``digest``; the collect process then compares it with the issued one and
    reads the return in full only if they differ.
    """
    shown = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable("return.unreadable", f"cannot read the file: {exc.strerror}") from None
    _check_container(path, data)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise Unreadable("return.unreadable", f"not a readable .xlsx workbook ({exc})") from None
    try:
        meta = _meta(book)
        if TASK_SHEET not in book.sheetnames:
            raise Unreadable("return.foreign", f"the sheet {TASK_SHEET} is missing")
        header_row, columns, rows, fields = _table(book[TASK_SHEET], meta)
        if slim:
            rows = _slim(rows, meta)
        saved = book.properties.modified.isoformat() if book.properties.modified else ""
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable("return.unreadable", f"the workbook cannot be read ({exc})") from None
    finally:
        book.close()
    if any(c.formula for r in rows if r.marked for c in r.marked.values()) or any(
        c.formula for c in fields.values()
    ):
        rows, fields = _with_cached(path, rows, fields)
    digest = hashlib.sha256(data).hexdigest()
    return Returned(shown, digest, saved, meta, header_row, columns, fields, tuple(rows))


def share_texts(ret: Returned, strings: dict[str, str]) -> Returned:
    """Return ``ret`` with each text replaced by the equal one already in ``strings``.

    Every unit's workbook repeats its tasks' texts (plan, section, title, content), so a
    corpus's returns hold each text dozens of times; read one by one, they would be as
    many copies.
    """
    rows = tuple(
        replace(r, texts=tuple(strings.setdefault(t, t) if t else t for t in r.texts))
        for r in ret.rows
    )
    return replace(ret, rows=rows)


def issued_columns(meta: dict[str, str]) -> list[str]:
    """Return the table's column titles as issued (``columns`` in _meta), [] if unreadable."""
    try:
        columns = json.loads(meta.get("columns") or "[]")
    except json.JSONDecodeError:
        return []
    return [str(c) for c in columns] if isinstance(columns, list) else []


def _slim(rows: list[Row], meta: dict[str, str]) -> list[Row]:
    """Return ``rows`` with the long locked texts left out where their checksum matches."""
    columns = issued_columns(meta)
    if not rows or not columns:
        return rows
    places = rows[0].layout.places
    locked = locked_columns(columns)
    if CHECKSUM_COLUMN not in places or any(t not in places for t in locked):
        return rows
    own = places[CHECKSUM_COLUMN][0]
    long = {places[t][0] for t in locked if t != KEY_COLUMN}  # the key is always kept
    out = []
    for row in rows:
        digest = row_checksum([row.issued_text(t) for t in locked])
        if row.marked or own >= len(row.texts) or row.texts[own] != digest:
            out.append(row)
            continue
        texts = tuple(
            None if i in long and t is not None and len(t) > SLIM_TEXT else t
            for i, t in enumerate(row.texts)
        )
        out.append(replace(row, texts=texts, digest=digest))
    return out


def _check_container(path: Path, data: bytes) -> None:
    suffix = path.suffix.lower()
    if data.startswith(_OLE_MAGIC):
        what = (
            "a password-protected (encrypted) workbook"
            if suffix in _READABLE
            else f"an old binary {suffix or 'Excel'} file"
        )
        raise Unreadable("return.unreadable", f"this is {what}, which cannot be read")
    if suffix not in _READABLE:
        raise Unreadable("return.unreadable", f"a {suffix or 'file without suffix'} is not .xlsx")
    if not zipfile.is_zipfile(path):
        raise Unreadable("return.unreadable", "the file is damaged (not a complete .xlsx package)")


def _meta(book: Any) -> dict[str, str]:
    if META_SHEET not in book.sheetnames:
        raise Unreadable("return.foreign", f"no {META_SHEET} sheet: not a workbook issued by us")
    meta: dict[str, str] = {}
    for row in book[META_SHEET].iter_rows(values_only=True):
        if row and row[0] is not None:  # a long value goes on in the row's next cells
            meta[str(row[0])] = "".join(text_of(v) or "" for v in row[1:])
    if meta.get("format") != FORMAT:
        raise Unreadable("return.foreign", f"the {META_SHEET} sheet does not say {FORMAT}")
    if meta.get("format_version") != str(FORMAT_VERSION):
        raise Unreadable(
            "return.foreign",
            f"workbook format version {meta.get('format_version')!r}, "
            f"this tool reads {FORMAT_VERSION}",
        )
    return meta


def _table(
    sheet: Any, meta: dict[str, str]
) -> tuple[int, tuple[str, ...], list[Row], dict[str, Cell]]:
    """Read the sheet once: the header-block inputs, the titles row (found by its 任务编码
    title), then every non-empty row below it."""
    wanted = _field_places(meta)
    fields: dict[str, Cell] = {}
    header_row = 0
    titles: list[str | None] = []
    layout = Layout({})
    titled: frozenset[int] = frozenset()
    rows: list[Row] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        for column, label in wanted.get(number, ()):
            if column <= len(cells):
                fields[label] = _cell(cells[column - 1], column, number)
        if not header_row:
            values = [_text(c) for c in cells]
            if KEY_COLUMN in values:
                header_row, titles = number, values
                places = {t: (i, get_column_letter(i + 1)) for i, t in enumerate(titles) if t}
                layout = Layout(places)
                titled = frozenset(i for i, _ in places.values())
            elif number > _HEADER_SCAN:
                break
            continue
        row = _row(number, cells[: len(titles)], layout, titled)
        if row.marked or any(row.texts[i] is not None for i in titled if i < len(row.texts)):
            rows.append(row)
    if not header_row:
        declared = meta.get("header_row", "?")
        raise Unreadable(
            "return.foreign", f"no {KEY_COLUMN} column title found (issued on row {declared})"
        )
    for number, spots in wanted.items():
        for column, label in spots:
            fields.setdefault(label, Cell(f"{get_column_letter(column)}{number}", None))
    return header_row, tuple(t for t in titles if t), rows, dict(sorted(fields.items()))


def _field_places(meta: dict[str, str]) -> dict[int, list[tuple[int, str]]]:
    """Return row -> [(column, label)] of the header-block inputs named in ``fields``."""
    try:
        addresses = json.loads(meta.get("fields") or "{}")
        places: dict[int, list[tuple[int, str]]] = {}
        for label, address in sorted(addresses.items()):
            letters, row = coordinate_from_string(address)
            places.setdefault(row, []).append((column_index_from_string(letters), label))
    except (json.JSONDecodeError, AttributeError, ValueError, TypeError):
        raise Unreadable("return.foreign", f"the {META_SHEET} fields entry is damaged") from None
    return places


def _row(number: int, cells: Sequence[Any], layout: Layout, titled: frozenset[int]) -> Row:
    """Return a sheet row as read: the texts, and the titled cells holding a formula or a
    date kept whole."""
    texts: list[str | None] = []
    marked: dict[int, Cell] = {}
    for index, cell in enumerate(cells):
        value = getattr(cell, "value", None)
        if value is None:
            texts.append(None)
            continue
        special = getattr(cell, "data_type", None) == "f" or isinstance(value, (date, datetime))
        if special and index in titled:
            marked[index] = _cell(cell, index + 1, number)
        texts.append(text_of(value))
    return Row(number, tuple(texts), layout, marked or None)


def _cell(cell: Any, column: int, row: int) -> Cell:
    address = f"{get_column_letter(column)}{row}"
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        return Cell(address, None, formula=str(value))
    return Cell(address, _text(cell), is_date=isinstance(value, (date, datetime)))


def _text(cell: Any) -> str | None:
    """Return a cell's value as the text a person sees (None when empty)."""
    value = getattr(cell, "value", None)
    return text_of(value)


def text_of(value: object) -> str | None:
    """Return ``value`` as text: whole floats without .0, dates as ISO, empty as None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _with_cached(
    path: Path, rows: Iterable[Row], fields: dict[str, Cell]
) -> tuple[list[Row], dict[str, Cell]]:
    """Attach each formula's cached value (what Excel last showed) as its text, for messages."""
    book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    try:
        sheet = book[TASK_SHEET]

        def cached(cell: Cell) -> Cell:
            if not cell.formula:
                return cell
            return Cell(cell.address, text_of(sheet[cell.address].value), cell.formula)

        out_rows = [
            replace(r, marked={i: cached(c) for i, c in r.marked.items()}) if r.marked else r
            for r in rows
        ]
        return out_rows, {label: cached(c) for label, c in fields.items()}
    finally:
        book.close()
