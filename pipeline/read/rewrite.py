"""Rewrite a text while keeping, for every character, the raw character it came from.

Every cleaning step takes and returns ``(text, offsets)``: ``offsets[i]`` is the raw file's
index of the clean text's character ``i``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Offsets = list[int]
Step = Callable[[str, Offsets], tuple[str, Offsets, int]]


def substitute(
    text: str, offsets: Offsets, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, Offsets, int]:
    """Replace every match of ``pattern``, carrying offsets; count the changed matches."""
    parts: list[str] = []
    mapped: Offsets = []
    pos = count = 0
    for match in pattern.finditer(text):
        new = repl(match)
        start, end = match.span()
        if new == match.group(0):
            continue
        parts.append(text[pos:start])
        mapped += offsets[pos:start]
        parts.append(new)
        if len(new) == end - start:
            mapped += offsets[start:end]
        else:
            anchor = offsets[start] if start < len(offsets) else (offsets[-1] if offsets else 0)
            mapped += [anchor] * len(new)
        pos, count = end, count + 1
    if not count:
        return text, offsets, 0
    parts.append(text[pos:])
    mapped += offsets[pos:]
    return "".join(parts), mapped, count
