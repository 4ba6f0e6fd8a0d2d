"""Check the cleaned text itself: lost characters, pinyin glosses, traditional characters.

Each check scans ``CleanText.text`` and maps what it finds back to the raw file with
``CleanText.locate``, so a finding points at the characters a person sees in the raw file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from pipeline.model import Document
from pipeline.read.chinese import CJK, MOJIBAKE, NUMERALS, t2s
from pipeline.validate.findings import MAX_QUOTED, Finding, excerpt, shorten, task_at
from pipeline.validate.rules import Rule, rule

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"

#: A run of ? next to Chinese text, a replacement character or a white square, or one
#: lowercase Latin letter between two Chinese characters (檩d体). APP, IPv6, CIM are words.
#: A run of ? is only tried where it starts ((?<!\?)), so a long run is scanned once, not
#: once per character: the search stays linear in the length of the text.
LOST = re.compile(
    rf"(?<=[{CJK}])\?+|(?<!\?)\?+(?=[{CJK}])|\ufffd+|□+|(?<=[{CJK}])[a-z](?=[{CJK}])"
    # a GBK page decoded a byte off: （二）推进 printed ?。ǘ┩七M, its number lost
    rf"|\?。(?=\S{{0,5}}[{MOJIBAKE}])[^\s(（]{{1,6}}"
)
#: Hits closer than this many characters are one place (以社??檩d体 is one loss, not two).
_JOIN = 2

_SYLLABLE = (
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv{_TONED}]{{1,4}}(?:ng|n|r)?[1-5]?|[ńňǹḿ]g?"
)
#: Broader on purpose than the cleaner's pattern, so validation also catches glosses that
#: cleaning leaves. A Chinese character, then one to four pinyin syllables in ASCII or
#: full-width brackets:
#: 發(fā), 发 (fā zhǎn). Not (IPv6), （CIM） or （郑州分院）: capitals, digits and Chinese
#: are not pinyin.
PINYIN_GLOSS = re.compile(
    rf"(?:(?<=[{CJK}])|(?<=[{CJK}][ \u3000]))"
    rf"[(（] ?(?:{_SYLLABLE})(?: (?:{_SYLLABLE})){{0,3}} ?[)）]"
)
#: At most this many traditional-character findings per document; the last says how many more.
MAX_TRADITIONAL = 10


def text_findings(doc: Document) -> list[Finding]:
    """Return every lost-text, pinyin-gloss and traditional-character finding of ``doc``."""
    return [*_lost(doc), *_glosses(doc), *_traditional(doc)]


#: An item number the cleaner read again from a byte-shifted GBK line (?。ǘ┩七M东部 is
#: （二）东部, see ``clean.garbled_numbers``) and a few characters after it: in the raw file
#: the place spans the garbled number and the garbled words dropped after it.
_RESTORED = re.compile(rf"（[{NUMERALS}]）[^\s，。；（]{{0,4}}")


def _lost(doc: Document) -> Iterator[Finding]:
    clean = doc.clean
    found = [m.span() for m in LOST.finditer(clean.text)]
    found += [
        m.span()
        for m in _RESTORED.finditer(clean.text)
        if clean.raw[clean.to_raw[m.start()]] == "?"
    ]
    spans: list[list[int]] = []
    for start, end in sorted(found):
        if spans and start - spans[-1][1] <= _JOIN:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    for start, end in spans:
        loc = doc.clean.locate(start, end)
        entry = _correction_entry(doc.clean.raw, loc.start, loc.end, loc.line, loc.column)
        hint = f"add to {corrections_file(doc)}: {entry}"
        message = "text lost in the scrape: “{}”"
        yield _finding(doc, rule("text.lost"), start, end, message, hint=hint)


def corrections_file(doc: Document) -> str:
    """Return the corrections file that belongs beside ``doc``'s raw file."""
    source = PurePosixPath(doc.source)
    return str(source.with_name(source.stem + ".corrections.toml"))


def _correction_entry(raw: str, start: int, end: int, line: int, column: int) -> str:
    """Suggest a correction whose ``find`` is the lost span with a Chinese neighbour each side.

    A span too long to quote is described instead (its length and place), so a report
    stays short whatever the input.
    """
    if start > 0 and re.match(f"[{CJK}]", raw[start - 1]):
        start, column = start - 1, column - 1
    if end < len(raw) and re.match(f"[{CJK}]", raw[end]):
        end += 1
    find = raw[start:end]
    if len(find) > MAX_QUOTED:
        return (
            f"[[correction]] whose find is the {len(find):,} characters from line {line}, "
            f'column {column} (“{shorten(find)}”), replace = "<the text restored>", reason = "…"'
        )
    return correction_line(find)


def correction_line(find: str) -> str:
    """Return the corrections file's entry a hint proposes for ``find``, as TOML text."""
    return f'[[correction]] find = "{find}", replace = "<the text restored>", reason = "…"'


def _glosses(doc: Document) -> Iterator[Finding]:
    for m in PINYIN_GLOSS.finditer(doc.clean.text):
        yield _finding(doc, rule("text.pinyin_gloss"), m.start(), m.end(), "pinyin gloss “{}”")


def _traditional(doc: Document) -> Iterator[Finding]:
    runs = list(_traditional_runs(doc.clean.text))
    kind = rule("text.traditional")
    for start, end in runs[:MAX_TRADITIONAL]:
        yield _finding(doc, kind, start, end, "traditional character(s) “{}” left after cleaning")
    if len(runs) > MAX_TRADITIONAL:
        start, end = runs[MAX_TRADITIONAL]
        more = len(runs) - MAX_TRADITIONAL
        template = f"“{{}}” and {more - 1} more run(s) of traditional characters not listed"
        yield _finding(doc, kind, start, end, template)


def _traditional_runs(text: str) -> Iterator[tuple[int, int]]:
    """Yield the clean spans of consecutive characters that OpenCC t2s changes, in context."""
    convert = t2s()
    pos = 0
    for line in text.split("\n"):
        new = convert(line)
        if new == line:  # the common case after cleaning: nothing to find on this line
            pos += len(line) + 1
            continue
        if len(new) == len(line):
            changed = [a != b for a, b in zip(line, new, strict=True)]
        else:  # a phrase changed length: judge each character alone
            changed = [len(c := convert(ch)) == 1 and c != ch for ch in line]
        i = 0
        while i < len(line):
            if changed[i]:
                j = i
                while j < len(line) and changed[j]:
                    j += 1
                yield pos + i, pos + j
                i = j
            else:
                i += 1
        pos += len(line) + 1


def _finding(
    doc: Document, kind: Rule, start: int, end: int, template: str, hint: str | None = None
) -> Finding:
    clean = doc.clean
    loc = clean.locate(start, end)
    return Finding.of(
        kind,
        template.format(shorten(clean.raw[loc.start : loc.end])),
        path=doc.source,
        doc_id=doc.doc_id,
        line=loc.line,
        column=loc.column,
        task_no=task.no if (task := task_at(doc, loc.start)) else None,
        task_id=task.task_id if task else None,
        excerpt=excerpt(clean.raw, loc.start, loc.end),
        hint=hint,
    )
