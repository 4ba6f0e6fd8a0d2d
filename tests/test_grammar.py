from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.grammar import (
    BODY,
    GROUP,
    NUMBER,
    SHAPE,
    TITLE,
    GrammarError,
    default_grammar,
    load_grammar,
)
from pipeline.model import Role
from tests.parse.test_parser import HEAD, parse_text, units

PACKAGED = Path(__file__).parents[1] / "schemas" / "grammar.toml"


def test_the_packaged_grammar_reads_every_declared_word() -> None:
    g = default_grammar()
    assert g.pairs == (
        ("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"), ("[", "]"), ("〈", "〉"), ("<", ">")
    )  # fmt: skip
    assert g.kind_of("协同责任单位") is Role.COOPERATING
    assert g.kind_of("牵头责任单位") is Role.LEAD
    assert g.kind_of("时限") == "deadline"
    assert g.kind_of("牵头负责领导") == "leaders"
    assert [len(w) for w, _ in g.labels] == sorted((len(w) for w, _ in g.labels), reverse=True)
    assert g.labels[0][0] in {
        f"{lv}级责任单位及{p}" for lv in "省市县区" for p in ("责任人", "负责人")
    }
    # a level of government before a role's or a note's label keeps its kind, not a leader's
    assert g.kind_of("市级配合单位") is Role.COOPERATING
    assert g.kind_of("会办单位") is Role.COOPERATING  # 区会办单位：… beside 区责任单位：…
    assert g.kind_of("省级牵头单位") is Role.LEAD
    assert g.kind_of("市级督导单位") == "note"
    assert g.kind_of("市领导") == "leaders"  # 市领导：张副市长, a person
    assert g.label_kind("市级责任领导") is None
    assert g.kind_of("责任单位及责任人") is Role.RESPONSIBLE
    heads = ("主要负责同志", "主要负责人", "主要领导", "负责同志", "负责人")
    assert g.unit_heads == heads  # longest first
    assert [w for w, _ in g.suffixes][:4] == [
        "按照职责分工分别牵头负责",
        "按职责分工分别牵头负责",
        "负责制定方案并组织实施",
        "按职责分工做好相关工作",
    ]
    # a unit that supervises what another carries out cooperates; 指导 alone still leads
    suffixes = {
        "组织、协调、指导、监督": Role.COOPERATING,
        "加强督促指导": Role.COOPERATING,
        "指导": Role.LEAD,
        "负责组织实施": Role.RESPONSIBLE,
        "依照职责分工负责": Role.RESPONSIBLE,
        "按分工负责": Role.RESPONSIBLE,
        "按职能分别负责": Role.RESPONSIBLE,
        "按照职能分工分别负责": Role.RESPONSIBLE,
        "为配合单位": Role.COOPERATING,
        "主抓": Role.LEAD,
        "牵头督导": Role.LEAD,
        "负总责": Role.LEAD,
        "按属地原则负责": Role.RESPONSIBLE,
        "支持配合": Role.COOPERATING,
        "督导": Role.COOPERATING,
    }
    assert {word: g.role_of_suffix(word) for word in suffixes} == suffixes
    assert g.lead_ins[0] == "本部分工作由" and g.lead_ins[-6:] == (
        "此项目由",
        "工作由",
        "具体由",
        "行动由",  # 专项行动由镇平安办牵头: the work named before 由
        "活动由",
        "由",
    )  # longest first
    assert "上述项目由" in g.lead_ins
    labels = {
        "参与": Role.COOPERATING,
        "协办": Role.COOPERATING,
        "其他责任单位": Role.RESPONSIBLE,
        "配合责任单位": Role.COOPERATING,
        "主要负责单位": Role.LEAD,
        "牵头、责任单位": Role.LEAD,  # both roles: the unit leads
        "相关单位": Role.COOPERATING,  # (牵头单位：市文物局 / 相关单位：市政府办)
        "相关部门": Role.COOPERATING,
    }
    assert {word: g.kind_of(word) for word in labels} == labels
    # a role word after a quoted principle: the principle is the suffix's, the role the word's
    said = "市人社局按照“谁主管、谁负责”原则负责"
    assert g.suffix_ending(said, 0, len(said)) == "按照“谁主管、谁负责”原则负责"
    assert g.role_of_suffix("按照“谁主管、谁负责”原则负责") is Role.RESPONSIBLE
    said = "各部门按“管行业必须管安全”的要求配合"
    assert g.role_of_suffix(g.suffix_ending(said, 0, len(said)) or "") is Role.COOPERATING
    assert g.measure_labels == ("整改要求", "整改措施", "整改意见", "处理意见")
    assert g.duty_sections[:2] == ("职责分工", "工作职责")
    assert g.role_of_suffix("负责实施") is Role.RESPONSIBLE
    assert g.kind_of("参与部门") is Role.COOPERATING
    assert g.kind_of("任务单位") is g.kind_of("任务部门") is Role.RESPONSIBLE
    assert g.subject_verbs[-16:] == (
        "指导",
        "服从",
        "依照",  # 派出所依照…规定: acts by the rules
        "依据",
        "掌握",  # 镇纪委掌握…: keeps track of
        "全面负责",
        "制定",
        "加大",  # 市农林部门加大…力度
        "采取",  # 市卫生局采取措施保障…
        "将",  # 镇社会事务办将…纳入低保范围: what the unit will do
        "贯彻",  # 县医疗保障局贯彻落实…。主要职责是：: a 三定's unit and its charge
        "履行",  # 县财政局履行以下职责：
        "主要履行",
        "主要承担",
        "主要有",  # 县委政法委主要有以下职能：
        "应",  # 水务部门应储备…: never 应急 (县应急管理局), a ``not_subject_verbs`` word
    )
    assert "应急" in g.not_subject_verbs
    assert g.subject_roles == ("牵头负责", "作为牵头责任单位", "作为牵头单位", "作为牵头部门")
    assert g.principal == ("责任主体",)
    # a rectification's labels: who carries it out, who signs it off
    assert g.kind_of("整改实施主体") is Role.RESPONSIBLE
    assert g.kind_of("牵头验收单位") is Role.LEAD
    assert g.kind_of("配合验收单位") is Role.COOPERATING
    # a problem list's who fixes and who oversees the fixing: both responsible
    assert g.kind_of("主体责任") is Role.RESPONSIBLE and g.kind_of("监督责任") is Role.RESPONSIBLE
    assert {"依法", "作为"} <= set(g.subject_verbs)
    # an office's name may open with 组织 (组织人事科), no subject's verb
    assert {"组织部", "组织人事", "组织科"} <= set(g.not_subject_verbs)
    assert "总体原则" in g.frame_sections
    assert "应当" in g.subject_verbs and g.connectives == ("即",)
    # a sentence announcing the work below it: a list's word, up to eight others, its noun
    assert g.announce_pattern.search("市消防安全委员会应当履行下列消防工作职责")
    assert g.announce_pattern.search("县教育局要重点抓好以下几项工作")
    assert not g.announce_pattern.search("按照以下要求认真做好各项防控工作并及时上报")
    # units, an owner's word and a colon opening a line of their duties
    owned = g.owner_colon_pattern.match("信访、安监、国安等部门的工作职责：负责…")
    assert owned is not None and owned.group(1) == "信访、安监、国安等部门"
    assert g.owner_colon_pattern.match("工商部门职责：依法确认…") is not None
    assert "干部" in g.person_titles
    assert g.role_of_suffix("统筹组织") is Role.LEAD
    assert g.kind_qualifiers[:2] == ("明确", "落实") and "各" in g.kind_qualifiers
    assert "职责、任务" in g.owner_tails and "局长" in g.person_titles
    assert "附则" in g.frame_sections
    # a heading naming its items the plan's tasks; a focus (工作重点) names none
    assert g.task_sections[:2] == ("主要任务", "重点任务") and "工作重点" not in g.task_sections
    assert {"机构职能", "主要职能", "主体责任清单", "责任清单", "职责清单"} <= set(g.owner_tails)
    duty = g.subject_pattern.match("公安部门对未领取牌证的车辆依法查处")
    assert duty is not None and duty.group(1) == "公安部门"
    assert g.subject_pattern.match("平利花园对面围墙上有野广告") is None  # a place, no verb
    joint = g.subject_pattern.match("市城管局、环保局联合负责督导门店")
    assert joint is not None and joint.group(1) == "市城管局、环保局"
    assert g.role_of_suffix("各负其责") is g.role_of_suffix("各司其职") is Role.RESPONSIBLE
    assert g.duty_sections[-1] == "部门主要职责"
    fields = g.subject_pattern.match("人社、财政、审计等部门负责发放管理")
    assert fields is not None and fields.group(1) == "人社、财政、审计等部门"
    assert g.subject_pattern.match("人社、财政负责发放管理") is None  # no kind closes them
    assert g.etc[:4] == ("等有关处室（单位）", "等有关部门（单位）", "等部门、单位", "等单位、部门")
    assert g.etc[-4:] == ("等部门", "等单位", "等处室", "等")
    assert g.subitem_styles == ("（1）", "①")
    assert "列第一位者为牵头" in g.first_listed_lead
    assert g.collective == (
        ("各", "相关", "有关"),
        (
            "开发区",
            "省辖市",
            "自治区",
            "直辖市",
            "省",
            "县",
            "市",
            "区",
            "镇",
            "乡",
            "街道",
            "特区",
            "旗",
            "州",
        ),
        ("人民政府", "政府"),
    )
    assert g.role_of_suffix("牵头落实") is Role.LEAD
    assert g.heading_tails[:3] == ("的重点工作", "的工作任务", "重点工作")  # longest first
    assert "副市长".endswith(g.person_titles) and "松" not in g.name_endings
    assert g.first_listed_lead[:2] == ("排在第一位的为牵头", "排在第一位的单位为牵头")
    assert load_grammar(PACKAGED) == g


