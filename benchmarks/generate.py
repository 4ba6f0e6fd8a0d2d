"""Write a seeded synthetic corpus of action plans shaped like the real one.

Unit names come from the registry (schemas/units.csv, schemas/collectives.csv) when it is
there, else from the real plan. A quarter of the plans are printed in traditional
characters with the pinyin glosses of the real scrape; some are GB18030 or CRLF.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from benchmarks import phrases
from benchmarks.plans import FIRST_DAY, Forms, PlanSpec, build_plan

ROOT = Path(__file__).resolve().parent.parent
UNITS_CSV = ROOT / "schemas" / "units.csv"
COLLECTIVES_CSV = ROOT / "schemas" / "collectives.csv"
_SEPARATORS = "、，,；; \t　"
_FULL_WIDTH = str.maketrans({"(": "（", ")": "）"})


def generate_corpus(
    n: int, seed: int, out_dir: Path, units: Sequence[Forms], collectives: Sequence[Forms]
) -> list[Path]:
    """Write plans 0..n-1 of the corpus ``seed`` into ``out_dir``; return the text files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        plan = build_plan(index, seed, units, collectives)
        path = out_dir / f"{plan.doc_id}.txt"
        path.write_bytes(render(plan))
        path.with_suffix(".toml").write_text(sidecar(plan), encoding="utf-8")
        paths.append(path)
    return paths


def render(plan: PlanSpec) -> bytes:
    """Return the bytes of the plan's raw file: script, glosses, line ends and encoding."""
    text = plan.text
    if plan.traditional:
        text = "\n".join(_gloss(_traditional(line)) for line in text.split("\n"))
    if plan.crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(plan.encoding)


def sidecar(plan: PlanSpec) -> str:
    """Return the plan's sidecar TOML: the issuer and publication date its text lacks."""
    return f'[document]\nissuer = "郑州市人民政府"\npublished = {plan.published.isoformat()}\n'


def registry_forms(
    units_csv: Path = UNITS_CSV, collectives_csv: Path = COLLECTIVES_CSV
) -> tuple[list[Forms], list[Forms]]:
    """Return the printed forms of the usable units and of the collectives."""
    if not units_csv.is_file() or not collectives_csv.is_file():
        return [(u,) for u in phrases.REAL_UNITS], [(c,) for c in phrases.REAL_COLLECTIVES]
    units = [
        _forms(r["short_name"], r["aliases"], r["name"]) for r in _rows(units_csv) if _usable(r)
    ]
    collectives = [_forms(r["phrase"], r["variants"]) for r in _rows(collectives_csv)]
    return units, collectives


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _usable(row: dict[str, str]) -> bool:
    """Keep units in office on every day a plan can carry."""
    start = row.get("valid_from") or ""
    return not row.get("valid_to") and (not start or date.fromisoformat(start) <= FIRST_DAY)


def _forms(first: str, *more: str) -> Forms:
    """Return printable forms: brackets full width, none that a separator would split."""
    forms = [first] + [f for group in more for f in (group or "").split("|")]
    kept = [f.translate(_FULL_WIDTH) for f in forms if f]
    return tuple(dict.fromkeys(f for f in kept if not _splits(f)))


def _splits(form: str) -> bool:
    depth = 0
    for ch in form:
        depth += (ch == "（") - (ch == "）")
        if depth == 0 and ch in _SEPARATORS:
            return True
    return False


def _traditional(line: str) -> str:
    """Print a line in traditional characters when OpenCC converts it back unchanged."""
    s2t, t2s = _converter("s2t"), _converter("t2s")
    trad = s2t(line)
    return trad if len(trad) == len(line) and t2s(trad) == line else line


def _gloss(line: str) -> str:
    return "".join(f"{ch}({phrases.GLOSSES[ch]})" if ch in phrases.GLOSSES else ch for ch in line)


@cache
def _converter(config: str) -> Callable[[str], str]:
    import opencc

    converter: Any = opencc.OpenCC(config)
    return converter.convert  # type: ignore[no-any-return]
