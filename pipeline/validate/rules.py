"""The validation rule catalogue: each rule's stable id, severity and one-line fix hint."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    """How much a finding matters: an error fails validation, a warning only with --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    """A named check: ``id`` is stable (reports, CI annotations and docs quote it)."""

    id: str
    severity: Severity
    summary: str
    hint: str


_E, _W = Severity.ERROR, Severity.WARNING

#: Every rule, in the order the docs list them.
CATALOGUE: tuple[Rule, ...] = (
    Rule(
        "document.unreadable",
        _E,
        "the file cannot be read, decoded or prepared",
        "save the plan as UTF-8 text (or GB18030, .docx) and fix the file named",
    ),
    Rule(
        "file.orphan",
        _W,
        "a sidecar or corrections file has no plan beside it, so nothing reads it",
        "rename it to match its plan's file name (<name>.toml, <name>.corrections.toml)",
    ),
    Rule(
        "document.title.missing",
        _E,
        "the document has no title",
        "keep the line with 《…》 from the published notice, or set title in <name>.toml",
    ),
    Rule(
        "document.tasks.missing",
        _E,
        "no numbered task with a unit clause was found",
        "check that tasks are numbered (1） 1. 一、 …) and end with （牵头单位：…）",
    ),
    Rule(
        "target.year",
        _E,
        "a target year is not between 2000 and 2100",
        "fix the year in 到YYYY年 (a lost or extra digit?)",
    ),
    Rule(
        "task.numbering.gap",
        _E,
        "task numbers skip a number or do not start at 1",
        "number the tasks 1..N in order; restore a lost task or renumber",
    ),
    Rule(
        "task.numbering.duplicate",
        _E,
        "a task number is used twice",
        "renumber the tasks so that each number appears once",
    ),
    Rule(
        "task.title.empty",
        _E,
        "a task has no title",
        "write the task's title after its number, before the unit clause",
    ),
    Rule(
        "task.lead.missing",
        _E,
        "a task names no lead unit",
        "end the task with （牵头单位：…；责任单位：…）",
    ),
    Rule(
        "clause.empty",
        _E,
        "a unit clause names no unit",
        "list the units after 牵头单位： (and 责任单位：), separated by 、",
    ),
    Rule(
        "clause.duplicate",
        _W,
        "a unit is listed twice in one clause",
        "delete the repeated unit",
    ),
    Rule(
        "clause.lead_also_responsible",
        _E,
        "a lead unit is also listed as responsible in the same clause",
        "keep the unit in one role: remove it from 责任单位 or from 牵头单位",
    ),
    Rule(
        "unit.unknown",
        _E,
        "a unit does not resolve in the registry",
        "fix the unit's name, or add the unit or an alias to schemas/units.csv",
    ),
    Rule(
        "unit.file_name",
        _E,
        "a unit's short name cannot name its department workbook on every system",
        "fix short_name in the registry's units CSV: no control, bidi or zero-width "
        "characters, no leading dot, no device name (CON, COM1…), at most 80 characters",
    ),
    Rule(
        "text.lost",
        _E,
        "characters were lost in the scrape (?, �, □ or a stray Latin letter)",
        "add a reviewed fix to raw/<name>.corrections.toml; never edit the raw file",
    ),
    Rule(
        "text.pinyin_gloss",
        _E,
        "a pinyin gloss is left after cleaning",
        "add a correction that removes the gloss, or report the cleaning gap",
    ),
    Rule(
        "text.traditional",
        _W,
        "a traditional character is left after cleaning",
        "add a correction with the simplified character",
    ),
    Rule(
        "correction.stale",
        _E,
        "a correction matches nothing in the raw text",
        "update find to the raw file's exact text, or delete the correction",
    ),
    Rule(
        "schema",
        _E,
        "a table breaks its schema (a pipeline fault, not a typo in the plan)",
        "report it with the file; run with --debug for details",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in CATALOGUE}


def rule(rule_id: str) -> Rule:
    """Return the rule with ``rule_id`` (KeyError for an unknown id)."""
    return RULES[rule_id]
