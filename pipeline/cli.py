"""The command line: parse options, call one library function, print a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from pipeline.errors import PipelineError

EXISTING = click.Path(exists=True, path_type=Path)


class _Group(click.Group):
    """Turn a PipelineError into one clear line on stderr and exit 1 (--debug: traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PipelineError as err:
            if "--debug" in sys.argv[1:] or (ctx.obj or {}).get("debug"):
                raise
            click.echo(f"error: {err}", err=True)
            ctx.exit(1)


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
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print the parsed documents: title, targets, tasks and their unit clauses.

    Example: pipeline extract raw/*.txt --format json
    """
    from pipeline import run, serialise

    documents = run.extract(paths)
    render = serialise.documents_json if fmt == "json" else serialise.documents_table
    click.echo(render(documents), nl=False)
