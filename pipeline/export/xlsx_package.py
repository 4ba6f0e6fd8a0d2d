"""Assemble worksheets into an .xlsx package, byte for byte the same for the same content.

The package holds no timestamps: core properties carry no created/modified dates and
every zip entry is dated 1980-01-01, so a checksum changes only when the content does.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.export.xlsx_sheet import Sheet, absolute, quoted_name, sheet_xml
from pipeline.export.xlsx_styles import styles_xml
from pipeline.export.xml_text import escape

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
# The format id Office uses for user-defined custom properties.
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


@dataclass(frozen=True, slots=True)
class Workbook:
    """Sheets in tab order, a title, and custom document properties (name, text)."""

    sheets: tuple[Sheet, ...]
    title: str
    subject: str = ""
    properties: tuple[tuple[str, str], ...] = ()


def workbook_bytes(book: Workbook) -> bytes:
    """Return ``book`` as the bytes of an .xlsx file."""
    parts: dict[str, Iterable[str | bytes]] = {
        "[Content_Types].xml": [_content_types(book)],
        "_rels/.rels": [_root_rels(book)],
        "docProps/core.xml": [_core(book)],
        "xl/workbook.xml": [_workbook(book)],
        "xl/_rels/workbook.xml.rels": [_workbook_rels(book)],
        "xl/styles.xml": [styles_xml()],
    }
    if book.properties:
        parts["docProps/custom.xml"] = [_custom(book)]
    for i, sheet in enumerate(book.sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(sheet, selected=i == 1)
    buffer = io.BytesIO()
    # Level 1: sheets are large and repetitive; it is several times faster than the default
    # and the files stay small.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, pieces in parts.items():
            # Opened by name, an entry is dated 1980-01-01 00:00, whatever the clock says.
            with archive.open(name, "w") as member:
                for piece in pieces:
                    member.write(piece if isinstance(piece, bytes) else piece.encode())
        for info in archive.infolist():
            info.create_system = 0  # else it records the OS; read when the directory is written
    return buffer.getvalue()


def _content_types(book: Workbook) -> str:
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="{_CT}.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(book.sheets) + 1)
    )
    custom = (
        f'<Override PartName="/docProps/custom.xml" ContentType="{_CT}.custom-properties+xml"/>'
        if book.properties
        else ""
    )
    return (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.spreadsheetml.sheet.main+xml"/>'
        f"{sheets}"
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f"{custom}</Types>"
    )


def _root_rels(book: Workbook) -> str:
    custom = (
        f'<Relationship Id="rId3" Type="{_REL}/custom-properties" Target="docProps/custom.xml"/>'
        if book.properties
        else ""
    )
    return (
        f'{_XML}<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" '
        f'Target="docProps/core.xml"/>{custom}</Relationships>'
    )


def _core(book: Workbook) -> str:
    return (
        f"{_XML}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(book.title)}</dc:title><dc:subject>{escape(book.subject)}</dc:subject>"
        "<dc:creator>plan-ledger</dc:creator></cp:coreProperties>"
    )


def _custom(book: Workbook) -> str:
    props = "".join(
        f'<property fmtid="{_CUSTOM_FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(book.properties, 2)
    )
    return (
        f"{_XML}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{props}</Properties>"
    )


def _workbook(book: Workbook) -> str:
    sheets, names = [], []
    for i, sheet in enumerate(book.sheets):
        state = "" if sheet.state == "visible" else f' state="{sheet.state}"'
        sheets.append(
            f'<sheet name="{escape(sheet.name)}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>'
        )
        ref = escape(quoted_name(sheet.name))
        if sheet.auto_filter:
            # Excel keeps the filtered range in this hidden name; without it, it repairs the file.
            names.append(
                f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                f"{ref}!{absolute(sheet.auto_filter)}</definedName>"
            )
        if sheet.print_rows:
            first, last = sheet.print_rows
            names.append(
                f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
                f"{ref}!${first}:${last}</definedName>"
            )
    defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
    return (
        f'{_XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{''.join(sheets)}</sheets>{defined}</workbook>"
    )


def _workbook_rels(book: Workbook) -> str:
    n = len(book.sheets)
    sheets = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, n + 1)
    )
    return (
        f'{_XML}<Relationships xmlns="{_PKG_REL}">{sheets}'
        f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
    )
