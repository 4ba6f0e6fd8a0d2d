"""Draw the overview page's charts as inline SVG at build time (Altair, rendered by vl-convert).

Altair declares each chart in Vega-Lite; vl-convert renders it to SVG offline, with no
browser and no network, and gives the same bytes for the same input. The page then holds
plain SVG: nothing is fetched or run when it is viewed. Each SVG gets a ``<title>`` (the
chart's name) and each mark a ``<title>`` holding its description, so a browser shows it
on hover; both are added with an XML library, never by pasting strings.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import altair as alt
import polars as pl
import vl_convert as vlc

FONT = '"SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'
ROLE_ORDER = ("牵头", "责任", "配合")
ROLE_COLOURS = ("#c0392b", "#e67e22", "#5d8aa8")
NOT_REPORTED = "未填报"  # the unit's workbook did not come back
NOT_FILLED = "未填写"  # it came back with 完成状态 empty
_STATUS_COLOURS = ["#2e8b57", "#8cc084", "#f0ad4e", "#d9534f", "#8e6bb8"]
_SVG = "http://www.w3.org/2000/svg"
_GUIDES = {"axis", "legend", "title"}
_ROW = 16  # pixels per bar or matrix row
_CONFIG: dict[str, Any] = {
    "font": FONT,
    "axis": {"labelFontSize": 11, "titleFontSize": 11, "labelLimit": 260},
    "legend": {"labelFontSize": 11, "titleFontSize": 11, "orient": "top"},
    "title": {"fontSize": 14, "anchor": "start"},
    "view": {"stroke": None},
}

ET.register_namespace("", _SVG)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart: its title and its inline SVG, or, when it is not drawn, a note saying why."""

    title: str
    svg: str
    note: str = ""


#: Charts with a column or facet per task are drawn up to this many tasks. Past it (a
#: corpus of plans) a matrix of thousands of columns says nothing, and Vega's renderer
#: runs out of stack on its sort lists; the page says where the data is instead.
MAX_TASKS = 150


def not_drawn(title: str, tasks: int, where: str) -> Chart:
    """Return ``title`` as a note: ``tasks`` tasks are too many to draw; see ``where``."""
    return Chart(title, "", f"共 {tasks} 项任务，超过 {MAX_TASKS} 项不绘制此图；请看{where}。")


def unit_load(units: pl.DataFrame) -> str:
    """Draw tasks per unit, stacked by role, most loaded unit first.

    ``units`` columns: label (unique per unit), lead, responsible, cooperating, tasks.
    """
    long = _by_role(units)
    chart = (
        alt.Chart(_data(long))
        .mark_bar()
        .encode(
            x=alt.X("count:Q", stack="zero", title="任务数", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("label:N", sort=list(units["label"]), title=None),
            color=_role_colour(),
            order=alt.Order("rank:Q"),
            description="text:N",
        )
        .properties(width=420, height=_ROW * max(units.height, 1))
    )
    return _svg(chart, "各单位承担任务数（按角色）")


def matrix(cells: pl.DataFrame, units: list[str], tasks: list[str]) -> str:
    """Draw the task × unit matrix: a cell per assignment, coloured by role.

    ``cells`` columns: label (unit), task (as in ``tasks``), role_label, text (hover text).
    """
    chart = (
        alt.Chart(_data(cells))
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X(
                "task:N",
                sort=tasks,
                title="重点任务（见任务对照）",
                axis=alt.Axis(labelAngle=-45, orient="top"),
            ),
            y=alt.Y("label:N", sort=units, title=None),
            color=_role_colour(),
            description="text:N",
        )
        .properties(width=max(24 * len(tasks), 200), height=_ROW * max(len(units), 1))
    )
    return _svg(chart, "任务 × 单位分工矩阵")


