from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from pipeline.columns import names
from pipeline.errors import RegistryError
from pipeline.registry.lookup import (
    ALIAS,
    DIRECT,
    UNITS_FRAME,
    Collective,
    Registry,
    Unit,
    load_registry,
    normalise,
    registry_files,
)
from schemas.registry import UnitsSchema
from schemas.unit_vocabulary import Category

PLAN_DATE = date(2024, 1, 8)
UNITS_HEADER = (
    "unit_id,name,short_name,aliases,category,category_zh,confidence,"
    "valid_from,valid_to,successor,note,source\n"
)
COLLECTIVES_HEADER = "collective_id,phrase,variants,members,confidence,note\n"
TINY_UNITS = (
    "alpha,郑州市甲局,市甲局,市甲委,government_department,政府工作部门,confirmed,,,,,\n"
    "beta,郑州市乙局,市乙局,,government_department,政府工作部门,partial,,,,,\n"
)
TINY_COLLECTIVES = "all_depts,市政府各部门,,alpha|beta,confirmed,\n"

# Every unit mention of the real plan, after cleaning to simplified Chinese.
REAL_MENTIONS = (
    "市新型智慧城市运行中心", "市委组织部", "市委社治委", "市委政法委", "市委编办", "市民政局",
    "市城管局", "市公安局", "市大数据局", "各开发区管委会", "各区县〔市〕人民政府",
    "市政府各部门", "市应急局", "市商务局", "市市场发展中心", "市政务办", "市卫健委",
    "市教育局", "市住房保障局", "市人社局", "市委办公厅", "市司法局", "市委机要保密局",
    "市委网信办", "市发展改革委", "市科技局", "市工信局", "市城建局", "市农委",
)  # fmt: skip


def write_registry(
    folder: Path, units: str = TINY_UNITS, collectives: str = TINY_COLLECTIVES
) -> Path:
    """Write a tiny registry (units.csv and collectives.csv) into ``folder``; return units.csv."""
    (folder / "units.csv").write_text(UNITS_HEADER + units, encoding="utf-8")
    (folder / "collectives.csv").write_text(COLLECTIVES_HEADER + collectives, encoding="utf-8")
    return folder / "units.csv"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def test_packaged_registry_counts(registry: Registry) -> None:
    counts = Counter(u.category.value for u in registry.units)
    assert counts == {
        "party_organ": 19,
        "government_department": 39,
        "public_institution": 3,
        "district": 6,
        "county_level_city": 5,
        "county": 1,
        "development_zone": 5,
        "other": 5,
    }
    assert [c.collective_id for c in registry.collectives] == [
        "development_zone_committees",
        "district_governments",
        "government_departments",
    ]
    assert len(registry.sha256) == 64


def test_rows_are_grouped_by_category_in_vocabulary_order(registry: Registry) -> None:
    order = list(Category)
    ranks = [order.index(u.category) for u in registry.units]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize("mention", REAL_MENTIONS)
def test_every_mention_of_the_real_plan_resolves(registry: Registry, mention: str) -> None:
    result = registry.resolve(mention, PLAN_DATE)
    assert result.resolved
    assert result.units


@pytest.mark.parametrize(
    ("mention", "unit_id", "name"),
    [
        ("市委社治委", "cpc_community_governance", "中共郑州市委城乡社区发展治理委员会"),
        ("市农委", "agriculture_rural", "郑州市农业农村工作委员会"),
        ("市城建局", "urban_rural_construction", "郑州市城乡建设局"),
        ("市政务办", "government_services", "郑州市政务服务办公室"),
        ("市新型智慧城市运行中心", "smart_city_center", "郑州市新型智慧城市运行中心"),
        ("市大数据局", "big_data", "郑州市大数据管理局"),
        ("市住房保障局", "housing_security", "郑州市住房保障和房地产管理局"),
    ],
)
def test_trap_names_resolve_to_the_checked_full_names(
    registry: Registry, mention: str, unit_id: str, name: str
) -> None:
    result = registry.resolve(mention, PLAN_DATE)
    assert [(u.unit_id, u.name) for u in result.units] == [(unit_id, name)]
    assert result.via == DIRECT


