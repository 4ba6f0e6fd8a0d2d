"""Malformed returns: each is caught as one rule at one file and cell (checks.py, read.py)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from pipeline.collect import collect, read
from pipeline.collect.read import Cell
from pipeline.validate.findings import Finding
from pipeline.workbook_format import CHECKSUM_COLUMN, locked_columns, row_checksum
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, HEADER, OLD_SHA, Task, fill, issue

U01 = "returns/ret.xlsx"


def _edit(path: Path, change: Callable[..., None]) -> None:
    book = load_workbook(path)
    change(book["任务清单"], book)
    book.save(path)


def _ours(findings: tuple[Finding, ...]) -> list[tuple[str, str, str | None]]:
    """Return (rule, file, cell) of every finding but the 未报送 warnings of other units."""
    return [(f.rule, f.path, f.cell) for f in findings if f.rule != "return.missing"]


def _answered(
    issued: Issued, answers: dict[Any, Any] | None = None, header: dict[Any, Any] | None = None
) -> Path:
    return fill(issued.workbooks["U01"], Path(U01), answers, header)


def _findings(issued: Issued) -> tuple[Finding, ...]:
    return collect([issued.returns], issued.out).report.findings


def test_a_complete_return_has_no_finding(issued: Issued) -> None:
    _answered(issued)
    assert _ours(_findings(issued)) == []


def test_a_status_with_spaces_around_it_is_accepted(issued: Issued) -> None:
    _answered(issued, {**GOOD, 1: ("做完了。", "　已完成 ", None, None)})
    result = collect([issued.returns], issued.out)
    assert _ours(result.report.findings) == []
    row = result.progress.filter(unit_id="U01", task_no=1).row(0, named=True)
    assert row["status"] == "已完成"


# (name, answers or None, header or None, edit or None, rule, cell)
def _formula(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws["I7"] = "=1+1"


def _retitle(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws["B7"] = "建设一体化政务云平台（已调整）"


def _delete_row(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws.delete_rows(8)


def _add_row(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws["B10"] = "自行增加的任务"


def _duplicate_row(ws, _book) -> None:  # type: ignore[no-untyped-def]
    for column in range(1, 15):
        ws.cell(10, column).value = ws.cell(7, column).value


def _delete_column(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws.delete_cols(3)


def _unknown_key(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws["M9"] = "demo-plan#99"


def _role_changed(ws, _book) -> None:  # type: ignore[no-untyped-def]
    ws["D8"] = "配合"


CASES = [
    (
        "pasted status",
        {**GOOD, 1: ("在做。", "进行中", None, None)},
        None,
        None,
        "return.status.invalid",
        "任务清单!J7",
    ),
    (
        "done without progress",
        {**GOOD, 2: (None, "已完成", None, None)},
        None,
        None,
        "return.status.needs_progress",
        "任务清单!I8",
    ),
    (
        "coordination without problem",
        {**GOOD, 2: ("在做。", "需协调", None, None)},
        None,
        None,
        "return.status.needs_problem",
        "任务清单!K8",
    ),
    (
        "late without problem",
        {**GOOD, 1: ("在做。", "进度滞后", "  ", None)},
        None,
        None,
        "return.status.needs_problem",
        "任务清单!K7",
    ),
    (
        "empty status",
        {**GOOD, 4: ("在做。", None, None, None)},
        None,
        None,
        "return.status.empty",
        "任务清单!J9",
    ),
    ("formula", None, None, _formula, "return.formula", "任务清单!I7"),
    ("edited task title", None, None, _retitle, "return.locked.changed", "任务清单!B7"),
    ("edited role", None, None, _role_changed, "return.locked.changed", "任务清单!D8"),
    ("deleted row", None, None, _delete_row, "return.row.deleted", "任务清单!A8"),
    ("added row", None, None, _add_row, "return.row.added", "任务清单!M10"),
    ("duplicated row", None, None, _duplicate_row, "return.row.duplicated", "任务清单!M10"),
    (
        "bad phone",
        None,
        {**HEADER, "联系电话": "1381234567"},
        None,
        "return.phone.invalid",
        "任务清单!F3",
    ),
    (
        "bad date",
        None,
        {**HEADER, "填报日期": "2026年2月30日"},
        None,
        "return.date.invalid",
        "任务清单!D4",
    ),
]


@pytest.mark.parametrize(
    ("answers", "header", "edit", "rule_id", "cell"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_a_malformed_return_is_one_finding_at_its_cell(
    issued: Issued,
    answers: dict[Any, Any] | None,
    header: dict[Any, Any] | None,
    edit: Callable[..., None] | None,
    rule_id: str,
    cell: str,
) -> None:
    path = _answered(issued, answers, header)
    if edit is not None:
        _edit(path, edit)
    assert _ours(_findings(issued)) == [(rule_id, U01, cell)]


def test_a_text_longer_than_a_cell_holds_is_caught(issued: Issued) -> None:
    # openpyxl cuts a longer text when it is assigned, so the file is patched as another
    # program (LibreOffice, a script) could have written it.
    path = _answered(issued, {**GOOD, 1: ("PLACEHOLDER", "序时推进", None, None)})
    with zipfile.ZipFile(path) as source:
        entries = {i.filename: source.read(i.filename) for i in source.infolist()}
    long_text = ("长" * 32768).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data.replace(b"PLACEHOLDER", long_text))
    assert _ours(_findings(issued)) == [("return.text.too_long", U01, "任务清单!I7")]


def test_an_overwritten_key_is_an_added_row_and_a_deleted_one(issued: Issued) -> None:
    _edit(_answered(issued), _unknown_key)
    assert _ours(_findings(issued)) == [
        ("return.row.deleted", U01, "任务清单!A9"),
        ("return.row.added", U01, "任务清单!M9"),
    ]


def test_a_deleted_column_is_named(issued: Issued) -> None:
    _edit(_answered(issued), _delete_column)
    found = [f for f in _findings(issued) if f.rule == "return.columns.missing"]
    assert [(f.path, f.cell, f.message) for f in found] == [
        (U01, "任务清单!A6", "the column 任务内容 is missing from the table")
    ]


def test_an_edited_task_quotes_old_and_new_text(issued: Issued) -> None:
    _edit(_answered(issued), _retitle)
    (found,) = _ours_full(_findings(issued))
    assert found.excerpt == "建设一体化政务云平台 → 建设一体化政务云平台（已调整）"
    assert (found.unit, found.task_no, found.message) == ("市大数据局", 1, "重点任务 was changed")


def _ours_full(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule != "return.missing"]


def test_sorted_rows_hidden_rows_filters_and_widths_are_fine(issued: Issued) -> None:
    def rearrange(ws, _book) -> None:  # type: ignore[no-untyped-def]
        rows = [[ws.cell(r, c).value for c in range(1, 15)] for r in (7, 8, 9)]
        for r, values in zip((7, 8, 9), reversed(rows), strict=True):
            for c, value in enumerate(values, start=1):
                ws.cell(r, c).value = value
        ws.row_dimensions[8].hidden = True
        ws.auto_filter.ref = "A6:N9"
        ws.column_dimensions["B"].width = 80

    _edit(_answered(issued), rearrange)
    assert _ours(_findings(issued)) == []


def test_rows_inserted_above_the_table_are_fine(issued: Issued) -> None:
    _edit(_answered(issued), lambda ws, _b: ws.insert_rows(2, 2))
    found = _ours(_findings(issued))
    # the header block moved too: its cells are read where _meta says, now empty
    assert found == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "old.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
            "this is an old binary .xls file, which cannot be read",
        ),
        (
            "wps.et",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
            "this is an old binary .et file, which cannot be read",
        ),
        (
            "locked.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
            "this is a password-protected (encrypted) workbook, which cannot be read",
        ),
        ("table.csv", "序号,工作进展\n1,完成\n".encode(), "a .csv is not .xlsx"),
        (
            "broken.xlsx",
            b"PK\x03\x04" + bytes(64),
            "the file is damaged (not a complete .xlsx package)",
        ),
    ],
)
def test_an_unreadable_return_is_one_clear_finding_and_the_others_are_collected(
    issued: Issued, name: str, content: bytes, message: str
) -> None:
    _answered(issued)
    (issued.returns / name).write_bytes(content)
    result = collect([issued.returns], issued.out)
    assert [(f.rule, f.path, f.message) for f in _ours_full(result.report.findings)] == [
        ("return.unreadable", f"returns/{name}", message)
    ]
    (unreadable,) = [f for f in result.report.findings if f.rule == "return.unreadable"]
    assert (
        unreadable.hint
        == "open it in Excel or WPS and save it as .xlsx (Excel 工作簿), without a password"
    )
    assert result.progress.filter(unit_id="U01").get_column("reported").to_list() == [True] * 3


def test_a_workbook_that_is_not_ours_is_foreign(issued: Issued) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "随便一个表"
    book.save(issued.returns / "other.xlsx")
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.path, found.cell) == ("return.foreign", "returns/other.xlsx", None)
    assert found.message == "no _meta sheet: not a workbook issued by us"


def test_a_workbook_of_an_older_plan_names_both_versions(issued: Issued, tmp_path: Path) -> None:
    old = issue(tmp_path / "old", sha=OLD_SHA)
    fill(old["U01"], Path(U01))
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.path, found.cell) == ("return.plan.outdated", U01, None)
    assert (
        found.message
        == "issued for plan demo-plan version bbbbbbbbbbbb; this export is version aaaaaaaaaaaa"
    )


def test_a_workbook_of_another_round_is_refused(issued: Issued, tmp_path: Path) -> None:
    old = issue(tmp_path / "old", round_="2026-11")
    fill(old["U01"], Path(U01))
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.message) == (
        "return.round.mismatch",
        "issued for round 2026-11, collecting round 2026-12",
    )


def test_a_return_of_a_unit_without_tasks_is_an_error(issued: Issued, tmp_path: Path) -> None:
    task = Task(1, "统计", "统计。", None, (("U09", "lead"),))
    other = issue(tmp_path / "other", units={"U09": "市统计局"}, tasks=[task])
    fill(other["U09"], Path("returns/统计局.xlsx"), {1: ("好。", "序时推进", None, None)})
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.path) == ("return.unit.unknown", "returns/统计局.xlsx")
    assert found.message == "unit U09 (市统计局) owes no task in this export"


def test_two_returns_for_one_unit_name_both_unless_newest_is_preferred(issued: Issued) -> None:
    _answered(issued)
    fill(
        issued.workbooks["U01"],
        Path("returns/again.xlsx"),
        {**GOOD, 1: ("更新。", "已完成", None, None)},
    )
    found = _ours_full(_findings(issued))
    assert [(f.rule, f.path) for f in found] == [
        ("return.duplicate", "returns/again.xlsx"),
        ("return.duplicate", U01),
    ]
    assert "returns/again.xlsx" in found[1].message and U01 in found[0].message
    result = collect([issued.returns], issued.out, prefer="newest")
    assert _ours(result.report.findings) == []


def test_a_unit_that_did_not_report_is_a_warning_and_an_error_when_strict(issued: Issued) -> None:
    _answered(issued)
    result = collect([issued.returns], issued.out)
    missing = [(f.rule, f.severity.value, f.path, f.unit) for f in result.report.findings]
    assert missing == [
        ("return.missing", "warning", "departments/市公安局.xlsx", "市公安局"),
        ("return.missing", "warning", "departments/市财政局.xlsx", "市财政局"),
    ]
    assert result.report.valid
    assert not collect([issued.returns], issued.out, strict=True).report.valid


def test_a_damaged_meta_sheet_is_a_finding_not_a_traceback(issued: Issued) -> None:
    def damage(_ws, book) -> None:  # type: ignore[no-untyped-def]
        meta = book["_meta"]
        for row in meta.iter_rows():
            if row[0].value in ("sources", "fields"):
                row[1].value = "[1, 2"

    _edit(_answered(issued), damage)
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.path, found.message) == (
        "return.foreign",
        U01,
        "the _meta fields entry is damaged",
    )


def test_a_formula_status_is_one_finding(issued: Issued) -> None:
    _edit(_answered(issued), lambda ws, _b: ws.__setitem__("J7", '="已完成"'))
    assert _ours(_findings(issued)) == [("return.formula", U01, "任务清单!J7")]


def _retitle_and_reseal(ws, _book) -> None:  # type: ignore[no-untyped-def]
    """Edit task 1's title and write the matching 校验码, as a forger who knew the rule."""
    _retitle(ws, _book)
    titles = [c.value for c in ws[6]]
    texts = [ws.cell(7, titles.index(t) + 1).value for t in locked_columns(titles)]
    ws.cell(7, titles.index(CHECKSUM_COLUMN) + 1).value = row_checksum(texts)


