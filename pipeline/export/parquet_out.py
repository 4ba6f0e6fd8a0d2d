"""Write a table as Parquet for data teams."""

from __future__ import annotations

import io

import polars as pl


def parquet_bytes(frame: pl.DataFrame) -> bytes:
    """Return ``frame`` as Parquet bytes (the same bytes for the same frame and polars version)."""
    buffer = io.BytesIO()
    frame.write_parquet(buffer, compression="zstd", statistics=True)
    return buffer.getvalue()
