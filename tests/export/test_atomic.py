from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.errors import ExportError
from pipeline.export.atomic import atomic_write_text, staged

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
