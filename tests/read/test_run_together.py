"""The run-together steps, through ``clean``: every line they break keeps its raw offsets."""

from __future__ import annotations

import pytest

from pipeline.read.clean import clean
from pipeline.read.run_together import _first_item_in_page
from tests.conftest import raw_doc
from tests.read.test_clean import cleaned


def test_labels_run_together_after_spaces_get_lines_of_their_own() -> None:
    raw = (
        "进展公示如下。 1.建成南桥。 牵头领导：甲某 责任单位：县住建局 项目责任人：乙某 "
        "实际完成情况：已合龙。 2.新建北站。 责任单位：县交通局 配合单位：县财政局 东区 西区"
    )
    result = clean(raw_doc(raw))
    assert result.text == (
        "进展公示如下。\n1.建成南桥。\n牵头领导：甲某\n责任单位：县住建局\n项目责任人：乙某\n"
        "实际完成情况：已合龙。\n2.新建北站。\n责任单位：县交通局\n配合单位：县财政局\n东区 西区"
    )
    assert dict(result.steps)["inline_labels"] == 9
    assert result.to_raw == tuple(range(len(raw)))  # one character for one


@pytest.mark.parametrize(
    "raw",
    [
        "请 责任单位：县住建局 抓好落实 1.建成南桥。",  # one label after a space: prose
        "牵头单位：县住建局 责任单位：县财政局",  # the first label opens its line
        "（牵头单位：县住建局；责任单位：县财政局）",
    ],
)
def test_a_line_with_fewer_than_two_labels_after_spaces_is_left_alone(raw: str) -> None:
    assert cleaned(raw) == raw


def test_items_under_run_together_headings_are_numbered_again_from_one() -> None:
    raw = (
        "分解如下 一、甲县长牵头 1.修路。 责任单位：县交通局 2.建桥。 责任单位：县住建局 "
        "二、乙副县长牵头 1.治河。 责任单位：县水利局 三、丙 四、丁 3.无"
    )
    result = clean(raw_doc(raw))
    assert result.text == (
        "分解如下\n一、甲县长牵头\n1.修路。\n责任单位：县交通局\n2.建桥。\n责任单位：县住建局\n"
        "二、乙副县长牵头\n1.治河。\n责任单位：县水利局\n三、丙 四、丁 3.无"
    )  # 三、 is followed by no 1., 四、 is out of order: neither starts a group
    assert result.to_raw == tuple(range(len(raw)))


def test_a_page_on_one_line_gets_a_line_per_item_after_sentence_ends() -> None:
    raw = (
        "通知如下。 一、稳增长 （一）扩需求。 1.发券。（省商务厅负责） 2.建项目。"
        "（省发改委牵头） 二、促改革 3.优环境。（省营商局负责） 另见 4.附表"
    )
    result = clean(raw_doc(raw))
    assert result.text == (
        "通知如下。\n一、稳增长\n（一）扩需求。\n1.发券。（省商务厅负责）\n2.建项目。（省发改委牵头）\n"
        "二、促改革\n3.优环境。（省营商局负责） 另见 4.附表"
    )  # 4. follows no sentence's end: text, not an item; the heading's first item gets a line
    assert dict(result.steps)["inline_labels"] == 5
    assert dict(result.steps)["clause_items"] == 1
    assert result.to_raw == tuple(range(len(raw)))


def test_numbers_printed_as_one_glyph_after_sentence_ends_get_lines_of_their_own() -> None:
    raw = (
        "[接上页] ⒊ 签订目标责任书。 ⒋ 纳入考核范围。 ㈡ 乡镇人民政府、街道办事处。 "
        "⒈ 设立交通安全工作站。 ⒉ 配备专干。"
    )
    assert cleaned(raw) == (  # (the site's [接上页] is cleaned away)
        "⒊ 签订目标责任书。\n⒋ 纳入考核范围。\n㈡ 乡镇人民政府、街道办事处。\n"
        "⒈ 设立交通安全工作站。\n⒉ 配备专干。"
    )
    # a heading's glyph after no sentence's end is text: 按要求 ㈡ 类标准
    assert cleaned("按要求 ㈡ 类标准执行。 ⒈ 摸底。") == "按要求 ㈡ 类标准执行。 ⒈ 摸底。"


def test_articles_run_together_after_sentence_ends_get_lines_of_their_own() -> None:
    raw = (
        "第四章 各委员单位职责 第十二条 各委员单位要明确职责。 第十三条 共青团的主要职责 宣传法律。"
        " 第十四条 工会的主要职责 教育职工知法。"
    )
    assert cleaned(raw) == (
        "第四章 各委员单位职责 第十二条 各委员单位要明确职责。\n第十三条 共青团的主要职责 宣传法律。"
        "\n第十四条 工会的主要职责 教育职工知法。"
    )


def test_an_item_opening_with_a_date_after_a_headings_short_title_gets_a_line() -> None:
    raw = "（一）宣传报道 1、6月1日上午，召开新闻发布会。\n2、6月2日起开设专栏。"
    assert cleaned(raw) == "（一）宣传报道\n1、6月1日上午，召开新闻发布会。\n2、6月2日起开设专栏。"
    # 1.6 after a title may be a decimal: no item's date
    assert cleaned("（一）增长目标 1.6月完成。") == "（一）增长目标 1.6月完成。"


