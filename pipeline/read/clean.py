"""Clean a raw document into official simplified text, keeping a map back to the raw file.

Each step is named and counted; each rewrites (text, offsets) so that every clean
character still knows the raw character it came from.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from pipeline.grammar import DEADLINE, MAX_UNIT, default_grammar
from pipeline.model import CleanText, Correction, Role, line_offsets, locate_raw
from pipeline.numbering import TEXT_AFTER, is_heading, match_number, to_int
from pipeline.read.bar_rows import join_bar_rows
from pipeline.read.box_table import box_tables
from pipeline.read.chinese import (
    BLANKS,
    CJK,
    HAN,
    MOJIBAKE,
    NUMERALS,
    SENTENCE_MARKS,
    display_width,
    t2s,
)
from pipeline.read.ingest import RawDocument
from pipeline.read.rewrite import Edit, Offsets, Step, apply_edits, substitute
from pipeline.read.run_together import (
    heading_after_clause,
    split_clause_items,
    split_inline_labels,
    split_spaced_rows,
)

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A pinyin syllable: optional initial, a vowel cluster (tone marks allowed), optional final.
_SYLLABLE = (
    rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv{_TONED}]{{1,4}}(?:ng|n|r)?"
    r"|[ńňǹḿ]g?"
)
#: After a Latin letter or ? (a character garbled or lost: 七M(jìn)东部) only a syllable with
#: a tone mark is a gloss: 5G(n) or IPv6(a) is not. So is one with a tone mark and a space
#: before its closing bracket, as some sites print a few: 創(chuàng )新.
PINYIN_GLOSS = re.compile(
    rf"(?<=[{CJK}])[(（](?:{_SYLLABLE})[)）]"
    rf"|(?<=[{CJK}])[(（](?=[a-z]{{0,5}}[{_TONED}])(?:{_SYLLABLE}) [)）]"
    rf"|(?<=[A-Za-z?])[(（](?=[a-z]{{0,5}}[{_TONED}])(?:{_SYLLABLE})[)）]"
)
#: A gloss the text's end cut: an opening bracket after a CJK character, then at most a
#: syllable's first letters.
_CUT_GLOSS = re.compile(rf"(?<=[{CJK}])[(（][a-z{_TONED}]{{0,6}}(?=\s*\Z)")
_COMMA_LIKE = re.compile(rf"(?<=[{CJK}”）》])[,;:]|[,;:](?=[{CJK}“（《])")
_PAREN_PAIR = re.compile(r"\(([^()\n]*\n?)\)")  # (a closing one may open the next line)
#: A bracket the text's end cut before it closed, inside a word: (牵头单位:市科委、市发 (a
#: line its sentence's mark ends was not cut: (一加强公开。 is a number's lost bracket).
_CUT_PAREN = re.compile(rf"\((?=[^()（）\n]*[{HAN}]\s*\Z)")
#: A pair of angle brackets, a unit's bracket printed so inside a clause (各县〈市、区〉).
_ANGLE_PAIR = re.compile("〈([^〈〉《》（）()\n]{1,40})〉")
#: The most characters before a number's ASCII full stop on its line (一. after its indent):
#: a longer line ends a sentence there.
_NUMBER_LINE = 64
#: The most ASCII brackets nested in one another that are printed full-width.
_PAREN_DEPTH = 3
#: An ASCII full stop ending a Chinese sentence (…47.1%. 发改委, …组织实施.): before a space
#: or the line's end, after Chinese text, a percent sign or a closing bracket; 47.1 is none.
_FULL_STOP = re.compile(rf"(?<=[{CJK}%）”])\.(?=[ \t\u3000]|$)", re.MULTILINE)
#: A row of a flattened table: cells split by tabs or bars, or aligned with runs of spaces
#: (two gaps of two or more spaces, as a PDF exported to text).
_TABLE_ROW = re.compile(r"\t|\s\|\s|^\||\S {2,}\S.*\S {2,}\S")
#: The fewest cells of a row of a table saved with single spaces and no number column: two
#: lines of as many are rows, never a line and its wrap (the table reader heads such a
#: table with as many words, pipeline/parse/table.py).
EVEN_CELLS = 4
#: Characters XML 1.0 forbids even escaped (tab, LF and CR are allowed): no workbook holds them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Two or more ? opening a line before its text: indents lost in an encoding.
_LOST_INDENT = re.compile(r"^\?{2,}(?=[^?\s])", re.MULTILINE)
_LOST_INDENT_LINES = 3
#: One ? opening a line, on a page whose indents were lost: lost too before an item number.
_LOST_ONE = re.compile(r"^\?(?=[^?\s])", re.MULTILINE)
#: A line stops open at a character a sentence goes on after, or at a level in brackets that
#: qualifies the name going on below (各县（市） / 区人民政府).
_LINE_END_OPEN = re.compile(rf"(?:[{CJK}0-9A-Za-z，、“《（]|（(?:[市区县镇乡]|街道|乡镇)）)$")
#: A label (监督方式：): no line goes on into a line that opens with one, nor a sentence
#: into one alone on its line, its value below (进展与成效：).
_LABEL = re.compile(rf"[{CJK}、]{{2,10}}[：:]")
#: An item whose number a scrape glued to its title: 12完善…. (3个项目 opens an amount.)
_GLUED_ITEM = re.compile(rf"\d{{1,3}}(?={TEXT_AFTER})(?![项所家人条件份])")
#: A line opening with units that lead (省自然资源厅牵头，…; 市发改委、市财政局牵头，…): a clause of
#: its own under a long line stopping open, not the rest of its sentence.
_UNIT = rf"[{HAN}（）]{{1,{MAX_UNIT}}}?[{re.escape(default_grammar().name_endings)}]"
_LEADS_BELOW = re.compile(rf"{_UNIT}(?:、{_UNIT})*牵头(?:负责)?[，,；;。]")
#: An article's number opening a line (第四条), glued to its text or not.
_ARTICLE = re.compile(rf"^([ \t\u3000]*)第([{NUMERALS}百零〇]{{1,5}}|\d{{1,3}})条", re.MULTILINE)
#: Such a number glued to its text (第四条按照…).
_GLUED_ARTICLE = re.compile(_ARTICLE.pattern + f"(?=[{HAN}])", re.MULTILINE)
#: An article's number run on after a sentence's end (。第二条) or after a chapter's number
#: and short title (第二章管护职责第四条, …（征求意见稿）第一章总则第一条), inside a line.
_RUN_ARTICLE = re.compile(
    rf"(?:(?<=[。；])|(第[{NUMERALS}百零〇]{{1,5}}章)([{HAN}]{{2,12}}?))"
    rf"第([{NUMERALS}百零〇]{{1,5}})条(?=[{HAN}])"
)
#: The fewest lines opening with article numbers that follow each other for a text to be
#: numbered by articles.
_ARTICLE_RUN = 3
#: A PDF's wrap width: this many lines stopping open at nearly one width (within the slack,
#: in half-width characters), each at least the minimum wide.
_WRAPPED_LINES = 4
_WRAP_SLACK = 3
_WRAP_MIN = 40
_WRAP_PLAIN = 2
#: Marks a typesetter never puts first on a line (避头尾): the character before them goes down too.
_NO_LINE_START = "、，。；：）》”！？"
_INDENT_WIDTH = 4
#: A page number printed between the pages of a PDF (— 3 —, - 12 -, — — — 3 —).
_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:[—–-][ \t\u3000]*)+\d{1,4}(?:[ \t\u3000]*[—–-])+[ \t\u3000]*(?:\n|$)",
    re.MULTILINE,
)
#: A PDF's page number run onto the next page's first line, a space after it (- 2 - 工作汇报，…):
#: the number goes, the line's text stays; after a line the page cut inside a sentence (…听取
#: 法治政府建设 / - 2 - 工作汇报，…) the line break goes too, and the sentence rejoins.
_PAGE_NUMBER_BEFORE = re.compile(
    r"^[ \t\u3000]*(?:[—–-][ \t\u3000]*)+\d{1,4}(?:[ \t\u3000]*[—–-])+[ \t\u3000]+(?=[^\s\d—–-])",
    re.MULTILINE,
)
#: What ends a line the page cut inside a sentence, before such a number.
_CUT_LINE_END = re.compile(f"[{HAN}，、]")
#: A page-continuation marker a site or a PDF prints where a page breaks ([接上页] 3.人民检察院…,
#: （转下页）): no part of the plan; the spaces after it go with it.
_CONTINUED = re.compile(
    r"[\[【［（(](?:接上页|续上页|接下页|转下页|下转|上接)[\]】］）)][ \t\u3000]*"
)
#: A document-sharing site's page footer inside the text, ``第3页共4页`` (``第 3 页 / 共 4 页``),
#: wherever a page of the file broke, even inside a word (对发第3页共4页生重大…): no part of
#: the plan, and only where the page's number is at most the count.
_PAGE_OF = re.compile(
    r"第{0}(\d{{1,3}}){0}页{0}[，,/／]?{0}共{0}(\d{{1,3}}){0}页".format(r"[ \t\u3000]?")
)
#: A journal database's mark where an article's text starts, before its first line
#: (<正>(二)推进公路货运…): no part of the plan, so the item's number opens the line.
_BODY_MARK = re.compile(r"^([ \t\u3000]*)<正>[ \t\u3000]*", re.MULTILINE)
#: A document-sharing site's page marker: each page of the file as one long line opening
#: with its number (1、…, 2、户提供…), the page break cutting a sentence or a word anywhere.
_CHUNK_MARK = re.compile(r"^(\d{1,2})、", re.MULTILINE)
_CHUNK_JOIN = re.compile(r"((?:\n[ \t\u3000]*)*\n)?^\d{1,2}、", re.MULTILINE)
#: A PDF's page number inside a line of such a site's page: - 3 - (dashes of any width).
_INLINE_PAGE_NUMBER = re.compile(r"(?<![\d—–-])[—–-] ?(\d{1,3}) ?[—–-](?![\d—–-])")
#: A section's number right after a page marker: the page opens with a heading.
_SECTION_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
#: Characters a line needs to be a whole page of such a site (about 300 a page).
_CHUNK = 250
#: What ends a line at a sentence's end: a page cut after it is no sign of a page marker.
_SENTENCE_END = "。；：！？）)」”"
#: A row of a table whose columns are separated by single spaces: its number, a space (more
#: where the merged cells after the number are left empty); a group's first row prints the
#: group's cell before the number (财政资金支持（共48项） 1 建立…).
_SPACED_ROW = re.compile(r"[ \u3000]*(?:[^\s\d]\S* )?(\d{1,4}) +\S")


def clean(raw: RawDocument) -> CleanText:
    """Run every cleaning step on ``raw`` in order and return the clean text."""
    text, offsets = raw.text, list(range(len(raw.text)))
    text, offsets, corrections = apply_corrections(raw, text, offsets)
    counts: list[tuple[str, int]] = [("corrections", sum(c.count for c in corrections))]
    for name, step in STEPS:
        text, offsets, n = step(text, offsets)
        counts.append((name, n))
    return CleanText(
        path=raw.path.as_posix(),
        raw=raw.text,
        text=text,
        to_raw=tuple(offsets),
        steps=tuple(counts),
        corrections=corrections,
    )


def apply_corrections(
    raw: RawDocument, text: str, offsets: Offsets
) -> tuple[str, Offsets, tuple[Correction, ...]]:
    """Replace each reviewed ``find`` text of the raw file; a fix that matches nothing is stale."""
    done = []
    for spec in raw.corrections:
        first = text.find(spec.find)
        line = locate_raw(raw.text, offsets[first], offsets[first]).line if first >= 0 else None
        pattern = re.compile(re.escape(spec.find))
        text, offsets, n = substitute(text, offsets, pattern, _constant(spec.replace))
        done.append(
            Correction(spec.find, spec.replace, spec.reason, n, line, spec.file, spec.file_line)
        )
    return text, offsets, tuple(done)


def _constant(text: str) -> Callable[[re.Match[str]], str]:
    return lambda _m: text


def normalise_newlines(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Turn CRLF and lone CR into LF."""
    return substitute(text, offsets, re.compile(r"\r\n?"), lambda _m: "\n")


