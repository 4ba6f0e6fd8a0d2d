"""Draw the overview page's bar charts as inline SVG at build time, with pygal.

pygal draws a chart in Python: no browser, no JavaScript runtime, no network, and the
same bytes for the same input once its chart id (random by default) is fixed. The page
then holds plain SVG: nothing is fetched or run when it is viewed. What pygal adds for
its own script (the script, its dated comment, the tooltips' ``<desc>`` elements) is taken
out with an XML library, and each SVG gets a ``<title>`` (the chart's name) and each bar a
``<title>`` holding its description, which a browser shows on hover.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import polars as pl
import pygal
from pygal.style import Style

from pipeline.model import Role

FONT = '"SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'
ROLE_COLOURS = ("#c0392b", "#e67e22", "#5d8aa8")  # lead, responsible, cooperating
NOT_REPORTED = "未填报"  # the unit's workbook did not come back
NOT_FILLED = "未填写"  # it came back with 完成状态 empty
_STATUS_COLOURS = ["#2e8b57", "#8cc084", "#f0ad4e", "#d9534f", "#8e6bb8"]
_STATE_COLOURS = {"已报送": "#2e8b57", "未报送": "#bbbbbb"}
_SVG = "http://www.w3.org/2000/svg"
_ROW = 16  # pixels per bar
_LABEL = 11  # pixels: axis labels and legend
_STYLE = {
    "font_family": FONT,
    "background": "white",
    "plot_background": "white",
    "foreground": "#333333",
    "foreground_strong": "#111111",
    "foreground_subtle": "#777777",
    "label_font_size": _LABEL,
    "major_label_font_size": _LABEL,
    "legend_font_size": _LABEL,
    "title_font_size": 14,
    "guide_stroke_dasharray": "1,3",
    "major_guide_stroke_dasharray": "1,3",
    "guide_stroke_color": "#999999",
    "major_guide_stroke_color": "#999999",
    "opacity": "1",
    "opacity_hover": ".8",
    "transition": "0ms",
}

ET.register_namespace("", _SVG)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart: its title and its inline SVG, or, when it is not drawn, a note saying why."""

    title: str
    svg: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    """One colour of bars: its name, colour, and per category a (value, hover text) or None."""

    name: str
    colour: str
    values: tuple[tuple[int, str] | None, ...]


#: Charts with a bar per task are drawn up to this many tasks. Past it (a corpus of plans)
#: thousands of bars say nothing; the page says where the data is instead.
MAX_TASKS = 150


def not_drawn(title: str, tasks: int, where: str) -> Chart:
    """Return ``title`` as a note: ``tasks`` tasks are too many to draw; see ``where``."""
    return Chart(title, "", f"共 {tasks} 项任务，超过 {MAX_TASKS} 项不绘制此图；请看{where}。")


def unit_load(units: pl.DataFrame) -> str:
    """Draw tasks per unit, stacked by role, most loaded unit first.

    ``units`` columns: label (unique per unit), lead, responsible, cooperating, tasks.
    """
    labels = list(units["label"])
    series = [
        Series(
            role.label,
            colour,
            tuple(
                (count, f"{label}：{role.label}{count}项") if count else None
                for label, count in zip(labels, units[role.value], strict=True)
            ),
        )
        for role, colour in zip(Role, ROLE_COLOURS, strict=True)
    ]
    return _across("各单位承担任务数（按角色）", labels, series, "unit-load", "任务数")


def progress_by_task(counts: pl.DataFrame, statuses: list[str], tasks: list[str]) -> str:
    """Draw per task the owing units stacked by status (未填报 when no return came back).

    ``counts`` columns: task, status, rank, count, text.
    """
    series = _by_status(counts, statuses, tasks)
    return _across("各任务进展（按完成状态）", tasks, series, "progress-tasks", "单位数")


def progress_by_unit(units: pl.DataFrame) -> str:
    """Draw per unit the tasks it owes, coloured by whether its workbook came back.

    ``units`` columns: label, state (已报送 | 未报送), count, text; rows sorted as drawn.
    """
    rows = list(units.select("state", "count", "text").iter_rows())
    series = [
        Series(
            state,
            colour,
            tuple((count, text) if s == state else None for s, count, text in rows),
        )
        for state, colour in _STATE_COLOURS.items()
    ]
    return _across("各单位报送情况", list(units["label"]), series, "progress-units", "应报任务数")


