from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from benchmarks import phrases
from benchmarks.generate import generate_corpus, registry_forms, render, sidecar
from benchmarks.plans import (
    EIGHTH_LAYOUTS,
    ELEVENTH_LAYOUTS,
    FIFTEENTH_LAYOUTS,
    FORTIETH_LAYOUTS,
    FORTY_FIRST_LAYOUTS,
    FORTY_SECOND_LAYOUTS,
    FORTY_THIRD_LAYOUTS,
    FOURTEENTH_LAYOUTS,
    LATEST_LAYOUTS,
    NINETEENTH_LAYOUTS,
    NINTH_LAYOUTS,
    RECENT_LAYOUTS,
    SEVENTH_LAYOUTS,
    SIXTEENTH_LAYOUTS,
    SIXTH_LAYOUTS,
    TENTH_LAYOUTS,
    THIRTEENTH_LAYOUTS,
    THIRTIETH_LAYOUTS,
    THIRTY_EIGHTH_LAYOUTS,
    THIRTY_FIFTH_LAYOUTS,
    THIRTY_FIRST_LAYOUTS,
    THIRTY_FOURTH_LAYOUTS,
    THIRTY_NINTH_LAYOUTS,
    THIRTY_SECOND_LAYOUTS,
    THIRTY_SEVENTH_LAYOUTS,
    THIRTY_SIXTH_LAYOUTS,
    THIRTY_THIRD_LAYOUTS,
    TWELFTH_LAYOUTS,
    TWENTIETH_LAYOUTS,
    TWENTY_EIGHTH_LAYOUTS,
    TWENTY_FIFTH_LAYOUTS,
    TWENTY_FIRST_LAYOUTS,
    TWENTY_FOURTH_LAYOUTS,
    TWENTY_NINTH_LAYOUTS,
    TWENTY_SECOND_LAYOUTS,
    TWENTY_SEVENTH_LAYOUTS,
    TWENTY_SIXTH_LAYOUTS,
    TWENTY_THIRD_LAYOUTS,
    Forms,
    PlanSpec,
    TaskSpec,
    build_plan,
    label,
    numeral,
)
from pipeline import run
from pipeline.model import Document

SEED = 7
#: The benchmark's own seed (``make bench``).
BENCH_SEED = 20240108
N = 30


@pytest.fixture(scope="module")
def forms() -> tuple[list[Forms], list[Forms]]:
    return registry_forms()


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, forms: tuple[list[Forms], list[Forms]]
) -> tuple[list[PlanSpec], list[Path]]:
    units, collectives = forms
    paths = generate_corpus(N, SEED, tmp_path_factory.mktemp("corpus"), units, collectives)
    return [build_plan(i, SEED, units, collectives) for i in range(N)], paths


def as_parsed(task: TaskSpec) -> tuple[object, ...]:
    return (task.task_id, task.title, task.body, task.lead, task.responsible, task.cooperating,
            task.deadline)  # fmt: skip


def parsed(doc: Document) -> list[tuple[object, ...]]:
    return [
        (t.task_id, t.title, t.body, tuple(m.text for m in t.lead),
         tuple(m.text for m in t.responsible), tuple(m.text for m in t.cooperating), t.deadline)
        for t in doc.tasks
    ]  # fmt: skip


def test_same_seed_same_bytes(tmp_path: Path, forms: tuple[list[Forms], list[Forms]]) -> None:
    units, collectives = forms
    first = generate_corpus(12, SEED, tmp_path / "a", units, collectives)
    again = generate_corpus(12, SEED, tmp_path / "b", units, collectives)
    prefix = generate_corpus(5, SEED, tmp_path / "c", units, collectives)
    other = generate_corpus(12, SEED + 1, tmp_path / "d", units, collectives)
    assert [p.name for p in first] == [p.name for p in again]
    for a, b in zip(first, again, strict=True):
        assert a.read_bytes() == b.read_bytes()
        assert a.with_suffix(".toml").read_bytes() == b.with_suffix(".toml").read_bytes()
    assert [p.read_bytes() for p in prefix] == [p.read_bytes() for p in first[:5]]
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in first]


def test_plan_is_pinned_for_the_real_plans_names() -> None:
    units = [(u,) for u in phrases.REAL_UNITS]
    collectives = [(c,) for c in phrases.REAL_COLLECTIVES]
    plan = build_plan(0, SEED, units, collectives)
    assert (plan.doc_id, plan.layout, plan.traditional, plan.encoding, plan.crlf) == (
        "plan-0000-rural-revitalisation", "inline", False, "utf-8", False,
    )  # fmt: skip
    assert (len(plan.tasks), plan.published) == (13, date(2025, 10, 8))
    first = plan.tasks[0]
    assert (first.task_id, first.title, first.deadline) == ("1", "深化智慧校园应用", None)
    assert first.lead == ("市发展改革委", "市大数据局", "市民政局", "市应急局")
    assert first.responsible == (
        "市司法局",
        "市政府各部门",
        "各开发区管委会",
        "各区县〔市〕人民政府",
    )
    assert first.cooperating == ("市委编办", "市卫健委")
    assert sum(len(t.lead + t.responsible + t.cooperating) for t in plan.tasks) == 98


