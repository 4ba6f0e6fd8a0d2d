"""``|`` tables a row a line with the task number inside the body cell (pipeline/parse/inline.py)."""

from __future__ import annotations

from pipeline.grammar import default_grammar
from pipeline.model import Role
from pipeline.parse import inline
from pipeline.parse.clauses import Part, cell_clause
from tests.parse.test_parser import HEAD, parse_text, units

HEADER = "|工作任务 | 具体要求 | 责任部门 |\n"


def spans_of(text: str, *cells: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for cell in cells:
        at = text.index(cell, at)
        out.append((at, at + len(cell)))
        at += len(cell)
    return out


def test_a_shifted_row_takes_the_group_cell_of_the_row_above() -> None:
    text = "一、做好公开 1.公开预算 财务股 2.更新网站 办公室 "
    rows = [
        spans_of(text, "一、做好公开", "1.公开预算", "财务股"),
        [*spans_of(text, "2.更新网站", "办公室"), (len(text), len(text))],
    ]
    found = inline.numbered_rows(text, rows, 1)
    assert found is not None
    assert [[text[s:e] for s, e in row] for row in found] == [
        ["1.", "一、做好公开", "公开预算", "财务股"],
        ["2.", "一、做好公开", "更新网站", "办公室"],
    ]


def test_a_body_without_the_number_one_is_no_numbered_table() -> None:
    text = "做好公开 公开预算 财务股"
    rows = [spans_of(text, "做好公开", "公开预算", "财务股")]
    assert inline.numbered_rows(text, rows, 1) is None


def test_a_units_cell_with_suffixes_is_a_clause_and_a_plain_list_is_not() -> None:
    grammar = default_grammar()
    text = "办公室牵头，各科室配合"
    parts = cell_clause(text, 0, len(text), grammar, Role.RESPONSIBLE)
    assert parts is not None
    assert [(p.kind, text[p.start : p.end]) for p in parts] == [
        (Role.LEAD, "办公室"),
        (Role.COOPERATING, "各科室"),
    ]
    assert cell_clause("办公室、各科室", 0, 7, grammar, Role.RESPONSIBLE) is None
    duty = "市政府各有关部门、功能区管委会负责落实"  # no lead, no cooperating: the column's role
    assert cell_clause(duty, 0, len(duty), grammar, Role.RESPONSIBLE) == (
        Part(Role.RESPONSIBLE, 0, len(duty) - 4),
    )


def test_numbered_body_cells_make_the_tasks_and_the_group_cell_is_left_unread() -> None:
    doc = parse_text(
        HEAD
        + HEADER
        + "一、做好财务公开。 | 1.公开预算决算。按时发布。 | 财务股 |\n"
        + "2.更新网站栏目。 | 办公室牵头,各股室配合 | |\n"
        + "3.答复网民留言。要及时"
    )
    assert [(t.no, t.label, t.title, t.body, units(t)) for t in doc.tasks] == [
        (1, "1.", "公开预算决算", "按时发布。", ([], ["财务股"], [])),
        (2, "2.", "更新网站栏目", "", (["办公室"], [], ["各股室"])),
        (3, "3.", "答复网民留言", "要及时", ([], [], [])),
    ]


def test_a_closing_bar_opens_no_cell() -> None:
    doc = parse_text(HEAD + "|序号 | 重点任务 | 牵头单位 |\n1 | 建成驿站 | 县文旅局 |\n")
    assert [(t.title, units(t)) for t in doc.tasks] == [("建成驿站", (["县文旅局"], [], []))]


def test_a_numbered_title_cell_takes_the_shifted_sub_rows_below_it() -> None:
    text = "1.道路提升 改造解放路 10月 住建局 2026.9 交投集团 2.养老服务 新建中心 9月底 民政局 "
    end = (len(text), len(text))
    rows = [
        spans_of(text, "1.道路提升", "改造解放路", "10月", "住建局"),
        [*spans_of(text, "2026.9", "交投集团"), end, end],
        spans_of(text, "2.养老服务", "新建中心", "9月底", "民政局"),
    ]
    found = inline.numbered_titles(text, rows, 0, 3)
    assert [([text[s:e] for s, e in p.cells], p.first, p.last) for p in found] == [
        (["1.", "道路提升", "改造解放路", "10月", "住建局"], 0, 1),
        (["2.", "养老服务", "新建中心", "9月底", "民政局"], 2, 2),
    ]
    assert [text[s:e] for s, e in found[0].extra] == ["2026.9", "交投集团"]
    assert inline.numbered_titles(text, rows[1:], 0, 3) == []


def test_a_project_table_with_sub_rows_reads_a_task_per_project() -> None:
    doc = parse_text(
        HEAD
        + "项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
        + "1.道路提升项目 | 改造解放路; | 10月 | 住建局 |\n"
        + "2026.9 | 交投集团 | ||\n"
        + "绿化滨江路; | 2026.12 | 城投集团 | |\n"
        + "2.养老服务项目 | 新建服务中心3家。 | 9月底 | 民政局 |\n"
    )
    first, second = doc.tasks
    assert (first.no, first.title, first.deadline, units(first)) == (
        1,
        "道路提升项目",
        "10月",
        (["住建局"], [], []),
    )
    assert first.body == "改造解放路；\n2026.9 交投集团 绿化滨江路； 2026.12 城投集团"
    assert (second.no, second.title, second.deadline, second.body, units(second)) == (
        2,
        "养老服务项目",
        "9月底",
        "新建服务中心3家。",
        (["民政局"], [], []),
    )


def test_a_row_opening_a_new_group_cell_may_number_again_from_one() -> None:
    text = "一、做好公开 1.公开预算 财务股 二、回应关切 1.办理留言 办公室 2.更新网站 办公室 "
    rows = [
        spans_of(text, "一、做好公开", "1.公开预算", "财务股"),
        spans_of(text, "二、回应关切", "1.办理留言", "办公室"),
        [*spans_of(text, "2.更新网站", "办公室"), (len(text), len(text))],
    ]
    found = inline.numbered_rows(text, rows, 1)
    assert found is not None
    assert [[text[s:e] for s, e in row] for row in found] == [
        ["1.", "一、做好公开", "公开预算", "财务股"],
        ["1.", "二、回应关切", "办理留言", "办公室"],
        ["2.", "二、回应关切", "更新网站", "办公室"],
    ]
    # under the same group cell a second 1. is no row of the table
    same = [rows[0], spans_of(text, "一、做好公开", "1.办理留言", "办公室")]
    assert len(inline.numbered_rows(text, same, 1) or []) == 1
