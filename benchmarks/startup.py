"""Measure start-up: what ``pipeline --help`` imports, and the real plan's export against
the bare import of the libraries it needs; check that progress shows only on a terminal."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import Sample, best_of, run_command

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("polars", "pandera", "openpyxl", "pandas", "opencc")
IMPORT_LIBRARIES = "import polars, pandera.polars, openpyxl, opencc"
_HELP = "import sys; sys.argv = ['pipeline', '--help']; from pipeline.cli import main; main()"
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*([\w.]+)$", re.MULTILINE)
#: What a progress bar leaves in the output: a carriage return, a percentage or a bar.
PROGRESS = re.compile(r"\r(?!\n)|\b\d{1,3}%|\[[#=>█░\-\s]{5,}\]")


def pipeline_command() -> list[str]:
    """Return the command that runs the pipeline's CLI in this environment."""
    script = Path(sys.executable).with_name("pipeline")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pipeline"]


def help_imports() -> dict[str, bool]:
    """Return, for each heavy library, whether ``pipeline --help`` imports it."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", _HELP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    roots = {name.split(".")[0] for name in _IMPORTED.findall(done.stderr)}
    return {lib: lib in roots for lib in HEAVY}


def startup(out: Path, repeat: int) -> dict[str, Any]:
    """Measure ``pipeline --help``, the bare library import and the real plan's export."""
    cli = pipeline_command()
    help_run = best_of(repeat, lambda: run_command([*cli, "--help"], cwd=ROOT))
    imports = best_of(
        repeat, lambda: run_command([sys.executable, "-c", IMPORT_LIBRARIES], cwd=ROOT)
    )
    target = out / "real-export"

    def export_real() -> Sample:
        shutil.rmtree(target, ignore_errors=True)
        return run_command([*cli, "export", "raw", "--out", str(target)], cwd=ROOT)

    figures: dict[str, Any] = {
        "help_seconds": round(help_run.seconds, 4),
        "help_peak_mb": round(help_run.peak_mb, 1),
        "help_imports": help_imports(),
        "import_seconds": round(imports.seconds, 4),
        "import_command": IMPORT_LIBRARIES,
        "real_export_seconds": None,
        "real_export_peak_mb": None,
        "real_export_vs_import": None,
        "error": None,
    }
    try:
        real = best_of(repeat, export_real)
    except RuntimeError as err:
        figures["error"] = str(err)[-600:]
        return figures
    figures["real_export_seconds"] = round(real.seconds, 4)
    figures["real_export_peak_mb"] = round(real.peak_mb, 1)
    figures["real_export_vs_import"] = round(real.seconds / imports.seconds, 3)
    return figures


def progress(corpus: Path, out: Path) -> dict[str, Any]:
    """Export ``corpus`` piped and on a pseudo-terminal; tell where progress was shown."""
    cli = [*pipeline_command(), "export", str(corpus), "--out"]
    piped = subprocess.run(
        [*cli, str(out / "progress-piped")], cwd=ROOT, capture_output=True, text=True, check=False
    )
    chunks, tty_code = _on_terminal([*cli, str(out / "progress-tty")])
    for name in ("progress-piped", "progress-tty"):
        shutil.rmtree(out / name, ignore_errors=True)
    shown = [t for t, text in chunks if PROGRESS.search(text)]
    total = chunks[-1][0] if chunks else 0.0
    return {
        "quiet_when_piped": PROGRESS.search(piped.stdout + piped.stderr) is None,
        "bar_on_terminal": bool(shown),
        "run_seconds": round(total, 3),
        "bar_last_update_s": round(shown[-1], 3) if shown else None,
        "silent_after_bar_s": round(total - shown[-1], 3) if shown else None,
        "exit_codes": [piped.returncode, tty_code],
    }


def _on_terminal(args: list[str]) -> tuple[list[tuple[float, str]], int]:
    """Run ``args`` on a pseudo-terminal; return (seconds since start, output) chunks and code."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=slave, stderr=slave, stdin=slave, env=env)
    os.close(slave)
    chunks: list[tuple[float, str]] = []
    while time.monotonic() < start + 600:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append((time.monotonic() - start, data.decode("utf-8", "replace")))
    os.close(master)
    code = proc.wait()
    chunks.append((time.monotonic() - start, ""))
    return chunks, code
