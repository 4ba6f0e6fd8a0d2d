from __future__ import annotations

from pipeline.export.names import safe_stem, workbook_names


def test_safe_stem_replaces_what_windows_forbids() -> None:
    assert safe_stem('市委/市政府:督查*室?"<>|') == "市委_市政府_督查_室_____"
    assert safe_stem("  市大数据局. . ") == "市大数据局"
    assert safe_stem("a\tb") == "a_b"


def test_safe_stem_avoids_reserved_device_names() -> None:
    assert safe_stem("CON") == "CON_"
    assert safe_stem("com1.局") == "com1.局_"
    assert safe_stem("CONSOLE") == "CONSOLE"


def test_names_are_short_names_suffixed_only_on_a_clash() -> None:
    units = [("big_data", "市大数据局"), ("a", "甲局"), ("b", "甲局"), ("c", "Abc"), ("d", "abc")]
    assert workbook_names(units) == [
        "市大数据局.xlsx",
        "甲局_a.xlsx",
        "甲局_b.xlsx",
        "Abc_c.xlsx",
        "abc_d.xlsx",
    ]


def test_an_empty_short_name_falls_back_to_the_unit_id() -> None:
    assert workbook_names([("x1", "///"), ("x2", "")]) == ["___.xlsx", "x2.xlsx"]
