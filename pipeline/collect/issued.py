"""Load what an export issued: the rows of every department workbook and the plans' hashes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.errors import CollectError

ISSUED = "issued.parquet"
MANIFEST = "manifest.json"


#: The issued column holding each row's locked texts (JSON), left on disk until needed: a
#: corpus's is about a gigabyte, and only a changed row or a title needs it.
LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class Issued:
    """The export in ``out``: issued rows (contract columns but ``locked``), sources
    doc_id -> SHA-256."""

    out: Path
    rows: pl.DataFrame
    sources: dict[str, str]

    def locked(self, unit_id: str) -> dict[str, str]:
        """Return key -> locked texts (JSON) of every row issued to ``unit_id``."""
        found = (
            pl.scan_parquet(self.out / ISSUED)
            .filter(pl.col("unit_id") == unit_id)
            .select("key", LOCKED)
            .collect()
        )
        return dict(found.iter_rows())

    def locked_field(self, title: str) -> pl.Series:
        """Return the locked text under ``title`` of each issued row, in ``rows`` order."""
        path = f"$.{title}" if title.isidentifier() else f"$['{title}']"
        return (
            pl.scan_parquet(self.out / ISSUED)
            .select(pl.col(LOCKED).str.json_path_match(path).fill_null(""))
            .collect(engine="streaming")
            .to_series()
        )

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
        columns = [c for c in pl.read_parquet_schema(issued) if c != LOCKED]
        rows = pl.read_parquet(issued, columns=columns)
        entries = json.loads(manifest.read_text(encoding="utf-8"))["generated_from"]
        sources = {str(e["doc_id"]): str(e["sha256"]) for e in entries}
    except (OSError, pl.exceptions.PolarsError, ValueError, KeyError, TypeError) as exc:
        raise CollectError(f"the export cannot be read: {exc}", path=out) from None
    return Issued(out, rows, sources)
