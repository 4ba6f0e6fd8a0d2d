"""Rewrite a text while keeping, for every character, the raw character it came from.

Every cleaning step takes and returns ``(text, offsets)``: ``offsets[i]`` is the raw file's
index of the clean text's character ``i``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Offsets = list[int]
Step = Callable[[str, Offsets], tuple[str, Offsets, int]]


#: An edit of a text: its span, and what replaces it.
Edit = tuple[int, int, str]


def substitute(
    text: str, offsets: Offsets, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, Offsets, int]:
    """Replace every match of ``pattern``, carrying offsets; count the changed matches."""
    edits = [
        (m.start(), m.end(), new) for m in pattern.finditer(text) if (new := repl(m)) != m.group(0)
    ]
    if not edits:
        return text, offsets, 0
    text, offsets = apply_edits(text, offsets, edits)
    return text, offsets, len(edits)


def apply_edits(text: str, offsets: Offsets, edits: list[Edit]) -> tuple[str, Offsets]:
    """Apply ``edits`` (in order, none overlapping), carrying offsets: a replacement of the
    same length keeps the raw characters' offsets, one of another length takes the offset of
    the text it replaces (of the text's end, past its last character)."""
    parts: list[str] = []
    mapped: Offsets = []
    pos = 0
    for start, end, new in edits:
        parts += [text[pos:start], new]
        mapped += offsets[pos:start]
        if len(new) == end - start:
            mapped += offsets[start:end]
        else:
            anchor = offsets[start] if start < len(offsets) else (offsets[-1] if offsets else 0)
            mapped += [anchor] * len(new)
        pos = end
    parts.append(text[pos:])
    mapped += offsets[pos:]
    return "".join(parts), mapped