def test_corpus_mixes_every_layout_script_and_encoding(
    corpus: tuple[list[PlanSpec], list[Path]],
) -> None:
    specs, paths = corpus
    assert Counter(s.layout for s in specs) == {
        "inline": 1, "articles": 4, "table": 4, "labelless": 1, "owner_lines": 1, "glyph_items": 1,
        "spaced_line": 2, "web_table": 1, "first_listed": 2, "labelled": 1, "done_by": 1,
        "semicolon_roles": 1, "task_cards": 1, "by_sentence": 1, "pdf_spaces": 1,
        "level_outline": 2, "titled_subjects": 1, "opening_roles": 1, "stated_labels": 1,
        "progress_paragraphs": 1, "stop_brackets": 1,
    }  # fmt: skip
    assert Counter(s.encoding for s in specs) == {"utf-8": 23, "gb18030": 6, "utf-8-sig": 1}
    assert (sum(s.traditional for s in specs), sum(s.crlf for s in specs)) == (10, 2)
    traditional = next(s for s in specs if s.traditional and s.encoding == "utf-8")
    raw = render(traditional).decode("utf-8")
    assert "數(shù)" in raw or "務(wù)" in raw  # glossed like the real scrape
    assert all(p.read_bytes() == render(s) for s, p in zip(specs, paths, strict=True))


def test_extract_finds_exactly_the_generated_tasks_and_units(
    corpus: tuple[list[PlanSpec], list[Path]],
) -> None:
    specs, paths = corpus
    documents = run.extract([paths[0].parent])
    assert [d.doc_id for d in documents] == [s.doc_id for s in specs]
    for spec, doc in zip(specs, documents, strict=True):
        assert (doc.title, doc.issuer, doc.published) == (
            spec.title,
            "郑州市人民政府",
            spec.published,
        )
        assert parsed(doc) == [as_parsed(t) for t in spec.tasks], spec.doc_id
    assert sum(len(d.tasks) for d in documents) == sum(len(s.tasks) for s in specs) == 480


def test_generated_corpus_validates_with_only_the_lead_notes_reported(
    corpus: tuple[list[PlanSpec], list[Path]],
) -> None:
    specs, paths = corpus
    report = run.check([paths[0].parent])
    # Each 责任清单 quotes its note that the first unit listed leads, once, at line 3.
    noted = [s.doc_id for s in specs if s.layout == "first_listed"]
    assert [
        (f.rule, f.doc_id, f.line, f.task_no) for f in report.findings if f.rule != "clause.shared"
    ] == [("clause.first_listed_lead", doc_id, 3, None) for doc_id in noted]
    # Each duty under its unit's line (owner_lines) takes the line's unit: a warning each.
    owned = [s for s in specs if s.layout == "owner_lines"]
    assert [(f.doc_id, f.task_no) for f in report.findings if f.rule == "clause.shared"] == [
        (s.doc_id, int(t.task_id.rsplit(".", 1)[1])) for s in owned for t in s.tasks
    ]
    assert len(owned) == 1 and report.valid


def test_other_offices_layouts_print_their_clauses(
    corpus: tuple[list[PlanSpec], list[Path]],
) -> None:
    specs, _ = corpus
    by_layout = {s.layout: s for s in reversed(specs)}
    assert "牵头，" in by_layout["labelless"].text or "负责）" in by_layout["labelless"].text
    assert "按职责分工负责" in "".join(s.text for s in specs if s.layout == "labelless")
    table = by_layout["table"].text
    assert any(line.startswith("序号") for line in table.split("\n"))
    headers = [
        ln for s in specs if s.layout == "table" for ln in s.text.split("\n") if "序号" in ln
    ]
    assert sum("责任主体" in h for h in headers) == 2 and sum("时间安排" in h for h in headers) == 1
    # One table is aligned with runs of spaces, as a PDF exported to text.
    assert [h.split("  ")[:2] for h in headers if "|" not in h and "\t" not in h] == [
        ["序号", "重点任务"]
    ]
    assert "单位：" in by_layout["labelled"].text and "。\n" in by_layout["labelled"].text
    articles = by_layout["articles"].text.split("\n")
    assert "二、" in by_layout["articles"].text
    assert any(line.startswith(("第一条\u3000", "第一条 ")) for line in articles)
    listed = [s for s in specs if s.layout == "first_listed"]
    assert all(any(f"（{n}）" in s.text for n in phrases.FIRST_LISTED_NOTES) for s in listed)
    assert all(len(t.lead) == 1 for s in listed for t in s.tasks)


