"""Write a table as CSV that Excel on Chinese Windows opens as is, with formulas neutralised."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import polars as pl

from pipeline.export.xlsx_io import FORMULA_STARTS

#: A text a spreadsheet would read as a formula: the same starts the workbooks guard against.
RISKY = "^[" + re.escape("".join(FORMULA_STARTS)) + "]"

_CHUNK = 100_000  # rows per piece: a corpus's CSV is never in memory whole


def neutralised(frame: pl.DataFrame) -> pl.DataFrame:
    """Return ``frame`` with a quote before every text a spreadsheet would read as a formula.

    OWASP's advice against CSV injection: a text starting with = + - @, a tab or a carriage
    return gets a leading single quote, so Excel shows it instead of running it.
    """
    texts = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    return frame.with_columns(
        pl.when(pl.col(name).str.contains(RISKY))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name in texts
    )


def csv_chunks(frame: pl.DataFrame) -> Iterator[bytes]:
    """Yield, in pieces, ``frame`` as UTF-8 CSV with a byte order mark and one header row."""
    frame = neutralised(frame)
    for start in range(0, max(frame.height, 1), _CHUNK):
        buffer = io.BytesIO()
        # The BOM is what makes Excel on Chinese Windows read UTF-8 instead of GBK.
        first = start == 0
        frame.slice(start, _CHUNK).write_csv(buffer, include_header=first, include_bom=first)
        yield buffer.getvalue()
