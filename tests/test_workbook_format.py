from pipeline.workbook_format import (
    CHECKSUM_COLUMN,
    KEY_COLUMN,
    locked_columns,
    row_checksum,
    task_key,
)


def test_locked_columns_leave_out_fill_in_cells_and_the_checksum() -> None:
    columns = [
        "序号",
        "重点任务",
        "工作进展",
        "完成状态",
        "存在问题",
        "下一步计划",
        KEY_COLUMN,
        CHECKSUM_COLUMN,
    ]
    assert locked_columns(columns) == ("序号", "重点任务", KEY_COLUMN)


def test_checksum_is_stable_and_sees_every_character() -> None:
    row = ["1", "推进政务服务一网通办", "牵头", task_key("plan", "3")]
    assert row_checksum(row) == row_checksum(list(row))
    assert len(row_checksum(row)) == 16
    assert row_checksum(row) != row_checksum(["1", "推进政务服务一网通办。", "牵头", "plan#3"])
    assert row_checksum(["a", None]) == row_checksum(["a", ""])
    assert row_checksum(["ab", "c"]) != row_checksum(["a", "bc"])
