"""The sidecar and corrections files are checked against schemas/tomlfiles.py before use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.read.ingest import read

PLAN = "《测试方案》\n1）任务一\n做事。（牵头单位：市大数据局）\n"


def _read(tmp_path: Path, name: str, toml: str) -> IngestError:
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / name).write_text(toml, encoding="utf-8")
    with pytest.raises(IngestError) as err:
        read(tmp_path / "a.txt")
    assert err.value.path == tmp_path / name
    return err.value


@pytest.mark.parametrize(
    ("toml", "line", "message", "hint"),
    [
        (
            "[document]\npublished = 2024-01-08T10:00:00+08:00\n",
            2,
            "[document] published must be a date, not a date and time",
            "write it like published = 2024-01-08",
        ),
        (
            '[document]\nissuer = ["a"]\n',
            2,
            "[document] issuer must be text, not a list",
            'write it like issuer = "郑州市人民政府"',
        ),
        (
            "# the title\n[document]\ntitle = 5\n",
            3,
            "[document] title must be text, not a number",
            'write it like title = "郑州市数字政府建设行动方案"',
        ),
        (
            '[documents]\ntitle = "x"\n',
            1,
            "unknown table 'documents'",
            "this file may hold only [document], [reporting]",
        ),
        (
            'title = "x"\n',
            1,
            "unknown key 'title'",
            "this file may hold only [document], [reporting]",
        ),
        (
            '[document]\npublisher = "x"\n',
            2,
            "unknown key 'publisher' in [document]",
            "use only title, issuer, document_number, signed, published",
        ),
        (
            "[document]\nsigned = 2024-02-01\npublished = 2024-01-08\n",
            2,
            "[document] signed (2024-02-01) is after published (2024-01-08)",
            "a document is signed on or before it is published; check both dates",
        ),
        (
            "[document]\npublished = 1900-01-08\n",
            2,
            "[document] published has the year 1900, outside 1949–2100",
            "write it like published = 2024-01-08",
        ),
        (
            '[reporting]\nround = "2024-13"\n',
            2,
            "[reporting] round must look like \"2024-03\", not '2024-13'",
            'write it like round = "2024-03"',
        ),
        (
            '[reporting]\nround = "2101-01"\n',
            2,
            "[reporting] round has the year 2101, outside 1949–2100",
            'write it like round = "2024-03"',
        ),
        (
            "[[document]]\nsigned = 2024-02-01\n",
            1,
            "document has the wrong shape",
            "use one [document] table",
        ),
    ],
)
def test_sidecar_of_the_wrong_shape_is_a_located_error(
    tmp_path: Path, toml: str, line: int, message: str, hint: str
) -> None:
    err = _read(tmp_path, "a.toml", toml)
    assert (err.line, err.message, err.hint) == (line, message, hint)


@pytest.mark.parametrize(
    ("toml", "line", "message"),
    [
        ("correction = [1, 2]\n", 1, "correction has the wrong shape"),
        ('[[corrections]]\nfind = "a"\n', 1, "unknown table 'corrections'"),
        ('[correction]\nfind = "a"\n', 1, "correction has the wrong shape"),
        (
            '[[correction]]\nfind = "a"\nreplace = "b"\nreason = "c"\n\n'
            '[[correction]]\nfind = "a"\nreplace = 2\nreason = "c"\n',
            8,
            "[correction] replace must be text, not a number",
        ),
        ('[[correction]]\nfind = ""\nreplace = "b"\nreason = "c"\n', 2, None),
        ('[[correction]]\nfind = "a"\nreplace = "b"\nreason = "c"\nnote = "d"\n', 5, None),
    ],
)
def test_corrections_file_of_the_wrong_shape_is_a_located_error(
    tmp_path: Path, toml: str, line: int, message: str | None
) -> None:
    err = _read(tmp_path, "a.corrections.toml", toml)
    assert err.line == line
    if message is not None:
        assert err.message == message


def test_reporting_table_fills_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        '[document]\ntitle = "方案"\n\n[reporting]\nround = "2024-03"\ndue = 2024-04-10\n',
        encoding="utf-8",
    )
    side = read(tmp_path / "a.txt").sidecar
    assert (side.title, side.reporting_round, side.reporting_due) == (
        "方案",
        "2024-03",
        date(2024, 4, 10),
    )
