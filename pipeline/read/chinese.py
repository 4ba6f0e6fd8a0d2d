"""Shared by cleaning, parsing and validation: the ranges of Chinese characters and OpenCC's t2s."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

#: Character ranges of CJK ideographs (extension A, unified, compatibility).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The unified ideographs alone: the range the parsers test names and units against.
HAN = "\u4e00-\u9fff"
#: One character of that range (a unit's name opens with one, a rate such as 72% holds none).
HAN_CHAR = re.compile(f"[{HAN}]")
#: The numerals one to ten, as item numbers print them: （一） to （十）.
NUMERALS = "一二三四五六七八九十"
#: The blanks a line's margin or a gap between words holds: space, tab, ideographic space.
BLANKS = " \t\u3000"
#: Characters a plan never prints that a GBK page decoded a byte off leaves behind: pinyin
#: letters with diaeresis and caron (ǘ), box drawing (┩), bopomofo (ㄎ), small forms (﹩).
MOJIBAKE = "\u01cd-\u01dc\u2500-\u257f\u3100-\u312f\ufe50-\ufe6f"
#: Marks inside or at the end of a sentence or a clause: a text holding one is no bare name
#: or title word (a header word, a unit's name, a heading's short title).
SENTENCE_MARKS = "，。；"
#: A space between two Chinese characters: a PDF's line wrap (市 财政局, 有的搬 迁后), never
#: a word break, for Chinese is written without them; so is one between a character and a
#: full-width mark that opens or closes a quotation, a title or a bracket (分栏展示 “文明校园”).
#: A slogan in quotation marks, its phrases apart by a space: “关爱生命 救在身边”.
_SLOGAN = re.compile(f"“[{CJK}]{{3,}}(?: [{CJK}]{{3,}})+”")
_WRAP_SPACE = re.compile(
    f"(?<=[{CJK}”’》）】])[ \t\u3000]+(?=[{CJK}“‘《（【])|(?<=[{CJK}])[ \t\u3000]+(?=[”’》）】])"
    f"|(?<=[“‘《（【])[ \t\u3000]+(?=[{CJK}])"
)


def unwrap(text: str) -> str:
    """Return ``text`` without the wrap spaces between Chinese characters (市 财政局); a
    slogan's space inside quotation marks, between phrases of three characters or more
    (“关爱生命 救在身边”), is the slogan's own and stays."""
    parts: list[str] = []
    pos = 0
    for slogan in _SLOGAN.finditer(text):
        parts += [_WRAP_SPACE.sub("", text[pos : slogan.start()]), slogan.group(0)]
        pos = slogan.end()
    return "".join(parts) + _WRAP_SPACE.sub("", text[pos:])


@cache
def t2s() -> Callable[[str], str]:
    """Return OpenCC's traditional-to-simplified converter, built once on first use."""
    import opencc

    converter: Any = opencc.OpenCC("t2s")
    return converter.convert  # type: ignore[no-any-return]


#: A site's mark on a line of its own where it left text out (……（…省略584字，…）……,
#: ……（开头部分已省略570字）, ---此处隐藏3140字,下载后查看---): the page stops there, and what
#: follows opens inside a text.
OMITTED = re.compile(
    r"^[ \t\u3000]*(?:…+|-{2,})[^\n]{0,60}?(?:省略|隐藏)\d+个?字[^\n]{0,60}$", re.MULTILINE
)
#: Such a mark inside a line (…确保农 ……此处隐藏36618个字……责任划分…): the text before it
#: stops there too. (A run of ellipses is tried from its first only: a line of them stays
#: linear.)
OMITTED_INLINE = re.compile(r"(?<!…)…{2,}[^\n…]{0,12}?(?:省略|隐藏)\d+个?字[^\n…]{0,12}?…{2,}")


def blank_from(text: str, at: int, chars: str | None = None) -> bool:
    """Whether ``text`` holds nothing but blanks from ``at`` on: whitespace, or ``chars``
    when given. Read in place: no copy of the text's rest, which a loop over a long text's
    lines would make once a line."""
    for k in range(at, len(text)):
        ch = text[k]
        if not (ch in chars if chars is not None else ch.isspace()):
            return False
    return True


class _Widths(dict[str, int]):
    """Each character's printed width, worked out once: two for a wide or full-width one."""

    def __missing__(self, char: str) -> int:
        width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        self[char] = width
        return width


_WIDTHS = _Widths()


def display_width(text: str) -> int:
    """Return the printed width of ``text``: two columns for a wide character, else one."""
    return sum(map(_WIDTHS.__getitem__, text))
