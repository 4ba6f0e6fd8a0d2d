"""Load and check the clause grammar declared in schemas/grammar.toml.

The grammar is read once (``load_grammar``) and passed to the parser; nothing here reads
the disk at import time. Every list is checked: an unknown table or key, a value that is
not a list of non-empty strings, or a bracket pair that is not two characters is refused
with the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.errors import ParseError
from pipeline.model import Role
from pipeline.numbering import STYLES
from pipeline.read.chinese import HAN, NUMERALS

#: A table's own columns, besides those a label names: its number, the task's title, the
#: body (what a task involves), and a group (类别, 分类: a category merged over rows).
NUMBER, TITLE, BODY = "number", "title", "body"
GROUP = "group"

#: Every table of the grammar file and the keys it must have.
SHAPE: dict[str, tuple[str, ...]] = {
    "brackets": ("pairs",),
    "labels": (
        "lead",
        "responsible",
        "cooperating",
        "deadline",
        "leaders",
        "clause",
        "note",
        "members",
        "levels",
        "principal",
    ),
    "suffixes": (
        "lead",
        "responsible",
        "cooperating",
        "lead_ins",
        "hosts",
        "under_host",
        "organised",
        "partner_tails",
        "after_name",
        "verbs_before",
    ),
    "units": (
        "separators",
        "etc",
        "collective_heads",
        "collective_levels",
        "collective_tails",
        "lead_marks",
        "lead_marks_after",
        "collective_joiners",
        "bare_bodies",
        "bare_kinds",
        "unit_heads",
        "name_endings",
        "event_endings",
        "prose_words",
        "person_titles",
        "pending",
        "none_marks",
    ),
    "notes": ("forward", "first_listed_lead", "comma_lead", "short_form", "remit", "deadline"),
    "outline": (
        "heading_tails",
        "owner_tails",
        "announce_lists",
        "as_follows",
        "announce_nouns",
        "roster_labels",
        "kind_qualifiers",
        "catch_all",
        "connectives",
        "subject_verbs",
        "subject_roles",
        "not_subject_verbs",
        "subject_joins",
        "subject_partners",
        "subject_helpers",
        "titled_subject_verbs",
        "led_by",
        "footer_labels",
        "page_labels",
        "subitems",
        "title_labels",
        "quoted_titles",
        "counted_nouns",
        "measure_labels",
        "duty_sections",
        "frame_sections",
        "task_sections",
        "issuing_notice",
    ),
    "table": (
        "number",
        "group",
        "sub_levels",
        "title",
        "title_parts",
        "progress",
        "unread",
        "body",
        "lead",
        "responsible",
        "leaders",
        "deadline",
    ),
}

#: What a label introduces besides a role.
DEADLINE = "deadline"
LEADERS = "leaders"
CLAUSE = "clause"  # a label whose value is a label-less clause
NOTE = "note"  # a label whose line, as printed, goes to the task's note (督办单位：…)
MEMBERS = "members"  # 成员单位：…: cooperating beside a lead's label, else read for nothing
#: The [table] keys that name what a column holds besides the number, title and body.
_HEADER_KINDS = ("lead", "responsible", "leaders", "deadline")
Kind = Role | str
_HAN = f"[{HAN}]"
#: The most names or levels one collective joins with 、 (各县、市、区政府: 3).
_SHARED_PLACES = 12
#: The most characters a bracket ending a collective holds (各开发区、镇（街道）: 2).
_BRACKET = 8
#: The most characters between a count of a unit's people and the word they lead with
#: (1名县级领导带队).
_LEADER_WORDS = 8
#: The most characters of a short title before its units open the next sentence.
_SHORT_TITLE = 20
#: The most sentences with no subject of their own (要加大…。) between that short title and
#: the sentence its units open, and the most characters of each.
_SKIPPED_DUTIES = 3
_SKIPPED_DUTY = 200
#: The most characters of each unit's name opening the sentence after that short title.
_TITLED_NAME = 20
#: The most levels printed together as one (各县市区: 3).
_RUN_LEVELS = 3
#: The most units joined by 、 as one item's subject (市农办、市建设局、…、市旅游局主要做好…).
_SUBJECTS = 30
#: What follows a verb inside a collective's name (相关负责部门, 有关负责单位).
_KIND_AFTER_VERB = "部门|单位"
#: The most units an owner's line names before its word and colon (公安、交通部门职责：).
_OWNERS = 10
#: What no department's field in a list of fields holds besides a helper's word
#: (``subject_helpers``): the kind, or a charge's word.
_NOT_IN_FIELD = ("部门", "负责", "牵头")
#: The most characters between the words announcing a list and what it lists (下列消防工作职责: 4).
_ANNOUNCED_WORDS = 8
#: The most characters of one unit's name (中国（河南）自由贸易试验区郑州片区管理委员会: 22).
MAX_UNIT = 24
#: A legend in brackets after a table's header word, saying what a mark in its cells means
#: (责任部门（加*号为牵头部门，其余为参与部门）): the word names the column.
HEADER_LEGEND = re.compile(r"[（(][^（）()]{7,40}[）)]$")
#: A count heading a collective of levels: 13个街道、镇.
_COUNT = "[0-9０-９]{1,3}个"


class GrammarError(ParseError):
    """The clause grammar file is malformed."""


@dataclass(frozen=True, slots=True)
class Grammar:
    """The clause grammar: labels, suffixes, brackets, separators, etc. markers, notes."""

    pairs: tuple[tuple[str, str], ...]
    labels: tuple[tuple[str, Kind], ...]  # longest first
    suffixes: tuple[tuple[str, Role], ...]  # longest first
    separators: str
    etc: tuple[str, ...]  # longest first
    # 各县、市、区政府: heads, two or more levels joined by 、, a tail; one unit.
    collective: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    lead_marks: tuple[str, ...]  # ▲发改局: a mark before a unit that makes it the lead
    lead_marks_after: tuple[str, ...]  # 区财政局*: a mark after a unit that makes it the lead
    collective_joiners: tuple[str, ...]  # 市级各有关部门及各县市区政府: two units
    bare_bodies: tuple[str, ...]  # 党委和人民政府: a body after 和 that names no place
    bare_kinds: tuple[str, ...]  # 有关部门、单位: a kind alone after 、 joins the item before
    unit_heads: tuple[str, ...]  # 市公安消防支队主要领导: the unit's head after its name
    name_endings: str  # the last character of a unit's name; place names end in none
    event_endings: tuple[str, ...]  # 运动会, 晚会: an event's name, never a unit's
    prose_words: tuple[str, ...]  # 按照: words of prose, never inside a unit's name
    person_titles: tuple[str, ...]  # 副市长, 党组成员: a value ending so is a person
    pending: tuple[str, ...]  # 另行确定: a value naming no unit yet, the task's note
    none_marks: tuple[str, ...]  # 配合部门 | / |: a value marking no unit at all
    principal: tuple[str, ...]  # 责任主体：X；责任单位：Y: X leads where no label names a lead
    heading_tails: tuple[str, ...]  # 一、X牵头工作: a heading naming its group's lead
    owner_tails: tuple[str, ...]  # （八）县经济局主要工作任务: a heading naming its items' unit
    announce_lists: tuple[str, ...]  # 县教育局要做好以下工作：: units announcing the items below
    as_follows: tuple[str, ...]  # 村委会在…中具体责任如下：: units and their duties below
    announce_nouns: tuple[str, ...]  # …履行下列消防工作职责：: what the announced items are
    roster_labels: tuple[str, ...]  # 组长：张三: a body's roster line, people and no duty
    kind_qualifiers: tuple[str, ...]  # 明确部门职责: a word before 部门 that names no field
    catch_all: tuple[str, ...]  # 其他部门: the units a plan has not named
    connectives: tuple[str, ...]  # 即县水务局牵头，…: a word before a duty's subject
    subject_verbs: tuple[str, ...]  # 1、派出所负责…: the word after an item's opening unit
    subject_roles: tuple[str, ...]  # 市安监局牵头负责…督查: a role word there, no title's
    not_subject_verbs: tuple[str, ...]  # 平利花园对面: a verb's start that opens no verb
    subject_joins: tuple[str, ...]  # 农服中心组织兽医站负责: before a second, responsible unit
    subject_partners: tuple[str, ...]  # 派出所会同监管所负责: before a cooperating unit
    subject_helpers: tuple[str, ...]  # 新闻办配合宣传部落实: after a cooperating unit
    titled_subject_verbs: tuple[str, ...]  # 民爆器材管理。县公安局要…: after the title's unit
    led_by: tuple[str, ...]  # 煤矿安全督查组。由市煤炭局1名县级领导带队: its people lead
    footer_labels: tuple[str, ...]  # 参考资料：… where the text ends: a site's footer
    page_labels: tuple[str, ...]  # 发布时间：… 浏览次数：…: a site's line of a page's facts
    title_labels: tuple[str, ...]  # 项目名称：X opening an item: X is its title
    measure_labels: tuple[str, ...]  # 整改要求：由X负责… on an item's line: X leads it
    duty_sections: tuple[str, ...]  # 三、职责分工: a unit's name alone below it leads its items
    frame_sections: tuple[str, ...]  # 一、工作目标: a section framing the plan, no task
    task_sections: tuple[str, ...]  # 三、主要任务: its items are tasks, units named or not
    issuing_notice: tuple[str, ...]  # 现将《…》印发给你们: its points before the signature, none
    quoted_titles: tuple[str, ...]  # 王臻代表提出的“X”: X is the title
    counted_nouns: tuple[str, ...]  # 4项目标的责任单位均为X: the items above, counted
    lead_ins: tuple[str, ...]  # 由, 此项工作由: before a suffix segment's units, no name
    hosts: tuple[str, ...]  # 主办: beside it, the under_host suffixes give responsible units
    under_host: tuple[str, ...]  # 承办, 执行承办
    organised: tuple[str, ...]  # 由X牵头，组织Y等单位: before units a lead organises
    partner_tails: tuple[str, ...]  # 协调推进: what the partners do, after their names
    after_name: tuple[str, ...]  # 指导: a suffix only right after a unit's last character
    verbs_before: tuple[str, ...]  # 进行: before an after_name suffix, a verb's (进行指导)
    forward: tuple[str, ...]
    first_listed_lead: tuple[str, ...]  # a plan's note: the first unit of each list leads
    comma_lead: tuple[str, ...]  # of those notes, the ones that say: the units before the comma
    short_form: tuple[str, ...]  # X办公室〔以下简称X办〕: the bracket names a short form, a note
    remit: tuple[str, ...]  # X局（按职能分工）: the bracket says the unit acts by its remit, a note
    deadline_endings: tuple[str, ...]  # a free segment ending a label-less clause: its deadline
    number_headers: tuple[str, ...]
    title_headers: tuple[str, ...]
    title_parts: tuple[str, ...]  # 内容与要求: a title cell, in a header without a title word
    group_headers: tuple[str, ...]  # a group column before the number: category lines
    sub_levels: tuple[str, ...]  # a header's second line splitting a column: 一级 | 二级
    progress_parts: tuple[str, ...]  # 上半年推进情况: a progress column, read for nothing
    unread_parts: tuple[str, ...]  # 政策依据, 备注: a column read for nothing
    body_headers: tuple[str, ...]
    header_kinds: tuple[tuple[str, Kind], ...]  # header words only a table uses
    subitem_styles: tuple[str, ...]  # numbering styles of a task's sub-items: （1） ①
    # Derived once, so the parser's inner loops do not rebuild them.
    opening: str = field(init=False, repr=False, compare=False)
    closing: str = field(init=False, repr=False, compare=False)
    label_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    collective_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    subject_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    titled_subject_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    sentence_subject_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: An "et cetera" word naming a kind of unit (等部门, 等有关单位), two characters or more,
    #: the longest first.
    kinds_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: The end of a sentence announcing the work listed below it (…完成以下工作,
    #: …履行下列消防工作职责).
    announce_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: A site's line of a page's facts: a ``page_labels`` word, at the line's start or after
    #: a blank, and its colon.
    page_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: Units' names, an ``owner_tails`` word and a colon opening a line of their duties
    #: (工商部门职责：依法确认…): group 1 the names.
    owner_colon_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: A lead or responsible suffix word (牵头, 负责组织, 负责…), the longest first.
    charge_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: A role suffix of two characters (负责, 牵头, 配合) anywhere, none opening a name.
    role_word_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: A line after items naming their units by their count (4项目标的责任单位均为X。,
    #: 该目标责任单位为Y。): groups count, label, units.
    counted_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: Words no unit's name opens with: a role's suffix or a partner's word (会同各区做好…).
    role_openings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _kinds: dict[str, Kind] = field(init=False, repr=False, compare=False)
    _suffix_roles: dict[str, Role] = field(init=False, repr=False, compare=False)
    #: The role words and roles' labels a unit's name may close with in brackets (市文明办
    #: （牵头）), each with its role: a suffix's before a label's.
    _marked_roles: dict[str, Role] = field(init=False, repr=False, compare=False)
    #: The suffixes by length, longest first: ``suffix_ending`` looks one slice up per length.
    _suffix_lengths: tuple[tuple[int, frozenset[str]], ...] = field(
        init=False, repr=False, compare=False
    )
    _headers: dict[str, Kind] = field(init=False, repr=False, compare=False)
    #: The suffixes that open a department's name (组织 of 组织部), with those names.
    _names_opening: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = "|".join(re.escape(w) for w, _ in self.labels)
        # 配\n合单位：, a PDF's line wrap inside a label before its colon (``label_word`` drops it)
        broken = "|".join("\n?".join(re.escape(c) for c in w) for w, _ in self.labels)
        object.__setattr__(self, "opening", "".join(o for o, _ in self.pairs))
        object.__setattr__(self, "closing", "".join(c for _, c in self.pairs))
        # 责任单位：X, or 责任单位 alone on its line, its value below (group 2; see ``labels``);
        # a word in brackets may qualify the label (牵头科室（单位）：, 责任单位(部门):), but not
        # change its role (责任单位（牵头）： is no responsible label); a label opening a
        # bracket may end in a semicolon its office typed for the colon ((责任单位;住建局), group 3)
        label = (
            f"({broken})(?:（(?!牵头)[{HAN}、/]{{1,6}}）)?\\s*[：:]\\s*"
            f"|(?<=\\n)({words})[ \\t\u3000]*(?=\\n)\\s*"
            f"|(?<=[{re.escape(self.opening)}])({words})[ \\t]*[；;][ \\t]*"
            # 。责任主体。市工商质监局。: a flattened card's label closed with a full stop
            f"|(?<=。)({words})。"
            # ，负责部门为体育总局、发改委等。: a label and 为 in the item's last sentence, or
            # the label printed straight before its units (，负责部门体育总局等。)
            f"|(?<=[，,。；;\n])({words})为?(?=[{HAN}])"
            # 【牵头单位】市大数据局【配合单位】市直有关部门: a label in lenticular brackets
            f"|【({words})】[ \\t\u3000]*"
        )
        # every form opens with a label's first character (or 【): a lookahead on those lets the
        # search skip the positions no label starts at (the same matches, several times faster)
        first = re.escape("".join(sorted({w[0] for w, _ in self.labels} | {"【"})))
        object.__setattr__(self, "label_pattern", re.compile(f"(?=[{first}])(?:{label})"))
        heads, levels, _ = (_alternation(words) for words in self.collective)
        # (a PDF's wrap space may stand inside the tail: 长沙、株洲、湘潭市人民 政府)
        tails = "|".join(
            "[ \u3000]?".join(re.escape(c) for c in w)
            for w in sorted(self.collective[2], key=len, reverse=True)
        )
        # a level, two run together (各县市、区政府) or with one in brackets (各县（市）、区政府)
        level = f"(?:{levels}){{1,{_RUN_LEVELS}}}(?:（(?:{levels})(?:、(?:{levels})){{0,2}}）)?"
        # 哈尔滨、黑河、绥芬河市政府: place names (ending in no unit ending) sharing a government
        place = f"{_HAN}{{1,3}}(?![{re.escape(self.name_endings)}]){_HAN}"
        # (at most _SHARED_PLACES names, so a long run of 甲乙、甲乙、… stays linear)
        shared = f"(?<!{_HAN}){place}(?:、{place}){{1,{_SHARED_PLACES}}}(?:{levels})(?:{tails})"
        # 市、县人民政府 with no head: levels alone opening a name (after a separator, or a
        # joiner: 省气象局和市、县人民政府), with a tail; 市 alone is no unit
        joiners = "".join(j for j in self.collective_joiners if len(j) == 1)
        after = f"(?<![{HAN}])" + (f"|(?<=[{re.escape(joiners)}])" if joiners else "")
        bare = f"(?:{after}){level}(?:、{level}){{1,{_SHARED_PLACES}}}(?:{tails})"
        object.__setattr__(
            self,
            "collective_pattern",
            re.compile(
                # 各开发区、镇（街道）: a bracket after the levels ends the collective too, and
                # so does the end of the name, no level or name after it (各县、区；13个街道、镇:
                # a count heads it too)
                f"(?:{heads}|{_COUNT}){level}(?:、{level}){{1,{_SHARED_PLACES}}}"
                f"(?:{tails}|（[^（）]{{1,{_BRACKET}}}）|(?![、{HAN}]))|{shared}|{bare}"
            ),
        )
        # 派出所负责…, 农服中心组织兽医站负责…: the shortest names before the verb (group 1,
        # several joined by 、: 各市、区政府负责…; group 2 after a joining word, group 3 after a
        # partner's); the verb opens the title
        # each name ends as a unit's name ends, so a verb inside one (市委机要保密局要…) is none
        name = _ended_name(self.name_endings, MAX_UNIT)
        joins = _alternation(self.subject_joins) or "(?!)"
        partners = _alternation(self.subject_partners) or "(?!)"
        # (县人社局组织制定并会同有关部门落实…: what a joining word names holds no partner's word)
        endings = re.escape(self.name_endings)
        joined = f"(?:(?!{partners})[{HAN}（）()〔〕]){{1,{MAX_UNIT - 1}}}?[{endings}）)〕]"
        # (平利花园对面…: 对 opens no verb there)
        verbs = self._unnamed((*self.subject_roles, *self.subject_verbs))
        # 人保、财政、审计等部门负责…: departments named by their fields, closed by their kind
        kinds = _alternation([e for e in self.etc if len(e) > 1]) or "(?!)"
        object.__setattr__(self, "kinds_pattern", re.compile(kinds))
        lists = _alternation(self.announce_lists) or "(?!)"
        nouns = _alternation(self.announce_nouns) or "(?!)"
        object.__setattr__(
            self,
            "announce_pattern",
            re.compile(f"(?:{lists})[^，,。；;：:]{{0,{_ANNOUNCED_WORDS}}}(?:{nouns})$"),
        )
        pages = _alternation(self.page_labels) or "(?!)"
        object.__setattr__(
            self, "page_pattern", re.compile(f"(?:^|[ \t\u3000])(?:{pages})[ \t\u3000]*[：:]")
        )
        # (水、电、气等部门负责…: one character each may name a field in such a list)
        # (铁路、民航部门要…: the kind 部门 alone closes them too, none of them holding it or
        # a role's word: 经贸委配合文化、文物部门做好… is 经贸委's duty)
        barred = _alternation((*_NOT_IN_FIELD, *self.subject_helpers))
        listed = f"(?:(?!{barred})[{HAN}]){{1,8}}?"
        fields = f"{listed}(?:、{listed}){{1,{_SUBJECTS - 1}}}(?:{kinds}|部门)"
        verb_after = f"(?:[ \u3000]|[，,](?=负责|牵头负责))?(?:{verbs})(?!{_KIND_AFTER_VERB})"
        object.__setattr__(
            self,
            "subject_pattern",
            re.compile(
                # (市政府及各区、镇、街道按照…: a level alone after 各 and a level shares the 各)
                # (市农业局、市林业局等负责…: an etc. mark before the verb closes the list)
                f"({fields}|{name}(?:、(?:{name}|{levels})){{0,{_SUBJECTS - 1}}}(?:{kinds}|等)?)"
                # (…会同区、镇、街道负责…: partners may be levels alone, several, or fields
                # closed by their kind: 民政部门会同发展改革、财政等部门负责…)
                f"(?:(?:{joins})({joined})|(?:{partners})({fields}|(?:{name}|{levels})(?:、(?:{name}|{levels}))*"
                # (市委组织部会同市委党校等有关部门，将…: partners, their etc. mark and a comma:
                # 会同 shows the subject, the sentence's verb may come later)
                f"(?:{kinds})?))?"
                # 市路运处 负责…: a table's cells run onto a line; 环保部门，负责…: a comma
                # (相关负责部门要…: a verb before 部门 or 单位 is a collective's word)
                f"(?(3)(?=[，,]|{verb_after})|(?={verb_after}))"
            ),
        )
        # 民爆器材管理。县公安局要…: a short title, then its units (group 1, up to four joined
        # by 、) as the subject of the next sentence; each ends as a name ends, so a 要
        # inside one (市委机要保密局要…) is no verb
        titled = _alternation(self.titled_subject_verbs) or "(?!)"
        ended = _ended_name(self.name_endings, _TITLED_NAME)
        # 公安、交通运输、农业（农机）部门要…: fields sharing the kind printed after the last
        field = f"[{HAN}]{{2,8}}?(?:（[{HAN}]{{1,4}}）)?"
        shared = f"{field}(?:、{field}){{1,{_SUBJECTS - 1}}}(?:{kinds}|部门)"
        # (由市安监局1名县级领导带队: a count of its people, then the word they lead with)
        led = _alternation(self.led_by) or "(?!)"
        people = f"[0-9{NUMERALS}两]{{1,2}}名[^。；;\n]{{0,{_LEADER_WORDS}}}?(?:{led})"
        units = f"({shared}|{ended}(?:、{ended}){{0,3}})"
        verb = f"(?:{titled})(?!{_KIND_AFTER_VERB})"
        subject = f"{units}(?={verb})"
        object.__setattr__(
            self,
            "titled_subject_pattern",
            re.compile(
                # (a quotation in the title may hold a comma: 推进“创建平安农机，促进…”活动;
                # a 、 may join what it names: 整治“三合一”、群租房等突出风险; a short word in
                # brackets qualify one: 加油库（站）安全督查组)
                f"(?:“[^”。\n]{{1,{_SHORT_TITLE}}}”|[（(][{HAN}]{{1,4}}[）)]|[^。；：:，,（）()\n])"
                f"{{2,{_SHORT_TITLE}}}。"
                # (提升文物消防水平。要加大检查力度。街道文体站要…: subjectless duties first)
                f"(?:(?:{titled})[^。\n]{{1,{_SKIPPED_DUTY}}}。){{0,{_SKIPPED_DUTIES}}}?"
                # (煤矿安全督查组。由市煤炭工业局1名县级领导带队: 由 before the units)
                f"由?{units}(?={verb}|{people})"
            ),
        )
        object.__setattr__(self, "sentence_subject_pattern", re.compile(subject))
        owners = _alternation(self.owner_tails) or "(?!)"
        object.__setattr__(
            self,
            "owner_colon_pattern",
            # (信访、安监、国安等部门的工作职责：: fields closed by their kind too)
            re.compile(f"({fields}|{name}(?:、{name}){{0,{_OWNERS - 1}}})(?:{owners})[：:]"),
        )
        # (市委组织部: 组织 opens a department's name, no charge and no role word)
        charge = [w for w, role in self.suffixes if role is not Role.COOPERATING]
        object.__setattr__(self, "charge_pattern", re.compile(self._unnamed(charge)))
        two = [w for w, _ in self.suffixes if len(w) == 2]
        object.__setattr__(self, "role_word_pattern", re.compile(self._unnamed(two)))
        nouns = _alternation(self.counted_nouns) or "(?!)"
        roles = _alternation(w for w, k in self.labels if isinstance(k, Role)) or "(?!)"
        counted = (
            rf"^[ \t\u3000]*(?:(?P<count>\d{{1,2}}|[{NUMERALS}]{{1,3}})项|该项?|此项?)"
            rf"(?:{nouns})的?(?P<label>{roles})均?为(?P<units>[^。；\n]+?)[。；]?[ \t\u3000]*$"
        )
        object.__setattr__(self, "counted_pattern", re.compile(counted, re.M))
        openings = (*(w for w, _ in self.suffixes), *self.subject_partners)
        object.__setattr__(self, "role_openings", openings)
        object.__setattr__(self, "_kinds", dict(self.labels))
        object.__setattr__(self, "_suffix_roles", dict(self.suffixes))
        marked: dict[str, Role] = {}
        for word, kind in (*self.suffixes, *self.labels):
            if isinstance(kind, Role):
                marked.setdefault(word, kind)
        object.__setattr__(self, "_marked_roles", marked)
        lengths = sorted({len(w) for w, _ in self.suffixes}, reverse=True)
        by_length = tuple(
            (n, frozenset(w for w, _ in self.suffixes if len(w) == n)) for n in lengths
        )
        object.__setattr__(self, "_suffix_lengths", by_length)
        object.__setattr__(self, "_headers", dict(self.header_kinds))
        opening = {
            w: tuple(n for n in self.not_subject_verbs if n.startswith(w) and n != w)
            for w, _ in self.suffixes
        }
        object.__setattr__(self, "_names_opening", {w: n for w, n in opening.items() if n})

    def _unnamed(self, words: Iterable[str]) -> str:
        """Return an alternation of ``words`` that matches none opening a name listed in
        ``not_subject_verbs`` (组织 of 县委组织部, 对 of 平利花园对面)."""
        found = _alternation(words) or "(?!)"
        if not self.not_subject_verbs:
            return found
        return f"(?!{_alternation(self.not_subject_verbs)})(?:{found})"

    def labels_in(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Return the labels in ``text[start:end]``: ``责任单位：`` anywhere, and a label alone
        on its line (its value on the lines below) after a line holding a sentence's end or a
        colon; after a bare word it is a cell of a table's header, one word a line."""
        return [
            m
            for m in self.label_pattern.finditer(text, start, end)
            if m.group(1) or any(m.group(k) for k in (3, 4, 5, 6)) or _after_text(text, m.start())
        ]

    @staticmethod
    def stated(found: re.Match[str]) -> bool:
        """Whether a match of ``label_pattern`` is a label stated in a sentence, with 为 or
        none (，责任单位为市体育局。, ，负责部门体育总局等。): its value must list units, else
        the words are prose."""
        return found.group(5) is not None

    @staticmethod
    def label_word(found: re.Match[str]) -> str:
        """Return the label a match of ``label_pattern`` found (in whichever of its forms)."""
        return next(word for word in found.groups() if word).replace("\n", "")

    def kind_of(self, label: str) -> Kind:
        """Return what ``label`` introduces: a role, deadline, leaders, clause or note."""
        return self._kinds[label]

    def names_no_unit(self, name: str) -> bool:
        """Whether a unit's value names none: a mark of an empty cell (/, 无) or words that
        name one later (按市府办通知另行确定, 待定)."""
        return name in self.none_marks or self.pending_unit(name)

    def pending_unit(self, name: str) -> bool:
        """Whether a unit's value says its unit is named later (另行确定, 待定): a note."""
        return any(w in name for w in self.pending)

    def page_line(self, line: str) -> bool:
        """Whether ``line`` is a site's line of a page's facts (访问次数 : 发布时间 :2015-09-08,
        ``page_labels``), no sentence of the plan's."""
        return "。" not in line and self.page_pattern.search(line.strip()) is not None

    def starts_label(self, words: str) -> bool:
        """Whether ``words`` are a label's start or the whole label (责任科 of 责任科室)."""
        return bool(words) and any(w.startswith(words) for w, _ in self.labels)

    def label_kind(self, word: str) -> Kind | None:
        """Return what ``word`` introduces if it is a label, else None."""
        return self._kinds.get(word)

    def header_kind(self, word: str) -> Kind | None:
        """Return what a column headed ``word`` holds (a table's own word or a label), or None.
        A members' column or field (成员单位) beside the lead's holds cooperating units."""
        kind = self._headers[word] if word in self._headers else self._kinds.get(word)
        return Role.COOPERATING if kind == MEMBERS else kind

    def column_of(self, word: str) -> Kind | None:
        """Return the column a header word names: the table's number, title, body or group
        column (``NUMBER`` …), else what its cells hold (``header_kind``), or None."""
        for kind, words in (
            (NUMBER, self.number_headers),
            (TITLE, self.title_headers),
            (BODY, self.body_headers),
            (GROUP, self.group_headers),
        ):
            if word in words:
                return kind
        return self.header_kind(word)

    def title_like(self, word: str) -> bool:
        """Whether a header word holds a title word's part (``[table] title_parts``: 名称,
        内容, 任务): the title column of a header with no title word of its own."""
        return any(part in word for part in self.title_parts)

    def read_for_nothing(self, word: str) -> bool:
        """Whether a header word heads a column read for nothing: a progress report's
        (上半年推进情况, 序时进度), a policy's source, a remark or a number to call (政策依据,
        备注, 监督电话)."""
        return any(p in word for p in (*self.progress_parts, *self.unread_parts))

    def suffix_ending(self, text: str, start: int, end: int) -> str | None:
        """Return the suffix ``text[start:end]`` ends with (the longest: 按职责分工负责
        before 负责), or None; an ``after_name`` suffix only right after a unit's last
        character (生态环境部指导, not 以…思想为指导)."""
        word = next(
            (
                text[end - n : end]
                for n, words in self._suffix_lengths
                if end - n >= start and text[end - n : end] in words
            ),
            None,
        )
        if word in self.after_name:
            at = end - len(word) - 1
            named = at >= start and text[at] in self.name_endings + self.closing
            verb = text.endswith(self.verbs_before, start, at + 1)  # 对收费进行指导: a verb's
            return word if named and not verb else None
        if word is not None and text.startswith(self._names_opening.get(word, ()), end - len(word)):
            return None  # 市委组织部: the word opens a department's name (``not_subject_verbs``)
        if word is not None and (principle := _principle(text, start, end - len(word))):
            return text[principle:end]  # 按照“谁主管、谁负责”原则负责: the role is 负责's
        return word

    def cut_suffix(self, text: str, start: int, end: int) -> tuple[str, int] | None:
        """Return the suffix a page cut inside (…政法司负, …人行成都分行牵: the text stops
        there) and how many of its characters it printed: a suffix that opens with
        ``text[start:end]``'s last characters, up to one short of the whole; or None.

        Where the printed characters open suffixes of more than one role (…市资规局按: 按职责
        分工负责, 按职责牵头, 按职责配合…), the role most of them give is the word's, and its
        shortest suffix is returned."""
        words = [w for w, _ in self.suffixes]
        found = _cut_word(text[start:end], words, min(_CUT_SUFFIX, end - start - 1), 1)
        if found is None:
            return None
        printed = found[1]
        head = text[end - printed : end]
        opened = sorted((w for w in words if len(w) > printed and w.startswith(head)), key=len)
        roles = Counter(self._suffix_roles[w] for w in opened)
        most = max(roles.values())
        return next(w for w in opened if roles[self._suffix_roles[w]] == most), printed

    def cut_phrase(self, text: str, phrases: tuple[str, ...]) -> int | None:
        """Return where one of ``phrases`` starts that the text's end cut inside (…参与。注：
        排在首位, of 排在首位的为牵头: at least ``_CUT_PHRASE`` of its characters printed, up
        to one short of the whole), or None."""
        body = text.rstrip()
        longest = max((len(p) for p in phrases), default=0)
        found = _cut_word(body, phrases, min(longest, len(body)), _CUT_PHRASE)
        return len(body) - found[1] if found is not None else None

    def marked_role(self, text: str, start: int, end: int) -> tuple[str, Role] | None:
        """Return the role word (or role's label) that ``text[start:end]`` closes with in a
        pair of brackets after some name (市文明办（牵头单位）), and its role; else None."""
        if end - start < 3 or text[end - 1] not in self.closing:
            return None
        opener = text.rfind(self.opening[self.closing.index(text[end - 1])], start, end - 1)
        word = text[opener + 1 : end - 1] if opener > start else ""
        role = self._marked_roles.get(word)
        return (word, role) if role is not None else None

    def role_of_suffix(self, suffix: str) -> Role:
        """Return the role a suffix (牵头, 配合, 负责…) gives the units before it; a suffix
        after a quoted principle (按照“属地管理”原则负责) gives its own role."""
        if suffix not in self._suffix_roles and (close := suffix.find("”")) >= 0:
            rest = suffix[close + 1 :].removeprefix("的")
            for word in _PRINCIPLE_WORDS:
                rest = rest.removeprefix(word)
            return self._suffix_roles[rest]
        return self._suffix_roles[suffix]


