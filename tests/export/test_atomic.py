from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

import pytest

from pipeline.errors import ExportError
from pipeline.export import atomic
from pipeline.export.atomic import atomic_write_text, locked, recover, staged, unsafe_out

OURS = {"ledger.xlsx", "departments"}


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def previous(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "departments").mkdir(parents=True)
    (out / "departments" / "旧单位.xlsx").write_bytes(b"old workbook")
    (out / "ledger.xlsx").write_bytes(b"old ledger")
    (out / "README.md").write_text("# 说明\n", encoding="utf-8")
    (out / "validation.json").write_text("{}\n", encoding="utf-8")
    (out / "bench" / "n100").mkdir(parents=True)
    (out / "bench" / "n100" / "result.json").write_text("[]\n", encoding="utf-8")
    return out


def test_ours_are_replaced_whole_and_the_rest_kept(tmp_path: Path) -> None:
    out = previous(tmp_path)
    with staged(out, OURS) as stage:
        (stage / "departments").mkdir()
        (stage / "departments" / "新单位.xlsx").write_bytes(b"new workbook")
        (stage / "ledger.xlsx").write_bytes(b"new ledger")
    assert snapshot(out) == {
        "README.md": "# 说明\n".encode(),
        "bench/n100/result.json": b"[]\n",
        "departments/新单位.xlsx": b"new workbook",
        "ledger.xlsx": b"new ledger",
        "validation.json": b"{}\n",
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_leaves_the_previous_output_as_it_was(tmp_path: Path) -> None:
    out = previous(tmp_path)
    before = snapshot(out)
    with pytest.raises(RuntimeError, match="disk on fire"), staged(out, OURS) as stage:
        (stage / "ledger.xlsx").write_bytes(b"half written")
        raise RuntimeError("disk on fire")
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_os_error_becomes_an_export_error(tmp_path: Path) -> None:
    out = previous(tmp_path)
    before = snapshot(out)
    with pytest.raises(ExportError) as caught, staged(out, OURS) as stage:
        (stage / "missing" / "ledger.xlsx").write_bytes(b"x")
    assert caught.value.path == out
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_new_output_directory_is_created(tmp_path: Path) -> None:
    out = tmp_path / "a" / "out"
    with staged(out, OURS) as stage:
        (stage / "ledger.xlsx").write_bytes(b"x")
    assert snapshot(out) == {"ledger.xlsx": b"x"}
    assert stat.S_IMODE(out.stat().st_mode) == 0o755


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("not a directory", encoding="utf-8")
    with pytest.raises(ExportError, match="not a directory"), staged(out, OURS):
        pass


def test_atomic_write_text_replaces_a_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "out" / "validation.md"
    atomic_write_text(path, "第一版\n")
    assert path.read_bytes() == "第一版\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    os.chmod(path, 0o600)
    atomic_write_text(path, "第二版\r\n")
    assert path.read_bytes() == "第二版\r\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["validation.md"]


def test_stranded_stage_folders_of_killed_exports_are_removed(tmp_path: Path) -> None:
    out = previous(tmp_path)
    for name in (".out-k1ll3d_1", ".out-old-abcd1234"):
        (tmp_path / name / "departments").mkdir(parents=True)
        (tmp_path / name / "ledger.xlsx").write_bytes(b"stranded")
    (tmp_path / ".out-notours").mkdir()  # not a name mkdtemp makes: kept
    (out / ".ledger.xlsx.ab12cd34.tmp").write_bytes(b"half")
    with staged(out, OURS) as stage:
        (stage / "ledger.xlsx").write_bytes(b"new ledger")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out-notours", "out"]
    assert not (out / ".ledger.xlsx.ab12cd34.tmp").exists()


def test_a_kill_between_the_two_renames_is_undone_by_the_next_run(tmp_path: Path) -> None:
    out = previous(tmp_path)
    before = snapshot(out)
    out.rename(tmp_path / ".out-old-x1y2z3w4")  # the first rename happened, then kill -9
    (tmp_path / ".out-s1a2g3e4").mkdir()  # the stage that was never renamed
    assert recover(out) == [
        "restored out from .out-old-x1y2z3w4",
        "removed .out-s1a2g3e4",
    ]
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_second_export_into_a_locked_folder_fails_clearly(tmp_path: Path) -> None:
    out = previous(tmp_path)
    fd = os.open(tmp_path, os.O_RDONLY)  # another process's lock, as flock sees it
    fcntl.flock(fd, fcntl.LOCK_EX)
    said: list[str] = []
    try:
        with pytest.raises(ExportError) as caught, locked(out, waiting=said.append, timeout=0.3):
            pass
    finally:
        os.close(fd)
    assert (caught.value.message, caught.value.hint) == (
        "another export is writing into this folder",
        "wait for it to finish, or export into another --out folder",
    )
    assert said == [f"Waiting for another export into {out} to finish…"]
    with locked(out, timeout=0):  # released: the next one goes ahead at once
        pass


def test_every_file_and_folder_is_synced_before_the_swap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real = atomic._sync

    def sync(path: Path) -> None:
        synced.append(path.name)
        real(path)

    monkeypatch.setattr(atomic, "_sync", sync)
    out = tmp_path / "out"
    with staged(out, OURS) as stage:
        (stage / "departments").mkdir()
        (stage / "departments" / "甲.xlsx").write_bytes(b"x")
        (stage / "ledger.xlsx").write_bytes(b"y")
    assert sorted(synced[:-1]) == sorted(["ledger.xlsx", "甲.xlsx", "departments", stage.name])
    assert stage.name.startswith(".out-")
    assert synced[-1] == tmp_path.name  # the folder holding the swapped names


@pytest.mark.parametrize(
    ("out", "reason"),
    [
        (".", ". is the current folder or a parent of it"),
        ("..", ".. is the current folder or a parent of it"),
        ("raw", "raw contains the input raw/plan.txt"),
        ("raw/..", "raw/.. is the current folder or a parent of it"),
    ],
)
def test_unsafe_output_folders_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, reason: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "plan.txt").write_text("x", encoding="utf-8")
    assert unsafe_out(Path(out), [Path("raw/plan.txt")]) == reason
    assert unsafe_out(Path("out"), [Path("raw/plan.txt")]) is None