def test_numbers_print_in_each_style() -> None:
    assert [numeral(n) for n in (1, 9, 10, 12, 20, 31)] == [
        "一",
        "九",
        "十",
        "十二",
        "二十",
        "三十一",
    ]
    assert [label(t, 12) for t in ("{n})", "（{c}）", "{n}. ")] == ["12)", "（十二）", "12. "]


def test_recent_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    recent = first_of(RECENT_LAYOUTS, tmp_path, forms)
    assert len(recent) == 4
    texts = {plan.layout: plan.text for plan in recent}
    assert (
        "01 项目名称：" in texts["project_report"] and "\n进展与成效：\n" in texts["project_report"]
    )
    assert "）2." in texts["glued_items"]
    assert "牵头工作（" in texts["heading_lead"]
    # The layouts that print no role say that the first unit listed leads: the plans are
    # valid, so an export of the corpus writes its deliverables (it was refused before).
    report = run.check([tmp_path])
    assert report.valid
    noted = sorted(p.doc_id for p in recent if p.layout in ("project_report", "roleless"))
    lead_notes = [f.doc_id or "" for f in report.findings if f.rule == "clause.first_listed_lead"]
    assert sorted(lead_notes) == noted
    assert {f.rule for f in report.findings} <= {"clause.first_listed_lead", "clause.shared"}


def first_of(
    layouts: tuple[str, ...],
    folder: Path,
    forms: tuple[list[Forms], list[Forms]],
    plans: int = 400,
    seed: int = SEED,
) -> list[PlanSpec]:
    """Write the first plan of each layout among the corpus's first ``plans`` to ``folder``;
    assert each parses to exactly its tasks and the folder validates."""
    units, collectives = forms
    first: dict[str, PlanSpec] = {}
    for index in range(plans):
        plan = build_plan(index, seed, units, collectives)
        first.setdefault(plan.layout, plan)
    chosen = [first[layout] for layout in layouts]
    for plan in chosen:
        (folder / f"{plan.doc_id}.txt").write_bytes(render(plan))
        (folder / f"{plan.doc_id}.toml").write_text(sidecar(plan), encoding="utf-8")
    documents = {doc.doc_id: doc for doc in run.extract([folder])}
    assert len(documents) == len(layouts)
    for plan in chosen:
        assert parsed(documents[plan.doc_id]) == [as_parsed(t) for t in plan.tasks], plan.layout
    assert run.check([folder]).valid
    return chosen


def test_latest_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    table, sentence = first_of(LATEST_LAYOUTS, tmp_path, forms)
    rows = [line for line in table.text.split("\n") if line.endswith(" |")]
    assert rows[0] == "分管副市长 | 序号 | 主要工作任务 | 一季度重点工作完成情况 | 责任单位 |"
    # the leader's cell stands on odd rows only; the even rows open with their number
    assert [row.split(" | ")[1 if n % 2 else 0] for n, row in enumerate(rows[1:], 1)] == [
        str(n) for n in range(1, len(rows))
    ]
    assert all("牵头单位：" in row for row in rows[1:])
    assert "同志牵头，" in sentence.text and "为牵头部门，负责" in sentence.text
    assert all(t.responsible == t.cooperating == () for t in sentence.tasks)


def test_sixth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    table, done_by = first_of(SIXTH_LAYOUTS, tmp_path, forms)
    lines = table.text.split("\n")
    header = lines.index("工作任务")
    assert lines[header : header + 4] == ["工作任务", "牵头责任单位", "一季度进展情况", "1"]
    assert any(len(t.lead) > 1 for t in table.tasks)  # a lead a line, read as one cell
    assert "等部门负责组织实施）" in done_by.text
    assert all(t.responsible == t.cooperating == () for t in table.tasks + done_by.tasks)


def test_seventh_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    table, semicolon = first_of(SEVENTH_LAYOUTS, tmp_path, forms)
    lines = table.text.split("\n")
    header = lines.index("主要工作任务")
    assert lines[header : header + 5] == ["主要工作任务", "", "牵头单位", "", "责任单位"]
    assert lines.count("1." + table.tasks[0].title + "。" + table.tasks[0].body) == 1
    # the second heading's rows number again from 1: their ids are N-2
    assert [t.task_id for t in table.tasks].count("1-2") == 1
    assert "按职责分工负责）" in semicolon.text and "；" in semicolon.text
    assert all(t.cooperating == () for t in table.tasks + semicolon.tasks)


def test_eighth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    cards, sentence = first_of(EIGHTH_LAYOUTS, tmp_path, forms)
    lines = cards.text.split("\n")
    first = cards.tasks[0]
    at = lines.index(f"重点工作: | 1.{first.title}。{first.body} |")
    assert lines[at + 1] == f"牵头单位: | {'、'.join(first.lead)} |"
    assert lines.count("推进中。 |") == len(cards.tasks)
    assert sentence.text.count("负责落实。\n") == len(sentence.tasks)
    assert any("，" in line.rpartition("由")[2] for line in sentence.text.split("\n"))
    assert all(t.responsible == t.cooperating == () for t in sentence.tasks)


