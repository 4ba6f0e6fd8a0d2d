"""Make text safe to store: XML's forbidden characters, Excel's escapes, formula look-alikes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import polars as pl

# The characters OWASP lists as starting a formula in a spreadsheet.
FORMULA_START = "=+-@\t\r"
RISKY = r"^[=+\-@\t\r]"
# A text starting or ending with white space needs xml:space="preserve" to keep it.
SPACED = r"^\s|\s$"
# XML 1.0 forbids these code points even as character references; in a plan they are debris.
CONTROL = r"[\x00-\x08\x0B\x0C\x0E-\x1F\x{FFFE}\x{FFFF}]"
# Excel decodes "_xHHHH_" in a string; escaping its underscore keeps such text as printed.
HEX_ESCAPE = r"_(x[0-9A-Fa-f]{4}_)"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}  # a raw CR reads back as LF
_PY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PY_ANY = re.compile(f"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|{HEX_ESCAPE}")
_PY_HEX_ESCAPE = re.compile(HEX_ESCAPE)
Fix = Callable[[pl.Expr], pl.Expr]


def escape(text: str) -> str:
    """Return ``text`` as the content of a SpreadsheetML text node."""
    if not _PY_ANY.search(text):
        return text
    text = _PY_HEX_ESCAPE.sub(r"_x005F_\1", _PY_CONTROL.sub("", text))
    for char, entity in _ENTITIES.items():
        text = text.replace(char, entity)
    return text


def escape_expr(text: pl.Expr) -> pl.Expr:
    """Return the expression escaping ``text`` as ``escape`` does (after the two cleanups)."""
    return text.str.replace_many(list(_ENTITIES), list(_ENTITIES.values()))


def without_control(frame: pl.DataFrame) -> pl.DataFrame:
    """Return ``frame`` with the characters XML forbids removed from its text columns."""
    return _rewrite(frame, frame.columns, CONTROL, lambda e: e.str.replace_all(CONTROL, ""))


def hex_escapes_kept(frame: pl.DataFrame, columns: Sequence[str]) -> pl.DataFrame:
    """Return ``frame`` with ``_xHHHH_`` in ``columns`` escaped, so Excel shows it as printed."""
    return _rewrite(
        frame, columns, HEX_ESCAPE, lambda e: e.str.replace_all(HEX_ESCAPE, "_x005F_$1")
    )


def _rewrite(frame: pl.DataFrame, columns: Sequence[str], pattern: str, fix: Fix) -> pl.DataFrame:
    """Apply ``fix`` to the text columns among ``columns`` where ``pattern`` occurs (rarely)."""
    texts = [n for n in columns if frame.schema[n] == pl.String]
    if not texts or frame.height == 0:
        return frame
    found = frame.select(pl.col(n).str.contains(pattern).any().alias(n) for n in texts).row(0)
    return frame.with_columns(fix(pl.col(n)) for n, hit in zip(texts, found, strict=True) if hit)
