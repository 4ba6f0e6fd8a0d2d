"""Read a task table's header: which column each header word names.

The number, title, body, group and progress words of schemas/grammar.toml's [table] and the
clause labels for the roles, the deadline and the leaders name the columns; a body column
(主要内容) is the title only in a table without a title column. Used by every table layout.
"""

from __future__ import annotations

import re

from pipeline.grammar import BODY, CLAUSE, DEADLINE, HEADER_LEGEND, NUMBER, TITLE, Grammar, Kind
from pipeline.model import Role

Column = Kind | None
#: Bounds that keep a hostile file linear: the length of a header word, columns of a table.
WORD = 16
COLUMNS = 16
#: A year before a header word (2022年预期目标): the column is the word's.
_YEAR = re.compile(r"\d{4}年(?=\D)")
#: A qualifier in brackets after a header word (责任股室（单位）, 完成时限（月份）).
_QUALIFIER = re.compile(r"（[^（）]{1,6}）$")
#: What joins two role words one column may be headed by: 责任单位或牵头单位.
_EITHER = "或"
#: What joins the words of two roles heading one column: 牵头单位、相关单位, 牵头单位/配合单位.
_BOTH = re.compile("[、/／]|及")
#: The longest header word of two roles joined so: two header words and their joiner.
_BOTH_WORD = 2 * WORD + 1
#: What a legend says of the units it marks no lead: they cooperate.
_OTHERS_COOPERATE = tuple(f"{w}为{r}" for w in ("其余", "其他") for r in ("参与", "配合", "协同"))
#: A period ending a header line (第二季度, 1-6月, 上半年) before its progress word.
_PERIOD = re.compile(r"(季度|月份?|年度?|半年)$")
#: A period alone: 一季度, 第二季度, 上半年, 1月, 1-6月.
_PERIOD_ALONE = re.compile(
    r"第?[一二三四1-4]季度|[上下]半年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底)?"
)


def column(word: str, grammar: Grammar) -> Column:
    """Return the column a header word names (past a year before it, a bracket after it)."""
    word = "".join(word.split())
    year = _YEAR.match(word)
    word = word[year.end() :] if year else word
    legend = HEADER_LEGEND.search(word)
    if legend and legend.start() > 0:  # what its marks mean is the cells' to read
        kind = column(word[: legend.start()], grammar)
        if isinstance(kind, Role) and any(w in legend.group() for w in _OTHERS_COOPERATE):
            return Role.COOPERATING  # （加*号为牵头部门，其余为参与部门）: the marked lead
        return kind
    qualified = _QUALIFIER.search(word)
    if qualified and qualified.start() > 0:
        # 责任股室（单位）: the bracket says what the word means, the word names the column
        return column(word[: qualified.start()], grammar) or grammar.column_of(word)
    found = grammar.column_of(word)
    if found is None and _EITHER in word:
        # 责任单位或牵头单位, 牵头或责任单位: either word may head the units; the first names them
        first, _, second = word.partition(_EITHER)
        found = column(first, grammar) or column(second, grammar)
        return found if isinstance(found, Role) else None
    both = _BOTH.split(word) if found is None and len(word) <= _BOTH_WORD else []
    if len(both) == 2:
        # 牵头单位、相关单位: one column for two roles, each cell's lines labelled with theirs
        # (牵头单位：市文物局 / 相关单位：市政府办); a cell with no label is the first's (two
        # words joined once, each a header word: no word of a long line is read again)
        kinds = [column(w, grammar) for w in both]
        return kinds[0] if all(isinstance(k, Role) for k in kinds) else None
    return found


def header(words: list[str], grammar: Grammar) -> list[Column] | None:
    """Return the columns a header's words name, or None when they head no task table."""
    return is_header(titled(words, [column(w, grammar) for w in words], grammar))


