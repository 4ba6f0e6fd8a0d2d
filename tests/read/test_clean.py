from __future__ import annotations

import re

import opencc
import pytest

from pipeline.read.clean import clean
from pipeline.read.ingest import CorrectionSpec, read
from tests.conftest import REAL, ROOT, raw_doc


def cleaned(text: str) -> str:
    return clean(raw_doc(text)).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("發(fā)布", "发布"),
        ("數(shù)據(jù)", "数据"),
        ("相適應(yīng)", "相适应"),
        ("創(chuàng)新", "创新"),
        ("農(nóng)委", "农委"),
        ("鄉(xiāng)村", "乡村"),
        ("第六版(IPv6)規(guī)模", "第六版（IPv6）规模"),
        ("信息模型(CIM)平臺", "信息模型（CIM）平台"),
        ("研究院(鄭州分院),", "研究院（郑州分院），"),
        ("(牽頭單位:市大數(shù)據(jù)局)", "（牵头单位：市大数据局）"),
        ("各區(qū)縣〔市〕人民政府", "各区县〔市〕人民政府"),
        ("合計(b)", "合计（b）"),  # not a pinyin syllable: a real parenthetical stays
        ("創(chuàng )新", "创新"),  # a toned syllable may keep a space before its bracket
        ("合計(an )", "合计（an ）"),  # an untoned one may not
    ],
)
def test_glosses_go_real_parentheticals_stay(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("目標方面提出,到2025年", "目标方面提出，到2025年"),
        ("涉及:", "涉及："),
        ("甲;乙", "甲；乙"),
        ("《卫生许可证》;4、从业", "《卫生许可证》；4、从业"),  # after a book title's bracket
        ("共1,000元", "共1,000元"),  # a thousands separator is not Chinese punctuation
        ("時間10:30開始", "时间10:30开始"),
        ("以社??檩d體", "以社??檩d体"),  # ? marks a lost character; validation must see it
        ("1)推動建設", "1)推动建设"),  # a numbering label is kept as printed
        ("version (v2) of API", "version (v2) of API"),
        # a full stop ending a Chinese sentence, before a space or the line's end
        ("增长7%以上. 發改委", "增长7%以上。 发改委"),
        ("請認真組織實施.\n", "请认真组织实施。\n"),
        ("比重47.1%", "比重47.1%"),
        ("一. 加強領導", "一. 加强领导"),  # a number's mark stays
        ("第一段。\n" + " " * 40 + "一. 加強", "第一段。\n" + " " * 40 + "一. 加强"),  # indented
        ("甲" * 70 + "一. 乙", "甲" * 70 + "一。 乙"),  # a long line's: a sentence's end
        ("見www.gov.cn 網站", "见www.gov.cn 网站"),
        # brackets inside brackets: the inner pair, then the one around it
        ("(責任單位:市政府,各縣(市、區)政府)", "（责任单位：市政府，各县（市、区）政府）"),
        ("(甲(乙(丙)))", "（甲（乙（丙）））"),
    ],
)
def test_punctuation_in_chinese_text(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


def test_rejoin_sentence_broken_across_lines() -> None:
    raw = "提出,到2025年,基本建成與國家中心城市相適應的數字政府履職能力、安全保障、制度規則,成為全國數字政府\n一流標桿城市。到2035年,更加成熟。\n1)推動建設\n"
    text = cleaned(raw)
    assert text.split("\n")[0].endswith("成为全国数字政府一流标杆城市。到2035年，更加成熟。")
    assert text.split("\n")[1] == "1)推动建设"


def test_a_roles_label_spaced_out_to_a_fields_width_is_printed_whole() -> None:
    raw = (
        "（二）新增学位。\n牵 头 单 位：区教育局\n配　合　单　位：各街道\n责 任 人：赵立 孙明\n"
        "姓  名：张三\n组  长：县应急局负责人\n"
    )
    assert cleaned(raw).split("\n") == [
        "（二）新增学位。",
        "牵头单位：区教育局",
        "配合单位：各街道",
        "责 任 人：赵立 孙明",  # a persons' label stays: its names stand apart by spaces
        "姓  名：张三",  # no label
        "组长：县应急局负责人",  # a roster's label, aligned with 成员单位：
        "",
    ]


def test_a_date_spaced_out_by_a_pdfs_text_is_printed_as_one_word() -> None:
    raw = "1 建设平台。 省审计厅牵头。 2017 年 7 月底前 2 完成 2018 年 6 月 30 日前 全年 100 场\n"
    # the date joins (2017年7月底前, 2018年6月30日前); other spaces between digits and
    # words stay (全年 100 场), and so do the cells' spaces
    assert (
        cleaned(raw)
        == "1 建设平台。 省审计厅牵头。 2017年7月底前 2 完成 2018年6月30日前 全年 100 场\n"
    )


def test_a_bracket_closed_at_the_next_lines_start_closes_on_its_own_line() -> None:
    raw = "(一)村容1.道路整洁。\n(实施主体:各行政村。\n)2.街道整洁。\n(实施主体:镇环卫所。\n)\n"
    # the pair is printed full-width, its bracket closes on the line above, and the items
    # glued to the heading's title and to the bracket get lines of their own
    assert cleaned(raw).split("\n") == [
        "（一）村容",
        "1.道路整洁。",
        "（实施主体：各行政村。）",
        "2.街道整洁。",
        "（实施主体：镇环卫所。）",
        "",
    ]
    # a bracket the line above left closed, or that closes nothing, stays where it is
    assert cleaned("（甲）乙\n）丙\n") == "（甲）乙\n）丙\n"


def test_a_line_that_stops_inside_a_books_title_joins_the_line_that_closes_it() -> None:
    raw = "（一）市食安办负责，深入宣传贯彻《\n食品安全法》，制定宣传方案。\n（二）做好认证。\n"
    assert (
        cleaned(raw)
        == "（一）市食安办负责，深入宣传贯彻《食品安全法》，制定宣传方案。\n（二）做好认证。\n"
    )
    # a title closed on its own line stays: nothing is open at the line's end
    assert cleaned("学习《条例》\n食品安全法》\n") == "学习《条例》\n食品安全法》\n"
    # a line that closes the title the line above opened, then opens the next
    chain = "卫生部门负责查处。要对违反《\n职业病防治法》、《\n劳动保护条例》的行为依法查处。\n"
    assert (
        cleaned(chain)
        == "卫生部门负责查处。要对违反《职业病防治法》、《劳动保护条例》的行为依法查处。\n"
    )


def test_rows_aligned_with_runs_of_spaces_are_not_joined() -> None:
    row = "1     新增规模以上工业企业15家          孙国庆            县工业和信息化局        2025年12月底"
    nxt = "2     新建高标准农田2.5万亩             李春华            县农业农村局            2025年11月底"
    assert cleaned(f"{row}\n{nxt}\n") == f"{row}\n{nxt}\n"


def test_short_heading_lines_are_not_joined() -> None:
    assert cleaned("1)推動建設\n把工作做好。\n") == "1)推动建设\n把工作做好。\n"


def test_crlf_becomes_lf_and_offsets_still_point_into_raw() -> None:
    result = clean(raw_doc("第一行\r\n鄭州\r\n"))
    assert result.text == "第一行\n郑州\n"
    start = result.text.index("郑")
    assert result.raw[result.to_raw[start]] == "鄭"
    assert result.locate(start, start + 2).line == 2


def test_every_clean_character_maps_to_its_raw_character() -> None:
    result = clean(read(REAL))
    t2s = opencc.OpenCC("t2s").convert
    assert len(result.to_raw) == len(result.text)
    for i in range(0, len(result.text), 7):
        ch = result.text[i]
        raw_ch = result.raw[result.to_raw[i]]
        if (
            ch != "\n"
            and ch not in "，：；（）"
            and not result.raw.startswith("\n", result.to_raw[i])
        ):
            assert t2s(raw_ch) == ch or raw_ch in "?檩d", (i, ch, raw_ch)


def test_real_document_reads_like_official_simplified_text() -> None:
    result = clean(read(REAL))
    assert opencc.OpenCC("t2s").convert(result.text) == result.text
    assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]", result.text)
    unlabelled = re.sub(r"(?m)^\d+\)", "", result.text)  # numbering labels stay as printed
    assert not re.search(r"[,:;()]", unlabelled)
    assert "以社保卡为载体" in result.text
    assert "全面推广应用电子社保卡，" in result.text
    assert "?" not in result.text
    assert "一流标杆城市。到2035年" in result.text
    assert "（IPv6）" in result.text and "（CIM）" in result.text and "（郑州分院）" in result.text
    assert dict(result.steps) == {
        "corrections": 2,
        "newlines": 0,
        "control_characters": 0,
        "markdown_emphasis": 0,
        "lost_indents": 0,
        "page_numbers": 0,
        "pinyin_glosses": 702,
        "garbled_numbers": 0,
        "traditional_to_simplified": 1401,
        "run_on_articles": 0,
        "spaced_articles": 0,
        "punctuation": 244,
        "spaced_labels": 0,
        "spaced_dates": 0,
        "box_tables": 0,
        "bar_rows": 0,
        "rejoined_lines": 1,
        "spaced_rows": 0,
        "inline_labels": 0,
        "clause_items": 0,
    }


