"""Load what an export issued: the rows of every department workbook and the plans' hashes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.errors import CollectError

ISSUED = "issued.parquet"
MANIFEST = "manifest.json"


@dataclass(frozen=True, slots=True)
class Issued:
    """The export in ``out``: issued rows (contract columns), sources doc_id -> SHA-256."""

    out: Path
    rows: pl.DataFrame
    sources: dict[str, str]

    @property
    def units(self) -> dict[str, str]:
        """Return unit_id -> short_name of every unit that was issued a workbook."""
        pairs = self.rows.select("unit_id", "short_name").unique().sort("unit_id")
        return dict(pairs.iter_rows())

    @property
    def round(self) -> str:
        """Return the round the workbooks were issued for ("" when none was given)."""
        rounds = self.rows.get_column("round").unique().sort().to_list()
        return str(rounds[-1]) if rounds else ""


def load_issued(out: Path) -> Issued:
    """Read ``out/issued.parquet`` and ``out/manifest.json``; a missing export is an error."""
    issued, manifest = out / ISSUED, out / MANIFEST
    for needed in (issued, manifest):
        if not needed.is_file():
            raise CollectError(
                "no export to check the returns against",
                path=needed,
                hint="pass --out with the folder of the export that issued the workbooks",
            )
    try:
        rows = pl.read_parquet(issued)
        entries = json.loads(manifest.read_text(encoding="utf-8"))["generated_from"]
        sources = {str(e["doc_id"]): str(e["sha256"]) for e in entries}
    except (OSError, pl.exceptions.PolarsError, ValueError, KeyError, TypeError) as exc:
        raise CollectError(f"the export cannot be read: {exc}", path=out) from None
    return Issued(out, rows, sources)
