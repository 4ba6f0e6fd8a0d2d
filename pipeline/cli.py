"""The command line: parse options, call one library function, print a summary."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plan-ledger")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn action plans into validated task-assignment ledgers.

    Example: pipeline export raw --out out
    """
    ctx.obj = {"debug": debug}