def test_corrections_apply_to_raw_text_and_report_stale_ones() -> None:
    fixes = (
        CorrectionSpec("社??", "社保卡", "lost", "t.corrections.toml", 3),
        CorrectionSpec("不存在", "x", "stale", "t.corrections.toml", 8),
    )
    result = clean(raw_doc("第一行\n電子社??,推廣\n", corrections=fixes))
    assert result.text == "第一行\n电子社保卡，推广\n"
    assert [(c.count, c.line) for c in result.corrections] == [(1, 2), (0, None)]
    assert dict(result.steps)["corrections"] == 1


def test_rows_of_a_single_spaced_table_are_not_rejoined() -> None:
    rows = "5 中央财政安排专项奖补资金，重点用于职工分流安置，当年安排一半资金用于试点地区 财政部\n6 推进行政村通光纤 工信部\n"
    assert cleaned(rows) == rows


def test_a_long_fields_line_is_not_rejoined_with_the_next_fields_line() -> None:
    fields = (
        "牵头单位：科技厅\n"
        "成员单位：省发展改革委、省经济和信息化委、教育厅、财政厅、人力资源社会保障厅、省知识产权局\n"
        "主要任务：宣传贯彻促进科技成果转化的法规政策。\n"
    )
    assert cleaned(fields) == fields
    # a long line with no label of its own goes on into the next, as before
    broken = "为贯彻落实促进科技成果转化法规政策，开展科技成果转化法规政策宣传，对贯彻落实促进科技成果转化条例的情况开展\n检查：考核和奖励。\n"
    assert "\n检查" not in cleaned(broken)