def test_ninth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    pdf, policies = first_of(NINTH_LAYOUTS, tmp_path, forms)
    lines = [line.strip() for line in pdf.text.split("\n")]
    first = pdf.tasks[0]
    at = lines.index(f"1 . {first.title[0]} {first.title[1:]}。{first.body}")
    assert lines[at + 2].startswith("牵头单位: ")
    assert " " in lines[at + 2].removeprefix("牵头单位: ")  # a wrap space in a name
    rows = policies.text.split("\n")
    header = rows.index("政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门")
    assert rows[header + 1].startswith("第一类（共5项） 1 ")
    assert rows[header + 2].startswith("2 ")
    assert all(t.lead and t.cooperating == () for t in policies.tasks)
    assert all(row.endswith(("牵头", "按职责分工负责")) for row in rows[header + 1 : -1])


def test_tenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    bars, levels = first_of(TENTH_LAYOUTS, tmp_path, forms)
    lines = bars.text.split("\n")
    header = lines.index("责任目标")
    assert lines[header + 1 : header + 4] == ["| 牵头单位", "| 完成时间", "|"]
    alone = next(k for k, line in enumerate(lines) if line.startswith("1.1"))
    assert lines[alone + 1] == "|"  # the row prints its title alone
    assert bars.tasks[1].lead == bars.tasks[0].lead
    assert any(
        not line.startswith("|") and k > header + 4 and lines[k + 1].startswith("| 2027")
        for k, line in enumerate(lines[:-1])
    )  # fmt: skip  (a unit cell over lines)
    assert [t.task_id for t in levels.tasks[:2]] == ["1.1.1", "1.1.2"]
    assert all(t.responsible == () for t in [*bars.tasks, *levels.tasks])


def test_eleventh_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    titled, run_on = first_of(ELEVENTH_LAYOUTS, tmp_path, forms)
    first = titled.tasks[0]
    assert f"（一）{first.title}。{'、'.join(first.lead)}要" in titled.text
    assert all(t.responsible == t.cooperating == () for t in titled.tasks)
    assert "【牵头单位：" in run_on.text and "〔牵头单位：" in run_on.text
    rows = [line for line in run_on.text.split("\n") if line.startswith("⒈")]
    assert len(rows) == 1 and rows[0].count("】") == 2 and "⒊" in rows[0]  # three a line


def test_twelfth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    opening, members = first_of(TWELFTH_LAYOUTS, tmp_path, forms)
    first = opening.tasks[0]
    assert f"1.{'、'.join(first.lead)}负责，" in opening.text
    assert any(t.cooperating for t in opening.tasks) and any(
        not t.cooperating for t in opening.tasks
    )
    assert all(t.responsible == () for t in [*opening.tasks, *members.tasks])
    lines = members.text.split("\n")
    at = lines.index("（二）职责分工")
    lead = members.tasks[0].lead
    assert lines[at + 1].startswith(f"{'、'.join(lead)}：负责")  # unnumbered, a unit and a colon
    assert [t.task_id for t in members.tasks[:3]] == ["1", "2", "3"]


def test_thirteenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    (glued,) = first_of(THIRTEENTH_LAYOUTS, tmp_path, forms)
    (row,) = [line for line in glued.text.split("\n") if line.startswith("序号重点任务责任单位1")]
    assert row.count("牵头") == len(glued.tasks)  # every task's row on the one line
    assert "|" not in row and "\t" not in row
    assert all(len(t.lead) <= 2 and len(t.cooperating) <= 2 for t in glued.tasks)


def test_fourteenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    (paragraphs,) = first_of(FOURTEENTH_LAYOUTS, tmp_path, forms)
    lines = paragraphs.text.split("\n")
    first = paragraphs.tasks[0]
    at = lines.index(f"{first.title}。")
    assert lines[at - 1] == "（一）健全制度体系。" and lines[at + 1] == first.body
    clause = lines[at + 2]
    assert clause.startswith(f"（{'、'.join(first.lead)}牵头") and clause.endswith("）")
    assert "：" not in clause  # no label: the roles by their suffixes
    assert [t.task_id for t in paragraphs.tasks[:4]] == ["2.1.1", "2.1.2", "2.1.3", "2.2.1"]
    per_heading = Counter(t.task_id.rsplit(".", 1)[0] for t in paragraphs.tasks)
    assert min(per_heading.values()) >= 2  # no heading over one paragraph alone


def test_fifteenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    (table,) = first_of(FIFTEENTH_LAYOUTS, tmp_path, forms)
    lines = table.text.split("\n")
    first = table.tasks[0]
    at = lines.index(f"             {first.title}。{first.body} ")
    assert lines[at - 4 : at - 1] == ["| ", "             1 ", "             | "]
    assert lines[at + 1 : at + 3] == ["             | ", " " * 12]  # a bar, then a line of spaces
    assert lines.count("| ") == len(table.tasks) + 1  # each row, the header's too, opened so
    assert [t.deadline for t in table.tasks[:2]] == ["2026年2月底", "2026年3月底"]
    assert any(len(t.lead) == 2 for t in table.tasks)  # two leads, a unit a line
    assert all(t.cooperating == () for t in table.tasks)


