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
        "task.number.lost",
        _W,
        "an item is printed without its number between the numbers before and after it",
        "restore the number in the plan (or in <name>.corrections.toml); it is read as that task",
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
        "clause.note.forward",
        _W,
        "a sentence in a clause says it applies to later tasks (以下任务均需…, 下同); not applied",
        "name the units in each later task's own clause if they owe it",
    ),
    Rule(
        "clause.label.unknown",
        _E,
        "a clause's label is a role's label misspelled (责任单住：…): its units are not read",
        "correct the label (牵头单位, 责任单位, 配合单位 …), or add it to schemas/grammar.toml",
    ),
    Rule(
        "clause.leader",
        _W,
        "a clause names a person (责任领导：…): recorded as a leader, not a unit",
        "nothing to do if the plan names a leader; else name the unit instead",
    ),
    Rule(
        "clause.shared",
        _W,
        "one clause after a group of items is applied to every item of the group",
        "check that the clause owes every item; else give each item its own clause",
    ),
    Rule(
        "clause.first_listed_lead",
        _W,
        "the plan says the first unit of each list leads (排在第一位的为牵头单位); applied",
        "check that each list starts with its lead; else name it with 牵头单位： in the clause",
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
        "text.cut",
        _E,
        "the text ends inside a unit's name in the last task's clause, inside its label, "
        "right after a separator of its units, inside the role word after them or right "
        "after the last task's number: the page was saved part way, and the name (the "
        "clause, the units after it, what follows the role word, the task's words) is left "
        "out",
        "save the whole plan again, or add a reviewed fix that completes the name or the "
        "clause to raw/<name>.corrections.toml",
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
        "text.control_character",
        _W,
        "a control character XML cannot hold was removed from the text",
        "look at the raw file there: the character is debris from the scrape or a copy",
    ),
    Rule(
        "excel.cell_too_long",
        _E,
        "a text is longer than the 32,767 characters an Excel cell holds",
        "check the task's text there: a missing unit clause can make one task swallow the rest",
    ),
    Rule(
        "correction.stale",
        _E,
        "a correction matches nothing in the raw text",
        "update find to the raw file's exact text, or delete the correction",
    ),
    Rule(
        "return.unreadable",
        _E,
        "a returned file is not a workbook that can be read (.xls, .et, .csv, encrypted, corrupt)",
        "open it in Excel or WPS and save it as .xlsx (Excel 工作簿), without a password",
    ),
    Rule(
        "return.foreign",
        _E,
        "a returned workbook is not a department workbook issued by this tool",
        "return the workbook you were sent (its hidden _meta sheet says whose it is)",
    ),
    Rule(
        "return.unit.unknown",
        _E,
        "a return is for a unit that owes no task in this export",
        "check which export issued it (--out), or drop the file",
    ),
    Rule(
        "return.plan.unknown",
        _E,
        "a return is for a plan this export does not hold",
        "collect it against the export that issued it (--out)",
    ),
    Rule(
        "return.plan.outdated",
        _E,
        "a return was issued for another version of the plan",
        "send the unit the current workbook and ask it to copy its answers over",
    ),
    Rule(
        "return.round.mismatch",
        _E,
        "a return was issued for another reporting round",
        "collect it with --round set to its round, or send the current workbook",
    ),
    Rule(
        "return.duplicate",
        _E,
        "two returns for the same unit and round",
        "keep one of the files, or pass --prefer newest to take the last saved",
    ),
    Rule(
        "return.columns.missing",
        _E,
        "a column of the issued table is missing from the return",
        "restore the column (copy it from the issued workbook); do not delete columns",
    ),
    Rule(
        "return.row.deleted",
        _E,
        "a task row of the issued workbook is missing from the return",
        "restore the row from the issued workbook; report on every task",
    ),
    Rule(
        "return.row.added",
        _E,
        "a return has a row the issued workbook did not have",
        "delete the row; write extra remarks in 工作进展 or 存在问题 of the task's row",
    ),
    Rule(
        "return.row.duplicated",
        _E,
        "a task row appears twice in a return",
        "keep one row per task and merge the answers into it",
    ),
    Rule(
        "return.locked.changed",
        _E,
        "a locked cell (task text, role, units, deadline) was changed",
        "restore the issued text; raise disagreements with the office in 存在问题",
    ),
    Rule(
        "return.status.invalid",
        _E,
        "完成状态 is not one of the status list",
        "pick 完成状态 from the dropdown",
    ),
    Rule(
        "return.status.empty",
        _W,
        "a task row of a return has no 完成状态 (one warning for a return with none)",
        "pick 完成状态 from the dropdown for every task",
    ),
    Rule(
        "return.status.needs_progress",
        _E,
        "a status that needs 工作进展 (已完成) has none",
        "write in 工作进展 what was done",
    ),
    Rule(
        "return.status.needs_problem",
        _E,
        "a status that needs 存在问题 (需协调, 进度滞后) has none",
        "write in 存在问题 the reason, the matter and which units must help",
    ),
    Rule(
        "return.text.too_long",
        _E,
        "a fill-in text is longer than an Excel cell holds (32,767 characters)",
        "shorten the text; attach long reports separately",
    ),
    Rule(
        "return.formula",
        _E,
        "a fill-in cell holds a formula",
        "type the text itself (paste as values); the shown value is the formula's last result",
    ),
    Rule(
        "return.phone.invalid",
        _E,
        "联系电话 is not a mainland mobile (11 digits) or a landline with its area code",
        "write a mobile such as 13812345678 or a landline such as 0371-67181234",
    ),
    Rule(
        "return.date.invalid",
        _E,
        "填报日期 or 统计截至日期 is not a real date",
        "write the date as 2026-12-31 or 2026年12月31日",
    ),
    Rule(
        "return.missing",
        _W,
        "a unit that owes tasks sent no return (未报送)",
        "remind the unit (see the 催办 sheet); --strict makes this an error",
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
