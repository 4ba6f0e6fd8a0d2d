"""The overview page index.html, parsed with html5lib: sections, findings, links, charts."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import html5lib
import polars as pl
import pytest

from pipeline import run
from pipeline.export import charts
from pipeline.export.page import PAGE
from tests.conftest import REAL
from tests.export.progress_rows import progress_frame

H = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(1)</script>"
TINY = (
    "《郑州市<script>alert(1)</script>行动方案》\n"
    "到2025年，建成<b>平台</b>。\n"
    "1）<script>alert(1)</script>（牵头单位：市大数据局；责任单位：市政务办）\n"
    "2）推进数据共享&治理（牵头单位：市政务办）\n"
)


def parse(path: Path) -> ET.Element:
    root: ET.Element = html5lib.parse(path.read_bytes(), namespaceHTMLElements=True)
    return root


def text(element: ET.Element) -> str:
    return "".join(element.itertext())


def section(root: ET.Element, name: str) -> ET.Element:
    found = root.find(f".//{H}section[@id='{name}']")
    assert found is not None, name
    return found


def charts_in(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{SVG}svg")


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the output folder of the real plan's export."""
    out = tmp_path_factory.mktemp("real") / "out"
    assert run.export([REAL], out).report.valid
    return out


def test_real_plan_page_parses_without_an_error(real: Path) -> None:
    parser = html5lib.HTMLParser()
    parser.parse((real / PAGE).read_bytes())
    assert parser.errors == []


def test_real_plan_sections(real: Path) -> None:
    root = parse(real / PAGE)
    html = root.find(f"{H}html") if root.tag != f"{H}html" else root
    assert html is not None and html.get("lang") == "zh-CN"
    ids = [s.get("id") for s in root.iter(f"{H}section")]
    assert ids == ["plan", "counts", "findings", "load", "matrix", "departments"]
    plan = text(section(root, "plan"))
    for expected in ("郑州市数字政府建设行动方案", "郑政〔2023〕25号", "2023-12-25", "2024-01-08",
                     "郑州市人民政府", "2025年", "2035年"):  # fmt: skip
        assert expected in plan
    counts = {
        text(div).replace(div[0].text or "", "", 1): int(div[0].text or "")
        for div in section(root, "counts").iter(f"{H}div")
        if div.get("class") == "count"
    }
    assert counts == {"方案": 1, "重点任务": 15, "单位点名": 88, "分工条目": 686, "部门台账": 63,
                      "错误": 0, "警告": 0}  # fmt: skip
    findings = text(section(root, "findings"))
    assert "未发现问题" in findings
    assert "“電子社???” → “電子社保卡”" in findings  # the applied corrections are listed


def test_every_department_link_resolves_to_its_workbook(real: Path) -> None:
    table = section(parse(real / PAGE), "departments")
    links = [(text(a), a.get("href") or "") for a in table.iter(f"{H}a")]
    assert len(links) == 63
    for _, href in links:
        assert (real / unquote(href)).is_file(), href
    assert {unquote(h) for _, h in links} == {
        f"departments/{p.name}" for p in (real / "departments").iterdir()
    }
    assert links[0] == (
        "中原区政府",
        "departments/%E4%B8%AD%E5%8E%9F%E5%8C%BA%E6%94%BF%E5%BA%9C.xlsx",
    )
    assert ("市大数据局", "departments/%E5%B8%82%E5%A4%A7%E6%95%B0%E6%8D%AE%E5%B1%80.xlsx") in links


def test_every_chart_is_inline_svg_with_a_title(real: Path) -> None:
    root = parse(real / PAGE)
    svgs = charts_in(root)
    assert [svg[0].tag for svg in svgs] == [f"{SVG}title"]
    assert [svg[0].text for svg in svgs] == ["各单位承担任务数（按角色）"]
    # A bar per unit and role it holds, each with its description on hover.
    bars = [t.text or "" for t in svgs[0].iter(f"{SVG}title") if t is not svgs[0][0]]
    assert len(bars) == 83 and len(set(bars)) == 83
    assert {"中原区政府：责任15项", "市大数据局：牵头11项", "市大数据局：责任2项"} <= set(bars)
    assert not root.findall(f".//{H}script") and not root.findall(f".//{H}link")
    assert not root.findall(f".//{SVG}script") and not root.findall(f".//{SVG}desc")
    assert not [e for e in root.iter() if (e.get("src") or "").startswith("http")]


def matrix(root: ET.Element) -> ET.Element:
    table = section(root, "matrix").find(f".//{H}table[@class='matrix']")
    assert table is not None
    return table


def task_key(root: ET.Element) -> ET.Element:
    table = section(root, "matrix").find(f".//{H}table[@class='key']")
    assert table is not None
    return table


def matrix_cells(root: ET.Element) -> list[list[str]]:
    """Return the matrix's rows as [unit, mark per task...]."""
    return [[text(cell) for cell in tr] for tr in matrix(root).iter(f"{H}tr")]