def test_a_long_fields_line_is_not_rejoined_with_an_item_whose_number_is_glued() -> None:
    text = (
        "责任单位：市发展改革委、市工业和信息化局、市财政局、市人力资源社会保障局、市自然资源和规划局\n"
        "12完善应急指挥调度标准规范。\n"
    )
    assert cleaned(text) == text
    # an amount opening the next line is no item: the long line goes on into it
    assert "\n3个" not in cleaned(text.replace("12完善", "3个"))


def test_a_long_line_stopping_open_is_not_rejoined_with_a_clause_line_below() -> None:
    text = (
        "2024—2026年，利用卫星、航空和地面观测手段，每年开展一轮综合遥感调查，在全市推开遥感识别和地面核查\n"
        "市自然资源局、市水务局牵头，市地质勘查队参与，各县（区）人民政府负责落实。\n"
    )
    assert cleaned(text) == text
    # a line opening with a unit and no lead after it goes on from the long line, as before
    assert "\n市自然资源局负责" not in cleaned(text.replace("市水务局牵头", "市水务局负责"))


def test_a_long_units_line_is_not_rejoined_with_a_row_number_alone_below() -> None:
    text = (
        "市市场监管局、市发展改革局、市财政局、市科技局、市工业和信息化局、市农业农村局、市商务局\n"
        "2\n开展标准化试点示范\n"
    )
    assert cleaned(text) == text
    # a number after which the line's words go on is no row's number
    assert "\n20" not in cleaned(text.replace("\n2\n", "\n20个部门\n"))


def test_article_numbers_glued_to_their_text_get_a_space_in_a_run_of_articles() -> None:
    text = "第一条为扶持创业，制定本办法。\n第二条 本办法所称企业。\n第三条定期举办大赛。\n"
    assert cleaned(text).split("\n")[:3] == [
        "第一条 为扶持创业，制定本办法。",
        "第二条 本办法所称企业。",
        "第三条 定期举办大赛。",
    ]
    # two pairs apart are no run of three: 第一条主线 and 第七条主线 stay sentences
    apart = "第一条主线贯穿全年。\n第二条 明确分工。\n第七条主线是改革。\n第八条 加强保障。\n"
    assert cleaned(apart) == apart
    # one line opening so is a sentence (第一条主线), no article
    assert cleaned("第一条主线贯穿全年工作。\n第二条主线是改革。\n") == (
        "第一条主线贯穿全年工作。\n第二条主线是改革。\n"
    )


def test_rows_whose_first_cells_are_left_empty_are_not_rejoined() -> None:
    rows = (
        "1 加强岸线管 理 严格水域岸线用途管制 划定湖泊管理范围，严禁侵占水域岸线 市水利局 各县人民政府\n"
        "2  落实湖泊 岸线保护 规划 编制湖泊岸线保护利用规划，分区分类管控水域岸线 市水利局 各县人民政府\n"
        "3   清理整治违法占用岸线 开展妨碍行洪突出问题排查整治，逐一销号，长效管护 市水利局 各县人民政府\n"
    )
    assert cleaned(rows) == rows


def test_a_row_printing_its_group_cell_before_the_number_is_not_rejoined() -> None:
    rows = (
        "财政资金支持（共48项） 1 建立复工复产帮扶机制 畅通热线电话和网络诉求渠道，及时协调解决企业复工复产遇到的困难 "
        "责任单位：市政府办公室\n"
        "2 对重点保障企业贷款给予财政贴息支持 对新增贷款给予贴息，贴息期限不超过1年 责任单位：市财政局\n"
    )
    assert cleaned(rows) == rows


def test_question_marks_opening_many_lines_are_lost_indents() -> None:
    raw = "??通知如下。\n??1.修路。（县交通局负责）\n??2.建桥。\n?市财政局\n说明??"
    result = clean(raw_doc(raw))
    assert result.text == (
        "\u3000\u3000通知如下。\n\u3000\u30001.修路。（县交通局负责）\n\u3000\u30002.建桥。\n?市财政局\n说明??"
    )
    assert dict(result.steps)["lost_indents"] == 3  # lines
    assert cleaned("??甲\n??乙\n丙") == "??甲\n??乙\n丙"  # two lines: lost characters, kept