def test_sixteenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    (table,) = first_of(SIXTEENTH_LAYOUTS, tmp_path, forms)
    lines = table.text.split("\n")
    (line,) = [x for x in lines if " 序号 工 作 内 容 牵头单位 责任单位 完成时限 " in x]
    first = table.tasks[0]
    row = f" 1 {first.title}。{first.body} {'、'.join(first.lead)} {'、'.join(first.responsible)} "
    assert row in line and " 一、健全制度体系 1 " in line  # a row, and a section over it
    assert " 二、强化源头管控 6 " in line  # a section heading over every five rows
    assert [t.task_id for t in table.tasks[:3]] == ["1", "2", "3"]
    assert all(t.lead and t.responsible and not t.cooperating for t in table.tasks)
    assert max(len(t.lead) for t in table.tasks) <= 2


def test_nineteenth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    stated, organised, openings = first_of(NINETEENTH_LAYOUTS, tmp_path, forms)
    first = stated.tasks[0]
    assert f"{first.body}牵头单位为{'、'.join(first.lead)}" in stated.text
    assert any(t.responsible for t in stated.tasks)
    assert f"（{'、'.join(organised.tasks[0].lead)}组织" in organised.text
    assert any(t.responsible for t in organised.tasks)  # （X组织，Y实施）
    assert all(
        u[-1] in "局委办厅府部会院心队所站处室" for t in organised.tasks for u in t.responsible
    )
    lines = openings.text.split("\n")
    at = lines.index("二、督查分工") + 1
    assert lines[at].startswith("（一）") and "牵头负责" in lines[at]
    assert [t.task_id for t in openings.tasks[:2]] == ["1", "2"]
    assert all(t.responsible == t.cooperating == () for t in openings.tasks)


def test_twentieth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    bulleted, glued, bare = first_of(TWENTIETH_LAYOUTS, tmp_path, forms)
    (line,) = [x for x in bulleted.text.split("\n") if x.startswith("??? ")]
    first = bulleted.tasks[0]
    assert line.startswith(f"??? 健全制度体系 ? {first.title}。")
    assert line.count(" ? ") == len(bulleted.tasks) and "（" in line
    lines = glued.text.split("\n")
    at = lines.index("二、重点任务") + 1
    assert lines[at] == f"1{glued.tasks[0].title}。{glued.tasks[0].body}"
    assert lines[at + 1] == f"牵头单位：{'、'.join(glued.tasks[0].lead)}"
    assert any(t.responsible for t in glued.tasks)
    assert f"{bare.tasks[0].body}牵头单位{'、'.join(bare.tasks[0].lead)}" in bare.text
    assert any(t.responsible for t in bare.tasks) and "单位为" not in bare.text


def test_twenty_first_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    table, steps = first_of(TWENTY_FIRST_LAYOUTS, tmp_path, forms)
    lines = table.text.split("\n")
    at = lines.index("二、任务分工") + 1
    first, second = table.tasks[:2]
    assert (
        lines[at]
        == f"重点工作任务分工及进度安排表序号工作任务牵头单位时间进度1 {first.title}。{first.body}"
    )
    assert (
        lines[at + 1] == f"{'、'.join(first.lead)}{first.deadline}2 {second.title}。{second.body}"
    )
    assert all(t.responsible == t.cooperating == () and t.deadline for t in table.tasks)
    lines = steps.text.split("\n")
    at = lines.index("二、工作步骤") + 1
    assert lines[at].startswith(
        f"（一）{steps.tasks[0].title}（{'、'.join(steps.tasks[0].lead)}牵头"
    )
    assert any(t.responsible for t in steps.tasks)


def test_twenty_second_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    labels, table = first_of(TWENTY_SECOND_LAYOUTS, tmp_path, forms)
    lines = labels.text.split("\n")
    at = lines.index("二、重点任务") + 1
    first = labels.tasks[0]
    assert lines[at].startswith(f"1.{first.title}。") and "【牵头单位】" in lines[at]
    assert any(t.cooperating for t in labels.tasks) and any(t.responsible for t in labels.tasks)
    (line,) = [x for x in table.text.split("\n") if x.startswith("重点任务分工 序号 ")]
    assert line.startswith(
        f"重点任务分工 序号 工作任务 负责单位 完成时限 1 {table.tasks[0].title}。"
    )
    assert " 年 " in line and all(t.deadline and " " not in t.deadline for t in table.tasks)


