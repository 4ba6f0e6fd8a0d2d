"""Build one synthetic action plan: simplified text plus the tasks a parser must find in it."""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from benchmarks import phrases

#: Printed forms of one unit or collective, the usual form first.
Forms = tuple[str, ...]

LAYOUTS = ("heading", "inline", "lines", "nested2", "nested3")
#: Layouts of other offices: label-less clauses, a flattened task table (| or tab
#: separated, or aligned with runs of spaces as a PDF exported to text), labelled lines
#: ending in 。. Drawn from a stream of their own so the plans in the layouts above stay as
#: they were.
OTHER_LAYOUTS = ("labelless", "table", "labelled")
OTHER_SHARE = 0.4
#: Later layouts, from a third stream: 若干措施 numbered 第一条 across 一、 sections, and
#: a 责任清单 whose note says the first unit of each list leads.
LATER_LAYOUTS = ("articles", "first_listed")
LATER_SHARE = 0.15
#: Recent layouts, from a fourth stream: a progress report's projects (01 项目名称：…, labels
#: on lines of their own with the value below), items run together after their clauses
#: (…配合）2.…), role-less unit brackets (（X、Y）), and groups under a heading naming
#: their lead (一、X牵头工作（N项）) whose items carry no clause.
RECENT_LAYOUTS = ("project_report", "glued_items", "roleless", "heading_lead")
#: The recent layouts whose clauses name no role: their plans print a first-listed-lead note.
FIRST_LISTED_RECENT = ("project_report", "roleless")
RECENT_SHARE = 0.2
#: Latest layouts, from a fifth stream: a quarterly progress table as ``|`` rows whose
#: leader column before the number is merged over two rows and whose units cell holds
#: labels (牵头单位：X 责任单位：Y), and items naming their leading departments in a sentence
#: (由张明同志牵头，X、Y为牵头部门，负责…).
LATEST_LAYOUTS = ("progress_pipe", "sentence_lead")
LATEST_SHARE = 0.1
#: Layouts of the fourth round, from a sixth stream: a table a cell a line whose header
#: prints no word over the number column (工作任务 / 牵头责任单位 / 一季度进展情况, then ``1``
#: on a line of its own, a lead a line), and clauses saying who carries a part
#: (（本部分工作由X，Y、Z等部门负责组织实施）: every unit leads).
SIXTH_LAYOUTS = ("cell_lines", "done_by")
SIXTH_SHARE = 0.1
#: Layouts of the sixth round, from a seventh stream: a table a cell a line whose title cell
#: opens with the number, numbered again under each heading, and labelled clauses whose last
#: segment after ； names its own role (牵头单位：X；Y按职责分工负责).
SEVENTH_LAYOUTS = ("titled_cells", "semicolon_roles")
SEVENTH_SHARE = 0.1
#: Layouts of the seventh round, from an eighth stream: a city's progress pages, a task a
#: card of labelled lines (重点工作: | 1.X。 | / 牵头单位: | … |), and items whose line
#: closes with a sentence naming who carries them (由X、Y，Z负责落实。: every unit leads).
EIGHTH_LAYOUTS = ("task_cards", "by_sentence")
EIGHTH_SHARE = 0.1
#: Layouts of the eighth round, from a ninth stream: a county notice as text taken from a
#: PDF (numbers printed ``1 . ``, wrap spaces inside titles and unit names: 市 财政局), and a
#: list of policies as a single-spaced table whose group column comes before the number
#: (政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门, a label-less units cell).
NINTH_LAYOUTS = ("pdf_spaces", "policy_list")
NINTH_SHARE = 0.1
#: Layouts of the ninth round, from a tenth stream: a college's table flattened a cell a
#: line with bars (``| 牵头单位`` on a line, a lone ``|`` closing each row), its rows numbered
#: by levels in the title cell (``1、`` then ``1.1``), a row printing its title alone under
#: the row above's cells; and evaluation indicators numbered by levels (``1.1`` headings
#: over ``1.1.1`` items whose brackets name 牵头部门 and 配合部门).
TENTH_LAYOUTS = ("bar_cells", "level_outline")
TENTH_SHARE = 0.1
#: Layouts of the thirteenth round, from an eleventh stream: a list of checks whose items
#: give a short title and then a sentence whose subject is the lead (（三）X。市甲局、市乙局要…,
#: no clause anywhere), and items numbered one character each (⒈ ⒉ …) run together three
#: a line after their clauses in 【】 and 〔〕.
ELEVENTH_LAYOUTS = ("titled_subjects", "square_run_on")
ELEVENTH_SHARE = 0.1
#: Layouts of the seventeenth round, from a twelfth stream: items that open with their roles
#: and then the task (1.市甲局负责，市乙局配合，推进…。, no clause anywhere), and a notice's
#: member duties, unnumbered paragraphs under （二）职责分工 each opening with its unit and a
#: colon (市甲局、市乙局：负责…).
TWELFTH_LAYOUTS = ("opening_roles", "member_duties")
TWELFTH_SHARE = 0.1
#: Layouts of the twenty-fifth round, from a thirteenth stream: a newspaper's task table run
#: together on one line with no separator at all (序号重点任务责任单位1X。…A牵头；B配合；C落实2…).
#: (The round's other new table, a cell then a lone bar with no header, names no lead: its
#: plans fail validation as they should, so it is a fixture, not part of this corpus.)
THIRTEENTH_LAYOUTS = ("glued_table",)
THIRTEENTH_SHARE = 0.1
#: Layouts of the twenty-sixth round, from a fourteenth stream: unnumbered paragraphs under
#: headings, each a title line and a body line closed by its label-less clause on a line of
#: its own (（A牵头，B参与，C负责落实）), as a ministry's 试点工作方案 prints them.
FOURTEENTH_LAYOUTS = ("clause_lines",)
FOURTEENTH_SHARE = 0.1
#: Layouts of the twenty-seventh round, from a fifteenth stream: a 分工表 as a government
#: site's table flattens to text, every cell and bar on lines apart, indented, lines of
#: spaces between them, each row opened by a bar of its own, a unit a line in a units cell.
FIFTEENTH_LAYOUTS = ("web_table",)
FIFTEENTH_SHARE = 0.1
#: Layouts of the twenty-eighth round, from a sixteenth stream: a notice and its 任务分解表
#: saved on one line, single spaces between the cells, the header's title word spread
#: letter by letter (序号 工 作 内 容 牵头单位 责任单位 完成时限), section headings between rows.
SIXTEENTH_LAYOUTS = ("spaced_line",)
SIXTEENTH_SHARE = 0.1
#: Layouts of the thirty-third round, from a seventeenth stream: items closed by a bracket
#: that gives each unit its duty (（X牵头制定方案，Y负责组织实施，Z等部门配合）), and a
#: 规划's chapters and sections (第一章 … / 第一节 …), each section closed by a bracket of
#: units with no role word.
SEVENTEENTH_LAYOUTS = ("duty_brackets", "plan_sections")
SEVENTEENTH_SHARE = 0.1
#: Layouts of the thirty-fourth round, from an eighteenth stream: a list divided by unit,
#: each unit's name on a line of its own closed by a colon over its items (市X局： /
#: （1）…); a 健康 action scraped onto one line, a heading of dashes over the government's
#: list (……。 ——政府： 1.…（X牵头，Y按职责分工负责）); headings over labelled lines, the
#: lead and its members first and the task's words last (牵头单位：X / 成员单位：Y /
#: 主要任务：…); brackets whose 责任单位 label names a lead and participants
#: (（责任单位：X牵头，Y参与）).
EIGHTEENTH_LAYOUTS = ("unit_colon_lines", "dash_lists", "member_lines", "participant_brackets")
EIGHTEENTH_SHARE = 0.1
#: Layouts of the thirty-fifth round, from a nineteenth stream: a schedule whose items state
#: their units with a label and 为 in their last sentence (…。牵头单位为X，责任单位为Y。);
#: brackets naming roles by 组织 and 实施 (（X组织，Y实施）); a list of inspections, each
#: item opening with its units and 牵头负责 glued to the task (（一）X牵头负责…督查。).
NINETEENTH_LAYOUTS = ("stated_labels", "organise_brackets", "role_openings")
NINETEENTH_SHARE = 0.1
#: Layouts of the thirty-sixth round, from a twentieth stream: a repost that printed bullets
#: for the numbers and ran the list onto one line (??? 重点任务 ? …。（X牵头，Y按职责分工负责）
#: ? …); a page whose numbers a scrape glued to the titles, labelled lines after each
#: item's sentences (3推进…。… / 牵头单位：X / 责任单位：Y); a schedule printing its labels straight
#: before their units (…。牵头单位X，责任单位Y。).
TWENTIETH_LAYOUTS = ("bulleted_line", "glued_sentences", "bare_labels")
TWENTIETH_SHARE = 0.1
#: Layouts of the thirty-seventh round, from a twenty-first stream: a PDF's task table run
#: together with its line breaks kept and a deadline column (序号工作任务牵头单位时间进度1 X。… /
#: 市甲局2026年底前完成2 Y。…); steps whose clause closes a short title, the sentence going
#: on after it (（一）X（Y牵头，Z按职责分工负责）…。).
TWENTY_FIRST_LAYOUTS = ("glued_dues_table", "short_title_clause")
TWENTY_FIRST_SHARE = 0.4
#: Layouts of the thirty-eighth round, from a twenty-second stream: items whose labels stand
#: in lenticular brackets after their sentences (1.X。…【牵头单位】A【责任单位】B); a PDF's
#: table on one line, words and cells a space apart, each units cell closed by its own 。 and
#: a deadline spaced out after it (序号 工作任务 负责单位 完成时限 1 X。… A牵头，B负责。
#: 2026 年 7 月底前 2 …).
TWENTY_SECOND_LAYOUTS = ("lenticular_labels", "spaced_dues_table")
TWENTY_SECOND_SHARE = 0.25
#: Layouts of the thirty-ninth round, from a twenty-third stream: items each followed by
#: lines that print a label straight before its units, no colon (1.X。…\n牵头部门A\n责任部门B);
#: a progress table a cell a paragraph (序号 / 目标任务 / 牵头责任单位 / 进展情况 / 备注),
#: a unit a paragraph, the progress a sentence and the 备注 over two paragraphs.
TWENTY_THIRD_LAYOUTS = ("glued_label_lines", "progress_paragraphs")
TWENTY_THIRD_SHARE = 0.3
#: Layouts of the fortieth round, from a twenty-fourth stream: items whose last sentence names
#: who does each part of the work after 由 (1、X。…。方案的制定由A负责，具体实施工作由B负责。);
#: a notice run onto one line whose first item follows a comma (为…，一、X，（牵头单位：A；
#: 责任单位：B）二、…).
TWENTY_FOURTH_LAYOUTS = ("closing_bys", "comma_run_on")
TWENTY_FOURTH_SHARE = 0.3
#: Layouts of the forty-first round, from a twenty-fifth stream: headings printed as cards of
#: numbered fields whose measures carry clauses of their own (一、X / （一）牵头单位：A。 /
#: （二）协办单位：B。 / （三）主要措施： / 1.…（A负责，B配合））; label-less clauses closing with a
#: deadline to the day (（A牵头，B配合，2026年6月30日前）).
TWENTY_FIFTH_LAYOUTS = ("card_measures", "day_deadlines")
TWENTY_FIFTH_SHARE = 0.3
#: The measures a card of the twenty-fifth stream holds.
_CARD_MEASURES = 3
#: The deadlines to the day the twenty-fifth stream's clauses close with.
_DAY_DUES = ("2026年6月30日前", "2026年9月30日前", "2027年3月31日前")
#: Layouts of the forty-second round, from a twenty-sixth stream: items printed without
#: clauses, each run of them closed by a clause line of its own (1. / 2. / 牵头单位：A；责任单位：
#: B、C / 3. / 牵头单位：D); a table a cell a line, each cell closed by its bar, whose title
#: cells open with the task's number under a group cell (主要任务 | 重点工作和要求 | 牵头单位 |
#: 责任单位 | 完成时限 | 完成进展, then （一）X。 | / 1.Y。 | / A | / B、C | / 3月底前 | / |).
TWENTY_SIXTH_LAYOUTS = ("run_clause_lines", "titled_bar_cells")
TWENTY_SIXTH_SHARE = 0.3
#: The items a run of the twenty-sixth stream holds before its clause line, in turn.
_RUN_SIZES = (2, 1, 3)
#: The rows of the twenty-sixth stream's table under one group cell.
_GROUP_ROWS = 2
#: The deadlines the twenty-sixth stream's table prints after each row's units.
_MONTH_DUES = ("3月底前", "6月底前", "9月底前", "12月底前")
#: Layouts of the forty-third round, from a twenty-seventh stream: sections that are tasks,
#: each next heading run on right after the clause closing the section before (一、X / body /
#: （牵头单位：A；责任单位：B、C）二、Y / …); items dated by a bracket inside their first
#: sentence, their units labelled after the body (1.X（完成时限：6月底前）。…。牵头单位：A；
#: 责任单位：B。).
TWENTY_SEVENTH_LAYOUTS = ("glued_sections", "dated_labels")
TWENTY_SEVENTH_SHARE = 0.3
#: Layouts of the forty-fourth round, from a twenty-eighth stream: groups whose parts run on
#: in the group's line, each opening with its ordinal word and closed by its labelled units
#: (（一）X。一是Y。…牵头单位：A；责任单位：B。二是Z。…); items whose sentences each close
#: with a labelled bracket before their full stop (1.X。…（牵头单位：A）。…（责任单位：B）。).
TWENTY_EIGHTH_LAYOUTS = ("ordinal_parts", "stop_brackets")
TWENTY_EIGHTH_SHARE = 0.3
#: The most parts a group of the twenty-eighth stream's runs on in its line.
_PARTS = 3
#: Layouts of the forty-fifth round, from a twenty-ninth stream: a task table a cell a line
#: whose work cells end with no full stop, each task's units a label-less clause on a line
#: of its own (1.X。 / body / A牵头，B参与，C负责落实。); a 实施办法 in chapters whose article
#: numbers a scrape glued to their text (第三条X。…（牵头单位：A；责任单位：B）).
TWENTY_NINTH_LAYOUTS = ("clause_cell_lines", "glued_articles")
TWENTY_NINTH_SHARE = 0.3
#: Layouts of the forty-sixth round, from a thirtieth stream: a 重点项目表 a cell a line with
#: no bars (序号 / 工作内容 / 工作目标 / 责任单位), each row's units one line of every unit the
#: task names, with no full stop, the first listed leading, the next row's number alone below
#: it; a working group's items, each with its 牵头部门 and its 组成部门 on lines of their own.
THIRTIETH_LAYOUTS = ("long_units_cells", "group_members")
THIRTIETH_SHARE = 0.2
#: Layouts of the forty-seventh round, from a thirty-first stream: items whose body opens
#: with the document it follows before its roles after 由 (（一）X。依据《…》，由A牵头，B、C
#: 配合，…。), and a table a cell a line, each cell closed by its bar, whose measures cell
#: numbers its points after each sentence (1.…。 2.…。 |).
THIRTY_FIRST_LAYOUTS = ("basis_lead_ins", "bar_cell_points")
THIRTY_FIRST_SHARE = 0.3
#: Layouts of the forty-eighth round, from a thirty-second stream: members' duties run on in
#: the line of their heading, each unit's name closed by 。 as a heading of its own (三、职责
#: 分工…各成员单位职责如下：A。负责…。B、C。负责…。), and members' duties each after its
#: units' colon, closed by a sentence naming its partners (（一）A：负责…。…。B、C配合。).
THIRTY_SECOND_LAYOUTS = ("stop_duties", "partner_duties")
THIRTY_SECOND_SHARE = 0.1
#: The layout whose plans the thirty-second stream takes its share of (see ``build_plan``).
THIRTY_SECOND_FROM = ("labelless",)
#: Layouts of the forty-ninth round, from a thirty-third stream: each unit's duties numbered
#: 1. 2. under an unnumbered line naming the unit and its duties' word (各街道办事处主要职责： /
#: 1.负责… / 区卫生健康局工作职责： / 1.负责…), and members' duties run on in their heading's
#: line after a space, each closed by a space alone (三、职责分工 A：负责… B：负责…).
THIRTY_THIRD_LAYOUTS = ("owner_lines", "space_duties")
THIRTY_THIRD_SHARE = 0.1
#: Layouts of the fiftieth round, from a thirty-fourth stream: each lead's duties under an
#: article's heading naming it and its duties' word (第二条 市公安局职责 / （一）负责…), and
#: tasks run onto one line, each numbered by one glyph (二、重点任务。 ⒈ …（X牵头，Y负责） ⒉ …).
THIRTY_FOURTH_LAYOUTS = ("article_duties", "glyph_items")
THIRTY_FOURTH_SHARE = 0.1
#: Layouts of the fifty-first round, from a thirty-fifth stream: each lead's duty a line
#: opening with it as the duty's subject under a short title that divides duties, the first
#: run on in the title's line ((一)明确部门职责。A负责… / B负责…), and sections numbered 01,
#: 02 alone on their lines over their titles and a line of labels ((牵头单位：A；责任单位：B)).
THIRTY_FIFTH_LAYOUTS = ("titled_division", "padded_sections")
THIRTY_FIFTH_SHARE = 0.1
#: The most sections a zero-padded number alone opens (01 … 09).
_PADDED_SECTIONS = 9
#: Layouts of the fifty-second round, from a thirty-sixth stream: each lead's duty a line
#: under a heading that divides duties, the lead's name closed by a comma before its 负责
#: (A，负责…), and articles each a lead's sentence announcing the duties listed below it
#: (第一条 A应当履行下列职责： over （一） （二）).
THIRTY_SIXTH_LAYOUTS = ("comma_duties", "announced_articles")
THIRTY_SIXTH_SHARE = 0.1
#: Layouts of the fifty-third round, from a thirty-seventh stream: an emergency plan's
#: sections numbered by decimals, each holding its leads' duties sentence by sentence, no
#: clause anywhere (2.1 信息报送 / A负责…。B负责…), and working groups, each group's name
#: over its duty and the line naming its units (（一）综合协调组 / 负责… / 由A牵头，B参加。).
THIRTY_SEVENTH_LAYOUTS = ("decimal_duties", "group_clauses")
THIRTY_SEVENTH_SHARE = 0.1
#: Layouts of the fifty-fourth round, from a thirty-eighth stream: each lead's duties under
#: its name, a label alone below it and its circled items run onto one line after ；
#: (（一）A / （1）年度重点任务： / ①…；②…；③…), and an inspection's findings, each a heading
#: over labelled lines naming who fixes it and who signs it off (一、…问题 / 整改措施：… /
#: 整改实施主体：A / 牵头验收单位：B / 配合验收单位：C).
THIRTY_EIGHTH_LAYOUTS = ("circled_duties", "rectification_checks")
THIRTY_EIGHTH_SHARE = 0.1
#: The label a ``circled_duties`` plan prints over each lead's circled items.
_CIRCLED_LABEL = "（1）年度重点任务："
#: The circled numbers, in order.
_CIRCLED = "①②③"
#: The section closing a ``rectification_checks`` plan.
_CHECKS_CLOSE = "三、工作要求\n各有关单位要按期完成整改，确保整改到位。"
#: The tasks under each heading of a ``circled_duties`` plan, run onto one line.
_CIRCLED_RUN = 3
#: Layouts of the fifty-fifth round, from a thirty-ninth stream: items closing with a
#: clause that names a principal body beside the units responsible
#: (〔责任主体：A；责任单位：B、C〕: A leads), and a table of targets a cell a line whose goals
#: each print their first measure and units, then a later measure with units of its own
#: (1.X。 / ——… / A / B / ——Y。 / C / D: Y is a row of its own, 1.1 under goal 1).
THIRTY_NINTH_LAYOUTS = ("principal_clauses", "measure_rows")
THIRTY_NINTH_SHARE = 0.1
#: The header of a ``measure_rows`` plan's table, a cell a paragraph.
_MEASURE_HEADER = ("领域", "主要目标", "主要责任单位", "责任单位")
#: The section closing a ``measure_rows`` plan.
_MEASURES_CLOSE = "三、保障措施\n\n各有关单位要按照分工抓好落实。"
#: Layouts of the fifty-sixth round, from a fortieth stream: items whose short title is
#: followed by sentences each opening with a unit as its subject (（k）X。A要…。B要…。: A and
#: B lead), and an emergency plan's working groups whose leader is a unit's head
#: (k.X组 / 组  长：A负责人 / 成员单位：B、C / 主要职责：…: A leads, B and C cooperate).
FORTIETH_LAYOUTS = ("body_subjects", "group_leaders")
FORTIETH_SHARE = 0.1
#: Layouts of the fifty-seventh round, from a forty-first stream: items each closed by a
#: line a dash opens naming who does the work (（k）X。 / body / ——由A会同B组织落实。: A leads,
#: B cooperates), and a plan divided by unit, each unit's name on a line of its own over
#: short labels of its targets' kinds (A / 一类目标： / （k）X。body / 二类目标： / …: A leads).
FORTY_FIRST_LAYOUTS = ("dash_lines", "unit_line_kinds")
FORTY_FIRST_SHARE = 0.1
#: Layouts of the fifty-eighth round, from a forty-second stream: an emergency plan's part
#: page whose sections' duties run on in one line, each section's number and heading before
#: its first duty, one sentence opening with its lead each, every second duty going on over
#: a ``；`` part (…评估。 2.1.1 信息报送 A负责X。 B负责Y；指导…。 …: A and B lead), and a
#: division of duties whose page lost its first list's heading, then one unit's name over a
#: second list from 1 (联系部门：… / 1.A负责X。 / … / B / 1.负责Y。: B leads the second list).
FORTY_SECOND_LAYOUTS = ("run_on_sections", "lost_first_name")
FORTY_SECOND_SHARE = 0.1
#: Layouts of the fifty-ninth round, from a forty-third stream: a part page whose projects
#: open with a dash in place of a number, each over its labelled lines (--X。 / 牵头单位:A /
#: 配合单位:C: A leads, C cooperates), under a heading that only groups them, and an item
#: whose line goes on after a colon with its units' duties chained by ``；`` (（二）健全工作
#: 机制。…责任制：A负责X；B负责Y；C负责Z。: each duty its subject's).
FORTY_THIRD_LAYOUTS = ("dash_projects", "colon_duty_system")
FORTY_THIRD_SHARE = 0.1
#: The heading over a ``dash_projects`` page's projects, and its number.
_DASH_HEADING = "（三）进一步加强生态环境建设"
#: The item a ``colon_duty_system`` page's duties run on in, up to the colon before them.
_DUTY_SYSTEM = "（二）健全工作机制。各级司法行政部门具体负责组织协调。继续实行工作责任制："
#: The item after it, with no units of its own.
_DUTY_SYSTEM_AFTER = "（三）保障工作经费。各级政府要把工作经费列入财政预算。"
#: The sentence a ``run_on_sections`` line opens with, before its first section's heading.
_RUN_ON_OPENING = "灾情稳定后，各有关部门按规定开展灾情调查评估。"
#: The part after a ``；`` that every second ``run_on_sections`` duty goes on with.
_RUN_ON_PART = "指导各地抓好落实"
#: The duties of a ``run_on_sections`` section: three in the first (a run a chain needs).
_RUN_ON_DUTIES = 3
#: The fewest items of a ``lost_first_name`` page's first list (a list opening with units
#: as their duties' subjects needs two).
_LOST_LIST = 2
#: The line a ``lost_first_name`` page opens with, over the first unit's list.
_LIAISON_LINE = "联系的县级部门：县委政法委、县信访局、县司法局。"
#: The labels of a ``unit_line_kinds`` unit's targets, the second before its last item.
_TARGET_KINDS = ("一类目标：", "二类目标：")
#: The sentence a ``body_subjects`` item gives its second unit.
_SECOND_SUBJECT = "要加强督促指导，定期通报进展"
#: The section over a ``group_leaders`` plan's groups, and its sentence.
_GROUPS_HEAD = "三、应急工作组\n指挥部下设若干工作组，在指挥部统一领导下开展工作。"
#: The sections a ``decimal_duties`` plan divides its duties into, drawn in turn.
_DECIMAL_SECTIONS = ("信息报送", "现场处置", "医疗救护", "交通保障", "通信保障", "物资保障",
                     "资金保障", "治安维护", "善后处置")  # fmt: skip