@pytest.mark.parametrize(
    ("phrase", "collective_id", "count"),
    [
        ("各开发区管委会", "development_zone_committees", 4),
        ("各开发区管理委员会", "development_zone_committees", 4),
        ("各区县〔市〕人民政府", "district_governments", 12),
        ("各区县（市）人民政府", "district_governments", 12),
        ("各县（市、区）人民政府", "district_governments", 12),
        ("各区县市政府", "district_governments", 12),
        ("市政府各部门", "government_departments", 38),
        ("市人民政府各部门", "government_departments", 38),
    ],
)
def test_expansion_counts_equal_the_membership(
    registry: Registry, phrase: str, collective_id: str, count: int
) -> None:
    result = registry.resolve(phrase, PLAN_DATE)
    assert result.collective is not None
    assert result.collective.collective_id == collective_id
    assert result.via == phrase
    members = [registry.unit(m) for m in result.collective.members]
    assert [u.unit_id for u in result.units] == [
        u.unit_id for u in members if u.valid_on(PLAN_DATE)
    ]
    assert len(result.units) == count


def test_expansion_follows_the_reform_date(registry: Registry) -> None:
    def ids(on: date | None) -> set[str]:
        return {u.unit_id for u in registry.resolve("市政府各部门", on).units}

    defence = {"civil_air_defense", "national_defense_mobilization"}
    assert ids(date(2023, 6, 1)) & defence == {"civil_air_defense"}
    assert ids(PLAN_DATE) & defence == {"national_defense_mobilization"}
    assert ids(None) & defence == {"national_defense_mobilization"}
    assert len(ids(date(2023, 6, 1))) == len(ids(PLAN_DATE)) == 38


@pytest.mark.parametrize(
    ("mention", "on", "unit_id", "via"),
    [
        ("市人防办", date(2023, 6, 1), "civil_air_defense", DIRECT),
        ("市人防办", PLAN_DATE, "national_defense_mobilization", ALIAS),
        ("市人防办", None, "national_defense_mobilization", ALIAS),
        ("市国动办", PLAN_DATE, "national_defense_mobilization", DIRECT),
        ("市城建委", PLAN_DATE, "urban_rural_construction", ALIAS),
        ("市卫计委", PLAN_DATE, "health", ALIAS),
        ("市发改委", PLAN_DATE, "development_reform", ALIAS),
        ("郑州市大数据局", PLAN_DATE, "big_data", ALIAS),
        ("市 大数据局", PLAN_DATE, "big_data", ALIAS),
        ("郑州市大数据管理局", PLAN_DATE, "big_data", DIRECT),
        ("中原区人民政府", PLAN_DATE, "zhongyuan_district", ALIAS),
        ("郑州经开区管委会", PLAN_DATE, "economic_development_zone", DIRECT),
        ("中共郑州市委政法委员会", PLAN_DATE, "cpc_political_legal", DIRECT),
        ("郑州市委政法委", PLAN_DATE, "cpc_political_legal", ALIAS),
    ],
)
def test_names_renames_aliases_and_normalised_forms(
    registry: Registry, mention: str, on: date | None, unit_id: str, via: str
) -> None:
    result = registry.resolve(mention, on)
    assert ([u.unit_id for u in result.units], result.via) == ([unit_id], via)


def test_unknown_mention_offers_the_closest_units(registry: Registry) -> None:
    result = registry.resolve("市大数据管理局局", PLAN_DATE)
    assert not result.resolved
    assert result.units == ()
    assert result.suggestions == ("市大数据局 (郑州市大数据管理局)",)
    assert result.message == "市大数据管理局局: did you mean 市大数据局 (郑州市大数据管理局)?"


