"""The rule catalogue: stable ids, a severity and a one-line hint each, all documented."""

from __future__ import annotations

import re

import pytest

from pipeline.validate.rules import CATALOGUE, RULES, Rule, Severity, rule
from tests.conftest import ROOT


def test_the_catalogue_ids_are_stable() -> None:
    assert [(r.id, r.severity.value) for r in CATALOGUE] == [
        ("document.unreadable", "error"),
        ("file.orphan", "warning"),
        ("document.title.missing", "error"),
        ("document.tasks.missing", "error"),
        ("target.year", "error"),
        ("task.numbering.gap", "error"),
        ("task.number.lost", "warning"),
        ("task.numbering.duplicate", "error"),
        ("task.title.empty", "error"),
        ("task.lead.missing", "error"),
        ("clause.empty", "error"),
        ("clause.duplicate", "warning"),
        ("clause.lead_also_responsible", "error"),
        ("clause.note.forward", "warning"),
        ("clause.label.unknown", "error"),
        ("clause.leader", "warning"),
        ("clause.shared", "warning"),
        ("clause.first_listed_lead", "warning"),
        ("unit.unknown", "error"),
        ("unit.file_name", "error"),
        ("text.lost", "error"),
        ("text.cut", "error"),
        ("text.pinyin_gloss", "error"),
        ("text.traditional", "warning"),
        ("text.control_character", "warning"),
        ("excel.cell_too_long", "error"),
        ("correction.stale", "error"),
        ("return.unreadable", "error"),
        ("return.foreign", "error"),
        ("return.unit.unknown", "error"),
        ("return.plan.unknown", "error"),
        ("return.plan.outdated", "error"),
        ("return.round.mismatch", "error"),
        ("return.duplicate", "error"),
        ("return.columns.missing", "error"),
        ("return.row.deleted", "error"),
        ("return.row.added", "error"),
        ("return.row.duplicated", "error"),
        ("return.locked.changed", "error"),
        ("return.status.invalid", "error"),
        ("return.status.empty", "warning"),
        ("return.status.needs_progress", "error"),
        ("return.status.needs_problem", "error"),
        ("return.text.too_long", "error"),
        ("return.formula", "error"),
        ("return.phone.invalid", "error"),
        ("return.date.invalid", "error"),
        ("return.missing", "warning"),
        ("schema", "error"),
    ]


@pytest.mark.parametrize("entry", CATALOGUE, ids=[r.id for r in CATALOGUE])
def test_each_rule_has_a_one_line_summary_and_hint(entry: Rule) -> None:
    r = rule(entry.id)
    assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", r.id)
    assert isinstance(r.severity, Severity)
    assert r.summary and "\n" not in r.summary
    assert r.hint and "\n" not in r.hint


def test_ids_are_unique_and_looked_up_by_id() -> None:
    assert len(RULES) == len(CATALOGUE)
    assert rule("text.lost").severity is Severity.ERROR
    with pytest.raises(KeyError):
        rule("no.such.rule")


def test_every_rule_is_documented() -> None:
    guide = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    returns = (ROOT / "docs" / "collect.md").read_text(encoding="utf-8")
    missing = [
        r.id
        for r in CATALOGUE
        if f"`{r.id}`" not in (returns if r.id.startswith("return.") else guide)
    ]
    assert missing == []