#: A principle quoted before a role word (按照“谁主管、谁负责”原则负责): the words that open it,
#: the words that close it after its closing quote, and the most characters it quotes.
_PRINCIPLE_OPENINGS = ("按照", "依照", "根据", "坚持", "按")
_PRINCIPLE_WORDS = ("原则", "要求")
_PRINCIPLE_QUOTED = 20


def _principle(text: str, start: int, at: int) -> int | None:
    """Return where a quoted principle ending at ``at`` starts (按照“属地管理”原则, 按“谁主管、
    谁负责”的要求), else None; looked up in a bounded window, as suffixes are."""
    word = next((w for w in _PRINCIPLE_WORDS if text.startswith(w, at - len(w))), None)
    if word is None:
        return None
    close = at - len(word) - text.startswith("的", at - len(word) - 1) - 1
    if close < start or text[close] != "”":
        return None
    quote = text.rfind("“", max(start, close - _PRINCIPLE_QUOTED - 1), close)
    if quote < 0:
        return None
    opening = next((w for w in _PRINCIPLE_OPENINGS if text.startswith(w, quote - len(w))), None)
    return quote - len(opening) if opening is not None and quote - len(opening) >= start else None


#: The fewest characters of a note's phrase a page cut inside must have printed to be read
#: as the phrase (排在首位 of 排在首位的为牵头).
_CUT_PHRASE = 4
#: The most characters of a role word a page cut inside may have printed (负责落 of 负责落实,
#: 按职责分工落 of 按职责分工落实).
_CUT_SUFFIX = 8


