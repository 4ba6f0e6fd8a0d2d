"""The overview page's findings: grouped by rule, each linked to its raw lines (原文对照)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.export.tables import file_name
from pipeline.validate.findings import Report
from pipeline.validate.rules import RULES

_AROUND = 1  # raw lines shown before and after a finding's line


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding as the page prints it; ``anchor`` names its raw lines in the appendix."""

    severity: str
    message: str
    hint: str
    path: str
    line: int | None
    task: str | None
    excerpt: str
    anchor: str | None


@dataclass(frozen=True, slots=True)
class RuleGroup:
    """The findings of one rule."""

    rule: str
    severity: str
    summary: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class RawLines:
    """Raw lines around a finding: (line number, text, whether it is the finding's line)."""

    anchor: str
    path: str
    line: int
    lines: tuple[tuple[int, str, bool], ...]


def findings_view(
    report: Report, raw: Mapping[str, str]
) -> tuple[tuple[RuleGroup, ...], tuple[RawLines, ...]]:
    files = {path: i + 1 for i, path in enumerate(sorted({f.path for f in report.findings}))}
    appendix: dict[str, RawLines] = {}
    groups: dict[str, list[Finding]] = {}
    for f in report.findings:
        anchor = None
        if f.line is not None and f.path in raw:
            anchor = f"raw-{files[f.path]}-{f.line}"
            if anchor not in appendix:
                appendix[anchor] = RawLines(
                    anchor, file_name(f.path), f.line, _around(raw[f.path], f.line)
                )
        groups.setdefault(f.rule, []).append(
            Finding(
                f.severity.value,
                f.message,
                f.hint,
                file_name(f.path),
                f.line,
                f.task,
                f.excerpt,
                anchor,
            )
        )
    rules = tuple(
        RuleGroup(
            rule_id,
            found[0].severity,
            RULES[rule_id].summary if rule_id in RULES else "",
            tuple(found),
        )
        for rule_id, found in sorted(groups.items())
    )
    ordered = sorted(appendix.values(), key=lambda r: (int(r.anchor.split("-")[1]), r.line))
    return rules, tuple(ordered)


def _around(text: str, line: int) -> tuple[tuple[int, str, bool], ...]:
    lines = text.splitlines()
    first, last = max(1, line - _AROUND), min(len(lines), line + _AROUND)
    return tuple((n, lines[n - 1], n == line) for n in range(first, last + 1))
