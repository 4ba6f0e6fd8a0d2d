from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from pipeline.export.xlsx_cells import row
from pipeline.export.xlsx_package import Workbook, workbook_bytes
from pipeline.export.xlsx_sheet import Sheet
from pipeline.export.xlsx_styles import Style
from tests.export.xlsx_read import load, values


def book() -> Workbook:
    rows = row(1, [("标题 & <说明>", Style.TITLE)]) + row(
        2, [(1, Style.CENTER), ("=1+1", Style.TEXT)]
    )
    return Workbook(
        sheets=(
            Sheet(
                name="表一", rows=[rows], widths=(10, 20), auto_filter="A2:B2", print_rows=(2, 2)
            ),
            Sheet(
                name="_meta", rows=[row(1, [("k", Style.DEFAULT)])], widths=(), state="veryHidden"
            ),
        ),
        title="测试",
        properties=(("unit_id", "big_data"),),
    )


def test_the_same_book_gives_the_same_bytes() -> None:
    assert workbook_bytes(book()) == workbook_bytes(book())


def test_no_timestamp_anywhere() -> None:
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(book()))) as archive:
        infos = archive.infolist()
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.create_system for i in infos} == {0}
        core = archive.read("docProps/core.xml").decode()
    assert "dcterms:created" not in core and "dcterms:modified" not in core


def test_every_part_is_well_formed_xml() -> None:
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(book()))) as archive:
        names = archive.namelist()
        for name in names:
            ElementTree.fromstring(archive.read(name))
    assert names[0] == "[Content_Types].xml"
    assert "docProps/custom.xml" in names


def test_openpyxl_reads_it_back() -> None:
    wb = load(workbook_bytes(book()))
    assert wb.sheetnames == ["表一", "_meta"]
    assert values(wb["表一"]) == [("标题 & <说明>", None), (1, "=1+1")]
    assert wb["表一"]["B2"].data_type == "s"
    assert wb["表一"].print_title_rows == "$2:$2"
    assert wb["_meta"].sheet_state == "veryHidden"
    assert wb.properties.title == "测试"
