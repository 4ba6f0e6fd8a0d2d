"""Read workbooks back with openpyxl, as the tests check them."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter


def load(data: bytes) -> Any:
    """Return the workbook of ``data``."""
    return openpyxl.load_workbook(io.BytesIO(data))


def values(ws: Any) -> list[tuple[Any, ...]]:
    """Return every row of ``ws`` as values."""
    return list(ws.iter_rows(values_only=True))


def widths(ws: Any) -> dict[str, float]:
    """Return the width of every column given one (a <col> may cover several columns)."""
    out = {}
    for dim in ws.column_dimensions.values():
        for index in range(dim.min, dim.max + 1):
            out[get_column_letter(index)] = dim.width
    return out


def hidden(ws: Any) -> set[str]:
    """Return the letters of the hidden columns."""
    return {
        get_column_letter(index)
        for dim in ws.column_dimensions.values()
        if dim.hidden
        for index in range(dim.min, dim.max + 1)
    }