def test_unknown_mention_without_anything_similar(registry: Registry) -> None:
    result = registry.resolve("市直各有关单位", PLAN_DATE)
    assert (result.resolved, result.suggestions) == (False, ())
    assert result.message == "市直各有关单位: unknown unit, nothing similar in the registry"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("各区县〔市〕人民政府", "各区县(市)政府"),
        ("中共郑州市委办公厅", "委办公厅"),
        ("郑州市市场发展中心", "市场发展中心"),
        ("市 大数据局", "大数据局"),
        ("郑州市郑东新区管理委员会", "郑东新区管委会"),
    ],
)
def test_normalise(text: str, key: str) -> None:
    assert normalise(text, "郑州") == key


def test_find_and_describe(registry: Registry) -> None:
    assert isinstance(registry.find("big_data"), Unit)
    assert isinstance(registry.find("各开发区管委会"), Collective)
    assert registry.find("市戊局") is None
    fields = dict(registry.describe("市人防办"))
    assert fields["unit_id"] == "civil_air_defense"
    assert fields["valid_to"] == "2023-12-31"
    assert fields["successor"] == "市国动办 (郑州市国防动员办公室)"
    assert fields["member_of"] == "市人民政府各部门"
    with pytest.raises(RegistryError, match="did you mean 市大数据局"):
        registry.describe("市大数据管理局局")


def test_units_frame(registry: Registry) -> None:
    frame = registry.units_frame()
    assert frame.schema == UNITS_FRAME
    assert frame.columns == names(UnitsSchema)
    assert frame.height == 83
    row = frame.filter(pl.col("unit_id") == "civil_air_defense").row(0, named=True)
    assert row == {
        "unit_id": "civil_air_defense",
        "name": "郑州市人民防空办公室",
        "short_name": "市人防办",
        "aliases": None,
        "category": "government_department",
        "category_zh": "政府工作部门",
        "confidence": "partial",
        "valid_from": None,
        "valid_to": "2023-12-31",
        "successor": "national_defense_mobilization",
        "note": row["note"],
        "source": row["source"],
    }


def test_registry_files_convention(tmp_path: Path) -> None:
    agency = tmp_path / "beijing_units.csv"
    assert registry_files(agency) == (agency, tmp_path / "beijing_collectives.csv")
    assert registry_files(tmp_path) == (tmp_path / "units.csv", tmp_path / "collectives.csv")
    other = tmp_path / "registry.csv"
    assert registry_files(other) == (other, tmp_path / "collectives.csv")


def test_tiny_registry_loads(tmp_path: Path) -> None:
    registry = load_registry(write_registry(tmp_path))
    assert [u.unit_id for u in registry.units] == ["alpha", "beta"]
    assert registry.unit("alpha").aliases == ("市甲委",)
    assert registry.source == str(tmp_path / "units.csv")


def _refusal(tmp_path: Path, units: str = TINY_UNITS, collectives: str = TINY_COLLECTIVES) -> str:
    path = write_registry(tmp_path, units, collectives)
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    return str(caught.value)


def test_duplicate_alias_is_refused(tmp_path: Path) -> None:
    units = TINY_UNITS + "gamma,郑州市丙局,市丙局,市甲委,other,其他,confirmed,,,,,\n"
    assert _refusal(tmp_path, units) == (
        f"{tmp_path / 'units.csv'}:4: alias 市甲委 is already the alias of alpha (units.csv:2)"
        " — see docs/registry.md"
    )


def test_alias_equal_to_another_units_name_is_refused(tmp_path: Path) -> None:
    units = TINY_UNITS + "gamma,郑州市丙局,市丙局,郑州市乙局,other,其他,confirmed,,,,,\n"
    assert _refusal(tmp_path, units).endswith(
        ":4: alias 郑州市乙局 is already the name of beta (units.csv:3) — see docs/registry.md"
    )


def test_forms_alike_once_normalised_are_refused(tmp_path: Path) -> None:
    units = TINY_UNITS + "gamma,郑州市丙局,市丙局,郑州市 乙局,other,其他,confirmed,,,,,\n"
    assert _refusal(tmp_path, units).endswith(
        ":4: alias 郑州市 乙局 reads as 郑州市乙局 of beta once normalised — see docs/registry.md"
    )


