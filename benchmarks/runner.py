"""Run the whole benchmark: corpora, per-size workers, the command line, start-up, targets."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import report, startup
from benchmarks.generate import generate_corpus, registry_forms
from benchmarks.measure import Sample, best_of, run_command

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("polars", "pandera", "pandas", "openpyxl", "opencc", "click")


@dataclass(frozen=True, slots=True)
class Options:
    """What to run: corpus sizes, seed, output folder, repeats, profiling, baseline."""

    sizes: tuple[int, ...]
    seed: int
    out: Path
    repeat: int
    profile: bool
    baseline: bool


def run(options: Options) -> int:
    """Run every measurement, write bench.json and print the table; exit 0."""
    options.out.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"meta": _meta(options), "sizes": {}}
    units, collectives = registry_forms()
    for n in options.sizes:
        corpus = options.out / f"corpus-{n}"
        shutil.rmtree(corpus, ignore_errors=True)
        _say(f"N={n}: generating")
        generate_corpus(n, options.seed, corpus, units, collectives)
        result["sizes"][str(n)] = _size(n, corpus, options)
    _say("start-up and the real plan")
    result["startup"] = startup.startup(options.out, max(options.repeat, 3))
    probe = options.out / f"corpus-{min(options.sizes, key=lambda n: abs(n - 100))}"
    result["progress"] = startup.progress(probe, options.out)
    result["meta"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["targets"] = report.targets(result)
    path = options.out / "bench.json"
    path.write_text(json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    print(report.table(result), end="")
    return 0


def _size(n: int, corpus: Path, options: Options) -> dict[str, Any]:
    work, tables = options.out / f"work-{n}", options.out / f"tables-{n}"
    profile = ["--profile", str(options.out / f"profile-{n}")] if options.profile else []
    _say(f"N={n}: pipeline stages")
    ours = _worker(["pipeline", "--corpus", str(corpus), "--out", str(work),
                    "--tables", str(tables), *profile])  # fmt: skip
    errors: list[str] = ours["counts"].pop("errors", [])
    stages = dict(ours["stages"])
    if options.baseline:
        _say(f"N={n}: baseline")
        theirs = _worker(["baseline", "--out", str(work), "--tables", str(tables)])
        stages.update(theirs["stages"])
    repeat = options.repeat if n <= 100 else 1
    rows = int(ours["counts"]["assignments"])
    cli = startup.pipeline_command()
    target = work / "export-cli"

    def export() -> Sample:
        shutil.rmtree(target, ignore_errors=True)
        return run_command([*cli, "export", str(corpus), "--out", str(target)], cwd=ROOT)

    commands = {
        "check_cli": lambda: run_command([*cli, "validate", str(corpus)], cwd=ROOT),
        "export_cli": export,
    }
    for name, command in commands.items():
        _say(f"N={n}: {name}")
        try:
            stages[name] = _figure(best_of(repeat, command), rows)
        except RuntimeError as err:
            errors.append(f"{name}: {str(err)[-600:]}")
    size = {"counts": ours["counts"], "stages": stages, "errors": errors}
    size["ratios"] = report.ratios(size)
    return size


def _worker(args: list[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _figure(sample: Sample, rows: int) -> dict[str, Any]:
    return {
        "seconds": round(sample.seconds, 4),
        "peak_mb": round(sample.peak_mb, 1),
        "rows": rows,
        "row_kind": "assignments",
        "rows_per_s": round(rows / sample.seconds) if sample.seconds else None,
    }


def _meta(options: Options) -> dict[str, Any]:
    versions: dict[str, str | None] = {}
    for lib in LIBRARIES:
        try:
            versions[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            versions[lib] = None
    return {
        "date": date.today().isoformat(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "seed": options.seed,
        "sizes": list(options.sizes),
        "profiled": options.profile,
        "versions": versions,
    }


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