def test_item_numbers_a_byte_shifted_gbk_page_garbled_are_read_again() -> None:
    raw = (
        " ?。ㄒ唬嬀ㄙ規(guī)範檢查。(責任單位:市司法局)\n"
        " ?。ǘ┩七M(jìn)政務服務。\n"
        "?。﹩优f機場建設。\n"  # ﹩ is no numeral's: kept
        "OK?。下一步\n"
    )
    result = clean(raw_doc(raw))
    assert result.text.split("\n")[:4] == [
        " （一）规范检查。（责任单位：市司法局）",
        " （二）政务服务。",
        "?。﹩优f机场建设。",
        "OK?。下一步",
    ]  # the words up to the last garbled character (ㄙ, M) go with the number
    assert dict(result.steps)["garbled_numbers"] == 2
    assert dict(result.steps)["pinyin_glosses"] == 2  # 規(guī) and M(jìn): a toned gloss
    at = result.text.index("（二）")
    assert result.raw[result.to_raw[at]] == "?"  # the number points at the garbled text


def test_item_numbers_whose_closing_brackets_the_scrape_lost_are_closed_again() -> None:
    raw = "(一加强公开。(区财政局负责)\n(二完善解读。\n二、民生\n(一加强就业。\n（一般性事项另行公开）\n"
    result = clean(raw_doc(raw))
    assert result.text.split("\n")[:5] == [
        "（一）加强公开。（区财政局负责）",
        "（二）完善解读。",
        "二、民生",
        "（一）加强就业。",
        "（一般性事项另行公开）",  # a bracket its line closes: a remark, kept
    ]
    assert dict(result.steps)["garbled_numbers"] == 3
    # one such number alone, with none numbered on from it, is the page's as printed
    assert cleaned("(一加强公开。\n") == "(一加强公开。\n"


def test_a_gloss_after_a_latin_letter_needs_a_tone_mark() -> None:
    assert cleaned("七M(jìn)东部\n") == "七M东部\n"
    assert (
        cleaned("建设5G(n)网络，推广IPv6(a)\n") == "建设5G（n）网络，推广IPv6(a)\n"
    )  # no tone: kept


def test_a_gloss_the_texts_end_cut_goes_on_a_glossed_page() -> None:
    # 市發( and 相關(g: the page stopped inside a gloss; its bracket would open the clause
    # again, so the clause's own bracket is read as the cut clause it is
    assert cleaned("创新(chuàng)。(牽頭單位:市科委、市發(") == "创新。（牵头单位：市科委、市发"
    assert cleaned("創(chuàng)新。(配合單位:相關(g\n") == "创新。（配合单位：相关\n"
    # on a page with no gloss, a bracket at the end is the page's as printed
    assert cleaned("牵头单位：市科委、各镇(") == "牵头单位：市科委、各镇("


def test_a_bracket_the_texts_end_cut_is_printed_full_width_before_chinese() -> None:
    assert cleaned("加快培育。(牵头单位:市科委、市发") == "加快培育。（牵头单位：市科委、市发"
    # a bracket that closes later, or one with no Chinese after it, is left to the pairs' rule
    assert cleaned("加快培育。(牵头单位:市科委)\n(2024") == "加快培育。（牵头单位：市科委）\n(2024"


def test_one_question_mark_before_an_item_number_is_a_lost_indent_on_such_a_page() -> None:
    raw = "???(一)第一组;\n???(二)第二组;\n???(三)第三组;\n?(四)第四组;\n?市财政局\n"
    result = clean(raw_doc(raw))
    assert result.text.split("\n")[3:5] == ["\u3000（四）第四组；", "?市财政局"]
    assert dict(result.steps)["lost_indents"] == 4  # lines
    assert cleaned("?(四)第四组;\n") == "?（四）第四组；\n"  # no page of lost indents: kept


def test_lines_wrapped_at_a_pdfs_width_are_rejoined_and_page_numbers_dropped() -> None:
    body = (
        "1.完善街道党工委对地区治理重大工作的领导体制机制，优\n"
        "化决策程序，涉及基层治理的重大事项、重点工作、重要问题由\n"
        "街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的\n"
        "领导能力。加强街道社区党组织对地区各类组织和各项工作的领\n"
        "导，街道党工委可吸纳优秀社区党组织书记担任兼职党工委委员\n"
        "— — — 3 —\n"
        "推进社区党组织书记、居委会主任“一肩挑”，推动将党的领导写\n"
        "入各类组织章程。\n"
        "牵头单位：区委组织部\n"
        "协办单位：区委编办、区民政局（区委社会工委）、园区党工\n"
        "委、各街道党工委\n"
    )
    result = clean(raw_doc(body))
    assert result.text.split("\n") == [
        "1.完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，涉及基层治理的重大"
        "事项、重点工作、重要问题由街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的"
        "领导能力。加强街道社区党组织对地区各类组织和各项工作的领导，街道党工委可吸纳优秀社区"
        "党组织书记担任兼职党工委委员推进社区党组织书记、居委会主任“一肩挑”，推动将党的领导写"
        "入各类组织章程。",
        "牵头单位：区委组织部",
        "协办单位：区委编办、区民政局（区委社会工委）、园区党工委、各街道党工委",
        "",
    ]
    assert dict(result.steps)["page_numbers"] == 1


