"""The overview page ``index.html``: what it shows, as data, and its rendering by Jinja2.

``overview`` builds a frozen ``Page`` from the parsed frames, the validation report, the
ledger's tables (None when validation failed: then no chart and no workbook link), and,
after a collection round, the progress frames; ``page_html`` renders it with an
autoescaping template, so every text from a plan or a return shows as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import jinja2
import polars as pl

from pipeline.export.charts import Chart
from pipeline.export.page_findings import RawLines, RuleGroup, findings_view
from pipeline.export.page_ledger import ROLES, Department, Matrix, TaskKey, ledger_view
from pipeline.export.page_progress import Progress, progress_view
from pipeline.export.tables import Tables, build_tables, file_name
from pipeline.frames import Frames
from pipeline.ledger import Ledger
from pipeline.validate.findings import Report

PAGE = "index.html"


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
    matrix: Matrix | None
    tasks: tuple[TaskKey, ...]
    departments: tuple[Department, ...]
    progress: Progress | None

    @property
    def compact(self) -> bool:
        """Whether the plans are a table of one row each (many plans), not a block each."""
        return len(self.plans) > PLAN_BLOCKS


#: Up to this many plans the page shows each in a block with its targets; more (a city's
#: year of plans, a corpus) are one table row each, or the counts sit pages down.
PLAN_BLOCKS = 3


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
    rules, appendix = findings_view(report, raw)
    sections = ledger_view(tables, labels) if tables is not None and report.valid else None
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
        charts=sections.charts if sections else (),
        matrix=sections.matrix if sections else None,
        tasks=sections.tasks if sections else (),
        departments=sections.departments if sections else (),
        progress=None if progress is None else progress_view(progress, history, labels),
    )


def page_html(page: Page) -> str:
    """Render ``page`` as one self-contained HTML document."""
    return _ENV.get_template("index.html.j2").render(page=page, roles=ROLES)


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
