"""A fuzz campaign: N generated, noisy plans through ``validate`` (and some ``export``).

``python benchmarks/fuzz.py [--n 10000] [--out out/fuzz]`` counts exit codes, tracebacks
(exit 3 or an exception escaping the command) and hangs (over ``--hang`` seconds), and
saves each failing input with its output under ``--out``. Plans come from the property
suite's strategies (tests/property/plans.py), every digit form included (ASCII, Chinese
numerals, full-width). Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import functools
import json
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class Hang(Exception):
    """An input took longer than the hang limit."""


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its counts."""
    parser = argparse.ArgumentParser(prog="fuzz", description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--hang", type=int, default=60, help="seconds after which an input hangs")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from click.testing import CliRunner
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from pipeline import run
    from pipeline.cli import main as cli
    from pipeline.registry.lookup import load_registry
    from tests.property.plans import (
        DIGIT_FORMS,
        ENCODINGS,
        NEWLINES,
        encode,
        noisy,
        plans,
    )

    run.load_registry = functools.cache(load_registry)  # type: ignore[attr-defined]
    forms = tuple(DIGIT_FORMS)
    args.out.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    slowest: list[float] = [0.0]

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise Hang

    signal.signal(signal.SIGALRM, on_alarm)

    @settings(
        max_examples=args.n,
        deadline=None,
        phases=[Phase.generate],
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        plans(forms).flatmap(lambda p: st.one_of(st.just(p.text), noisy(p.text))),
        st.sampled_from(ENCODINGS),
        st.sampled_from(NEWLINES),
        st.one_of(st.none(), st.text(max_size=80)),
        st.integers(0, 19),
    )
    def one(text: str, encoding: str, newline: str, toml: str | None, pick: int) -> None:
        counts["inputs"] += 1
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "plan.txt"
            path.write_bytes(encode(text, encoding, newline) if encoding else b"")
            if toml is not None:
                (Path(folder) / "plan.toml").write_text(toml, encoding="utf-8")
            command = ["validate", str(path)]
            if pick == 0:
                command = ["export", str(path), "--out", str(Path(folder) / "out")]
            signal.alarm(args.hang)
            start = time.perf_counter()
            try:
                result = CliRunner().invoke(cli, command)
                outcome = f"exit {result.exit_code}"
                escaped = result.exception is not None and not isinstance(
                    result.exception, SystemExit
                )
                if escaped:
                    outcome = f"traceback {type(result.exception).__name__}"
                output = result.output
            except Hang:
                outcome, output = "hang", ""
            finally:
                signal.alarm(0)
            slowest[0] = max(slowest[0], time.perf_counter() - start)
        counts[f"{command[0]} {outcome}"] += 1
        if outcome not in ("exit 0", "exit 1"):
            n = sum(v for k, v in counts.items() if k != "inputs" and "exit 0" not in k)
            failure = {
                "command": command[0],
                "outcome": outcome,
                "output": output[-2000:],
                "encoding": encoding,
                "newline": newline,
                "toml": toml,
                "text": text,
            }
            (args.out / f"failure-{n:05d}.json").write_text(
                json.dumps(failure, ensure_ascii=False, indent=1), encoding="utf-8"
            )

    start = time.perf_counter()
    one()
    summary = {**dict(sorted(counts.items())), "slowest_s": round(slowest[0], 2)}
    summary["total_s"] = round(time.perf_counter() - start)
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
