"""Save openpyxl workbooks byte for byte the same for the same content; write text safely.

openpyxl stamps the save time into ``docProps/core.xml`` and the local clock into every zip
entry. ``workbook_bytes`` writes through openpyxl's own ``ExcelWriter`` (which leaves the
core dates as we set them) and then re-packs the archive with every entry dated
1980-01-01, so a workbook's checksum changes only when its content does, whatever the
clock, ``TZ`` or locale.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from datetime import date, datetime
from typing import IO, Any

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

#: The date every zip entry carries (the earliest a zip can hold).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
#: What Excel would start a formula with when a clerk edits the cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CREATOR = "plan-ledger"
#: A workbook's stored package stays in memory up to this size, then goes to a temporary file.
SPOOL_BYTES = 64 * 1024 * 1024
#: Bytes copied at a time from the stored package into the deflated one.
COPY_BYTES = 1024 * 1024


def set_text(cell: Any, value: str | None) -> None:
    """Put ``value`` into ``cell`` as a string, never a formula, whatever it starts with.

    openpyxl turns a string starting with ``=`` into a formula; a text that Excel would
    read as one when a clerk edits the cell also gets the quote prefix (shown as ').
    """
    cell.value = value
    if value is None:
        return
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def workbook_bytes(book: Workbook, *, stamp: date) -> bytes:
    """Return ``book`` as .xlsx bytes dated ``stamp`` (created and modified), deterministically."""
    moment = datetime(stamp.year, stamp.month, stamp.day)
    book.properties.created = moment
    book.properties.modified = moment
    book.properties.creator = CREATOR
    book.properties.lastModifiedBy = CREATOR
    # Stored, not deflated: _repack compresses every entry once, on its way out. A large
    # workbook's stored package (a corpus's ledger or progress sheet is most of a
    # gigabyte) goes to a temporary file rather than staying in memory three times over.
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
            (ExcelWriter if book.write_only else _InMemoryWriter)(book, archive).save()
        raw.seek(0)
        return _repack(raw)


class _InMemoryWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's writer, building each worksheet in memory instead of a temporary file.

    Creating and removing a temporary file per sheet cost more than writing a small
    department workbook's cells; otherwise this is ``ExcelWriter.write_worksheet``.
    """

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        out = io.BytesIO()
        writer = WorksheetWriter(ws, out=out)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)


def _repack(data: IO[bytes]) -> bytes:
    """Return the zip in ``data`` with every entry dated ZIP_EPOCH and no host OS recorded.

    Entries are copied a piece at a time; with its size known beforehand an entry gets the
    same bytes as ``writestr`` would give it.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(data) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0o600 << 16
            entry.file_size = info.file_size
            with source.open(info) as piece, target.open(entry, "w") as into:
                shutil.copyfileobj(piece, into, COPY_BYTES)
    return out.getvalue()