def titled(words: list[str], columns: list[Column], grammar: Grammar) -> list[Column]:
    """Return ``columns`` with the first unknown header cell that holds a title word
    (具体工作任务和要求, 内容与要求: ``[table] title_parts``) as the title column, when no
    cell is exactly a title word; the other unknown cells (落实情况) stay unread."""
    if TITLE in columns:
        return _task_before_content(words, columns)
    if any(isinstance(c, Role) for c in columns):
        # 序号 | 涉及部门 | 职责分工, 部门名称 | 主要职责: beside a unit column, the duties
        # are the rows' titles
        pairs = enumerate(zip(words, columns, strict=True))
        duty = next((k for k, (w, c) in pairs if duty_word(w, c, grammar)), None)
        if duty is not None:
            return [*columns[:duty], TITLE, *columns[duty + 1 :]]
    for k, (word, kind) in enumerate(zip(words, columns, strict=True)):
        if kind is None and grammar.title_like("".join(word.split())):  # 名 称: a spaced word
            return [*columns[:k], TITLE, *columns[k + 1 :]]
    # 县（市、区） | 碳强度下降目标 | 责任部门: a table of targets by place, no title word in its
    # header, names each row by its first cell
    first = next((k for k, c in enumerate(columns) if c != NUMBER), None)
    if (
        first is not None
        and columns[first] is None
        and any(isinstance(c, Role) for c in columns)
        and not grammar.read_for_nothing(words[first])
    ):
        return [*columns[:first], TITLE, *columns[first + 1 :]]
    return columns


def duty_word(word: str, kind: Column, grammar: Grammar) -> bool:
    """Whether a header word heads a column of duties: 职责分工, or a word a heading over
    a unit's duties ends with (主要职责, 工作职责, 职责) that heads nothing else."""
    return kind == CLAUSE or (kind is None and word in grammar.owner_tails)


#: What an unknown header cell before a content column holds that names the task: the
#: content column then says what the task involves.
_TASK_WORD = "任务"
_CONTENT_WORD = "内容"


def _task_before_content(words: list[str], columns: list[Column]) -> list[Column]:
    """Return ``columns`` with an unknown cell naming the task before a title column of
    content (重点工作任务和保障措施 | 工作内容) as the title column, the content column then
    one more title column, which the table reads as its body."""
    k = columns.index(TITLE)
    if _CONTENT_WORD not in words[k]:
        return columns
    before = [j for j in range(k) if columns[j] is None and _TASK_WORD in words[j]]
    return [*columns[: before[0]], TITLE, *columns[before[0] + 1 :]] if before else columns


def is_header(columns: list[Column]) -> list[Column] | None:
    """Return ``columns`` when they head a task table (a title, a lead or responsible column)."""
    if TITLE not in columns and BODY in columns:  # 主要内容 is the title of a table without one
        k = columns.index(BODY)
        columns = [*columns[:k], TITLE, *columns[k + 1 :]]
    roles = {c for c in columns if isinstance(c, Role)}
    if TITLE in columns and roles & {Role.LEAD, Role.RESPONSIBLE}:
        return columns
    return None


def header_wrap(before: str, word: str, grammar: Grammar) -> bool:
    """Whether two header lines are one cell wrapped: a title word runs across them (攻坚目标
    / 任务 holds 目标任务), or a period is followed by a progress word (第二季度 / 完成情况)."""
    joined, cut = before + word, len(before)
    for title in grammar.title_headers:
        at = joined.find(title)
        if 0 <= at < cut < at + len(title):
            return True
    period = _PERIOD.search(before) is not None and column(before, grammar) is None
    return period and any(word.startswith(p) for p in grammar.progress_parts)


def without_periods(words: list[str], grammar: Grammar) -> list[str]:
    """Drop the periods a merged deadline or progress cell spans (完成时限 over 一季度 / 二季度
    / 三季度 / 四季度): the header's last words, each a period alone, after such a word; a
    row gives the cells under them as one."""
    k = len(words)
    while k > 0 and _PERIOD_ALONE.fullmatch(words[k - 1]):
        k -= 1
    if k == len(words) or k == 0:
        return words
    before = words[k - 1]
    spans = column(before, grammar) == DEADLINE or any(p in before for p in grammar.progress_parts)
    return words[:k] if spans else words


def header_word(word: str, grammar: Grammar) -> bool:
    """Whether a line is a header cell: a header word, or one holding a title or progress
    word the parser reads nothing from (下步举措, 进展情况)."""
    parts = (*grammar.title_parts, *grammar.progress_parts)
    word = "".join(word.split())  # 名 称: a word printed with its letters spaced
    return len(word) <= WORD and (
        column(word, grammar) is not None or any(p in word for p in parts)
    )


def all_known(words: list[str], columns: list[Column], grammar: Grammar) -> bool:
    """Whether every word of a space-aligned header is a header word or one of a column
    read for nothing (上半年推进情况, 政策依据: ``[table] progress`` and ``unread``)."""
    return all(
        c is not None or grammar.read_for_nothing(w) for w, c in zip(words, columns, strict=True)
    )
