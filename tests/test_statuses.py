from pathlib import Path

import pytest

from pipeline.errors import RegistryError
from pipeline.statuses import load_statuses


def test_default_list_is_the_offices_five_in_dropdown_order() -> None:
    statuses = load_statuses()
    assert [s.name for s in statuses] == ["已完成", "序时推进", "进度滞后", "未启动", "需协调"]
    ranks = {s.name: s.rank for s in statuses}
    assert sorted(ranks, key=ranks.__getitem__) == [
        "未启动",
        "进度滞后",
        "需协调",
        "序时推进",
        "已完成",
    ]
    assert [s.name for s in statuses if s.needs_problem] == ["进度滞后", "需协调"]
    assert [s.name for s in statuses if s.needs_progress] == ["已完成"]


def test_duplicate_status_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "statuses.csv"
    path.write_text(
        "status,rank,needs_progress,needs_problem,meaning\n已完成,1,true,false,a\n已完成,2,false,false,b\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as caught:
        load_statuses(path)
    assert "statuses.csv" in str(caught.value)
    assert "status" in caught.value.message