@pytest.mark.parametrize(
    "raw",
    [
        "全年投资 1.5万亿元。 2.0版本上线。",  # no 1. after a sentence's end and a space
        "分三步：第一步。 1.摸底。",  # a single item number is no page of items
    ],
)
def test_a_line_with_fewer_than_two_items_after_sentence_ends_is_left_alone(raw: str) -> None:
    assert cleaned(raw) == raw


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        # the list starts at 2. (the page lost 1.); 4. follows no sentence's end
        (
            "通知如下： （一）重点督办的代表建议。 2.关于修路的建议（第12号。牵头单位：省交通厅）；"
            " 3.关于建桥的建议（第15号。牵头单位：省水利厅）； 另见 4.附表",
            [
                "通知如下： （一）重点督办的代表建议。",
                "2.关于修路的建议（第12号。牵头单位：省交通厅）；",
                "3.关于建桥的建议（第15号。牵头单位：省水利厅）； 另见 4.附表",
            ],
        ),
        # one item: its label breaks after a stop; a label after none (监督电话) stays
        (
            "现就有关工作作如下分工。 一、开展隐患排查 （一）全面排查 1、坚持问题导向，开展全覆盖排查。"
            " 责任单位：区应急管理局，各乡（街道） 监督电话：12345",
            [
                "现就有关工作作如下分工。",
                "一、开展隐患排查",
                "（一）全面排查",
                "1、坚持问题导向，开展全覆盖排查。",
                "责任单位：区应急管理局，各乡（街道） 监督电话：12345",
            ],
        ),
        # one item right after a heading that follows a sentence's end
        (
            "现提出以下重点工作措施。 一、持续强化产业链群培育 1.做强产业链群。深入开展助企服务。"
            "（市工业和信息化局按职责分工负责）",
            [
                "现提出以下重点工作措施。",
                "一、持续强化产业链群培育",
                "1.做强产业链群。深入开展助企服务。（市工业和信息化局按职责分工负责）",
            ],
        ),
    ],
    ids=["cut-above-first-item", "one-item-and-its-label", "one-item-after-a-heading"],
)
def test_a_page_on_one_line_breaks_after_each_stop_before_items_and_labels(
    raw: str, lines: list[str]
) -> None:
    assert cleaned(raw).split("\n") == lines


def test_an_item_after_the_clause_of_the_item_before_starts_a_line() -> None:
    raw = "（一）甲增长。（省发改委负责）（二）乙增长。（省财政厅主办）（四）丙\n（5）丁（六）戊"
    result = clean(raw_doc(raw))
    assert result.text == (
        "（一）甲增长。（省发改委负责）\n（二）乙增长。（省财政厅主办）（四）丙\n（5）丁（六）戊"
    )  # （四） is out of order; （六） follows no bracket and is of another style
    assert dict(result.steps)["clause_items"] == 1
    assert result.to_raw[15] == result.to_raw[16] == 15  # the break stands for the next "（"


def test_the_next_item_after_a_sentence_end_and_spaces_on_its_line_starts_a_line() -> None:
    raw = "(9)市农委:负责评估损失。 (10)市国资委:负责物资调度。 (12)市公安局:负责治安。\n"
    assert cleaned(raw) == (
        "（9）市农委：负责评估损失。\n （10）市国资委：负责物资调度。 （12）市公安局：负责治安。\n"
    )  # (12) is not the next number: it stays in (10)'s text
    assert cleaned("1.修路。 2018年完成。\n") == "1.修路。 2018年完成。\n"  # no number: a year


def test_the_next_item_after_a_semicolon_and_spaces_and_a_run_on_article_start_lines() -> None:
    raw = (
        "（七）负责调查火灾原因； （八）指导专职消防队训练； （十）无。 第九条 乡镇人民政府"
        "履行下列职责： （一）成立消防组织； （二）建立责任网络。\n"
    )
    assert cleaned(raw) == (
        "（七）负责调查火灾原因；\n （八）指导专职消防队训练； （十）无。\n 第九条 乡镇人民政府"
        "履行下列职责： \n（一）成立消防组织； \n（二）建立责任网络。\n"
    )  # (十) is not the next number after (八): it stays in (八)'s text
    # an article's number after a 。 but no space after it is a mention, no heading
    assert cleaned("（一）依照规定处理。 第九条规定的事项由县政府负责。\n") == (
        "（一）依照规定处理。 第九条规定的事项由县政府负责。\n"
    )


def test_five_items_or_more_numbered_from_one_after_spaces_start_lines() -> None:
    items = " 1、区城管局加强洗扫 2、区住建局督促工地 3、区水务局巡查河道 4、甲街道洒水降尘 5、乙街道清扫"
    assert cleaned("各部门加大力度。" + items + "\n") == (
        "各部门加大力度。\n1、区城管局加强洗扫\n2、区住建局督促工地\n3、区水务局巡查河道\n"
        "4、甲街道洒水降尘\n5、乙街道清扫\n"
    )
    # four, or numbers out of order, are a sentence's own figures
    for line in (items[: items.index(" 5、")], items.replace(" 3、", " 7、")):
        assert cleaned("各部门加大力度。" + line + "\n") == "各部门加大力度。" + line + "\n"


def test_a_numbered_item_after_a_clause_on_its_line_starts_a_line() -> None:
    raw = "1.抓好项目。（省发改委主办，省工信委协办）2.抓好落地。（省工信委负责）3%的增长）4.无"
    assert cleaned(raw) == (
        "1.抓好项目。（省发改委主办，省工信委协办）\n2.抓好落地。（省工信委负责）3%的增长）4.无"
    )  # 3% is no item (no Chinese text after a label), so 4. is not the next


def test_an_item_glued_after_a_clause_opening_its_line_starts_a_line() -> None:
    raw = "1.改造棚户区60万平方米。\n（责任单位：市住建局）2.完成燃气管网改造。\n（责任单位：市城管局）\n"
    result = clean(raw_doc(raw))
    assert result.text.split("\n") == [
        "1.改造棚户区60万平方米。",
        "（责任单位：市住建局）",
        "2.完成燃气管网改造。",
        "（责任单位：市城管局）",
        "",
    ]
    assert dict(result.steps)["clause_items"] == 1


