"""Load the canonical unit registry and resolve unit mentions against it.

A mention resolves in order: exact name, short form or alias (all unique across the
registry), then a normalised form (full/half width, brackets, spaces, the 中共/郑州/市
prefixes, 人民政府→政府, 管理委员会→管委会). The city prefix is data of the registry: the
city most of its full names start with (郑州 for 郑州市…). Nothing is guessed: a mention that does
not resolve carries suggestions instead of a unit.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import polars as pl

from pipeline.columns import polars_schema
from pipeline.errors import RegistryError
from pipeline.read.chinese import HAN
from pipeline.registry.load import Row, read_registry, split
from schemas.registry import UnitsSchema
from schemas.unit_vocabulary import Category, Confidence

DIRECT = "direct"
ALIAS = "alias"
COLLECTIVE = "collective"
_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
_SUGGESTIONS = 3


_CITY = re.compile(f"(?:中共)?([{HAN}]{{2,4}}?)市")


def normalise(text: str, city: str = "") -> str:
    """Return the comparison key of a unit name: width, brackets, spaces and prefixes folded.

    ``city`` is the registry's city (郑州): 郑州市财政局 and 市财政局 get one key.
    """
    key = "".join(unicodedata.normalize("NFKC", text).translate(_BRACKETS).split())
    key = key.removeprefix("中共").removeprefix(city).removeprefix("市")
    return key.replace("人民政府", "政府").replace("管理委员会", "管委会")


@dataclass(frozen=True, slots=True)
class Unit:
    """A party or government organ, institution, district, county or zone of the registry."""

    unit_id: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    category: Category
    confidence: Confidence
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    note: str | None = None
    source: str | None = None

    @property
    def label(self) -> str:
        """Return the short form followed by the full official name."""
        return f"{self.short_name} ({self.name})"

    @property
    def forms(self) -> tuple[str, ...]:
        """Return every printed form: name, short form, aliases."""
        return (self.name, self.short_name, *self.aliases)

    def valid_on(self, on: date | None) -> bool:
        """Return whether the unit exists on ``on`` (None: today, i.e. it has not ended)."""
        if on is None:
            return self.valid_to is None
        started = self.valid_from is None or self.valid_from <= on
        return started and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Collective:
    """A phrase such as 各开发区管委会 that stands for a fixed set of member units."""

    collective_id: str
    phrase: str
    variants: tuple[str, ...]
    members: tuple[str, ...]
    confidence: Confidence
    note: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Return the phrase and its variants."""
        return (self.phrase, *self.variants)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention stands for: units and how they were reached, or suggestions."""

    mention: str
    units: tuple[Unit, ...]
    via: str | None
    collective: Collective | None = None
    suggestions: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        """Return whether the mention names a registry unit or collective."""
        return self.via is not None

    @property
    def message(self) -> str:
        """Return the unknown-unit error with its suggestions ("X: did you mean A?")."""
        if not self.suggestions:
            return f"{self.mention}: unknown unit, nothing similar in the registry"
        return f"{self.mention}: did you mean {' or '.join(self.suggestions)}?"


@dataclass(frozen=True, slots=True)
class Registry:
    """The validated units and collectives, indexed by every printed and normalised form."""

    units: tuple[Unit, ...]
    collectives: tuple[Collective, ...]
    source: str = "<memory>"
    sha256: str = ""
    city: str = ""  # the prefix resolution may drop (郑州): see ``city_of``
    _by_id: dict[str, Unit] = field(init=False, repr=False, compare=False)
    _exact: dict[str, Unit | Collective] = field(init=False, repr=False, compare=False)
    _keys: dict[str, Unit | Collective] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        targets: list[Unit | Collective] = [*self.units, *self.collectives]
        exact = {form: t for t in targets for form in t.forms}
        object.__setattr__(self, "_by_id", {u.unit_id: u for u in self.units})
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_keys", {self.key(f): t for f, t in exact.items()})

    def key(self, text: str) -> str:
        """Return the comparison key of ``text`` with this registry's city prefix."""
        return normalise(text, self.city)

    def unit(self, unit_id: str) -> Unit:
        """Return the unit with ``unit_id`` (KeyError if there is none)."""
        return self._by_id[unit_id]

    def find(self, text: str) -> Unit | Collective | None:
        """Return what ``text`` names, by unit id, exact form or normalised form."""
        text = text.strip()
        return self._by_id.get(text) or self._exact.get(text) or self._keys.get(self.key(text))

    def current(self, unit: Unit, on: date | None) -> Unit:
        """Follow ``unit``'s successors to the unit in office on ``on`` (None: today)."""
        while unit.successor and unit.valid_to and (on is None or on > unit.valid_to):
            unit = self._by_id[unit.successor]
        return unit

    def members(self, collective: Collective, on: date | None) -> tuple[Unit, ...]:
        """Return the members in office on ``on``, successors replacing renamed ones."""
        # Compare ids, not records: hashing whole frozen Units dominated corpus-scale runs.
        current = {self.current(self._by_id[m], on).unit_id for m in collective.members}
        return tuple(u for u in self.units if u.unit_id in current and u.valid_on(on))

    def resolve(self, mention: str, on: date | None = None) -> Resolution:
        """Resolve a printed mention as of ``on``: exact form, then normalised form."""
        text = mention.strip()
        target = self._exact.get(text) or self._keys.get(self.key(text))
        if target is None:
            return Resolution(mention, (), None, suggestions=self.suggest(text))
        if isinstance(target, Collective):
            return Resolution(mention, self.members(target, on), mention, collective=target)
        unit = self.current(target, on)
        direct = unit is target and text in (unit.name, unit.short_name)
        return Resolution(mention, (unit,), DIRECT if direct else ALIAS)

    def suggest(self, text: str) -> tuple[str, ...]:
        """Return the labels of the registry units and phrases closest to ``text``."""
        matches = difflib.get_close_matches(self.key(text), list(self._keys), n=20, cutoff=0.6)
        labels: list[str] = []
        for key in matches:
            target = self._keys[key]
            label = target.label if isinstance(target, Unit) else target.phrase
            if label not in labels:
                labels.append(label)
        return tuple(labels[:_SUGGESTIONS])

    def select(self, categories: Iterable[Category] = ()) -> tuple[Unit, ...]:
        """Return the units of ``categories`` in registry order (none given: every unit)."""
        wanted = set(categories)
        return tuple(u for u in self.units if not wanted or u.category in wanted)

    def describe(self, text: str) -> tuple[tuple[str, str], ...]:
        """Return the non-empty fields of the unit or collective ``text`` names, for display."""
        target = self.find(text)
        if target is None:
            raise RegistryError(self.resolve(text).message)
        if isinstance(target, Collective):
            today = self.members(target, None)
            fields = [
                ("collective_id", target.collective_id),
                ("phrase", target.phrase),
                ("variants", " | ".join(target.variants)),
                ("confidence", target.confidence.value),
                ("members", f"{len(today)} today: " + "、".join(u.short_name for u in today)),
                ("note", target.note or ""),
            ]
        else:
            u = target
            fields = [
                ("unit_id", u.unit_id),
                ("name", u.name),
                ("short_name", u.short_name),
                ("aliases", " | ".join(u.aliases)),
                ("category", f"{u.category.value} ({u.category.label})"),
                ("confidence", u.confidence.value),
                ("valid_from", str(u.valid_from or "")),
                ("valid_to", str(u.valid_to or "")),
                ("successor", self._by_id[u.successor].label if u.successor else ""),
                (
                    "member_of",
                    " | ".join(c.phrase for c in self.collectives if u.unit_id in c.members),
                ),
                ("note", u.note or ""),
                ("source", u.source or ""),
            ]
        return tuple((name, value) for name, value in fields if value)

    def units_frame(self) -> pl.DataFrame:
        """Return one row per unit in registry order, as the registry's units table declares."""
        rows = [
            (u.unit_id, u.name, u.short_name, "|".join(u.aliases) or None, u.category.value,
             u.category.label, u.confidence.value, _iso(u.valid_from), _iso(u.valid_to),
             u.successor, u.note, u.source)
            for u in self.units
        ]  # fmt: skip
        return pl.DataFrame(rows, schema=UNITS_FRAME, orient="row")