def test_a_label_matches_longest_first() -> None:
    m = default_grammar().label_pattern.search("协同责任单位：市商务局")
    assert m is not None and m.group(1) == "协同责任单位"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ('collective_tails = ["人民政府", "政府"]', "collective_tails = []"),
            r"\[units\] collective_tails must be a list of non-empty strings",
        ),
        (("[notes]", '[notes]\nextra = ["x"]'), r"\[notes\] unknown key\(s\): extra; missing: -"),
        (
            (
                (
                    'forward = ["以下任务均需", "以下任务均", "以下均需", "以下均为", "以下均由", '
                    '"以下各项", "均需", "下同", "不再列出", "不再一一列出", "不再重复列出"]'
                ),
                "forward = []",
            ),
            r"\[notes\] forward must be a list of non-empty strings",
        ),
        (
            ("first_listed_lead = [", 'first_listed_lead = ["", '),
            r"\[notes\] first_listed_lead must be a list of non-empty strings",
        ),
        (
            ("first_listed_lead = [", "first_lead = ["),
            r"\[notes\] unknown key\(s\): first_lead; missing: first_listed_lead",
        ),
        (('pairs = ["（）"', 'pairs = ["（"'), "each bracket pair is two characters"),
        (("[table]", "[tables]"), r"\[table\] is missing or not a table"),
        (("[notes]", '[extra]\nx = ["y"]\n[notes]'), r"unknown table\(s\): extra"),
        (
            ('subitems = ["（1）", "①"]', 'subitems = ["（1）", "(a)"]'),
            r"\[outline\] subitems: unknown numbering style\(s\): \(a\)",
        ),
    ],
)
def test_a_malformed_grammar_is_refused_with_its_key(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    text = PACKAGED.read_text(encoding="utf-8")
    assert edit[0] in text
    path = tmp_path / "grammar.toml"
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(GrammarError, match=message) as err:
        load_grammar(path)
    assert err.value.path == path


def test_every_table_of_the_shape_is_in_the_packaged_file() -> None:
    text = PACKAGED.read_text(encoding="utf-8")
    assert all(f"[{table}]" in text for table in SHAPE)


def test_the_suffix_a_value_ends_with_is_the_longest() -> None:
    g = default_grammar()
    text = "市财政局按职责分工负责"
    assert g.suffix_ending(text, 0, len(text)) == "按职责分工负责"
    assert g.suffix_ending(text, 0, 4) is None


def test_a_bracketed_word_may_qualify_a_label_but_not_turn_it_into_a_lead() -> None:
    grammar = default_grammar()
    text = "牵头科室（单位）：计划科\n责任单位（牵头）：市财政局"
    labels = [(m.group(1), m.end()) for m in grammar.labels_in(text, 0, len(text))]
    assert labels == [("牵头科室", 9)]
    assert grammar.kind_of("牵头科室") is Role.LEAD


def test_partners_each_by_its_remit_and_a_space_before_a_subjects_verb() -> None:
    g = default_grammar()
    assert g.role_of_suffix("按职责分别牵头") is Role.LEAD
    assert g.organised == ("组织",) and g.subject_partners[:2] == ("会同", "汇同")
    assert g.partner_tails[0] == "研究提出意见"  # longest first
    # 市路运处 负责…: a table's cells run onto one line, a space before the verb
    duty = g.subject_pattern.match("市路运处 负责投放出租车")
    assert duty is not None and duty.group(1) == "市路运处"
    assert g.subject_pattern.match("市路运处  负责投放出租车") is None  # two spaces: cells apart


def test_a_short_titles_subject_may_be_fields_sharing_their_kind() -> None:
    g = default_grammar()
    found = g.titled_subject_pattern.match("健全工作机制。公安、交通运输、农业（农机）部门要推动…")
    assert found is not None and found.group(1) == "公安、交通运输、农业（农机）部门"
    assert g.titled_subject_pattern.match("健全工作机制。各地各有关方面要推动…") is None
    # a quotation in the short title may hold a comma
    quoted = g.titled_subject_pattern.match("推进“平安农机，美丽乡村”创建。农业、应急部门要…")
    assert quoted is not None and quoted.group(1) == "农业、应急部门"


def test_a_short_titles_subject_may_follow_its_duties_with_no_subject() -> None:
    g = default_grammar()
    skipped = g.titled_subject_pattern.match("提升文物消防水平。要加大检查力度。街道文体站要加强…")
    assert skipped is not None and skipped.group(1) == "街道文体站"
    told = g.titled_subject_pattern.match("落实经费。调查是地方性调查。市统计局要分级负担…")
    assert told is None  # a sentence that opens with no duty's verb is no duty skipped
    later = g.sentence_subject_pattern.match("市场监管所、县交通局要加强…")
    assert later is not None and later.group(1) == "市场监管所、县交通局"
    bracketed = g.sentence_subject_pattern.match("各区县〔市〕人民政府要加强…")
    assert bracketed is not None and bracketed.group(1) == "各区县〔市〕人民政府"


def test_a_suffix_after_a_name_gives_its_role_only_after_a_units_last_character() -> None:
    g = default_grammar()
    assert g.after_name == ("指导", "实施", "主责", "督导", "部署")
    named = "生态环境部指导"
    assert g.suffix_ending(named, 0, len(named)) == "指导"
    assert g.role_of_suffix("指导") is Role.LEAD
    prose = "以生态文明思想为指导"
    assert g.suffix_ending(prose, 0, len(prose)) is None
    assert g.suffix_ending("指导", 0, 2) is None  # nothing before it
    bracketed = "各县（市）指导"
    assert g.suffix_ending(bracketed, 0, len(bracketed)) == "指导"
    assert g.suffix_ending("市体育局牵头指导", 0, 8) == "牵头指导"  # the longest first
    # 实施 alone: a role after units (各镇街、各社区实施), none after a time (2027年起实施)
    assert g.suffix_ending("各镇街、各社区实施", 0, 9) == "实施"
    assert g.role_of_suffix("实施") is Role.RESPONSIBLE
    assert g.suffix_ending("2027年起实施", 0, 9) is None
    assert g.suffix_ending("分步实施", 0, 4) is None
    assert g.suffix_ending("市住建局组织实施", 0, 8) == "组织实施"  # the longer word, as before
    assert g.suffix_ending("由市委宣传部部署", 0, 8) == "部署"
    assert g.role_of_suffix("部署") is Role.LEAD
    assert g.suffix_ending("按照统一部署", 0, 6) is None  # 统一 is no unit's last character
    assert g.suffix_ending("对托育服务收费进行指导", 0, 11) is None  # 进行: a verb, not 银行
    assert g.suffix_ending("人民银行指导", 0, 6) == "指导"


def test_a_header_word_names_a_tables_own_column_or_what_its_cells_hold() -> None:
    g = default_grammar()
    assert [g.column_of(w) for w in ("序号", "重点任务", "具体内容", "类别")] == [
        NUMBER,
        TITLE,
        BODY,
        GROUP,
    ]
    assert g.column_of("总牵头单位") is Role.LEAD and g.column_of("责任范围") == TITLE
    assert g.column_of("承担单位") is Role.RESPONSIBLE
    assert g.column_of("完成时间节点") == "deadline" and g.column_of("进展情况") is None


def test_a_role_word_the_page_cut_may_have_printed_all_but_its_last_character() -> None:
    g = default_grammar()
    text = "办公室、医保中心按职责分工落"
    assert g.cut_suffix(text, 0, len(text)) == ("按职责分工落实", 6)
    assert g.cut_suffix("市财政局负", 0, 5) == ("负责", 1)
    assert g.cut_suffix("市财政局", 0, 4) is None
    # 按 opens role words of every role (按职责分工负责, 按职责牵头, 按职责配合): the role most
    # of them give is the cut word's, and its shortest word is returned
    for text in ("市资规局按", "市资规局按职责"):
        word, printed = g.cut_suffix(text, 0, len(text)) or ("", 0)
        assert g.role_of_suffix(word) is Role.RESPONSIBLE and word.startswith(text[4:])
        assert printed == len(text) - 4
    assert g.cut_suffix("市资规局按职责分工牵", 0, 10) == ("按职责分工牵头", 6)


def test_the_label_search_finds_what_a_plain_search_of_the_labels_finds() -> None:
    g = default_grammar()
    text = "（责任单位；市住建局）。责任主体。市工商局。\n牵头单位\n市发改委\n配\n合单位：市财政局"
    plain = re.compile(g.label_pattern.pattern.split("(?:", 1)[1][:-1])
    assert [m.span() for m in g.label_pattern.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    assert [g.label_word(m) for m in g.label_pattern.finditer(text)] == [
        "责任单位",
        "责任主体",
        "牵头单位",
        "配合单位",
    ]


def test_a_phrase_the_page_cut_after_four_of_its_characters_is_found() -> None:
    g = default_grammar()
    assert g.cut_phrase("（X负责，Y参与。注：排在首位", g.first_listed_lead) == 11
    assert g.cut_phrase("（X负责，Y参与。注：排在首", g.first_listed_lead) is None  # three only
    assert g.cut_phrase("排在首位的为牵头单位。", g.first_listed_lead) is None  # whole: no cut


def test_a_members_label_cooperates_beside_a_lead_and_names_nothing_alone() -> None:
    grammar = default_grammar()
    assert grammar.column_of("成员单位") is Role.COOPERATING  # a table's or a card's column
    doc = parse_text(
        HEAD + "一、指挥部成员\n指挥长：副县长\n成员单位：县林业局、县财政局\n二、任务\n"
        "1.开展监测。\n牵头单位：县林业局\n成员单位：县财政局、县公安局\n"
    )
    assert [(t.title, units(t)) for t in doc.tasks] == [
        ("开展监测", (["县林业局"], [], ["县财政局", "县公安局"]))
    ]
    # a working group's 组成部门 under its 牵头部门: its members too
    doc = parse_text(
        HEAD + "一、工作小组\n（一）宣传组负责开展宣传。\n牵头部门：市委宣传部\n"
        "组成部门：市文化旅游局、市残联\n"
    )
    assert [units(t) for t in doc.tasks] == [(["市委宣传部"], [], ["市文化旅游局", "市残联"])]


def test_a_label_in_lenticular_brackets_is_found_where_it_stands() -> None:
    g = default_grammar()
    text = "…事项。【牵头单位】市大数据局【配合单位】市直有关部门"
    found = g.labels_in(text, 0, len(text))
    assert [(g.label_word(m), text[m.start() : m.end()]) for m in found] == [
        ("牵头单位", "【牵头单位】"),
        ("配合单位", "【配合单位】"),
    ]


def test_a_value_that_names_no_unit_yet_is_a_note_and_a_mark_of_none_is_nothing() -> None:
    g = default_grammar()
    assert g.names_no_unit("按市府办通知另行确定") and g.pending_unit("按市府办通知另行确定")
    assert g.names_no_unit("待定") and g.pending_unit("待定")
    assert g.names_no_unit("/") and not g.pending_unit("/")
    assert not g.names_no_unit("市财政局")


def test_a_sites_line_of_a_pages_facts_holds_a_page_label_and_no_sentence() -> None:
    g = default_grammar()
    assert g.page_labels[:3] == ("发布时间", "发布日期", "访问次数")
    assert g.page_line("访问次数 : 发布时间 :2015-09-08")
    assert g.page_line("2021-07-23 09:28:49 来源：临汾新闻网   浏览次数：")
    assert not g.page_line("资金来源：县财政安排")  # a word's 来源, no blank before it
    assert not g.page_line("来源：县政府网。本页完。")  # a sentence's end
    assert "职能" in g.announce_nouns
    assert {"履行", "主要履行", "主要承担", "主要有"} <= set(g.subject_verbs)
