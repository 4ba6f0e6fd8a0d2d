"""Declare what a sidecar (``<name>.toml``) and a corrections file may hold.

Declarations only: ``pipeline.read.tomlcheck`` applies them before any value is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from schemas.tables import ROUND

#: Years a document date or a reporting round may fall in.
YEARS = (1949, 2100)


@dataclass(frozen=True, slots=True)
class Key:
    """One allowed key: its TOML type (``str`` or ``date``), an example, and a text form."""

    name: str
    kind: type[str] | type[date]
    example: str
    #: For text: a regular expression the whole value must match, and what it means.
    pattern: str | None = None
    required: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """One allowed table: ``[name]`` once, or ``[[name]]`` repeated when ``array``."""

    name: str
    array: bool
    keys: tuple[Key, ...]
    #: (earlier key, later key): the first date must not come after the second.
    order: tuple[tuple[str, str], ...] = ()


SIDECAR: tuple[Table, ...] = (
    Table(
        "document",
        array=False,
        keys=(
            Key("title", str, '"郑州市数字政府建设行动方案"'),
            Key("issuer", str, '"郑州市人民政府"'),
            Key("document_number", str, '"郑政〔2023〕25号"'),
            Key("signed", date, "2023-12-25"),
            Key("published", date, "2024-01-08"),
        ),
        order=(("signed", "published"),),
    ),
    Table(
        "reporting",
        array=False,
        keys=(
            Key("round", str, '"2024-03"', pattern=ROUND),
            Key("due", date, "2024-04-10"),
        ),
    ),
)

CORRECTIONS: tuple[Table, ...] = (
    Table(
        "correction",
        array=True,
        keys=(
            Key("find", str, '"以社??檩d體"', pattern=r"(?s).+", required=True),
            Key("replace", str, '"以社保卡為載體"', required=True),
            Key("reason", str, '"抓取丢失四字；原文为…"', required=True),
        ),
    ),
)