#: The most duties one ``decimal_duties`` section holds, run on in its line.
_SECTION_DUTIES = 2
#: The working groups a ``group_clauses`` plan sets up, one per task, in turn.
_WORK_GROUPS = ("综合协调组", "督导检查组", "宣传报道组", "后勤保障组", "专家技术组",
                "信息报送组", "应急处置组", "群众工作组", "安全保卫组")  # fmt: skip
#: The most partners a group's line names after its lead.
_GROUP_PARTNERS = 2
#: The words an ``announced_articles`` plan's article closes with, drawn in turn.
_ANNOUNCED_WORDS = ("应当履行下列职责：", "应当履行下列工作职责：")
#: The most duties one ``announced_articles`` article lists.
_ARTICLE_DUTIES = 3
#: The words an ``article_duties`` plan's article heading closes with, drawn in turn.
_ARTICLE_WORDS = ("职责", "的工作职责")
#: The most items one glyph numbers (⒈ … ⒛).
_GLYPH_ITEMS = 20
#: The words an ``owner_lines`` plan's unit line closes with, drawn in turn.
_OWNER_WORDS = ("主要职责：", "工作职责：", "主要职责:")
#: The document the thirty-first stream's items follow.
_BASIS = "依据《郑州市国民经济和社会发展第十四个五年规划纲要》"
#: What the thirtieth stream's 工作目标 cells say.
_PROJECT_GOAL = "年底前完成年度目标任务，形成可复制推广的经验做法。"
#: What the twenty-ninth stream's work cells go on with, so that each is a long line.
_CELL_TAIL = "，并按季度报送工作进展情况和存在的主要问题"
#: The deadlines the twenty-seventh stream's brackets date its items with.
_BRACKET_DUES = ("2026年6月底前", "2026年12月底前", "2027年6月底前")
#: The deadlines the twenty-second stream's table prints after each row's units, spaced.
_SPACED_DUES = ("2026 年 7 月底前", "2026 年 12 月底前", "2027 年 6 月 30 日前")
#: The deadlines the twenty-first stream's table prints after each row's units.
_DUES = ("2026年底前完成", "2027年6月底前完成", "持续实施")
#: The longest title the twentieth stream glues a number to: a glued number's first
#: sentence is short (pipeline/parse/outline.py).
_GLUED_TITLE = 30
#: The last characters of the units 实施 follows in the nineteenth stream's brackets: the
#: grammar reads 实施 as a role right after a unit's name only.
_IMPLEMENTING_ENDINGS = "局委办厅府部会院心队所站处室"
#: The headings the fourteenth stream's paragraphs stand under, three tasks to a heading.
_GROUP_TITLES = ("健全制度体系", "强化源头管控", "提升治理能力", "完善保障机制", "推进示范建设",
                 "深化改革创新", "加强监督考核")  # fmt: skip
_LABELS = {
    "heading": ("{n})", "{n}）", "{n}.", "{n}、", "（{n}）", "（{c}）"),
    "inline": ("{n}.", "{n}、", "（{c}）", "（{n}）"),
    "lines": ("{n}.", "{n}、", "{n}. "),
    "nested2": ("（{c}）",),
    "nested3": ("{n}.", "{n}、"),
}
_CN = "一二三四五六七八九"
#: Plans are dated inside a window in which every usable registry unit exists.
FIRST_DAY = date(2024, 1, 2)
LAST_DAY = date(2025, 12, 31)


@dataclass(frozen=True, slots=True)
class TaskSpec:
    """A task as the parser must report it (simplified text, mentions as printed)."""

    task_id: str
    title: str
    body: str
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    cooperating: tuple[str, ...]
    deadline: str | None


@dataclass(frozen=True, slots=True)
class PlanSpec:
    """A plan's simplified text and how it is to be rendered and parsed."""

    doc_id: str
    title: str
    published: date
    layout: str
    traditional: bool
    encoding: str
    crlf: bool
    text: str
    tasks: tuple[TaskSpec, ...]


@dataclass(frozen=True, slots=True)
class _Clause:
    """How one plan prints its unit clauses."""

    open: str
    close: str
    colon: str
    role_sep: str
    unit_sep: str
    keywords: tuple[str, str, str, str]