def test_twenty_third_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (the stream's first plan of label lines comes after the first 400)
    labels, table = first_of(TWENTY_THIRD_LAYOUTS, tmp_path, forms, plans=600)
    lines = labels.text.split("\n")
    at = lines.index("二、重点任务") + 1
    first = labels.tasks[0]
    assert lines[at].startswith(f"1.{first.title}。")
    assert lines[at + 1] == f"牵头部门{'、'.join(first.lead)}"
    assert any(t.responsible for t in labels.tasks)
    paragraphs = table.text.split("\n\n")
    assert paragraphs[paragraphs.index("序号") : paragraphs.index("序号") + 6] == [
        "序号", "目标任务", "牵头责任单位", "进展情况", "备注", "1",
    ]  # fmt: skip
    assert any(len(t.lead) == 2 for t in table.tasks) and "完成率" in paragraphs


def test_twenty_fourth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (the stream's first plan of closing sentences comes after the first 800)
    closing, run_on = first_of(TWENTY_FOURTH_LAYOUTS, tmp_path, forms, plans=810)
    assert "方案的制定由" in closing.text and closing.tasks[0].body.endswith("负责。")
    line = next(x for x in run_on.text.split("\n") if x.startswith("为加快推进各项工作，一、"))
    assert line.count("（牵头单位：") == len(run_on.tasks) >= 2


def test_twenty_fifth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    cards, dues = first_of(TWENTY_FIFTH_LAYOUTS, tmp_path, forms, plans=550)
    assert "（一）牵头单位：" in cards.text and "主要措施：" in cards.text
    assert [t.task_id for t in cards.tasks[:2]] == ["1", "1.1"]  # the card, then its measure
    assert cards.tasks[0].body.endswith("主要措施：")  # (its fields' numbers go with them)
    assert {t.deadline for t in dues.tasks} <= {
        "2026年6月30日前",
        "2026年9月30日前",
        "2027年3月31日前",
    }
    assert all(t.deadline for t in dues.tasks) and "日前）" in dues.text


def test_twenty_sixth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    runs, table = first_of(TWENTY_SIXTH_LAYOUTS, tmp_path, forms, plans=870)
    lines = runs.text.split("\n")
    closing = [k for k, line in enumerate(lines) if line.startswith("牵头单位：")]
    assert len(closing) >= 2 and lines[closing[0] - 2].startswith("1.")  # a run of two
    assert all(t.lead for t in runs.tasks) and runs.tasks[0].lead == runs.tasks[1].lead
    assert "重点工作和要求 |\n" in table.text and "（一）推进重点工作落实。 |" in table.text
    assert [t.task_id for t in table.tasks] == [str(n) for n in range(1, len(table.tasks) + 1)]
    assert all(t.deadline and t.deadline.endswith("月底前") for t in table.tasks)


def test_twenty_seventh_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    sections, dated = first_of(TWENTY_SEVENTH_LAYOUTS, tmp_path, forms, plans=1160)
    glued = [line for line in sections.text.split("\n") if "）二、" in line]
    assert len(glued) == 1 and len(glued[0]) >= 40  # long enough to pass for a broken line
    assert [t.task_id for t in sections.tasks] == [
        str(n) for n in range(1, len(sections.tasks) + 1)
    ]
    assert all(t.lead and t.body for t in sections.tasks)
    assert "（完成时限：" in dated.text and "。牵头单位：" in dated.text
    assert {t.deadline for t in dated.tasks} <= {"2026年6月底前", "2026年12月底前", "2027年6月底前"}
    assert all(t.deadline and "完成时限" not in t.title for t in dated.tasks)


def test_twenty_eighth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    parts, stops = first_of(TWENTY_EIGHTH_LAYOUTS, tmp_path, forms, plans=1090)
    grouped = [line for line in parts.text.split("\n") if "组重点工作。一是" in line]
    assert grouped and all("。二是" in line for line in grouped)  # two parts or more a line
    assert [t.task_id for t in parts.tasks][:2] == ["2.1.1", "2.1.2"]
    assert all(t.lead and not t.title.startswith(("一是", "二是")) for t in parts.tasks)
    assert "（牵头单位：" in stops.text and "）。抓好组织实施（责任单位：" in stops.text
    assert all(t.lead and t.responsible for t in stops.tasks)


def test_twenty_ninth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (the stream's first plans under the test corpus's seed come late: the benchmark's)
    cells, articles = first_of(TWENTY_NINTH_LAYOUTS, tmp_path, forms, plans=1102, seed=BENCH_SEED)
    lines = cells.text.split("\n")
    opened = [k for k, line in enumerate(lines) if line.endswith("的主要问题")]
    # each work cell stops open above its clause line, which opens with the lead
    assert opened and all("牵头，" in lines[k + 1] for k in opened)
    assert all(t.lead and t.body.endswith("的主要问题") for t in cells.tasks)
    assert "\n第一条爲推動" in articles.text or "\n第一条为推动" in articles.text
    assert [t.task_id for t in articles.tasks][:2] == ["2", "3"]  # the purpose article is none
    assert all(t.lead and not t.title.startswith("第") for t in articles.tasks)


def test_thirtieth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (none of the stream's plans comes among the test corpus's: the benchmark's seed)
    cells, members = first_of(THIRTIETH_LAYOUTS, tmp_path, forms, plans=3149, seed=BENCH_SEED)
    lines = cells.text.split("\n")
    # a units line of the task's every unit, no full stop, the next row's number alone below
    long = [k for k, line in enumerate(lines) if len(line) >= 40 and line.count("、") >= 4]
    assert long and any(lines[k + 1].isdecimal() for k in long if k + 1 < len(lines))
    assert all(len(t.lead) == 1 and not t.body for t in cells.tasks)
    assert "\n组成部门：" in members.text or "\n組成部門：" in members.text
    assert all(t.lead and not t.responsible for t in members.tasks)
    assert any(t.cooperating for t in members.tasks)


def test_thirty_first_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (none of the stream's plans comes among the test corpus's: the benchmark's seed)
    basis, cells = first_of(THIRTY_FIRST_LAYOUTS, tmp_path, forms, plans=953, seed=BENCH_SEED)
    opened = [t for t in basis.tasks if t.lead]
    # the document, then the lead after 由; the body keeps the document, not the roles
    assert opened and all(t.body.startswith("依据《郑州市") for t in opened)
    assert all("牵头" not in t.body and not t.responsible for t in opened)
    assert any(t.cooperating for t in opened)
    # each cell a line closed by its bar; the measures cell numbers its points on one line
    lines = cells.text.split("\n")
    assert "序号 |" in lines and "工作措施 |" in lines and lines.count("|") == len(cells.tasks) + 2
    assert any(" 2." in t.body and t.body.startswith("1.") for t in cells.tasks)
    assert all(len(t.lead) == 1 and t.responsible for t in cells.tasks)


def test_thirty_fifth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the three streams before)
    titled, padded = first_of(THIRTY_FIFTH_LAYOUTS, tmp_path, forms, plans=305, seed=BENCH_SEED)
    # the first duty runs on after the division's short title, the others a line each
    assert "（一）明确部门职责。" in titled.text and len(titled.tasks) >= 3
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in titled.tasks)
    # sections numbered 01 alone on their lines over their titles and their labels
    assert "\n01\n" in padded.text and "\n03\n" in padded.text
    assert [t.task_id for t in padded.tasks[:2]] == ["1", "2"] and len(padded.tasks) <= 9


def test_thirty_sixth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the four streams before)
    commas, articles = first_of(THIRTY_SIXTH_LAYOUTS, tmp_path, forms, plans=188, seed=BENCH_SEED)
    # each lead's sentence announces the duties listed below it, numbered from 1 again
    assert "第一条 " in articles.text and "应当履行下列" in articles.text
    assert [t.task_id for t in articles.tasks[:1]] == ["2.1.1"]
    # the lead's name closed by a comma before its duty's 负责
    assert "，负责" in commas.text and len(commas.tasks) >= 3
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in commas.tasks)


def test_thirty_seventh_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the five streams before)
    decimal, groups = first_of(THIRTY_SEVENTH_LAYOUTS, tmp_path, forms, plans=712, seed=BENCH_SEED)
    # sections numbered by decimals, their leads' duties run on in a line, no clause at all
    assert "2.1 信息报送\n" in decimal.text and "（牵头" not in decimal.text
    assert [t.task_id for t in decimal.tasks[:3]] == ["2.1.1", "2.1.2", "2.2.1"]
    # each group's name over its duty, then the line naming its units: the group titles it
    assert [t.title for t in groups.tasks[:2]] == ["综合协调组", "督导检查组"]
    assert all(len(t.lead) == 1 and t.body.startswith("负责") for t in groups.tasks)