def test_a_page_number_run_onto_the_next_page_s_first_line_goes() -> None:
    raw = (
        "3.县政府常务会议定期研究法治工作或听取法治政府建设\n"
        "- 2 - 工作汇报，及时研究解决有关重大问题。\n"
        "严格落实学法制度。\n"
        "- 3 - 〔牵头单位：县司法局〕\n"
    )
    result = clean(raw_doc(raw))
    # a sentence the page cut rejoins; after a line closed by its 。 the line break stays
    assert result.text == (
        "3.县政府常务会议定期研究法治工作或听取法治政府建设工作汇报，及时研究解决有关重大问题。\n"
        "严格落实学法制度。\n"
        "〔牵头单位：县司法局〕\n"
    )
    assert dict(result.steps)["page_numbers"] == 2
    at = result.text.index("工作汇报")
    assert result.raw[result.to_raw[at]] == "工"


def test_a_pdf_printed_a_line_a_paragraph_is_rejoined_across_its_blank_lines() -> None:
    lines = [
        "1.开展农产品质量安全专项整治行动，严厉打击违法使",
        "用禁用药物行为，规范农业投入品经营秩序。（市农业农村",
        "局、市公安局按职责分工负责）",
        "2.推进食用农产品承诺达标合格证制度，扩大合格证开",
        "具覆盖面，提高规模主体开证率。（市农业农村局牵头，各",
        "县市区人民政府配合）",
        "主要协作单位：各乡镇人民政府、经济开发区管委会、县",
        "政府有关部门、有关直属单位、县融媒体中心、县总工会",
        "监督方式：0557-1234567",
    ]
    result = clean(raw_doc("\n\n".join(lines) + "\n"))
    assert result.text.split("\n") == [
        lines[0] + lines[1] + lines[2],
        "",
        lines[3] + lines[4] + lines[5],
        "",
        lines[6] + lines[7],
        "",
        lines[8],  # a line opening with a label starts its own
        "",
    ]
    assert dict(result.steps)["rejoined_lines"] == 10


def test_a_pdf_wrap_indented_less_than_its_items_first_line_joins_without_the_margins() -> None:
    lines = [
        " " * 18
        + "（五）以全省科普日活动、科技活动周为载体，结合卫生健康节日纪念日，持续推进健康科  ",
        " " * 14
        + "普行动。开展健康科普作品征集大赛，开展大学生暑期三下乡健康专项等活动。（省科技厅、",
        " " * 14 + "省卫生健康委按职责分工负责）",
        " " * 18
        + "（六）部署加强学校食品安全和营养健康工作，完善校园食品安全管理体制。（省教育厅牵",
        " " * 14 + "头负责）",
        " " * 18
        + "（七）巩固无烟党政机关、无烟医疗卫生机构建设成果，倡导无烟家庭建设，举办无烟赛事",
        " " * 14
        + "开展无烟环境建设专项检查，推动公共场所全面禁烟，保护未成年人免受烟草危害。（省卫生",
        " " * 14 + "健康委牵头负责）",
    ]
    result = clean(raw_doc("\n\n".join(lines) + "\n"))
    assert [line for line in result.text.split("\n") if line] == [
        lines[0].rstrip() + lines[1].strip() + lines[2].strip(),
        lines[3] + lines[4].strip(),
        lines[5] + lines[6].strip() + lines[7].strip(),
    ]  # the item lines (a sentence's marks in them) and the wraps below share one width


def test_headings_of_one_width_are_no_pdf_wrap() -> None:
    body = "".join(
        f"{n})推进第{n}项重点工作体系建设\n正文写在这里。（牵头单位：市大数据局）\n"
        for n in range(1, 7)
    )
    assert cleaned(body) == body
    # a table's headings a cell a paragraph, a comma in each: still titles, no wrap
    titles = "\n\n".join(
        f"{n}、全力以赴扩投资、优服务，筑牢第{n}项经济增长根基" for n in "二三四五六"
    )
    assert cleaned(titles) == titles


def test_a_long_line_is_not_joined_with_a_label_alone_on_the_next() -> None:
    units = "、".join(
        ["市发展改革委", "市财政局", "市自然资源和规划局", "市生态环境局", "市住房保障局"]
    )
    raw = f"责任单位\n{units}\n进展与成效：\n已完成。\n"
    assert cleaned(raw).split("\n")[1:3] == [units, "进展与成效："]