def test_dangling_collective_member_is_refused(tmp_path: Path) -> None:
    collectives = "all_depts,市政府各部门,,alpha|beta|gamma,confirmed,\n"
    assert _refusal(tmp_path, collectives=collectives) == (
        f"{tmp_path / 'collectives.csv'}:2: member gamma of all_depts is not a unit_id"
        " in the units file — see docs/registry.md"
    )


def test_successor_cycle_is_refused(tmp_path: Path) -> None:
    units = (
        "alpha,郑州市甲局,市甲局,,other,其他,confirmed,,2020-01-01,beta,,\n"
        "beta,郑州市乙局,市乙局,,other,其他,confirmed,,2021-01-01,alpha,,\n"
    )
    message = _refusal(tmp_path, units, "")
    assert message == (
        f"{tmp_path / 'units.csv'}: 2 problems in the registry (see docs/registry.md):\n"
        "  units.csv:2: successor beta leads back to alpha (a successor cycle)\n"
        "  units.csv:3: successor alpha leads back to beta (a successor cycle)"
    )


def test_schema_failures_are_collected_with_their_lines(tmp_path: Path) -> None:
    units = (
        "Alpha,郑州市甲局,市甲局,,bureau,政府工作部门,sure,2024-02-30,,,,\n"
        "beta,郑州市乙局,市乙局,,government_department,其他,partial,,,ghost,,\n"
        "beta,郑州市丙局,,,government_department,政府工作部门,partial,,,,,\n"
    )
    message = _refusal(tmp_path, units, "")
    assert message.splitlines() == [
        f"{tmp_path / 'units.csv'}: 9 problems in the registry (see docs/registry.md):",
        "  units.csv:2: unit_id Alpha does not match ^[a-z][a-z0-9_]*$",
        "  units.csv:2: category bureau is not one of party_organ, government_department,"
        " public_institution, district, county_level_city, county, development_zone, other",
        "  units.csv:2: confidence sure is not one of confirmed, partial, unconfirmed",
        "  units.csv:2: valid_from 2024-02-30 is not a date (YYYY-MM-DD)",
        "  units.csv:3: unit_id beta appears on more than one row",
        "  units.csv:3: category_zh is not the Chinese name of category",
        "  units.csv:3: a unit with a successor needs valid_to",
        "  units.csv:4: unit_id beta appears on more than one row",
        "  units.csv:4: short_name is empty",
    ]


def test_missing_column_is_refused_at_the_header(tmp_path: Path) -> None:
    (tmp_path / "units.csv").write_text("unit_id,name\nalpha,郑州市甲局\n", encoding="utf-8")
    (tmp_path / "collectives.csv").write_text(COLLECTIVES_HEADER, encoding="utf-8")
    with pytest.raises(RegistryError) as caught:
        load_registry(tmp_path / "units.csv")
    assert caught.value.line == 1
    assert caught.value.message.startswith("expected the columns unit_id, name, short_name")
    assert caught.value.message.endswith(
        "; missing " + UNITS_HEADER.strip()[13:].replace(",", ", ")
    )


def test_ragged_row_and_bad_encoding_are_refused(tmp_path: Path) -> None:
    write_registry(tmp_path, TINY_UNITS + "gamma,郑州市丙局\n")
    with pytest.raises(RegistryError) as caught:
        load_registry(tmp_path / "units.csv")
    assert (caught.value.line, caught.value.message) == (4, "expected 12 fields, found 2")
    (tmp_path / "units.csv").write_bytes((UNITS_HEADER + "alpha,").encode() + "甲".encode("gbk"))
    with pytest.raises(RegistryError) as caught:
        load_registry(tmp_path / "units.csv")
    assert (caught.value.line, caught.value.message) == (2, "not UTF-8 text")


def test_missing_collectives_file_is_refused(tmp_path: Path) -> None:
    path = write_registry(tmp_path)
    (tmp_path / "collectives.csv").unlink()
    with pytest.raises(RegistryError, match="cannot read the registry file"):
        load_registry(path)
