"""Declare what a valid unit registry is: the schemas of its units and collectives tables."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.unit_vocabulary import CATEGORY_ZH, Category, Confidence

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _is_date(column: str) -> pl.Expr:
    # str_matches reports a wrong shape; this rejects impossible days such as 2024-02-30.
    value = pl.col(column)
    parsed = value.str.to_date("%Y-%m-%d", strict=False)
    return value.is_null() | ~value.str.contains(DATE_PATTERN) | parsed.is_not_null()


class UnitsSchema(pa.DataFrameModel):
    """One row per unit; every cell is read as text, empty cells as null."""

    unit_id: str = pa.Field(unique=True, str_matches=ID_PATTERN)
    name: str = pa.Field(unique=True, str_length={"min_value": 1})
    short_name: str = pa.Field(unique=True, str_length={"min_value": 1})
    aliases: str | None = pa.Field(nullable=True)
    category: str = pa.Field(isin=[c.value for c in Category])
    category_zh: str = pa.Field(isin=sorted(set(CATEGORY_ZH.values())))
    confidence: str = pa.Field(isin=[c.value for c in Confidence])
    valid_from: str | None = pa.Field(nullable=True, str_matches=DATE_PATTERN)
    valid_to: str | None = pa.Field(nullable=True, str_matches=DATE_PATTERN)
    successor: str | None = pa.Field(nullable=True, str_matches=ID_PATTERN)
    note: str | None = pa.Field(nullable=True)
    source: str | None = pa.Field(nullable=True)

    class Config:
        # Every cell is text; coerce stays off because pandera's coercion crashes on a
        # missing column instead of reporting it.
        strict = True

    @pa.check("valid_from", "valid_to", name="is_date")
    def is_date(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that a date is a real calendar day."""
        return data.lazyframe.select(_is_date(data.key))

    @pa.dataframe_check(name="category_zh_matches_category")
    def category_zh_matches(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that category_zh is the Chinese name of category."""
        labels = {c.value: zh for c, zh in CATEGORY_ZH.items()}
        expected = pl.col("category").replace_strict(labels, default=None)
        return data.lazyframe.select(expected.is_null() | (expected == pl.col("category_zh")))

    @pa.dataframe_check(name="valid_from_before_valid_to")
    def dates_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that a unit's validity does not end before it starts."""
        start, end = pl.col("valid_from"), pl.col("valid_to")
        return data.lazyframe.select(start.is_null() | end.is_null() | (start <= end))

    @pa.dataframe_check(name="successor_needs_valid_to")
    def successor_needs_end(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Check that a unit with a successor says when it ended."""
        return data.lazyframe.select(
            pl.col("successor").is_null() | pl.col("valid_to").is_not_null()
        )


class CollectivesSchema(pa.DataFrameModel):
    """One row per collective phrase with its `|`-separated variants and member unit ids."""

    collective_id: str = pa.Field(unique=True, str_matches=ID_PATTERN)
    phrase: str = pa.Field(unique=True, str_length={"min_value": 1})
    variants: str | None = pa.Field(nullable=True)
    members: str = pa.Field(str_matches=r"^[a-z][a-z0-9_]*(\|[a-z][a-z0-9_]*)*$")
    confidence: str = pa.Field(isin=[c.value for c in Confidence])
    note: str | None = pa.Field(nullable=True)

    class Config:
        strict = True
