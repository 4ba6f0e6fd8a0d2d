"""Write tasks as JSON with their units nested, Chinese as is, without a loop per row.

The text is what ``json.dumps(value, ensure_ascii=False, indent=2)`` writes, plus a final
newline (pipeline.json_rows encodes the values); flat tables go through ``rows_json``.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl

from pipeline.columns import names
from pipeline.json_rows import PAD, json_list, json_object, starts
from schemas.tables import AssignmentsSchema, TasksSchema

# A task's place in the raw text beyond its line is for finding it there, not for readers.
_PLACE = ("column", "span_start", "span_end")
#: A task's keys: its model's columns but the place within the line.
TASK_KEYS = tuple(name for name in names(TasksSchema) if name not in _PLACE)
#: A nested unit's keys: what an assignment adds to its task.
UNIT_KEYS = tuple(name for name in names(AssignmentsSchema) if name not in names(TasksSchema))
_KEY = ["doc_id", "task_id"]
_TASKS = 2_000  # tasks per piece: each carries its units


def tasks_json(tasks: pl.DataFrame, assignments: pl.DataFrame) -> Iterator[bytes]:
    """Yield, in pieces, a JSON list with one object per task in ``tasks`` order, units nested.

    Task keys are ``TASK_KEYS``; units follow ``assignments`` order, keys ``UNIT_KEYS``.
    """
    return json_list(
        _task_objects(tasks.slice(i, _TASKS), assignments) for i in starts(tasks, _TASKS)
    )


def _task_objects(tasks: pl.DataFrame, assignments: pl.DataFrame) -> pl.Series:
    unit = json_object([(k, pl.col(k)) for k in UNIT_KEYS], depth=3)
    inner = ",\n" + PAD * 3
    units = (
        assignments.join(tasks.select(*_KEY), on=_KEY, how="semi", maintain_order="left")
        .group_by(*_KEY, maintain_order=True)
        .agg(
            pl.concat_str(
                pl.lit("[\n" + PAD * 3), unit.str.join(inner), pl.lit("\n" + PAD * 2 + "]")
            ).alias("units")
        )
    )
    fields = [(k, pl.col(k)) for k in TASK_KEYS]
    task = json_object(
        [*fields, ("units", pl.col("units").fill_null("[]"))], depth=1, raw={"units"}
    )
    joined = tasks.join(units, on=_KEY, how="left", maintain_order="left")
    return joined.select(task).to_series()
