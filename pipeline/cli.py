"""The command line: parse options, call one library function, print a summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from pipeline.errors import PipelineError
from schemas.unit_vocabulary import Category

EXISTING = click.Path(exists=True, path_type=Path)
MAX_SIZE = click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    metavar="MB",
    help="Refuse a plan larger than this (for .docx: its XML unpacked).",
)


#: Exit codes: 0 valid, 1 invalid data, 2 usage error, 3 a bug in plan-ledger itself.
EXIT_INTERNAL = 3


class _Group(click.Group):
    """Turn errors into one clear line on stderr (--debug: the traceback).

    A PipelineError (bad input) exits 1; any other exception is our bug and exits 3.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PipelineError as err:
            if _debug(ctx):
                raise
            click.echo(f"error: {err}", err=True)
            ctx.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as err:
            if _debug(ctx):
                raise
            what = f"{type(err).__name__}: {err}".splitlines()[0][:200]
            click.echo(
                f"internal error (a bug in plan-ledger, not in your data): {what} — "
                "run again with --debug to see the traceback, and report it",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


def _debug(ctx: click.Context) -> bool:
    """Tell whether --debug was given (read after the group's callback has run)."""
    return "--debug" in sys.argv[1:] or bool((ctx.obj or {}).get("debug"))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plan-ledger")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn action plans into validated task-assignment ledgers.

    Example: pipeline export raw --out out
    """
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=EXISTING)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True
)
@MAX_SIZE
def extract(paths: tuple[Path, ...], fmt: str, max_size: int) -> None:
    """Print the parsed documents.

    Each document: title, issuer, date, targets, and every task with its unit clause.

    Example: pipeline extract raw/*.txt --format json
    """
    from pipeline import run
    from pipeline.parse import serialise

    documents = run.extract(_inputs(paths), max_size=max_size * 2**20)
    render = serialise.documents_json if fmt == "json" else serialise.documents_table
    click.echo(render(documents), nl=False)


def _collected_before(out: Path) -> None:
    """Refuse ``--carry-forward`` (a usage error) when nothing was collected into ``out``."""
    from pipeline.collect.carry import history_path  # the collect package only when asked

    if not history_path(out).is_file():
        message = f"nothing collected yet: no {history_path(out)} (run pipeline collect first)"
        raise click.BadParameter(message, param_hint="--carry-forward")


def _round(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Accept a reporting round such as 2026-12 (a usage error otherwise)."""
    from pipeline.export.reporting import valid_round

    if value is not None and not valid_round(value):
        raise click.BadParameter(f"{value!r} is not a month like 2026-12")
    return value


def _due(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Accept a real date such as 2026-12-25 (a usage error otherwise)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else date.fromisoformat("x")
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a real date like 2026-12-25") from None


REGISTRY = click.option(
    "--registry",
    "registry_path",
    type=EXISTING,
    default=None,
    help="An agency's units CSV, its collectives CSV next to it (default: Zhengzhou's).",
)


@main.group()
def units() -> None:
    """Inspect the unit registry.

    Look units up and resolve the names a plan prints against the registry.

    Example: pipeline units resolve 市大数据局 各开发区管委会
    """


@units.command("list")
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice([c.value for c in Category]),
    help="Only units of this category (repeatable).",
)
@REGISTRY
def units_list(categories: tuple[str, ...], registry_path: Path | None) -> None:
    """List the registry's units.

    One line per unit: id, short form, full name, category, confidence.

    Example: pipeline units list --category district --category county
    """
    from pipeline.registry.lookup import load_registry

    for u in load_registry(registry_path).select(Category(c) for c in categories):
        fields = (u.unit_id, u.short_name, u.name, u.category.value, u.confidence.value)
        click.echo("\t".join(fields))


@units.command("show")
@click.argument("name")
@REGISTRY
def units_show(name: str, registry_path: Path | None) -> None:
    """Show one unit or collective phrase.

    NAME may be a unit id, full name, short form, alias or collective phrase.

    Example: pipeline units show 市农委
    """
    from pipeline.registry.lookup import load_registry

    for field, value in load_registry(registry_path).describe(name):
        click.echo(f"{field}: {value}")


@units.command("resolve")
@click.argument("mentions", nargs=-1, required=True)
@click.option(
    "--on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Resolve as of this date (YYYY-MM-DD); default: the registry as it stands today.",
)
@REGISTRY
@click.pass_context
def units_resolve(
    ctx: click.Context, mentions: tuple[str, ...], on: datetime | None, registry_path: Path | None
) -> None:
    """Resolve unit names to registry units.

    Print each mention's unit id, full name, short form and how it was reached.

    A collective phrase prints one line per member. Exit 1 if a mention is unknown.

    Example: pipeline units resolve 市人防办 各区县〔市〕人民政府 --on 2024-01-08
    """
    from pipeline.registry.lookup import load_registry

    registry = load_registry(registry_path)
    results = [registry.resolve(m, on.date() if on else None) for m in mentions]
    for r in results:
        for u in r.units:
            click.echo(f"{r.mention}\t{u.unit_id}\t{u.name}\t{u.short_name}\t{r.via}")
        if not r.resolved:
            click.echo(f"error: {r.message}", err=True)
    ctx.exit(int(not all(r.resolved for r in results)))


@units.command("draft")
@click.argument("paths", nargs=-1, required=True, type=EXISTING)
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the CSV to this file (default: print it).",
)
def units_draft(paths: tuple[Path, ...], out: Path | None) -> None:
    """Draft a registry CSV of every unit the plans mention.

    One row per printed name: role counts and the file and line it first appears on,
    for an office that starts on a new city to review.

    Example: pipeline units draft raw/other-city-plan.txt -o other_units_draft.csv
    """
    from pipeline import run
    from pipeline.export.atomic import atomic_write_text
    from pipeline.registry.draft import draft_csv

    text = draft_csv(run.extract(paths))
    if out is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(out, text)
        click.echo(f"wrote {text.count(chr(10)) - 1} units to {out}")


@main.command()
@click.argument("paths", nargs=-1, type=EXISTING)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "github"]),
    default="text",
    show_default=True,
    help="github prints workflow annotations (::error file=…,line=…::…).",
)
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@click.option(
    "--reports",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write validation.json and validation.md into this folder.",
)
@REGISTRY
@MAX_SIZE
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    strict: bool,
    reports: Path | None,
    registry_path: Path | None,
    max_size: int,
) -> None:
    """Validate documents; write no deliverables.

    PATH: files or folders (default: raw/).

    Exit 0 when valid, 1 when the data is invalid, 2 on a usage error, 3 on a bug.

    Example: pipeline validate raw --format github --strict
    """
    from pipeline import run
    from pipeline.validate import report

    result = run.check(
        _inputs(paths),
        registry=registry_path,
        strict=strict,
        progress=_progress,
        max_size=max_size * 2**20,
    )
    if reports is not None:
        run.write_reports(result, reports)
    click.echo(report.render(result, fmt), nl=False)
    ctx.exit(int(not result.valid))


@main.command()
@click.argument("paths", nargs=-1, type=EXISTING)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the deliverables and the validation reports.",
)
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@click.option(
    "--carry-forward",
    is_flag=True,
    help="Pre-fill the department workbooks with each unit's last collected answers.",
)
@click.option(
    "--round",
    "round_",
    callback=_round,
    default=None,
    metavar="YYYY-MM",
    help="报送期次 printed in every department workbook (default: the sidecar's [reporting]).",
)
@click.option(
    "--due",
    callback=_due,
    default=None,
    metavar="YYYY-MM-DD",
    help="报送时限 (YYYY-MM-DD) printed in every department workbook.",
)
@REGISTRY
@MAX_SIZE
@click.pass_context
def export(
    ctx: click.Context,
    paths: tuple[Path, ...],
    out: Path,
    strict: bool,
    carry_forward: bool,
    round_: str | None,
    due: date | None,
    registry_path: Path | None,
    max_size: int,
) -> None:
    """Validate, then write every deliverable.

    Writes the ledger, a workbook per department, CSV, JSON and Parquet into OUT.

    The validation reports are always written; the deliverables only when the data is
    valid, so an invalid run leaves the previous deliverables in OUT untouched.

    Example: pipeline export raw --out out --round 2026-12 --due 2026-12-25
    """
    from pipeline import run
    from pipeline.export.atomic import unsafe_out
    from pipeline.validate import report

    if carry_forward:
        _collected_before(out)
    inputs = _inputs(paths)
    refused = unsafe_out(out, inputs)
    if refused:
        raise click.BadParameter(f"{refused}; choose a folder of its own", param_hint="--out")
    result = run.export(
        inputs,
        out,
        registry=registry_path,
        strict=strict,
        progress=_progress,
        status=_status,
        carry_forward=carry_forward,
        round_=round_,
        due=due,
        advance=_Writing().advance,
        max_size=max_size * 2**20,
    )
    if not result.report.valid:
        click.echo(report.render(result.report, "text"), nl=False, err=True)
        click.echo(f"nothing exported; reports in {result.reports[0].parent}/", err=True)
        ctx.exit(1)
    manifest = result.manifest
    assert manifest is not None  # a valid report always comes with a manifest
    click.echo(report.summary(result.report))
    click.echo(f"wrote {len(manifest.files)} files to {out}/ (see {out}/manifest.json)")


@main.command()
@click.argument("returns", nargs=-1, required=True, type=EXISTING)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="The export that issued the workbooks; the progress is written under OUT/progress/.",
)
@click.option(
    "--round",
    "round_",
    callback=_round,
    metavar="YYYY-MM",
    default=None,
    help="Reporting round such as 2026-12 (default: the round the workbooks were issued for).",
)
@click.option(
    "--plans",
    type=click.Path(path_type=Path),
    default=Path("raw"),
    show_default=True,
    help="The plans the export was made from; OUT/index.html is rebuilt from them "
    "(skipped, with a note, when the path does not exist).",
)
@click.option("--strict", is_flag=True, help="Count warnings (such as 未报送) as errors.")
@click.option(
    "--prefer",
    type=click.Choice(["newest"]),
    default=None,
    help="Of two returns for one unit and round, take the last saved instead of failing.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "github"]),
    default="text",
    show_default=True,
)
@click.pass_context
def collect(
    ctx: click.Context,
    returns: tuple[Path, ...],
    out: Path,
    round_: str | None,
    plans: Path,
    strict: bool,
    prefer: str | None,
    fmt: str,
) -> None:
    """Read filled department workbooks back into the progress ledger.

    RETURNS: .xlsx files or folders (searched recursively); file names do not matter.
    Writes OUT/progress/<round>/ (progress.xlsx, .csv, .json, .parquet, collect.json,
    collect.md) and OUT/progress/history.parquet, and refreshes OUT/index.html with the
    round's progress. Returned files are never modified.

    Exit 0 when every return is valid, 1 on an error finding, 2 on a usage error.

    Example: pipeline collect returns/ --out out --round 2026-12
    """

    from pipeline import run
    from pipeline.collect.read import discover
    from pipeline.validate import report

    if not discover(returns):
        raise click.BadParameter("no workbook (.xlsx) found", param_hint="RETURNS")
    sources = [plans] if plans.exists() else []
    result = run.collect(returns, out, plans=sources, round_=round_, prefer=prefer, strict=strict)
    click.echo(report.render(result.report, fmt), nl=False)
    if fmt == "text":
        reported = result.progress.filter("reported").get_column("unit_id").n_unique()
        owed = result.progress.get_column("unit_id").n_unique()
        folder = result.written[0].parent if result.written else out
        click.echo(f"collected {reported}/{owed} units for round {result.round or '(none)'}")
        if not result.written:
            click.echo(
                f"nothing written: none of the {result.returns} return(s) could be collected; "
                f"{out}/progress/ is as it was"
            )
            ctx.exit(1)
        click.echo(f"wrote {folder}/ and {out}/progress/history.parquet")
        if result.written and not sources:
            click.echo(f"note: {out}/index.html not refreshed: no plans at {plans} (see --plans)")
    ctx.exit(int(not result.report.valid))


def _inputs(paths: tuple[Path, ...]) -> tuple[Path, ...]:
    """Return the paths to read (default raw/); refuse, as a usage error, none to read.

    Files in a folder that are not plans are named on stderr, so nothing is dropped unseen.
    """
    from pipeline.read.ingest import DOCUMENT_SUFFIXES, discover_all, shown

    if not paths and not Path("raw").is_dir():
        raise click.BadParameter("no PATH given and no raw/ folder here", param_hint="PATH")
    paths = paths or (Path("raw"),)
    found = discover_all(paths)
    suffixes = ", ".join(DOCUMENT_SUFFIXES)
    for path in found.skipped:
        click.echo(f"skipped {shown(path).as_posix()}: not a plan ({suffixes})", err=True)
    if not found.plans:
        raise click.BadParameter(f"no document ({suffixes}) found", param_hint="PATH")
    return paths


class _Writing:
    """A progress bar over the files an export writes, workbook by workbook (a terminal only)."""

    def __init__(self) -> None:
        self.bar: Any = None

    def advance(self, path: str, total: int) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Writing files", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1, path)
        if self.bar.pos >= total:
            self.bar.__exit__(None, None, None)


def _status(message: str) -> None:
    """Say what a long run is doing, on a terminal only."""
    if sys.stderr.isatty():
        click.echo(message, err=True)


def _progress(files: Sequence[Path]) -> Iterator[Path]:
    """Show a progress bar on a terminal for many documents; stay quiet otherwise."""
    if len(files) < 5 or not sys.stderr.isatty():
        yield from files
        return
    with click.progressbar(files, label="Parsing plans", file=sys.stderr) as bar:
        yield from bar
