"""Lines that hold several items: a scrape or a repost that ran a page's items together.

Three cleaning steps give each item, heading, label and table row a line of its own again:
a task table's header and rows run onto one line with single spaces between their cells
(``split_spaced_rows``), labels and numbers after spaces (``split_inline_labels``), and
items glued after a clause's bracket or a sentence's end (``split_clause_items``). They only
ever turn a character into a line break or insert one, so every character keeps its place
in the raw file.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from pipeline.grammar import MAX_UNIT, Grammar, default_grammar
from pipeline.numbering import (
    BULLET_MARKS,
    ITEM_STYLES,
    LOST_BULLET,
    RUN_ON_STYLES,
    SECTION_STYLES,
    Number,
    match_number,
    to_int,
)
from pipeline.read.chinese import BLANKS, CJK, HAN, HAN_CHAR, NUMERALS
from pipeline.read.rewrite import Offsets, substitute

#: Labels after spaces on one line that mark a line of run-together items.
_INLINE_LABELS = 2
#: An item number after a space in such a line: 1.建成…, 2、新增…, 2.B23-02住户… (a code first)
_INLINE_NUMBER = re.compile(rf"[ \u3000](\d{{1,3}})[.．、](?=[{CJK}]|[A-Z]+\d)")
#: A heading after a space in such a line (二、X牵头重点工作): the item numbers under it
#: start again at 1.
_INLINE_HEADING = re.compile(rf"[ \u3000]([{NUMERALS}]{{1,3}})、(?=[{CJK}])")
_GAP = re.compile("[ \u3000]")
#: The spaces from a point on (matched in place: no copy of the rest of the line).
_SPACES = re.compile("[ \u3000]*")
#: Spaces between two words of a line (a heading's title printed without 。 and the item).
_SPACE_RUN = re.compile("[ \u3000]+")
#: A sentence's end and the spaces after it, inside a line.
_SENTENCE_GAP = re.compile("。[ \u3000]+")
#: A sentence's or a clause's end and the spaces after it, inside a line, where the next
#: item of the line's own may start (…实施查处； （五）严格执行…: a regulation's items, each
#: closed by ；, run together).
_ITEM_GAP = re.compile("[。；;][ \u3000]+")
#: A sentence's end glued to a duty item's number and its unit's colon: …预算。9.市教育局:
_DUTY_GLUED = re.compile(f"。(?=\\d{{1,2}}[.．、][{HAN}（）()]{{2,20}}?[：:])")
#: A sentence's end glued to an item's number, then the item's text (…。3.人事财务科负责…):
#: a break where the text opens with a unit as its duty's subject.
_ITEM_GLUED = re.compile(r"。(?=(\d{1,2}[.．、]))")
#: The brackets that close an item's clause (round, square, tortoise-shell), after which
#: the next item may run on.
_CLAUSE_CLOSE = "）】〕"
#: Square brackets closing a clause ([责任单位：…]2.…), after which an item may run on too.
_SQUARE_CLOSE = r"\]］"
_CLOSERS = re.compile(f"[{_CLAUSE_CLOSE}{_SQUARE_CLOSE}]")
#: The fewest characters of a line that is a whole page printed on one line.
_PAGE_LINE = 400
#: A sentence's end.
_STOP = re.compile("[。；]")
#: A group's number （一） and its short title, glued to the group's first item (1.).
_GROUP_TITLE = re.compile(f"[（(]一[）)][{HAN}]{{2,20}}?(?=1[.、．][{HAN}])")
#: Where a run-together line may break: after a bracket or a sentence's end, before the
#: spaces that end a heading printed without 。, or before a bracketed number glued to it.
_ZERO_WIDTH = re.compile(
    rf"(?<=[{_CLAUSE_CLOSE}{_SQUARE_CLOSE}。；])|(?<![ \u3000{_CLAUSE_CLOSE}。；])(?=[ \u3000])"
    rf"|(?<=[{CJK}])(?=[（(])"
)
#: Where a heading's short title ends before its first item: at spaces, or right before a
#: bracketed number glued to it (管理体制（一）加强…).
_TITLE_END = re.compile(r"[ \u3000]+|(?=[（(])")
#: The styles of a number in brackets, which may follow a title with no space between.
_BRACKETED = ("（一）", "（1）")
_ZERO_WIDTH_ANY = re.compile(r"(?<=[^\n])(?=[^\n])")
#: A page on one line holds at least this share of the text (a title line may stand above).
_PAGE_SHARE = 0.7
#: The styles whose numbers a page on one line runs together without spaces.
_PAGE_STYLES = ("一、", "（一）", "1.", "1、", "（1）")
#: A name a template site blanked out: XX县, ××市.
_BLANKED = "(?:XX|xx|××)"
_PAGE_NUMBER_AT = re.compile(
    rf"(?<=.)(?:[{NUMERALS}]{{1,3}}、|（[{NUMERALS}]{{1,3}}）|\d{{1,2}} ?[.、]|（\d{{1,2}}）)"
    # an item may open with a year (…人群。1、2023年，将…), a template's blanked name
    # (…整治内容（一）XX县区环境卫生整治1、XX县区道路…) or a quotation (…负责。2、“店内…”)
    rf"(?=“?[{CJK}]|\d{{4,6}}年|{_BLANKED})"
)
#: What ends the text before a number on such a page: a sentence, a colon, a clause's
#: bracket (…成员单位】（二）落实…).
_PAGE_BEFORE = "。：；" + _CLAUSE_CLOSE
#: The most characters of a heading's title before an item number runs on after it.
_HEADING_TITLE = 40
#: The most spaces around such a title (。 一 完善制度 （一）…).
_TITLE_SPACES = 8
#: Bars of a table row printed on one line (序号 | 工作任务 | … | 责任单位 |): its cells are
#: no run-on page.
_ROW_BARS = 3
#: The fewest lines closed by a bar (序号 | / 项目 | / … / | between rows) that make a text a
#: table printed a cell a line: a cell's line holds the cell's items (1.… 2.… |), no run-on page.
_BAR_CELL_LINES = 6
#: Words a bracket that closes an item's clause holds: a label's or a role's.
_CLAUSE_WORDS = ("单位", "部门", "牵头", "负责", "配合")
#: The most characters between a first item glued to a heading and its second.
_LABELLED_ITEM = 400
#: Enough characters after a bracket to hold an item number's label (up to nine digits).
_LABEL_WINDOW = 16
#: The longest clause whose opening bracket is looked for before an item run on after it
#: (a list of nine units: …（责任单位：市委组织部、…、市投资促进局）二、…).
_CLAUSE_LENGTH = 200
#: What ends the text before an item number on a line of run-together items without labels
#: (a notice's 现提出以下意见： before its first heading, too).
_ITEM_BEFORE = "。）："


def split_spaced_rows(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Put a task table run onto one line with single spaces between its cells back on a
    line a row: …分解表 序号 工 作 内 容 责任部门 完成时限 一、… 1 推进… 各级…办公室 全年 2 …

    The header opens with a number word (序号) after a space, its words spread letter by
    letter joined back (工 作 内 容), every one a header word, then row 1. The space before
    the header, before each row number in order (1, 2, 3…) and before each section heading
    (一、…) becomes a line break, one character for one, so offsets stay as they were; the
    table reader then reads the rows a line each (pipeline/parse/aligned.py)."""
    grammar = default_grammar()
    chars = list(text)
    count = pos = 0
    for line in text.split("\n"):
        breaks = _spaced_rows(line, grammar) if len(line) > _SPACED_LINE else set()
        for at in breaks:
            chars[pos + at] = "\n"
        count += len(breaks)
        pos += len(line) + 1
    return ("".join(chars), offsets, count) if count else (text, offsets, 0)


