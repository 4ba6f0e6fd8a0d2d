"""A task table flattened with no separator at all (pipeline/parse/table_glued.py)."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import extract
from tests.parse.test_parser import HEAD, parse_text, units

PLANS = Path(__file__).parents[1] / "fixtures" / "plans"


def test_rows_part_at_their_numbers_and_cells_at_the_title_s_last_stop() -> None:
    (doc,) = extract([PLANS / "glued-table.txt"])
    assert [(t.task_id, t.title) for t in doc.tasks] == [
        ("7", "推进家庭医生签约服务"),  # its 8个 is the title's own: 建成 is no units cell
        ("8", "完善托育服务体系"),
        ("9", "加强家庭教育指导"),
        ("10", "健全特殊家庭帮扶制度"),
    ]
    assert units(doc.tasks[0]) == (
        ["市卫生健康委"], ["各县（市、区）政府"], ["市医保局", "市财政局"]
    )  # fmt: skip
    assert doc.tasks[0].body == "到2025年签约覆盖率达到45%以上，建成8个示范社区。"
    # each task points at its row's number on the one line the table is printed on
    assert [(t.location.line, t.location.column) for t in doc.tasks][:2] == [(7, 11), (7, 83)]


def test_rows_run_over_their_lines_and_units_end_where_the_deadline_begins() -> None:
    (doc,) = extract([PLANS / "glued-table-deadline-lines.txt"])
    assert [(t.task_id, t.deadline) for t in doc.tasks] == [
        ("1", "2026年底前完成"),
        ("2", "2026年6月底前完成"),
        ("3", "持续实施"),
        ("4", "2027年底前完成"),
    ]
    assert units(doc.tasks[2])[1] == ["市委宣传部", "市文明办", "各县（市、区）人民政府"]
    # row 2's title runs over two lines; row 3's number sits on row 2's units line
    assert [(t.location.line, t.location.column) for t in doc.tasks] == [
        (5, 29), (6, 23), (8, 43), (9, 27)
    ]  # fmt: skip


def test_two_glued_units_columns_are_left_as_printed() -> None:
    # nothing marks where 牵头单位 ends and 责任单位 begins: no table of this layout
    doc = parse_text(
        HEAD
        + "序号工作任务牵头单位责任单位1修建道路。市交通局各区政府2整治河道。市水利局各区政府\n"
    )
    assert doc.tasks == ()


def test_a_row_whose_units_cannot_be_told_ends_the_table() -> None:
    doc = parse_text(
        HEAD
        + "序号重点任务责任单位1修建道路。市交通局2整治河道。市水利局3建设公园。请各地于年底前报送\n"
    )
    assert [(t.task_id, units(t)[1]) for t in doc.tasks] == [
        ("1", ["市交通局"]),
        ("2", ["市水利局"]),
    ]