def test_thirty_fourth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the two streams before)
    articles, glyphs = first_of(THIRTY_FOURTH_LAYOUTS, tmp_path, forms, plans=153, seed=BENCH_SEED)
    # each lead's duties （一） （二） under its article: 第二条 X职责 / 第三条 Y的工作职责
    assert "第二条 " in articles.text and "的工作职责" in articles.text
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in articles.tasks)
    assert articles.tasks[0].task_id == "2.2.1"
    # the items run on in the heading's line, each numbered by one glyph
    assert "二、重点任务。 ⒈ " in glyphs.text and "⒊ " in glyphs.text
    assert [t.task_id for t in glyphs.tasks[:2]] == ["1", "2"]


def test_thirty_third_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the thirty-second stream's)
    owned, spaced = first_of(THIRTY_THIRD_LAYOUTS, tmp_path, forms, plans=181, seed=BENCH_SEED)
    # each lead's duties 1. 2. under its line: 市X主要职责： / 1.负责…
    assert "主要职责：" in owned.text and "工作职责：" in owned.text
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in owned.tasks)
    assert len({t.lead for t in owned.tasks}) >= 2 and owned.tasks[0].task_id == "2.1.1"
    # the duties run on in the heading's line, each closed by a space alone
    assert "三、职责分工 " in spaced.text and len(spaced.tasks) >= 3
    assert all(t.lead and not t.body.endswith("。") for t in spaced.tasks)


