"""What collect writes: the round's files, byte-identical reruns, history kept per round."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from openpyxl import load_workbook

from pipeline.collect import collect
from pipeline.collect.carry import last_answers
from pipeline.collect.write import FILES
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, fill

ROUND = Path("out/progress/2026-12")


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _collect(issued: Issued):  # type: ignore[no-untyped-def]
    fill(issued.workbooks["U01"], issued.returns / "a.xlsx")
    late = {
        1: ("评审延期。", "进度滞后", "专家评审推迟。", "1月完成评审。"),
        3: ("+已下达", "已完成", None, None),
    }
    fill(issued.workbooks["U02"], issued.returns / "b.xlsx", late)
    return collect([issued.returns], issued.out)


def test_the_round_folder_holds_every_file_and_reruns_are_byte_identical(issued: Issued) -> None:
    _collect(issued)
    first = _bytes(ROUND)
    history = Path("out/progress/history.parquet").read_bytes()
    assert sorted(first) == sorted(FILES)
    collect([issued.returns], issued.out)
    assert _bytes(ROUND) == first
    assert Path("out/progress/history.parquet").read_bytes() == history


def test_csv_has_a_bom_and_guards_formula_text_json_and_parquet_hold_the_table(
    issued: Issued,
) -> None:
    result = _collect(issued)
    csv = (ROUND / "progress.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbfround,doc_id,task_id,task_no,title,unit_id,")
    assert "'+已下达".encode() in csv
    rows = json.loads((ROUND / "progress.json").read_text(encoding="utf-8"))
    assert len(rows) == 7 and rows[4]["progress"] == "+已下达"
    assert pl.read_parquet(ROUND / "progress.parquet").equals(result.progress)
    report = json.loads((ROUND / "collect.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"errors": 0, "warnings": 1, "by_rule": {"return.missing": 1}}
    assert (ROUND / "collect.md").read_text(encoding="utf-8").startswith("# Collect report\n")


def test_the_progress_workbook_reads_back_as_data(issued: Issued) -> None:
    _collect(issued)
    book = load_workbook(ROUND / "progress.xlsx")
    assert book.sheetnames == [
        "进度总览",
        "分单位进展",
        "问题清单",
        "未报送",
        "催办",
        "状态统计",
        "填报质量",
    ]
    overview = [[c.value for c in row] for row in book["进度总览"].iter_rows(min_row=4)]
    assert overview[0] == [
        1,
        "建设一体化政务云平台",
        "市大数据局",
        "序时推进",
        "2/2",
        "进度滞后",
        1,
        1,
    ]
    by_unit = book["分单位进展"]
    assert by_unit["A2"].value.startswith("亮灯规则：红灯 = 进度滞后，或已过完成时限且未已完成")
    assert [c.value for c in by_unit[5]][:6] == [
        1,
        "建设一体化政务云平台",
        "市财政局",
        "责任",
        "进度滞后",
        "红灯",
    ]
    assert len(by_unit.conditional_formatting) == 2
    problems = [[c.value for c in row] for row in book["问题清单"].iter_rows(min_row=4)]
    assert [(r[0], r[1], r[3]) for r in problems] == [
        ("市大数据局", 4, "需协调"),
        ("市财政局", 1, "进度滞后"),
    ]
    assert [[c.value for c in r] for r in book["未报送"].iter_rows(min_row=4)] == [
        ["市公安局", "U03", 2, "未收到报送"]
    ]
    reminders = [[c.value for c in r] for r in book["催办"].iter_rows(min_row=4)]
    assert [(r[0], r[1], r[2]) for r in reminders] == [
        ("市大数据局", "已报送", 1),
        ("市财政局", "已报送", 1),
        ("市公安局", "未收到报送", 0),
    ]
    counts = book["状态统计"]
    assert [c.value for c in counts[3]] == [
        "单位",
        "已完成",
        "序时推进",
        "进度滞后",
        "未启动",
        "需协调",
        "未填报或未报送",
    ]
    assert len(counts._charts) == 1
    quality = [[c.value for c in r] for r in book["填报质量"].iter_rows(min_row=4)]
    assert [(r[0], r[4]) for r in quality] == [("departments/市公安局.xlsx", "return.missing")]


def test_history_keeps_every_round_and_a_later_round_leaves_earlier_ones(issued: Issued) -> None:
    first = _collect(issued)
    later = collect([], issued.out, round_="2027-01")  # nobody reported for 2027-01
    history = pl.read_parquet("out/progress/history.parquet")
    assert history.get_column("round").unique().sort().to_list() == ["2026-12", "2027-01"]
    assert history.filter(round="2026-12").equals(first.history)
    assert later.progress.get_column("reported").to_list() == [False] * 7
    assert later.history.equals(history)


def test_carry_forward_returns_each_units_last_answers(issued: Issued) -> None:
    _collect(issued)
    collect([], issued.out, round_="2027-01")  # nobody reported for 2027-01
    answers = last_answers(issued.out)
    assert sorted(answers) == ["U01", "U02"]
    carried = answers["U01"]["demo-plan#1"]
    assert (carried.round, carried.fill_ins()) == (
        "2026-12",
        (GOOD[1][0], "序时推进", None, GOOD[1][3]),
    )
    assert answers["U02"]["demo-plan#1"].status == "进度滞后"
    assert last_answers(Path("nowhere")) == {}


def test_a_damaged_history_is_one_clear_error(issued: Issued) -> None:
    from pipeline.errors import CollectError

    _collect(issued)
    Path("out/progress/history.parquet").write_bytes(b"keep")
    with pytest.raises(CollectError, match="the history of collected rounds cannot be read"):
        last_answers(issued.out)
    before = _bytes(ROUND)
    with pytest.raises(CollectError, match="the history of collected rounds cannot be read"):
        collect([issued.returns], issued.out, round_="2027-01")
    assert not Path("out/progress/2027-01").exists() and _bytes(ROUND) == before
