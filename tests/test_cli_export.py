from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.export.department_rows import ISSUED
from schemas.tables import IssuedSchema
from tests.conftest import REAL
from tests.export.xlsx_read import load, values


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "out"
    args = ["export", str(REAL), "--out", str(out), "--round", "2026-12", "--due", "2026-12-25"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Writing files" not in result.output  # no progress bar when output is piped
    return out


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--round", "2026-13", "'2026-13' is not a month like 2026-12"),
        ("--round", "2026-1", "'2026-1' is not a month like 2026-12"),
        ("--due", "2026-02-30", "'2026-02-30' is not a real date like 2026-12-25"),
        ("--due", "2026-12", "'2026-12' is not a real date like 2026-12-25"),
    ],
)
def test_a_bad_round_or_due_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, option: str, value: str, message: str
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", str(REAL), "--out", str(out), option, value])
    assert result.exit_code == 2
    assert message in result.output
    assert not out.exists()


def test_issued_rows_cover_every_assignment_of_the_real_plan(exported: Path) -> None:
    issued = pl.read_parquet(exported / "issued.parquet")
    assert (issued.height, issued["unit_id"].n_unique()) == (686, 63)
    assert issued["round"].unique().to_list() == ["2026-12"]
    assert issued.columns == ["unit_id", "short_name", "file", "row", "key", "doc_id", "task_id",
                              "task_no", "role", "deadline", "locked", "checksum", "round"]  # fmt: skip
    assert issued.equals(issued.sort("unit_id", "row"))
    locked = [json.loads(text) for text in issued["locked"]]
    assert Counter(r["承担角色"] for r in locked) == {"责任": 647, "牵头": 24, "主牵头": 15}
    assert {r["完成时限"] for r in locked} == {"2025年底前（方案总体目标）"}
    named = (
        issued.with_columns(named=pl.Series([r["承担方式"] == "直接点名" for r in locked]))
        .group_by("unit_id")
        .agg(pl.col("named").any())
    )
    assert named.filter(~pl.col("named")).height == 37  # units reached only through a phrase


def test_the_big_data_bureau_workbook_of_the_real_plan(exported: Path) -> None:
    book = load((exported / "departments" / "市大数据局.xlsx").read_bytes())
    rows = values(book["任务清单"])
    assert rows[1][0] == (
        "郑州市人民政府　文号：郑政〔2023〕25号　成文日期：2023年12月25日　印发日期：2024年1月8日"
    )
    assert rows[3][0] == "报送期次：2026年12月　　报送时限：2026年12月25日前"
    assert [r[0] for r in rows[7:]] == [1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    assert [r[3] for r in rows[7:]].count("主牵头") == 3
    meta = dict(values(book["_meta"]))
    assert (meta["round"], meta["due"]) == ("2026-12", "2026-12-25")


def test_an_inherited_only_workbook_quotes_the_phrase(exported: Path) -> None:
    rows = values(load((exported / "departments" / "市体育局.xlsx").read_bytes())["任务清单"])
    assert len(rows) - 7 == 11
    assert {r[4] for r in rows[7:]} == {"经“市政府各部门”覆盖"}


def test_the_documents_table_carries_the_plans_identity(exported: Path) -> None:
    docs = pl.read_parquet(exported / "documents.parquet")
    assert docs["document_number"].to_list() == ["郑政〔2023〕25号"]
    row = docs.row(0, named=True)
    assert (str(row["signed"]), str(row["published"]), row["n_tasks"]) == (
        "2023-12-25", "2024-01-08", 15
    )  # fmt: skip


def test_issued_rows_meet_their_schema(exported: Path) -> None:
    issued = pl.read_parquet(exported / "issued.parquet")
    assert IssuedSchema.validate(issued).equals(issued)
    assert dict(issued.schema) == ISSUED


def test_the_same_bytes_under_another_time_zone_and_locale(tmp_path: Path, exported: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "TZ": "Pacific/Kiritimati", "LC_ALL": "C", "LANG": "C"}
    args = ["export", str(REAL), "--out", str(out), "--round", "2026-12", "--due", "2026-12-25"]
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    ours = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xlsx"))
    assert len(ours) == 64
    for name in ours:
        assert (out / name).read_bytes() == (exported / name).read_bytes(), name