def test_a_section_heading_glued_after_a_clause_starts_a_line() -> None:
    clause = "（责任单位：各区人民政府，市发改委、市教育局、市财政局、市自然资源局、市民政局）"
    raw = (
        "一、健全工作机制\n各区要健全领导机制。\n"
        f"{clause}二、建立基础台账\n各区要摸清短板。\n"
        "（责任单位：市文体旅游局）四、盘活土地\n（注：详见附件一）三、无\n"
    )
    result = clean(raw_doc(raw))
    assert result.text.split("\n") == [
        "一、健全工作机制",
        "各区要健全领导机制。",
        clause,
        "二、建立基础台账",  # a long line, yet not joined to the body below
        "各区要摸清短板。",
        "（责任单位：市文体旅游局）四、盘活土地",  # 四、 is not the next section
        "（注：详见附件一）三、无",  # the bracket names no role: no clause
        "",
    ]
    assert dict(result.steps)["clause_items"] == 1
    assert dict(result.steps)["rejoined_lines"] == 0


def test_a_section_heading_after_a_clause_before_any_section_starts_a_line() -> None:
    raw = "各区要健全领导机制。\n（责任单位：各区人民政府）二、建立基础台账\n各区要摸清短板。\n"
    assert cleaned(raw).split("\n")[1:3] == ["（责任单位：各区人民政府）", "二、建立基础台账"]


def test_an_item_after_a_clause_opened_on_a_line_above_starts_a_line() -> None:
    raw = (
        "1、设置广告。 （责任单位：县交通局、县住建局\n完成时间：2014年逐步设置）"
        "2、租用广告牌。 （责任单位：县住建局\n完成时间：2013年）3、新建宣传牌。\n"
    )
    assert cleaned(raw).split("\n") == [
        "1、设置广告。 （责任单位：县交通局、县住建局",
        "完成时间：2014年逐步设置）",
        "2、租用广告牌。 （责任单位：县住建局",
        "完成时间：2013年）",
        "3、新建宣传牌。",
        "",
    ]


def test_an_item_after_a_labelled_clauses_full_stop_starts_a_line() -> None:
    raw = (
        "2、完成江滩防护林建设。责任单位：市水利局，完成时间：5月10日前。3、完成大道绿化带建设。"
        "责任单位：市林业局、鄂城区，完成时间：5月10日前。5、无。\n"
        "1、修路。全年完成。2、建桥。\n"
    )
    assert cleaned(raw).split("\n") == [
        "2、完成江滩防护林建设。责任单位：市水利局，完成时间：5月10日前。",
        "3、完成大道绿化带建设。责任单位：市林业局、鄂城区，完成时间：5月10日前。5、无。",
        "1、修路。全年完成。2、建桥。",  # (no label before the 。: no sign of a run)
        "",
    ]  # 5、 is not the next item: it stays


def test_sub_items_run_together_on_an_items_line_each_start_a_line() -> None:
    raw = "1.深化改革。（1）全面落实。（市甲局牵头负责）（2）完善登记。（市乙局牵头负责）\n"
    assert cleaned(raw).split("\n") == [
        "1.深化改革。",
        "（1）全面落实。（市甲局牵头负责）",
        "（2）完善登记。（市乙局牵头负责）",
        "",
    ]
    lone = "1.深化改革。（1）全面落实，具体见附件。（市甲局负责）\n"
    assert cleaned(lone) == lone


def test_a_page_on_one_line_breaks_after_the_notices_colon_too() -> None:
    raw = (
        "各县区人民政府： 为做好就业创业工作，现提出以下意见： 一、实施就业优先战略 "
        "1.坚持就业优先。把就业放在首位。（市发展改革委牵头） 2.落实创业政策。简化手续。（市人社局负责）\n"
    )
    assert cleaned(raw).split("\n")[1:4] == [
        "一、实施就业优先战略",
        "1.坚持就业优先。把就业放在首位。（市发展改革委牵头）",
        "2.落实创业政策。简化手续。（市人社局负责）",
    ]


def test_an_item_after_a_clause_and_a_semicolon_starts_a_line() -> None:
    raw = "1.关于建设产业基地的建议（牵头单位：省工信厅；协办单位：省财政厅）；2.关于简化报销手续的建议（牵头单位：省人社厅）。\n"
    assert cleaned(raw).split("\n") == [
        "1.关于建设产业基地的建议（牵头单位：省工信厅；协办单位：省财政厅）；",
        "2.关于简化报销手续的建议（牵头单位：省人社厅）。",
        "",
    ]


def test_a_page_on_one_line_without_spaces_breaks_before_its_headings_and_items() -> None:
    text = (
        "临江市实施方案为激发活力，制定本方案。一、加强要素支持（一）落实税费政策。"
        + "丁" * 200
        + "。（市税务局）（二）加大融资支持。扩大信用贷款。（市财政局）二、优化环境（一）清理欠款。"
        + "（市国资委）\n"
    )
    assert cleaned(text).split("\n") == [
        "临江市实施方案为激发活力，制定本方案。",
        "一、加强要素支持",
        "（一）落实税费政策。" + "丁" * 200 + "。（市税务局）",
        "（二）加大融资支持。扩大信用贷款。（市财政局）",
        "二、优化环境",
        "（一）清理欠款。（市国资委）",
        "",
    ]