def test_matrix_is_a_table_of_roles_with_the_task_on_hover(real: Path) -> None:
    root = parse(real / PAGE)
    rows = matrix_cells(root)
    assert rows[0] == ["单位", *[f"任务{n}" for n in range(1, 16)]]
    assert len(rows) == 1 + 63
    assert rows[1] == ["中原区政府", *["责"] * 15]
    big_data = next(row for row in rows if row[0] == "市大数据局")
    assert big_data[1:] == [
        "责",
        "牵",
        "牵",
        "牵",
        "",
        "",
        "牵",
        "责",
        "牵",
        "牵",
        "牵",
        "牵",
        "牵",
        "牵",
        "牵",
    ]
    hover = [td.get("title") for td in matrix(root).iter(f"{H}td") if td.get("title")]
    assert len(hover) == 686  # no unit holds two roles in one task of the real plan
    assert "任务1 推动党建引领网格化基层治理｜市委组织部：责任" in hover
    marks = {td.get("class"): text(td) for td in matrix(root).iter(f"{H}td")}
    assert marks == {"role lead": "牵", "role responsible": "责", None: ""}


def test_matrix_key_lists_every_task(real: Path) -> None:
    table = section(parse(real / PAGE), "matrix").find(f".//{H}table[@class='key']")
    assert table is not None
    rows = [[text(td) for td in tr] for tr in table.iter(f"{H}tr")][1:]
    assert len(rows) == 15
    assert rows[0] == ["任务1", "推动党建引领网格化基层治理", "25"]
    assert rows[14] == ["任务15", "全面推进数字乡村建设", "54"]


def test_two_exports_give_the_same_page(real: Path, tmp_path: Path) -> None:
    run.export([REAL], tmp_path / "again")
    assert (tmp_path / "again" / PAGE).read_bytes() == (real / PAGE).read_bytes()


def test_chart_svg_is_deterministic() -> None:
    units = pl.DataFrame({"label": ["甲", "乙"], "lead": [1, 0], "responsible": [2, 1],
                          "cooperating": [0, 3], "tasks": [3, 4]})  # fmt: skip
    first = charts.unit_load(units)
    assert first == charts.unit_load(units)
    assert first.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    # pygal's random chart id, its dated comment, its script and tooltips are gone.
    assert 'id="chart-unit-load"' in first
    assert not any(mark in first for mark in ("<!--", "<script", "<desc", "pygal.org"))
    root = ET.fromstring(first)
    hover = [t.text for t in root.iter(f"{SVG}title")]
    assert hover == ["各单位承担任务数（按角色）", "甲：牵头1项", "乙：责任1项", "甲：责任2项",
                     "乙：配合3项"]  # fmt: skip


def test_a_chart_without_data_says_so_in_chinese() -> None:
    units = pl.DataFrame({"label": ["甲"], "lead": [0], "responsible": [0], "cooperating": [0],
                          "tasks": [0]})  # fmt: skip
    root = ET.fromstring(charts.unit_load(units))
    texts = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "no_data"]
    assert texts == ["暂无数据"]


