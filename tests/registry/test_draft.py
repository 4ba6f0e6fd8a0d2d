from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline import run
from pipeline.cli import main
from pipeline.registry.draft import draft_csv

PLANS = Path(__file__).parents[1] / "fixtures" / "plans"


def test_draft_lists_every_printed_unit_with_role_counts_and_first_line() -> None:
    text = draft_csv(run.extract([PLANS / "labelless-suffix.txt"]))
    src = "tests/fixtures/plans/labelless-suffix.txt"  # shown relative to the project
    assert text.splitlines() == [
        "short_name,mentions,lead,responsible,cooperating,etc,file,line",
        f"县政务服务中心,1,1,0,0,0,{src},6",
        f"县大数据中心,1,0,0,1,0,{src},6",
        f"县司法局,1,0,0,1,0,{src},6",
        f"县发展改革局,1,1,0,0,0,{src},7",
        f"县住房城乡建设局,1,1,0,0,0,{src},8",
        f"县自然资源局,2,1,1,0,0,{src},8",
        f"县生态环境分局,1,0,1,0,1,{src},8",
        f"县财政局,1,0,0,1,1,{src},10",
        f"县金融服务中心,1,1,0,0,0,{src},11",
        f"各乡镇人民政府,1,0,0,1,0,{src},11",
    ]


def test_units_draft_command_writes_the_same_csv(tmp_path: Path) -> None:
    plan = PLANS / "table-tab.txt"
    out = tmp_path / "draft.csv"
    result = CliRunner().invoke(main, ["units", "draft", str(plan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 5 units to {out}\n"
    assert out.read_text(encoding="utf-8") == draft_csv(run.extract([plan]))
    printed = CliRunner().invoke(main, ["units", "draft", str(plan)])
    assert printed.exit_code == 0 and printed.output == out.read_text(encoding="utf-8")