def test_a_page_on_one_line_breaks_before_items_opening_with_a_templates_blanked_name() -> None:
    text = (
        "XX县整治方案为改善环境，制定本方案。一、整治目标。"
        + "丁" * 200
        + "。二、整治内容（一）XX县城环境整治1、XX县城道路分包清理。（责任单位：城管局）"
        "2、××镇道路清理整治。（责任单位：各分包单位）\n"
    )
    assert cleaned(text).split("\n") == [
        "XX县整治方案为改善环境，制定本方案。",
        "一、整治目标。" + "丁" * 200 + "。",
        "二、整治内容",
        "（一）XX县城环境整治",
        "1、XX县城道路分包清理。（责任单位：城管局）",
        "2、××镇道路清理整治。（责任单位：各分包单位）",
        "",
    ]


def test_a_page_on_one_line_breaks_after_square_clauses_and_before_a_titles_sub_item() -> None:
    text = (
        "绿溪区方案为提升环境，制定本方案。一、整治任务1.推行道路保洁（1）主次干道保洁。"
        + "丁" * 200
        + "。（区城管局牵头）（2）小巷保洁。（区城管局负责）2.整治市场。【牵头单位：区市场监管局】"
        + "3.清理河道。〔牵头单位：区水利局〕\n"
    )
    assert cleaned(text).split("\n") == [
        "绿溪区方案为提升环境，制定本方案。",
        "一、整治任务",
        "1.推行道路保洁",  # an item's short title: its sub-item （1） starts a line
        "（1）主次干道保洁。" + "丁" * 200 + "。（区城管局牵头）",
        "（2）小巷保洁。（区城管局负责）",
        "2.整治市场。【牵头单位：区市场监管局】",
        "3.清理河道。〔牵头单位：区水利局〕",
        "",
    ]


def test_an_item_after_a_square_or_tortoise_shell_clause_starts_a_line() -> None:
    raw = "1.抓好项目。【牵头单位：县甲局】2.抓好落地。〔牵头单位：县乙局〕3.抓好验收。（县丙局负责）\n"
    assert cleaned(raw).split("\n") == [
        "1.抓好项目。【牵头单位：县甲局】",
        "2.抓好落地。〔牵头单位：县乙局〕",
        "3.抓好验收。（县丙局负责）",
        "",
    ]


def test_a_one_line_page_cut_above_its_first_items_starts_past_one_after_a_clause() -> None:
    text = (
        "青川县行动方案为培育企业，力争累计培育企业120家，（责任单位：县工信局、各乡镇）"
        + "（三）实施园区行动鼓励集聚，"
        + "戊" * 150
        + "（责任单位：县工信局）（四）实施平台行动支持研发，（责任单位：县科技局）\n"
    )
    assert cleaned(text).split("\n") == [
        "青川县行动方案为培育企业，力争累计培育企业120家，（责任单位：县工信局、各乡镇）",
        "（三）实施园区行动鼓励集聚，" + "戊" * 150 + "（责任单位：县工信局）",
        "（四）实施平台行动支持研发，（责任单位：县科技局）",
        "",
    ]
    # after a bracket that names no units, a first number past one is no item
    other = "临江市方案（2026年）（三）" + "己" * 150 + "。（四）建设。（五）推进。\n"
    assert cleaned(other) == other


def test_a_first_number_past_one_after_a_long_clause_starts_a_line() -> None:
    units = "、".join(f"市第{n}局" for n in "一二三四五六七八九十")  # 59 characters
    text = (
        "临川市若干措施为落实部署，制定如下措施。（责任单位："
        + units
        + "，各县（市、区）人民政府）"
        + "二、丰富赛事供给举办联赛，"
        + "庚" * 150
        + "（责任单位：市体育局）三、培育消费场景，（责任单位：市商务局）\n"
    )
    assert cleaned(text).split("\n")[1:] == [
        "二、丰富赛事供给举办联赛，" + "庚" * 150 + "（责任单位：市体育局）",
        "三、培育消费场景，（责任单位：市商务局）",
        "",
    ]
    # a long bracket that names no unit, past brackets inside it, before a number past one
    other = (
        "临江市方案（2026年修订，" + "辛" * 70 + "（试行））二、" + "壬" * 150 + "。三、建设。\n"
    )
    assert cleaned(other) == other


def test_a_pdfs_page_joined_with_spaces_breaks_after_a_paragraphs_end() -> None:
    text = (
        "城北区平安建设实施方案 一、总体目标 到2027年，群众安全感 满意度稳定在98%以上。 "
        "二、重点任务 （一）强化治安防控。 完善巡逻网络。 （责任单位：区公安分局） "
        "（二）深化纠纷化解。 健全调解机制。 （责任单位：区司法局）\n"
    )
    assert cleaned(text).split("\n") == [
        "城北区平安建设实施方案 ",
        "一、总体目标 到2027年，群众安全感 满意度稳定在98%以上。 ",
        "二、重点任务 ",
        "（一）强化治安防控。 完善巡逻网络。 （责任单位：区公安分局） ",
        "（二）深化纠纷化解。 健全调解机制。 （责任单位：区司法局）",
        "",
    ]  # 一、 after the title's spaces: a style's first heading may follow a title without 。
    # a first heading past one after a space with no sentence's end before it is text (二、);
    # a style's first number one after a space opens a line (（一）)
    other = "临江市方案 二、重点任务 （一）" + "己" * 150 + "。 （二）推进。\n"
    assert cleaned(other).split("\n") == [
        "临江市方案 二、重点任务 ",
        "（一）" + "己" * 150 + "。 ",
        "（二）推进。",
        "",
    ]