def _cut_word(body: str, words: Sequence[str], most: int, fewest: int) -> tuple[str, int] | None:
    """Return the shortest of ``words`` that ``body``'s end cut inside, and how many of its
    characters it printed: the most printed first, from ``most`` down to ``fewest``, always
    fewer than the whole word; or None."""
    for printed in range(most, fewest - 1, -1):
        head = body[len(body) - printed :]
        cut = [w for w in words if len(w) > printed and w.startswith(head)]
        if cut:
            return min(cut, key=len), printed
    return None


def load_grammar(path: Path | None = None) -> Grammar:
    """Read and check the grammar file (the packaged schemas/grammar.toml by default)."""
    if path is None:
        return default_grammar()
    return _parse(path.read_text(encoding="utf-8"), path.as_posix())


@cache
def default_grammar() -> Grammar:
    """Return the packaged grammar, read once."""
    text = resources.files("schemas").joinpath("grammar.toml").read_text(encoding="utf-8")
    return _parse(text, "schemas/grammar.toml")


def _ended_name(endings: str, longest: int) -> str:
    """Return a pattern of the shortest name of up to ``longest`` characters that ends as a
    unit's name ends (one of ``endings``, or a closing bracket: 各村（社区）, 各区县〔市〕)."""
    return f"[{HAN}（）()〔〕]{{1,{longest - 1}}}?[{re.escape(endings)}）)〕]"


