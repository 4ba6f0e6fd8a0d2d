"""Rendering a report: text, JSON, Markdown and GitHub annotations say the same thing."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from pipeline.model import Correction
from pipeline.validate import report as render
from pipeline.validate.findings import Finding, Report
from pipeline.validate.rules import Severity

LOST = Finding(
    "text.lost", Severity.ERROR, "text lost in the scrape: “??”", "add a fix, then rerun",
    "raw/plan.txt", "plan", 14, 464, 5, "以社??檩d體",
)  # fmt: skip
REPEATED = Finding(
    "clause.duplicate", Severity.WARNING, "“市公安局” is listed twice in the clause",
    "delete the repeated unit", "raw/plan.txt", "plan", 9, 27, 3, "市公安局、市公安局",
)  # fmt: skip
BROKEN = Finding(
    "schema", Severity.ERROR, "tasks.line fails ge(1): 0", "report it", "", None, None, None,
    None, "",
)  # fmt: skip
FIX = Correction("電子社???", "電子社保卡", "lost 保卡", 1, 14, "raw/plan.corrections.toml", 10)
REPORT = Report.of([LOST, REPEATED, BROKEN], documents=["raw/plan.txt"], applied=[FIX])


def test_text_lists_counts_by_rule_then_each_finding() -> None:
    assert render.text(REPORT) == (
        "INVALID: 1 document, 2 error(s), 1 warning(s)\n"
        "\n"
        "by rule:\n"
        "  clause.duplicate  warning  1\n"
        "  schema            error    1\n"
        "  text.lost         error    1\n"
        "\n"
        "(pipeline): error [schema] tasks.line fails ge(1): 0\n"
        "    fix: report it\n"
        "raw/plan.txt:9:27: warning [clause.duplicate] task 3: “市公安局” is listed twice in the clause\n"
        "    | 市公安局、市公安局\n"
        "    fix: delete the repeated unit\n"
        "raw/plan.txt:14:464: error [text.lost] task 5: text lost in the scrape: “??”\n"
        "    | 以社??檩d體\n"
        "    fix: add a fix, then rerun\n"
        "\n"
        "corrections applied (1):\n"
        "  raw/plan.corrections.toml:10: “電子社???” → “電子社保卡” (1×, raw line 14)\n"
    )


def test_a_finding_names_a_nested_task_by_its_id() -> None:
    nested = replace(REPEATED, task_no=1, task_id="2.1")
    report = Report.of([nested])
    assert "task 2.1: “市公安局” is listed twice" in render.text(report)
    assert "task 2.1: “市公安局” is listed twice" in render.github(report)
    assert "| 2.1 |" in render.markdown(report)
    assert json.loads(render.to_json(report))["findings"][0]["task_id"] == "2.1"


def test_a_valid_report_says_so_in_one_line() -> None:
    assert render.text(Report.of([], documents=["a.txt", "b.txt"])) == (
        "valid: 2 documents, 0 error(s), 0 warning(s)\n"
    )


def test_json_has_one_object_per_finding_in_a_fixed_order() -> None:
    data = json.loads(render.to_json(REPORT))
    assert list(data) == ["valid", "strict", "documents", "summary", "findings", "corrections"]
    assert data["summary"] == {
        "errors": 2,
        "warnings": 1,
        "by_rule": {"clause.duplicate": 1, "schema": 1, "text.lost": 1},
    }
    assert data["findings"][2] == {
        "rule": "text.lost",
        "severity": "error",
        "path": "raw/plan.txt",
        "line": 14,
        "column": 464,
        "doc_id": "plan",
        "task_no": 5,
        "task_id": None,
        "cell": None,
        "unit": None,
        "message": "text lost in the scrape: “??”",
        "excerpt": "以社??檩d體",
        "hint": "add a fix, then rerun",
    }
    assert data["corrections"] == [
        {
            "file": "raw/plan.corrections.toml",
            "file_line": 10,
            "find": "電子社???",
            "replace": "電子社保卡",
            "reason": "lost 保卡",
            "count": 1,
            "line": 14,
        }
    ]


def test_json_is_deterministic_and_keeps_chinese_readable() -> None:
    assert render.to_json(REPORT) == render.to_json(
        Report.of(reversed(REPORT.findings), documents=["raw/plan.txt"], applied=[FIX])
    )
    assert "以社??檩d體" in render.to_json(REPORT)


def test_github_annotations_escape_their_properties() -> None:
    lines = render.github(REPORT).splitlines()
    assert lines[0] == "::error title=schema::tasks.line fails ge(1): 0 — fix: report it"
    assert lines[2] == (
        "::error file=raw/plan.txt,line=14,col=464,title=text.lost::task 5: text lost in the "
        "scrape: “??” [以社??檩d體] — fix: add a fix, then rerun"
    )
    assert lines[1].startswith("::warning file=raw/plan.txt,line=9,col=27,title=clause.duplicate::")
    assert lines[-1] == "INVALID: 1 document, 2 error(s), 1 warning(s)"
    odd = Finding("schema", Severity.ERROR, "50%\nbad", "h", "a,b:c.txt", None, 1, 1, None, "")
    assert render.github(Report.of([odd])).splitlines()[0] == (
        "::error file=a%2Cb%3Ac.txt,line=1,col=1,title=schema::50%25%0Abad — fix: h"
    )


def test_markdown_escapes_table_cells() -> None:
    cell = Finding("schema", Severity.ERROR, "a | b", "use <name>.toml", "p", None, 1, 1, None, "")
    assert "| a \\| b |  | use &lt;name>.toml |" in render.markdown(Report.of([cell]))


def test_the_formats_agree_on_the_findings() -> None:
    from_json = [f["rule"] for f in json.loads(render.to_json(REPORT))["findings"]]
    from_text = re.findall(r"^\S.*? (?:error|warning) \[([a-z_.]+)\]", render.text(REPORT), re.M)
    from_github = re.findall(r"title=([a-z_.]+)::", render.github(REPORT))
    markdown = render.markdown(REPORT).split("## Findings\n")[1]
    from_markdown = re.findall(
        r"^\|[^|]*\|[^|]*\| (?:error|warning) \| `([a-z_.]+)`", markdown, re.M
    )
    assert from_json == from_text == from_github == from_markdown
    assert from_json == ["schema", "clause.duplicate", "text.lost"]


def test_strict_reports_say_so() -> None:
    strict = REPORT.as_strict()
    assert render.summary(strict) == (
        "INVALID: 1 document, 3 error(s), 0 warning(s) (strict: warnings count as errors)"
    )
    assert json.loads(render.to_json(strict))["strict"] is True


def test_a_terminal_shows_fifty_findings_of_a_rule_and_counts_the_rest() -> None:
    # A corpus's unfilled returns gave 857,876 warnings of one rule: 1.7 million lines.
    many = [
        Finding(
            "clause.duplicate",
            Severity.WARNING,
            f"repeat {i}",
            "delete it",
            "raw/plan.txt",
            "plan",
            i + 1,
            1,
            None,
            "",
        )
        for i in range(60)
    ]
    report = Report.of([*many, LOST], documents=["raw/plan.txt"])
    text = render.text(report)
    assert text.count("warning [clause.duplicate]") == render.PER_RULE == 50
    assert text.count("[text.lost]") == 1
    assert "… and 10 more [clause.duplicate] (the JSON report lists every finding)\n" in text
    assert "repeat 49\n" in text and "repeat 50\n" not in text
    assert render.markdown(report).count("`clause.duplicate` |") == 1 + 50
    assert render.github(report).count("::warning ") == 50
    assert len(json.loads(render.to_json(report))["findings"]) == 61


def _as_json_dumps_writes_it(report: Report) -> str:
    """The report as json.dumps writes the document, the reference for to_json's bytes."""
    from pipeline.columns import record
    from schemas.tables import CorrectionsSchema, FindingsSchema

    document = {
        "valid": report.valid,
        "strict": report.strict,
        "documents": list(report.documents),
        "summary": {
            "errors": len(report.errors),
            "warnings": len(report.warnings),
            "by_rule": report.counts(),
        },
        "findings": [record(f, FindingsSchema) for f in report.findings],
        "corrections": [record(c, CorrectionsSchema) for c in report.applied],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def test_json_is_what_json_dumps_writes_even_for_awkward_text() -> None:
    odd = Finding(
        "return.locked.changed", Severity.ERROR, 'a "quoted" \\ back\tslash\nnew line \x1f',
        "写成 \u2028 这样", "returns/市财政局.xlsx", None, None, None, None, "😀 → 𠀋",
        cell="任务清单!B7", unit="市财政局",
    )  # fmt: skip
    for report in (REPORT, Report.of([odd, LOST]), Report.of([], documents=["a.txt"])):
        assert render.to_json(report) == _as_json_dumps_writes_it(report)