def test_items_opening_with_a_quotation_on_a_page_on_one_line_get_lines() -> None:
    page = (
        "餐饮店环境整治行动方案为做好迎检工作，特制订实施方案如下：一、行动目标：确保各餐饮店做到："
        "1、环境整洁；2、店内干净整洁。二、职责分工1、“环境整洁，门前责任落实”由区城管局负责。"
        "2、“店内干净整洁、达到卫生标准”由区卫生局负责。3、“亮证经营”由区市场监管局负责。"
        + "其" * 60
        + "\n"
    )
    assert cleaned(page).split("\n")[4:] == [
        "二、职责分工",
        "1、“环境整洁，门前责任落实”由区城管局负责。",
        "2、“店内干净整洁、达到卫生标准”由区卫生局负责。",
        "3、“亮证经营”由区市场监管局负责。" + "其" * 60,
        "",
    ]


def test_a_table_row_on_one_line_keeps_the_labels_and_items_of_its_cells() -> None:
    row = (
        "12 | 提升服务。 | 1.新建书房8个。 2.提升文化站12个。 | 下步计划：加快建设。 | "
        "牵头单位：市文化和旅游局 责任单位：各县（市、区）政府 |\n"
    )
    assert cleaned("序号 | 工作任务 | 进展情况 | 下步计划 | 责任单位 |\n" + row).endswith(row)
    # a row that holds nearly the whole text is no page on one line either
    assert cleaned(row) == row


# a heading's title ends in 。, or, printed without one, at the spaces before the item
@pytest.mark.parametrize("stop", ["。", ""])
def test_an_item_after_a_clause_and_a_heading_run_on_after_spaces_starts_a_line(
    stop: str,
) -> None:
    raw = (
        f"7.推行区域评估。(牵头单位:市发改委) (三)优化招标投标环节{stop} 8.简化招标条件。"
        "(牵头单位:市住建委)\n"
    )
    assert cleaned(raw).split("\n") == [
        "7.推行区域评估。（牵头单位：市发改委）",
        f" （三）优化招标投标环节{stop}",
        " 8.简化招标条件。（牵头单位：市住建委）",
        "",
    ]


def test_items_numbered_from_one_again_under_a_heading_run_on_after_a_clause() -> None:
    raw = (
        "（一）扩大参保 1、甲增长。（由县人社局负责实施）2、乙增长。（由县财政局负责实施）"
        " （二）提高待遇 1、丙增长。（由县民政局负责实施）\n"
    )
    assert cleaned(raw).split("\n") == [
        "（一）扩大参保",
        "1、甲增长。（由县人社局负责实施）",
        "2、乙增长。（由县财政局负责实施） ",  # (the clause, its spaces, then the heading)
        "（二）提高待遇",
        "1、丙增长。（由县民政局负责实施）",
        "",
    ]


def test_a_headings_first_item_after_its_title_and_spaces_gets_a_line() -> None:
    before = "（三）城郊公园提升：估算总投资600万元，" + "其中苗木费400万元，" * 8 + "。\n"
    raw = before + "六、部门职责分工 （一）市发改委：做好立项。 （二）市林业局：负责规划。\n"
    result = clean(raw_doc(raw))
    assert result.text.split("\n")[1:] == [
        "六、部门职责分工",
        "（一）市发改委：做好立项。",
        " （二）市林业局：负责规划。",
        "",
    ]
    # the space after the title became the break: every character up to it keeps its place
    first = raw.index("（一）")
    assert result.raw[first - 1] == " " and result.text[first - 1] == "\n"
    assert result.to_raw[: first + 1] == tuple(range(first + 1))


def test_an_item_numbered_on_after_a_headings_title_and_spaces_gets_a_line() -> None:
    raw = (
        "[接上页] （四）治理尾气 27、审核新车。（牵头单位：市环保局） 28、淘汰旧车。（牵头单位：市交通局）\n"
        "（五）控制扬尘 29、管控工地。（牵头单位：市住建局）\n"
    )
    # 27、 opens the page's list (28、 follows it); 29、 numbers on from the item before
    assert cleaned(raw).split("\n") == [
        "（四）治理尾气",  # (the page mark is cleaned away)
        "27、审核新车。（牵头单位：市环保局）",
        " 28、淘汰旧车。（牵头单位：市交通局）",
        "（五）控制扬尘",
        "29、管控工地。（牵头单位：市住建局）",
        "",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "六、部门职责分工 （二）市发改委：做好立项。\n",  # the first item is numbered 1
        "（三）新建道路1.2公里。\n",  # a decimal glued to a title, no item
        "（四）强化督查，通报1、2季度进度。\n",  # a mark in the title: no short title
        "六、部门职责分工。 （一）市发改委：做好立项。\n",  # a sentence, no short title
        "一、工作目标 二、工作任务\n",  # a heading of the same style
    ],
)
def test_no_first_item_after_a_headings_title_leaves_the_line(raw: str) -> None:
    assert cleaned(raw) == raw


def test_a_page_on_one_line_under_a_sharing_sites_header_lines_still_reads_as_one() -> None:
    header = "《临江市方案.docx》由会员分享，可在线阅读，更多相关内容请在某某文库网上搜索。\n"
    page = (
        "临江市方案为推进工作，制定本方案。"
        + "甲" * 60
        + "。一、工作任务（一）严控扬尘1 .落实围挡。"
        "（责任单位：市住建局）2 .加强监管。（责任单位：市城管局）"
    )
    assert cleaned(header + page).split("\n")[2:] == [
        "一、工作任务",
        "（一）严控扬尘",
        "1 .落实围挡。（责任单位：市住建局）",
        "2 .加强监管。（责任单位：市城管局）",
    ]


