"""Render a validation Report: terminal text, JSON, Markdown and GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

import polars as pl

from pipeline.columns import names, plain, record
from pipeline.json_rows import rows_json
from pipeline.model import Correction
from pipeline.validate.findings import Finding, Report
from pipeline.validate.rules import RULES
from schemas.tables import CorrectionsSchema, FindingsSchema

FORMATS = ("text", "json", "markdown", "github")
#: Findings of one rule a terminal, a Markdown report or the annotations show; the JSON
#: report keeps every one (a corpus's unfilled returns give one warning per row: 857,876).
PER_RULE = 50


def render(report: Report, fmt: str) -> str:
    """Render ``report`` in one of FORMATS."""
    return _RENDERERS[fmt](report)


def summary(report: Report) -> str:
    """Return one line: how many documents, errors and warnings, and the verdict."""
    n = len(report.documents)
    docs = f"{n} document" + ("" if n == 1 else "s")
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "valid" if report.valid else "INVALID"
    strict = " (strict: warnings count as errors)" if report.strict else ""
    return f"{verdict}: {docs}, {errors} error(s), {warnings} warning(s){strict}"


def text(report: Report) -> str:
    """Render the report for a terminal: counts by rule, then every finding, then corrections."""
    out = [summary(report)]
    if report.findings:
        out += ["", "by rule:"]
        width = max(len(rule_id) for rule_id in report.counts())
        out += [
            f"  {rule_id:<{width}}  {_severity(report, rule_id):<7}  {count}"
            for rule_id, count in report.counts().items()
        ]
        out.append("")
        for f in _shown(report):
            task = f" task {f.task}:" if f.task is not None else ""
            unit = f" {f.unit}:" if f.unit is not None else ""
            out.append(f"{_where(f)}: {f.severity.value} [{f.rule}]{unit}{task} {f.message}")
            if f.excerpt:
                out.append(f"    | {f.excerpt}")
            out.append(f"    fix: {f.hint}")
        out += _more(report)
    if report.applied:
        out += ["", f"corrections applied ({len(report.applied)}):"]
        out += [f"  {_correction(c)}" for c in report.applied]
    return "\n".join(out) + "\n"


def to_json(report: Report) -> str:
    """Render the report as deterministic JSON (see ``to_json_bytes``)."""
    return to_json_bytes(report).decode()


def to_json_bytes(report: Report) -> bytes:
    """Render the report as deterministic JSON: one object per finding and per correction
    applied, keys in their model's order (a correction has no ``doc_id``: its file says it).

    The text is json.dumps's (indent 2, Chinese as is); the findings, close to a million
    for a corpus's returns, are encoded by polars from one frame.
    """
    document = {
        "valid": report.valid,
        "strict": report.strict,
        "documents": list(report.documents),
        "summary": {
            "errors": len(report.errors),
            "warnings": len(report.warnings),
            "by_rule": report.counts(),
        },
        "findings": _SLOT,
        "corrections": [record(c, CorrectionsSchema) for c in report.applied],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    before, after = text.split(json.dumps(_SLOT), 1)
    findings = rows_json(_findings(report.findings), depth=1)
    return b"".join([before.encode(), *findings, after.encode()])


#: Stands for the findings list in the document until polars writes it.
_SLOT = "\x00findings\x00"


def _findings(findings: Sequence[Finding]) -> pl.DataFrame:
    """Return the findings as a frame: FindingsSchema's columns, in its order."""
    # As ``record`` writes a finding: the model's columns the finding has.
    first = findings[0] if findings else None
    columns = [c for c in names(FindingsSchema) if first is None or hasattr(first, c)]
    return pl.DataFrame(
        {c: [plain(getattr(f, c)) for f in findings] for c in columns},
        schema={c: _DTYPES.get(c, pl.String()) for c in columns},
    )


_DTYPES: dict[str, pl.DataType] = {"line": pl.Int64(), "column": pl.Int64(), "task_no": pl.Int64()}


