from __future__ import annotations

from datetime import date

import polars as pl
from polars.testing import assert_frame_equal

from pipeline import run
from pipeline.frames import MENTIONS, TARGETS, TASKS, to_frames
from tests.conftest import REAL
from tests.parse.test_parser import HEAD, parse_text


def test_tiny_document_frames() -> None:
    doc = parse_text(
        HEAD
        + "到2025年，基本建成。\n1）推进甲\n做甲。（牵头单位：市民政局；责任单位：市公安局、市司法局）\n"
    )
    frames = to_frames([doc])
    assert_frame_equal(
        frames.targets,
        pl.DataFrame([("t", 2025, "基本建成。", 2)], schema=TARGETS, orient="row"),
    )
    assert_frame_equal(
        frames.tasks.select("doc_id", "task_id", "task_no", "label", "title", "body", "line"),
        pl.DataFrame(
            [("t", "1", 1, "1）", "推进甲", "做甲。", 3)],
            schema={
                k: TASKS[k]
                for k in ("doc_id", "task_id", "task_no", "label", "title", "body", "line")
            },
            orient="row",
        ),
    )
    assert_frame_equal(
        frames.mentions.select("role", "position", "mention", "line", "column"),
        pl.DataFrame(
            [("lead", 1, "市民政局", 4, 10), ("responsible", 1, "市公安局", 4, 20),
             ("responsible", 2, "市司法局", 4, 25)],
            schema={k: MENTIONS[k] for k in ("role", "position", "mention", "line", "column")},
            orient="row",
        ),
    )  # fmt: skip


def test_real_document_frames() -> None:
    frames = to_frames(run.extract([REAL]))
    assert frames.documents.row(0, named=True) | {"sha256": None} == {
        "doc_id": "zhengzhou-digital-government-action-plan",
        "source": "raw/zhengzhou-digital-government-action-plan.txt",  # relative to the project
        "sha256": None,
        "title": "郑州市数字政府建设行动方案",
        "issuer": "郑州市人民政府",
        "published": date(2024, 1, 8),
        "signed": date(2023, 12, 25),
        "document_number": "郑政〔2023〕25号",
        "n_tasks": 15,
    }
    assert frames.tasks.height == 15
    assert frames.mentions.height == 88
    assert frames.mentions.filter(pl.col("role") == "lead").height == 39
    assert frames.corrections["count"].to_list() == [1, 1]
    assert frames.corrections["line"].to_list() == [14, 14]
    assert frames.cleaning["step"].to_list()[0] == "corrections"
