"""Time validation on one huge line of a repeated character: the cost must grow linearly.

``python benchmarks/hostile.py [--sizes 125000,250000,500000,1000000] [--only NAME ...]``
prints, per character, the seconds at each line length and the ratio of the largest to the
smallest size against the ratio of the lengths (a quadratic search shows a ratio many times
higher). ``--only`` times the named lines alone (a line break in a name written ``\n``).
The test suite checks the findings on such lines; the time is measured only here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = "《郑州市测试行动方案》\n1）推进测试工作\n做好测试。（牵头单位：市大数据局）\n"
#: name -> (unit repeated, text before, text after): the lost-character runs first.
LINES = {
    "?": ("?", "", ""),
    "中?文": ("?", "中", "文"),
    "□": ("□", "", ""),
    "\ufffd": ("\ufffd", "", ""),
    "中a": ("中a", "", ""),
    "（": ("（", "", ""),
    "、": ("、", "", ""),
    "1）": ("1）", "", ""),
    "发(fa": ("发(fa", "", ""),
    # the grammar's newer rules: place names sharing a government, items run together after
    # a clause, items after sentence ends on one line, a unit list in one labelled value
    "甲乙、": ("甲乙、", "2.修路。（责任单位：", "市政府）"),
    "）（二）": ("）（二）", "（一）甲。（省发改委负责", ""),
    "。 2.": ("。 2.", "1.甲", ""),
    "市A局负责，": ("市甲局负责，", "2.乙。\n由市乙局牵头，", ""),
    # the twenty-third round's: sub-items run on after labelled values, units named inside
    # an item's sentence (a line each: the list is the hostile part)
    "（2）X：Y院": ("（2）创建：改造单位：县甲院", "通知如下：一、任务（一）整治1.开展整治", ""),
    "由X负责": ("1.人员由由由县甲局负责组织；\n", "二、对象\n", ""),
    # the twenty-fourth round's: a box table's rows (a line each), partners after a lead
    "│甲│": ("│甲│\n", "┌─┐\n", "└─┘"),
    "，会同": ("，会同市乙局", "由市甲局牵头", "协同推进。"),
    # the twenty-fifth round's: a table run together, every 2 between two characters a
    # candidate for the next row's number
    "甲2乙": ("甲2乙", "序号重点任务责任单位1", "。市乙局"),
    # and a table a cell then a lone bar whose rows run from number to number (a line each)
    "甲\n|": ("甲\n|\n", "1\n|\n", ""),
    # the twenty-sixth round's: paragraphs each closed by a clause on a line of its own (a
    # line each), and a sentence's last part naming its unit after a lead-in
    "（X牵头）\n": ("甲。\n（市甲局牵头）\n", "（一）乙\n", ""),
    "，具体由": ("，具体由市甲局负责", "（一）乙\n丙", "。"),
    # the twenty-seventh round's: lines of spaces, with and without bars between them (a
    # site's table whose cells and bars stand on lines apart: its bars are looked for once),
    # and sentences of role words after prose (甲要各司其职、密切配合: no unit before them)
    "  \n": ("  \n", "甲\n", "乙"),
    "|\n  \n": ("   |\n  \n", "甲\n", "乙"),
    "、密切配合": ("甲要各司其职、密切配合，", "1.乙。", "。"),
    # the twenty-eighth round's: header words wrapped over cells (项目 / 名称, a pair a
    # line each: every pair starts a header), and a units cell of lists joined by 会同
    "项目\n名称": ("项目\n\n名称\n\n", "", "乙"),
    "会同，": ("市甲局会同市乙局，", "序号 | 工作任务 | 责任单位\n1 | 丙 | ", "\n"),
    # and a table's header run onto one line with single spaces, again and again with no row
    " 序号 工": (" 序号 工 作 内 容 责任部门", "甲", " 1 乙 市丙局 全年"),
    # the twenty-ninth round's: a spaced title word closed by its bar (a line each: every
    # one starts a header), a target's measures under a targets header, and numbered lines
    # of a paired table, each waiting for the units cell they share
    "名 称 |\n": ("名 称 |\n", "", "乙"),
    "——\n": ("——甲\n\n", "领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n1.乙。\n\n", "省丙厅"),
    "1.甲\n": ("1.甲。\n\n", "工作任务\n\n具体要求\n\n落实科室\n\n做好公开\n\n", "办公室"),
    # and a header of single spaces the grammar half knows, again and again (each line a
    # header, the next its row), and fields read for nothing above a card
    "甲 乙 丙 牵头单位\n": ("事项名称 甲 乙 丙 牵头单位\n", "", ""),
    "对象：\n": ("服务对象：甲。\n\n", "（1）乙\n\n", "服务内容：丙。\n牵头单位：丁局。"),
    # the thirtieth round's: bracketed headings after a heading's short title on a page run
    # onto one line, a table closed by bars read number first too, and a glued units cell
    " （一）乙": (" 甲 （一）乙 1.丙。（市甲局负责）", "制定本计划。", ""),
    "1 |\n甲 |": ("1 |\n甲 |\n", "工作任务 |\n时限要求 |\n责任单位 |\n", ""),
    "局、": ("市甲局市乙局、", "1.丙。（责任单位：市甲局、市乙局、", "）"),
    # and a row of a bar-closed table a cell a line, its group column first (a line each)
    "甲 |\n": ("甲 |\n", "类别 | 工作任务 | 工作措施 | 责任科室 |\n", ""),
    # the thirty-first round's: leads run on into more units with no mark in one bracket,
    # and numbered paragraphs of a body cell under a titled table (a line each)
    "局牵头": ("市甲局牵头", "1.丙。（", "市乙局配合）"),
    "1.2025年\n": ("1.2025年甲。\n", "任务\n具体工作\n责任单位\n1.乙。\n", "市丙局牵头\n"),
    # and a row's own numbered parts under its merged number, a bar alone between cells, and
    # site lines closed by a clause over problems (a line each)
    "2.甲\n|\n": (
        "2.甲。\n|\n★市乙局\n|\n||\n",
        "序号\n|\n项目\n|\n目标任务\n|\n责任单位\n|\n1\n|\n丙\n|\n1.丁。\n|\n★市戊局\n|\n",
        "",
    ),
    "（责任单位": ("甲店（责任单位：乙区）\n1.丙。\n", "", ""),
    # and units joined by 和 in one value, each joiner looking up to the next separator
    "局和": ("市甲局和", "1.丙。（责任单位：", "市乙局）"),
    # and working groups over a clause line of their own (a group and its line each)
    "1.甲组\n": ("1.甲组\n市乙局牵头，市丙局参加。\n", "", ""),
    # and items led in by their opening with units in charge again later, one name line
    # under a line announcing the units' tasks, a clause's sentence about its own units, and
    # paragraphs closed by clauses with the page cut in the last (an item or a line each)
    "由…负责": ("（一）由市甲局负责，市乙局配合，丙。市丁局负责，市戊局配合，己。\n", "", ""),
    "如下：\n": ("任务如下：\n市甲局\n1、乙。\n", "", ""),
    "，下同）": ("1.乙。（责任单位：市甲局。各责任单位按职责分工负责，下同）\n", "", ""),
    "（X牵头）\n丁": ("甲。（市乙局牵头）\n", "（一）丙。\n", "丁"),
    # and a leader printed once over the rows of a table a cell a line, and items run on one
    # line that open with a date,
    "周阳市长\n": (
        "周阳市长\n1.甲。\n市乙局\n市丙局\n",
        "牵头领导\n重点工作\n牵头单位\n配合单位\n",
        "",
    ),
    "（一）6月": ("（一）6月1日，甲。（市乙局负责）   ", "三、活动安排   ", ""),
    # and an item's last sentence giving each unit its duty, a comma apart,
    "负责规划、": ("市乙局负责规划、指导，", "一、甲\n（一）乙。丙。", "市丁局配合。\n（二）戊。"),
    # and brackets of duties, one long, many short
    "（X负责乙；": ("市乙局负责丙；", "一、甲\n（一）乙。（", "）\n"),
    "负责乙）\n": ("（一）甲。（市乙局负责丙，丁）\n", "", ""),
    # and an item of many parts, each sentence closed by its own labelled bracket
    "。（责任单位：": ("甲。（责任单位：市乙局）", "一、丙\n（一）丁。", "\n"),
    # the thirty-fourth round's: headings of dashes run on one line, each over its item 1,
    # units' names closed by a colon over their items, lead and members on labelled lines
    "。 ——政府：": ("甲。 ——政府： 1.乙", "5.丙", ""),
    "市X局：\n": ("市甲局：\n（1）推进乙工作。丙丁。\n", "", ""),
    "成员单位：": ("（一）甲。\n牵头单位：市乙局\n成员单位：市丙局\n主要任务：丁。\n", "", ""),
    # the thirty-fifth round's: labels stated with 为 on one line, items opening with their
    # units and 牵头负责, brackets cut before a role after a long list of units
    "，责任单位为": ("甲，责任单位为市乙局", "1、丙。", "。"),
    "X牵头负责": ("（三）市甲局牵头负责乙督查。\n", "", "五、方法\n"),
    "（X组织，Y": ("市甲局组织，市乙局、", "（一）丙。（", ""),
    # and units cells after items' sentences, a table flattened with spaces on one line
    "。 市X局 ": ("甲。 市乙局 市丙局 ", "1、丁。 市乙局 2、", ""),
    # the thirty-sixth round's: bullets after clauses on one line, a labelled line's value
    # over many lines of units, numbers glued before sentences, labels with no 为
    "） ? ": ("甲。（市乙局负责） ? ", "一起来看——\n? ", ""),
    "市X局、\n": ("市甲局、\n", "1.乙。\n责任单位：", "市丙局\n配合单位：市丁局\n"),
    "N甲。\n责任单位：": ("1甲。乙。\n责任单位：市丙局\n", "", ""),
    "，负责部门": ("甲，负责部门市乙局、", "1、丙。", "。"),
    # and the last label's value wrapped over lines of units alone
    "配合单位：X\n市X局\n": ("市甲局\n", "1.乙。\n牵头单位：市乙局\n配合单位：", ""),
    # a task printed as a card, its numbered fields under its heading, many cards
    "三、X\n（二）责任单位：": ("三、甲\n（二）责任单位：市乙局\n（四）内容：\n1、丙。\n", "", ""),
    # the thirty-seventh round's: a glued table's rows over lines with deadlines, a heading's
    # item numbered on after spaces, a task's sub-rows of middle cells under a | table
    "X。\n市X局2026年底前完成": (
        "甲。\n市乙局2026年底前完成1 ",
        "序号工作任务牵头单位时间进度1 ",
        "",
    ),
    "（五）X 3、": (
        "（五）甲 3、乙。（牵头单位：市丙局） ",
        "[接上页] （四）丁 1、戊。（牵头单位：市己局） 2、",
        "",
    ),
    "X。 | 市X局 | 市X局 |\n": (
        "甲。 | 市乙局 | 市丙局 |\n",
        "序号 | 重点任务 | 工作内容 | 牵头部门 | 协同部门 | 实施主体 |\n"
        "1 | 丁 | 戊。 | 市己局 | 市庚局 | 各区政府 |\n",
        "",
    ),
    # the thirty-eighth round's: a one-line table whose cells stand a space apart, its
    # deadlines spaced out, every 1 after a space a candidate for the next row's number
    "X。 市X局负责。 2026 年 7 月底前 1 ": (
        "甲。 市乙局负责。 2026 年 7 月底前 1 ",
        "序号 工作任务 负责单位 完成时限 1 ",
        "",
    ),
    # and labels in lenticular brackets after items' sentences, many items on one line
    "X。【牵头单位】市X局": ("甲。【牵头单位】市乙局【配合单位】市丙局 2.", "1.", ""),
    # the forty-third round's: sections glued after closing brackets (every one a candidate
    # for a heading after a clause, none opened), and sentences closed by a labelled value
    # with the next item glued to their 。
    "）二、": ("）二、", "一、甲\n乙。（责任单位：市丙局）", ""),
    "完成时间：X。2、": ("完成时间：甲。2、", "1、乙。责任单位：市丙局，", ""),
    # the forty-fourth round's: an item's line of ordinal parts, each closed by its labelled
    # units (every one a part to read a clause in), and angle brackets inside one bracket
    "。二是X。责任单位：": (
        "。二是甲。责任单位：市乙局",
        "（一）丙。一是丁。责任单位：市戊局",
        "。",
    ),
    "（〈X〉": ("甲〈乙〉、", "1.丙。（责任单位：", "市丁局）"),
    # and ASCII full stops after Chinese text, every one asked whether it is a number's mark
    "X. ": ("甲. ", "1.乙。（责任单位：市丙局）\n", ""),
    # the forty-fifth round's: articles glued to their numbers (a run of them), clause lines
    # under long lines stopping open, and partners closed by an et-cetera word in a sentence
    "第二条X\n第三条Y": ("第二条甲。\n第三条乙。\n", "", ""),
    "X\nA牵头，": (
        "推进" + "甲乙丙丁戊己庚辛壬癸" * 4 + "\n市丙局牵头，市丁局参与。\n",
        "1.戊。\n",
        "",
    ),
    "会同X、Y等部门对": ("会同市甲局、市乙局等部门对", "1.丙。由市丁局牵头，", "组织验收。"),
    # and a page on one line: items numbered 1 after sentences, clauses in square brackets
    "。1.X[…]": ("甲。1.乙。[责任单位:市丙局]", "", ""),
    # the forty-sixth round's: partners after a lead before their role word (one bracket of
    # them), long units lines over row numbers alone on their lines (each a candidate for a
    # wrap), and a box table's rows the page cuts in a line with no closing rule
    "会同X、Y负责": ("市甲局、", "1.乙。[市丙局牵头,会同", "市丁局负责]"),
    "X、Y…\n2": ("市甲局、市乙局、市丙局、市丁局、市戊局、市己局、市庚局\n2\n", "", ""),
    "│ │X│": ("│  │市甲局│\n", "┌──┬──┐\n│序号│责任单位│\n├──┼──┤\n│1 │市乙局│\n", "│  │市丙"),
    # the forty-seventh round's: sentences opening with the document they follow before
    # their roles after 由 (each read for a clause), and a labelled value of many units the
    # page cuts inside its role word
    "依据《X》，由": ("依据《甲》，由市乙局牵头，丙。", "1.丁。", ""),
    "责任单位：X、…按": ("市甲局、", "1.乙。（责任单位：", "市丙局按"),
    # the forty-eighth round's: members' duties run on after their heading's colon, each
    # unit's name closed by 。 (each 。 looked at for the next unit), and a project's line
    # over its labels in a text with no number (each line looked at for a label below it)
    "如下：X。负责": ("市甲局。负责乙丙工作。", "一、职责分工各成员单位职责如下：", ""),
    "X\n牵头单位：\nY": ("建设乙丙项目\n牵头单位：\n市甲局\n", "", ""),
    # the forty-ninth round's: members' duties run on after a space, each closed by a space
    # alone (each space looked at for the next unit's colon), and projects a line each
    # closed by their group's line (each line looked at for a lead-in of the items above)
    " X：负责": (" 市甲局：负责乙丙工作", "一、职责分工", ""),
    "上述项目由X": ("建设乙丙项目。\n上述项目由市甲局牵头负责。\n", "一、建设乙丙项目。丁。\n", ""),
    # the fiftieth round's: items numbered by one glyph run on after sentence ends (each
    # glyph an item's candidate), and a unit's name over the sentence summing up its charge
    # over its items (each item's first looked at two lines up for a name)
    " ⒉ X。": (" ⒉ 甲乙丙丁。", "二、重点任务。 ⒈ 甲。", ""),
    "X局\n负责…。\n（一）": ("市甲局\n负责乙丙工作。\n（一）丁戊己庚。\n", "", ""),
    # the fifty-fifth round's: a run of ellipses inside an item's line (each a candidate for
    # a site's mark that it hid text, ……此处隐藏…字……)
    "……": ("…", "2.镇甲站确保农 ", "此处隐藏"),
    # the fifty-seventh round's: brackets the text's end leaves open (each a candidate for a
    # cut clause's), lines a dash opens naming who does the work, labels of a unit's
    # targets' kinds between its items, and partners before a comma (each a subject's)
    "(牵头单位:市甲": ("(牵头单位:市甲", "1.乙。", "市发"),
    "——由X负责。": ("（一）乙。\n——由市甲局负责。\n", "", ""),
    "X / 一类目标：": ("市甲局\n一类目标：\n（一）乙丙。\n二类目标：\n", "", ""),
    "X会同Y，": ("（一）市甲局会同市乙局等有关部门，", "二、职责分工\n", "做好丙。"),
    # the fifty-eighth round's: a duty's parts after its semicolons and sections' headings
    # run on before duties (each part and each heading looked at in a chain of duties)
    "X负责…；…；": ("乙丙；", "市甲局负责丁。市戊局负责己。市庚局负责辛", "。"),
    "。 4.4.1 X Y加强": ("。 4.4.1 甲乙 市丙局加强丁", "通知如下：市戊局负责己", "。"),
    # the fifty-ninth round's: colons in an item's line (each looked at for duties chained
    # after it), lines a dash opens over labelled lines (each a project's candidate), duties
    # by unit colon after one space (each 。 looked at past a space), the attachments' list
    # after its line, quoted slogans (each sentence's clause checked for an open quote), and
    # a units cell of labelled lines a cell a line (each line looked at for its label)
    "：X负责；": ("甲：", "（二）乙。", "市丙局负责丁；市戊局负责己；市庚局负责辛。"),
    "--X\n责任单位：Y": ("--甲乙丙丁工作。\n责任单位：市甲局\n", "（三）乙\n", ""),
    "。 X:要": ("。 县甲局:要乙丙", "为加强领导，成立小组", ""),
    "附件：1.《X》": ("2.《甲》（试行）；\n", "1.乙。（市丙局负责）\n附件：1.《丁》；\n", ""),
    "“X牵头、": ("“市甲局牵头、", "1.乙。建立", "”的格局。"),
    "牵头单位：X\n": ("牵头单位：市甲局\n", "序号\n工作任务\n责任单位\n1\n乙\n", ""),
    # the sixtieth round's: a table of units over their duties a cell a line (each pair a
    # row), a units cell after an item's sentence whose last name runs on into a verb (the
    # whole cell split once), numbered lines of one label in turn (each a heading), and a
    # unit's charge closed by 主要职责是： over its duties (each line above an item 1)
    "相关部门\n职责分工\n": ("市甲局\n负责乙\n", "相关部门\n职责分工\n", ""),
    "。 X，Y要": ("市甲局，", "（一）乙。丙。 ", "市乙局要"),
    "（N）责任单位：X\n": ("（三）责任单位：市甲局\n1.乙。\n", "", "（四）责任单位：市丙局\n"),
    "。主要职责是：": ("县甲局贯彻乙。主要职责是：\n（一）丙。\n", "", ""),
    # the sixty-first round's: a tasks heading before a division of duties (each its own
    # sibling pair), a heading stating its unit's role, units' duties "as follows", bulleted
    # unit-colon lines, a headerless table's rows with groups and a clause cell, a list a
    # page opens with whose owner it lost, items naming their units after 由 inside, and a
    # unit's name over its duties' word over its lines
    "主要任务\n职责分工": ("三、主要任务\n（一）甲。\n四、职责分工\n市乙局负责丙。\n", "", ""),
    "X为牵头单位": ("（一）市甲局为乙工作的牵头、协调单位。\n1、丙。\n", "三、职责分工\n", ""),
    "具体责任如下：": ("乡甲政府在乙中具体责任如下：\n（一）负责丙。\n", "", ""),
    "●X:负责": ("●市甲局:负责乙丙丁。\n", "", ""),
    "一、|（一）|N": (
        "一、甲 | （一）乙 | 2 | 丙。 | 市丁局牵头，市戊局负责落实 | 全年 |\n",
        "1 | 甲。 | 市乙局 | 全年 |\n",
        "",
    ),
    "（十一）X\n三、": (
        "（十二）负责甲乙。\n",
        "（十一）负责丙。\n",
        "三、内设机构\n（一）丁科。负责戊。\n",
    ),
    "X工作由Y负责": ("（一）甲工作由乙部门负责丙。\n", "四、责任分工\n", ""),
    "X\n部门职责\n": ("市甲局\n部门职责\n负责乙。\n负责丙。\n", "", ""),
    # the sixty-second round's: one line closing with a labelled clause, a heading naming its
    # owner under one naming another, a roster between a body's name and its duties' word, a
    # leaders' line over a units' line, a line's last part announcing the items, a page's
    # facts between a title and its list, duties chained after a colon, a duty opening with 应,
    # a unit's name and a comma before its role words
    "X。（责任单位：Y）": ("甲乙丙。", "", "（责任单位：市丁局）\n"),
    "一、X职责\n（一）Y职责": ("（一）市乙局职责\n1.负责丙。\n", "一、党委和政府职责\n", ""),
    "X\n主任：\n主要职责：": ("办公室（市甲办）\n主任：乙\n主要职责：\n1.负责丙。\n", "", ""),
    "分管领导：\n部门分工：": (
        "推进甲乙工作。\n分管领导：丙\n部门分工：省丁厅牵头，省戊厅配合。\n",
        "",
        "",
    ),
    "，X主要有以下职能：": ("根据甲，乙，", "", "县丙委主要有以下职能：\n一、丁。\n二、戊。\n"),
    "如下：X负责；": ("分工如下：甲部门负责乙；", "", "丙部门负责丁；戊部门负责己。?\n"),
    "X局，牵头负责": ("市甲局，牵头负责乙。\n", "", ""),
    "4.1.1 X应": ("4.1.1 县甲局应乙。\n", "4.1 丙\n", ""),
    "X是Y，履行下列职责：": ("县甲局是乙，", "", "履行下列职责：\n（一）丙。\n（二）丁。\n"),
    "一、X消防安全工作职责": ("一、县甲局消防安全工作职责\n（一）乙。\n（二）丙。\n", "", ""),
    "职责。X站负责；": ("甲站负责乙；", "1、丙\n明确各站工作职责。", "丁站负责戊。\n"),
    "； （二）X": ("甲乙； ", "（一）", "\n"),
    "。 第九条 X：": ("甲。 第九条 乙： ", "（一）", "\n"),
    "X主体责任清单": ("（一）县甲局主体责任清单\n1.乙。\n2.丙。\n", "一、丁\n", ""),
    "第三章 X职责\n第十条 X的共同职责：": (
        "第十条 县甲局在乙方面的共同职责：\n（一）丙；\n",
        "第三章 县甲局工作职责\n",
        "",
    ),
    "第七条 X防治的职责是：": ("第七条 县甲局病虫害防治的职责是：\n（一）乙；\n", "", ""),
    "第十八条 X应当\nY应当": ("县甲局应当乙。\n", "第十八条 县丙局应当丁。\n", ""),
    "整改任务\n\n X\n\n责任单位": ("整改任务\n\n \n\n甲乙。\n\n责任单位\n\n县丙局\n\n", "", ""),
    "X是Y。其主要职责是：": ("县甲局是乙部门，丙。", "", "其主要职责是：\n（一）丁；\n"),
    "。 1、X 2、Y": (
        " 7、县甲局乙",
        "丙。 1、县丁局戊 2、县己局庚 3、县辛局壬 4、县癸局子 5、县丑局寅 6、县卯局辰",
        "\n",
    ),
    "X职责\n发布时间：": (
        "县甲办工作职责\n访问次数 : 发布时间 :2015\n一、乙。\n二、丙。\n",
        "",
        "",
    ),
}


def main(argv: list[str] | None = None) -> int:
    """Run every line at every size; print the table."""
    parser = argparse.ArgumentParser(prog="hostile", description=__doc__)
    parser.add_argument("--sizes", default="125000,250000,500000,1000000")
    parser.add_argument("--only", action="append", metavar="NAME", help="time only this line")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from pipeline import run

    print(f"{'line':<8}" + "".join(f"{n:>11,}" for n in sizes) + "   ratio (lengths ×8)")
    with tempfile.TemporaryDirectory() as folder:
        for name, (unit, before, after) in LINES.items():
            if args.only and name.replace("\n", "\\n") not in args.only:
                continue
            times = []
            for n in sizes:
                path = Path(folder) / "plan.txt"
                body = before + unit * (n // len(unit)) + after
                path.write_text(f"{HEAD}{body}\n", encoding="utf-8")
                start = time.perf_counter()
                run.check([path])
                times.append(time.perf_counter() - start)
            ratio = times[-1] / times[0] if times[0] else 0.0
            print(f"{name!r:<8}" + "".join(f"{t:>10.2f}s" for t in times) + f"   ×{ratio:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
