"""The progress table, its overview and lights on the tiny plan (progress.py, lights.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from pipeline.collect import collect
from pipeline.collect.deadlines import deadline_date
from pipeline.collect.lights import load_lights
from pipeline.collect.progress import overview, round_end
from pipeline.errors import CollectError
from pipeline.statuses import load_statuses
from tests.collect.conftest import Issued
from tests.collect.issued import GOOD, fill

MIXED = {
    1: ("方案已报审。", "进行中", None, None),
    3: ("资金已下达。", "已完成", None, "跟踪使用。"),
}


def _collect_mixed(issued: Issued):  # type: ignore[no-untyped-def]
    fill(issued.workbooks["U01"], issued.returns / "大数据局.xlsx")
    fill(issued.workbooks["U02"], issued.returns / "财政局.xlsx", MIXED)
    return collect([issued.returns], issued.out)


def test_the_progress_table_has_one_row_per_task_and_unit_owed(issued: Issued) -> None:
    result = _collect_mixed(issued)
    rows = result.progress.select(
        "round", "task_no", "unit_id", "role", "reported", "status", "light", "source_file"
    ).rows()
    assert rows == [
        ("2026-12", 1, "U01", "lead", True, "序时推进", "yellow", "returns/大数据局.xlsx"),
        ("2026-12", 1, "U02", "responsible", True, None, "yellow", "returns/财政局.xlsx"),
        ("2026-12", 2, "U01", "lead", True, "已完成", "green", "returns/大数据局.xlsx"),
        ("2026-12", 2, "U03", "cooperating", False, None, "none", None),
        ("2026-12", 3, "U02", "lead", True, "已完成", "green", "returns/财政局.xlsx"),
        ("2026-12", 4, "U03", "lead", False, None, "none", None),
        ("2026-12", 4, "U01", "responsible", True, "需协调", "red", "returns/大数据局.xlsx"),
    ]
    assert result.progress.columns == [
        "round",
        "doc_id",
        "task_id",
        "task_no",
        "title",
        "unit_id",
        "short_name",
        "role",
        "reported",
        "status",
        "progress",
        "problems",
        "next_steps",
        "light",
        "source_file",
        "source_sha256",
    ]
    first = result.progress.row(0, named=True)
    assert (first["title"], first["progress"], first["next_steps"]) == (
        "建设一体化政务云平台",
        GOOD[1][0],
        GOOD[1][3],
    )
    assert (
        first["source_sha256"]
        == __import__("hashlib").sha256((issued.returns / "大数据局.xlsx").read_bytes()).hexdigest()
    )


def test_the_overview_takes_the_least_advanced_status_and_the_leads_first(issued: Issued) -> None:
    result = _collect_mixed(issued)
    frame = overview(result.progress, load_statuses())
    assert frame.select(
        "task_no", "leads", "lead_status", "reported", "owed", "overall", "red", "yellow"
    ).rows() == [
        (1, "市大数据局", "序时推进", 2, 2, "序时推进", 0, 2),
        (2, "市大数据局", "已完成", 1, 2, "已完成", 0, 0),
        (3, "市财政局", "已完成", 1, 1, "已完成", 0, 0),
        (4, "市公安局", "—", 1, 2, "需协调", 1, 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年底前", date(2024, 12, 31)),
        ("2024年年底", date(2024, 12, 31)),
        ("2025年6月", date(2025, 6, 30)),
        ("2025年6月底前", date(2025, 6, 30)),
        ("2024年2月", date(2024, 2, 29)),
        ("2025年6月15日", date(2025, 6, 15)),
        ("2025年上半年", date(2025, 6, 30)),
        ("2025年第三季度", date(2025, 9, 30)),
        ("2025年一季度", date(2025, 3, 31)),
        ("2024年底前完成试点，2025年6月底前全面推开", date(2025, 6, 30)),
        ("长期坚持", None),
        ("持续推进", None),
        (None, None),
    ],
)
def test_a_printed_deadline_reads_as_its_last_day(text: str | None, expected: date | None) -> None:
    assert deadline_date(text) == expected


@pytest.mark.parametrize(
    ("status", "deadline", "light"),
    [
        ("进度滞后", date(2027, 6, 30), "red"),
        ("序时推进", date(2026, 11, 30), "red"),
        ("已完成", date(2026, 11, 30), "green"),
        ("需协调", date(2027, 6, 30), "yellow"),
        ("序时推进", date(2027, 1, 30), "yellow"),
        ("序时推进", date(2027, 1, 31), "green"),
        (None, None, "green"),
    ],
)
def test_lights_follow_the_thresholds(
    status: str | None, deadline: date | None, light: str
) -> None:
    lights = load_lights(load_statuses())
    assert lights.light(status, deadline, date(2026, 12, 31)) == light


def test_the_thresholds_are_checked_against_the_status_list(tmp_path: Path) -> None:
    bad = tmp_path / "lights.toml"
    bad.write_text(
        'yellow_within_days = 30\nred_statuses = ["滞后"]\nyellow_statuses = []\ndone_statuses = ["已完成"]\n',
        encoding="utf-8",
    )
    with pytest.raises(
        CollectError, match=r"red_statuses names statuses not in schemas/statuses\.csv: 滞后"
    ):
        load_lights(load_statuses(), bad)


def test_a_round_ends_on_its_last_day() -> None:
    assert (round_end("2026-12"), round_end("2027-02"), round_end("")) == (
        date(2026, 12, 31),
        date(2027, 2, 28),
        None,
    )


def test_collect_without_an_export_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CollectError, match="no export to check the returns against"):
        collect([tmp_path], tmp_path / "nothing")


def test_the_history_frame_is_returned_for_the_overview_page(issued: Issued) -> None:
    result = _collect_mixed(issued)
    assert result.history.equals(
        result.progress.sort("round", "doc_id", "task_no", "unit_id", maintain_order=True)
    )
    assert isinstance(result.history, pl.DataFrame)