def remove_control_characters(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Remove the control characters XML 1.0 cannot hold (validation warns where they were)."""
    return substitute(text, offsets, CONTROL, lambda _m: "")


#: Bold marks a page converted to Markdown prints around a short run of one line
#: (1. **政教处**:负责…): the text between them is the page's, the marks are not.
_EMPHASIS = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,60}?)(?<=[^\s*])\*\*")


def drop_markdown_emphasis(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Drop Markdown's bold marks around a short run of one line (**政教处**:负责…); the
    text between them keeps its own offsets."""
    edits: list[Edit] = []
    for m in _EMPHASIS.finditer(text):
        edits += [(m.start(), m.start(1), ""), (m.end(1), m.end(), "")]
    if not edits:
        return text, offsets, 0
    text, offsets = apply_edits(text, offsets, edits)
    return text, offsets, len(edits) // 2


def drop_page_numbers(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Drop a line that is only a PDF's page number (— 3 —), so a sentence it cut rejoins, and
    a page number run onto the next page's first line (- 2 - 工作汇报，…); drop a page's
    continuation marker ([接上页]), a document-sharing site's page footer inside the text
    (第3页共4页), a journal database's mark where the text starts (<正>) and
    a document-sharing site's page markers too (see ``_page_markers``)."""
    text, offsets, lines = substitute(text, offsets, _PAGE_NUMBER, lambda _m: "")
    edits: list[Edit] = []
    for m in _PAGE_NUMBER_BEFORE.finditer(text):
        cut = m.start() > 1 and _CUT_LINE_END.match(text, m.start() - 2) is not None
        edits.append((m.start() - cut, m.end(), ""))  # (the line break too, after a cut line)
    if edits:
        text, offsets = apply_edits(text, offsets, edits)
        lines += len(edits)
    text, offsets, continued = substitute(text, offsets, _CONTINUED, lambda _m: "")
    text, offsets, body = substitute(text, offsets, _BODY_MARK, lambda m: m[1])
    pages = [m.span() for m in _PAGE_OF.finditer(text) if 0 < int(m[1]) <= int(m[2])]
    if pages:
        text, offsets = apply_edits(text, offsets, [(a, b, "") for a, b in pages])
    lines += continued + body + len(pages)
    marks = _page_markers(text)
    if not marks:
        return text, offsets, lines
    text, offsets, more = substitute(text, offsets, _CHUNK_JOIN, lambda m: _unmark(m, marks))
    inline = _inline_page_numbers(text)
    if inline:
        text, offsets = apply_edits(text, offsets, [(a, b, "") for a, b in inline])
    return text, offsets, lines + more + len(inline)


def _inline_page_numbers(text: str) -> list[tuple[int, int]]:
    """Return the PDF page numbers a document-sharing site's pages keep inside their text
    (``- 1 -兴文明委…``, ``…2012年7月10日- 2 -兴山县…``, ``（责任单位：- 3 -县住建局``): the
    numbers running on from 1 in order, two at least, with nothing else numbered so."""
    found = list(_INLINE_PAGE_NUMBER.finditer(text))
    values = [int(m[1]) for m in found]
    if len(found) < 2 or values != list(range(values[0], values[0] + len(values))):
        return []
    return [m.span() for m in found]


def _page_markers(text: str) -> dict[int, bool]:
    """Return where each page marker of a document-sharing site starts, and whether the page
    break cut a sentence (the page then joins the line before).

    Such a site prints each page of the file as one line of hundreds of characters, opening
    with its number: ``…为农户、小微企业及个体工商`` / ``2、户提供融资担保…`` (the last page
    may be short). A marker is a line numbered 2 or more whose line before is a whole page
    and stops mid-sentence; page 1 is a marker when page 2 is one, and so are the whole pages
    numbered on from 1 before a later marker (a page that broke at a sentence's end: its text
    goes on the line before, unless it opens with a section's number). An item ``2、…`` after
    a sentence's end, or after a line of an item's length, is not. Blank lines may stand
    between the pages.
    """
    lines = text.split("\n")
    starts = line_offsets(text)
    marks: dict[int, bool] = {}
    first: int | None = None
    last = previous = -1  # the last line that is not blank, and the one before it
    # each whole page numbered on from 1: its line, and whether it opens with a section
    pages: dict[int, tuple[int, bool]] = {}
    for i, line in enumerate(lines):
        m = _CHUNK_MARK.match(line)
        before = lines[last] if last >= 0 else ""
        if line.strip(" \t\u3000"):
            last, previous = i, last
        if m is None:
            continue
        n = int(m[1])
        opens = _SECTION_AFTER.match(line, m.end()) is not None
        if n == 1:
            first = i if len(line) >= _CHUNK else None
        elif len(before) >= _CHUNK and (before[-1] not in _SENTENCE_END or opens):
            # (2、二、重点任务…: a page opening with a section's number, no item of its own)
            marks[starts[i]] = before[-1] not in _SENTENCE_END  # a cut sentence joins
            if n == 2 and first == previous:
                marks[starts[first]] = False
        if n == 1 and len(line) >= _CHUNK:
            pages.setdefault(1, (i, opens))
        elif n - 1 in pages and len(before) >= _CHUNK:
            pages.setdefault(n, (i, opens))
    # a page that broke after a sentence's end (…市场主体。 / 2、工作流程。…) is a page too when
    # a later one is: the pages before a marker, numbered on from 1, whole pages each; its
    # text goes on the line before (the file's paragraph goes on), unless it opens with a
    # section's number
    found = [n for n, (i, _) in pages.items() if starts[i] in marks]
    for n in range(max(found, default=0) - 1, 0, -1):
        i, opens = pages[n]
        marks.setdefault(starts[i], n > 1 and not opens)
    return marks


def _unmark(match: re.Match[str], marks: dict[int, bool]) -> str:
    """Drop a page marker (and the line breaks and blank lines before it when its page cut a
    sentence)."""
    newline = match.group(1) is not None
    at = match.end(1) if newline else match.start()
    if at not in marks:
        return match.group(0)
    return "" if marks[at] else match.group(1) or ""  # page 1 keeps its line breaks


def strip_pinyin_glosses(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Drop a parenthesised pinyin syllable right after a CJK character: 發(fā) -> 發.

    In a glossed text, a gloss the page's end cut (…市發( or …相關(g) goes too: its bracket
    would open the clause it ends in again."""
    text, offsets, glosses = substitute(text, offsets, PINYIN_GLOSS, lambda _m: "")
    if not glosses:
        return text, offsets, 0
    text, offsets, cut = substitute(text, offsets, _CUT_GLOSS, lambda _m: "")
    return text, offsets, glosses + cut


#: ?。 opening a line, then two characters: where a GBK page decoded a byte off printed an
#: item number (（一） as ?。ㄒ唬, （二） as ?。ǘ┩). The first of the two is the byte 0xA8 and
#: the first byte of the numeral. The first words after them are garbled too, up to the
#: last character no plan prints (a Latin letter, ?, a bracket or ``MOJIBAKE``) among the
#: next ``_GARBLED_HEAD``: ?。ǘ┩七M东部… is （二）东部…; validation reports the place.
_GARBLED_HEAD = 12
_GARBLED_NUMBER = re.compile(
    rf"(?<!\S)\?。(\S)\S(?:[^\s，。；、]{{0,{_GARBLED_HEAD}}}[A-Za-z?()（）{MOJIBAKE}])?"
)
#: A section's number with a comma a scrape put before its 、, after a clause's bracket or
#: a sentence's end: …市财政局)二,、鼓励企业技术创新 is 二、.
_COMMA_NUMBER = re.compile(rf"(?<=[)）。；;])([{NUMERALS}]{{1,3}})[,，](?=、)")
#: A bracketed numeral opening a line whose closing bracket is lost: (一加强…, （二加强….
_UNCLOSED_NUMBER = re.compile(
    rf"^([ \t\u3000]*)[(（]([{NUMERALS}]{{1,3}})(?![{NUMERALS}])(?=[{HAN}])", re.MULTILINE
)
#: The numerals by the first byte of their GBK code (一 is D2 BB): no two share one.
_NUMERALS = {ch.encode("gbk")[0]: ch for ch in NUMERALS}
_SHIFTED = 0xA8


def garbled_numbers(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Read again an item number a byte-shifted GBK page garbled: ?。ㄒ唬 is （一）.

    The first character after ?。, encoded in GBK, is 0xA8 and the numeral's first byte,
    which tells the numerals 一 to 十 apart; the numeral's other byte and the closing
    bracket went into the next character. The garbled words after them go too (see
    ``_GARBLED_NUMBER``), so the title starts at its first intact character; validation
    reports the place as ``text.lost``. Any other ?。 stays as printed. A section's number
    with a comma before its 、 after a clause (…）二,、鼓励…) loses the comma, and numbers
    whose closing brackets the scrape lost at lines' starts (``(一加强… / (二加强…``) are
    closed again (see ``_unclosed_numbers``).
    """

    def numbered(m: re.Match[str]) -> str:
        try:
            code = m[1].encode("gbk")
        except UnicodeEncodeError:
            return m[0]
        numeral = _NUMERALS.get(code[1]) if len(code) == 2 and code[0] == _SHIFTED else None
        return m[0] if numeral is None else f"（{numeral}）"

    text, offsets, garbled = substitute(text, offsets, _GARBLED_NUMBER, numbered)
    text, offsets, commas = substitute(text, offsets, _COMMA_NUMBER, lambda m: m[1])
    lost = _unclosed_numbers(text)

    def closed_again(m: re.Match[str]) -> str:
        return f"{m[1]}（{m[2]}）" if m.start() in lost else m[0]

    text, offsets, closed = substitute(text, offsets, _UNCLOSED_NUMBER, closed_again)
    return text, offsets, garbled + commas + closed


def _unclosed_numbers(text: str) -> set[int]:
    """Return where the numbers stand that open lines in brackets the line never closes
    (``(一加强… / (二加强…``: the scrape lost each ）): in a text where one such number is
    followed by the next, each that counts on from the one before or starts again from 1
    (under the next heading). A bracket the line closes first (（一般性事项由各部门公开）…)
    is a remark, no number."""
    found = [
        (m.start(), to_int(m[2]))
        for m in _UNCLOSED_NUMBER.finditer(text)
        if not _closed_on_line(text, m.end())
    ]
    if not any(b[1] == a[1] + 1 for a, b in itertools.pairwise(found)):
        return set()
    kept: set[int] = set()
    last = 0
    for k, (at, value) in enumerate(found):
        nxt = found[k + 1][1] if k + 1 < len(found) else None
        if value == 1 or value == last + 1 or nxt == value + 1:
            kept.add(at)
            last = value
    return kept


def _closed_on_line(text: str, at: int) -> bool:
    """Whether the line from ``at`` closes a bracket before it opens another."""
    end = text.find("\n", at)
    for ch in text[at : end if end >= 0 else len(text)]:
        if ch in "(（":
            return False
        if ch in ")）":
            return True
    return False


def to_simplified(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Convert traditional to simplified Chinese with OpenCC t2s, one line at a time."""
    convert = t2s()
    lines = text.split("\n")
    out: list[str] = []
    changed = 0
    for line in lines:
        new = convert(line)
        if len(new) != len(line):
            # Keep one clean character per raw character so offsets stay exact.
            new = "".join(convert(ch) if len(convert(ch)) == 1 else ch for ch in line)
        if new != line:
            changed += sum(map(str.__ne__, line, new))
        out.append(new)
    return "\n".join(out), offsets, changed


def lost_indents(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Print as indents the ``??`` a scrape left at the start of many lines.

    A page whose full-width-space indents were lost in an encoding starts its lines with
    ``??``; when at least ``_LOST_INDENT_LINES`` lines do, those leading ``?`` become
    ideographic spaces, one character for one. On such a page a single ``?`` opening a line
    before an item number (``?(四)``) is an indent too; any other single ``?`` (a lost
    character of a word) and a ``?`` anywhere else stay.
    """
    indented, mapped, lines = substitute(
        text, offsets, _LOST_INDENT, lambda m: "\u3000" * len(m.group(0))
    )
    if lines < _LOST_INDENT_LINES:
        return text, offsets, 0

    def numbered(m: re.Match[str]) -> str:  # ?(四)第四检查督导组: an indent shortened to one
        line_end = m.string.find("\n", m.end())
        rest = m.string[m.end() : line_end if line_end >= 0 else len(m.string)]
        return "\u3000" if match_number(rest) else "?"  # (四) reads as （四）

    indented, mapped, more = substitute(indented, mapped, _LOST_ONE, numbered)
    return indented, mapped, lines + more


def run_on_articles(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Give each article a line of its own where a scrape ran a regulation's articles onto
    one line (…制定本办法。第二条本办法适用于…。第二章管护职责第四条县农业农村局负责…).

    Only articles numbered one after another, ``_ARTICLE_RUN`` or more on the line, each after
    a sentence's end or a chapter's title, read so: a line break goes in before each, and
    before the chapter's number (第二章), with a space after that number, so the chapter is a
    heading over its articles (a line may mention 第三条 of another rule)."""
    if text.count("条") < _ARTICLE_RUN:  # (no run of articles can be there)
        return text, offsets, 0
    edits: list[Edit] = []
    starts = line_offsets(text)
    for start, end in itertools.pairwise([*starts, len(text) + 1]):
        found = [m for m in _RUN_ARTICLE.finditer(text, start, end - 1) if m.start() > start]
        for m in (found[k] for k in _article_run([to_int(m[3]) for m in found])):
            if m[1]:  # (第二章管护职责第四条: the chapter's number, a space, its title)
                edits.append((m.start(1), m.end(1), f"\n{m[1]} "))
                edits.append((m.end(2), m.end(2), "\n"))
            else:
                edits.append((m.start(), m.start(), "\n"))
    if not edits:
        return text, offsets, 0
    text, offsets = apply_edits(text, offsets, edits)
    return text, offsets, len(edits)


def _article_run(values: list[int]) -> list[int]:
    """Return the indexes of the longest run of ``values`` numbered one after another, when it
    holds ``_ARTICLE_RUN`` or more; else none."""
    best: list[int] = []
    run: list[int] = []
    for k, value in enumerate(values):
        run = [*run, k] if run and values[run[-1]] + 1 == value else [k]
        best = run if len(run) > len(best) else best
    return best if len(best) >= _ARTICLE_RUN else []


def spaced_articles(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Print a space after an article's number a scrape glued to its text (第四条按照…).

    A number of the form 第一条 counts only before a space or a colon (``numbering``): a
    sentence may open with 第一条主线. Where ``_ARTICLE_RUN`` or more lines open with article
    numbers that follow each other (第二条, 第三条 …, glued or spaced), those glued to their
    text are articles too, and a space goes in after their number.
    """
    if not _article_run([to_int(m[2]) for m in _ARTICLE.finditer(text)]):
        return text, offsets, 0
    return substitute(text, offsets, _GLUED_ARTICLE, lambda m: m.group(0) + " ")


def full_width_punctuation(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Print ASCII , : ; ( ) in Chinese text as ，：；（）, and a full stop ending a Chinese
    sentence as 。; leave ? (a lost character) alone."""
    table = {",": "，", ";": "；", ":": "："}

    def parens(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1] if m.start() else ""
        after = m.string[m.end()] if m.end() < len(m.string) else ""
        chinese = re.search(f"[{CJK}]", m.group(1) + before + after)
        return f"（{m.group(1)}）" if chinese else m.group(0)

    # inner pairs first, then the pairs around them: (责任单位:…,各县(市、区)政府)
    pairs = 0
    for _ in range(_PAREN_DEPTH):
        text, offsets, found = substitute(text, offsets, _PAREN_PAIR, parens)
        pairs += found
        if not found:
            break
    text, offsets, cut = substitute(text, offsets, _CUT_PAREN, lambda _m: "（")
    pairs += cut
    text, offsets, angled = substitute(text, offsets, _ANGLE_PAIR, _NestedAngles())
    text, offsets, marks = substitute(text, offsets, _COMMA_LIKE, lambda m: table[m.group(0)])

    def stop(m: re.Match[str]) -> str:  # 一. 加强…: a number's mark, not a sentence's end
        # (a number's line is short: look back over its indent at most, not the whole line)
        reach = max(0, m.start() - _NUMBER_LINE)
        opened = m.string.rfind("\n", reach, m.start())
        if opened < 0 and reach > 0:
            return "。"  # a line longer than a number's, indent and all
        line = m.string[opened + 1 : m.end()]
        return "." if match_number(line.strip()) is not None and len(line.strip()) <= 8 else "。"

    text, offsets, stops = substitute(text, offsets, _FULL_STOP, stop)
    return text, offsets, (pairs + angled) * 2 + marks + stops


class _NestedAngles:
    """Print a pair of angle brackets inside a bracket, outside a book's title, as a bracket
    nested in it: (各县〈市、区〉，…东城区管委会〈下同〉，各有关部门按职责分工负责); a title
    inside a title (《…印发〈X方案〉的通知》) stays. Called on the pairs in text order, it
    counts the brackets of each line once, from where the last pair ended."""

    def __init__(self) -> None:
        self.at = 0  # where counting goes on from
        self.opened = 0  # brackets open there on its line
        self.titled = 0  # book titles open there on its line

    def __call__(self, m: re.Match[str]) -> str:
        text = m.string
        line = text.rfind("\n", self.at, m.start())
        if line >= 0:  # a new line since the last pair: count from its start
            self.at, self.opened, self.titled = line + 1, 0, 0
        part = text[self.at : m.start()]
        self.opened += part.count("（") + part.count("(") - part.count("）") - part.count(")")
        self.titled += part.count("《") - part.count("》")
        nested = self.opened > 0 and self.titled <= 0
        self.at = m.end()
        return f"（{m.group(1)}）" if nested else m.group(0)


#: A word spaced out to a field's width at a line's start, before its colon (牵 头 单 位：):
#: two to eight characters, a space or two between each.
_SPACED_WORD = re.compile(
    rf"^([ \u3000]*)((?:[{HAN}][ \u3000]{{1,2}}){{1,7}}[{HAN}])(?=[ \u3000]*[：:])", re.MULTILINE
)


def join_spaced_labels(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Print a role's or a deadline's label spaced out to a field's width as the label
    (牵 头 单 位：X is 牵头单位：X, 完 成 时 限：… is 完成时限：…), and a roster's (组  长：县
    应急局负责人 is 组长：…); any other spaced word stays, a persons' label too (责 任 人：赵立
    各县区长, names apart by spaces)."""
    grammar = default_grammar()

    def joined(m: re.Match[str]) -> str:
        word = "".join(m.group(2).split())  # (as a spaced header word is read: 名 称)
        kind = grammar.label_kind(word)
        kept = isinstance(kind, Role) or kind == DEADLINE or word in grammar.roster_labels
        return m.group(1) + word if kept else m.group(0)

    return substitute(text, offsets, _SPACED_WORD, joined)


#: A date a PDF's text spaced out between its digits and words (2017 年 7 月底前,
#: 2018 年 6 月 30 日): a four-digit year, then its month and day, or the year alone.
_SPACED_DATE = re.compile(
    "\\d{4}(?:[ \u3000]*年[ \u3000]*\\d{1,2}[ \u3000]*月(?:[ \u3000]*\\d{1,2}[ \u3000]*日)?"
    "|[ \u3000]+年)"
)


def join_spaced_dates(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Print a date spaced out between its digits and words as one word (2017 年 7 月底前
    is 2017年7月底前), as a deadline is printed; other spaces stay (全年 100 场)."""
    return substitute(text, offsets, _SPACED_DATE, lambda m: re.sub("[ \u3000]", "", m.group(0)))


#: Marks a scrape prints in ASCII where the page printed them full-width.
_SCRAPED_MARKS = ",;:()"


def rejoin_broken_lines(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Join a long line that stops mid-sentence with the line that continues it.

    A page exported from a PDF breaks every line at the page's width, a heading's line too
    (``1.完善…体制机制，优`` then ``化决策程序，…``): where many lines stop mid-sentence at
    one printed width, a line of that width is broken wherever it stops open. A page that
    prints every line as a paragraph (a blank line after each) is broken the same way, the
    blank line between the two parts dropped too; there only a line of that width is.
    """
    lines = text.split("\n")
    wrap = _wrap_width(lines)
    spaced = _double_spaced(lines)
    keep = [True] * (len(lines) - 1)  # keep[i]: keep the newline after lines[i]
    for i, (line, nxt) in enumerate(itertools.pairwise(lines)):
        if wrap is not None and spaced and nxt == "" and i + 2 < len(lines):
            # 聚焦电 / (blank) / 商等重点领域…: the wrap of a page printed line by line
            after = lines[i + 2]
            opens = _LABEL.match(after.strip()) is not None
            if _wrapped_at(line.rstrip(), wrap) and not opens and _broken(line, after, wrap):
                keep[i] = keep[i + 1] = False
            continue
        keep[i] = keep[i] and not _broken(line, nxt, wrap)
    if all(keep):
        return text, offsets, 0
    parts: list[str] = []
    mapped: Offsets = []
    pos = 0
    joined = False  # the line goes on from the one before: its indent (a PDF's margin) goes
    for line, k in zip(lines, [*keep, True], strict=True):
        end = pos + len(line)
        start = pos + (len(line) - len(line.lstrip(BLANKS)) if joined else 0)
        stop = end if k else max(start, pos + len(line.rstrip(BLANKS)))  # spaces ending it too
        parts.append(text[start:stop])
        mapped += offsets[start:stop]
        if end < len(text) and k:
            parts.append("\n")
            mapped.append(offsets[end])
        joined = not k
        pos = end + 1
    return "".join(parts), mapped, keep.count(False)


def _broken(line: str, nxt: str, wrap: int | None) -> bool:
    """Whether ``line`` stops mid-sentence and ``nxt`` goes on with it, or ends inside a
    bracket ``nxt`` closes."""
    body = line.rstrip()
    if _bracket_closed_below(body, nxt):
        return True
    wrapped = wrap is not None and (_wrapped_at(body, wrap) or _held_back(body, nxt, wrap))
    wrapped = wrapped or _in_quote(body, nxt)
    heading = heading_after_clause(body)
    if heading is not None:  # …（责任单位：X）二、建立…: the heading is the line's own
        body = body[heading:]
    return (
        (len(body) >= 40 or wrapped)
        and _LINE_END_OPEN.search(body) is not None
        and (wrapped or not is_heading(body))
        and nxt.strip() != ""
        and not is_heading(nxt.strip())
        and not _TABLE_ROW.search(line)  # a row of a flattened table ends at its line
        and not _LABEL.fullmatch(nxt.strip())  # 进展与成效：, its value below
        # 成员单位：A、B…办公室 / 主要任务：…: a field's line, then the next field's
        and not (_LABEL.match(line.strip()) and _LABEL.match(nxt.strip()))
        # 责任单位：X、Y / 12完善…。: a field's line, then an item whose number a scrape glued
        # to its title (a line no wider than the page's wrap is whole)
        and (wrapped or not (_LABEL.match(line.strip()) and _GLUED_ITEM.match(nxt.strip())))
        and not _next_rows(line, nxt)
        # …开展早期识别和地面验证 / 省自然资源厅牵头，省地质局参与，…负责落实。: a clause's line
        and (wrapped or _LEADS_BELOW.match(nxt.strip()) is None)
        # …市卫生计生局、市文广新局 / 2 / 计量标准建设: a table a cell a line, its next row's
        # number alone on its line
        and (wrapped or not nxt.strip().isdecimal())
    )


def _in_quote(body: str, nxt: str) -> bool:
    """Whether a line stops inside a quotation or a book's title the next line closes:
    打造“延安红色筑 / 梦”品牌, 深入宣传贯彻《 / 食品安全法》, and a line that a title the
    line before opened closes before opening the next (职业病防治法》、《 / 使用…条例》)."""
    for opening, closing in ("“”", "《》"):
        close = nxt.find(closing)
        if body.rfind(opening) > body.rfind(closing) and close > 0 and opening not in nxt[:close]:
            return True
    return False


def _bracket_closed_below(body: str, nxt: str) -> bool:
    """Whether a line ends inside a bracket the next line opens by closing: a converter put a
    clause's closing bracket on the line of the next item ((实施主体:各行政村。 / )2.主要…)."""
    if not nxt.startswith(("）", ")")):
        return False
    return body.count("（") + body.count("(") > body.count("）") + body.count(")")


def _double_spaced(lines: list[str]) -> bool:
    """Whether most lines of text stand between blank lines (a line printed as a paragraph)."""
    gaps = [b == "" for a, b, c in zip(lines, lines[1:], lines[2:], strict=False) if a and c]
    adjacent = sum(1 for a, b in itertools.pairwise(lines) if a.strip() and b.strip())
    return sum(gaps) >= _WRAPPED_LINES and sum(gaps) > 2 * adjacent


def _wrapped_at(body: str, wrap: int) -> bool:
    """Whether a line reaches the wrap width; a paragraph's first line (an item's) is
    indented by two characters in print."""
    heading = is_heading(body)
    indent = _INDENT_WIDTH if heading else 0
    # its number's digits and mark print narrower or wider than the scrape's ASCII (3. 开展…,
    # 2022年): an item's line that stops inside a sentence may fall a little short
    slack = _WRAP_SLACK if heading and _in_sentence(body) else 0
    return _width(body) + indent + slack >= wrap


def _held_back(body: str, nxt: str, wrap: int) -> bool:
    """Whether a line one character short of the wrap width lost its last character to the
    next line because a mark may not open a line (避头尾): ``…、园区党工`` / ``委、各街道党工委``,
    the 委 taken down with the 、 that follows it."""
    after = nxt.strip()
    indent = _INDENT_WIDTH if is_heading(body) else 0  # an item's first line, as above
    return len(after) > 1 and after[1] in _NO_LINE_START and _width(body) + indent + 2 >= wrap


def _width(line: str) -> int:
    """Return a line's printed width: a Chinese character or full-width mark is two, and so
    is a mark a scrape printed in ASCII (``,`` ``;`` ``:`` ``(`` ``)``: full-width in print)."""
    return display_width(line) + sum(map(line.count, _SCRAPED_MARKS))


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width from which a line stopping mid-sentence was wrapped by a PDF export.

    It is found where at least ``_WRAPPED_LINES`` lines that stop open (no 。 or ； at the end)
    have nearly one width (within ``_WRAP_SLACK``), and they are most of such lines. An
    item's first line counts only when it stops inside a sentence (a mark of one before its
    end: （五）以…为载体，结合…，持续): one without such a mark is a title, not a wrap. At
    least ``_WRAP_PLAIN`` of the lines are no item's first line.
    """
    open_lines = [
        body
        for line in lines
        if (body := line.rstrip())
        and _width(body) >= _WRAP_MIN
        and _LINE_END_OPEN.search(body) is not None
        and not _TABLE_ROW.search(line)
    ]
    plain: Counter[int] = Counter()  # the lines that are no item's first line
    widths: Counter[int] = Counter()
    for body in open_lines:
        width, heading = _width(body), is_heading(body)
        if heading and not _in_sentence(body):
            continue  # a title, not a wrap
        widths[width] += 1
        if not heading:
            plain[width] += 1
    if not widths:
        return None

    def near(counts: Counter[int], w: int) -> int:
        return sum(counts[v] for v in range(w - _WRAP_SLACK, w + 1))

    best = max(widths, key=lambda w: (near(widths, w), w))
    if near(widths, best) < _WRAPPED_LINES or 2 * near(widths, best) < widths.total():
        return None
    widest = best + _INDENT_WIDTH + _WRAP_SLACK  # an indented item's line and its slack
    # headings of one width alone are a list of titles; a plain line a little wider than
    # the width is a wrap too (its marks measured narrower than they print: “ ” …)
    if sum(plain[w] for w in range(best - _WRAP_SLACK, widest + 1)) < _WRAP_PLAIN:
        return None
    # a page with as many lines running past that width is wrapped nowhere: its lines of one
    # width are a table's cells of units (市委编办、中共…办公室 / 金水区), not wraps
    longer = sum(_width(line.rstrip()) > widest for line in lines)
    if longer >= near(widths, best):
        return None
    return best - _WRAP_SLACK


def _in_sentence(body: str) -> bool:
    """Whether an item's first line holds a mark inside a sentence (，。；) before its end."""
    return any(mark in body[:-1] for mark in SENTENCE_MARKS)


def _next_rows(line: str, nxt: str) -> bool:
    """Whether two lines are rows 5 and 6 of a table separated by single spaces (``5 X 财政部``,
    ``类别 5 X 财政部``), or rows of such a table with no number column, as many cells each
    (``优待抚恤 本市…对象 提供…。 … 市退役军人事务局``: a prose line split by spaces into as
    many parts as the next is rarer than a table's)."""
    this, then = _SPACED_ROW.match(line), _SPACED_ROW.match(nxt)
    if this is not None and then is not None and int(then[1]) == int(this[1]) + 1:
        return True
    cells = line.split()
    return (
        len(cells) >= EVEN_CELLS
        and len(nxt.split()) == len(cells)
        and "  " not in line.strip()
        and "  " not in nxt.strip()
    )


STEPS: tuple[tuple[str, Step], ...] = (
    ("newlines", normalise_newlines),
    ("control_characters", remove_control_characters),
    ("markdown_emphasis", drop_markdown_emphasis),
    ("lost_indents", lost_indents),
    ("page_numbers", drop_page_numbers),
    ("pinyin_glosses", strip_pinyin_glosses),
    ("garbled_numbers", garbled_numbers),
    ("traditional_to_simplified", to_simplified),
    ("run_on_articles", run_on_articles),
    ("spaced_articles", spaced_articles),
    ("punctuation", full_width_punctuation),
    ("spaced_labels", join_spaced_labels),
    ("spaced_dates", join_spaced_dates),
    ("box_tables", box_tables),
    ("bar_rows", join_bar_rows),
    ("rejoined_lines", rejoin_broken_lines),
    ("spaced_rows", split_spaced_rows),
    ("inline_labels", split_inline_labels),
    ("clause_items", split_clause_items),
)