def trend(counts: pl.DataFrame, statuses: list[str], rounds: list[str], tasks: list[str]) -> str:
    """Draw per task and round the owing units stacked by status, rounds side by side.

    ``counts`` columns: task, round, status, rank, count, text.
    """
    keyed = counts.with_columns(task=pl.format("{} {}", "task", "round"))
    columns = [f"{task} {round_}" for task in tasks for round_ in rounds]
    options = _options(
        width=max(28 * len(columns), 240) + 120,
        height=320,
        x_label_rotation=-45,
        show_x_guides=False,
        y_title="单位数",
    )
    series = _by_status(keyed, statuses, columns)
    return _drawn(pygal.StackedBar, options, "各任务历轮进展", columns, series, "trend")


def status_domain(statuses: list[str]) -> list[str]:
    """Return every status a chart colours: ``statuses`` (best first), 未填写, 未填报."""
    return [*statuses, NOT_FILLED, NOT_REPORTED]


def _by_status(counts: pl.DataFrame, statuses: list[str], keys: list[str]) -> list[Series]:
    """Return a series per status (best first, then 未填写 and 未填报) over ``keys``."""
    rows = counts.select("task", "status", "count", "text").iter_rows()
    found = {(task, status): (count, text) for task, status, count, text in rows}
    return [
        Series(status, colour, tuple(found.get((key, status)) for key in keys))
        for status, colour in zip(status_domain(statuses), _status_colours(statuses), strict=True)
    ]


def _status_colours(statuses: list[str]) -> list[str]:
    """Colour ``statuses`` (best first) green to red, then 未填写 and 未填报 in greys."""
    named = _STATUS_COLOURS[: len(statuses)]
    named += ["#7f7f7f"] * (len(statuses) - len(named))
    return [*named, "#b5b5b5", "#e0e0e0"]


def _across(title: str, labels: list[str], series: list[Series], name: str, axis: str) -> str:
    """Draw a bar across per label, the series stacked, the first label on top."""
    options = _options(
        width=640,
        height=_ROW * max(len(labels), 1) + 110,
        # pygal sizes labels at 0.6 em a character; a Chinese character takes 1 em.
        margin_left=round(0.4 * _LABEL * max((_wide(label) for label in labels), default=0)),
        show_y_guides=False,
        x_title=axis,
    )
    # pygal draws the first category at the bottom: give it the labels bottom up.
    flipped = [Series(s.name, s.colour, s.values[::-1]) for s in series]
    return _drawn(pygal.HorizontalStackedBar, options, title, labels[::-1], flipped, name)


def _options(**config: Any) -> dict[str, Any]:
    """Return pygal's options in the page's look, with ``config`` on top."""
    return {
        "js": [],
        "disable_xml_declaration": True,
        "truncate_label": -1,
        "truncate_legend": -1,
        "legend_box_size": _LABEL,
        "spacing": 8,
        "legend_at_bottom": True,
        "print_values": False,
        "no_data_text": "暂无数据",
        "min_scale": 1,
        "max_scale": 10,
        "value_formatter": lambda value: f"{value:g}",
        **config,
    }


def _drawn(
    kind: Any,
    options: dict[str, Any],
    title: str,
    labels: list[str],
    series: list[Series],
    name: str,
) -> str:
    """Draw a pygal chart of ``kind`` with ``series`` over ``labels`` as inline SVG."""
    style = Style(**_STYLE, colors=tuple(s.colour for s in series))
    chart = kind(style=style, title=title, legend_at_bottom_columns=len(series), **options)
    chart.x_labels = labels
    for one in series:
        chart.add(
            one.name,
            [None if v is None else {"value": v[0], "label": v[1]} for v in one.values],
        )
    chart.uuid = name  # pygal's chart id is a random uuid4 otherwise: bytes would differ
    return _svg(chart.render(is_unicode=True), title)


def _svg(text: str, title: str) -> str:
    """Return pygal's SVG ``text`` without its script, with titles for the chart and bars."""
    root = ET.fromstring(text)  # the parser drops pygal's comment, which carries the date
    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag.removeprefix(f"{{{_SVG}}}")
            if tag == "script" or (tag == "title" and parent is root):
                parent.remove(child)
            elif tag == "desc":
                if child.get("class") == "label" and child.text:
                    _title(parent, child.text, first=False)
                parent.remove(child)
            elif tag == "title" and "guides" in (parent.get("class") or ""):
                parent.remove(child)  # the axis value under a guide line, not a bar's
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


def _wide(label: str) -> int:
    """Return how many characters of ``label`` print a full em wide (Chinese, full-width)."""
    return sum(unicodedata.east_asian_width(char) in "WF" for char in label)