def progress_by_task(counts: pl.DataFrame, statuses: list[str], tasks: list[str]) -> str:
    """Draw per task the owing units stacked by status (未填报 when no return came back).

    ``counts`` columns: task, status, rank, count, text.
    """
    chart = (
        alt.Chart(_data(counts))
        .mark_bar()
        .encode(
            x=alt.X("count:Q", stack="zero", title="单位数", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("task:N", sort=tasks, title=None),
            color=_status_colour(statuses),
            order=alt.Order("rank:Q"),
            description="text:N",
        )
        .properties(width=420, height=_ROW * max(len(tasks), 1))
    )
    return _svg(chart, "各任务进展（按完成状态）")


def progress_by_unit(units: pl.DataFrame) -> str:
    """Draw per unit the tasks it owes, coloured by whether its workbook came back.

    ``units`` columns: label, state (已报送 | 未报送), count, text; rows sorted as drawn.
    """
    chart = (
        alt.Chart(_data(units))
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title="应报任务数", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("label:N", sort=list(units["label"]), title=None),
            color=alt.Color(
                "state:N",
                title="报送情况",
                scale=alt.Scale(domain=["已报送", "未报送"], range=["#2e8b57", "#bbbbbb"]),
            ),
            description="text:N",
        )
        .properties(width=420, height=_ROW * max(units.height, 1))
    )
    return _svg(chart, "各单位报送情况")


def trend(counts: pl.DataFrame, statuses: list[str], rounds: list[str], tasks: list[str]) -> str:
    """Draw per task, across rounds, the owing units stacked by status (small multiples).

    ``counts`` columns: task, round, status, rank, count, text.
    """
    chart = (
        alt.Chart(_data(counts))
        .mark_bar()
        .encode(
            x=alt.X("round:N", sort=rounds, title="轮次", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count:Q", stack="zero", title="单位数", axis=alt.Axis(tickMinStep=1)),
            color=_status_colour(statuses),
            order=alt.Order("rank:Q"),
            description="text:N",
        )
        .properties(width=max(40 * len(rounds), 120), height=110)
        .facet(facet=alt.Facet("task:N", title=None, sort=tasks), columns=3)
    )
    return _svg(chart, "各任务历轮进展")


def _by_role(units: pl.DataFrame) -> pl.DataFrame:
    frames = []
    for rank, (role, label) in enumerate(
        zip(("lead", "responsible", "cooperating"), ROLE_ORDER, strict=True)
    ):
        frames.append(
            units.select(
                "label",
                role_label=pl.lit(label),
                rank=pl.lit(rank),
                count=pl.col(role).cast(pl.Int64),
            )
        )
    long = pl.concat(frames).filter(pl.col("count") > 0)
    return long.with_columns(text=pl.format("{}：{}{}项", "label", "role_label", "count")).sort(
        "label", "rank"
    )


def _role_colour() -> alt.Color:
    return alt.Color(
        "role_label:N",
        title="角色",
        scale=alt.Scale(domain=list(ROLE_ORDER), range=list(ROLE_COLOURS)),
    )


def _status_colour(statuses: list[str]) -> alt.Color:
    """Colour ``statuses`` (best first) green to red, then 未填写 and 未填报 in greys."""
    named = _STATUS_COLOURS[: len(statuses)]
    named += ["#7f7f7f"] * (len(statuses) - len(named))
    return alt.Color(
        "status:N",
        title="完成状态",
        scale=alt.Scale(
            domain=[*statuses, NOT_FILLED, NOT_REPORTED],
            range=[*named, "#b5b5b5", "#e0e0e0"],
        ),
    )


def _svg(chart: alt.Chart | alt.FacetChart, title: str) -> str:
    """Render ``chart`` to SVG with ``title`` as its ``<title>`` and hover text on marks."""
    spec = chart.properties(title=title).configure(**_CONFIG).to_dict()
    root = ET.fromstring(vlc.vegalite_to_svg(spec))
    for mark in root.iter():
        label = mark.get("aria-label")
        kind = mark.get("aria-roledescription")
        if mark.get("role") == "graphics-symbol" and label and kind not in _GUIDES:
            _title(mark, label, first=False)
    _title(root, title, first=True)
    root.set("role", "img")
    root.set("aria-label", title)
    return ET.tostring(root, encoding="unicode")


def _title(element: ET.Element, text: str, *, first: bool) -> None:
    node = ET.Element(f"{{{_SVG}}}title")
    node.text = text
    if first:
        element.insert(0, node)
    else:
        element.append(node)


def _data(frame: pl.DataFrame) -> alt.InlineData:
    return alt.InlineData(values=frame.to_dicts())