def test_a_line_a_character_short_of_the_wrap_goes_on_when_a_mark_took_it_down() -> None:
    # 避头尾: 、 may not open a line, so the typesetter took 委 down with it.
    wrapped = [
        "1.健全社区治理协商机制，推动重大事项由居民议事会讨论决",
        "定，完善议事规则和结果公开制度，提升议事协商规范化水平",
        "和群众参与程度，确保协商成果得到落实和反馈，形成长效机",
        "制，推进议事协商向小区、楼栋延伸，打通服务群众最后一米",
        "路，让居民的意见在家门口就能得到及时回应和妥善处理解决",
        "。",
    ]
    body = "\n".join(
        [
            *wrapped,
            "牵头单位:区委社会工委",
            "协办单位:区民政局、区司法局(区法治办)、园区党工",
            "委、各街道党工委",
            "",
        ]
    )
    result = clean(raw_doc(body))
    assert result.text.split("\n")[-3:] == [
        "牵头单位：区委社会工委",
        "协办单位：区民政局、区司法局（区法治办）、园区党工委、各街道党工委",
        "",
    ]


def test_a_line_wrapped_after_a_level_in_brackets_goes_on() -> None:
    wrapped = [
        "建立重大外资项目专班服务机制，对总投资1亿美元以上的项",
        "目实行“一项目一专班”，协调解决用地、用能、环评等要素保障",
        "问题。各县（市）区要明确外资项目服务专员，做到项目签约、",
        "注册、开工、投产全流程跟踪服务，及时协调解决项目推进中",
        "遇到的困难和问题。",
        "责任单位：市商务局、市发改委、市自然资源和规划局，各县（市）",
        "区人民政府、南屏高新区管委会",
        "",
    ]
    assert cleaned("\n".join(wrapped)).split("\n")[-2] == (
        "责任单位：市商务局、市发改委、市自然资源和规划局，各县（市）区人民政府、南屏高新区管委会"
    )
    # a unit in brackets (市财政局) or a role (牵头) closes its line
    closed = "\n".join(
        [*wrapped[:5], "责任单位：市商务局、市发改委、自然资源和规划局（林业局）", "区人民政府", ""]
    )
    assert cleaned(closed).split("\n")[-3:-1] == [
        "责任单位：市商务局、市发改委、自然资源和规划局（林业局）",
        "区人民政府",
    ]


def test_a_sharing_sites_page_markers_go_and_a_cut_word_rejoins() -> None:
    page1 = "1、" + "临江市实施方案" + "甲" * 280 + "个体工"
    page2 = "2、商户提供融资担保。"
    result = clean(raw_doc("站点说明\n" + page1 + "\n" + page2 + "\n"))
    assert result.text == "站点说明\n临江市实施方案" + "甲" * 280 + "个体工商户提供融资担保。\n"
    assert dict(result.steps)["page_numbers"] == 2
    # where the text was, the offsets still point: 商 is the raw 商
    at = result.text.index("商户")
    assert result.raw[result.to_raw[at]] == "商"


def test_a_sharing_sites_pages_apart_by_blank_lines_join_too() -> None:
    page1 = "1、" + "临江市实施方案" + "甲" * 280 + "个体工"
    page2 = "2、商户提供融资担保。"
    result = clean(raw_doc("站点说明\n\n" + page1 + "\n\n \n" + page2 + "\n"))
    assert result.text == "站点说明\n\n临江市实施方案" + "甲" * 280 + "个体工商户提供融资担保。\n"
    at = result.text.index("商户")
    assert result.raw[result.to_raw[at]] == "商"
    # an item 2 after a blank line and an item's sentence end is still no page marker
    long_item = "1、" + "乙" * 300 + "。"
    assert cleaned(long_item + "\n\n2、建设场馆。\n") == long_item + "\n\n2、建设场馆。\n"


def test_a_sharing_sites_pdf_page_numbers_inside_its_pages_go() -> None:
    page1 = "1、- 1 -临江市实施方案" + "甲" * 280 + "个体工"
    page2 = "2、商户提供融资担保。（责任单位：- 2 -县住建局）工期 3 - 5 天"
    result = clean(raw_doc("站点说明\n" + page1 + "\n" + page2 + "\n"))
    assert result.text == (
        "站点说明\n临江市实施方案" + "甲" * 280 + "个体工商户提供融资担保。（责任单位：县住建局）"
        "工期 3 - 5 天\n"
    )  # (3 - 5 is no page number: it runs on from no 2)
    assert dict(result.steps)["page_numbers"] == 4
    at = result.text.index("县住建局")
    assert result.raw[result.to_raw[at - 1]] == "："
    assert result.raw[result.to_raw[at] - 3 : result.to_raw[at] + 1] == "2 -县"
    # one number alone, or numbers out of order, are no page numbers
    lone = "2、商户提供融资担保。（责任单位：- 3 -县住建局）"
    assert "- 3 -" in cleaned("站点说明\n" + page1.replace("- 1 -", "") + "\n" + lone + "\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("|\n[接上页] 3.人民检察院。依法监督。\n", "|\n3.人民检察院。依法监督。\n"),
        ("县公安局：负责巡查。【续上页】\n", "县公安局：负责巡查。\n"),
        ("1.修路。（转下页）\n", "1.修路。\n"),
    ],
)
def test_a_pages_continuation_marker_goes_with_the_spaces_after_it(raw: str, expected: str) -> None:
    result = clean(raw_doc(raw))
    assert result.text == expected
    assert dict(result.steps)["page_numbers"] == 1
    at = result.text.index("。")
    assert result.raw[result.to_raw[at]] == "。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "期刊名\n<正>(二)推进货运治理。(省交通运输厅牵头)\n",
            "期刊名\n(二)推进货运治理。(省交通运输厅牵头)\n",
        ),
        ("\u3000<正> 1.修路。\n", "\u30001.修路。\n"),
    ],
)
def test_a_journals_body_mark_goes_and_the_item_opens_its_line(raw: str, expected: str) -> None:
    result = clean(raw_doc(raw))
    assert result.text.replace("（", "(").replace("）", ")") == expected
    assert dict(result.steps)["page_numbers"] == 1
    at = result.text.index("修路" if "修路" in raw else "推进")
    assert result.raw[result.to_raw[at]] == result.text[at]


