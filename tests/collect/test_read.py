"""Reading returns: LibreOffice re-saved workbooks read the same as openpyxl-written ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.collect import collect
from pipeline.collect.read import discover, read_return
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, fill

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(path: Path) -> list[tuple[int, dict[str, str | None]]]:
    ret = read_return(path)
    return [(r.row, {t: c.text for t, c in r.cells.items()}) for r in ret.rows]


def test_a_libreoffice_resave_reads_the_same_as_the_openpyxl_original(issued: Issued) -> None:
    original = fill(issued.workbooks["U01"], issued.returns / "orig.xlsx")
    resaved = FIXTURES / "lo-good.xlsx"
    assert _rows(resaved) == _rows(original)
    a, b = read_return(original), read_return(resaved)
    assert (a.meta, a.header_row, a.columns) == (b.meta, b.header_row, b.columns)
    assert {k: v.text for k, v in a.fields.items()} == {k: v.text for k, v in b.fields.items()}


def test_libreoffice_returns_collect_like_any_other(issued: Issued) -> None:
    for name in ("lo-invalid-status.xlsx", "lo-formula.xlsx"):
        shutil.copyfile(FIXTURES / name, issued.returns / name)
    result = collect([issued.returns], issued.out)
    found = [(f.rule, f.path, f.cell, f.excerpt) for f in result.report.findings]
    assert found == [
        ("return.missing", "departments/市公安局.xlsx", None, ""),
        (
            "return.formula",
            "returns/lo-formula.xlsx",
            "任务清单!I7",
            '="完成"&"迁移" (shows 完成迁移)',
        ),
        ("return.status.invalid", "returns/lo-invalid-status.xlsx", "任务清单!J7", "进行中"),
    ]
    u01 = result.progress.filter(unit_id="U01").sort("task_no")
    assert u01.select("status", "progress").rows() == [
        (None, "迁移中。"),
        ("已完成", GOOD[2][0]),
        ("需协调", GOOD[4][0]),
    ]


def test_folders_are_searched_recursively_and_lock_files_skipped(tmp_path: Path) -> None:
    for name in ("a/b/x.xlsx", "a/y.XLS", "a/~$x.xlsx", "a/notes.txt", "a/.hidden.xlsx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path / "a"])] == [
        "a/b/x.xlsx",
        "a/y.XLS",
    ]


def test_a_meta_value_longer_than_a_cell_reads_back_whole(tmp_path: Path) -> None:
    # A unit owing tasks in a thousand plans: `sources` names each plan's sha256, 86,000
    # characters, which Excel cuts at 32,767 in one cell (collect then said
    # "names no plan" for every return of the 1,000-plan corpus).
    import json

    from openpyxl import Workbook, load_workbook

    from pipeline.collect.read import _meta
    from pipeline.export.xlsx_guide import META_CELL, meta_sheet
    from pipeline.workbook_format import FORMAT, FORMAT_VERSION, META_KEYS

    sources = {f"plan-{i:04d}-demo": f"{i:064x}" for i in range(1000)}
    pairs = dict.fromkeys(META_KEYS, "")
    pairs |= {"format": FORMAT, "format_version": str(FORMAT_VERSION)}
    pairs |= {"sources": json.dumps(sources), "unit_id": "=cmd|' /C calc'!A0"}
    book = Workbook()  # the task sheet stays visible: a workbook's only sheet cannot hide
    meta_sheet(book.create_sheet(), pairs)
    book.save(tmp_path / "meta.xlsx")
    ws = load_workbook(tmp_path / "meta.xlsx")["_meta"]
    row = [c.value for c in ws[META_KEYS.index("sources") + 1]]
    assert [len(v) for v in row[1:]] == [META_CELL, META_CELL, 86_000 - 2 * META_CELL]
    read = _meta(load_workbook(tmp_path / "meta.xlsx", read_only=True))
    assert json.loads(read["sources"]) == sources
    assert read["unit_id"] == "=cmd|' /C calc'!A0"  # text, never a formula