UNITS_FRAME = polars_schema(UnitsSchema)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def load_registry(path: Path | None = None) -> Registry:
    """Load and validate a registry: Zhengzhou's by default, else the units CSV at ``path``.

    The collectives file sits next to the units file: ``units.csv`` pairs with
    ``collectives.csv``, ``beijing_units.csv`` with ``beijing_collectives.csv``. ``path``
    may also name a folder holding ``units.csv`` and ``collectives.csv``.
    """
    units_file, collectives_file = registry_files(path)
    city = _city_of_file(units_file)
    tables = read_registry(units_file, collectives_file, lambda text: normalise(text, city))
    return Registry(
        units=tuple(_unit(row) for row in tables.units.rows),
        collectives=tuple(_collective(row) for row in tables.collectives.rows),
        source=str(units_file),
        sha256=tables.sha256,
        city=city,
    )


def city_of(names: Iterable[str]) -> str:
    """Return the city most full names start with (郑州 for 郑州市…, 中共郑州市委…), or ""."""
    counts = Counter(m.group(1) for name in names if (m := _CITY.match(name)))
    if not counts:
        return ""
    city, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return city if n >= 2 else ""


def _city_of_file(units: Traversable) -> str:
    try:
        text = units.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""  # read_registry reports the unreadable file with its location
    rows = csv.DictReader(io.StringIO(text))
    return city_of(row.get("name") or "" for row in rows)


def registry_files(path: Path | None) -> tuple[Traversable, Traversable]:
    """Return the units and collectives files of the registry at ``path`` (None: packaged)."""
    if path is None:
        packaged = resources.files("schemas")
        return packaged / "units.csv", packaged / "collectives.csv"
    if path.is_dir():
        path = path / "units.csv"
    head, sep, tail = path.name.rpartition("units")
    name = f"{head}collectives{tail}" if sep else "collectives.csv"
    return path, path.with_name(name)


def _unit(row: Row) -> Unit:
    return Unit(
        unit_id=str(row["unit_id"]),
        name=str(row["name"]),
        short_name=str(row["short_name"]),
        aliases=tuple(split(row["aliases"])),
        category=Category(row["category"]),
        confidence=Confidence(row["confidence"]),
        valid_from=_date(row["valid_from"]),
        valid_to=_date(row["valid_to"]),
        successor=row["successor"],
        note=row["note"],
        source=row["source"],
    )


def _collective(row: Row) -> Collective:
    return Collective(
        collective_id=str(row["collective_id"]),
        phrase=str(row["phrase"]),
        variants=tuple(split(row["variants"])),
        members=tuple(split(row["members"])),
        confidence=Confidence(row["confidence"]),
        note=row["note"],
    )


def _date(cell: str | None) -> date | None:
    return None if cell is None else date.fromisoformat(cell)
