"""Load the status list (完成状态) that workbooks offer and returns are checked against."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pandera.errors
import polars as pl

from pipeline.errors import RegistryError
from schemas.reporting import StatusesSchema


@dataclass(frozen=True, slots=True)
class Status:
    """One value of 完成状态 and what it requires of the row that picks it."""

    name: str
    rank: int
    needs_progress: bool
    needs_problem: bool
    meaning: str


def load_statuses(path: Path | None = None) -> tuple[Status, ...]:
    """Read and check ``schemas/statuses.csv`` (or ``path``); keep the file's order."""
    source = path if path is not None else files("schemas").joinpath("statuses.csv")
    name = str(path) if path is not None else "schemas/statuses.csv"
    try:
        dtypes = {name: dtype.type for name, dtype in StatusesSchema.to_schema().dtypes.items()}
        frame = pl.read_csv(source.read_bytes(), schema=dtypes)
        frame = StatusesSchema.validate(frame, lazy=True)
    except (OSError, pl.exceptions.PolarsError) as err:
        raise RegistryError(f"cannot read the status list: {err}", path=Path(name)) from None
    except pandera.errors.SchemaErrors as err:
        first = err.failure_cases.row(0, named=True)
        raise RegistryError(
            f"invalid status list: {first['check']} in column {first['column']}",
            path=Path(name),
            hint="see schemas/reporting.py for what each column must hold",
        ) from None
    return tuple(
        Status(r["status"], r["rank"], r["needs_progress"], r["needs_problem"], r["meaning"])
        for r in frame.iter_rows(named=True)
    )
