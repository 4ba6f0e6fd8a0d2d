from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.errors import ExportError
from pipeline.export.reporting import Reporting, reporting_of, valid_round
from pipeline.model import Document
from pipeline.run import extract
from tests.conftest import REAL


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract([REAL])[0]


def test_nothing_given_means_no_round(doc: Document) -> None:
    assert reporting_of([doc]) == Reporting("", None)


def test_the_sidecar_gives_the_round_and_the_options_beat_it(doc: Document) -> None:
    side = replace(doc, reporting_round="2026-06", reporting_due=date(2026, 6, 30))
    assert reporting_of([side]) == Reporting("2026-06", date(2026, 6, 30))
    assert reporting_of([side], round_="2026-12", due=date(2026, 12, 25)) == Reporting(
        "2026-12", date(2026, 12, 25)
    )


def test_sidecars_that_disagree_need_the_option(doc: Document) -> None:
    a = replace(doc, doc_id="a", reporting_round="2026-06")
    b = replace(doc, doc_id="b", reporting_round="2026-12")
    with pytest.raises(ExportError, match=r"different reporting rounds \(a: 2026-06; b: 2026-12\)"):
        reporting_of([a, b])
    assert reporting_of([a, b], round_="2026-12").round == "2026-12"


def test_a_sidecar_round_that_is_no_month_is_refused(doc: Document) -> None:
    with pytest.raises(ExportError, match="not a month like 2026-12") as err:
        reporting_of([replace(doc, reporting_round="2026年12月")])
    assert err.value.path is not None and err.value.path.name.endswith(".toml")


def test_valid_rounds() -> None:
    assert [valid_round(r) for r in ("2026-12", "2026-01", "2026-00", "26-12", "2026-12-01")] == [
        True, True, False, False, False
    ]  # fmt: skip
