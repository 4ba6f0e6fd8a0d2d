from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.registry.lookup import load_registry
from tests.registry.test_lookup import TINY_UNITS, write_registry


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_list_by_category() -> None:
    code, out, err = _run(
        "units", "list", "--category", "county", "--category", "county_level_city"
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "gongyi_city\t巩义市政府\t巩义市人民政府\tcounty_level_city\tconfirmed",
        "xingyang_city\t荥阳市政府\t荥阳市人民政府\tcounty_level_city\tconfirmed",
        "xinmi_city\t新密市政府\t新密市人民政府\tcounty_level_city\tconfirmed",
        "xinzheng_city\t新郑市政府\t新郑市人民政府\tcounty_level_city\tconfirmed",
        "dengfeng_city\t登封市政府\t登封市人民政府\tcounty_level_city\tconfirmed",
        "zhongmou_county\t中牟县政府\t中牟县人民政府\tcounty\tconfirmed",
    ]


def test_list_everything_equals_the_library() -> None:
    code, out, _ = _run("units", "list")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == [
        u.unit_id for u in load_registry().units
    ]


def test_unknown_category_is_a_usage_error() -> None:
    code, _, err = _run("units", "list", "--category", "bureau")
    assert code == 2
    assert "Invalid value for '--category': 'bureau' is not one of" in err


def test_show_a_unit() -> None:
    code, out, _ = _run("units", "show", "市农委")
    assert code == 0
    assert out.splitlines()[:6] == [
        "unit_id: agriculture_rural",
        "name: 郑州市农业农村工作委员会",
        "short_name: 市农委",
        "category: government_department (政府工作部门)",
        "confidence: confirmed",
        "member_of: 市人民政府各部门",
    ]


def test_show_a_collective() -> None:
    code, out, _ = _run("units", "show", "各开发区管委会")
    assert code == 0
    assert out.splitlines()[:5] == [
        "collective_id: development_zone_committees",
        "phrase: 各开发区管委会",
        "variants: 各开发区管理委员会",
        "confidence: partial",
        "members: 4 today: 郑州航空港区管委会、郑东新区管委会、郑州经开区管委会、郑州高新区管委会",
    ]


def test_show_unknown_is_exit_1_with_suggestions() -> None:
    code, out, err = _run("units", "show", "市大数据管理局局")
    assert (code, out) == (1, "")
    assert err == "error: 市大数据管理局局: did you mean 市大数据局 (郑州市大数据管理局)?\n"


def test_resolve_prints_units_and_collective_members() -> None:
    code, out, err = _run(
        "units", "resolve", "市人防办", "市城建委", "各开发区管委会", "--on", "2024-01-08"
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "市人防办\tnational_defense_mobilization\t郑州市国防动员办公室\t市国动办\talias",
        "市城建委\turban_rural_construction\t郑州市城乡建设局\t市城建局\talias",
        "各开发区管委会\tairport_zone\t郑州航空港经济综合实验区管理委员会\t郑州航空港区管委会\t各开发区管委会",
        "各开发区管委会\tzhengdong_new_district\t郑州市郑东新区管理委员会\t郑东新区管委会\t各开发区管委会",
        "各开发区管委会\teconomic_development_zone\t郑州经济技术开发区管理委员会\t郑州经开区管委会\t各开发区管委会",
        "各开发区管委会\thigh_tech_zone\t郑州高新技术产业开发区管理委员会\t郑州高新区管委会\t各开发区管委会",
    ]  # fmt: skip


def test_resolve_before_the_rename() -> None:
    code, out, _ = _run("units", "resolve", "市人防办", "--on", "2023-06-01")
    assert (code, out) == (
        0,
        "市人防办\tcivil_air_defense\t郑州市人民防空办公室\t市人防办\tdirect\n",
    )


def test_resolve_unknown_is_exit_1_and_still_prints_the_others() -> None:
    code, out, err = _run("units", "resolve", "市大数据管理局局", "市大数据局")
    assert code == 1
    assert out == "市大数据局\tbig_data\t郑州市大数据管理局\t市大数据局\tdirect\n"
    assert err == "error: 市大数据管理局局: did you mean 市大数据局 (郑州市大数据管理局)?\n"


def test_resolve_bad_date_is_a_usage_error() -> None:
    code, _, _ = _run("units", "resolve", "市大数据局", "--on", "2024-13-01")
    assert code == 2


def test_agency_registry(tmp_path: Path) -> None:
    path = write_registry(tmp_path)
    code, out, _ = _run("units", "resolve", "市甲委", "--registry", str(path))
    assert (code, out) == (0, "市甲委\talpha\t郑州市甲局\t市甲局\talias\n")


@pytest.mark.parametrize("command", [["list"], ["show", "市甲局"], ["resolve", "市甲局"]])
def test_broken_agency_registry_is_one_clear_error(tmp_path: Path, command: list[str]) -> None:
    units = TINY_UNITS + "gamma,郑州市丙局,市丙局,市甲委,other,其他,confirmed,,,,,\n"
    path = write_registry(tmp_path, units)
    code, out, err = _run("units", *command, "--registry", str(path))
    assert (code, out) == (1, "")
    assert err == (
        f"error: {path}:4: alias 市甲委 is already the alias of alpha (units.csv:2)"
        " — see docs/registry.md\n"
    )


@pytest.mark.parametrize("command", ["list", "show", "resolve"])
def test_every_units_command_has_help(command: str) -> None:
    code, out, _ = _run("units", command, "--help")
    assert code == 0
    assert "Example: pipeline units" in out