def test_a_resealed_edit_is_quoted_from_the_return_read_in_full(
    issued: Issued, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Slim reading leaves out every locked text here; the row's digest then differs from
    # the issued checksum, and collect reads the return again to quote the change.
    monkeypatch.setattr(read, "SLIM_TEXT", 1)
    _edit(_answered(issued), _retitle_and_reseal)
    (found,) = _ours_full(_findings(issued))
    assert found.excerpt == "建设一体化政务云平台 → 建设一体化政务云平台（已调整）"
    assert (found.cell, found.message) == ("任务清单!B7", "重点任务 was changed")


def test_a_slim_read_keeps_the_digest_for_the_long_texts_it_leaves_out(
    issued: Issued, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "SLIM_TEXT", 10)
    path = _answered(issued)
    full, slim = read.read_return(path), read.read_return(path, slim=True)
    first, thin = full.rows[0], slim.rows[0]
    assert thin.digest == first.texts[-1] and first.digest is None
    kept = [(t, c.text) for t, c in thin.cells.items() if c.text]
    assert kept == [
        (t, c.text)
        for t, c in first.cells.items()
        if c.text
        and (len(c.text) <= 10 or t not in locked_columns(full.columns) or t == "任务编码")
    ]
    assert thin.cell("重点任务") == Cell("B7", "建设一体化政务云平台")


def test_a_return_left_without_any_status_is_one_warning(issued: Issued) -> None:
    _answered(issued, {no: (None, None, None, None) for no in GOOD})
    (found,) = _ours_full(_findings(issued))
    assert (found.rule, found.cell, found.message, found.task_no) == (
        "return.status.empty",
        "任务清单!J7",
        "完成状态 is empty in all 3 rows (J7–J9)",
        None,
    )


def test_a_change_past_the_cut_is_quoted_from_just_before_it() -> None:
    from pipeline.collect.checks import _change

    body = "完善“雪亮工程”和公安大数据平台建设，深化数字技术在国家安全领域的应用，提升防范化解各类风险的能力。"
    assert (
        _change(body, body + "（本单位改）") == "…各类风险的能力。 → …各类风险的能力。（本单位改）"
    )
    assert _change("建设一体化政务云平台", "建设政务云") == "建设一体化政务云平台 → 建设政务云"
