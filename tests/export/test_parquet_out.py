from __future__ import annotations

import io

import polars as pl
from polars.testing import assert_frame_equal

from pipeline.export.parquet_out import parquet_bytes


def test_parquet_round_trips_and_is_the_same_bytes_twice() -> None:
    frame = pl.DataFrame({"单位": ["市大数据局", None], "n": [1, 2]})
    data = parquet_bytes(frame)
    assert data == parquet_bytes(frame)
    assert_frame_equal(pl.read_parquet(io.BytesIO(data)), frame)