def _spaced_rows(line: str, grammar: Grammar) -> set[int]:
    """Return where the header and rows of a table run onto ``line`` with single spaces
    start (the space before each), or none."""
    for word in grammar.number_headers:
        at = line.find(f" {word} ")
        while at >= 0:
            breaks = _spaced_table_at(line, at, grammar)
            if breaks:
                return breaks
            at = line.find(f" {word} ", at + 1)
    return set()


def _spaced_table_at(line: str, at: int, grammar: Grammar) -> set[int]:
    """Return the breaks of a table whose header's number word follows the space at ``at``
    (the header's words are read lazily: a line of many 序号 stays linear)."""
    tokens = _TOKEN.finditer(line, at)
    words: list[str] = []
    first = None  # row 1's number, or the section heading over it
    for m in tokens:
        word = m.group()
        if word == "1" or _SECTION.match(word):
            first = m
            break
        if len(words) > _SPACED_HEADER:
            return set()
        if len(word) == 1 and words and not _known(words[-1], grammar):
            words[-1] += word  # 工 作 内 容: a header word spread letter by letter
        else:
            words.append(word)
    if first is None or len(words) < 3 or not all(_known(w, grammar) for w in words):
        return set()
    breaks, due = {at}, 1
    for m in itertools.chain([first], tokens):
        if m.group() == str(due):
            breaks.add(m.start() - 1)
            due += 1
        elif _SECTION.match(m.group()):
            breaks.add(m.start() - 1)
    return breaks if due > _SPACED_ROWS else set()


def _known(word: str, grammar: Grammar) -> bool:
    return grammar.column_of(word) is not None


#: A word between single spaces; a section heading opening a word (一、全面推动…).
_TOKEN = re.compile(r"(?<= )\S+")
_SECTION = re.compile(f"[{NUMERALS}]{{1,3}}、")
#: A line this long or longer may hold a table run onto it; the most header words; the
#: fewest rows (two) the numbers must count past.
_SPACED_LINE = 80
_SPACED_HEADER = 12
_SPACED_ROWS = 2


