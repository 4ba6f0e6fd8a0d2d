"""Read a task card: one task printed as labelled lines, a field a line, as a city's page of
its key work's progress prints it (a table of two columns, label and value, flattened):

    重点工作: | 135.统筹违法建设治理与城市更新，促进违法建设科学分类治理。 |
    牵头单位: | 市城市管理综合执法局 |
    年度阶段性工作目标: | 第一季度：… |

- A field line opens with a label of at most a header word's length, then ``：``/``:``
  and/or a bar, then its value; the lines below it up to the next field line continue it
  (a units field never runs on into a heading, 三、…, nor any field into the next card's).
- A card opens at a field whose label is a title word (重点工作, 工作任务: ``[table] title``)
  and runs to the next such field. Labels the header words know (牵头单位, 责任单位, 完成时限)
  give the card's columns; the others (年度阶段性工作目标, 进展情况) are read for nothing.
- A card is a task only when it names a lead or responsible unit.
- Its number is the one its title value opens with (135.), else its place among the tasks.
- A card may print its labels alone on their lines, no colon, each over its value (one
  row of a table laid out down the page: 具体任务 / … / 责任单位 / …); its last value is
  its first line only.
- A short numbered heading on the line above (一、全域治水攻坚与饮水保供项目, no 。) is the
  card's number and title; the title field (目标任务：…) is then its body.
"""

from __future__ import annotations

import re

from pipeline.grammar import BODY, NUMBER, TITLE, Grammar
from pipeline.model import Role
from pipeline.numbering import SECTION_STYLES, Number, match_number
from pipeline.parse import loose
from pipeline.parse.loose import bar_ended
from pipeline.parse.table_header import WORD, Column, column
from pipeline.parse.table_rows import Row
from pipeline.read.chinese import BLANKS, HAN

Span = tuple[int, int]
#: The longest label: two header words with a space between.
_LABEL = 2 * WORD
#: A field line: a label (Chinese words, a space between two: 进展情况、存在问题 及下一步工作建议),
#: then a colon, a bar or both.
_FIELD = re.compile(
    rf"[ \t\u3000|]*([{HAN}](?:[{HAN}、]| (?=[{HAN}])){{1,{_LABEL}}})"
    rf"[ \t\u3000]*(?:[:：][ \t\u3000]*\|?|\|)[ \t\u3000]*"
)
#: Bounds that keep a hostile file linear: the fields of one card, the lines of one field.
_FIELDS = 16
#: A label standing alone on its line: Chinese only.
_BARE = re.compile(f"[{HAN}]+")
_FIELD_LINES = 40
#: The most characters of a heading's title above a card, and the indents before its number.
_HEADING_TITLE = 40


def card_table(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[Column], list[Row], int] | None:
    """Return the card that opens at line ``i`` as a table of one row, and the line after it."""
    found = _FIELD.match(text, *lines[i])
    if found is not None and _kind(found.group(1), grammar) == TITLE and found.end() < lines[i][1]:
        if _units_above(text, lines, i, grammar):
            return None  # (一)政策法规。 / 牵头单位：X / 成员单位：Y / 主要任务：…: the item's
        fields, j = _fields(text, lines, i, grammar)
    elif (bare := _bare_fields(text, lines, i, grammar)) is not None:
        fields, j = bare
    else:
        return None  # (主要任务： over numbered items is a heading: its value is on its line)
    title = fields[0][1]
    if not {Role.LEAD, Role.RESPONSIBLE} & {kind for kind, (s, e) in fields if e > s}:
        return None
    columns: list[Column] = []
    cells: list[Span] = []
    own = loose.own_number(text, title)
    heading = _heading(text, lines, i, grammar)
    if heading is not None:  # 一、全域治水攻坚项目 / 目标任务：…: the heading titles the card
        number, title = heading
        columns += [NUMBER, TITLE]
        cells += [number, title]
        fields[0] = (BODY, fields[0][1])
    elif own is not None:  # 135.统筹违法建设治理…: the card's number
        columns.append(NUMBER)
        cells.append((title[0], title[0] + len(own.label)))
    for kind, span in fields:
        if kind is not None and kind not in columns:  # a second title field is read for nothing
            columns.append(kind)
            cells.append(span)
    # a heading past fields read for nothing ((1)公租房保障 / 服务对象：…) opens the row, which
    # is then the item's task; one right above a card leaves the row at its first field
    apart = heading is not None and heading[0][0] < lines[i - 1][0]  # above the line above
    start = heading[0][0] if heading is not None and apart else lines[i][0]
    row = Row(start, max(e for _, (_, e) in fields), tuple(cells))
    return columns, [row], j


def _units_above(text: str, lines: list[Span], i: int, grammar: Grammar) -> bool:
    """Whether the line right above line ``i`` (past blank ones) is a field naming units: a
    title field after its units closes an item's labelled lines, no card opens there."""
    k = i - 1
    while k >= 0 and not text[slice(*lines[k])].strip(BLANKS):
        k -= 1
    found = _FIELD.match(text, *lines[k]) if k >= 0 else None
    return found is not None and isinstance(_kind(found.group(1), grammar), Role)


def _heading(text: str, lines: list[Span], i: int, grammar: Grammar) -> tuple[Span, Span] | None:
    """Return the number and the title of a short numbered heading on the line above a card
    (一、全域治水攻坚与饮水保供项目, no 。 nor colon): the project's name, whose 目标任务 field
    is then its body. Blank lines may stand between, and fields whose labels name nothing
    the grammar reads ((1)优待抚恤 / 服务对象：… / 服务内容：…)."""
    k = i - 1
    while k > max(i - _FIELDS, 0) and _unread_line(text, lines[k], grammar):
        k -= 1
    if k < 0:
        return None
    s, e = lines[k]
    while s < e and text[s] in BLANKS:
        s += 1
    number = match_number(text[s:e])
    if number is None:
        return None
    title = loose.trim(text, s + len(number.label), e)
    words = text[title[0] : title[1]]
    if not words or len(words) > _HEADING_TITLE or any(c in words for c in "。：:|"):
        return None
    return (s, s + len(number.label)), title


