"""Write a collected round into ``out/progress/<round>/`` and keep every round in history.

The round's folder is built beside itself and swapped in (``export.atomic.staged``), and
history.parquet is replaced through a temporary file, so a failure leaves both as they were.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import polars as pl

from pipeline.collect.lights import Lights
from pipeline.collect.workbook import progress_workbook
from pipeline.errors import CollectError
from pipeline.export.atomic import atomic_write_bytes, staged
from pipeline.export.xlsx_io import FORMULA_STARTS
from pipeline.json_rows import rows_json
from pipeline.statuses import Status
from pipeline.validate import report
from pipeline.validate.findings import Report

PROGRESS = "progress"
HISTORY = "history.parquet"
#: The folder of a collect without a round.
NO_ROUND = "unscheduled"
FILES = (
    "progress.xlsx",
    "progress.csv",
    "progress.json",
    "progress.parquet",
    "collect.json",
    "collect.md",
)


def round_folder(out: Path, round_: str) -> Path:
    """Return ``out/progress/<round>`` (``unscheduled`` when there is no round)."""
    return out / PROGRESS / (round_ or NO_ROUND)


def write_round(
    out: Path,
    progress: pl.DataFrame,
    result: Report,
    statuses: Sequence[Status],
    lights: Lights,
    *,
    round_: str,
    reasons: dict[str, str],
    stamp: date,
) -> tuple[Path, ...]:
    """Write the round's files and merge the round into history; return the paths written."""
    folder = round_folder(out, round_)
    history = merge_history(read_history(out), progress, round_)  # fails before any write
    # One file's bytes at a time: a corpus's round is over a gigabyte of them.
    bodies: dict[str, Callable[[], bytes]] = {
        "progress.xlsx": lambda: progress_workbook(
            progress,
            result.findings,
            statuses,
            lights,
            round_=round_,
            reasons=reasons,
            stamp=stamp,
        ),
        "progress.csv": lambda: _csv(progress),
        "progress.json": lambda: _json(progress),
        "progress.parquet": lambda: parquet_bytes(progress),
        "collect.json": lambda: report.to_json_bytes(result),
        "collect.md": lambda: (
            report.markdown(result).replace("# Validation report", "# Collect report", 1).encode()
        ),
    }
    with staged(folder, FILES) as stage:
        for name in FILES:
            (stage / name).write_bytes(bodies[name]())
    atomic_write_bytes(out / PROGRESS / HISTORY, parquet_bytes(history))
    return (*(folder / name for name in FILES), out / PROGRESS / HISTORY)


def read_history(out: Path) -> pl.DataFrame | None:
    """Return every collected round so far (None before the first collect)."""
    path = out / PROGRESS / HISTORY
    if not path.is_file():
        return None
    try:
        return pl.read_parquet(path)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise CollectError(
            f"the history of collected rounds cannot be read ({exc})",
            path=path,
            hint="restore it from a backup, or delete it to start the history afresh",
        ) from None


def merge_history(
    history: pl.DataFrame | None, progress: pl.DataFrame, round_: str
) -> pl.DataFrame:
    """Replace ``round_``'s rows of ``history`` with ``progress``; other rounds stay as they are."""
    kept = history.filter(pl.col("round") != round_) if history is not None else None
    merged = progress if kept is None else pl.concat([kept, progress], how="vertical")
    return merged.sort(["round", "doc_id", "task_no", "unit_id"], maintain_order=True)


def parquet_bytes(frame: pl.DataFrame) -> bytes:
    """Return ``frame`` as Parquet bytes (no timestamps, so equal frames give equal bytes)."""
    buffer = io.BytesIO()
    frame.write_parquet(buffer, statistics=False)
    return buffer.getvalue()


def _csv(frame: pl.DataFrame) -> bytes:
    """Return CSV with a BOM; a text Excel would run as a formula gets a leading ' (OWASP)."""
    guarded = frame.with_columns(
        pl.when(pl.col(c).str.starts_with(s).or_(*(pl.col(c).str.starts_with(o) for o in rest)))
        .then("'" + pl.col(c))
        .otherwise(pl.col(c))
        .alias(c)
        for c in ("title", "progress", "problems", "next_steps")
        for s, *rest in [FORMULA_STARTS]
    )
    return guarded.write_csv(include_bom=True).encode()


def _json(frame: pl.DataFrame) -> bytes:
    """Return one JSON object per row, as json.dumps(…, indent=2) writes them, encoded by
    polars (a corpus's round is close to a million rows)."""
    return b"".join(rows_json(frame))