def test_a_body_mark_inside_a_line_stays() -> None:
    assert "<正>" in cleaned("1.修路<正>。\n")


def test_a_bracket_that_names_no_page_stays() -> None:
    assert cleaned("1.修路（接上级通知）。\n") == "1.修路（接上级通知）。\n"


def test_an_item_two_after_a_sentences_end_or_a_short_line_is_no_page_marker() -> None:
    long_item = "1、" + "乙" * 300 + "。"
    assert cleaned(long_item + "\n2、建设场馆。\n") == long_item + "\n2、建设场馆。\n"
    assert cleaned("1、建设\n2、场馆" + "丙" * 300 + "\n") == "1、建设\n2、场馆" + "丙" * 300 + "\n"


def test_a_line_that_stops_inside_a_quotation_joins_the_line_that_closes_it() -> None:
    text = "1.打造“临江科创之\n光”创新创业品牌。\n责任科室：计划科\n"
    assert cleaned(text) == "1.打造“临江科创之光”创新创业品牌。\n责任科室：计划科\n"


def test_a_wrap_counts_a_scraped_ascii_mark_full_width_and_an_item_line_a_little_short() -> None:
    lines = [
        "2. 印发《2022年全国知识产权行政保护工作方案》,聚焦电",
        "商等重点领域开展专项治理。开展反不正当竞争专项执法,打击",
        "互联网领域仿冒混淆、侵犯商业秘密等行为,治理电商“刷单炒",
        "信”、买卖快递单号等问题。加强互联网广告监测监管,严厉查处",
        "虚假违法广告。(市场监管总局、邮政局、知识产权局按职责分工",
        "负责)",
        "3. 开展网售药品违法违规行为专项整治,净化药品网络销",
        "售市场。开展医疗器械“清网”行动,夯实医疗器械网络交易服务",
        "第三方平台责任。(药监局负责)",
    ]
    joined = [line for line in cleaned("\n\n".join(lines) + "\n").split("\n") if line]
    assert len(joined) == 2
    assert joined[1].startswith("3. 开展网售药品违法违规行为专项整治，净化药品网络销售市场。")


def test_plain_lines_a_little_past_the_width_its_item_lines_share_count_as_wraps() -> None:
    # a journal's reprint: the items' first lines hold quotes (“ ”) measured narrower than
    # they print, so the lines of units under them, full-width throughout, measure wider
    raw = (ROOT / "tests/fixtures/plans/pdf-wrap-quoted-items.txt").read_text(encoding="utf-8")
    lines = cleaned(raw).split("\n")
    items = [line for line in lines if line.startswith("（")]
    assert len(items) == 8 and len(lines) == 12
    assert items[1].startswith("（二）继续深入开展“救在身边 人人急救”活动，")
    assert items[1].endswith(
        "的社会文明风尚。(市健康办、市红十字会牵头，市委宣传部、市教育局、"
        "市交通运输局、市文化广电旅游局、市卫生健康委、市体育局、市总工会等部门单位参与)"
    )
    assert items[6].endswith("合唱等，不断丰富老年人精神文化生活。（市文化广电旅游局牵头负责）")


def test_angle_brackets_inside_a_clause_are_a_nested_bracket_and_a_titles_stay() -> None:
    raw = "（一）树牢理念。(各县〈市、区〉,示范区管委会〈下同〉,各有关部门按职责分工负责)\n"
    assert cleaned(raw) == (
        "（一）树牢理念。（各县（市、区），示范区管委会（下同），各有关部门按职责分工负责）\n"
    )
    titles = "根据《关于印发〈行动方案〉的通知》（见《通知〈摘要〉》）\n"  # a title's title
    assert cleaned(titles) == titles
    assert cleaned("各乡〈镇〉人民政府负责。\n") == "各乡〈镇〉人民政府负责。\n"  # in no bracket


def test_a_page_with_lines_past_the_width_of_its_unit_cells_is_wrapped_nowhere() -> None:
    # a table a cell a paragraph: its units cells share a width, its task cells run past it
    task = "推进网格化治理标准规范。" + "提升基层减负应用，优化城市信息模型工作格局。" * 4
    row = [task, "市委编办、中共郑州市委网络安全和信息化委员会办公室", "金水区"]
    raw = "\n\n".join(row * 5) + "\n"
    assert cleaned(raw) == raw.replace(",", "，")