def _unread_line(text: str, line: Span, grammar: Grammar) -> bool:
    """Whether a line is blank, or a field whose label names nothing the grammar reads."""
    if not text[slice(*line)].strip(BLANKS):
        return True
    found = _FIELD.match(text, *line)
    return found is not None and _kind(found.group(1), grammar) is None


def _fields(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[tuple[Column, Span]], int]:
    """Return the fields of the card from line ``i`` (each label's column and value span),
    and the line after them."""
    fields: list[tuple[Column, Span]] = []
    j = i
    while j < len(lines) and len(fields) < _FIELDS:
        found = _FIELD.match(text, *lines[j])
        if found is None:
            break
        kind = _kind(found.group(1), grammar)
        if kind == TITLE and fields:
            break  # the next card's title
        start, end = found.end(), lines[j][1]
        j += 1
        points = 0  # the last of the value's own numbered points (1. 2. …)
        for _ in range(_FIELD_LINES):  # the lines up to the next field continue its value,
            # unless its cell closed with a bar (2026年12月底 |)
            number = match_number(text[slice(*lines[j])].lstrip(BLANKS)) if j < len(lines) else None
            if (
                j == len(lines)
                or _FIELD.match(text, *lines[j])
                or bar_ended(text, start, end)  # a field's value closed by its bar
                or _heads_card(text, lines, j, grammar)
                or _bare_kind(text, lines[j], grammar) == NUMBER  # 附件：… / 序号: a table's header
                or (isinstance(kind, Role) and number is not None)
                or (kind == TITLE and number is not None and not _point(number, points))
            ):  # (units never run on into a heading or an item: 责任单位：区交通局 / 三、…; a
                # title only into its own points: 主要目标：… / （一）推动… / 4.开展… is none)
                break
            points = number.value if number is not None else points
            end = lines[j][1]
            j += 1
        fields.append((kind, loose.trim(text, start, end)))
    return fields, j


def _point(number: Number, last: int) -> bool:
    """Whether a numbered line goes on with a field's own points (1. after none, 2. after
    1.): an item's style numbered from 1, never a section's (一、, （一）)."""
    return number.style not in SECTION_STYLES and number.value == last + 1


def _bare_fields(
    text: str, lines: list[Span], i: int, grammar: Grammar
) -> tuple[list[tuple[Column, Span]], int] | None:
    """Return the fields of a card whose labels stand alone on their lines, no colon, each
    over its value (具体任务 / … / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇: one row of a
    table laid out down the page), and the line after them; else None. The last field's value
    is its first line only."""
    if _bare_kind(text, lines[i], grammar) != TITLE:
        return None
    fields: list[tuple[Column, Span]] = []
    j = i
    # (整改任务 / / 河长巡查流于形式。… / / 责任单位 / / X、Y: a page may part each label and
    # value by blank lines)
    spaced = _filled(text, lines, i + 1) > i + 1
    while j + 1 < len(lines) and len(fields) < _FIELDS:
        kind = _bare_kind(text, lines[j], grammar)
        value = _filled(text, lines, j + 1) if spaced else j + 1
        if value == len(lines):
            break
        if kind is None or (kind == TITLE and fields) or _is_label(text, lines[value], grammar):
            break  # a value where a label was due, the next card, or a label with no value
        start, end = lines[value]
        j = value + 1
        for _ in range(_FIELD_LINES):
            if j == len(lines) or not text[slice(*lines[j])].strip(BLANKS):
                break
            if _is_label(text, lines[j], grammar):
                break
            end = lines[j][1]
            j += 1
        fields.append((kind, loose.trim(text, start, end)))
        if spaced:
            j = _filled(text, lines, j)
    if len(fields) < 2:
        return None
    if j < len(lines) and not _is_label(text, lines[j], grammar):
        kind, (start, _) = fields[-1]  # the last value: its first line, not the page's footer
        line_end = text.find("\n", start)
        fields[-1] = (kind, loose.trim(text, start, line_end if line_end >= 0 else len(text)))
    return fields, j


def _filled(text: str, lines: list[Span], j: int) -> int:
    """Return the index of the first line from ``j`` on that holds more than blanks (the
    count of lines when none does)."""
    while j < len(lines) and not text[slice(*lines[j])].strip(BLANKS):
        j += 1
    return j


def _bare_kind(text: str, span: Span, grammar: Grammar) -> Column:
    """Return the column a line holding only a header word names, else None."""
    word = text[slice(*span)].strip(BLANKS)
    if not word or len(word) > _LABEL or _BARE.fullmatch(word) is None:
        return None
    return _kind(word, grammar)


def _is_label(text: str, span: Span, grammar: Grammar) -> bool:
    return _bare_kind(text, span, grammar) is not None


def _heads_card(text: str, lines: list[Span], j: int, grammar: Grammar) -> bool:
    """Whether line ``j`` is the short numbered heading of the card on the line after it."""
    if j + 1 >= len(lines) or _heading(text, lines, j + 1, grammar) is None:
        return False
    found = _FIELD.match(text, *lines[j + 1])
    return found is not None and _kind(found.group(1), grammar) == TITLE


def _kind(label: str, grammar: Grammar) -> Column:
    kind = column(label, grammar)
    if kind is None and grammar.title_like(label):
        return TITLE
    return kind