def markdown(report: Report) -> str:
    """Render the report for a pull request or a supervisor."""
    out = ["# Validation report", "", f"**{summary(report)}**", ""]
    if report.documents:
        out += ["Documents: " + ", ".join(f"`{d}`" for d in report.documents), ""]
    if report.findings:
        out += [
            "## Findings by rule",
            "",
            "| Rule | Severity | Count | Meaning |",
            "|---|---|---:|---|",
        ]
        for rule_id, count in report.counts().items():
            meaning = RULES[rule_id].summary if rule_id in RULES else ""
            out.append(_row(f"`{rule_id}`", _severity(report, rule_id), str(count), meaning))
        out += ["", "## Findings", ""]
        out += ["| Where | Task | Severity | Rule | Problem | Excerpt | Fix |"]
        out += ["|---|---:|---|---|---|---|---|"]
        for f in _shown(report):
            task = f.task or ""
            out.append(
                _row(_where(f), task, f.severity.value, f"`{f.rule}`", f.message, f.excerpt, f.hint)
            )
        more = _more(report)
        out += ["", *more] if more else []
        out.append("")
    if report.applied:
        out += ["## Corrections applied", ""]
        out += ["| Correction | Find | Replace | Count | Raw line | Reason |"]
        out += ["|---|---|---|---:|---:|---|"]
        for c in report.applied:
            where = f"{c.file}:{c.file_line}"
            out.append(_row(where, c.find, c.replace, str(c.count), str(c.line or ""), c.reason))
        out.append("")
    return "\n".join(out)


def github(report: Report) -> str:
    """Render each finding as a GitHub Actions annotation, then the summary line."""
    lines = []
    for f in _shown(report):
        props = {"file": f.path, "line": f.line, "col": f.column, "title": f.rule}
        spec = ",".join(f"{k}={_escape(str(v), True)}" for k, v in props.items() if v)
        task = f"task {f.task}: " if f.task is not None else ""
        cell = f"{f.cell}: " if f.cell is not None else ""
        excerpt = f" [{f.excerpt}]" if f.excerpt else ""
        message = f"{cell}{task}{f.message}{excerpt} — fix: {f.hint}"
        lines.append(f"::{f.severity.value} {spec}::{_escape(message, False)}")
    return "\n".join([*lines, *_more(report), summary(report)]) + "\n"


def _shown(report: Report) -> list[Finding]:
    """Return the findings to show: the first PER_RULE of each rule, in report order."""
    seen: dict[str, int] = {}
    shown = []
    for f in report.findings:
        seen[f.rule] = seen.get(f.rule, 0) + 1
        if seen[f.rule] <= PER_RULE:
            shown.append(f)
    return shown


def _more(report: Report) -> list[str]:
    """Return a line per rule with findings left out by ``_shown``, saying how many."""
    return [
        f"… and {count - PER_RULE:,} more [{rule_id}] (the JSON report lists every finding)"
        for rule_id, count in report.counts().items()
        if count > PER_RULE
    ]


def _escape(value: str, is_property: bool) -> str:
    """Escape a workflow-command value as the GitHub Actions runner expects."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if is_property:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def _where(f: Finding) -> str:
    if f.cell is not None:
        return f"{f.path}:{f.cell}"
    if f.line is None:
        return f.path or "(pipeline)"
    return f"{f.path}:{f.line}:{f.column or 1}"


def _severity(report: Report, rule_id: str) -> str:
    return next(f.severity.value for f in report.findings if f.rule == rule_id)


def _correction(c: Correction) -> str:
    raw = f", raw line {c.line}" if c.line else ""
    return f"{c.file}:{c.file_line}: “{c.find}” → “{c.replace}” ({c.count}×{raw})"


def _row(*cells: str) -> str:
    escaped = (cell.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ") for cell in cells)
    return "| " + " | ".join(escaped) + " |"


_RENDERERS = {"text": text, "json": to_json, "markdown": markdown, "github": github}