def split_inline_labels(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Put each label of a line that prints several after spaces on a line of its own.

    1.建成X。 牵头领导：甲 责任单位：市A局 配合单位：市B局 实际完成情况：… (a page that ran
    a notice's items together): a space before a clause label (schemas/grammar.toml), the
    first space after its value and a space before the next item number (1. 2. 3. in
    order) become line breaks, one character for one, so offsets stay as they were.
    """
    grammar = default_grammar()
    words = "|".join(re.escape(w) for w, _ in grammar.labels)
    label = re.compile(f"[ \u3000](?:{words})[ \u3000]*[：:][ \u3000]*")
    chars = list(text)
    count = pos = 0
    lines = text.split("\n")
    celled = _bar_cells(lines)
    for line in lines:
        hits = list(label.finditer(line))
        breaks: set[int] = set()
        if line.count("|") >= _ROW_BARS or (celled and _bar_closed(line)):
            pass  # a table row, or a cell: it holds the labels and items (table.py reads them)
        elif len(hits) >= _INLINE_LABELS:
            breaks = {m.start() for m in hits}
            for m in hits:  # a value ends at the first space after it
                gap = _GAP.search(line, m.end())
                if gap is not None:
                    breaks.add(gap.start())
            breaks |= _inline_numbers(line)
        else:  # …按职责分工负责） 2.落实… : a whole page on one line, items after a sentence
            closed = _sentence_items(line, grammar.name_endings)
            # (an item's digits, ⒈, or an article's number: 第十三条)
            numbered = sum(line[at + 1].isdigit() or line[at + 1] == "第" for at in closed)
            # …盲区。 责任单位：… : a label after a sentence closes the item before it
            stops = {m.start() for m in hits if m.start() > 0 and line[m.start() - 1] == "。"}
            # …措施。 一、持续强化产业链群培育 1.做强…: a heading and its first item
            headed = numbered < len(closed)
            if numbered >= _INLINE_LABELS or (numbered and (stops or headed)):
                breaks = closed | stops
            else:  # …防尘降尘。 1、区生态环境分局…检查 2、区城管局加强…: no sentence's end
                breaks = _spaced_run(line)
        for at in breaks:
            chars[pos + at] = "\n"
        count += len(breaks)
        pos += len(line) + 1
    return ("".join(chars), offsets, count) if count else (text, offsets, 0)


#: The fewest items numbered from 1 after spaces, with no sentence's end between them, that
#: read as a list run together on one line.
_SPACED_RUN = 5


def _spaced_run(line: str) -> set[int]:
    """Return where the items of a list a page ran together on one line start, each number
    after a space, 1、 2、 3、 … one after another from the first, ``_SPACED_RUN`` or more of
    them (…防尘降尘。 1、区生态环境分局继续…检查 2、区城管局加强…作业 3、…): a news page's
    list that closes no item with a sentence's end. Anything else is none."""
    found = [(m.start(), int(m.group(1))) for m in _INLINE_NUMBER.finditer(line)]
    values = [value for _, value in found]
    if len(found) < _SPACED_RUN or values != list(range(1, len(values) + 1)):
        return set()
    return {at for at, _ in found}


def _inline_numbers(line: str) -> set[int]:
    """Return where the item numbers (1. 2. 3. in order, or from 1. again: 1.… 2.… 整改责任单位：
    X 1.… 2.…) and headings of a run-together line start.

    A heading 一、 二、 (in order, and only when the next item number is 1.) starts the item
    numbers again: 一、甲牵头 1.… 2.… 二、乙牵头 1.… is two groups, not 1. 2. and text.
    """
    numbers = [(m.start(), int(m.group(1))) for m in _INLINE_NUMBER.finditer(line)]
    headings = {m.start(): to_int(m.group(1)) for m in _INLINE_HEADING.finditer(line)}
    events = sorted([*numbers, *((at, -n) for at, n in headings.items())])
    following: list[int | None] = []  # the item number after each event, read backwards
    after: int | None = None
    for _, value in reversed(events):
        following.append(after)
        after = value if value > 0 else after
    following.reverse()
    found: set[int] = set()
    expected, heading = 1, 1
    for (at, value), after in zip(events, following, strict=True):
        if value < 0:  # a heading: it counts when in order and a 1. comes next
            if -value == heading and after == 1:
                found.add(at)
                expected, heading = 1, heading + 1
        elif value in (expected, 1):  # (a 1. after the items of a list before it: a new list)
            found.add(at)
            expected = value + 1
    return found


def split_clause_items(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Start a line at an item that follows the previous item's clause on the same line.

    （一）生产总值增长11%左右。（省发改委负责）（二）财政收入…, or 1.抓好…。（…协办）2.重点…:
    the next number of the line's own, in its style, right after a closing bracket (）】〕)
    and before Chinese text, begins a line of its own; a line break is inserted before it. So
    does the next number after a clause standing on a line of its own:
    （责任单位：市城建局）2.完成…, and after a clause closing a line of an item's body, a
    bracket that names units by a label or a role word (…隐患。（责任单位：X）（二）加快…).
    """
    grammar = default_grammar()
    endings = grammar.name_endings
    paged = _page_items(text) | _line_breaks(
        text,
        _dash_headings,
        lambda line: _unit_duties(line, endings),
        _bullets,
        _circled_runs,
        _labelled_points,
    )
    if paged:
        text, offsets, _ = substitute(text, offsets, _ZERO_WIDTH_ANY, _breaker(paged))
    breaks: set[int] = set()
    anywhere: set[int] = set()
    spaces: set[int] = set()
    pos = 0
    last: tuple[str, int] | None = None  # the style and value of the last item seen
    section = 0  # the last 一、 heading's value
    lines = text.split("\n")
    numbers = [match_number(line.lstrip(BLANKS)) for line in lines]  # each line's opening one
    numbered = _next_numbered(numbers)
    celled = _bar_cells(lines)
    for k, line in enumerate(lines):
        if celled and _bar_closed(line):  # a cell's line: its items are the cell's (table.py)
            pos += len(line) + 1
            continue
        body = line.lstrip(BLANKS)
        first = numbers[k]
        start = len(line) - len(body)
        if first is not None and first.style == _SECTION_STYLE:
            section = first.value
        headed_after, section = _sections_after_clauses(line, start, section)
        breaks |= {pos + at for at in headed_after}  # …（责任单位：X）二、建立…
        glued = _glued_duty_unit(line, start, first, grammar)
        if glued is not None:  # 三、职责分工公共服务办：一是…
            anywhere.add(pos + glued)
        # the next line that opens with a number, past the body lines of the item before it
        ahead = lines[numbered[k]] if numbered[k] < len(lines) else ""
        opened = _heading_first_item(line, start, first, last, ahead)
        while opened is not None:  # 八、相关责任单位及任务分工 （一）市发改委：…。 （二）…
            # the space after the title becomes the line break, or one goes in before the item
            # (before a number glued to a word, 乡镇1.建成区, at no usual place)
            glued_digit = line[opened[0]].isdigit()
            (spaces if opened[3] else anywhere if glued_digit else breaks).add(pos + opened[0])
            first, start = opened[1], opened[2]
            opened = _heading_first_item(line, start, first, last, ahead)  # 一、X （一）Y 1、…
        if first is not None and first.style in RUN_ON_STYLES:
            style, expected = first.style, first.value + 1
            start += len(first.label)
        elif first is None and last is not None:
            style, expected = last[0], last[1] + 1  # （责任单位：…）2.完成…: the clause's line
        elif first is None and (one := _first_item_in_page(line)) is not None:
            # …二、工作措施(一)降低企业税收负担。1.严格执行…[责任单位：…]2.执行…: a sharing
            # site's page on one line, its first item after a sentence's end (the rest of
            # the line is items, no item's body)
            first = one[2]
            (breaks if line[one[0] - 1] in "。；" else anywhere).add(pos + one[0])
            style, expected, start = one[2].style, 2, one[1] + len(one[2].label)
        else:
            pos += len(line) + 1
            continue
        # a body line (…隐患。（责任单位：X）（二）加快…) breaks after a clause only
        body_line = first is None and not body.startswith(("（", "【", "〔"))
        closed: int | None = None  # after the line's last clause: where an item may start
        for closer in _CLOSERS.finditer(line, start):
            at = closer.start()
            cut = at + 1 + (line[at + 1 : at + 2] in ("；", "。"))  # …协办单位：Y）；2.…
            item = _past_spaces(line, cut)  # …（责任单位：X） 6.对接…
            lost = closed is not None and _skips_lost(line, closed, at, item, style, expected)
            if _is_item(line, item, style, expected) or lost:
                # (the clause may open on a line above: （责任单位：X / 完成时间：…）2、…)
                if body_line and not _after_clause(text, pos + at + 1):
                    continue
                if lost and closed is not None:  # …） 制作…。（责任单位：Y） 6.…: 5. was lost
                    breaks.add(pos + closed)
                    expected += 1
                breaks.add(pos + cut)
                expected += 1
                body_line = False  # the rest of the line is an item's own
            elif not body_line:
                headed = _heading_then_item(line, cut, style, expected)
                if headed is not None:
                    breaks |= {pos + cut, pos + headed[0]}
                    expected = headed[1] + 1
            closed = cut
        # …尽快恢复农业生产。 （10）市国资委：负责…: the next number after a sentence's end
        # and spaces (items a page ran together on one line)
        # (a number glued after a 。 before its unit's colon and its verb too: one gap)
        before_numbers = {
            m.start(): m
            for m in (*_DUTY_GLUED.finditer(line, start), *_subject_glued(line, start, grammar))
        }
        gaps = sorted(
            [*_ITEM_GAP.finditer(line, start), *before_numbers.values()],
            key=lambda m: m.start(),
        )
        for gap in () if body_line else gaps:
            if _is_item(line, gap.end(), style, expected):
                breaks.add(pos + gap.start() + 1)
                expected += 1
            elif (headed := _heading_then_item(line, gap.start() + 1, style, expected)) is not None:
                # …服务工作。 （三）工商部门： 1、在为…: a heading, then its items from 1 again
                breaks |= {pos + gap.start() + 1, pos + headed[0]}
                expected = headed[1] + 1
            elif gap.group()[0] == "。" and _ARTICLE_AT.match(line, gap.end()) is not None:
                # …编制、修订。 第九条 乡（镇）人民政府…履行下列消防安全职责： （一）…: an
                # article run on after the line's last item, over items of its own from 1
                breaks.add(pos + gap.start() + 1)
                expected = 1
            elif k + 1 < len(lines) and _heading_ends_line(line, gap.end(), style, lines[k + 1]):
                breaks.add(pos + gap.start() + 1)  # …工作。 （三）工商部门： / 1、在为…
            elif (cells := _past_cells(line, gap.end(), grammar)) is not None:
                # …报批制度。 市外侨办 24、压缩…: a table's units cells flattened with spaces
                # after the item's last sentence, then the next item (or a header printed
                # again at a page's top and a heading: … 工作要求 牵头部门 责任单位 八、…)
                nxt = _past_header(line, cells, grammar)
                # (a break stands before the spaces after a word: _ZERO_WIDTH)
                ends = {pos + _word_end(line, cells), pos + _word_end(line, nxt)}
                if _is_item(line, nxt, style, expected):
                    breaks |= ends
                    expected += 1
                elif (headed := _heading_then_item(line, nxt, style, expected)) is not None:
                    breaks |= {*ends, pos + headed[0]}
                    expected = headed[1] + 1
        for at in _labelled_stops(line, start):  # …。责任单位：X，完成时间：5月10日前。3、完成…
            if _is_item(line, at, style, expected):
                breaks.add(pos + at)
                expected += 1
        if not body_line:
            breaks |= {pos + at for at in _sub_items(line, start)}
        last = (style, expected - 1)
        pos += len(line) + 1
    if spaces:
        text = "".join("\n" if i in spaces else ch for i, ch in enumerate(text))
    # a break between two characters of a word (职责分工|公共服务办：) is at no usual place
    where = _ZERO_WIDTH_ANY if anywhere else _ZERO_WIDTH
    text, offsets, count = substitute(text, offsets, where, _breaker(breaks | anywhere))
    return text, offsets, len(paged) + len(spaces) + count


def _bar_cells(lines: list[str]) -> bool:
    """Whether the text is a table printed a cell a line, each cell closed by its bar."""
    return sum(_bar_closed(line) for line in lines) >= _BAR_CELL_LINES


def _bar_closed(line: str) -> bool:
    """Whether a line ends with a bar (a cell's line, or the lone bar between rows)."""
    return line.rstrip(BLANKS).endswith("|")


def _next_numbered(numbers: list[Number | None]) -> list[int]:
    """Return, for each line, the index of the next line that opens with a number, from the
    number each line opens with (``len(numbers)`` when none does)."""
    nxt = [len(numbers)] * len(numbers)
    for k in range(len(numbers) - 2, -1, -1):
        nxt[k] = k + 1 if numbers[k + 1] is not None else nxt[k + 1]
    return nxt


#: A unit's name and its colon: 公共服务办：
_UNIT_COLON = re.compile(f"[{HAN}（）()]{{2,20}}?[：:]")


#: The style of a plan's sections (一、), whose headings a scrape may run on after a clause.
_SECTION_STYLE = "一、"


def heading_after_clause(line: str) -> int | None:
    """Return where a section heading run on after the line's last clause starts
    (…（责任单位：X）二、建立…), the heading's own line once the scrape's run is split."""
    found, _ = _sections_after_clauses(line, 0, 0)
    return _past_spaces(line, found[-1]) if found else None


def _sections_after_clauses(line: str, start: int, section: int) -> tuple[list[int], int]:
    """Return where a section heading run on right after an item's clause starts on ``line``
    (…（责任单位：各区人民政府，市教育局）二、建立健身设施基础台账), and the last section's
    value then. The heading numbers on from ``section``, or, before the text's first (the
    page lost it), any number."""
    found: list[int] = []
    for closer in _CLOSERS.finditer(line, start):
        at = closer.end()
        item = _past_spaces(line, at)
        nxt = match_number(line[item : item + _LABEL_WINDOW])
        if (
            nxt is not None
            and nxt.style == _SECTION_STYLE
            and (nxt.value == section + 1 or section == 0)
            and _may_close_clause(line, at)
            and _after_clause(line, at)
            and _opens_text(line, item + len(nxt.label), _SECTION_STYLE)
        ):
            found.append(at)
            section = nxt.value
    return found, section


def _may_close_clause(line: str, at: int) -> bool:
    """Whether a bracket opens and a clause's word stands in the clause's reach before ``at``:
    the quick test before ``_after_clause`` walks back bracket by bracket (a line of
    thousands of ``）二、`` holds neither)."""
    reach = max(0, at - _CLAUSE_LENGTH)
    return line.rfind("（", reach, at) >= 0 and any(
        line.find(w, reach, at) >= 0 for w in _CLAUSE_WORDS
    )


def _glued_duty_unit(line: str, start: int, first: Number | None, grammar: Grammar) -> int | None:
    """Return where a unit's duty glued to a heading that divides duties starts
    (三、职责分工公共服务办：一是负责…, a page that lost its line breaks): right after the
    heading's word (``[outline] duty_sections``), when a unit's name and a colon follow it;
    else None."""
    if first is None or first.style not in SECTION_STYLES:
        return None
    at = start + len(first.label)
    word = next((w for w in grammar.duty_sections if line.startswith(w, at)), None)
    if word is None:
        return None
    unit = _UNIT_COLON.match(line, at + len(word))
    if unit is None or line[unit.end() - 2] not in grammar.name_endings:
        return None
    return at + len(word)


def _heading_first_item(
    line: str, start: int, first: Number | None, last: tuple[str, int] | None, ahead: str
) -> tuple[int, Number, int, bool] | None:
    """Return where a heading's short title printed without 。 ends, the first item run on
    after it, where that item starts and whether spaces stand between them
    (八、相关责任单位及任务分工 （一）市发改委：…, or glued: 一、建立健全管理体制（一）加强…);
    else None. Only a section's heading (一、, （一）) reads so, and only an item numbered 1
    of another style, in brackets when glued: 一、X （一）Y 1、… reads twice. After spaces
    the item may also number on from the ``last`` item seen (（五）控制扬尘污染 30、… after
    29、), or, before the text's first, have any number the line or the next numbered one
    (``ahead``) goes on from (a page that starts inside the list: [接上页] （四）加强…
    27、新车…。（…） 28、…). Failing those, an item 1 in digits may be glued to a short
    title (``_glued_first``)."""
    if first is None or first.style not in SECTION_STYLES:
        return None
    ends, _ = _title_ends(line, start + len(first.label))
    if not ends:
        return _glued_first(line, start + len(first.label), first, ahead)
    found = ends[0]
    at = found.end()
    nxt = match_number(line[at : at + _LABEL_WINDOW])
    spaced = found.start() < at
    if (
        nxt is not None
        and nxt.style in (RUN_ON_STYLES if spaced else _BRACKETED)
        and nxt.style != first.style
        and (
            nxt.value == 1
            or (spaced and last == (nxt.style, nxt.value - 1))
            or (spaced and last is None and _numbered_on(line, ahead, at, nxt))
        )
        and _opens_text(line, at + len(nxt.label), nxt.style)
    ):
        return found.start(), nxt, at, spaced
    return _glued_first(line, start + len(first.label), first, ahead)


#: An item numbered 1 in digits glued to a heading's short title: （一）乡镇1.建成区….
_GLUED_FIRST = re.compile(f"(?<=[{HAN}])1(?:[.．、]| [.．])(?=“?[{HAN}])")
#: The longest short title such an item is glued to.
_GLUED_TITLE = 8


def _glued_first(
    line: str, title: int, first: Number, ahead: str
) -> tuple[int, Number, int, bool] | None:
    """Return where an item numbered 1 in digits glued to a heading's short title starts,
    with no mark in the title ((一)乡镇1.建成区…, a converter's line), as
    ``_heading_first_item`` does; else None. When the next line that opens with a number
    (``ahead``, past the item's body lines) opens with item 2 of its style, or item 2
    follows a clause's bracket later on the line, the title may be long and hold commas
    (一、对接市级平台，以…为目标，全力推进业务流程革命性再造1.实现… / 2.实现…; 一、加强科研能力
    建设,推进科研所改革与发展1.加强… / 按照… / 责任单位: / 2.加强…; （三）加快…体系建设1 .实施…。
    （X负责）2 .实施…), though no sentence's end."""
    found = _GLUED_FIRST.search(line, title + 2, min(len(line), title + _GLUED_TITLE + 1))
    long_title = found is None
    if long_title:
        found = _GLUED_FIRST.search(line, title + 2)
    marks = "。；;" if long_title else "。，,；;：:、"
    if found is None or any(m in line[title : found.start()] for m in marks):
        return None
    nxt = match_number(line[found.start() : found.start() + _LABEL_WINDOW])
    if nxt is None or nxt.style == first.style or not _opens_text(line, found.end(), nxt.style):
        return None
    # (the line up to the item only: a 2. later in its text is no next item)
    if long_title and not (
        _numbered_on(line[: found.end()], ahead, found.start(), nxt)
        or _next_after_clause(line, found.end(), nxt)
    ):
        return None
    return found.start(), nxt, found.start(), False


def _numbered_on(line: str, ahead: str, at: int, item: Number) -> bool:
    """Whether the line goes on after the item numbered in digits at ``at``, or the line
    ``ahead`` opens, with the next number of its style (27、… then 28、…)."""
    if not item.label[:1].isdigit():
        return False
    label = str(item.value + 1) + item.label.removeprefix(str(item.value))
    k = line.find(label, at + len(item.label))
    return (k > 0 and not line[k - 1].isdigit()) or ahead.lstrip(BLANKS).startswith(label)


def _title_ends(line: str, title: int) -> tuple[list[re.Match[str]], int]:
    """Return where a heading's short title from ``title`` on may end before an item run on
    after it (at spaces, or before a bracketed number glued to it), within the title's
    length and before its 。, and where that 。 stands (-1 when none does)."""
    limit = min(len(line), title + _HEADING_TITLE)
    end = line.find("。", title, limit)
    return list(_TITLE_END.finditer(line, title + 1, limit if end < 0 else end)), end


def _heading_ends_line(line: str, at: int, style: str, nxt: str) -> bool:
    """Whether a heading of another style with a short title runs from ``at`` to the line's
    end and the next line opens with the first item under it: …工作。 （三）工商部门： /
    1、在为…"""
    head = match_number(line[at : at + _LABEL_WINDOW])
    if head is None or head.style == style or head.style not in SECTION_STYLES:
        return False
    title = line[at + len(head.label) :].rstrip(BLANKS)
    item = match_number(nxt.lstrip(BLANKS))
    return (
        0 < len(title) <= _HEADING_TITLE
        and "。" not in title
        and item is not None
        and (item.style, item.value) == (style, 1)
    )


def _heading_then_item(line: str, cut: int, style: str, expected: int) -> tuple[int, int] | None:
    """Return where the next item starts, and its number, when a heading of another style
    stands between a clause's bracket and it, run on after spaces (a PDF's text): …配合单位：X）
    （四）简化施工招标前置要件。 12.简化…; else None. The heading's short title ends in 。
    or, printed without one, at the spaces before the item: （四）简化施工招标前置要件 12.简化….
    The items may be numbered on, or from 1 again under the heading (…负责实施）
    （二）提高基本医疗保障水平 1、提高…)."""
    at = _past_spaces(line, cut)
    head = match_number(line[at : at + _LABEL_WINDOW])
    if head is None or head.style == style or head.style not in SECTION_STYLES:
        return None
    if at == cut and head.style != "一、":
        return None  # glued to the bracket only a heading 二、 reads so: …〕二、建设…
    starts, end = _title_ends(line, at + len(head.label))
    for value in dict.fromkeys((expected, 1)):
        for gap in starts:
            glued = gap.start() == gap.end()
            if (not glued or style in _BRACKETED) and _is_item(line, gap.end(), style, value):
                return gap.start(), value
        if end >= 0 and _is_item(line, _past_spaces(line, end + 1), style, value):
            return end + 1, value
    return None


#: A heading of dashes before a list (——政府：, ——个人和家庭：), as plans of the 健康中国
#: actions print who each list is for.
_DASH_HEADING = re.compile(f"(——[{HAN}]{{1,12}}[：:])[ \u3000]*")


def _line_breaks(text: str, *finders: Callable[[str], Iterable[int]]) -> set[int]:
    """Return where a line of ``text`` is to be broken, as offsets in the text: each finder
    reads one line and returns where in it a new line starts."""
    found: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        for find in finders:
            found.update(pos + at for at in find(line))
        pos += len(line) + 1
    return found


def _dash_headings(line: str) -> set[int]:
    """Return where a heading of dashes run on after a sentence starts, and where the item 1
    after it does (5.…到位。 6.…。 ——政府: 1.研究…): on a line that opens with an item of
    the style numbered 1 after the heading. Then the line's items read as two lists."""
    found: set[int] = set()
    first = match_number(line.lstrip(BLANKS))
    style = first.style if first is not None else ""
    for gap in _SENTENCE_GAP.finditer(line) if style else ():
        head = _DASH_HEADING.match(line, gap.end())
        if head is not None and _is_item(line, head.end(), style, 1):
            found |= {gap.start() + 1, head.end(1)}  # the break after its colon
    return found


#: A unit's name and its colon before its duty, run on after a sentence's end and spaces:
#: …明确如下。 安监部门:负责… (the colon full-width by now).
_UNIT_DUTY = re.compile(rf"。[ \u3000]+([{HAN}（）()]{{2,20}})：(?=负责)")
#: The fewest such duties on a line for it to read as a list of them.
_UNIT_DUTIES = 2


def _unit_duties(line: str, endings: str) -> set[int]:
    """Return where the units' duties of a line that runs them together start (…如下。
    安监部门:负责…。 国土部门:负责…): after each sentence's end before a unit's name (its last
    character one of ``endings``), its colon and 负责, when the line holds two or more."""
    heads = [m for m in _UNIT_DUTY.finditer(line) if m.group(1)[-1] in endings]
    return {m.start() + 1 for m in heads} if len(heads) >= _UNIT_DUTIES else set()


def _past_cells(line: str, at: int, grammar: Grammar) -> int | None:
    """Return where the units cells from ``at`` on end, past the spaces after the last: words
    between spaces that each end as a unit's name ends (市外侨办, 各地区、各部门、各单位); None
    when no word does."""
    end = at
    while (m := _CELL_WORD.match(line, end)) is not None and _cell_of_units(m.group(1), grammar):
        end = m.end()
    return end if end > at else None


def _cell_of_units(word: str, grammar: Grammar) -> bool:
    """Whether a word between spaces reads as units: names apart by 、, each ending as a
    unit's name ends, in Chinese and brackets only."""
    names = word.split("、")
    return all(
        _CELL_NAME.fullmatch(n) is not None and n.rstrip("）)")[-1:] in grammar.name_endings
        for n in names
    )


def _past_header(line: str, at: int, grammar: Grammar) -> int:
    """Return where a table's header printed again at a page's top ends (工作要求 措施和目标
    牵头部门 责任单位, most of its words the grammar's column words), past its spaces; ``at``
    when none starts there."""
    end, words, known = at, 0, 0
    while words < _SPACED_HEADER and (m := _CELL_WORD.match(line, end)) is not None:
        word = m.group(1)
        if len(word) > _HEADER_WORD or not _CELL_NAME.fullmatch(word):
            break
        words += 1
        known += _known(word, grammar)
        end = m.end()
    return end if words >= 2 and 2 * known > words else at


def _word_end(line: str, at: int) -> int:
    """Return where the word before the spaces that end at ``at`` ends."""
    while at > 0 and line[at - 1] in " \u3000":
        at -= 1
    return at


#: A word between spaces, and the spaces after it.
#: (at most ``_CELL_NAMES`` names long: a line of no spaces is looked at a bounded stretch
#: at a time, never to its end at every sentence's end)
_CELL_NAMES = 16
_CELL_WORD = re.compile(f"([^ \u3000\n]{{1,{_CELL_NAMES * (MAX_UNIT + 1)}}})[ \u3000]+")
#: A unit's name in a cell: Chinese and brackets, two characters at least.
_CELL_NAME = re.compile(f"[{HAN}（）()]{{2,{MAX_UNIT}}}")
#: The longest word of a header printed again at a page's top.
_HEADER_WORD = 8


def _first_item_in_page(line: str) -> tuple[int, int, Number] | None:
    """Return where a line of a page printed on one line (``_PAGE_LINE`` characters or more)
    breaks before its first item, numbered 1 after a sentence's end (…减轻企业负担。1.严格
    执行…), where the item's number stands and the number; else None."""
    if len(line) < _PAGE_LINE:
        return None
    # …主要任务(一)高质量推进知识产权创造1.提升…: or glued to the short title of a group
    # numbered （一） (a break between two words, at no usual place)
    stops = sorted([*_STOP.finditer(line), *_GROUP_TITLE.finditer(line)], key=lambda m: m.end())
    for stop in stops:
        at = _past_spaces(line, stop.end())
        number = match_number(line[at : at + _LABEL_WINDOW])
        if number is None or number.value != 1 or number.style not in ITEM_STYLES:
            continue
        if _opens_text(line, at + len(number.label), number.style):
            return stop.end(), at, number
    return None


def _subject_glued(line: str, start: int, grammar: Grammar) -> list[re.Match[str]]:
    """Return each sentence's end glued to an item's number whose text opens with units as
    a duty's subject (…相关规章制度。3.人事财务科负责…, 2.局采购办根据…授权，负责…), no colon
    between: the items of a line that ran a list of units' duties together. A number glued
    to any other sentence (1、修路。全年完成。2、建桥。) shows no such run."""
    return [
        m
        for m in _ITEM_GLUED.finditer(line, start)
        if grammar.subject_pattern.match(line, m.end() + len(m.group(1))) is not None
    ]


def _is_item(line: str, item: int, style: str, expected: int) -> bool:
    """Whether the item numbered ``expected`` of ``style`` starts a text at ``item``."""
    nxt = match_number(line[item : item + _LABEL_WINDOW])
    if nxt is None or (nxt.style, nxt.value) != (style, expected):
        return False
    return _opens_text(line, item + len(nxt.label), style)


def _opens_text(line: str, at: int, style: str) -> bool:
    """Whether an item's text of ``style`` starts at ``at``: Chinese, or a date after a
    number no decimal can be mistaken for (（二）6月7日，…, 1、6月1日上午，…; not 1.6)."""
    dated = style != _DECIMAL_STYLE and _DATE.match(line, at) is not None
    # (1、“环境整洁…”由区卫生局负责。: a quotation opening the text)
    quoted = line.startswith("“", at) and HAN_CHAR.match(line, at + 1) is not None
    return dated or quoted or HAN_CHAR.match(line, at) is not None


#: The style whose mark a decimal point prints too (1.6月: no item's date).
_DECIMAL_STYLE = "1."
#: A date opening an item's text: 6月7日, 2026年3月.
_DATE = re.compile(r"\d{1,4}[年月]")


def _lost_item(line: str, since: int, before: int) -> int | None:
    """Return where an item that lost its number starts between the item at ``since`` and
    the clause that closes at ``before``: past the spaces after the last clause before it,
    when a sentence's end stands between (…（…） 制作…。（…）)."""
    end = before - 1  # the closing bracket of the lost item's clause
    for close in range(end - 1, since, -1):
        if line[close] == "）" and _after_clause(line, close + 1):
            start = _past_spaces(line, close + 1)
            return start if "。" in line[start:end] and start < end else None
    return None


def _skips_lost(line: str, closed: int, at: int, item: int, style: str, expected: int) -> bool:
    """Whether the item after a clause closing at ``at`` is numbered one past ``expected``
    because the item before it lost its number: the text since the clause before
    (``closed``) is a sentence closed by a clause of its own (…） 制作电子证照模板。…（责任
    单位：Y） 6.对接…)."""
    between = line[closed:at]
    return (
        "。" in between
        and _after_clause(line, at + 1)
        and _is_item(line, item, style, expected + 1)
    )


def _past_spaces(line: str, at: int) -> int:
    """Return where the spaces from ``at`` on end (``at`` itself when none follow)."""
    found = _SPACES.match(line, at)
    return found.end() if found is not None else at


#: A bullet a repost prints before each item in place of its number, after spaces: ● ◆ ■,
#: or the ? a lost bullet left (``??? 提升科技创新能力 ? 实施…``), which a space follows.
_BULLET = re.compile(
    rf"[ \u3000]+(?:{LOST_BULLET}[ \u3000]+|[{BULLET_MARKS}]{{1,3}}[ \u3000]*)(?=[{CJK}])"
)
#: The fewest bullets after a clause's bracket on a line for it to read as a list of them.
_BULLETED = 2


def _bullets(line: str) -> set[int]:
    """Return where each bullet of a line of bulleted items starts (…年内持续推进） ? 实施…):
    a line on which two or more bullets follow a clause's closing bracket; every bullet
    after spaces on it, a heading's too, then starts a line."""
    hits = [m for m in _BULLET.finditer(line) if m.start() > 0]
    closing = sum(line[m.start() - 1] in _CLAUSE_CLOSE for m in hits)
    return {m.start() for m in hits} if closing >= _BULLETED else set()


#: A circled number after a sentence's or a part's end, or a colon (…完成规划修编；②新建…).
_CIRCLED = re.compile(r"(?<=[：:；;。])[ \u3000]*([①-⑳])")
#: The fewest circled numbers in a row on a line for it to read as a list run together.
_CIRCLED_RUN = 3


def _circled_runs(line: str) -> set[int]:
    """Return where each circled item of a list run onto one line starts (年度重点任务：
    ①完成规划修编；②新建厂房；③开展排查。): three numbers or more in a row from ①, each after a
    sentence's or a part's end (the first after a colon, or opening the line)."""
    body = len(line) - len(line.lstrip(BLANKS))
    marks = {ord(m[1]) - ord("①"): m.start(1) for m in _CIRCLED.finditer(line)}
    if line.startswith("①", body):
        marks.setdefault(0, body)
    run = list(itertools.takewhile(marks.__contains__, itertools.count()))
    return {marks[n] for n in run if marks[n] > body} if len(run) >= _CIRCLED_RUN else set()


#: A line opening with a short label and its colon, then the first of its numbered points
#: (职责分工：（1）街道党政办负责…。（2）…): the label and the point's number.
_LABELLED_POINTS = re.compile(f"[ \u3000]*[{HAN}]{{2,8}}[：:](?=[（(]1[）)])")
#: A later point of such a line, after a sentence's end: （2）…
_NEXT_POINT = re.compile(r"(?<=[。；;])[ \u3000]*([（(](\d{1,2})[）)])")


def _labelled_points(line: str) -> set[int]:
    """Return where each numbered point of a line run together after its label starts
    (职责分工：（1）街道党政办负责…。（2）街道文化站负责…。): the first after the label's colon,
    each later one numbered on after a sentence's end; two points at least."""
    label = _LABELLED_POINTS.match(line)
    if label is None:
        return set()
    points = [label.end()]
    for m in _NEXT_POINT.finditer(line, label.end()):
        if int(m[2]) == len(points) + 1:
            points.append(m.start(1))
    return set(points) if len(points) > 1 else set()


def _breaker(breaks: set[int]) -> Callable[[re.Match[str]], str]:
    return lambda m: "\n" if m.start() in breaks else ""


def _page_items(text: str) -> set[int]:
    """Return where the headings and items of a page printed on one line, with no space
    between them, start: …制定本实施方案。一、加强要素支持（一）强化财税政策保障。…

    Only a line that holds nearly the whole page and opens with no number, or with a
    heading's (二、重点任务（一）…), reads so. A number counts in order of its style (一、 1,
    2…; （一） again from 1 under each heading, or numbered on from the heading before) after
    a sentence's end, a colon or a clause's bracket, or right after a heading's short title
    (an item's short title: its sub-item （1）); a first heading may be glued to the title
    when its own first sub-item follows its short title (…职责分解一、县城区办事处（一）…).
    The first number of a style may be past 1 right after a clause's bracket (a repost that
    lost its first items: …各乡镇）（三）实施…), and so may a later one there or after a
    heading's short title (2.…）4.…, …行动10.…).
    """
    lines = text.split("\n")
    at = max(range(len(lines)), key=lambda i: len(lines[i]))
    line = lines[at]
    opening = match_number(line.lstrip(BLANKS))
    if len(line) < _PAGE_SHARE * len(text):
        return set()
    if opening is not None and opening.style not in SECTION_STYLES:
        return set()  # (a page may open with its heading: 二、重点任务（一）…1.…)
    if line.count("|") >= _ROW_BARS:
        return set()  # a table row on one line: its cells hold the numbers (table.py)
    offset = sum(len(x) + 1 for x in lines[:at])
    found: list[int] = []
    styles: list[str] = []  # the styles in the order seen: outer first
    expected: dict[str, int] = {}
    last: dict[str, int] = {}  # the last number of each style: items numbered on across headings
    headed = -1  # where the last heading's (or item's) title starts
    headed_style = ""
    title = len(line) - len(line.lstrip(BLANKS)) + len(opening.label) if opening else -1
    if opening is not None and _glued_first_item(line, title):
        # 一、建立健全科普工作体系1.完善…: the page's own first heading, its first item glued
        # to its short title (after spaces, the item gets its line from split_inline_labels)
        styles.append(opening.style)
        expected[opening.style] = opening.value + 1
        last[opening.style] = opening.value
        headed, headed_style = title, opening.style
    for m in _PAGE_NUMBER_AT.finditer(line):
        number = match_number(line[m.start() : m.start() + _LABEL_WINDOW])
        if number is None or number.style not in _PAGE_STYLES:
            continue
        p = m.start()
        # a PDF's text joined with spaces: …的工作目标。 二、…稳定 （一）严密防范…
        before = _spaces_before(line, p)
        short = headed >= 0 and p - headed <= _HEADING_TITLE and "。" not in line[headed:p]
        # after an item's short title only its sub-item: 1.实行卫生保洁全覆盖管理（1）主次…
        short = short and (headed_style in SECTION_STYLES or number.style == "（1）")
        # a style's first number after spaces: a title printed without 。 stands before it
        # (…2008年民生工程目标 一、扶贫解困工程。)
        opens = number.value == 1 and number.style in SECTION_STYLES
        opens = opens and number.style not in styles
        # or glued to the title: …责任单位职责分解一、县城区办事处（一）积极…, where a first
        # sub-item after the heading's short title shows the number for one
        # or glued to a heading that lost its number, its items closed by labelled values:
        # …实施专项整治工作（一）…。责任部门：建工科、质监站（二）…
        # or after a comma, the next of its style after a clause's bracket later on
        # (…快速复苏，一、持续承办…（责任单位：…）二、办好…: the preamble's sentence lost)
        opens = opens and (
            before < p
            or _heads_sub_item(line, p + len(number.label), number.style)
            or _labelled_first(line, p, number)
            or (line[p - 1 : p] == "，" and _next_after_clause(line, p, number))
        )
        labelled = _after_label_value(line, headed, p)
        # a second list glued to its heading (after a labelled value, or a sentence's end and
        # the heading's short title), its items closed by labelled values as the first's
        restarts = (
            number.value == 1
            and number.style in styles
            and (labelled or _short_title_before(line, p))
            and _labelled_first(line, p, number)
        )
        if not (line[before - 1] in _PAGE_BEFORE or short or opens or labelled or restarts):
            continue
        if number.style not in styles:
            # a page cut above its first item starts past 1 after a clause only, or after a
            # paragraph's end in a PDF's text joined with spaces (…的工作目标。 二、…): its
            # first heading stood under the title, run on into it
            paragraph = before < p and line[before - 1] == "。"
            # …行动1.开展市容环境整治（2）创建目标…: a sub-item the page lost the first of,
            # right after its item's short title
            lost = short and number.style == "（1）"
            # (…等） （六）…: a clause, then spaces, then the number)
            if number.value != 1 and not (_after_clause(line, before) or paragraph or lost):
                continue
            styles.append(number.style)
        elif number.value != expected[number.style] and not (
            # 2.…（责任单位：…）（二）…行动5.…: numbered on under the next heading; 2.…）4.…
            # or …行动10.…: numbers the page lost, after a clause or a heading's short title
            number.value == last[number.style] + 1
            or (number.value > last[number.style] and (short or _after_clause(line, before)))
            or restarts
        ):
            continue
        skipped = number.style in last and number.value == last[number.style] + 2
        if skipped and found and _after_clause(line, before):
            # …）（四）…。（…） 制作…。（…） （六）…: the sentence closed by its own clause
            # between them is item 5, printed with no number: it starts a line too
            unnumbered = _lost_item(line, found[-1] - offset, before)
            found += [offset + unnumbered] if unnumbered is not None else []
        for deeper in styles[styles.index(number.style) + 1 :]:
            expected[deeper] = 1
        expected[number.style] = number.value + 1
        last[number.style] = number.value
        found.append(offset + p)
        headed = p + len(number.label) if number.style != "（1）" else -1
        headed_style = number.style
    return set(found) if len(found) >= _INLINE_LABELS else set()


def _next_after_clause(line: str, at: int, number: Number) -> bool:
    """Whether the number after ``number`` in its style follows a clause's closing bracket
    somewhere on the line after ``at``."""
    for closer in _CLOSERS.finditer(line, at):
        nxt = match_number(line[closer.end() : closer.end() + _LABEL_WINDOW])
        if nxt is not None and (nxt.style, nxt.value) == (number.style, number.value + 1):
            return True
    return False


def _glued_first_item(line: str, title: int) -> bool:
    """Whether the first number after a heading's short title from ``title`` on is an
    item's number 1 glued to it (…科普工作体系1.完善…), no sentence ended between."""
    end = min(len(line), title + _HEADING_TITLE)
    for m in _PAGE_NUMBER_AT.finditer(line, title, end):
        number = match_number(line[m.start() : m.start() + _LABEL_WINDOW])
        if number is None or number.style not in _PAGE_STYLES:
            continue
        glued = line[m.start() - 1] not in " \u3000" and "。" not in line[title : m.start()]
        return glued and number.value == 1
    return False


def _after_label_value(line: str, since: int, at: int) -> bool:
    """Whether position ``at`` ends a labelled clause's value run on after the title before
    it, no sentence ended after its colon:
    …整治提升责任科室（单位）：县总医院、县妇幼保健院（3）…"""
    colon = line.rfind("：", max(since, at - _LABEL_WINDOW * 4, 0), at)
    return (
        colon > 0
        and any(w in line[max(since, colon - _LABEL_WINDOW) : colon] for w in _CLAUSE_WORDS)
        and not any(m in line[colon:at] for m in "。；")
        and HAN_CHAR.match(line, at - 1) is not None
    )


#: A role's or a deadline's label and its colon, in a sentence closing an item.
_CLAUSE_LABEL = re.compile(f"(?:{'|'.join((*_CLAUSE_WORDS, '完成时间', '完成时限'))})[：:]")
_FULL_STOP = re.compile("。")


def _labelled_stops(line: str, start: int) -> list[int]:
    """Return where the sentences from ``start`` on that hold a clause's label end, right
    after their 。: …。责任单位：市林业局、鄂城区，完成时间：2009年5月10日前。3、完成…, where
    the next item may run on with no space."""
    found = []
    since = start
    for stop in _FULL_STOP.finditer(line, start):
        at = stop.end()
        if _CLAUSE_LABEL.search(line, since, at) is not None:
            found.append(at)
        since = at
    return found


def _short_title_before(line: str, at: int) -> bool:
    """Whether a short title with no comma stands between a sentence's end and ``at``
    (…工程科。做好配合工作（一）…): a heading that lost its number."""
    since = max(line.rfind(m, max(0, at - _HEADING_TITLE), at) for m in "。；：")
    return since >= 0 and at - since - 1 > 0 and "，" not in line[since:at]


def _labelled_first(line: str, at: int, number: Number) -> bool:
    """Whether a first number glued to the text before it opens items whose second follows
    a labelled value (…工作（一）建筑施工…。牵头领导：甲责任部门：建工科、质监站（二）…): the
    page lost the number of the heading before them."""
    end = min(len(line), at + _LABELLED_ITEM)
    for m in _PAGE_NUMBER_AT.finditer(line, at + len(number.label), end):
        found = match_number(line[m.start() : m.start() + _LABEL_WINDOW])
        if found is not None and found.style == number.style:
            return found.value == 2 and _after_label_value(line, at, m.start())
    return False


def _heads_sub_item(line: str, title: int, style: str) -> bool:
    """Whether a short title from ``title`` on runs into a first number (1) of another style
    (…一、县城区办事处（一）积极…): what shows a number glued to the text before it is a
    heading's."""
    for m in _PAGE_NUMBER_AT.finditer(line, title, min(len(line), title + _HEADING_TITLE)):
        number = match_number(line[m.start() : m.start() + _LABEL_WINDOW])
        if number is None or "。" in line[title : m.start()]:
            return False
        return number.value == 1 and number.style != style and number.style in _PAGE_STYLES
    return False


def _spaces_before(line: str, at: int) -> int:
    """Return where the spaces before position ``at`` start (``at`` itself when none do)."""
    while at > 0 and line[at - 1] in " \u3000":
        at -= 1
    return at


def _after_clause(line: str, at: int) -> bool:
    """Whether position ``at`` follows a bracket that names units by a label or a role word:
    …（责任单位：县工信商务局、各乡镇）（三）实施…"""
    if line[at - 1 : at] != "）":
        return False
    depth = 0
    for k in range(at - 1, max(-1, at - 1 - _CLAUSE_LENGTH), -1):
        depth += {"）": 1, "（": -1}.get(line[k], 0)
        if depth == 0:  # the bracket the clause opens with, past brackets inside it
            return any(w in line[k:at] for w in _CLAUSE_WORDS)
    return False


def _sub_items(line: str, start: int) -> set[int]:
    """Return where sub-items run together on an item's line begin, each with its clause:
    1.深化商事制度改革。（1）全面落实…（X牵头负责）（2）完善…: after the 。 before （1） and
    after the ） before each next one, in order, when at least two follow each other so."""
    first = line.find("。（1）", start)
    if first < 0:
        return set()
    found, n = {first + 1}, 2
    at = line.find(f"）（{n}）", first)
    while at >= 0:
        found.add(at + 1)
        n += 1
        at = line.find(f"）（{n}）", at)
    return found if n > 2 else set()


#: A unit's name alone after a sentence's end and a space, before an item 1 run on after it:
#: …结合起来。 县财政局 1.积极…: the name heads the items after it.
_NAME_HEAD = re.compile(rf"(?<=[。；])[ \u3000]([{HAN}（）()]{{2,20}})(?=[ \u3000]+1[.．、])")
#: …and opening the line: 县文明办 1.组织…
_NAME_OPENING = re.compile(rf"[ \u3000]*([{HAN}（）()]{{2,20}})[ \u3000]+1[.．、]")
#: An item's number printed as one glyph after a space (⒈ ⒉ … ⒛).
_INLINE_GLYPH = re.compile(rf"[ \u3000]([⒈-⒛])(?=[ \u3000]?[{CJK}])")
#: An article's number (第九条), a space after it.
_ARTICLE_NUMBER = rf"第[{NUMERALS}]{{1,4}}条(?=[ \u3000])"
#: An article's number opening a text (第九条 乡（镇）人民政府…).
_ARTICLE_AT = re.compile(_ARTICLE_NUMBER)
#: An article's number (第十三条) after a sentence's end and a space.
_INLINE_ARTICLE = re.compile(rf"(?<=。)[ \u3000]({_ARTICLE_NUMBER})")
#: A bracketed heading printed as one glyph (㈠ … ㈩) after a sentence's end and a space.
_INLINE_GLYPH_HEADING = re.compile(rf"(?<=。)[ \u3000]([㈠-㈩])(?=[ \u3000]?[{CJK}])")
#: A bracketed heading after a space: …制定本计划。 一 完善制度 （一）完善法规 1.推动…
_INLINE_BRACKETED = re.compile(rf"[ \u3000]（([{NUMERALS}]{{1,3}})）(?=[{CJK}])")


def _sentence_items(line: str, name_endings: str) -> set[int]:
    """Return where the items and headings of a page printed on one line start.

    …。 1.把…。（省商务厅…负责） 2.落实… 二、深化改革 3.优化…: an item number (1. 2. 3. in
    order from the first one seen, or 1. again after a heading; or one glyph, ⒊) or a
    heading (一、 二、 in order; or one glyph after a sentence's end, ㈡) counts after a
    sentence's end (``_ITEM_BEFORE``, or a clause's ``）；``) and a space; an item number
    also right after a heading.
    """
    named = [
        m.start() for m in _NAME_HEAD.finditer(line) if m.group(1)[-1:] in name_endings
    ]  # 0 stands for a name's heading: …。 县财政局 1.…
    # a bracketed heading after a heading's short title printed without 。 (。 一 完善制度
    # （一）…): None, the item numbers under it start again at 1.
    bracketed = [
        m.start()
        for m in _INLINE_BRACKETED.finditer(line)
        if _title_since_sentence(line, m.start())
    ]
    # headings numbered with no bracket to count in order: one glyph (…。 ㈡ 乡镇人民政府、
    # 街道办事处。 ⒈ 乡镇、街道设立…) or an article's number (…社会责任。 第十三条 共青团…)
    headings = [m.start() for m in _INLINE_GLYPH_HEADING.finditer(line)]
    headings += [m.start() for m in _INLINE_ARTICLE.finditer(line)]
    events: list[tuple[int, int | None]] = sorted(
        [(m.start(), int(m.group(1))) for m in _INLINE_NUMBER.finditer(line)]
        + [(m.start(), to_int(m.group(1))) for m in _INLINE_GLYPH.finditer(line)]
        + [(m.start(), -to_int(m.group(1))) for m in _INLINE_HEADING.finditer(line)]
        + [(at, 0) for at in named]
        + [(at, None) for at in (*bracketed, *headings)],
        key=lambda event: event[0],
    )
    found: set[int] = set()
    expected: int | None = None  # a page cut above its first item starts at 2.
    opening = _NAME_OPENING.match(line)
    heading = 1
    headed = opening is not None and opening.group(1)[-1:] in name_endings
    for at, value in events:
        closed = at > 0 and (line[at - 1] in _ITEM_BEFORE or line[at - 2 : at] == "）；")
        if not value:  # a unit's name over the items after it, or a bracketed heading
            found.add(at)
            headed = True
        elif value < 0:
            if -value == heading and closed:
                found.add(at)
                heading, headed = heading + 1, True
        elif (closed or headed) and (expected in (None, value) or (headed and value == 1)):
            found.add(at)
            expected, headed = value + 1, False
    return found


def _title_since_sentence(line: str, at: int) -> bool:
    """Whether a heading's short title, printed without 。 or any mark of a sentence, stands
    between the last sentence's end (or clause's bracket) before ``at`` and ``at``."""
    since = max(0, at - _HEADING_TITLE - _TITLE_SPACES)  # (a longer title is none: look no
    end = max(line.rfind(mark, since, at) for mark in _ITEM_BEFORE)  # further back)
    if end < 0:
        return False
    title = line[end + 1 : at].strip(" \u3000")
    return 0 < len(title) <= _HEADING_TITLE and not any(m in title for m in "，；、")
