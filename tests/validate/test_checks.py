"""Validation on inline documents and frames: each rule's finding, located exactly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from pipeline.errors import IngestError
from pipeline.frames import to_frames
from pipeline.model import CleanText, Correction, Document
from pipeline.parse.parser import parse
from pipeline.read.clean import clean
from pipeline.registry.lookup import Registry, load_registry
from pipeline.registry.resolve import ASSIGNMENTS, MENTIONS, UNKNOWN, Resolved, resolve_mentions
from pipeline.validate.checks import unreadable, validate
from pipeline.validate.findings import Finding, Report, excerpt, offset
from pipeline.validate.rules import Severity
from pipeline.validate.textchecks import MAX_TRADITIONAL, text_findings
from tests.conftest import raw_doc

HEAD = "《郑州市测试行动方案》\n"
TASK = "1）推进测试工作（牵头单位：市大数据局）\n"


def clean_text(text: str, corrections: tuple[Correction, ...] = ()) -> CleanText:
    """Return text that cleaning left as it was: every character maps to itself."""
    return CleanText("plan.txt", text, text, tuple(range(len(text))), (), corrections)


def document(text: str, corrections: tuple[Correction, ...] = ()) -> Document:
    raw = raw_doc(text, "plan.txt")
    return parse(raw, clean_text(text, corrections))


def nothing_resolved(unknown: pl.DataFrame | None = None) -> Resolved:
    if unknown is None:
        unknown = pl.DataFrame(schema=UNKNOWN)
    empty = pl.DataFrame(schema=MENTIONS), pl.DataFrame(schema=ASSIGNMENTS)
    return Resolved(*empty, unknown)


def check(
    text: str,
    resolved: Resolved | None = None,
    *,
    registry: Registry | None = None,
    strict: bool = False,
) -> Report:
    doc = document(text)
    frames = to_frames([doc])
    if registry is not None:
        resolved = resolve_mentions(frames.mentions, frames.documents, registry)
    return validate([doc], frames, resolved or nothing_resolved(), strict=strict)


def found(report: Report) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(f.rule, f.line, f.column, f.task_no) for f in report.findings]


def test_a_well_formed_document_has_no_findings() -> None:
    report = check(HEAD + TASK + "2）强化数据治理（牵头单位：市政务办）\n")
    assert (report.findings, report.valid, report.documents) == ((), True, ("plan.txt",))


@pytest.mark.parametrize(
    ("tasks", "expected"),
    [
        ("1）甲（牵头单位：市大数据局）\n3）乙（牵头单位：市大数据局）\n", [("task.numbering.gap", 3, 1, 3)]),
        ("2）甲（牵头单位：市大数据局）\n3）乙（牵头单位：市大数据局）\n", [("task.numbering.gap", 2, 1, 2)]),
        ("1）甲（牵头单位：市大数据局）\n1）乙（牵头单位：市大数据局）\n", [("task.numbering.duplicate", 3, 1, 1)]),
        ("1）甲（牵头单位：市大数据局）\n2）乙（牵头单位：市大数据局）\n2）丙（牵头单位：市大数据局）\n3）丁（牵头单位：市大数据局）\n",
         [("task.numbering.duplicate", 4, 1, 2)]),
    ],
)  # fmt: skip
def test_task_numbers_run_one_to_n(tasks: str, expected: list[tuple[str, int, int, int]]) -> None:
    assert found(check(HEAD + tasks)) == expected


def test_articles_may_start_after_the_article_of_purpose_and_only_after_it() -> None:
    purpose = "第一条　为优化营商环境，根据有关法律法规，制定本规定。\n"
    tasks = (
        "第二条　推行企业开办一日办结。（牵头单位：市市场监管局）\n"
        "第三条　推进审批提速。（牵头单位：市大数据局）\n"
    )
    assert (
        found(check(HEAD + purpose + tasks)),
        document(HEAD + purpose + tasks).numbered_from,
    ) == (
        [],
        2,
    )
    # without it, or with a first article that is a task's, 第二条 is a gap
    assert found(check(HEAD + tasks)) == [("task.numbering.gap", 2, 1, 2)]
    other = "第一条　加强组织领导。\n"
    assert [f[0] for f in found(check(HEAD + other + tasks))] == ["task.lead.missing"]


def test_numbering_may_restart_or_continue_in_each_section() -> None:
    restart = "一、甲\n1）子（牵头单位：市大数据局）\n二、乙\n1）丑（牵头单位：市大数据局）\n2）寅（牵头单位：市大数据局）\n"
    continued = "一、甲\n1）子（牵头单位：市大数据局）\n二、乙\n2）丑（牵头单位：市大数据局）\n"
    assert check(HEAD + restart).findings == ()
    assert check(HEAD + continued).findings == ()


def test_a_row_after_rows_numbered_by_levels_goes_on_from_its_own_level() -> None:
    rows = (
        "责任目标 | 牵头单位 |\n1、甲 | 市大数据局 |\n1.1子 | 市大数据局 |\n1.2丑 | 市大数据局 |\n"
        "2、乙 | 市大数据局 |\n2.1寅 | 市大数据局 |\n"
    )
    assert check(HEAD + rows).findings == ()  # 2、 goes on from 1、, not from 1.2


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("1、甲 | 市大数据局 |\n1.1子 | 市大数据局 |\n1.3丑 | 市大数据局 |\n2、乙 | 市大数据局 |\n",
         (5, "task 1.3: number 3 follows 1; expected 2")),
        ("1、甲 | 市大数据局 |\n1.1子 | 市大数据局 |\n3、乙 | 市大数据局 |\n4、丙 | 市大数据局 |\n",
         (5, "task 3: number 3 follows 1 (line 3); expected 2")),
    ],
)  # fmt: skip
def test_a_table_that_skips_a_number_goes_on_and_the_gap_is_reported(
    rows: str, expected: tuple[int, str]
) -> None:
    report = check(HEAD + "责任目标 | 牵头单位 |\n" + rows)
    (finding,) = report.findings
    assert (finding.rule, finding.line, f"task {finding.task_id}: {finding.message}") == (
        "task.numbering.gap",
        *expected,
    )
    assert report.documents == ("plan.txt",)


def test_a_section_that_skips_a_number() -> None:
    tasks = "一、甲\n1）子（牵头单位：市大数据局）\n二、乙\n3）丑（牵头单位：市大数据局）\n"
    (finding,) = check(HEAD + tasks).findings
    assert (finding.rule, finding.line, finding.message) == (
        "task.numbering.gap",
        5,
        "number 3 opens a new section; expected 1 or 2",
    )


def test_clause_rules_tell_no_clause_from_an_empty_one() -> None:
    tasks = "1）甲\n2）乙（牵头单位：；责任单位：）\n3）丙（责任单位：市政务办）\n"
    assert found(check(HEAD + tasks)) == [
        ("task.lead.missing", 2, 1, 1),
        ("clause.empty", 3, 4, 2),
        ("task.lead.missing", 4, 4, 3),
    ]


def test_a_unit_listed_twice_compares_printed_forms_without_a_registry() -> None:
    tasks = "1）甲（牵头单位：市大数据局；责任单位：市大数据局、市政务办、市政务办）\n"
    report = check(HEAD + tasks)
    assert found(report) == [
        ("clause.lead_also_responsible", 2, 21, 1),
        ("clause.duplicate", 2, 32, 1),
    ]
    assert [f.severity for f in report.findings] == [Severity.ERROR, Severity.WARNING]
    assert report.valid is False


def test_with_the_registry_an_alias_is_the_same_unit() -> None:
    tasks = "1）甲（牵头单位：市大数据局；责任单位：市数字城市办公室）\n"
    assert check(HEAD + tasks).findings == ()
    report = check(HEAD + tasks, registry=load_registry())
    assert found(report) == [("clause.lead_also_responsible", 2, 21, 1)]


def test_a_unit_and_a_collective_that_covers_it_are_not_a_repetition() -> None:
    tasks = "1）甲（牵头单位：市大数据局；责任单位：市政府各部门）\n"
    assert check(HEAD + tasks, registry=load_registry()).findings == ()


def test_unknown_units_carry_their_suggestions() -> None:
    doc_text = HEAD + "1）甲（牵头单位：市公按局）\n"
    unknown = pl.DataFrame(
        [
            (
                "plan",
                "1",
                1,
                "lead",
                "市公按局",
                2,
                10,
                "市公安局 (郑州市公安局)；市司法局 (郑州市司法局)",
            )
        ],
        schema=UNKNOWN,
        orient="row",
    )
    report = check(doc_text, nothing_resolved(unknown))
    (finding,) = report.findings
    assert finding == Finding(
        rule="unit.unknown",
        severity=Severity.ERROR,
        message="unknown unit “市公按局” (牵头单位)",
        hint="did you mean 市公安局 (郑州市公安局) or 市司法局 (郑州市司法局)? else fix the unit's "
        "name, or add the unit or an alias to schemas/units.csv",
        path="plan.txt",
        doc_id="plan",
        line=2,
        column=10,
        task_no=1,
        excerpt="1）甲（牵头单位：市公按局）",
        task_id="1",
    )


def test_pandera_failures_are_mapped_to_rules_and_rows() -> None:
    report = check("到2125年，建成。\n1）（牵头单位：市大数据局）\n")
    assert found(report) == [
        ("document.title.missing", 1, 1, None),
        ("target.year", 1, 2, None),
        ("task.title.empty", 2, 1, 1),
    ]
    assert report.findings[1].message == "target year 2125 is outside 2000–2100"


def test_a_failure_no_rule_names_is_a_schema_finding_at_its_row() -> None:
    doc = document(HEAD + TASK)
    frames = to_frames([doc])
    broken = replace(frames, mentions=frames.mentions.with_columns(role=pl.lit("boss")))
    (finding,) = validate([doc], broken, nothing_resolved()).findings
    assert (finding.rule, finding.line, finding.column, finding.task_no) == ("schema", 2, 15, 1)
    assert (
        finding.message == "mentions.role fails isin(['lead', 'responsible', 'cooperating']): boss"
    )


def test_a_stale_correction_is_an_error_at_its_entry() -> None:
    stale = Correction("测??", "测试", "lost", 0, None, "plan.corrections.toml", 7)
    applied = Correction("甲", "乙", "typo", 1, 2, "plan.corrections.toml", 3)
    doc = document(HEAD + TASK, corrections=(stale, applied))
    report = validate([doc], to_frames([doc]), nothing_resolved())
    assert found(report) == [("correction.stale", 7, 1, None)]
    assert report.findings[0].path == "plan.corrections.toml"
    assert report.applied == (applied,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以社??檩d体，推动", [("??檩d", 1, 3)]),
        ("电子社???，著力", [("???", 1, 4)]),
        ("数据\ufffd\ufffd共享", [("\ufffd\ufffd", 1, 3)]),
        ("网络□体系", [("□", 1, 3)]),
        ("测试d平台", [("d", 1, 3)]),
        ("用好APP、IPv6和CIM，建设5G网络", []),
        ("version 2 of the app?", []),
        # a GBK page decoded a byte off: （五）加快 printed ?。ㄎ澹┘涌熘榻, its number lost
        ("建设。\n?。ㄎ澹┘涌熘榻鲁墙建设", [("?。ㄎ澹┘涌熘榻", 2, 1)]),
        ("推进。\n?。ǘ┩七M(jìn)东部", [("?。ǘ┩七M", 2, 1)]),
        ("OK?。下一步", []),
        ("表格┌─┬─┐", []),
    ],
)
def test_lost_text(text: str, expected: list[tuple[str, int, int]]) -> None:
    findings = [f for f in text_findings(document(text)) if f.rule == "text.lost"]
    got = [(f.message.split("“")[1].rstrip("”"), f.line, f.column) for f in findings]
    assert got == expected


def test_an_item_number_read_again_from_garbled_text_is_reported_where_it_was() -> None:
    text = "一、优化环境\n ?。ǘ┩七M(jìn)政务服务。（责任单位：市大数据局）\n"
    raw = raw_doc(text, "plan.txt")
    doc = parse(raw, clean(raw))
    assert [t.title for t in doc.tasks] == ["政务服务"]
    findings = [f for f in text_findings(doc) if f.rule == "text.lost"]
    assert [(f.message, f.line, f.column, f.task_no) for f in findings] == [
        ("text lost in the scrape: “?。ǘ┩七M(jìn)政务服务”", 2, 2, 2)
    ]


def test_lost_text_hint_proposes_a_correction() -> None:
    (finding,) = text_findings(document("以社??檩d体"))
    assert finding.hint == (
        'add to plan.corrections.toml: [[correction]] find = "社??檩d体", '
        'replace = "<the text restored>", reason = "…"'
    )


@pytest.mark.parametrize(
    ("text", "column"),
    [("发(fā)布", 2), ("发展 (fā zhǎn) 建设", 4), ("发展（fa1）", 3), ("第六版（IPv6）", None),
     ("模型（CIM）", None), ("研究院（郑州分院）", None), ("合计（b）", None)],
)  # fmt: skip
def test_pinyin_glosses(text: str, column: int | None) -> None:
    columns = [f.column for f in text_findings(document(text)) if f.rule == "text.pinyin_gloss"]
    assert columns == ([] if column is None else [column])


def test_traditional_characters_are_grouped_and_capped() -> None:
    (finding,) = text_findings(document("推进數據共享"))
    assert (finding.rule, finding.message, finding.column, finding.severity) == (
        "text.traditional",
        "traditional character(s) “數據” left after cleaning",
        3,
        Severity.WARNING,
    )
    many = "，".join("發" for _ in range(MAX_TRADITIONAL + 3))
    findings = text_findings(document(many))
    assert len(findings) == MAX_TRADITIONAL + 1
    assert findings[-1].message == "“發” and 2 more run(s) of traditional characters not listed"


def test_simplified_text_that_opencc_would_keep_is_not_traditional() -> None:
    assert text_findings(document("显著提升，干部队伍，〔2023〕25号")) == []


def test_strict_turns_warnings_into_errors() -> None:
    text = HEAD + "1）甲（牵头单位：市大数据局、市大数据局）\n"
    assert check(text).valid is True
    strict = check(text, strict=True)
    assert (strict.valid, strict.strict, [f.severity for f in strict.findings]) == (
        False,
        True,
        [Severity.ERROR],
    )


def test_report_sorts_by_file_line_column_and_counts_by_rule() -> None:
    def at(path: str, line: int, column: int, rule: str) -> Finding:
        return Finding(rule, Severity.ERROR, "m", "h", path, None, line, column, None, "")

    report = Report.of(
        [at("b", 1, 1, "x"), at("a", 9, 1, "y"), at("a", 2, 5, "y"), at("a", 2, 5, "x")]
    )
    assert [(f.path, f.line, f.column, f.rule) for f in report.findings] == [
        ("a", 2, 5, "x"),
        ("a", 2, 5, "y"),
        ("a", 9, 1, "y"),
        ("b", 1, 1, "x"),
    ]
    assert report.counts() == {"x": 2, "y": 2}


def test_an_unreadable_file_becomes_a_finding() -> None:
    err = IngestError("the file is empty", path=Path("raw/a.txt"), hint="export the plan's text")
    assert unreadable(err) == Finding(
        "document.unreadable", Severity.ERROR, "the file is empty", "export the plan's text",
        "raw/a.txt", None, 1, 1, None, "",
    )  # fmt: skip


def test_excerpt_and_offset_stay_on_the_line() -> None:
    raw = "第一行\n" + "甲" * 30 + "乙" + "丙" * 30 + "\n末行"
    start = raw.index("乙")
    assert excerpt(raw, start, start + 1) == "…" + "甲" * 12 + "乙" + "丙" * 12 + "…"
    assert excerpt(raw, 0, 1) == "第一行"
    assert offset(raw, 2, 31) == start


def test_a_finding_in_a_nested_plan_names_the_task_by_its_id() -> None:
    tasks = (
        "一、甲类工作\n1.推进甲（牵头单位：市大数据局）\n"
        "二、乙类工作\n1.推进乙（牵头单位：市公安局；责任单位：市公安局）\n"
    )
    report = check(HEAD + tasks, registry=load_registry())
    (finding,) = report.findings
    assert (finding.rule, finding.line, finding.task_no, finding.task_id) == (
        "clause.lead_also_responsible",
        5,
        1,
        "2.1",
    )


def test_tasks_under_a_row_number_merged_over_them_go_on_by_their_own_numbers() -> None:
    merged = (
        "序号 | 责任目标 | 牵头单位 |\n1 | 1.甲 | 市大数据局 |\n1 | 2.乙 | 市大数据局 |\n"
        "2 | 1.丙 | 市大数据局 |\n2 | 2.丁 | 市大数据局 |\n3 | 戊 | 市大数据局 |\n"
    )
    report = check(HEAD + merged)
    assert report.findings == ()
    raw = raw_doc(HEAD + merged)
    doc = parse(raw, clean(raw))
    assert [(t.task_id, t.no, t.title) for t in doc.tasks] == [
        ("1.1", 1, "甲"), ("1.2", 2, "乙"), ("2.1", 1, "丙"), ("2.2", 2, "丁"), ("3", 3, "戊"),
    ]  # fmt: skip
    # a row after them that skips the next number is still a gap
    (finding,) = check(HEAD + merged.replace("3 | 戊", "4 | 戊")).findings
    assert (finding.rule, finding.task_id) == ("task.numbering.gap", "4")
