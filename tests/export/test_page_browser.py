"""The overview page in a real browser: Debian's headless Chromium driven by Playwright.

It loads the real plan's page (with two collection rounds) from disk, checks that nothing
fails and nothing is fetched, reads the sections as a person sees them, and saves
screenshots under out/ (index.png at desktop width, index-phone.png at phone width) for a
person to look at. No browser is downloaded: without /usr/bin/chromium the test is skipped
(.ci/run installs it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from pipeline import run
from pipeline.export.page import PAGE
from tests.conftest import REAL, ROOT
from tests.export.progress_rows import progress_frame

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SHOTS = ROOT / "out"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the real plan's index.html after two collection rounds."""
    out = tmp_path_factory.mktemp("browser") / "out"
    result = run.export([REAL], out)
    assert result.report.valid
    ledger = run._ledger(run.checked([REAL]))
    first = progress_frame(ledger, "2026-06", silent={"finance", "big_data", "cpc_organization"})
    second = progress_frame(ledger, "2026-12", silent={"finance", "big_data"}, shift=1)
    run.refresh_overview([REAL], out, progress=second, history=pl.concat([first, second]))
    return out / PAGE


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _open(browser: Any, page_file: Path, width: int) -> tuple[Any, list[str], list[str]]:
    """Open the page at ``width``; return it, the console errors and every URL requested."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri(), wait_until="load")
    return page, errors, requests


def test_page_loads_offline_without_errors(browser: Any, page_file: Path) -> None:
    page, errors, requests = _open(browser, page_file, 1280)
    assert errors == []
    assert requests == [page_file.as_uri()]
    headings = page.locator("section h2").all_inner_texts()
    assert headings == ["方案", "数据概况", "校验结果", "单位任务量", "分工矩阵", "部门台账",
                        "工作进展（2026-12）", "问题清单"]  # fmt: skip
    plan = page.locator("#plan").inner_text()
    assert "郑州市数字政府建设行动方案" in plan and "郑政〔2023〕25号" in plan
    assert page.locator("#counts .count").all_inner_texts()[1:5] == [
        "15\n重点任务", "88\n单位点名", "686\n分工条目", "63\n部门台账"
    ]  # fmt: skip
    assert "未发现问题" in page.locator("#findings").inner_text()
    assert page.locator("#departments a").count() == 63
    assert page.locator("svg > title").all_text_contents() == [
        "各单位承担任务数（按角色）", "各任务进展（按完成状态）", "各单位报送情况", "各任务历轮进展",
    ]  # fmt: skip
    # The matrix is a table: a row per unit, a coloured cell per role, the task on hover.
    assert page.locator("table.matrix tbody tr").count() == 63
    assert page.locator("table.matrix td.role").count() == 686
    lead = page.locator("table.matrix td.lead").first
    assert lead.evaluate("td => getComputedStyle(td).backgroundColor") == "rgb(192, 57, 43)"
    assert "未报送：市大数据局、市财政局" in page.locator("#progress").inner_text()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "index.png"), full_page=True)
    page.close()


def test_page_fits_a_phone_and_prints_a_section_per_page(browser: Any, page_file: Path) -> None:
    page, errors, _ = _open(browser, page_file, 390)
    assert errors == []
    # Wide tables and charts scroll inside their own box; the page itself does not.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(SHOTS / "index-phone.png"), full_page=False)
    page.emulate_media(media="print")
    breaks = page.evaluate(
        "[...document.querySelectorAll('section')].map(s => getComputedStyle(s).breakAfter)"
    )
    assert breaks == ["page"] * 7 + ["auto"]
    page.close()
