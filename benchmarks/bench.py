"""Benchmark the pipeline at corpus scale against a plain baseline (``make bench``).

Writes out/bench/bench.json and prints a table with the targets. Run from anywhere:
``python benchmarks/bench.py [--sizes 10,100] [--quick] [--profile]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run the benchmark."""
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000", help="corpus sizes, comma-separated")
    parser.add_argument("--quick", action="store_true", help="sizes 10,100 and one repeat")
    parser.add_argument("--seed", type=int, default=20240108)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench")
    parser.add_argument("--profile", action="store_true", help="write cProfile stats per stage")
    parser.add_argument("--no-baseline", action="store_true", help="skip the pandas baseline")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.runner import Options, run

    sizes = [10, 100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    options = Options(
        sizes=tuple(sizes),
        seed=args.seed,
        out=args.out,
        repeat=1 if args.quick else 3,
        profile=args.profile,
        baseline=not args.no_baseline,
    )
    return run(options)


if __name__ == "__main__":
    sys.exit(main())
