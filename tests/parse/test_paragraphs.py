"""Paragraph tasks (pipeline/parse/paragraphs.py): unnumbered paragraphs under a heading,
each closing with a clause of its own."""

from __future__ import annotations

from tests.parse.test_parser import HEAD, parse_text, units


def test_paragraphs_each_closing_with_a_clause_are_the_headings_tasks() -> None:
    doc = parse_text(
        HEAD + "（一）推进决策公开\n建立决策目录清单。按年公布。（牵头部门：综合规划处）\n"
        "　　公开规范性文件。集中展示。（牵头部门：法规处；配合部门：办公室）\n"
        "（二）推进执行公开\n做好预决算公开。（牵头部门：财务处）\n"
    )
    assert [(t.task_id, t.no, t.label, t.title, units(t)) for t in doc.tasks] == [
        ("1.1", 1, "1", "建立决策目录清单", (["综合规划处"], [], [])),
        ("1.2", 2, "2", "公开规范性文件", (["法规处"], [], ["办公室"])),
        ("2.1", 1, "1", "做好预决算公开", (["财务处"], [], [])),  # as its sibling splits
    ]
    assert [t.location.line for t in doc.tasks] == [3, 4, 6]


def test_a_heading_over_one_paragraph_or_over_lines_without_clauses_titles_the_task() -> None:
    single = parse_text(HEAD + "（一）推进决策公开\n建立决策目录清单。（牵头部门：综合规划处）\n")
    assert [(t.title, units(t)) for t in single.tasks] == [
        ("推进决策公开", (["综合规划处"], [], []))
    ]
    wrapped = parse_text(
        HEAD + "（一）推进决策公开\n建立决策目录清单，\n按年公布。（牵头部门：综合规划处）\n"
        "公开规范性文件。（牵头部门：法规处）\n"
    )
    assert [t.title for t in wrapped.tasks] == ["推进决策公开"]  # a line without its clause
    titled = parse_text(
        HEAD + "（一）推进决策公开。建立决策目录清单。\n按年公布。（牵头部门：综合规划处）\n"
        "公开规范性文件。（牵头部门：法规处）\n"
    )
    assert [t.title for t in titled.tasks] == ["推进决策公开"]  # the heading holds a sentence