def test_a_bracketed_first_item_glued_to_its_headings_title_gets_a_line() -> None:
    raw = (
        "前言。\n一、健全组织领导体制（一）完善联席会议制度。\n调整联席会议。\n"
        "〔县发改局牵头〕（二）明确工作机构。\n确定专门科室。\n"
        "〔县直有关部门牵头〕二、完善信用设施（三）推进平台对接。\n"
    )
    assert cleaned(raw).split("\n") == [
        "前言。",
        "一、健全组织领导体制",
        "（一）完善联席会议制度。",
        "调整联席会议。",
        "〔县发改局牵头〕",
        "（二）明确工作机构。",
        "确定专门科室。",
        "〔县直有关部门牵头〕",
        "二、完善信用设施",
        "（三）推进平台对接。",
        "",
    ]
    # glued, only a number in brackets reads so: 一、X1.Y stays one line
    assert cleaned("一、健全组织领导体制1.完善制度。\n") == "一、健全组织领导体制1.完善制度。\n"


def test_a_heading_after_a_sentences_end_starts_a_line_and_its_items_count_from_one() -> None:
    raw = "4、推行联动。配合社区工作。 （三）市场监管部门： 1、告知登记义务。 2、通报新办情况。\n"
    assert cleaned(raw).split("\n") == [
        "4、推行联动。配合社区工作。",
        " （三）市场监管部门：",
        "1、告知登记义务。",
        "2、通报新办情况。",
        "",
    ]
    # a heading's title that runs on into a sentence is no heading's line of its own
    text = "4、推行联动。配合社区工作。 （三）市场监管部门负责登记。此后按月通报。\n"
    assert cleaned(text) == text


def test_a_bracketed_heading_after_a_headings_short_title_starts_a_line() -> None:
    raw = (
        "制定本计划。 一 完善体系 (一)健全法规 1.修订条例。(省市场监管局负责) "
        "2.清理标准。(省住建厅负责) 3.制定标准。(省工信厅负责)\n"
    )
    assert cleaned(raw).split("\n") == [
        "制定本计划。 一 完善体系",
        "（一）健全法规",
        "1.修订条例。（省市场监管局负责）",
        "2.清理标准。（省住建厅负责）",
        "3.制定标准。（省工信厅负责）",
        "",
    ]


def test_a_units_name_after_a_sentences_end_heads_the_items_run_on_after_it() -> None:
    raw = "县文明办 1.组织群众参与。 2.纳入考核内容。 县财政局 1.保障经费。 2.落实奖励。\n"
    assert cleaned(raw).split("\n") == [
        "县文明办",
        "1.组织群众参与。",
        "2.纳入考核内容。",
        "县财政局",
        "1.保障经费。",
        "2.落实奖励。",
        "",
    ]
    # a phrase that ends as no name ends is no unit's heading
    text = "持续推进 1.组织群众参与。 2.纳入考核内容。 扎实开展 1.保障经费。\n"
    assert "扎实开展\n" not in cleaned(text)


def test_sub_items_after_a_short_title_and_after_a_labelled_value_get_lines() -> None:
    raw = (
        "通知如下：一、工作任务（一）整治公共场所1.开展医疗场所整治（2）创建目标：改造公厕"
        "责任科室（单位）：县人民医院、县中医院（3）创建目标：规范排队秩序。"
        "责任科室（单位）：县人民医院\n"
    )
    assert cleaned(raw).split("\n")[-4:] == [
        "1.开展医疗场所整治",
        "（2）创建目标：改造公厕责任科室（单位）：县人民医院、县中医院",
        "（3）创建目标：规范排队秩序。责任科室（单位）：县人民医院",
        "",
    ]
    # a number inside a sentence after a label's value is no item: the value ended earlier
    text = "通知如下：一、工作任务（一）整治公共场所1.开展整治（2）创建目标：改造公厕。另按（3）办理。\n"
    assert "\n（3）" not in cleaned(text)


def test_a_units_duty_glued_to_a_heading_that_divides_duties_gets_a_line() -> None:
    raw = "三、职责分工综合办：一是负责统筹部署。\n"
    assert cleaned(raw).split("\n") == ["三、职责分工", "综合办：一是负责统筹部署。", ""]
    # a heading's own words after the duty word, or no unit before the colon, stay
    for text in ("三、职责分工如下：各部门按职责落实。\n", "三、职责分工和工作要求\n"):
        assert cleaned(text) == text


def test_the_next_item_after_a_clause_closing_an_items_body_line_starts_a_line() -> None:
    text = (
        "三、工作任务\n（一）严格落实网格化监管机制。\n"
        "持续推进监管体系建设，力争水质保持为Ⅲ类。（责任单位：各乡镇政府，县生态环境分局）（二）加快推进桑\n"
    )
    assert cleaned(text).split("\n")[2:] == [
        "持续推进监管体系建设，力争水质保持为Ⅲ类。（责任单位：各乡镇政府，县生态环境分局）",
        "（二）加快推进桑",
        "",
    ]
    # a bracket in a body line that names no unit (见附件1) is prose: no line starts there
    prose = "三、工作任务\n（一）严格落实机制。\n持续推进（见附件1）（二）类水体整治。\n"
    assert cleaned(prose) == prose


def test_a_heading_of_dashes_run_on_after_a_sentence_starts_a_list_of_its_own() -> None:
    raw = (
        "5.用人单位应建立制度。 6.用人单位应落实检查。 ——政府: 1.完善法规。(甲牵头) 2.加强监管。\n"
    )
    assert cleaned(raw).split("\n") == [
        "5.用人单位应建立制度。",
        " 6.用人单位应落实检查。",
        " ——政府：",
        " 1.完善法规。（甲牵头）",
        " 2.加强监管。",
        "",
    ]
    # dashes before no item 1 (a target's measure), or in a line opening with no number, stay
    assert (
        cleaned("5.建立制度。 ——孕产妇死亡率：下降。\n") == "5.建立制度。 ——孕产妇死亡率：下降。\n"
    )
    assert cleaned("前言。 ——政府: 1.完善法规。\n") == "前言。 ——政府： 1.完善法规。\n"


