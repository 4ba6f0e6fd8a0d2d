"""Resolve the mentions frame against the registry into one assignment per (document, task, unit).

A unit reached twice in one task (named directly as lead and covered by a collective
responsible phrase, say) appears once, with its strongest role: lead > responsible >
cooperating. Between two reaches with the same role, a direct or alias naming wins over
a collective phrase, then the first printed. Mentions that do not resolve are returned as
data (``unknown``) with suggestions; the validation stage reports them. Each mention is
resolved here once: ``mentions`` keeps what it stands for, for the clause checks.

Order is meaning: the first-listed lead is the task's primary lead, and the order of the
units is their rank in the task. Each task's assignments keep the plan's order: by role,
then where the winning mention is printed, units a collective phrase covers at the
phrase's place in registry order among themselves. ``position`` numbers them 1..n per
task and ``primary`` marks the first lead when the plan names it (not a collective phrase).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl

from pipeline.columns import polars_schema
from pipeline.model import Role
from pipeline.registry.lookup import COLLECTIVE, Registry
from schemas.tables import AssignmentsSchema, MentionsSchema

ASSIGNMENTS = polars_schema(AssignmentsSchema)
#: One row per mention: its columns, then how it resolved (``via`` null: unknown), the
#: collective it names if any, the units it stands for, and suggestions when unknown.
MENTIONS = pl.Schema(
    [
        *polars_schema(MentionsSchema).items(),
        ("via", pl.String),
        ("collective_id", pl.String),
        ("unit_ids", pl.List(pl.String)),
        ("suggestions", pl.String),
    ]
)
UNKNOWN = pl.Schema(
    (name, MENTIONS[name])
    for name in ("doc_id", "task_id", "task_no", "role", "mention", "line", "column", "suggestions")
)
SUGGESTION_SEPARATOR = "；"
_LOOKUP = {
    "mention": pl.String,
    "published": pl.Date,
    "unit_id": pl.String,
    "via": pl.String,
    "collective_id": pl.String,
    "unit_order": pl.Int32,
    "suggestions": pl.String,
}
_RANK = {role.value: role.rank for role in Role}


@dataclass(frozen=True, slots=True)
class Resolved:
    """Every mention with its units (``mentions``, in mention order), the assignments they
    make (one row per document, task and unit) and the mentions that did not resolve."""

    mentions: pl.DataFrame
    assignments: pl.DataFrame
    unknown: pl.DataFrame


def resolve_mentions(
    mentions: pl.DataFrame, documents: pl.DataFrame, registry: Registry
) -> Resolved:
    """Resolve each mention as of its document's date; expand collectives; keep strongest roles."""
    dated = (
        mentions.with_row_index("_m")
        .join(
            documents.select("doc_id", "published"), on="doc_id", how="left", maintain_order="left"
        )
        .with_columns(rank=pl.col("role").replace_strict(_RANK, return_dtype=pl.Int8))
    )
    pairs = dated.select("mention", "published").unique()
    lookup = _lookup(registry, pairs.iter_rows())
    joined = dated.join(lookup, on=["mention", "published"], how="left", nulls_equal=True)
    per_mention = (
        joined.group_by("_m")
        .agg(
            pl.first(*mentions.columns, "via", "collective_id", "suggestions"),
            pl.col("unit_id").sort_by("unit_order").drop_nulls().alias("unit_ids"),
        )
        .sort("_m")
        .select(MENTIONS.names())
        .cast(MENTIONS)
    )
    units = registry.units_frame().select("unit_id", unit_name="name", short_name="short_name")
    assignments = (
        joined.filter(pl.col("unit_id").is_not_null())
        .with_columns(collective=pl.col("collective_id").is_not_null())
        .sort("doc_id", "task_id", "unit_id", "rank", "collective", "position")
        .unique(["doc_id", "task_id", "unit_id"], keep="first", maintain_order=True)
        .join(units, on="unit_id", how="left")
        .sort("doc_id", "task_no", "task_id", "rank", "position", "unit_order")
        .with_columns(position=pl.int_range(1, pl.len() + 1).over("doc_id", "task_id"))
        # A phrase that covers many units (各区县政府牵头) names no primary lead among them.
        .with_columns(
            primary=(pl.col("role") == "lead")
            & (pl.col("position") == 1)
            & pl.col("collective_id").is_null()
        )
        .select(ASSIGNMENTS.names())
        .cast(ASSIGNMENTS)
    )
    unknown = (
        per_mention.filter(pl.col("via").is_null())
        .with_columns(rank=pl.col("role").replace_strict(_RANK, return_dtype=pl.Int8))
        .sort("doc_id", "task_no", "task_id", "rank", "position")
        .select(UNKNOWN.names())
        .cast(UNKNOWN)
    )
    return Resolved(mentions=per_mention, assignments=assignments, unknown=unknown)


def _lookup(registry: Registry, pairs: Iterable[tuple[Any, ...]]) -> pl.DataFrame:
    """Resolve each distinct (mention, date) once: one row per unit, or one unknown row."""
    order = {unit.unit_id: i for i, unit in enumerate(registry.units)}
    rows: list[tuple[object, ...]] = []
    for mention, published in pairs:
        result = registry.resolve(mention, published)
        if not result.resolved:
            suggestions = SUGGESTION_SEPARATOR.join(result.suggestions) or None
            rows.append((mention, published, None, None, None, None, suggestions))
            continue
        group = result.collective.collective_id if result.collective else None
        via = COLLECTIVE if group else result.via
        if not result.units:  # a collective with no member in office on that day
            rows.append((mention, published, None, via, group, None, None))
        rows += [
            (mention, published, u.unit_id, via, group, order[u.unit_id], None)
            for u in result.units
        ]
    return pl.DataFrame(rows, schema=_LOOKUP, orient="row")