#: The keys of ``[suffixes]`` that list a role's suffixes: the roles' own names.
_ROLE_KEYS = frozenset(role.value for role in Role)


def _parse(text: str, name: str) -> Grammar:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise GrammarError(f"malformed TOML: {err}", path=Path(name)) from None
    tables = {key: _table(data, key, name) for key in SHAPE}
    unknown = sorted(set(data) - set(SHAPE))
    if unknown:
        raise GrammarError(f"unknown table(s): {', '.join(unknown)}", path=Path(name))
    pairs = tables["brackets"]["pairs"]
    if any(len(p) != 2 for p in pairs):
        raise GrammarError("each bracket pair is two characters, as “（）”", path=Path(name))
    labels = _kinds(
        tables["labels"], (k for k in tables["labels"] if k not in ("levels", "principal"))
    )
    # 市级配合单位：, 省级牵头单位：: a role's or a note's label under a level of government
    labels += [
        (level + word, kind)
        for level in tables["labels"]["levels"]
        for word, kind in list(labels)
        if isinstance(kind, Role) or kind == NOTE
    ]
    headers = _kinds(tables["table"], _HEADER_KINDS)
    suffixes = [
        (w, Role(k))
        for k, words in tables["suffixes"].items()
        if k in _ROLE_KEYS  # (the other keys list words around a suffix: lead_ins, …)
        for w in words
    ]
    styles = {style for style, _ in STYLES}
    unknown_styles = sorted(set(tables["outline"]["subitems"]) - styles)
    if unknown_styles:
        raise GrammarError(
            f"[outline] subitems: unknown numbering style(s): {', '.join(unknown_styles)}",
            path=Path(name),
            hint=f"use styles of {', '.join(sorted(styles))}",
        )
    return Grammar(
        pairs=tuple((p[0], p[1]) for p in pairs),
        labels=tuple(sorted(labels, key=lambda x: -len(x[0]))),
        suffixes=tuple(sorted(suffixes, key=lambda x: -len(x[0]))),
        separators="".join(tables["units"]["separators"]),
        etc=tuple(sorted(tables["units"]["etc"], key=len, reverse=True)),
        collective=(
            tuple(tables["units"]["collective_heads"]),
            tuple(tables["units"]["collective_levels"]),
            tuple(tables["units"]["collective_tails"]),
        ),
        lead_marks=tuple(tables["units"]["lead_marks"]),
        lead_marks_after=tuple(tables["units"]["lead_marks_after"]),
        collective_joiners=tuple(tables["units"]["collective_joiners"]),
        bare_bodies=tuple(tables["units"]["bare_bodies"]),
        bare_kinds=tuple(tables["units"]["bare_kinds"]),
        unit_heads=tuple(sorted(tables["units"]["unit_heads"], key=len, reverse=True)),
        name_endings="".join(tables["units"]["name_endings"]),
        event_endings=tuple(tables["units"]["event_endings"]),
        prose_words=tuple(tables["units"]["prose_words"]),
        person_titles=tuple(tables["units"]["person_titles"]),
        pending=tuple(tables["units"]["pending"]),
        none_marks=tuple(tables["units"]["none_marks"]),
        principal=tuple(tables["labels"]["principal"]),
        heading_tails=tuple(sorted(tables["outline"]["heading_tails"], key=len, reverse=True)),
        owner_tails=tuple(sorted(tables["outline"]["owner_tails"], key=len, reverse=True)),
        announce_lists=tuple(tables["outline"]["announce_lists"]),
        as_follows=tuple(sorted(tables["outline"]["as_follows"], key=len, reverse=True)),
        announce_nouns=tuple(tables["outline"]["announce_nouns"]),
        roster_labels=tuple(tables["outline"]["roster_labels"]),
        kind_qualifiers=tuple(tables["outline"]["kind_qualifiers"]),
        catch_all=tuple(tables["outline"]["catch_all"]),
        connectives=tuple(tables["outline"]["connectives"]),
        subject_verbs=tuple(tables["outline"]["subject_verbs"]),
        subject_roles=tuple(tables["outline"]["subject_roles"]),
        not_subject_verbs=tuple(tables["outline"]["not_subject_verbs"]),
        subject_joins=tuple(tables["outline"]["subject_joins"]),
        subject_partners=tuple(tables["outline"]["subject_partners"]),
        subject_helpers=tuple(tables["outline"]["subject_helpers"]),
        titled_subject_verbs=tuple(tables["outline"]["titled_subject_verbs"]),
        led_by=tuple(tables["outline"]["led_by"]),
        footer_labels=tuple(tables["outline"]["footer_labels"]),
        page_labels=tuple(tables["outline"]["page_labels"]),
        title_labels=tuple(tables["outline"]["title_labels"]),
        measure_labels=tuple(tables["outline"]["measure_labels"]),
        duty_sections=tuple(tables["outline"]["duty_sections"]),
        frame_sections=tuple(tables["outline"]["frame_sections"]),
        task_sections=tuple(tables["outline"]["task_sections"]),
        issuing_notice=tuple(tables["outline"]["issuing_notice"]),
        quoted_titles=tuple(tables["outline"]["quoted_titles"]),
        counted_nouns=tuple(tables["outline"]["counted_nouns"]),
        lead_ins=tuple(sorted(tables["suffixes"]["lead_ins"], key=len, reverse=True)),
        hosts=tuple(tables["suffixes"]["hosts"]),
        under_host=tuple(tables["suffixes"]["under_host"]),
        organised=tuple(tables["suffixes"]["organised"]),
        partner_tails=tuple(sorted(tables["suffixes"]["partner_tails"], key=len, reverse=True)),
        after_name=tuple(tables["suffixes"]["after_name"]),
        verbs_before=tuple(tables["suffixes"]["verbs_before"]),
        forward=tuple(tables["notes"]["forward"]),
        first_listed_lead=tuple(tables["notes"]["first_listed_lead"]),
        comma_lead=tuple(tables["notes"]["comma_lead"]),
        short_form=tuple(tables["notes"]["short_form"]),
        remit=tuple(tables["notes"]["remit"]),
        deadline_endings=tuple(tables["notes"]["deadline"]),
        number_headers=tuple(tables["table"]["number"]),
        title_headers=tuple(sorted(tables["table"]["title"], key=len, reverse=True)),
        title_parts=tuple(tables["table"]["title_parts"]),
        group_headers=tuple(tables["table"]["group"]),
        sub_levels=tuple(tables["table"]["sub_levels"]),
        progress_parts=tuple(tables["table"]["progress"]),
        unread_parts=tuple(tables["table"]["unread"]),
        body_headers=tuple(tables["table"]["body"]),
        header_kinds=tuple(headers),
        subitem_styles=tuple(tables["outline"]["subitems"]),
    )


