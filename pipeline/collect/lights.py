"""亮灯: mark each task × unit red, yellow or green from its status and deadline.

The thresholds are data (schemas/lights.toml), checked against the status list when loaded.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from pipeline.errors import CollectError
from pipeline.statuses import Status

NONE, RED, YELLOW, GREEN = "none", "red", "yellow", "green"
#: How the sheets print a light.
LABELS = {RED: "红灯", YELLOW: "黄灯", GREEN: "绿灯", NONE: "未报送"}
_KEYS = ("yellow_within_days", "red_statuses", "yellow_statuses", "done_statuses")


@dataclass(frozen=True, slots=True)
class Lights:
    """When a task × unit is red or yellow (see schemas/lights.toml)."""

    yellow_within_days: int
    red_statuses: tuple[str, ...]
    yellow_statuses: tuple[str, ...]
    done_statuses: tuple[str, ...]

    def rule_text(self) -> str:
        """Return the rule in one line, as the sheets print it."""
        red = "、".join(self.red_statuses)
        yellow = "、".join(self.yellow_statuses)
        done = "、".join(self.done_statuses)
        return (
            f"亮灯规则：红灯 = {red}，或已过完成时限且未{done}；"
            f"黄灯 = {yellow}，或距完成时限不足{self.yellow_within_days}天且未{done}；"
            "其余已报送的为绿灯；未报送的不亮灯。时限按统计截至日期（无则按报送期次月末）计算。"
        )

    def light(self, status: str | None, deadline: date | None, as_of: date | None) -> str:
        """Return the light of one reported task × unit (status None: not given or invalid)."""
        done = status in self.done_statuses
        days = (deadline - as_of).days if deadline and as_of else None
        if status in self.red_statuses or (days is not None and days < 0 and not done):
            return RED
        if status in self.yellow_statuses or (
            days is not None and days <= self.yellow_within_days and not done
        ):
            return YELLOW
        return GREEN


def load_lights(statuses: Sequence[Status], path: Path | None = None) -> Lights:
    """Read and check ``schemas/lights.toml`` (or ``path``) against the status list."""
    source = path if path is not None else files("schemas").joinpath("lights.toml")
    name = Path(str(path) if path is not None else "schemas/lights.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CollectError(f"cannot read the light thresholds: {exc}", path=name) from None
    if sorted(data) != sorted(_KEYS):
        raise CollectError(f"the keys must be exactly {', '.join(_KEYS)}", path=name)
    days = data["yellow_within_days"]
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 366:
        raise CollectError("yellow_within_days must be a whole number 0..366", path=name)
    known = {s.name for s in statuses}
    lists: list[tuple[str, ...]] = []
    for key in _KEYS[1:]:
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CollectError(f"{key} must be a list of statuses", path=name)
        unknown = sorted(set(value) - known)
        if unknown:
            raise CollectError(
                f"{key} names statuses not in schemas/statuses.csv: {'、'.join(unknown)}",
                path=name,
            )
        lists.append(tuple(value))
    return Lights(days, *lists)
