from __future__ import annotations

from pipeline.names import name_problems, safe_stem, visible, workbook_names


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


def test_safe_stem_drops_invisible_and_control_characters() -> None:
    assert safe_stem("市大数据\u202exslx.exe") == "市大数据xslx.exe"
    assert safe_stem("市\u200b大\u200d数据局\ufeff") == "市大数据局"
    assert safe_stem("a\x7fb\x85c\x9fd") == "abcd"
    assert safe_stem("a\tb\x00c") == "a_bc"


def test_safe_stem_drops_a_leading_dot_and_trailing_dots() -> None:
    assert safe_stem(".hidden局") == "hidden局"
    assert safe_stem(" . .局. ") == "局"


def test_safe_stem_caps_bytes_on_a_character_boundary() -> None:
    stem = safe_stem("😀" * 81)
    assert (len(stem), len(stem.encode())) == (30, 120)
    assert safe_stem("局" * 81) == "局" * 40  # 3 bytes each: 120 bytes
    assert len(safe_stem("a" * 200)) == 80


def test_safe_stem_avoids_every_reserved_device_name() -> None:
    assert [safe_stem(n) for n in ("COM1", "lpt9.x", "COM0", "COM¹", "CONIN$", "nul ")] == [
        "COM1_",
        "lpt9.x_",
        "COM0_",
        "COM¹_",
        "CONIN$_",
        "nul_",
    ]


def test_name_problems_say_what_is_wrong() -> None:
    assert name_problems("市大数据局") == []
    assert name_problems("市大数据\u202exslx.exe") == [
        "has invisible or control characters (U+202E)"
    ]
    assert name_problems(".局") == ["starts with a dot (a hidden file)"]
    assert name_problems("CON") == ["is a device name Windows reserves"]
    assert name_problems("😀" * 81) == [
        "is 81 characters (324 bytes of UTF-8); at most 80 characters and 120 bytes"
    ]
    assert visible("a\u200bb\x85") == "a\\u200bb\\u0085"