def test_thirty_second_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (the stream takes a share of the labelless plans, none of the test corpus's)
    stops, partners = first_of(THIRTY_SECOND_LAYOUTS, tmp_path, forms, plans=343, seed=BENCH_SEED)
    # the duties run on in their heading's line, each unit's name closed by 。
    assert "各成员单位职责如下：" in stops.text and len(stops.tasks) >= 3
    assert all(t.title.startswith("负责") and t.lead and not t.cooperating for t in stops.tasks)
    # each duty after its units' colon, its partners' sentence closing it
    assert all(t.lead and not t.responsible for t in partners.tasks)
    assert any(t.cooperating and t.body.endswith("配合。") for t in partners.tasks)


def test_thirty_eighth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the six streams before)
    circled, checks = first_of(THIRTY_EIGHTH_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED)
    # each lead's circled items run onto one line under a label alone: the lead leads each
    assert "（1）年度重点任务：\n①" in circled.text and "；②" in circled.text
    assert all(len(t.lead) == 1 and not t.responsible for t in circled.tasks)
    # who fixes it is responsible, who signs it off leads
    assert "整改实施主体：" in checks.text and "牵头验收单位：" in checks.text
    assert all(t.title.endswith("问题") and len(t.lead) == 1 for t in checks.tasks)


def test_thirty_ninth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the seven streams before)
    principal, measures = first_of(
        THIRTY_NINTH_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED
    )
    # the principal body beside the units responsible leads
    assert "〔责任主体：" in principal.text and "；责任单位：" in principal.text
    assert all(len(t.lead) == 1 for t in principal.tasks)
    assert any(t.responsible for t in principal.tasks)
    # each goal's later measure is a row of its own under it
    assert "主要责任单位\n\n责任单位" in measures.text
    assert [t.task_id for t in measures.tasks[:2]] == ["1", "1.1"]
    assert measures.tasks[0].body.startswith("——")


def test_fortieth_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the eight streams before)
    subjects, groups = first_of(FORTIETH_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED)
    # the units opening each sentence after a short title lead it
    assert "要加强督促指导" in subjects.text
    assert any(len(t.lead) == 2 for t in subjects.tasks)
    # a working group's leader is a unit's head: that unit leads, its members cooperate
    assert "组  长：" in groups.text and "负责人\n成员单位：" in groups.text
    assert all(t.title.endswith("组") and len(t.lead) == 1 for t in groups.tasks)
    assert any(t.cooperating for t in groups.tasks)


def test_forty_first_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the nine streams before)
    dashes, kinds = first_of(FORTY_FIRST_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED)
    # a line a dash opens names who does each item's work: its unit leads, 会同's cooperates
    assert "\n——由" in dashes.text and "会同" in dashes.text
    assert all(len(t.lead) == 1 for t in dashes.tasks)
    assert any(t.cooperating for t in dashes.tasks)
    # a unit's name on its line leads the items below it, past its targets' kinds
    assert "\n一类目标：\n（一）" in kinds.text and "\n二类目标：\n" in kinds.text
    assert kinds.tasks[0].task_id == "2.1.1" and all(len(t.lead) == 1 for t in kinds.tasks)


def test_forty_second_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the ten streams before)
    sections, lost = first_of(FORTY_SECOND_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED)
    # sections' duties run on in one line, each section's heading before its first duty
    body = sections.text.split("\n")[-2]
    assert body.startswith("灾情稳定后") and " 2.1.2 " in body and "；指导各地抓好落实。" in body
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in sections.tasks)
    # one unit's name on its line over a second list from 1, the first list's heading lost
    # with the page's top: the name leads the second list
    assert lost.text.split("\n")[-2 - len(lost.tasks) - 1].startswith("联系的县级部门：")
    assert lost.tasks[0].task_id == "1" and lost.tasks[-1].task_id.startswith("1.")
    assert all(len(t.lead) == 1 for t in lost.tasks)


def test_forty_third_layouts_parse_to_exactly_their_tasks(
    tmp_path: Path, forms: tuple[list[Forms], list[Forms]]
) -> None:
    # (a share of the labelless plans again, drawn apart from the eleven streams before)
    dashes, system = first_of(FORTY_THIRD_LAYOUTS, tmp_path, forms, plans=1000, seed=BENCH_SEED)
    # projects opening with a dash, each over its labelled lines, under a grouping heading
    assert "\n--" in dashes.text and "\n牵头单位:" in dashes.text
    assert "\n（三）进一步加强生态环境建设\n--" in dashes.text
    assert all(len(t.lead) == 1 for t in dashes.tasks)
    assert any(t.cooperating for t in dashes.tasks)
    # duties chained by ；after the colon in an item's line, the next item naming no unit
    assert "责任制：" in system.text and "；" in system.text.split("责任制：")[1]
    assert all(len(t.lead) == 1 and t.title.startswith("负责") for t in system.tasks)