def test_a_page_opening_with_a_section_s_number_after_a_sentence_s_end_is_a_page_marker() -> None:
    page1 = "1、临江市行动方案" + "甲" * 280 + "。"
    page2 = "2、二、重点任务（一）产业化育龙头。（责任单位：市农业农村局）"
    result = clean(raw_doc(page1 + "\n" + page2 + "\n"))
    # the page broke at a sentence's end: page 2 keeps its line, without its marker
    lines = result.text.split("\n")
    assert lines[0] == "临江市行动方案" + "甲" * 280 + "。"
    assert lines[1].startswith("二、重点任务") and "2、" not in result.text
    # an item 2 whose own text opens with no section's number is still an item
    item = "1、" + "乙" * 300 + "。\n2、建设场馆。\n"
    assert cleaned(item) == item


def test_rows_of_a_single_spaced_table_with_no_number_column_are_not_rejoined() -> None:
    rows = (
        "高龄津贴发放 本区80周岁以上户籍老年人 按月发放高龄津贴，由街道初审后报区民政局审核确认并按月打卡发放到本人账户 区财政负担 区民政局\n"
        "困难职工帮扶 本区建档困难职工 提供生活救助 按照办法执行 区总工会\n"
    )
    assert cleaned(rows) == rows  # as many cells each: rows, not a line and its wrap


def test_a_page_that_broke_at_a_sentence_s_end_is_a_page_when_a_later_one_is() -> None:
    page1 = "1、临江市实施方案" + "甲" * 280 + "。"
    page2 = "2、工作流程。" + "乙" * 280 + "个体工"
    page3 = "3、商户提供融资担保。"
    result = clean(raw_doc(page1 + "\n" + page2 + "\n" + page3 + "\n"))
    # page 3 cuts a word: page 2 is a page too, its text goes on the line of page 1
    assert result.text == (
        "临江市实施方案" + "甲" * 280 + "。工作流程。" + "乙" * 280 + "个体工商户提供融资担保。\n"
    )
    # with no later page cutting a sentence, items 1、 2、 of that length stay as printed
    whole = page1 + "\n" + page2.replace("个体工", "。") + "\n"
    assert cleaned(whole) == whole


def test_a_sharing_sites_page_footers_go_even_inside_a_word() -> None:
    raw = "第1页共3页方案一、任务县农委。负责指导第2页共3页各乡镇做好还田。第 3 页 / 共 3 页\n"
    result = clean(raw_doc(raw))
    assert result.text == "方案一、任务县农委。负责指导各乡镇做好还田。\n"
    assert dict(result.steps)["page_numbers"] == 3
    at = result.text.index("各乡镇")
    assert result.raw[result.to_raw[at] : result.to_raw[at] + 3] == "各乡镇"


def test_a_page_count_below_its_pages_number_is_no_footer() -> None:
    assert cleaned("1.编印第5页共3页的手册。\n") == "1.编印第5页共3页的手册。\n"


def test_articles_a_scrape_ran_onto_one_line_each_get_a_line_of_their_own() -> None:
    raw = (
        "保洁办法第一章总则第一条为加强保洁，制定本办法。第二条本办法适用于城区。"
        "第二章职责第三条区水利局负责统筹协调。第四条参照第二条执行。\n"
    )
    result = clean(raw_doc(raw))
    assert result.text == (
        "保洁办法\n第一章 总则\n第一条 为加强保洁，制定本办法。\n第二条 本办法适用于城区。\n"
        "第二章 职责\n第三条 区水利局负责统筹协调。\n第四条 参照第二条执行。\n"
    )  # (第二条 inside a sentence is a mention, no article)
    assert dict(result.steps)["run_on_articles"] == 6  # (a chapter: its break and space)
    at = result.text.index("区水利局")
    assert result.raw[result.to_raw[at] : result.to_raw[at] + 4] == "区水利局"


def test_article_numbers_that_do_not_follow_each_other_stay_in_their_line() -> None:
    text = "依照第三条。第五条另有规定。第九条除外。\n"
    assert cleaned(text) == text


def test_markdown_bold_marks_around_a_short_run_are_dropped_keeping_its_offsets() -> None:
    raw = "安全职责如下：\n1. **政教处**:负责安全教育。\n2. **保卫科**:负责门卫管理。\n"
    done = clean(raw_doc(raw))
    assert done.text.split("\n")[1:3] == ["1. 政教处：负责安全教育。", "2. 保卫科：负责门卫管理。"]
    assert dict(done.steps)["markdown_emphasis"] == 2
    at = done.text.index("政教处")
    assert raw[done.to_raw[at] : done.to_raw[at] + 3] == "政教处"  # its own raw characters
    # a lone pair of stars, or marks across a line break, are the page's own text
    assert cleaned("评为**级单位。\n**重点**\n**未闭合\n") == "评为**级单位。\n重点\n**未闭合\n"
