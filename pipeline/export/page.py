"""The overview page ``index.html``: what it shows, as data, and its rendering by Jinja2.

``overview`` builds a frozen ``Page`` from the parsed frames, the validation report, the
ledger's tables (None when validation failed: then no chart and no workbook link), and,
after a collection round, the progress frames; ``page_html`` renders it with an
autoescaping template, so every text from a plan or a return shows as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

import jinja2
import polars as pl

from pipeline.export import charts
from pipeline.export.charts import Chart
from pipeline.export.page_progress import Progress, progress_view
from pipeline.export.tables import Tables, build_tables, file_name
from pipeline.frames import Frames
from pipeline.ledger import Ledger
from pipeline.validate.findings import Report
from pipeline.validate.rules import RULES

PAGE = "index.html"
_AROUND = 2  # raw lines shown before and after a finding's line


@dataclass(frozen=True, slots=True)
class Target:
    """An overall target of a plan for one year, and its raw line."""

    year: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Plan:
    """A plan's identity: title, 文号, dates, issuer, source file and its targets."""

    doc_id: str
    title: str
    document_number: str
    signed: str
    published: str
    issuer: str
    source: str
    sha256: str
    tasks: int
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding as the page prints it; ``anchor`` names its raw lines in the appendix."""

    severity: str
    message: str
    hint: str
    path: str
    line: int | None
    task_no: int | None
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


@dataclass(frozen=True, slots=True)
class Department:
    """A unit with a workbook: its label, full name, counts per role and relative link."""

    label: str
    name: str
    href: str
    lead: int
    responsible: int
    cooperating: int
    tasks: int


@dataclass(frozen=True, slots=True)
class TaskKey:
    """A task as the matrix labels it (任务N) and its title."""

    label: str
    plan: str
    title: str
    units: int


@dataclass(frozen=True, slots=True)
class Page:
    """Everything ``index.html`` shows; ``valid`` False: findings only, no charts or links."""

    valid: bool
    summary: str
    plans: tuple[Plan, ...]
    counts: tuple[tuple[str, int], ...]
    rules: tuple[RuleGroup, ...]
    corrections: tuple[str, ...]
    raw: tuple[RawLines, ...]
    charts: tuple[Chart, ...]
    tasks: tuple[TaskKey, ...]
    departments: tuple[Department, ...]
    progress: Progress | None


def overview(
    frames: Frames,
    report: Report,
    tables: Tables | None,
    *,
    raw: Mapping[str, str],
    progress: pl.DataFrame | None = None,
    history: pl.DataFrame | None = None,
) -> Page:
    """Return the page of an export: ``raw`` maps a source path to its raw text.

    ``tables`` is None when validation failed; ``progress`` (one round) and ``history``
    (every round) are the collect stage's frames, in the contract's shape.
    """
    docs = frames.documents.sort("doc_id")
    labels = task_labels(frames.tasks, list(docs["doc_id"]))
    rules, appendix = _findings(report, raw)
    drawn: tuple[Chart, ...] = ()
    keys: tuple[TaskKey, ...] = ()
    links: tuple[Department, ...] = ()
    if tables is not None and report.valid:
        units = _units(tables)
        drawn = _charts(tables, units, labels)
        keys = _task_keys(tables, labels)
        links = tuple(
            Department(
                r["label"],
                r["name"],
                quote(r["workbook"]),
                r["lead"],
                r["responsible"],
                r["cooperating"],
                r["tasks"],
            )
            for r in units.iter_rows(named=True)
        )
    return Page(
        valid=report.valid,
        summary=_verdict(report),
        plans=_plans(docs, frames.targets),
        counts=_counts(frames, report, tables),
        rules=rules,
        corrections=tuple(
            f"{c.file}:{c.file_line}：“{c.find}” → “{c.replace}”（{c.count}处，原文第{c.line}行）"
            for c in report.applied
        ),
        raw=appendix,
        charts=drawn,
        tasks=keys,
        departments=links,
        progress=None if progress is None else progress_view(progress, history, labels),
    )


def page_html(page: Page) -> str:
    """Render ``page`` as one self-contained HTML document."""
    return _ENV.get_template("index.html.j2").render(page=page)


def task_labels(tasks: pl.DataFrame, doc_ids: list[str]) -> dict[tuple[str, int], str]:
    """Return per (doc_id, task_no) the short label the charts print: 任务N (方案k·任务N)."""
    many = len(doc_ids) > 1
    order = {doc: i + 1 for i, doc in enumerate(doc_ids)}
    return {
        (doc, no): f"方案{order[doc]}·任务{no}" if many else f"任务{no}"
        for doc, no in tasks.select("doc_id", "task_no").iter_rows()
    }


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("pipeline.export", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def _verdict(report: Report) -> str:
    """Return the verdict line in Chinese: passed or not, documents, errors, warnings."""
    verdict = "通过" if report.valid else "未通过"
    strict = "（严格模式：警告按错误计）" if report.strict else ""
    return (
        f"{verdict}：{len(report.documents)} 份方案，{len(report.errors)} 个错误，"
        f"{len(report.warnings)} 个警告{strict}"
    )


def _plans(docs: pl.DataFrame, targets: pl.DataFrame) -> tuple[Plan, ...]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return tuple(
        Plan(
            doc_id=d["doc_id"],
            title=d["title"] or file_name(d["source"]),
            document_number=text(d["document_number"]),
            signed=text(d["signed"]),
            published=text(d["published"]),
            issuer=text(d["issuer"]),
            source=file_name(d["source"]),
            sha256=d["sha256"],
            tasks=d["n_tasks"],
            targets=tuple(
                Target(t["year"], t["text"], t["line"])
                for t in targets.filter(pl.col("doc_id") == d["doc_id"])
                .sort("year", "line")
                .iter_rows(named=True)
            ),
        )
        for d in docs.iter_rows(named=True)
    )


def _counts(frames: Frames, report: Report, tables: Tables | None) -> tuple[tuple[str, int], ...]:
    counts = [
        ("方案", frames.documents.height),
        ("重点任务", frames.tasks.height),
        ("单位点名", frames.mentions.height),
    ]
    if tables is not None:
        counts += [("分工条目", tables.assignments.height), ("部门台账", tables.units.height)]
    return (*counts, ("错误", len(report.errors)), ("警告", len(report.warnings)))


def _findings(
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
                f.task_no,
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


def _units(tables: Tables) -> pl.DataFrame:
    """Return the units with a workbook, most tasks first, with a unique label each."""
    units = tables.units.with_row_index("order")
    clash = pl.col("short_name").is_duplicated()
    return units.with_columns(
        label=pl.when(clash)
        .then(pl.format("{}（{}）", "short_name", "unit_id"))
        .otherwise("short_name")
    ).sort(["tasks", "lead", "responsible", "order"], descending=[True, True, True, False])


def _charts(
    tables: Tables, units: pl.DataFrame, labels: dict[tuple[str, int], str]
) -> tuple[Chart, ...]:
    order = [labels[(d, n)] for d, n in tables.tasks.select("doc_id", "task_no").iter_rows()]
    rank = {"lead": 0, "responsible": 1, "cooperating": 2}
    titles = tables.tasks.select("doc_id", "task_no", "title")
    cells = (
        tables.assignments.select("doc_id", "task_no", "unit_id", "role")
        .with_columns(rank=pl.col("role").replace_strict(rank, return_dtype=pl.Int32))
        .group_by("doc_id", "task_no", "unit_id")
        .agg(pl.col("rank").min())
        .join(titles, on=["doc_id", "task_no"], how="left")
        .join(units.select("unit_id", "label"), on="unit_id")
        .with_columns(
            task=pl.struct("doc_id", "task_no").map_elements(
                lambda k: labels[(k["doc_id"], k["task_no"])], return_dtype=pl.String
            ),
            role_label=pl.col("rank").replace_strict(
                dict(enumerate(charts.ROLE_ORDER)), return_dtype=pl.String
            ),
        )
        .with_columns(text=pl.format("{} {}｜{}：{}", "task", "title", "label", "role_label"))
        .sort("doc_id", "task_no", "unit_id")
        .select("label", "task", "role_label", "text")
    )
    names = list(units["label"])
    return (
        Chart("各单位承担任务数（按角色）", charts.unit_load(units)),
        Chart("任务 × 单位分工矩阵", charts.matrix(cells, names, order)),
    )


def _task_keys(tables: Tables, labels: dict[tuple[str, int], str]) -> tuple[TaskKey, ...]:
    plans = dict(tables.documents.select("doc_id", "title").iter_rows())
    units = tables.assignments.group_by("doc_id", "task_no").agg(pl.col("unit_id").n_unique())
    rows = tables.tasks.join(units, on=["doc_id", "task_no"], how="left", maintain_order="left")
    return tuple(
        TaskKey(
            labels[(r["doc_id"], r["task_no"])], plans[r["doc_id"]], r["title"], r["unit_id"] or 0
        )
        for r in rows.iter_rows(named=True)
    )


@dataclass(frozen=True, slots=True)
class Sources:
    """What the page needs besides the ledger: the validation report and each raw text."""

    report: Report
    raw: Mapping[str, str]


def ledger_page(
    ledger: Ledger | None,
    frames: Frames,
    sources: Sources,
    *,
    progress: pl.DataFrame | None = None,
    history: pl.DataFrame | None = None,
) -> bytes:
    """Return the bytes of ``index.html`` (``ledger`` None: validation failed)."""
    tables = build_tables(ledger) if ledger is not None else None
    page = overview(
        frames, sources.report, tables, raw=sources.raw, progress=progress, history=history
    )
    return page_html(page).encode()
