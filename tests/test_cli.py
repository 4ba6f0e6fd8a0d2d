from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from pipeline.columns import names
from pipeline.parse import serialise
from schemas.tables import TasksSchema
from tests.conftest import REAL


def test_extract_json_equals_the_library_result() -> None:
    result = CliRunner().invoke(main, ["extract", str(REAL), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output == serialise.documents_json(run.extract([REAL]))
    (doc,) = json.loads(result.output)
    assert list(doc) == [
        "doc_id", "source", "sha256", "title", "issuer", "published", "signed",
        "document_number", "targets", "tasks", "cleaning",
    ]  # fmt: skip
    assert (doc["title"], doc["issuer"], doc["published"]) == (
        "郑州市数字政府建设行动方案",
        "郑州市人民政府",
        "2024-01-08",
    )
    task = doc["tasks"][14]
    assert (task["task_no"], task["label"], task["line"], task["deadline"]) == (15, "15)", 33, None)
    assert list(task) == [
        *names(TasksSchema)[1:],
        "lead",
        "responsible",
        "cooperating",
        "etc",
        "leaders",
        "note",
    ]
    assert task["lead"] == ["市农委", "市大数据局"]
    assert task["responsible"] == ["市政府各部门", "各开发区管委会", "各区县〔市〕人民政府"]
    assert (task["cooperating"], task["etc"], task["leaders"], task["note"]) == ([], [], [], None)
    assert (doc["tasks"][0]["span_start"], doc["tasks"][0]["span_end"]) == (562, 1089)
    assert [t["year"] for t in doc["targets"]] == [2025, 2035]


def test_extract_table_lists_every_task() -> None:
    result = CliRunner().invoke(main, ["extract", str(REAL)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "  15 tasks"
    assert "加快应急管理系统融合，提升应急应对和处置能力" in result.output


def test_bad_file_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 1
    assert result.output == (
        f"error: {bad}:1: binary content (NUL byte), not a text document"
        " — save the plan as plain text (UTF-8) or .docx\n"
    )


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_readme_shows_the_real_help() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["--help"], prog_name="pipeline")
    assert f"$ pipeline --help\n{result.output}```" in readme


def test_extract_output_has_no_gloss_and_no_traditional_character() -> None:
    import re

    import opencc

    output = CliRunner().invoke(main, ["extract", str(REAL), "--format", "json"]).output
    text = "".join(json.loads(output)[0]["tasks"][i]["body"] for i in range(15)) + output
    assert opencc.OpenCC("t2s").convert(text) == text
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]", text)


@pytest.mark.parametrize("command", ["validate", "export"])
def test_folder_without_documents_is_a_usage_error_and_writes_nothing(
    command: str, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    args = [command, str(tmp_path / "empty")]
    if command == "export":
        args += ["--out", str(tmp_path / "out")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "no document (.txt, .text, .docx, .html, .htm) found" in result.output
    assert not (tmp_path / "out").exists()
