import io
import os
import subprocess
import sys
import zipfile
from datetime import date

import openpyxl

from pipeline.export.xlsx_io import ZIP_EPOCH, set_text, workbook_bytes

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(A1)", "=1+1", "\t=2"]


def _book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务清单"
    for row, text in enumerate(HOSTILE, 1):
        set_text(sheet.cell(row=row, column=1), text)
    set_text(sheet.cell(row=1, column=2), "推进政务服务")
    return book


def test_hostile_texts_are_strings_and_never_formulas() -> None:
    data = workbook_bytes(_book(), stamp=date(2024, 1, 8))
    sheet = openpyxl.load_workbook(io.BytesIO(data))["任务清单"]
    cells = [sheet.cell(row=r, column=1) for r in range(1, len(HOSTILE) + 1)]
    assert [c.value for c in cells] == HOSTILE
    assert {c.data_type for c in cells} == {"s"}
    assert all(c.quotePrefix for c in cells)
    assert sheet["B1"].data_type == "s" and not sheet["B1"].quotePrefix


def test_core_dates_and_zip_entries_carry_the_stamp_not_the_clock() -> None:
    data = workbook_bytes(_book(), stamp=date(2024, 1, 8))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {ZIP_EPOCH}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2024-01-08T00:00:00Z") == 2
    props = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert props.created.date() == props.modified.date() == date(2024, 1, 8)


def test_same_bytes_under_another_timezone_and_locale() -> None:
    code = (
        "import sys, hashlib; from datetime import date;"
        "from tests.export.test_xlsx_io import _book;"
        "from pipeline.export.xlsx_io import workbook_bytes;"
        "sys.stdout.write(hashlib.sha256(workbook_bytes(_book(), stamp=date(2024, 1, 8))).hexdigest())"
    )
    digests = set()
    for tz, lang in (
        ("UTC", "C.UTF-8"),
        ("Asia/Shanghai", "zh_CN.UTF-8"),
        ("America/New_York", "C"),
    ):
        env = {**os.environ, "TZ": tz, "LANG": lang, "LC_ALL": lang, "PYTHONHASHSEED": str(len(tz))}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        digests.add(done.stdout)
    assert len(digests) == 1
    assert digests == {
        __import__("hashlib").sha256(workbook_bytes(_book(), stamp=date(2024, 1, 8))).hexdigest()
    }


def test_a_package_too_large_for_memory_gives_the_same_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pipeline.export import xlsx_io

    in_memory = workbook_bytes(_book(), stamp=date(2024, 1, 8))
    monkeypatch.setattr(xlsx_io, "SPOOL_BYTES", 1024)  # spills to a temporary file
    monkeypatch.setattr(xlsx_io, "COPY_BYTES", 100)  # copied in many small pieces
    assert workbook_bytes(_book(), stamp=date(2024, 1, 8)) == in_memory