def _after_text(text: str, at: int) -> bool:
    """Whether the line before the one starting at ``at`` ends a sentence or holds a colon."""
    before = text.rfind("\n", 0, max(at - 1, 0))
    line = text[before + 1 : at - 1].rstrip()
    return line[-1:] in ("。", "；", ";") or "：" in line or ":" in line


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first (人民政府 before 政府)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _kinds(table: dict[str, list[str]], keys: Iterable[str]) -> list[tuple[str, Kind]]:
    """Return (word, kind) for the words under ``keys``: a role's name is its Role."""
    roles = {r.value for r in Role}
    return [(w, Role(k) if k in roles else k) for k in keys for w in table[k]]


def _table(data: dict[str, object], key: str, name: str) -> dict[str, list[str]]:
    table = data.get(key)
    if not isinstance(table, dict):
        raise GrammarError(f"[{key}] is missing or not a table", path=Path(name))
    unknown = sorted(set(table) - set(SHAPE[key]))
    missing = sorted(set(SHAPE[key]) - set(table))
    if unknown or missing:
        raise GrammarError(
            f"[{key}] unknown key(s): {', '.join(unknown) or '-'}; "
            f"missing: {', '.join(missing) or '-'}",
            path=Path(name),
            hint=f"use exactly {', '.join(SHAPE[key])}",
        )
    for k, v in table.items():
        if not isinstance(v, list) or not v or not all(isinstance(s, str) and s for s in v):
            raise GrammarError(f"[{key}] {k} must be a list of non-empty strings", path=Path(name))
    return {k: list(v) for k, v in table.items()}
