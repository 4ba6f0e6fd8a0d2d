"""Name department workbooks so every name is valid on Windows, macOS and Linux, and unique."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

_FORBIDDEN = re.compile(r'[\\/:*?"<>|]')
#: Unicode categories never kept in a file name: controls (C0, DEL, C1), format characters
#: (bidi overrides such as U+202E, zero-width spaces, BOM), line and paragraph separators,
#: private-use, surrogates and unassigned code points.
_DROPPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
# Windows refuses these as a file's stem, whatever the extension and the case.
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{p}{i}" for p in ("COM", "LPT") for i in (*"0123456789", "¹", "²", "³")),
}  # fmt: skip
_MAX_STEM = 80
#: Bytes of UTF-8 a stem may take: with "_<unit id>.xlsx" the name stays under the
#: 255 bytes Linux and macOS allow (80 emoji are 320 bytes).
_MAX_STEM_BYTES = 120


def name_problems(name: str) -> list[str]:
    """Return why ``name`` cannot be used as it is as a file name (empty: it can)."""
    problems = []
    dropped = sorted({ch for ch in name if unicodedata.category(ch) in _DROPPED})
    if dropped:
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in dropped[:5])
        problems.append(f"has invisible or control characters ({codes})")
    if name.strip().startswith("."):
        problems.append("starts with a dot (a hidden file)")
    if _is_reserved(name.strip()):
        problems.append("is a device name Windows reserves")
    if len(name) > _MAX_STEM or len(name.encode()) > _MAX_STEM_BYTES:
        problems.append(
            f"is {len(name)} characters ({len(name.encode())} bytes of UTF-8); "
            f"at most {_MAX_STEM} characters and {_MAX_STEM_BYTES} bytes"
        )
    return problems


def visible(name: str) -> str:
    """Return ``name`` with each invisible or control character written as \\uXXXX."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _DROPPED else ch for ch in name
    )


def safe_stem(name: str) -> str:
    """Return ``name`` usable as a file stem on Windows, macOS and Linux ("" when nothing is)."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _DROPPED or ch == "\t")
    stem = _FORBIDDEN.sub("_", name.replace("\t", "_").strip()).lstrip(". ")
    stem = _cut(stem[:_MAX_STEM]).rstrip(". ")
    if _is_reserved(stem):
        stem = f"{stem}_"
    return stem


def _cut(stem: str) -> str:
    """Return ``stem`` cut on a character boundary to at most _MAX_STEM_BYTES of UTF-8."""
    data = stem.encode()
    if len(data) <= _MAX_STEM_BYTES:
        return stem
    return data[:_MAX_STEM_BYTES].decode("utf-8", "ignore")


def _is_reserved(stem: str) -> bool:
    return stem.split(".")[0].rstrip(" ").upper() in _RESERVED


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