def test_units_duties_run_on_after_sentences_each_get_a_line() -> None:
    raw = "现明确如下。 安监部门:负责矿山监管。 国土部门:负责采矿许可。\n"
    assert cleaned(raw).split("\n") == [
        "现明确如下。",
        " 安监部门：负责矿山监管。",
        " 国土部门：负责采矿许可。",
        "",
    ]
    # one such duty alone, or a name that ends as no unit's name ends, stays on its line
    for text in (
        "现明确如下。 安监部门：负责矿山监管。\n",
        "如下。 主要内容：负责甲。 其他：负责乙。\n",
    ):
        assert cleaned(text) == text


def test_items_after_units_cells_flattened_with_spaces_get_lines_of_their_own() -> None:
    raw = (
        "3、控制团组。无特殊理由的，不予批准。 市外事办 4、压缩规模。 5、压缩经费。 市财政局 "
        "工作要求 措施和目标 牵头部门 责任单位 二、控制用房 6、暂停审批新建办公楼。 市发改委 "
        "市机关事务局 7、清理会议。 年内完成 8、全面检查。"
    )
    assert cleaned(raw).split("\n") == [
        "3、控制团组。无特殊理由的，不予批准。 市外事办",
        " 4、压缩规模。",
        " 5、压缩经费。 市财政局",
        " 工作要求 措施和目标 牵头部门 责任单位",
        " 二、控制用房",
        " 6、暂停审批新建办公楼。 市发改委 市机关事务局",
        " 7、清理会议。 年内完成 8、全面检查。",
    ]  # 年内完成 is no unit's cell: 8、 stays in item 7's text


def test_bullets_after_clauses_on_one_line_start_lines_of_their_own() -> None:
    raw = "??? 优化服务 ? 推进网办。（甲局负责） ? 深化改革。（乙局负责） ● 强化保障。（丙局负责）"
    result = clean(raw_doc(raw))
    assert result.text == (
        "??? 优化服务\n ? 推进网办。（甲局负责）\n ? 深化改革。（乙局负责）\n ● 强化保障。（丙局负责）"
    )
    # a question mark a lost character left inside a line, one bullet after a clause: text
    assert (
        cleaned("推进?化改革。（甲局负责） ? 深化改革。")
        == "推进?化改革。（甲局负责） ? 深化改革。"
    )


def test_a_first_heading_after_a_comma_starts_a_line_when_its_next_follows_a_clause() -> None:
    raw = "为加快恢复，一、争取展会落户，（责任单位：市商务局）二、培育品牌展会，（责任单位：市文旅局）"
    assert cleaned(raw) == (
        "为加快恢复，\n一、争取展会落户，（责任单位：市商务局）\n二、培育品牌展会，（责任单位：市文旅局）"
    )
    # with no 二、 after a clause's bracket, a 一、 after a comma is the sentence's own
    assert "\n" not in cleaned("为加快恢复，一、争取展会落户，二、培育品牌展会。")


def test_a_first_item_glued_to_a_long_heading_starts_a_line_when_the_next_line_opens_item_2() -> (
    None
):
    raw = "一、对接平台，以“减材料”为目标，推进流程再造1.减少材料。（责任部门：区数据局）\n2.压缩时限。"
    assert cleaned(raw).split("\n")[:2] == [
        "一、对接平台，以“减材料”为目标，推进流程再造",
        "1.减少材料。（责任部门：区数据局）",
    ]
    # a sentence's end in the heading before it: no heading's title, the 1. stays
    assert cleaned(raw.replace("为目标，", "为目标。")).startswith(
        "一、对接平台，以“减材料”为目标。推进"
    )


def test_a_first_item_glued_to_a_long_heading_starts_a_line_when_the_next_numbered_line_is_2() -> (
    None
):
    raw = "一、加强科研能力建设,推进科研所改革与发展1.深化改革\n按照总体部署。\n责任单位:\n科研所\n"
    assert cleaned(raw + "2.加强实验室建设\n").split("\n")[:2] == [
        "一、加强科研能力建设，推进科研所改革与发展",
        "1.深化改革",
    ]
    # the next numbered line another item 1 or a heading: the 1. stays in the heading
    assert cleaned(raw + "二、加强转化\n").startswith(
        "一、加强科研能力建设，推进科研所改革与发展1."
    )


def test_a_first_item_glued_to_a_long_heading_starts_a_line_when_item_2_follows_a_clause() -> None:
    above = "（一）完善规划\n1.编制专项规划。划定洪涝风险控制线，完善排水分区，明确排水出路。（市住建局负责）\n"
    line = "（二）加快排水防涝工程体系建设1 .实施畅通工程。（市水利局负责）"
    assert cleaned(above + line + "2 .实施管网提升工程。\n").split("\n")[2:5] == [
        "（二）加快排水防涝工程体系建设",
        "1 .实施畅通工程。（市水利局负责）",
        "2 .实施管网提升工程。",
    ]
    # with no item 2 after a clause's bracket, the 1 . stays in the heading's text
    assert cleaned(above + line + "\n").split("\n")[2] == line


