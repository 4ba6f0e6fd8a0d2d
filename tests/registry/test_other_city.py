"""A plan from another city runs with that city's registry: the city prefix is registry data."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.registry.lookup import city_of, load_registry, normalise

HEADER = "unit_id,name,short_name,aliases,category,category_zh,confidence,valid_from,valid_to,successor,note,source\n"
UNITS = HEADER + (
    "finance,江口市财政局,市财政局,,government_department,政府工作部门,partial,,,,,\n"
    "tax,国家税务总局江口市税务局,市税务局,,other,其他,partial,,,,,\n"
    "ndrc,江口市发展和改革委员会,市发展改革委,,government_department,政府工作部门,partial,,,,,\n"
)
COLLECTIVES = "collective_id,phrase,variants,members,confidence,note\n"
PLAN = """江口市人民政府关于印发江口市测试方案的通知
《江口市测试方案》
1.推进预算改革。
牵头单位：江口市财政局。
责任单位：市税务局。
2.扩大有效投资。（市发展改革委牵头，市财政局配合）
"""


def other_city(tmp_path: Path) -> Path:
    (tmp_path / "other_units.csv").write_text(UNITS, encoding="utf-8")
    (tmp_path / "other_collectives.csv").write_text(COLLECTIVES, encoding="utf-8")
    return tmp_path / "other_units.csv"


def test_the_city_is_what_most_full_names_start_with(tmp_path: Path) -> None:
    assert load_registry().city == "郑州"
    assert load_registry(other_city(tmp_path)).city == "江口"
    assert city_of(["中共江口市委办公室", "江口市财政局", "郑州市财政局"]) == "江口"
    assert city_of(["市财政局"]) == ""
    assert normalise("江口市财政局", "江口") == normalise("市财政局", "江口") == "财政局"


def test_a_plan_of_another_city_validates_with_its_registry(tmp_path: Path) -> None:
    registry = other_city(tmp_path)
    plan = tmp_path / "jiangkou.txt"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(plan), "--registry", str(registry)])
    assert result.exit_code == 0, result.output
    zhengzhou = CliRunner().invoke(main, ["validate", str(plan)])
    assert zhengzhou.exit_code == 1
    assert "unit.unknown" in zhengzhou.output
