"""Name department workbooks so every name is valid on Windows and unique."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
# Windows refuses these as a file's stem, whatever the extension and the case.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10))}
_MAX_STEM = 80


def safe_stem(name: str) -> str:
    """Return ``name`` usable as a Windows file stem ("" when nothing usable is left)."""
    stem = _FORBIDDEN.sub("_", name.strip())[:_MAX_STEM].rstrip(". ")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}_"
    return stem


def workbook_names(units: Sequence[tuple[str, str]]) -> list[str]:
    """Return a file name per (unit_id, short_name): the short name, else suffixed by the id.

    Names are compared case-insensitively, as Windows does; every unit of a clashing
    name gets its id appended, so a name never depends on which unit came first.
    """
    stems = [safe_stem(short) or safe_stem(unit_id) or "unit" for unit_id, short in units]
    counts = Counter(stem.casefold() for stem in stems)
    names = [
        f"{stem}_{safe_stem(unit_id)}.xlsx" if counts[stem.casefold()] > 1 else f"{stem}.xlsx"
        for stem, (unit_id, _) in zip(stems, units, strict=True)
    ]
    seen: set[str] = set()
    for i, (name, (unit_id, _)) in enumerate(zip(names, units, strict=True)):
        if name.casefold() in seen:  # a suffixed name met another unit's plain name
            name = f"{safe_stem(unit_id)}_{i + 1}.xlsx"
        seen.add(name.casefold())
        names[i] = name
    return names
