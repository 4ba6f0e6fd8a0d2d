"""Numbering styles of action plans: 一、 （一） 1. 1、 1) 1） （1） ① 01 第一条.

A number may also be one character of its own: ㈠ (for （一）), ⑴ (for （1）) and ⒈ (for 1.),
as some word processors print them; it keeps the style it stands for.

Digits are any Unicode decimal digits (ASCII, full-width １２, …) and task numbers have no
practical bound (up to nine digits: a longer run of digits is text, not a label, and
never reaches int()'s limit on huge numerals). Labels stay as printed, so a raw span
still points at the printed characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.read.chinese import BLANKS, HAN

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "一二三四五六七八九十百千零〇"
#: The dash a converter may print for 一 (（—）负责…), read as 1 alone in a number's brackets.
_DASH_ONE = "—"
#: Numbers printed as one character, by the first and last of each run: ① ㈠ ⑴ ⒈.
_ONE_CHARACTER = (("①", "⑳"), ("㈠", "㈩"), ("⑴", "⒇"), ("⒈", "⒛"))

#: What follows a level number (1.1学校定位): Chinese text that opens no amount.
TEXT_AFTER = rf"(?![万亿千百元倍个年月日号次米吨亩]|公里|公顷|平方)[{HAN}]"
#: What follows a number of three levels (4.6.12次生灾害防御组): no amount has two points,
#: but a date may (23.6.12日).
_DEEP_TEXT_AFTER = rf"(?![年月日号])[{HAN}]"
#: (style, pattern); the order matters only where two patterns could match one label.
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A PDF's text may hold a wrap space before the mark: 一 、, 1 . (digits never: 20 21).
    ("一、", re.compile(rf"([{_CN}]+) ?[、．.﹒]")),
    # 〔一〕: a section numbered in the tortoise-shell brackets of a document number
    # (—): a dash a converter printed for the 一 it looks like, alone in its brackets
    ("（一）", re.compile(rf"[（(]([{_CN}]+|{_DASH_ONE})[)）]|〔([{_CN}]+)〕|([㈠-㈩])")),
    ("（1）", re.compile(r"[（(](\d{1,9})[)）]|([⑴-⒇])")),
    # 1.1 and 1.1.1 (an outline numbered by levels, as an evaluation's indicators): the
    # levels after the first count from 1, and Chinese text follows; 3.5亿元, 1.5倍 and
    # 2.0版 are amounts, not numbers.
    (
        "1.1.1",
        re.compile(rf"\d{{1,3}}[.．]\d{{1,3}}[.．]([1-9]\d?)(?=[ \u3000]?{_DEEP_TEXT_AFTER})"),
    ),
    ("1.1", re.compile(rf"\d{{1,3}}[.．]([1-9]\d?)(?=[ \u3000]?{TEXT_AFTER})")),
    # 1.2009年底前，完成…: a year right after the number opens the title
    (
        "1.",
        re.compile(
            rf"(\d{{1,9}})(?:[.．﹒。]| \.(?= |[{HAN}]))(?![\d.．﹒])|([⒈-⒛])"
            r"|(\d{1,3})[.．](?=(?:19|20)\d\d年)"
        ),
    ),
    ("1、", re.compile(r"(\d{1,9})、")),
    ("1)", re.compile(r"(\d{1,9})[)）]")),
    ("①", re.compile(r"([①-⑳])")),
    # 01 项目名称：… (a report's projects, numbered with two digits and a space); 12 月底前 is
    # a date, not a number.
    (
        "01",
        re.compile(
            rf"(0[1-9]|[1-9]\d)[ \u3000]+(?=[{HAN}])"
            r"(?![月日年号时个万亿元家所条件次人]|项(?!目))"
        ),
    ),
    # 第一条　… (若干措施 numbered as articles): a space or a colon must follow, so a
    # sentence that starts 第一条主线 is no number.
    ("第一条", re.compile(rf"第([{_CN}]+|\d{{1,9}})条(?:[：:、．.]|(?=[ \t\u3000]|$))")),
    # 第九章 … / 第一节 … (a 规划's chapters and the sections under them): a space follows
    ("第一章", re.compile(rf"第([{_CN}]+|\d{{1,9}})章(?=[ \t\u3000])")),
    ("第一节", re.compile(rf"第([{_CN}]+|\d{{1,9}})节(?=[ \t\u3000])")),
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number as printed at the start of a line."""

    style: str
    label: str
    value: int


def match_number(line: str) -> Number | None:
    """Return the number a line starts with, or None."""
    for style, pattern in STYLES:
        m = pattern.match(line)
        if m:
            return Number(style, m.group(0), to_int(m.group(m.lastindex or 1)))
    return None


#: Marks a repost prints in place of items' numbers, one to three of them: ● ◆ ■ ▪ • ◇, or
#: the question marks a lost mark left (a space after them). The items keep no value:
#: pipeline/read/run_together.py gives each a line, pipeline/parse/paragraphs.py reads them.
BULLET_MARKS = "●◆■▪•◇"
LOST_BULLET = "[?？]{1,3}"

#: Styles of section headings (一、…, （一）…): rows between a table's rows, headings a list
#: numbered from 1 again belongs to.
SECTION_STYLES = ("一、", "（一）")
#: Styles of a task's own number opening a table's title cell (1.加强…, 56、做好…).
ITEM_STYLES = ("1.", "1、")
#: Styles of items a scrape may run together on a line after a clause's bracket, and so
#: lose a number of (pipeline/read/run_together.py, pipeline/parse/outline.py).
RUN_ON_STYLES = ("（一）", "（1）", "1.", "1、")


def is_section(line: str) -> bool:
    """Tell whether a line opens with a section number (一、, （一）), as a table's group row."""
    number = match_number(line.lstrip(BLANKS))
    return number is not None and number.style in SECTION_STYLES


def is_heading(line: str) -> bool:
    """Tell whether a line starts with a number in one of the known styles."""
    return match_number(line.lstrip(BLANKS)) is not None


def to_int(numeral: str) -> int:
    """Convert a numeral in decimal digits of any script, Chinese numerals or circled digits."""
    if numeral.isdecimal():
        return int(numeral)  # int() reads every Unicode decimal digit: "１２" is 12
    for first, last in _ONE_CHARACTER:
        if len(numeral) == 1 and first <= numeral <= last:
            return ord(numeral) - ord(first) + 1
    if numeral == _DASH_ONE:
        return 1
    total, current = 0, 0
    for ch in numeral:
        if ch == "千":
            total += (current or 1) * 1000
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + current


_LEVEL_LABEL = re.compile(r"\d{1,3}(?:[.．]\d{1,3}){1,2}")


def levels(label: str) -> tuple[int, ...] | None:
    """Return the levels of a level number printed alone (1.3 is 1 and 3), else None."""
    if _LEVEL_LABEL.fullmatch(label) is None:
        return None
    return tuple(int(part) for part in re.split("[.．]", label))


_DIGITS_DOT = re.compile(r"(\d{1,9})[.．﹒]")


def match_number_after(line: str, expected: int) -> Number | None:
    """Return ``expected`` when a line starts ``11.121…`` and 11 is the number due next.

    Alone, ``2.0行动计划`` is not a number; in a list that has reached 10, ``11.121人才``
    is item 11 whose title starts with digits.
    """
    m = _DIGITS_DOT.match(line)
    if m and m.group(1).isdecimal() and int(m.group(1)) == expected:
        return Number("1.", m.group(0), expected)
    return None