def test_invalid_export_shows_every_finding_linked_to_its_raw_line(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(REAL, raw / REAL.name)  # no corrections file: the lost characters are errors
    (raw / "bad.txt").write_text(
        "《郑州市测试行动方案》\n1）甲（牵头单位：市<img src=x>局）\n3）乙（牵头单位：市大数据局）\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run.export([raw], out)
    assert not result.report.valid
    root = parse(out / PAGE)
    assert [s.get("id") for s in root.iter(f"{H}section")] == ["plan", "counts", "findings"]
    note = root.find(f".//{H}header/{H}p[@id='invalid']")
    assert note is not None and text(note).startswith("本次校验未通过")
    assert charts_in(root) == []
    rows = [tr for tr in root.iter(f"{H}tr") if tr.get("class") == "finding"]
    expected = json.loads((out / "validation.json").read_text(encoding="utf-8"))["findings"]
    shown = [(tr.get("data-rule"), text(tr[0]), text(tr[2]), text(tr[3])) for tr in rows]
    assert sorted(shown) == sorted(
        (f["rule"], f"{Path(f['path']).name}:{f['line']}", f["message"], f["excerpt"])
        for f in expected
    )
    assert sorted(str(r) for r, *_ in shown) == [
        "task.numbering.gap", "text.lost", "text.lost", "unit.unknown"
    ]  # fmt: skip
    assert "1）甲（牵头单位：市<img src=x>局）" in [s[3] for s in shown]  # escaped, shown as text
    assert not root.findall(f".//{H}img")
    for tr in rows:
        link = tr[0].find(f"{H}a")
        assert link is not None
        target = root.find(f".//*[@id='{(link.get('href') or '')[1:]}']")
        assert target is not None
        hit = [text(s) for s in target.iter(f"{H}span") if s.get("class") == "hit"]
        line = int(text(tr[0]).rsplit(":", 1)[1])
        assert len(hit) == 1 and hit[0].lstrip().startswith(f"{line} │ ")
    lost = root.find(".//*[@id='raw-2-14']")  # the real plan is the second file, line 14
    assert lost is not None and "電子社???" in text(lost)


def test_hostile_text_shows_as_text(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(TINY, encoding="utf-8")
    out = tmp_path / "out"
    assert run.export([tmp_path / "plan.txt"], out).report.valid
    page = (out / PAGE).read_text(encoding="utf-8")
    assert "<script" not in page and "<b>平台" not in page
    root = parse(out / PAGE)
    assert not root.findall(f".//{H}script")
    assert [text(b) for b in root.iter(f"{H}b")][:1] == ["2025年"]  # the template's own <b>
    key = [text(tr) for tr in task_key(root).iter(f"{H}tr")]
    assert key[1:] == [f"任务1{HOSTILE}2", "任务2推进数据共享&治理1"]
    assert f"郑州市{HOSTILE}行动方案" in text(section(root, "plan"))
    assert "建成<b>平台</b>。" in text(section(root, "plan"))
    hover = [td.get("title") for td in matrix(root).iter(f"{H}td")]
    assert f"任务1 {HOSTILE}｜市大数据局：牵头" in hover


def test_refresh_with_progress_and_history(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(TINY.replace(HOSTILE, "推进测试"), encoding="utf-8")
    out = tmp_path / "out"
    checked = run.checked([tmp_path / "plan.txt"])
    ledger = run._ledger(checked)
    first = progress_frame(ledger, "2026-06", silent={"government_services"})
    second = progress_frame(ledger, "2026-12", silent=set(), shift=2).with_columns(
        problems=pl.when(pl.col("problems").is_not_null()).then(pl.lit(HOSTILE))
    )
    run.export([tmp_path / "plan.txt"], out)
    run.refresh_overview([tmp_path / "plan.txt"], out, progress=first, history=first)
    root = parse(out / PAGE)
    progress = text(section(root, "progress"))
    assert "工作进展（2026-06）" in progress
    assert "应报送单位 2 个，已报送 1 个，未报送 1 个。" in progress
    assert "未报送：市政务办" in progress
    titles = [svg[0].text for svg in charts_in(root)]
    assert titles[1:] == ["各任务进展（按完成状态）", "各单位报送情况"]  # one round: no trend

    run.refresh_overview(
        [tmp_path / "plan.txt"], out, progress=second, history=pl.concat([first, second])
    )
    root = parse(out / PAGE)
    titles = [svg[0].text for svg in charts_in(root)]
    assert titles[1:] == ["各任务进展（按完成状态）", "各单位报送情况", "各任务历轮进展"]
    issues = [[text(td) for td in tr] for tr in section(root, "issues").iter(f"{H}tr")][1:]
    assert issues == [
        ["任务1 推进测试", "市大数据局", "进度滞后", HOSTILE, "计划0"],
        ["任务2 推进数据共享&治理", "市政务办", "需协调", HOSTILE, "计划2"],
    ]
    assert "<script" not in (out / PAGE).read_text(encoding="utf-8")


def test_charts_per_task_are_not_drawn_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A corpus of plans has thousands of tasks: the matrix and the per-task progress charts
    # become a note pointing to the workbooks.
    monkeypatch.setattr(charts, "MAX_TASKS", 14)
    out = tmp_path / "out"
    assert run.export([REAL], out).report.valid
    checked = run.checked([REAL])
    progress = progress_frame(run._ledger(checked), "2026-12", silent=set())
    run.refresh_overview([REAL], out, progress=progress, history=progress)
    root = parse(out / PAGE)
    titles = [svg[0].text for svg in charts_in(root)]
    assert titles == ["各单位承担任务数（按角色）", "各单位报送情况"]
    notes = [text(p) for p in root.iter(f"{H}p") if p.get("class") == "note"]
    assert notes == [
        "任务 × 单位分工矩阵：共 15 项任务，超过 14 项不绘制此图；"
        "请看 ledger.xlsx 的“分工矩阵”工作表和 assignments.csv。",
        "各任务进展（按完成状态）：共 15 项任务，超过 14 项不绘制此图；"
        "请看 progress.xlsx 的“进度总览”工作表。",
    ]
    key = [text(tr) for tr in task_key(root).iter(f"{H}tr")]
    assert len(key) == 1 + 15  # the task key still lists every task


def test_many_plans_are_one_table_row_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A corpus's page listed a block per plan: 100 plans pushed the counts pages down.
    from pipeline.export import page as page_module

    monkeypatch.setattr(page_module, "PLAN_BLOCKS", 0)
    out = tmp_path / "out"
    assert run.export([REAL], out).report.valid
    plan = section(parse(out / PAGE), "plan")
    rows = [[text(td) for td in tr] for tr in plan.iter(f"{H}tr")]
    assert rows == [
        ["方案", "文号", "成文日期", "印发日期", "发文机关", "重点任务", "源文件"],
        [
            "郑州市数字政府建设行动方案",
            "郑政〔2023〕25号",
            "2023-12-25",
            "2024-01-08",
            "郑州市人民政府",
            "15",
            "zhengzhou-digital-government-action-plan.txt",
        ],
    ]
    assert not plan.findall(f".//{H}dl")