def test_a_page_on_one_line_breaks_before_its_first_item_after_a_sentence_and_square_clauses() -> (
    None
):
    preamble = (
        "为进一步降低企业成本，现结合我市实际，制定实施方案如下：" + "推动落实降低成本工作，" * 35
    )
    line = (
        preamble + "二、工作措施（一）降低企业税收负担。1.严格执行税额标准。"
        "[责任单位:市财政局、市税务局]2.执行印花税核定征收办法。[责任单位:市税务局]\n"
    )
    lines = cleaned(line).split("\n")
    assert lines[1:3] == [
        "1.严格执行税额标准。[责任单位：市财政局、市税务局]",
        "2.执行印花税核定征收办法。[责任单位：市税务局]",
    ]
    assert lines[0].endswith("（一）降低企业税收负担。")
    # a short line is no page on one line: its 1. after a sentence stays where it is
    short = "现制定方案如下。1.严格执行税额标准。[责任单位:市财政局]\n"
    assert cleaned(short).count("\n") == 1


def test_a_page_on_one_line_finds_its_first_item_glued_to_its_groups_short_title() -> None:
    line = (
        "二、主要任务（一）高质量推进知识产权创造1.提升企业知识产权创造水平。"
        + "围绕重点企业开展专利布局，" * 30
    )
    found = _first_item_in_page(line)
    assert found is not None
    brk, at, number = found
    assert (brk, at, number.label) == (line.index("1.提升"), line.index("1.提升"), "1.")
    # a short line, or a 1. inside a word after more than a short title, opens no item
    assert _first_item_in_page(line[:300]) is None
    assert _first_item_in_page("（一）" + "甲" * 30 + "1.乙。" + "丙，" * 200) is None


def test_a_cells_line_closed_by_its_bar_keeps_its_numbered_points() -> None:
    cell = "1.配备图书报刊，提供免费借阅。 2.设置阅报栏，每周更新。 |"
    rows = (
        "|\n序号 |\n项目 |\n实施标准 |\n承担单位 |\n|\n1 |\n读书看报 |\n"
        + cell
        + "\n县图书馆 |\n|\n"
    )
    assert cell in cleaned(rows).split("\n")
    # in a text of few such lines, the points after a sentence's end each start a line
    few = cleaned("一、工作任务\n读书看报 |\n" + cell + "\n").split("\n")
    assert few[2:4] == ["1.配备图书报刊，提供免费借阅。", " 2.设置阅报栏，每周更新。 |"]


def test_circled_items_run_onto_one_line_each_start_a_line() -> None:
    raw = "（1）年度任务：\n①完成规划修编；②新建厂房8万平方米；③开展隐患排查。\n"
    assert (
        cleaned(raw) == "（1）年度任务：\n①完成规划修编；\n②新建厂房8万平方米；\n③开展隐患排查。\n"
    )
    # after a colon on the heading's own line too
    assert cleaned("任务：①完成规划；②新建厂房；③开展排查。").split("\n") == [
        "任务：",
        "①完成规划；",
        "②新建厂房；",
        "③开展排查。",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "①完成规划修编；②新建厂房8万平方米。",  # two: too few to read as a list
        "①完成规划修编；③开展隐患排查；④新建厂房。",  # ② missing: no run from ①
        "按①②③的顺序依次开展排查。",  # numbers a sentence cites, after no mark
    ],
)
def test_circled_numbers_that_make_no_run_of_three_stay_in_their_line(raw: str) -> None:
    assert cleaned(raw) == raw


def test_numbered_points_run_on_after_a_short_label_each_start_a_line() -> None:
    raw = (
        "2、活动协调组\n  组长：张三\n"
        "  职责分工：（1）街道党政办负责宣传报道。（2）街道文化站负责制订方案。（3）派出所负责安保。\n"
        "3、安全保卫组\n"
    )
    assert cleaned(raw).split("\n")[2:6] == [
        "  职责分工：",
        "（1）街道党政办负责宣传报道。",
        "（2）街道文化站负责制订方案。",
        "（3）派出所负责安保。",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "职责分工：（1）街道党政办负责宣传报道。",  # one point alone
        "职责分工：（2）街道党政办负责宣传报道。（3）派出所负责安保。",  # no point 1
        "加强宣传报道，做到（1）及时；（2）准确。",  # no label opens the line
    ],
)
def test_points_that_make_no_labelled_run_stay_in_their_line(raw: str) -> None:
    assert cleaned(raw) == raw


def test_run_together_labels_lines_start_their_items_again_from_one() -> None:
    raw = (
        "督查通报 1.员工食堂杂物乱堆放； 2.临时厨房垃圾乱堆放。 整改责任单位：县污水处理厂 "
        "整改时限：8月13日前 1.B3-03住户门前积水； 2.B23-02住户旁积水花盆较多。 "
        "整改责任单位：县住房和城乡建设局 整改时限：8月13日前"
    )
    assert cleaned(raw).split("\n") == [
        "督查通报",
        "1.员工食堂杂物乱堆放；",
        "2.临时厨房垃圾乱堆放。",
        "整改责任单位：县污水处理厂",
        "整改时限：8月13日前",
        "1.B3-03住户门前积水；",
        "2.B23-02住户旁积水花盆较多。",
        "整改责任单位：县住房和城乡建设局",
        "整改时限：8月13日前",
    ]


def test_items_glued_after_a_sentences_end_in_a_line_opening_with_item_1_get_lines() -> None:
    line = (
        "三、主要内容\n1.成立采购工作领导小组，局长担任组长。2.局采购办根据授权，负责制定采购"
        "制度。3.人事财务科负责编制采购预算。4.机关党委负责全程监督，增长1.5倍。5.2万元以下"
    )
    assert cleaned(line).split("\n")[1:] == [
        "1.成立采购工作领导小组，局长担任组长。",
        "2.局采购办根据授权，负责制定采购制度。",
        "3.人事财务科负责编制采购预算。",
        "4.机关党委负责全程监督，增长1.5倍。5.2万元以下",  # 5.2: no item's number
    ]
