"""Run the stages for one corpus in a fresh process and print the figures as JSON.

``pipeline`` times each pipeline stage and saves the tables as Parquet; ``baseline``
reads those tables and times the plain pandas/openpyxl baseline on them. A fresh
process per run keeps the peak memory of each size and side apart.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import shutil
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.measure import Sample, measure

T = TypeVar("T")
IMPORTS = {
    "pipeline": (
        "polars",
        "pandera.polars",
        "opencc",
        "pipeline.export",
        "pipeline.validate.checks",
    ),
    "baseline": ("polars", "pandas", "pandera.pandas", "openpyxl"),
}
Figures = dict[str, dict[str, Any]]


class Recorder:
    """Measure named stages; optionally profile each into ``<profile_dir>/<name>.prof``."""

    def __init__(self, profile_dir: Path | None) -> None:
        self.figures: Figures = {}
        self.profile_dir = profile_dir

    def stage(self, name: str, fn: Callable[[], T], rows: Callable[[T], int], kind: str) -> T:
        """Run ``fn`` as stage ``name``; record seconds, peak memory and output rows."""
        profiler = cProfile.Profile() if self.profile_dir else None
        call = fn if profiler is None else lambda: profiler.runcall(fn)
        result, sample = measure(call)
        if profiler is not None and self.profile_dir is not None:
            self.profile_dir.mkdir(parents=True, exist_ok=True)
            profiler.dump_stats(self.profile_dir / f"{name}.prof")
        self.figures[name] = _figure(sample, rows(result), kind)
        return result


def _figure(sample: Sample, rows: int, kind: str) -> dict[str, Any]:
    return {
        "seconds": round(sample.seconds, 4),
        "peak_mb": round(sample.peak_mb, 1),
        "rows": rows,
        "row_kind": kind,
        "rows_per_s": round(rows / sample.seconds) if sample.seconds > 0 else None,
    }


def pipeline_run(corpus: Path, out: Path, tables_dir: Path, rec: Recorder) -> dict[str, Any]:
    """Time every pipeline stage on ``corpus``; save the tables for the baseline."""
    from benchmarks import stages

    _one_stage_at_a_time(corpus, rec)
    documents = rec.stage("extract", lambda: stages.extract(corpus), _tasks, "tasks")
    tables = rec.stage("frames", lambda: stages.frames(documents), _mentions, "mentions")
    resolution = rec.stage("resolve", lambda: stages.resolve(tables), _assignments, "assignments")
    report = rec.stage(
        "validate",
        lambda: stages.check(documents, tables, resolution),
        lambda _: resolution.resolved.assignments.height,
        "assignments",
    )
    rec.stage("validate_schemas", lambda: stages.schema_checks(tables, resolution), int, "rows")
    book = stages.ledger(tables, resolution)
    _save_tables(stages.table_frames(tables, resolution), book.units, tables_dir)
    rows, errors = book.assignments.height, []
    for name, write in (("export", stages.export), ("export_pool2", stages.export_pool)):
        target = out / name
        shutil.rmtree(target, ignore_errors=True)
        try:
            rec.stage(name, partial(write, book, target), lambda _: rows, "assignments")
        except Exception as err:  # a stage another engineer is rewriting may break; go on
            errors.append(f"{name}: {type(err).__name__}: {err}")
        shutil.rmtree(target, ignore_errors=True)  # export-cli keeps a copy to look at
    return {
        "errors": errors,
        "documents": tables.documents.height,
        "tasks": tables.tasks.height,
        "mentions": tables.mentions.height,
        "assignments": resolution.resolved.assignments.height,
        "unknown": resolution.resolved.unknown.height,
        "findings": report.counts(),
    }


def _one_stage_at_a_time(corpus: Path, rec: Recorder) -> None:
    """Time ingest, clean and parse separately, each over the whole corpus, in one process."""
    from benchmarks import stages

    raws = rec.stage("ingest", lambda: stages.ingest_all(corpus), len, "documents")
    cleans = rec.stage("clean", lambda: stages.clean_all(raws), len, "documents")
    rec.stage("parse", lambda: stages.parse_all(raws, cleans), _tasks, "tasks")


def baseline_run(tables_dir: Path, out: Path, rec: Recorder) -> dict[str, Any]:
    """Time the pandas/openpyxl baseline on the saved tables."""
    import polars as pl

    from benchmarks import baseline

    saved = {p.stem: pl.read_parquet(p) for p in sorted(tables_dir.glob("*.parquet"))}
    units = saved.pop("units")
    frames = rec.stage("baseline_frames", lambda: baseline.pandas_tables(saved), _total, "rows")
    rows = _total(frames)
    rec.stage("baseline_validate", lambda: baseline.validate(frames), lambda _: rows, "rows")
    target = out / "baseline"
    shutil.rmtree(target, ignore_errors=True)
    units_pd = baseline.pandas_tables({"units": units})["units"]
    rec.stage(
        "baseline_export", lambda: baseline.export(frames, units_pd, target), int, "assignments"
    )
    return {"assignments": len(frames["assignments"])}


def _save_tables(tables: dict[str, Any], units: Any, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in {**tables, "units": units}.items():
        frame.write_parquet(folder / f"{name}.parquet")


def _tasks(documents: Any) -> int:
    return sum(len(d.tasks) for d in documents)


def _mentions(tables: Any) -> int:
    return int(tables.mentions.height)


def _assignments(resolution: Any) -> int:
    return int(resolution.resolved.assignments.height)


def _total(frames: dict[str, Any]) -> int:
    return sum(len(f) for f in frames.values())


def main(argv: list[str] | None = None) -> int:
    """Run one side for one corpus; print {"stages": …, "counts": …} as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worker")
    parser.add_argument("side", choices=("pipeline", "baseline"))
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args(argv)
    rec = Recorder(args.profile)
    # Stages measure work, not first imports; start-up is measured on its own.
    for module in IMPORTS[args.side]:
        importlib.import_module(module)
    if args.side == "pipeline":
        counts = pipeline_run(args.corpus, args.out, args.tables, rec)
    else:
        counts = baseline_run(args.tables, args.out, rec)
    json.dump({"stages": rec.figures, "counts": counts}, sys.stdout, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
