"""Time the parser on hostile shapes at scale: each must stay linear (run by hand)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.parse.parser import parse
from pipeline.read.clean import clean
from pipeline.read.ingest import RawDocument, Sidecar


def run(name: str, text: str) -> None:
    """Parse ``text`` and print its size, tasks found and seconds."""
    raw = RawDocument(Path("t.txt"), text, "0" * 64, "utf-8", Sidecar(), ())
    t = time.perf_counter()
    doc = parse(raw, clean(raw))
    seconds = time.perf_counter() - t
    print(f"{name}: {len(text)} chars, {len(doc.tasks)} tasks, {seconds:.2f} s")


run("table then plain lines", "序号 | 重点任务 | 牵头单位\n1 | 甲\n" + "普通文字\n" * 100_000)
run("header words", "序号\n" * 100_000)
run(
    "subitems",
    "".join(f"{n}.任务{n}\n①甲\n②乙\n（牵头单位：市财政局）\n" for n in range(1, 10_001)),
)
run("brackets", "1.任务（" * 50_000)
run("labelless", "1.任务" + "（市财政局牵头）" * 50_000 + "\n")
run("pipes", "|" * 1_000_000 + "\n")
run("tabs", "序号\t重点任务\t牵头单位\n" + "1\t甲\t市财政局\n" * 50_000)
run("score brackets", "1.推进工作" + "（1分" * 50_000 + "）。（牵头单位：市财政局）\n")