def numeral(n: int) -> str:
    """Write 1-99 in Chinese numerals: 1 -> 一, 12 -> 十二, 20 -> 二十."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens - 1] + "十")
    return head + (_CN[ones - 1] if ones else "")


def label(template: str, n: int) -> str:
    """Print task number ``n`` in the style of ``template``."""
    return template.format(n=n, c=numeral(n))


def build_plan(
    index: int, seed: int, units: Sequence[Forms], collectives: Sequence[Forms]
) -> PlanSpec:
    """Build plan ``index`` of the corpus seeded by ``seed``; plans do not depend on each other."""
    rng = random.Random(seed * 1_000_003 + index)
    topic, slug = rng.choice(phrases.TOPICS)
    layout = rng.choice(LAYOUTS)
    template = rng.choice(_LABELS[layout])
    clause = _clause_style(rng, layout)
    n_tasks = rng.randint(13, 19)
    tasks = [_task(rng, units, collectives, clause) for _ in range(n_tasks)]
    title = f"郑州市{topic}行动方案"
    head = _header(rng, title)
    targets = _targets(rng)
    other = random.Random(f"other-offices-{seed}-{index}")
    if other.random() < OTHER_SHARE:
        layout = other.choice(OTHER_LAYOUTS)
        body, specs = _other_layout(other, layout, template, clause, tasks, targets)
    else:
        body, specs = _layout(rng, layout, template, tasks, targets)
    later = random.Random(f"later-layouts-{seed}-{index}")
    if later.random() < LATER_SHARE:  # after the draws above, which stay as they were
        layout = later.choice(LATER_LAYOUTS)
        body, specs = _later_layout(later, layout, template, clause, tasks, targets)
    recent = random.Random(f"recent-layouts-{seed}-{index}")
    # (after the draws above, which stay as they were; only in place of the first layouts)
    if recent.random() < RECENT_SHARE and layout in LAYOUTS:
        layout = recent.choice(RECENT_LAYOUTS)
        body, specs = _recent_layout(recent, layout, tasks, targets)
    latest = random.Random(f"latest-layouts-{seed}-{index}")
    if latest.random() < LATEST_SHARE and layout in LAYOUTS:  # (the draws above stay as they were)
        layout = latest.choice(LATEST_LAYOUTS)
        body, specs = _latest_layout(latest, layout, tasks, targets)
    sixth = random.Random(f"sixth-layouts-{seed}-{index}")
    if sixth.random() < SIXTH_SHARE and layout in LAYOUTS:  # (the draws above stay as they were)
        layout = sixth.choice(SIXTH_LAYOUTS)
        body, specs = _sixth_layout(sixth, layout, tasks, targets)
    for stream, share, layouts, write in (  # streams whose writers draw nothing more
        ("seventh-layouts", SEVENTH_SHARE, SEVENTH_LAYOUTS, _seventh_layout),
        ("eighth-layouts", EIGHTH_SHARE, EIGHTH_LAYOUTS, _eighth_layout),
        ("ninth-stream", NINTH_SHARE, NINTH_LAYOUTS, _ninth_layout),
        ("tenth-stream", TENTH_SHARE, TENTH_LAYOUTS, _tenth_layout),
        ("eleventh-stream", ELEVENTH_SHARE, ELEVENTH_LAYOUTS, _eleventh_layout),
        ("twelfth-stream", TWELFTH_SHARE, TWELFTH_LAYOUTS, _twelfth_layout),
        ("thirteenth-stream", THIRTEENTH_SHARE, THIRTEENTH_LAYOUTS, _thirteenth_layout),
        ("fourteenth-stream", FOURTEENTH_SHARE, FOURTEENTH_LAYOUTS, _fourteenth_layout),
        ("fifteenth-stream", FIFTEENTH_SHARE, FIFTEENTH_LAYOUTS, _fifteenth_layout),
        ("sixteenth-stream", SIXTEENTH_SHARE, SIXTEENTH_LAYOUTS, _sixteenth_layout),
        ("seventeenth-stream", SEVENTEENTH_SHARE, SEVENTEENTH_LAYOUTS, _seventeenth_layout),
        ("eighteenth-stream", EIGHTEENTH_SHARE, EIGHTEENTH_LAYOUTS, _eighteenth_layout),
        ("nineteenth-stream", NINETEENTH_SHARE, NINETEENTH_LAYOUTS, _nineteenth_layout),
        ("twentieth-stream", TWENTIETH_SHARE, TWENTIETH_LAYOUTS, _twentieth_layout),
        ("twenty-first-stream", TWENTY_FIRST_SHARE, TWENTY_FIRST_LAYOUTS, _twenty_first_layout),
        ("twenty-second-stream", TWENTY_SECOND_SHARE, TWENTY_SECOND_LAYOUTS, _twenty_second_layout),
        ("thirty-ninth-round", TWENTY_THIRD_SHARE, TWENTY_THIRD_LAYOUTS, _twenty_third_layout),
        ("fortieth-round", TWENTY_FOURTH_SHARE, TWENTY_FOURTH_LAYOUTS, _twenty_fourth_layout),
        ("forty-first-round", TWENTY_FIFTH_SHARE, TWENTY_FIFTH_LAYOUTS, _twenty_fifth_layout),
        ("forty-second-round", TWENTY_SIXTH_SHARE, TWENTY_SIXTH_LAYOUTS, _twenty_sixth_layout),
        ("forty-third-round", TWENTY_SEVENTH_SHARE, TWENTY_SEVENTH_LAYOUTS, _twenty_seventh_layout),
        ("forty-fourth-round", TWENTY_EIGHTH_SHARE, TWENTY_EIGHTH_LAYOUTS, _twenty_eighth_layout),
        ("forty-fifth-round", TWENTY_NINTH_SHARE, TWENTY_NINTH_LAYOUTS, _twenty_ninth_layout),
        ("forty-sixth-round", THIRTIETH_SHARE, THIRTIETH_LAYOUTS, _thirtieth_layout),
        ("thirty-first-stream", THIRTY_FIRST_SHARE, THIRTY_FIRST_LAYOUTS, _thirty_first_layout),
    ):
        draw = random.Random(f"{stream}-{seed}-{index}")
        if draw.random() < share and layout in LAYOUTS:  # (the draws above stay)
            layout = draw.choice(layouts)
            body, specs = write(layout, tasks, targets)
    # every plan of make bench's corpus now has a stream's layout: these streams take a share
    # of the most common one's instead, each drawn apart from the ones before
    for stream, share, layouts, write_duties in (
        ("thirty-second-stream", THIRTY_SECOND_SHARE, THIRTY_SECOND_LAYOUTS, _thirty_second_layout),
        ("thirty-third-stream", THIRTY_THIRD_SHARE, THIRTY_THIRD_LAYOUTS, _thirty_third_layout),
        ("thirty-fourth-stream", THIRTY_FOURTH_SHARE, THIRTY_FOURTH_LAYOUTS, _thirty_fourth_layout),
        ("thirty-fifth-stream", THIRTY_FIFTH_SHARE, THIRTY_FIFTH_LAYOUTS, _thirty_fifth_layout),
        ("thirty-sixth-stream", THIRTY_SIXTH_SHARE, THIRTY_SIXTH_LAYOUTS, _thirty_sixth_layout),
        (
            "thirty-seventh-stream",
            THIRTY_SEVENTH_SHARE,
            THIRTY_SEVENTH_LAYOUTS,
            _thirty_seventh_layout,
        ),
        ("thirty-eighth-stream", THIRTY_EIGHTH_SHARE, THIRTY_EIGHTH_LAYOUTS, _thirty_eighth_layout),
        ("thirty-ninth-stream", THIRTY_NINTH_SHARE, THIRTY_NINTH_LAYOUTS, _thirty_ninth_layout),
        ("fortieth", FORTIETH_SHARE, FORTIETH_LAYOUTS, _fortieth_layout),
        ("forty-first", FORTY_FIRST_SHARE, FORTY_FIRST_LAYOUTS, _forty_first_layout),
        ("forty-second-stream", FORTY_SECOND_SHARE, FORTY_SECOND_LAYOUTS, _forty_second_layout),
        ("forty-third-stream", FORTY_THIRD_SHARE, FORTY_THIRD_LAYOUTS, _forty_third_layout),
    ):
        draw = random.Random(f"{stream}-{seed}-{index}")
        if draw.random() < share and layout in THIRTY_SECOND_FROM:
            layout = draw.choice(layouts)
            # (the duties' layouts write the tasks that name a lead; with fewer than three,
            # the plan is written as basis_lead_ins)
            named = _led(tasks)
            if named is None:
                body, specs = _thirty_first_layout("basis_lead_ins", tasks, targets)
            else:
                body, specs = write_duties(layout, named, targets)
    encoding = rng.choices(("utf-8", "utf-8-sig", "gb18030"), (75, 10, 15))[0]
    return PlanSpec(
        doc_id=f"plan-{index:04d}-{slug}",
        title=title,
        published=FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days)),
        layout=layout,
        traditional=rng.random() < 0.25,
        encoding=encoding,
        crlf=rng.random() < 0.1,
        text=head + body,
        tasks=tuple(specs),
    )


@dataclass(frozen=True, slots=True)
class _Draft:
    """A task before it is numbered: its words and its clause as printed."""

    title: str
    body: str
    clause: str
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    cooperating: tuple[str, ...]
    deadline: str | None

    def spec(self, task_id: str) -> TaskSpec:
        """Return the task as the parser must report it under ``task_id``."""
        return TaskSpec(
            task_id, self.title, self.body, self.lead, self.responsible, self.cooperating,
            self.deadline,
        )  # fmt: skip


def _clause_style(rng: random.Random, layout: str) -> _Clause:
    keywords = (
        rng.choice(("牵头单位", "牵头单位", "牵头部门", "牵头责任单位")),
        rng.choice(("责任单位", "责任单位", "责任部门")),
        rng.choice(("配合单位", "参与单位", "协同单位", "协办单位")),
        rng.choice(("完成时限", "完成时间", "时间节点")),
    )
    if layout == "lines":
        return _Clause("", "", "：", "\n", rng.choice(("、", "，")), keywords)
    if rng.random() < 0.2:
        return _Clause("(", ")", ":", ";", rng.choice((",", "、")), keywords)
    role_sep = rng.choice(("。", "；"))
    unit_sep = rng.choice(("、", "，", "mixed", "；" if role_sep == "。" else "、"))
    return _Clause("（", "）", "：", role_sep, unit_sep, keywords)


def _task(
    rng: random.Random, units: Sequence[Forms], collectives: Sequence[Forms], style: _Clause
) -> _Draft:
    n_lead = rng.choices((1, 2, 3, 4), (40, 30, 20, 10))[0]
    n_resp = rng.choices((0, 1, 2, 3, 4), (25, 25, 20, 20, 10))[0]
    n_coop = rng.choice((1, 2, 3)) if rng.random() < 0.3 else 0
    picked = [_form(rng, u) for u in rng.sample(list(units), n_lead + n_resp + n_coop)]
    lead, resp, coop = picked[:n_lead], picked[n_lead : n_lead + n_resp], picked[n_lead + n_resp :]
    if rng.random() < 0.93:
        chosen = list(collectives)
    else:
        chosen = rng.sample(list(collectives), rng.randint(1, max(1, len(collectives) - 1)))
    groups = [_form(rng, c) for c in chosen]
    if coop and rng.random() < 0.1:
        coop += groups
    else:
        resp += groups
    deadline = rng.choice(phrases.DEADLINES) if rng.random() < 0.4 else None
    roles = (
        (style.keywords[0], lead, len(lead)),
        (style.keywords[1], resp, n_resp),
        (style.keywords[2], coop, n_coop),
    )
    parts = [f"{k}{style.colon}{_join(v, named, style.unit_sep)}" for k, v, named in roles if v]
    if deadline:
        parts.append(f"{style.keywords[3]}{style.colon}{deadline}")
    clause = style.open + style.role_sep.join(parts) + style.close
    return _Draft(
        title=_phrase(rng),
        body=_body(rng),
        clause=clause,
        lead=tuple(lead),
        responsible=tuple(resp),
        cooperating=tuple(coop),
        deadline=deadline,
    )


def _form(rng: random.Random, forms: Forms) -> str:
    """Pick the usual form mostly, sometimes an alias or the full name."""
    if len(forms) == 1 or rng.random() < 0.8:
        return forms[0]
    return rng.choice(forms[1:])


def _join(names: list[str], named: int, sep: str) -> str:
    """Join unit names; "mixed" uses 、 among named units and ， before collectives."""
    if sep != "mixed":
        return sep.join(names)
    first, rest = "、".join(names[:named]), names[named:]
    return "，".join([first, *rest] if first else rest)


def _phrase(rng: random.Random) -> str:
    return rng.choice(phrases.VERBS) + rng.choice(phrases.OBJECTS) + rng.choice(phrases.SUFFIXES)


def _body(rng: random.Random) -> str:
    target = rng.randint(150, 250)
    sentences: list[str] = []
    while sum(map(len, sentences)) < target:
        sentences.append(f"{_phrase(rng)}，{_phrase(rng)}，{rng.choice(phrases.TAILS)}。")
    return "".join(sentences)


def _header(rng: random.Random, title: str) -> str:
    if rng.random() < 0.3:
        day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        return f"{day},郑州市人民政府发布印发的《{title}》已对外公示。\n"
    lines = [f"郑州市人民政府关于印发{title}的通知"]
    if rng.random() < 0.5:
        lines += [
            "各区县（市）人民政府，市人民政府各部门，各有关单位：",
            f"现将《{title}》印发给你们，请结合实际，认真贯彻执行。",
        ]
    return "\n".join(lines) + "\n"


def _targets(rng: random.Random) -> str:
    year = rng.choice((2025, 2026))
    return (
        f"到{year}年，{_phrase(rng)}取得明显成效，{rng.choice(phrases.TAILS)}。"
        f"到{year + 5}年，{_phrase(rng)}全面完成，{rng.choice(phrases.TAILS)}。"
    )


def _layout(
    rng: random.Random,
    layout: str,
    template: str,
    tasks: list[_Draft],
    targets: str,
) -> tuple[str, list[TaskSpec]]:
    if layout in ("nested2", "nested3"):
        return _nested(rng, layout, template, tasks, targets)
    lines = [f"总体目标方面提出，{targets}", "重点任务如下："]
    specs = []
    for n, task in enumerate(tasks, 1):
        lines.append(_task_text(layout, label(template, n), task))
        specs.append(task.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _task_text(layout: str, number: str, task: _Draft) -> str:
    if layout == "heading":
        return f"{number}{task.title}\n{task.body}{task.clause}"
    if layout == "lines":
        return f"{number}{task.title}。{task.body}\n{task.clause}"
    return f"{number}{task.title}。{task.body}{task.clause}"


def _nested(
    rng: random.Random, layout: str, template: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    lines = [
        "一、总体要求",
        "（一）指导思想",
        f"坚持以人民为中心的发展思想，{_phrase(rng)}，{rng.choice(phrases.TAILS)}。",
        "（二）主要目标",
        targets,
    ]
    groups = _split(rng, tasks)
    titles = rng.sample(phrases.SECTION_TITLES, len(groups))
    specs: list[TaskSpec] = []
    if layout == "nested3":
        lines.append("二、重点任务")
    for g, (group, heading) in enumerate(zip(groups, titles, strict=True), 1):
        section = g + 1  # 一、 is the general part
        if layout == "nested3":
            lines.append(f"（{numeral(g)}）{heading}")
        else:
            lines.append(f"{numeral(section)}、{heading}")
        for n, task in enumerate(group, 1):
            inline = "inline" if layout == "nested3" else "heading"
            lines.append(_task_text(inline, label(template, n), task))
            task_id = f"2.{g}.{n}" if layout == "nested3" else f"{section}.{n}"
            specs.append(task.spec(task_id))
    last = 3 if layout == "nested3" else len(groups) + 2
    lines.append(f"{numeral(last)}、保障措施")
    for n, measure in enumerate(phrases.SAFEGUARDS, 1):
        lines.append(f"（{numeral(n)}）{measure}")
        lines.append(f"各级各部门要{_phrase(rng)}，{rng.choice(phrases.TAILS)}。")
    return "\n".join(lines) + "\n", specs


def _split(rng: random.Random, tasks: list[_Draft]) -> list[list[_Draft]]:
    """Split tasks into 2-5 consecutive groups of at least two."""
    sizes = [2] * rng.randint(2, min(5, len(tasks) // 2))
    for _ in range(len(tasks) - 2 * len(sizes)):
        sizes[rng.randrange(len(sizes))] += 1
    groups, start = [], 0
    for size in sizes:
        groups.append(tasks[start : start + size])
        start += size
    return groups


def _other_layout(
    rng: random.Random,
    layout: str,
    template: str,
    style: _Clause,
    tasks: list[_Draft],
    targets: str,
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as other offices do: label-less clauses, a table, labelled lines."""
    lines = [f"总体目标方面提出，{targets}", "重点任务如下："]
    specs = []
    if layout == "table":
        sep = rng.choice((" | ", "\t", "aligned"))
        lead, responsible, coop, deadline = style.keywords
        if rng.random() < 0.5:  # a table's own words: 责任主体, 时间安排
            responsible, deadline = rng.choice(phrases.TABLE_HEADERS)
        rows = [("序号", "重点任务", lead, responsible, coop, deadline)]
        for n, task in enumerate(tasks, 1):
            rows.append((str(n), f"{task.title}。{task.body}", *_cells(task), task.deadline or ""))
            specs.append(task.spec(str(n)))
        if sep == "aligned":
            lines += _aligned(rows)
        else:
            lines += [sep.join(cells).rstrip(" ") for cells in rows]
        return "\n".join(lines) + "\n", specs
    for n, task in enumerate(tasks, 1):
        number = label(template, n)
        if layout == "labelless":
            clause = _labelless(rng, task)
            lines.append(f"{number}{task.title}。{task.body}{clause}")
            task = replace(task, deadline=None)
        else:
            clause = _labelled(style, task)
            lines.append(f"{number}{task.title}。{task.body}\n{clause}")
        specs.append(task.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Pad each cell to its column, as a PDF exported to text: a wide character is two wide."""
    widths = [max(_width(row[k]) for row in rows) + 2 for k in range(len(rows[0]))]
    return [
        "".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cells(task: _Draft) -> tuple[str, str, str]:
    return ("、".join(task.lead), "、".join(task.responsible), "、".join(task.cooperating))


def _labelless(rng: random.Random, task: _Draft) -> str:
    """（X牵头，Y等按职责分工负责，Z配合）; （X负责） when X is the only unit."""
    if not task.responsible and not task.cooperating:
        return f"（{'、'.join(task.lead)}负责）"
    parts = [f"{'、'.join(task.lead)}牵头"]
    if task.responsible:
        etc = "等" if rng.random() < 0.3 else ""
        parts.append(f"{'、'.join(task.responsible)}{etc}按职责分工负责")
    if task.cooperating:
        parts.append(f"{'、'.join(task.cooperating)}配合")
    return "（" + "，".join(parts) + "）"


def _labelled(style: _Clause, task: _Draft) -> str:
    """Labelled lines of their own, each ending in 。 (协同责任单位 for cooperating units)."""
    lead, resp, coop, deadline = style.keywords
    coop = "协同责任单位" if coop == "协同单位" else coop
    roles = ((lead, task.lead), (resp, task.responsible), (coop, task.cooperating))
    lines = [f"{k}：{'、'.join(v)}。" for k, v in roles if v]
    if task.deadline:
        lines.append(f"{deadline}：{task.deadline}。")
    return "\n".join(lines)


def _later_layout(
    rng: random.Random,
    layout: str,
    template: str,
    style: _Clause,
    tasks: list[_Draft],
    targets: str,
) -> tuple[str, list[TaskSpec]]:
    """Write 第一条 articles under 一、 sections, or a list whose first unit leads."""
    lines = [f"总体目标方面提出，{targets}"]
    specs: list[TaskSpec] = []
    if layout == "articles":
        space = rng.choice(("\u3000", " "))
        groups = _split(rng, tasks)
        titles = rng.sample(phrases.SECTION_TITLES, len(groups))
        for g, (group, heading) in enumerate(zip(groups, titles, strict=True), 1):
            lines.append(f"{numeral(g)}、{heading}")  # numbers go on across sections
            for task in group:
                n = len(specs) + 1
                lines.append(f"第{numeral(n)}条{space}{task.title}。{task.body}{task.clause}")
                specs.append(task.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines += [f"（{rng.choice(phrases.FIRST_LISTED_NOTES)}）", "重点任务如下："]
    for n, task in enumerate(tasks, 1):
        listed = replace(task, lead=task.lead[:1], responsible=task.lead[1:] + task.responsible)
        clause = _first_listed(rng, style, listed)
        if "按职责分工负责" in clause:
            listed = replace(listed, deadline=None)
        lines.append(f"{label(template, n)}{task.title}。{task.body}{clause}")
        specs.append(listed.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _first_listed(rng: random.Random, style: _Clause, task: _Draft) -> str:
    """（责任单位：X、Y、Z；配合单位：W）, or （X、Y、Z按职责分工负责）: X leads."""
    units = "、".join(task.lead + task.responsible)
    if not task.cooperating and len(units) <= 100 and rng.random() < 0.3:
        return f"（{units}按职责分工负责）"
    parts = [f"{style.keywords[1]}：{units}"]
    if task.cooperating:
        parts.append(f"{style.keywords[2]}：{'、'.join(task.cooperating)}")
    if task.deadline:
        parts.append(f"{style.keywords[3]}：{task.deadline}")
    return "（" + "；".join(parts) + "）"


def _recent_layout(
    rng: random.Random, layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write a progress report's projects, items run together, role-less brackets, or
    groups under headings that name their lead.

    A progress report and role-less brackets name no role: like a 责任清单, the plan says
    that the first unit listed leads (a ``clause.first_listed_lead`` warning), so that its
    tasks have a lead and the corpus stays valid for the export it is timed through.
    """
    lines = [f"总体目标方面提出，{targets}", "重点任务如下："]
    if layout in FIRST_LISTED_RECENT:
        lines.insert(1, f"（{rng.choice(phrases.FIRST_LISTED_NOTES)}）")
    specs: list[TaskSpec] = []
    if layout == "heading_lead":
        groups = _split(rng, tasks)
        for g, group in enumerate(groups, 1):
            lead = group[0].lead[0]
            lines.append(f"{numeral(g)}、{lead}牵头工作（{len(group)}项）")
            for task in group:
                n = len(specs) + 1
                lines.append(f"{n}.{task.title}。{task.body}")
                listed = _Draft(task.title, task.body, "", (lead,), (), (), None)
                specs.append(listed.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    run: list[str] = []
    for n, task in enumerate(tasks, 1):
        units = task.lead + task.responsible + task.cooperating
        if layout == "project_report":
            label = rng.choice(("责任单位：", "责任单位"))
            lines += [f"{n:02d} 项目名称：{task.title}", "项目内容：", task.body, label]
            lines += ["、".join(units), "进展与成效：", f"{_phrase(rng)}已完成。"]
            body = f"项目内容：\n{task.body}\n进展与成效：\n{lines[-1]}"
            specs.append(_Draft(task.title, body, "", units[:1], units[1:], (), None).spec(str(n)))
            continue
        if layout == "roleless":
            lines.append(f"{n}.{task.title}。{task.body}（{'、'.join(units)}）")
            listed = _Draft(task.title, task.body, "", units[:1], units[1:], (), None)
            specs.append(listed.spec(str(n)))
            continue
        run.append(f"{n}.{task.title}。{task.body}{_labelless(rng, task)}")
        specs.append(replace(task, deadline=None).spec(str(n)))
        if len(run) == 3 or n == len(tasks):  # 1.…（X牵头，Y配合）2.…（Z负责）3.…: one line
            lines.append("".join(run))
            run = []
    return "\n".join(lines) + "\n", specs


def _latest_layout(
    rng: random.Random, layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write a quarterly progress table whose leader cell is merged over two rows and whose
    units cell holds labels, or items that name their leading departments in a sentence.

    Neither form prints a deadline; the sentence names the leads only.
    """
    lines = [f"总体目标方面提出，{targets}", "重点任务推进情况如下："]
    specs: list[TaskSpec] = []
    if layout == "progress_pipe":
        lines.append("分管副市长 | 序号 | 主要工作任务 | 一季度重点工作完成情况 | 责任单位 |")
        for n, task in enumerate(tasks, 1):
            units = _labelled_units(task, " ")
            row = f"{n} | {task.title}。{task.body} | {_phrase(rng)}已完成。 | {units} |"
            # the leader's cell stands on the first of its two rows only
            lines.append(f"{rng.choice(phrases.LEADERS)} | {row}" if n % 2 else row)
            specs.append(replace(task, deadline=None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    for n, task in enumerate(tasks, 1):
        leader = rng.choice(phrases.LEADERS)
        lines.append(
            f"{n}.{task.title}。由{leader}同志牵头，{'、'.join(task.lead)}为牵头部门，负责{task.body}"
        )
        listed = _Draft(task.title, f"负责{task.body}", "", task.lead, (), (), None)
        specs.append(listed.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _sixth_layout(
    rng: random.Random, layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write a table a cell a line with no word over its number column, or items whose
    clause says which departments carry the part (every unit named leads).

    The table names the leads only, one a line; neither form prints a deadline.
    """
    lines = [f"总体目标方面提出，{targets}"]
    specs: list[TaskSpec] = []
    if layout == "cell_lines":
        lines += ["重点任务第一季度进展情况", "", "工作任务", "牵头责任单位", "一季度进展情况"]
        for n, task in enumerate(tasks, 1):
            progress = f"一季度，{_phrase(rng)}，完成序时进度。"
            lines += [str(n), f"{task.title}。{task.body}", *task.lead, progress]
            specs.append(_Draft(task.title, task.body, "", task.lead, (), (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines.append("重点任务如下：")
    for n, task in enumerate(tasks, 1):
        # the departments named: a collective (各…) is no department of 本部分工作由…等部门
        named = task.lead + tuple(
            u for u in task.responsible if not u.startswith("各") and "各部门" not in u
        )
        if len(named) == 1:
            clause = f"（本项工作由{named[0]}负责制定方案并组织实施）"
        else:
            rest = "、".join(named[1:])
            clause = f"（本部分工作由{named[0]}，{rest}等部门负责组织实施）"
        lines.append(f"{n}.{task.title}。{task.body}{clause}")
        specs.append(_Draft(task.title, task.body, "", named, (), (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _seventh_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write a table a cell a line with no number column whose title cells open with the
    number, under two headings each numbered from 1 (the second half's ids are ``N-2``), or
    items whose clause gives the leads a label and the other units a role of their own after
    ``；``. The table has no cooperating column; neither form prints a deadline."""
    lines = [f"总体目标方面提出，{targets}"]
    specs: list[TaskSpec] = []
    if layout == "titled_cells":
        lines += ["重点任务分解表", "", "主要工作任务", "", "牵头单位", "", "责任单位", ""]
        half = (len(tasks) + 1) // 2
        for n, task in enumerate(tasks):
            if n in (0, half):
                lines += ["一、稳增长、强动能" if n == 0 else "二、惠民生、补短板", ""]
            k = n + 1 if n < half else n - half + 1
            lines += [f"{k}.{task.title}。{task.body}", "", "、".join(task.lead), ""]
            lines += [line for unit in task.responsible for line in (unit, "")]
            task_id = str(k) if n < half else f"{k}-2"
            specs.append(
                _Draft(task.title, task.body, "", task.lead, task.responsible, (), None).spec(
                    task_id
                )
            )
        return "\n".join(lines) + "\n", specs
    lines.append("重点任务如下：")
    for n, task in enumerate(tasks, 1):
        others = task.responsible + task.cooperating
        clause = f"（牵头单位：{'、'.join(task.lead)}"
        clause += f"；{'、'.join(others)}按职责分工负责）" if others else "）"
        lines.append(f"{n}.{task.title}。{task.body}{clause}")
        specs.append(_Draft(task.title, task.body, "", task.lead, others, (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _eighth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write a task a card of labelled lines, each field's cell closed by a bar and a progress
    field read for nothing after the units, or items closing with ``由X、Y，Z负责落实。``
    (every unit leads). Neither prints a deadline."""
    lines = [f"总体目标方面提出，{targets}"]
    specs: list[TaskSpec] = []
    for n, task in enumerate(tasks, 1):
        if layout == "task_cards":
            lines += [
                f"重点工作: | {n}.{task.title}。{task.body} |",
                f"牵头单位: | {'、'.join(task.lead)} |",
            ]
            for word, units in (("责任单位", task.responsible), ("配合单位", task.cooperating)):
                lines += [f"{word}: | {'、'.join(units)} |"] if units else []
            lines += ["进展情况、存在问题 及下一步工作建议: |", "推进中。 |"]
            draft = _Draft(task.title, task.body, "", task.lead, task.responsible,
                           task.cooperating, None)  # fmt: skip
        else:
            carried = "、".join(task.lead)
            if task.responsible:  # a segment with no suffix: it waits for 负责落实's role
                carried += "，" + "、".join(task.responsible)
            lines.append(f"{n}.{task.title}。{task.body}由{carried}负责落实。")
            draft = _Draft(task.title, task.body, "", task.lead + task.responsible, (), (), None)
        specs.append(draft.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _ninth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write items as a PDF's text (``1 . `` numbers, a wrap space in each title and in every
    other unit's name, labelled lines below), or a single-spaced policy table whose group
    cell opens a group's first row only and whose units cell is label-less (``X牵头，Y、Z按
    职责分工负责``: the cooperating units are responsible). Neither prints a deadline."""
    lines = [f"总体目标方面提出，{targets}"]
    specs: list[TaskSpec] = []
    if layout == "pdf_spaces":
        lines += ["", "    一 、 重点任务", ""]
        for n, task in enumerate(tasks, 1):
            lines += [f"    {n} . {_wrapped(task.title)}。{task.body}", ""]
            for word, units in (
                ("牵头单位", task.lead),
                ("责任单位", task.responsible),
                ("配合单位", task.cooperating),
            ):
                named = [_wrapped(u) if k % 2 == n % 2 else u for k, u in enumerate(units)]
                lines += [f"    {word}: {' 、'.join(named)}", ""] if units else []
            draft = _Draft(task.title, task.body, "", task.lead, task.responsible,
                           task.cooperating, None)  # fmt: skip
            specs.append(draft.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines += ["", "政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门"]
    for n, task in enumerate(tasks, 1):
        group = f"第{numeral((n - 1) // 5 + 1)}类（共5项） " if n % 5 == 1 else ""
        others = task.responsible + task.cooperating
        cell = "、".join(task.lead) + "牵头"
        cell += f"，{'、'.join(others)}按职责分工负责" if others else ""
        basis = f"《关于支持市场主体纾困发展的若干措施》政发[2022]{n}号"
        lines.append(f"{group}{n} {task.title} {task.body} {basis} {cell}")
        specs.append(_Draft(task.title, task.body, "", task.lead, others, (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


#: Rows of a group in the tenth stream's layouts: a top row (1、) and its levels (1.1 1.2 1.3).
_LEVELS = 4


def _tenth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write a table a cell a line with bars whose rows are numbered by levels (every unit
    under 牵头单位, a unit a line, the first level row printing its title alone and so taking
    the cells of the row above), or an outline of level numbers whose third level carries
    ``（牵头部门：…；配合部门：…）`` (lead and responsible units both lead)."""
    lines = [f"总体目标方面提出，{targets}", ""]
    specs: list[TaskSpec] = []
    if layout == "bar_cells":
        due = "2027年6月底前"
        lines += ["责任目标", "| 牵头单位", "| 完成时间", "|"]
        units: tuple[str, ...] = ()
        for n, task in enumerate(tasks):
            top, level = divmod(n, _LEVELS)
            label = f"{top + 1}.{level}" if level else f"{top + 1}、"
            lines.append(f"{label}{task.title}。{task.body}")
            if level == 1:  # its cells merged down from the row above: the units above
                lines.append("|")
            else:
                units = (*task.lead, *task.responsible, *task.cooperating)
                lines += [f"| {units[0]}", *units[1:], f"| {due}", "|"]
            draft = _Draft(task.title, task.body, "", units, (), (), due)
            specs.append(draft.spec(label if level else str(top + 1)))
        return "\n".join(lines) + "\n", specs
    lines = [targets, ""]  # (a 规划 opens with its targets, its chapters no heading's)
    for n, task in enumerate(tasks):
        top, level = divmod(n, _LEVELS)
        if level == 0:
            lines += [f"{numeral(top + 1)}、 第{numeral(top + 1)}项一级指标", ""]
            lines += [f"{top + 1}.1 观测要点", ""]
        label = f"{top + 1}.1.{level + 1}"
        owners = (*task.lead, *task.responsible)
        clause = f"牵头部门：{'、'.join(owners)}"
        clause += f"；配合部门：{'、'.join(task.cooperating)}" if task.cooperating else ""
        lines += [f"{label}{task.title}（{clause}）", ""]
        body = f"审核重点：{task.body}" if task.body else ""
        lines += [body, ""] if body else []
        specs.append(_Draft(task.title, body, "", owners, (), task.cooperating, None).spec(label))
    return "\n".join(lines) + "\n", specs


#: Items a line in the eleventh stream's run-together layout.
_RUN_ON = 3


def _eleventh_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write items titled and then led by their units as the next sentence's subject (only
    the leads are named, at most four), or items numbered ⒈ ⒉ … run together three a line,
    each closing with ``【牵头单位：…；责任单位：…】`` or ``〔…；配合单位：…〕``."""
    lines = [f"总体目标方面提出，{targets}", "", "二、检查重点"]
    specs: list[TaskSpec] = []
    if layout == "titled_subjects":
        for n, task in enumerate(tasks, 1):
            lines.append(f"（{numeral(n)}）{task.title}。{'、'.join(task.lead)}要{task.body}")
            specs.append(
                _Draft(task.title, f"要{task.body}", "", task.lead, (), (), None).spec(str(n))
            )
        return "\n".join(lines) + "\n", specs
    line = ""
    for n, task in enumerate(tasks, 1):
        parts = _labelled_units(task, "；")
        opening, closing = ("【", "】") if n % 2 else ("〔", "〕")
        line += f"{chr(ord('⒈') + n - 1)}{task.title}。{task.body}{opening}{parts}{closing}"
        if n % _RUN_ON == 0 or n == len(tasks):
            lines.append(line)
            line = ""
        specs.append(replace(task, deadline=None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _twelfth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write items opening with their leads (``负责``) and partners (``配合``) before the task,
    or a notice's member duties: paragraphs opening with the leads and a colon. Only the
    leads (at most four) and the partners are named."""
    specs: list[TaskSpec] = []
    if layout == "opening_roles":
        lines = [f"总体目标方面提出，{targets}", "", "二、重点任务"]
        for n, task in enumerate(tasks, 1):
            partners = f"{'、'.join(task.cooperating)}配合，" if task.cooperating else ""
            roles = f"{'、'.join(task.lead)}负责，{partners}"
            lines.append(f"{n}.{roles}{task.title}。{task.body}")
            draft = _Draft(task.title, task.body, "", task.lead, (), task.cooperating, None)
            specs.append(draft.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines = [f"一、主要职能\n{targets}", "", "二、成员单位及职责", "（一）成员单位"]
    lines += ["协调机制由市政府有关部门组成。", "", "（二）职责分工"]
    for n, task in enumerate(tasks, 1):
        lines.append(f"{'、'.join(task.lead)}：负责{task.title}。{task.body}")
        specs.append(
            _Draft(f"负责{task.title}", task.body, "", task.lead, (), (), None).spec(str(n))
        )
    lines += ["", "三、工作规则", "协调机制原则上每季度召开一次会议。"]
    return "\n".join(lines) + "\n", specs


def _thirteenth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a table run together with no separator, every row's units in one
    责任单位 cell (``A、B牵头；C配合；D落实``, at most two units of each role)."""
    row = ["序号重点任务责任单位"]
    specs: list[TaskSpec] = []
    for n, task in enumerate(tasks, 1):
        lead, partners, owners = task.lead[:2], task.cooperating[:2], task.responsible[:2]
        roles = [(lead, "牵头"), (partners, "配合"), (owners, "落实")]
        cell = "；".join(f"{'、'.join(names)}{word}" for names, word in roles if names)
        row.append(f"{n}{task.title}。{task.body}{cell}")
        specs.append(_Draft(task.title, task.body, "", lead, owners, partners, None).spec(str(n)))
    lines = [f"总体目标方面提出，{targets}", "", "重点任务分工", "", "".join(row)]
    return "\n".join(lines) + "\n", specs


def _fourteenth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as unnumbered paragraphs under headings of three (the last heading
    takes four rather than leave one alone): a title line, a body line, then the task's
    clause on a line of its own, its leads 牵头, partners 参与 and owners 负责落实 (at most two
    units of each role)."""
    lines = [f"一、总体目标\n{targets}", "", "二、重点任务"]
    specs: list[TaskSpec] = []
    starts = list(range(0, len(tasks), 3))
    if len(tasks) - starts[-1] == 1:
        starts.pop()  # (the last heading takes four)
    for g, (a, b) in enumerate(itertools.pairwise([*starts, len(tasks)]), 1):
        lines.append(f"（{numeral(g)}）{_GROUP_TITLES[g - 1]}。")
        for k, task in enumerate(tasks[a:b], 1):
            lead, partners, owners = task.lead[:2], task.cooperating[:2], task.responsible[:2]
            roles = [(lead, "牵头"), (partners, "参与"), (owners, "负责落实")]
            clause = "，".join(f"{'、'.join(names)}{word}" for names, word in roles if names)
            lines += [f"{task.title}。", task.body, f"（{clause}）"]
            draft = _Draft(task.title, task.body, "", lead, owners, partners, None)
            specs.append(draft.spec(f"2.{g}.{k}"))
    lines += ["三、保障措施", "各责任单位要建立工作台账，按季度报送进展情况。"]
    return "\n".join(lines) + "\n", specs


#: The indentation a site's markup gives a table's cells and the lines between them.
_CELL_INDENT, _GAP_INDENT = " " * 13, " " * 12


def _fifteenth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a web page's table flattened to text: a bar opening each row on a
    line of its own, then each cell indented on its lines (a unit a line, at most two leads
    and two responsible units) and a bar closing it, a line of spaces after each bar."""
    head = ("序号", "工作任务", "牵头单位", "责任单位", "完成时限")
    rows: list[tuple[tuple[str, ...], ...]] = [tuple((w,) for w in head)]
    specs: list[TaskSpec] = []
    for n, task in enumerate(tasks, 1):
        lead, owners = task.lead[:2], task.responsible[:2]
        deadline = f"2026年{n % 12 + 1}月底"
        rows.append(((str(n),), (f"{task.title}。{task.body}",), lead, owners, (deadline,)))
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), deadline).spec(str(n)))
    lines = [f"一、工作目标\n{targets}", "", "二、重点任务分工", ""]
    for row in rows:
        lines.append("| ")
        for cell in row:
            lines += [f"{_CELL_INDENT}{value} " for value in cell]
            lines += [f"{_CELL_INDENT}| ", _GAP_INDENT]
        lines.append(" " * 8)
    return "\n".join(lines) + "\n", specs


def _sixteenth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a notice and its task table saved on one line: single spaces
    between the cells, the header's 工作内容 spread letter by letter, a section heading over
    every five rows, at most two leads and two responsible units a cell, joined by 、 (single
    spaces cannot show an empty cell: a task without both roles is left out)."""
    words = ["任务分解表", "序号", "工 作 内 容", "牵头单位", "责任单位", "完成时限"]
    specs: list[TaskSpec] = []
    for n, task in enumerate([t for t in tasks if t.lead and t.responsible], 1):
        if n % 5 == 1:
            words.append(f"{_CN[n // 5]}、{_GROUP_TITLES[n // 5 % len(_GROUP_TITLES)]}")
        lead, owners = task.lead[:2], task.responsible[:2]
        deadline = f"2026年{n % 12 + 1}月底"
        words += [
            str(n),
            f"{task.title}。{task.body}",
            "、".join(lead),
            "、".join(owners),
            deadline,
        ]
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), deadline).spec(str(n)))
    notice = "各有关单位：现将任务分解表印发给你们，请认真贯彻执行。"
    return f"一、工作目标\n{targets}\n\n{notice} {' '.join(words)}\n", specs


def _seventeenth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as items closed by a bracket of duties (``duty_brackets``: a task
    with no lead is left out, the bracket's first unit in charge would lead) or as a 规划's
    sections, three to a chapter, each a title line, a body line and a bracket of all its
    units, the first of them the lead under the plan's note that the first listed leads
    (``plan_sections``: a task with no units is left out); at most two units of each role."""
    specs: list[TaskSpec] = []
    if layout == "duty_brackets":
        lines = _goal_then_tasks(targets)
        for n, task in enumerate([t for t in tasks if t.lead], 1):
            lead, owners, partners = task.lead[:2], task.responsible[:2], task.cooperating[:2]
            parts = [f"{'、'.join(lead)}牵头制定方案"]
            parts += [f"{'、'.join(owners)}负责组织实施"] if owners else []
            parts += [f"{'、'.join(partners)}等部门配合"] if partners else []
            lines.append(f"{n}.{task.title}。{task.body}（{'，'.join(parts)}）")
            specs.append(
                _Draft(task.title, task.body, "", lead, owners, partners, None).spec(str(n))
            )
        return "\n".join(lines) + "\n", specs
    # (a 规划 opens with its targets, its chapters no heading's; its note that the first
    # department listed leads keeps every section's lead, as validation requires one)
    lines = [targets, "（各节所列部门中，排在第一位的为牵头部门。）", ""]
    for n, task in enumerate([t for t in tasks if t.lead or t.responsible or t.cooperating]):
        chapter, section = divmod(n, 3)
        if section == 0:
            title = _GROUP_TITLES[chapter % len(_GROUP_TITLES)]
            lines.append(f"第{numeral(chapter + 1)}章 {title}")
        units = tuple(dict.fromkeys((*task.lead[:2], *task.responsible[:2], *task.cooperating[:2])))
        lines.append(f"第{numeral(section + 1)}节 {task.title}")
        lines.append(f"{task.body}（{'、'.join(units)}）")
        spec = _Draft(task.title, task.body, "", units[:1], units[1:], (), None).spec(
            f"{chapter + 1}.{section + 1}"
        )
        specs.append(spec)
    return "\n".join(lines) + "\n", specs


def _eighteenth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a list divided by unit (``unit_colon_lines``: each task under its
    first lead's name, which alone leads it), as a 健康 action's lists on one line
    (``dash_lists``: the individuals' list, no task, then the government's, a task with no
    lead left out), as headings over labelled lines (``member_lines``: lead and members,
    cooperating; a task with no lead left out) or as brackets naming a lead and its
    participants under a 责任单位 label (``participant_brackets``: the same tasks); at most
    two units of each role."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "unit_colon_lines":
        owners = _by_lead(led)
        lines = [targets, ""]  # (a list of units' pledges: no heading over it)
        for k, (unit, owned) in enumerate(owners.items(), 1):
            lines.append(f"{unit}：")
            for n, task in enumerate(owned, 1):
                lines.append(f"（{n}）{task.title}。{task.body}")
                spec = _Draft(task.title, task.body, "", (unit,), (), (), None).spec(f"{k}.{n}")
                specs.append(spec)
        return "\n".join(lines) + "\n", specs
    if layout == "dash_lists":
        words = [f"{n}.{task.title}。{task.body}" for n, task in enumerate(led[:3], 1)]
        words.append("——政府：")
        for n, task in enumerate(led, 1):
            lead, owners_ = task.lead[:2], task.responsible[:2]
            words.append(f"{n}.{task.title}。{task.body}（{_led_by(lead, owners_)}）")
            specs.append(_Draft(task.title, task.body, "", lead, owners_, (), None).spec(str(n)))
        return f"一、工作目标\n{targets}\n\n二、主要任务\n" + " ".join(words) + "\n", specs
    lines = [f"一、工作目标\n{targets}", "", "二、任务分工"]
    for n, task in enumerate(led, 1):
        lead, partners = task.lead[:2], (*task.responsible[:2], *task.cooperating[:2])
        partners = tuple(u for u in dict.fromkeys(partners) if u not in lead)
        if layout == "member_lines":
            lines.append(f"（{numeral(n)}）{task.title}。")
            lines.append(f"牵头单位：{'、'.join(lead)}")
            lines += [f"成员单位：{'、'.join(partners)}"] if partners else []
            lines.append(f"主要任务：{task.body}")
            body = f"主要任务：{task.body}"  # (the label stays in the body, as printed)
            spec = _Draft(task.title, body, "", lead, (), partners, None).spec(str(n))
        else:
            clause = f"{'、'.join(lead)}牵头" + (f"，{'、'.join(partners)}参与" if partners else "")
            lines.append(f"{n}.{task.title}。{task.body}（责任单位：{clause}）")
            spec = _Draft(task.title, task.body, "", lead, (), partners, None).spec(str(n))
        specs.append(spec)
    return "\n".join(lines) + "\n", specs


def _nineteenth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a schedule stating their units with a label and 为 after their
    body (``stated_labels``: lead and responsible), as brackets naming roles by 组织 and 实施
    (``organise_brackets``: the lead organises, the responsible units that end as a name
    ends carry it out; a task with none of them left as a lead alone) or as a list of
    inspections, each opening with its leads and 牵头负责 (``role_openings``: the leads
    only); at most two units of each role, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "role_openings":
        lines = [f"一、工作目标\n{targets}", "", "二、督查分工"]
        for n, task in enumerate(led, 1):
            lead = task.lead[:2]
            lines.append(f"（{numeral(n)}）{'、'.join(lead)}牵头负责{task.title}。{task.body}")
            specs.append(_Draft(task.title, task.body, "", lead, (), (), None).spec(str(n)))
        return "\n".join(lines) + "\n五、督查方法\n听取汇报，查阅资料。\n", specs
    lines = [f"一、工作目标\n{targets}", "", "二、进度安排"]
    for n, task in enumerate(led, 1):
        lead, owners = task.lead[:2], task.responsible[:2]
        if layout == "stated_labels":
            stated = f"牵头单位为{'、'.join(lead)}" + (
                f"，责任单位为{'、'.join(owners)}" if owners else ""
            )
            lines.append(f"{n}、{task.title}。{task.body}{stated}。")
        else:
            owners = tuple(u for u in owners if u[-1] in _IMPLEMENTING_ENDINGS)
            clause = f"{'、'.join(lead)}组织" + (f"，{'、'.join(owners)}实施" if owners else "")
            lines.append(f"{n}、{task.title}。{task.body}（{clause}）")
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _twentieth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as bulleted items run onto one line under bulleted headings
    (``bulleted_line``: the leads and the responsible units in a bracket), as items whose
    numbers are glued to their titles, labelled lines after each (``glued_sentences``: a
    task whose title is long left out), or as a schedule whose
    last sentences print labels straight before their units (``bare_labels``); at most two
    units of each role, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "glued_sentences":
        lines = _goal_then_tasks(targets)
        short = [t for t in led if len(t.title) <= _GLUED_TITLE]
        for n, task in enumerate(short, 1):
            lead, owners = task.lead[:2], task.responsible[:2]
            lines += [f"{n}{task.title}。{task.body}", f"牵头单位：{'、'.join(lead)}"]
            lines += [f"责任单位：{'、'.join(owners)}"] if owners else []
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    if layout == "bare_labels":
        lines = [f"一、工作目标\n{targets}", "", "二、进度安排"]
        for n, task in enumerate(led, 1):
            lead, owners = task.lead[:2], task.responsible[:2]
            labels = f"牵头单位{'、'.join(lead)}" + (
                f"，责任单位{'、'.join(owners)}" if owners else ""
            )
            lines.append(f"{n}、{task.title}。{task.body}{labels}。")
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    items = []
    for n, task in enumerate(led, 1):
        lead, owners = task.lead[:2], task.responsible[:2]
        clause = _led_by(lead, owners)
        heading = f"??? {_GROUP_TITLES[(n - 1) // 3 % len(_GROUP_TITLES)]} " if n % 3 == 1 else ""
        items.append(f"{heading}? {task.title}。{task.body}（{clause}）")
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
    return f"一起来看——\n{' '.join(items)}\n", specs


def _twenty_first_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a PDF's table run together a row over its lines, a deadline after
    each row's units (``glued_dues_table``: the leads alone, under 牵头单位), or as steps
    whose clause closes a short title (``short_title_clause``: a task whose title is long or
    holds a mark left out); at most two units of each role, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "short_title_clause":
        lines = [f"一、工作目标\n{targets}", "", "二、工作步骤"]
        short = [
            t for t in led if 4 <= len(t.title) <= 16 and not any(m in t.title for m in "，、；：")
        ]
        for n, task in enumerate(short, 1):
            lead, owners = task.lead[:2], task.responsible[:2]
            lines.append(f"（{numeral(n)}）{task.title}（{_led_by(lead, owners)}）{task.body}")
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    rows = []
    for n, task in enumerate(led, 1):
        lead, due = task.lead[:2], _DUES[n % len(_DUES)]
        rows.append(f"{n} {task.title}。{task.body}\n{'、'.join(lead)}{due}")
        specs.append(_Draft(task.title, task.body, "", lead, (), (), due).spec(str(n)))
    head = "重点工作任务分工及进度安排表序号工作任务牵头单位时间进度"
    return (
        f"一、工作目标\n{targets}\n\n二、任务分工\n{head}{''.join(rows)}\n\n三、保障措施\n加强督查。\n",
        specs,
    )


def _twenty_second_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as items with their labels in lenticular brackets after their
    sentences (``lenticular_labels``), or as a PDF's table on one line with its words and
    cells a space apart and a spaced deadline after each row's units (``spaced_dues_table``:
    the leads 牵头, the others 负责); at most two units of each role, a task with no lead
    left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "lenticular_labels":
        lines = _goal_then_tasks(targets)
        for n, task in enumerate(led, 1):
            lead, owners, helpers = task.lead[:2], task.responsible[:2], task.cooperating[:2]
            labels = f"【牵头单位】{'、'.join(lead)}"
            labels += f"【责任单位】{'、'.join(owners)}" if owners else ""
            labels += f"【配合单位】{'、'.join(helpers)}" if helpers else ""
            lines.append(f"{n}.{task.title}。{task.body}{labels}")
            specs.append(
                _Draft(task.title, task.body, "", lead, owners, helpers, None).spec(str(n))
            )
        return "\n".join(lines) + "\n", specs
    cells = []
    for n, task in enumerate(led, 1):
        lead, owners, due = task.lead[:2], task.responsible[:2], _SPACED_DUES[n % len(_SPACED_DUES)]
        roles = f"{'、'.join(lead)}牵头" + (f"，{'、'.join(owners)}负责" if owners else "负责")
        cells.append(f"{n} {task.title}。{task.body} {roles}。 {due}")
        joined = due.replace(" ", "")
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), joined).spec(str(n)))
    head = "重点任务分工 序号 工作任务 负责单位 完成时限"
    return f"一、工作目标\n{targets}\n\n二、任务分工\n{head} {' '.join(cells)}\n", specs


def _twenty_third_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as items each followed by label lines with no colon
    (``glued_label_lines``: 牵头部门A、B / 责任部门C), or as a progress table a cell a
    paragraph whose units cell prints a unit a paragraph (``progress_paragraphs``: the leads
    alone, the progress a sentence, the 备注 over two paragraphs); at most two units of each
    role, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "glued_label_lines":
        lines = _goal_then_tasks(targets)
        for n, task in enumerate(led, 1):
            lead, owners = task.lead[:2], task.responsible[:2]
            lines.append(f"{n}.{task.title}。{task.body}")
            lines.append(f"牵头部门{'、'.join(lead)}")
            lines += [f"责任部门{'、'.join(owners)}"] if owners else []
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    cells = ["序号", "目标任务", "牵头责任单位", "进展情况", "备注"]
    for n, task in enumerate(led, 1):
        lead = task.lead[:2]
        cells += [str(n), task.title, *lead, f"已完成年度计划的{40 + 10 * (n % 5)}%。"]
        cells += ["完成率", f"（ {40 + 10 * (n % 5)} %）"]
        specs.append(_Draft(task.title, "", "", lead, (), (), None).spec(str(n)))
    table = "\n\n".join(cells)
    return f"一、工作目标\n{targets}\n\n二、目标任务进展情况\n\n{table}\n", specs


def _twenty_fourth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as items whose last sentence names who does each part of the work
    after 由 (``closing_bys``: the leads 负责 for the plan, the others 负责 for the work), or
    as a notice run onto one line whose first item follows a comma, each item closed by its
    labelled bracket (``comma_run_on``); at most two units of each role, a task with no lead
    left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "closing_bys":
        lines = _goal_then_tasks(targets)
        for n, task in enumerate(led, 1):
            lead, owners = task.lead[:2], task.responsible[:2]
            said = f"方案的制定由{'、'.join(lead)}负责"
            said += f"，具体实施工作由{'、'.join(owners)}负责" if owners else ""
            lines.append(f"{n}、{task.title}。{task.body}{said}。")
            body = f"{task.body}{said}。"
            specs.append(_Draft(task.title, body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    items = []
    for n, task in enumerate(led, 1):
        lead, owners = task.lead[:2], task.responsible[:2]
        items.append(f"{numeral(n)}、{task.title}，（{_labelled_roles(lead, owners)}）")
        specs.append(_Draft(task.title, "", "", lead, owners, (), None).spec(str(n)))
    return f"{targets}\n为加快推进各项工作，{''.join(items)}\n", specs


def _twenty_fifth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as measures on cards (``card_measures``: each card a heading whose
    fields name the first measure's lead and its responsible units as 协办, its measures
    closed by ``（A负责，B配合）``; the card is a task too), or as items closed by a label-less
    clause whose last segment is a deadline to the day (``day_deadlines``: （A牵头，B配合，
    2026年6月30日前）); at most two units of each role, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "day_deadlines":
        lines = _goal_then_tasks(targets)
        for n, task in enumerate(led, 1):
            lead, partners = task.lead[:2], task.responsible[:2]
            due = _DAY_DUES[n % len(_DAY_DUES)]
            roles = f"{'、'.join(lead)}牵头" + (f"，{'、'.join(partners)}配合" if partners else "")
            lines.append(f"{n}.{task.title}。{task.body}（{roles}，{due}）")
            specs.append(_Draft(task.title, task.body, "", lead, (), partners, due).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines = [targets]
    for k in range(0, len(led), _CARD_MEASURES):
        card = k // _CARD_MEASURES + 1
        first = led[k]
        host, partners = first.lead[:1], first.responsible[:2]
        title = f"重点领域专项行动{numeral(card)}"
        lines.append(f"{numeral(card)}、{title}")
        lines.append(f"（一）牵头单位：{host[0]}。")
        fields = [f"（二）协办单位：{'、'.join(partners)}。"] if partners else []
        measures = f"（{numeral(len(fields) + 2)}）主要措施："
        lines += [*fields, measures]
        specs.append(_Draft(title, measures, "", host, (), partners, None).spec(str(card)))
        for n, task in enumerate(led[k : k + _CARD_MEASURES], 1):
            lead, partners = task.lead[:2], task.responsible[:2]
            roles = f"{'、'.join(lead)}负责" + (f"，{'、'.join(partners)}配合" if partners else "")
            lines.append(f"{n}.{task.title}。{task.body}（{roles}）")
            spec = _Draft(task.title, task.body, "", lead, (), partners, None)
            specs.append(spec.spec(f"{card}.{n}"))
    return "\n".join(lines) + "\n", specs


def _goal_then_tasks(targets: str) -> list[str]:
    """Return a plan's opening lines before its tasks: the goal section, then 二、重点任务."""
    return [f"一、工作目标\n{targets}", "", "二、重点任务"]


def _twenty_sixth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as runs of items without clauses, each run closed by a line naming
    its first task's lead and responsible units (``run_clause_lines``: every item of the run
    is theirs), or as a table a cell a line whose cells close with bars, an empty cell a bar
    alone, the title cells opening with the task's number and a group cell before every
    second row (``titled_bar_cells``: a month's deadline); one lead, at most two responsible
    units, a task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "run_clause_lines":
        lines = _goal_then_tasks(targets)
        n, turn = 0, 0
        while n < len(led):
            run = led[n : n + _RUN_SIZES[turn % len(_RUN_SIZES)]]
            lead, owners = run[0].lead[:1], run[0].responsible[:2]
            for task in run:
                n += 1
                lines.append(f"{n}.{task.title}。{task.body}")
                spec = _Draft(task.title, task.body, "", lead, owners, (), None)
                specs.append(spec.spec(str(n)))
            lines.append(_labelled_roles(lead, owners))
            turn += 1
        return "\n".join(lines) + "\n", specs
    cells = [
        "主要任务 |",
        "重点工作和要求 |",
        "牵头单位 |",
        "责任单位 |",
        "完成时限 |",
        "完成进展 |",
    ]
    for n, task in enumerate(led, 1):
        lead, owners = task.lead[:1], task.responsible[:2]
        due = _MONTH_DUES[n % len(_MONTH_DUES)]
        if (n - 1) % _GROUP_ROWS == 0:
            cells.append(f"（{numeral((n - 1) // _GROUP_ROWS + 1)}）推进重点工作落实。 |")
        else:
            cells.append("|")  # (the merged group cell: a bar alone)
        units = f"{'、'.join(owners)} |" if owners else "|"
        cells += [f"{n}.{task.title}。 |", f"{lead[0]} |", units, f"{due} |", "|"]
        specs.append(_Draft(task.title, "", "", lead, owners, (), due).spec(str(n)))
    return f"一、工作目标\n{targets}\n\n二、重点工作任务清单\n" + "\n".join(cells) + "\n", specs


def _twenty_seventh_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as sections under the targets, each next heading run on right after
    the labelled bracket closing the section before (``glued_sections``), or as items dated
    by a bracket inside their first sentence whose units a label names after the body
    (``dated_labels``); one lead, at most two responsible units, a task with no lead left
    out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "glued_sections":
        text = f"{targets}\n"
        for n, task in enumerate(led, 1):
            lead, owners = task.lead[:1], task.responsible[:2]
            roles = _labelled_roles(lead, owners)
            text += f"{numeral(n)}、{task.title}\n{task.body}\n（{roles}）"  # the next runs on
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return text + "\n", specs
    lines = _goal_then_tasks(targets)
    for n, task in enumerate(led, 1):
        lead, owners = task.lead[:1], task.responsible[:2]
        due = _BRACKET_DUES[n % len(_BRACKET_DUES)]
        lines.append(
            f"{n}.{task.title}（完成时限：{due}）。{task.body}{_labelled_roles(lead, owners)}。"
        )
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), due).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _twenty_eighth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as parts run on in their group's line under 二、重点任务, each opening
    with its ordinal word (一是, 二是) and closed by its labelled units, two or three a group
    (``ordinal_parts``; a plan of one such task has none), or as items whose body closes
    with a bracket of the lead and a last sentence with a bracket of the responsible units,
    each before its full stop
    (``stop_brackets``); one lead, at most two responsible units, a task with no lead (or,
    in ``stop_brackets``, none responsible) left out."""
    specs: list[TaskSpec] = []
    lines = _goal_then_tasks(targets)
    if layout == "ordinal_parts":
        led = [t for t in tasks if t.lead]
        if len(led) < 2:  # (one part alone is no run of parts: the task is the group)
            led = []
        sizes = [_PARTS] * (len(led) // _PARTS) + ([len(led) % _PARTS] if len(led) % _PARTS else [])
        if sizes and sizes[-1] == 1:  # (a part alone splits nothing: 3 + 1 is 2 + 2)
            sizes[-2:] = [2, 2]
        starts = list(itertools.accumulate([0, *sizes]))
        for g, (start, stop) in enumerate(itertools.pairwise(starts), 1):
            line = f"（{numeral(g)}）第{numeral(g)}组重点工作。"
            for k, task in enumerate(led[start:stop], 1):
                lead, owners = task.lead[:1], task.responsible[:2]
                line += f"{numeral(k)}是{task.title}。{task.body}{_labelled_roles(lead, owners)}。"
                spec = _Draft(task.title, task.body, "", lead, owners, (), None)
                specs.append(spec.spec(f"2.{g}.{k}"))
            lines.append(line)
        return "\n".join(lines) + "\n", specs
    both = [t for t in tasks if t.lead and t.responsible]
    for n, task in enumerate(both, 1):
        lead, owners = task.lead[:1], task.responsible[:2]
        first, rest = f"{task.body.rstrip('。')}（牵头单位：{lead[0]}）。", "抓好组织实施"
        lines.append(f"{n}.{task.title}。{first}{rest}（责任单位：{'、'.join(owners)}）。")
        spec = _Draft(task.title, f"{first}{rest}。", "", lead, owners, (), None)
        specs.append(spec.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _twenty_ninth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a table a cell a line under its header words, each task's title
    cell (1.X。), its work cell ending with no full stop and its units' cell, a label-less
    clause (A牵头，B参与，C负责落实。: ``clause_cell_lines``), or as articles under chapters,
    a purpose article first, every article's number glued to its text but each third's
    (第三条X。…（牵头单位：A；责任单位：B）: ``glued_articles``); one lead, at most one
    cooperating and one responsible unit in the table, two responsible in the articles, a
    task with no lead left out."""
    specs: list[TaskSpec] = []
    led = [t for t in tasks if t.lead]
    if layout == "clause_cell_lines":
        lines = [*_goal_then_tasks(targets), "任务", "具体工作", "责任单位"]
        for n, task in enumerate(led, 1):
            lead, helpers, owners = task.lead[:1], task.cooperating[:1], task.responsible[:1]
            work = f"{task.body.rstrip('。')}{_CELL_TAIL}"
            roles = [f"{lead[0]}牵头"] + [f"{u}参与" for u in helpers]
            roles += [f"{u}负责落实" for u in owners]
            lines += [f"{n}.{task.title}。", work, "，".join(roles) + "。"]
            specs.append(_Draft(task.title, work, "", lead, owners, helpers, None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines = [
        f"总体目标方面提出，{targets}",
        "第一章 总则",
        "第一条为推动各项任务落地见效，结合实际，制定本办法。",
    ]
    lines.append("第二章 重点任务")
    for n, task in enumerate(led, 2):
        lead, owners = task.lead[:1], task.responsible[:2]
        space = " " if n % 3 == 0 else ""
        clause = f"（{_labelled_roles(lead, owners)}）"
        lines.append(f"第{numeral(n)}条{space}{task.title}。{task.body}{clause}")
        specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _thirtieth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as a table a cell a line under 序号 / 工作内容 / 工作目标 / 责任单位,
    each row's number alone on its line and its units cell one line of every unit the task
    names, no full stop after it, the first listed leading (``long_units_cells``), or as a
    working group's items, the title a heading before the body, with its 牵头部门 and
    组成部门 on lines of their own (``group_members``: one lead, at most two members); a
    task with no unit (or, in ``group_members``, no lead) left out."""
    specs: list[TaskSpec] = []
    if layout == "long_units_cells":
        lines = [f"总体目标方面提出，{targets}", "附件", "重点项目表"]
        lines += [
            "（责任单位排在第一位的为牵头单位。）",
            "序号",
            "工作内容",
            "工作目标",
            "责任单位",
        ]
        named = [t for t in tasks if t.lead or t.responsible or t.cooperating]
        for n, task in enumerate(named, 1):
            units = tuple(dict.fromkeys((*task.lead, *task.responsible, *task.cooperating)))
            lines += [str(n), task.title, _PROJECT_GOAL, "、".join(units)]
            specs.append(_Draft(task.title, "", "", units[:1], units[1:], (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines = _goal_then_tasks(targets)
    for n, task in enumerate((t for t in tasks if t.lead), 1):
        lead, members = task.lead[:1], (*task.responsible, *task.cooperating)[:2]
        lines.append(f"（{numeral(n)}）{task.title}。{task.body}")
        lines.append(f"牵头部门：{lead[0]}")
        if members:
            lines.append(f"组成部门：{'、'.join(members)}")
        specs.append(_Draft(task.title, task.body, "", lead, (), members, None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _thirty_first_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks as items whose body opens with the document it follows, then the
    lead after 由 and at most two partners 配合 (``basis_lead_ins``: a task with no lead keeps
    its body and no units), or as a table a cell a line, each cell closed by its bar and a
    lone bar between rows (序号 | 重点任务 | 工作措施 | 牵头单位 | 责任单位), the measures cell
    numbering the body's sentences as points on one line (``bar_cell_points``: a task with
    no lead or no responsible unit left out)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "basis_lead_ins":
        for n, task in enumerate(tasks, 1):
            body = task.body.removesuffix("。")
            if not task.lead:
                lines.append(f"（{numeral(n)}）{task.title}。{task.body}")
                specs.append(_Draft(task.title, task.body, "", (), (), (), None).spec(str(n)))
                continue
            lead, partners = task.lead[:1], (*task.responsible, *task.cooperating)[:2]
            roles = f"由{lead[0]}牵头" + (f"，{'、'.join(partners)}配合" if partners else "")
            lines.append(f"（{numeral(n)}）{task.title}。{_BASIS}，{roles}，{body}。")
            spec_body = f"{_BASIS}，{body}。"
            specs.append(_Draft(task.title, spec_body, "", lead, (), partners, None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines += ["|", "序号 |", "重点任务 |", "工作措施 |", "牵头单位 |", "责任单位 |", "|"]
    named = [t for t in tasks if t.lead and t.responsible]
    for n, task in enumerate(named, 1):
        lead, owners = task.lead[:1], task.responsible[:2]
        sentences = [s for s in task.body.split("。") if s]
        points = " ".join(f"{k}.{s}。" for k, s in enumerate(sentences, 1))
        lines += [f"{n} |", f"{task.title} |", f"{points} |", f"{lead[0]} |"]
        lines += [f"{'、'.join(owners)} |", "|"]
        specs.append(_Draft(task.title, points, "", lead, owners, (), None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _thirty_third_layout(
    layout: str, named: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead as each lead's duties numbered 1. 2. under an unnumbered
    line naming the lead and its duties' word (``owner_lines``: the lead alone leads its
    duties, the tasks of one lead together in the plan's order of their first), or as
    members' duties run on in the line of 三、职责分工 after a space, each unit's duty closed
    by a space alone (``space_duties``: the lead and at most one responsible unit share a
    duty, its body's last sentence left open). ``named``: the tasks that name a lead
    (``_led``)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "owner_lines":
        lines[-1] = "二、职责分工"
        owners = _by_lead(named)
        for k, (owner, duties) in enumerate(owners.items()):
            lines.append(owner + _OWNER_WORDS[k % len(_OWNER_WORDS)])
            for n, task in enumerate(duties, 1):
                lines.append(f"{n}.负责{task.title}。{task.body}")
                duty = _Draft(f"负责{task.title}", task.body, "", (owner,), (), (), None)
                specs.append(duty.spec(f"2.{k + 1}.{n}"))
        return "\n".join(lines) + "\n", specs
    run_on: list[str] = []
    for n, task in enumerate(named, 1):
        units = (*task.lead[:1], *task.responsible[:1])
        body = task.body.removesuffix("。")  # (closed by the space alone)
        run_on.append(f"{'、'.join(units)}：负责{task.title}。{body}")
        duty = _Draft(f"负责{task.title}", body, "", units, (), (), None)
        specs.append(duty.spec(str(n)))
    lines[-1] = "三、职责分工 " + " ".join(run_on)
    return "\n".join(lines) + "\n", specs


def _led(tasks: list[_Draft]) -> list[_Draft] | None:
    """Return the tasks that name a lead, which the duties' layouts of the streams after the
    thirty-first write, or None when fewer than three do (the plan is then written as
    ``basis_lead_ins``)."""
    named = [t for t in tasks if t.lead]
    return named if len(named) >= _LED_AT_LEAST else None


#: The fewest tasks naming a lead that the duties' layouts write a plan of.
_LED_AT_LEAST = 3


def _by_lead(tasks: list[_Draft]) -> dict[str, list[_Draft]]:
    """Return the tasks grouped by their first lead, the groups in the order of their first."""
    owners: dict[str, list[_Draft]] = {}
    for task in tasks:
        owners.setdefault(task.lead[0], []).append(task)
    return owners


def _forty_third_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as a part page's projects, each
    opening with a dash in place of a number over its labelled lines, under a heading that
    only groups them (``dash_projects``: （三）… / --X。 / 牵头单位:A / 配合单位:C: A leads, C
    cooperates, a project with no partner printing no 配合单位 line), or as the duties of the
    units chained by ``；`` in an item's line after the colon that opens them, the next item
    naming no unit (``colon_duty_system``: （二）健全工作机制。…责任制：A负责X；B负责Y。 /
    （三）…: each duty its subject's). The ``targets`` go unprinted: the page opens inside
    the plan."""
    specs: list[TaskSpec] = []
    if layout == "dash_projects":
        lines = [_DASH_HEADING]
        for k, task in enumerate(tasks, 1):
            lines += [f"--{task.title}。", f"牵头单位:{task.lead[0]}"]
            partners = task.cooperating[:2]
            if partners:
                lines.append(f"配合单位:{'、'.join(partners)}")
            draft = _Draft(task.title, "", "", task.lead[:1], (), partners, None)
            specs.append(draft.spec(str(k)))  # (one heading over them: numbered alone)
        return "\n".join(lines) + "\n", specs
    duties = []
    for k, task in enumerate(tasks, 1):
        duties.append(f"{task.lead[0]}负责{task.title}")
        specs.append(_Draft(f"负责{task.title}", "", "", task.lead[:1], (), (), None).spec(str(k)))
    return f"{_DUTY_SYSTEM}{'；'.join(duties)}。\n{_DUTY_SYSTEM_AFTER}\n", specs


def _forty_second_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as an emergency plan's part page,
    its sections' duties run on in one line after an opening sentence, each section's
    number and heading before its first duty (``run_on_sections``: …评估。 2.1.1 信息报送
    A负责X。 B负责Y；指导各地抓好落实。 …: each duty its lead's, three in the first section,
    two in each after, every second going on over a ``；`` part), or as a division of duties
    whose page lost its first list's heading, each of that list's items opening with its
    unit, then one unit's name on a line of its own over a second list from 1
    (``lost_first_name``: 联系的县级部门：… / 1.A负责X。 / 2.C负责Z。 / B / 1.负责Y。 / …: A and
    C lead their own, B leads the second list, its first task's lead). The ``targets`` go
    unprinted: the page opens inside the plan."""
    specs: list[TaskSpec] = []
    if layout == "run_on_sections":
        first, rest = tasks[:_RUN_ON_DUTIES], tasks[_RUN_ON_DUTIES:]
        sections = [first, *(rest[a : a + _SECTION_DUTIES] for a in range(0, len(rest), 2))]
        parts = [_RUN_ON_OPENING]
        n = 0
        for k, own in enumerate(sections[: len(_DECIMAL_SECTIONS)], 1):
            duties = []
            for task in own:
                n += 1
                title = f"负责{task.title}" + (f"；{_RUN_ON_PART}" if n % 2 == 0 else "")
                duties.append(f"{task.lead[0]}{title}。")
                specs.append(_Draft(title, "", "", task.lead[:1], (), (), None).spec(str(n)))
            parts.append(f"2.1.{k} {_DECIMAL_SECTIONS[k - 1]} " + " ".join(duties))
        return " ".join(parts) + "\n", specs
    lines = [_LIAISON_LINE]
    first = tasks[: max(_LOST_LIST, len(tasks) // 2)]
    for k, task in enumerate(first, 1):
        lines.append(f"{k}.{task.lead[0]}负责{task.title}。")
        specs.append(_Draft(f"负责{task.title}", "", "", task.lead[:1], (), (), None).spec(str(k)))
    owned = tasks[len(first) :]
    owner = owned[0].lead[0]
    lines.append(owner)
    for k, task in enumerate(owned, 1):
        lines.append(f"{k}.负责{task.title}。")
        draft = _Draft(f"负责{task.title}", "", "", (owner,), (), (), None)
        specs.append(draft.spec(f"1.{k}"))  # (under the name line, the first of its style)
    return "\n".join(lines) + "\n", specs


def _forty_first_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as items each closed by a line a
    dash opens (``dash_lines``: （k）X。 / body / ——由A会同B组织落实。: A leads, B, the first
    responsible unit, cooperates; ——由A负责。 with none), or by unit, each unit's name on a
    line of its own over labels of its targets' kinds (``unit_line_kinds``: A / 一类目标： /
    （k）X。body / 二类目标： / （k+1）…: A leads, the second label before a unit's last item
    of two or more)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "dash_lines":
        for n, task in enumerate(tasks, 1):
            lead, partners = task.lead[:1], task.responsible[:1]
            together = f"会同{partners[0]}组织落实" if partners else "负责"
            lines += [f"（{numeral(n)}）{task.title}。", task.body, f"——由{lead[0]}{together}。"]
            specs.append(_Draft(task.title, task.body, "", lead, (), partners, None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、各部门目标任务"
    for g, (owner, owned) in enumerate(_by_lead(tasks).items(), 1):
        lines += [owner, _TARGET_KINDS[0]]
        for k, task in enumerate(owned, 1):
            if k == len(owned) > 1:
                lines.append(_TARGET_KINDS[1])
            lines.append(f"（{numeral(k)}）{task.title}。{task.body}")
            draft = _Draft(task.title, task.body, "", (owner,), (), (), None)
            specs.append(draft.spec(f"2.{g}.{k}"))  # (under 二、 its section)
    return "\n".join(lines) + "\n", specs


def _fortieth_layout(layout: str, tasks: list[_Draft], targets: str) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as items whose short title is
    followed by sentences opening with their units as subjects (``body_subjects``:
    （k）X。A要body。B要…。: A leads, and B, the first responsible unit, leads too), or as an
    emergency plan's working groups (``group_leaders``: k.X组 / 组  长：A负责人 / 成员单位：B、C
    / 主要职责：body: A leads, B and C cooperate)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "body_subjects":
        for n, task in enumerate(tasks, 1):
            leads = (*task.lead[:1], *task.responsible[:1])
            second = f"{leads[1]}{_SECOND_SUBJECT}。" if len(leads) > 1 else ""
            lines.append(f"（{numeral(n)}）{task.title}。{leads[0]}要{task.body}{second}")
            body = f"要{task.body}{second}"  # (the first unit is the clause's, out of the body)
            specs.append(_Draft(task.title, body, "", leads, (), (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines[-1] = _GROUPS_HEAD
    for n, task in enumerate(tasks, 1):
        lead, members = task.lead[:1], task.responsible[:2]
        lines.append(f"3.{n} {task.title}组")
        lines.append(f"组  长：{lead[0]}负责人")
        if members:
            lines.append(f"成员单位：{'、'.join(members)}")
        lines.append(f"主要职责：{task.body}")
        duty = f"主要职责：{task.body}"
        specs.append(_Draft(f"{task.title}组", duty, "", lead, (), members, None).spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _thirty_ninth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as items closing with a clause
    that names a principal body (``principal_clauses``: N.X。…〔责任主体：A；责任单位：B、C〕:
    A leads, B and C are responsible; a task with no responsible unit names its lead by
    label, 〔牵头单位：A〕), or as a table of targets a cell a paragraph, two tasks a goal
    (``measure_rows``: k.X。 / ——body / A / B / ——Y。 / C / D: the goal's row X, led by A,
    B responsible; the measure's row Y, k.1, led by C, D responsible; a last task alone is
    left out)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "principal_clauses":
        for n, task in enumerate(tasks, 1):
            lead, owners = task.lead[:1], task.responsible[:2]
            if owners:
                clause = f"〔责任主体：{lead[0]}；责任单位：{'、'.join(owners)}〕"
            else:
                clause = f"〔牵头单位：{lead[0]}〕"
            lines.append(f"{n}.{task.title}。{task.body}{clause}")
            specs.append(_Draft(task.title, task.body, "", lead, owners, (), None).spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、目标任务分解"
    lines += ["", *(f"{w}\n" for w in _MEASURE_HEADER)]
    pairs = [tasks[a : a + 2] for a in range(0, len(tasks) - 1, 2)]
    for k, (goal, measure) in enumerate(pairs, 1):
        lines += [f"{k}.{goal.title}。\n", f"——{goal.body}\n"]
        lines += [f"{u}\n" for u in (*goal.lead[:1], *goal.responsible[:2])]
        lines += [f"——{measure.title}。\n"]
        lines += [f"{u}\n" for u in (*measure.lead[:1], *measure.responsible[:2])]
        first = _Draft(
            goal.title, f"——{goal.body}", "", goal.lead[:1], goal.responsible[:2], (), None
        )
        later = _Draft(measure.title, "", "", measure.lead[:1], measure.responsible[:2], (), None)
        specs += [first.spec(str(k)), later.spec(f"{k}.1")]
    lines += [_MEASURES_CLOSE]
    return "\n".join(lines) + "\n", specs


def _thirty_eighth_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as duties under a lead's name, a
    label alone and the duties' circled items run onto one line after ；
    (``circled_duties``: （一）A / （1）年度重点任务： / ①…；②…；③…: three tasks a heading,
    named by the first one's lead, who leads all three; a last run of fewer is left out), or
    as an inspection's findings, each a heading over its fix and the lines naming who
    carries the fix out, who signs it off and who helps (``rectification_checks``:
    （一）…问题 / 整改措施：… / 整改实施主体：R / 牵头验收单位：A / 配合验收单位：C: R is
    responsible, A leads, C cooperates; the heading titles the task)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "circled_duties":
        lines[-1] = "二、各单位年度任务"
        runs = [tasks[a : a + _CIRCLED_RUN] for a in range(0, len(tasks), _CIRCLED_RUN)]
        for k, kept in enumerate([r for r in runs if len(r) == _CIRCLED_RUN], 1):
            owner = kept[0].lead[0]
            lines += [f"（{numeral(k)}）{owner}", _CIRCLED_LABEL]
            lines.append("；".join(f"{_CIRCLED[n]}{t.title}" for n, t in enumerate(kept)) + "。")
            for n, task in enumerate(kept, 1):
                draft = _Draft(task.title, "", "", (owner,), (), (), None)
                specs.append(draft.spec(f"2.{k}.1.{n}"))
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、反馈问题整改情况"
    for k, task in enumerate(tasks, 1):
        lead, owners, partners = task.lead[:1], task.responsible[:1], task.cooperating[:1]
        lines += [f"（{numeral(k)}）{task.title}问题", f"整改措施：{task.body}"]
        lines += [f"整改实施主体：{owners[0]}"] if owners else []
        lines += [f"牵头验收单位：{lead[0]}"]
        lines += [f"配合验收单位：{partners[0]}"] if partners else []
        draft = _Draft(
            f"{task.title}问题", f"整改措施：{task.body}", "", lead, owners, partners, None
        )
        specs.append(draft.spec(str(k)))
    lines += [_CHECKS_CLOSE]  # (a last unit's name ending the text would read as cut there)
    return "\n".join(lines) + "\n", specs


def _thirty_seventh_layout(
    layout: str, tasks: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead (given: three or more) as an emergency plan's duties,
    under decimal sections of one heading, each section's duties run on in its line, one
    sentence opening with its lead each (``decimal_duties``: 2.1 信息报送 / A负责…。B负责…;
    no clause anywhere), or as working groups, one per task, each group's name over its duty
    and the line naming its units (``group_clauses``: （一）综合协调组 / 负责… / 由A牵头，B、C
    参加。: the group titles the task, A leads, B and C cooperate)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "decimal_duties":
        lines[-1] = "二、应急响应"
        kept = tasks[: _SECTION_DUTIES * len(_DECIMAL_SECTIONS)]
        sections = [kept[a : a + _SECTION_DUTIES] for a in range(0, len(kept), _SECTION_DUTIES)]
        for k, own in enumerate(sections, 1):
            lines.append(f"2.{k} {_DECIMAL_SECTIONS[k - 1]}")
            lines.append("".join(f"{t.lead[0]}负责{t.title}。{t.body}" for t in own))
            for n, task in enumerate(own, 1):
                draft = _Draft(f"负责{task.title}", task.body, "", task.lead[:1], (), (), None)
                specs.append(draft.spec(f"2.{k}.{n}"))
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、工作组及职责"
    for k, (group, task) in enumerate(zip(_WORK_GROUPS, tasks, strict=False), 1):
        partners = tuple(u for u in (*task.responsible, *task.cooperating) if u != task.lead[0])
        partners = partners[:_GROUP_PARTNERS]
        duty = f"负责{task.title}。{task.body}"
        joined = f"，{'、'.join(partners)}参加" if partners else "负责"
        lines += [f"（{numeral(k)}）{group}", duty, f"由{task.lead[0]}牵头{joined}。"]
        draft = _Draft(group, duty, "", task.lead[:1], (), partners, None)
        specs.append(draft.spec(str(k)))
    return "\n".join(lines) + "\n", specs


def _thirty_sixth_layout(
    layout: str, named: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead as duties a line each under a heading that divides
    duties, the lead's name closed by a comma before its 负责 (``comma_duties``: A，负责…), or
    as articles, one per lead in the order first met, each the lead's sentence announcing the
    duties listed below it (``announced_articles``: 第一条 A应当履行下列职责： over （一） （二）,
    at most three). ``named``: the tasks that name a lead (``_led``)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "comma_duties":
        lines[-1] = "二、职责分工"
        for n, task in enumerate(named, 1):
            lines.append(f"{task.lead[0]}，负责{task.title}。{task.body}")
            draft = _Draft(f"负责{task.title}", task.body, "", task.lead[:1], (), (), None)
            specs.append(draft.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、工作职责"
    for k, (lead, own) in enumerate(_by_lead(named).items()):
        words = _ANNOUNCED_WORDS[k % len(_ANNOUNCED_WORDS)]
        lines.append(f"第{numeral(k + 1)}条 {lead}{words}")
        for n, task in enumerate(own[:_ARTICLE_DUTIES], 1):
            lines.append(f"（{numeral(n)}）{task.title}。{task.body}")
            draft = _Draft(task.title, task.body, "", (lead,), (), (), None)
            specs.append(draft.spec(f"2.{k + 1}.{n}"))
    return "\n".join(lines) + "\n", specs


def _thirty_fifth_layout(
    layout: str, named: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead as duties a line each, the lead the duty's subject, under
    a short title that divides duties on the line of （一）, the first duty run on after it
    (``titled_division``: （一）明确部门职责。A负责… / B负责…), or as sections numbered 01, 02
    alone on their lines, each over its title's line, a line labelling its lead and at most
    two responsible units, and its body (``padded_sections``: at most nine). ``named``: the
    tasks that name a lead (``_led``)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "titled_division":
        lines[-1] = "二、压实工作责任"
        for n, task in enumerate(named, 1):
            duty = f"{task.lead[0]}负责{task.title}。{task.body}"
            lines.append(f"（一）明确部门职责。{duty}" if n == 1 else duty)
            draft = _Draft(f"负责{task.title}", task.body, "", task.lead[:1], (), (), None)
            specs.append(draft.spec(str(n)))
        return "\n".join(lines) + "\n", specs
    for n, task in enumerate(named[:_PADDED_SECTIONS], 1):
        partners = task.responsible[:2]
        named_too = f"；责任单位：{'、'.join(partners)}" if partners else ""
        roles = f"牵头单位：{task.lead[0]}{named_too}"
        lines += [f"0{n}", task.title, f"（{roles}）", task.body]
        draft = _Draft(task.title, task.body, "", task.lead[:1], partners, (), None)
        specs.append(draft.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _thirty_fourth_layout(
    layout: str, named: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks with a lead as each lead's duties （一） （二） under an article's
    heading naming the lead and 职责 or 的工作职责 (``article_duties``: 第二条 市公安局职责, the
    lead alone leads its duties, the tasks of one lead together in the plan's order of their
    first), or as items run onto the line of 二、重点任务。 after a space, each numbered by one
    glyph and closed by its clause (``glyph_items``: ⒈ …（X牵头，Y、Z负责）, at most twenty, the
    lead and at most two responsible units). ``named``: the tasks that name a lead
    (``_led``)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "article_duties":
        lines = [
            "第一章 总则",
            targets,
            "第一条 为明确各部门职责，确保各项任务落到实处，制定本规定。",
            "第二章 部门职责",
        ]
        owners = _by_lead(named)
        for k, (owner, duties) in enumerate(owners.items(), 2):
            lines.append(f"第{numeral(k)}条 {owner}{_ARTICLE_WORDS[k % len(_ARTICLE_WORDS)]}")
            for n, task in enumerate(duties, 1):
                lines.append(f"（{numeral(n)}）负责{task.title}。{task.body}")
                duty = _Draft(f"负责{task.title}", task.body, "", (owner,), (), (), None)
                specs.append(duty.spec(f"2.{k}.{n}"))
        return "\n".join(lines) + "\n", specs
    items: list[str] = []
    for n, task in enumerate(named[:_GLYPH_ITEMS], 1):
        partners = task.responsible[:2]
        lead = task.lead[0]
        roles = f"{lead}牵头，{'、'.join(partners)}负责" if partners else f"{lead}负责"
        items.append(f"{chr(_GLYPH_ZERO + n)} {task.title}。{task.body}（{roles}）")
        draft = _Draft(task.title, task.body, "", task.lead[:1], partners, (), None)
        specs.append(draft.spec(str(n)))
    lines[-1] = "二、重点任务。 " + " ".join(items)
    return "\n".join(lines) + "\n", specs


#: The glyph before ⒈, the first item's number printed as one glyph.
_GLYPH_ZERO = 0x2487


def _thirty_second_layout(
    layout: str, named: list[_Draft], targets: str
) -> tuple[str, list[TaskSpec]]:
    """Write the tasks that name a lead (``named``, ``_led``) as members' duties run on in
    their heading's line after 职责如下：, each unit's name closed by 。 and its duty opening
    with 负责 (``stop_duties``: the lead and at most one responsible unit share a duty), or as
    members' duties under 二、职责分工, each after its units' colon, the lead and at most one
    responsible unit, closed by a sentence naming at most two partners 配合
    (``partner_duties``)."""
    lines = _goal_then_tasks(targets)
    specs: list[TaskSpec] = []
    if layout == "stop_duties":
        duties = []
        for n, task in enumerate(named, 1):
            units = (*task.lead[:1], *task.responsible[:1])
            duties.append(f"{'、'.join(units)}。负责{task.title}。{task.body}")
            duty = _Draft(f"负责{task.title}", task.body, "", units, (), (), None)
            specs.append(duty.spec(str(n)))
        opening = "三、职责分工为加强组织领导，成立工作领导小组。各成员单位职责如下："
        lines[-1:] = [f"二、工作要求\n{_PROJECT_GOAL}", "", opening + "".join(duties)]
        return "\n".join(lines) + "\n", specs
    lines[-1] = "二、职责分工"
    for n, task in enumerate(named, 1):
        units, partners = (*task.lead[:1], *task.responsible[:1]), task.cooperating[:2]
        joined = "、".join(partners)
        body = f"{task.body}{joined}配合。" if partners else task.body
        lines.append(f"（{numeral(n)}）{'、'.join(units)}：负责{task.title}。{body}")
        duty = _Draft(f"负责{task.title}", body, "", units, (), partners, None)
        specs.append(duty.spec(str(n)))
    return "\n".join(lines) + "\n", specs


def _labelled_roles(lead: tuple[str, ...], owners: tuple[str, ...]) -> str:
    """Return labelled roles: 牵头单位：A；责任单位：B、C (no owners: the lead alone)."""
    return f"牵头单位：{'、'.join(lead)}" + (f"；责任单位：{'、'.join(owners)}" if owners else "")


def _led_by(lead: tuple[str, ...], owners: tuple[str, ...]) -> str:
    """Return a bracket's roles: the leads 牵头, the others 按职责分工负责 (none: leads alone)."""
    return f"{'、'.join(lead)}牵头" + (f"，{'、'.join(owners)}按职责分工负责" if owners else "")


def _wrapped(text: str) -> str:
    """Return ``text`` with a PDF's wrap space after its first character (市 财政局), or
    before its last when the first two characters are no pair of Chinese characters."""
    if len(text) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in text[:2]):
        return f"{text[0]} {text[1:]}"
    if len(text) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in text[-2:]):
        return f"{text[:-1]} {text[-1]}"
    return text


def _roles(task: _Draft) -> tuple[tuple[str, ...], ...]:
    return task.lead, task.responsible, task.cooperating


def _labelled_units(task: _Draft, sep: str) -> str:
    """Print a task's units under their labels, ``sep`` between the roles it names:
    牵头单位：A、B；责任单位：C."""
    roles = zip(("牵头单位", "责任单位", "配合单位"), _roles(task), strict=True)
    return sep.join(f"{word}：{'、'.join(names)}" for word, names in roles if names)
