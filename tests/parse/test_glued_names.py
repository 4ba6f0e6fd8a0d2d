"""Units printed with nothing between them (pipeline/parse/glued_names.py)."""

from __future__ import annotations

from tests.parse.test_parser import HEAD, parse_text, units


def test_a_glued_pair_the_plan_names_apart_is_two_units_each_with_its_span() -> None:
    text = (
        HEAD + "1.办好讲座。（责任单位：文化股、文化馆）\n2.送戏下乡。（责任单位：文化股文化馆）\n"
    )
    doc = parse_text(text)
    assert units(doc.tasks[1]) == ([], ["文化股", "文化馆"], [])
    first, second = doc.tasks[1].responsible
    assert text[first.location.start : first.location.end] == "文化股"
    assert text[second.location.start : second.location.end] == "文化馆"
    assert (first.position, second.position) == (1, 2)
    assert second.location.column == first.location.column + 3


def test_a_glued_name_the_plan_never_names_apart_stays_as_printed() -> None:
    text = HEAD + "1.办好讲座。（责任单位：文化股）\n2.送戏下乡。（责任单位：文化股文化馆）\n"
    assert units(parse_text(text).tasks[1]) == ([], ["文化股文化馆"], [])


def test_a_part_the_list_already_names_is_not_named_twice() -> None:
    text = (
        HEAD
        + "1.办好讲座。（责任单位：文化股、文化馆）\n2.送戏下乡。（责任单位：文化股、文化股文化馆）\n"
    )
    assert units(parse_text(text).tasks[1]) == ([], ["文化股", "文化馆"], [])
