"""Replace files on disk all at once or not at all, so a failed export leaves the old one."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path

from pipeline.errors import ExportError

_DIR_MODE = 0o755
_FILE_MODE = 0o644


@contextlib.contextmanager
def staged(out: Path, ours: Collection[str]) -> Iterator[Path]:
    """Yield an empty directory to write the new outputs in; on success it replaces ``out``.

    The directory is made beside ``out``; entries of ``out`` whose name is not in ``ours``
    (a README, validation reports) are hard-linked into it, then two renames swap it in.
    If anything fails, it is removed and ``out`` is left as it was.
    """
    out = out.resolve() if out.is_symlink() else out
    if out.exists() and not out.is_dir():
        raise ExportError("the output exists and is not a directory", path=out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    except OSError as exc:
        raise ExportError(f"cannot make a directory beside it: {exc.strerror}", path=out) from exc
    try:
        yield stage
        if out.is_dir():
            os.chmod(stage, stat.S_IMODE(out.stat().st_mode))
            for entry in sorted(out.iterdir()):
                if entry.name not in ours:
                    _link(entry, stage / entry.name)
        else:
            os.chmod(stage, _DIR_MODE)
        _swap(stage, out)
    except OSError as exc:
        shutil.rmtree(stage, ignore_errors=True)
        raise ExportError(
            f"cannot write the deliverables: {exc.strerror or exc}", path=out
        ) from exc
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed over it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _FILE_MODE
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write: {exc.strerror}", path=path) from exc
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.chmod(tmp, mode)  # mkstemp makes the file private to its owner
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write: {exc.strerror}", path=path) from exc
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (line endings kept as given)."""
    atomic_write_bytes(path, text.encode())


def _link(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` without copying bytes when the file system allows it."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        shutil.copytree(source, target, symlinks=True, copy_function=_link_file)
    else:
        _link_file(str(source), str(target))


def _link_file(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _swap(stage: Path, out: Path) -> None:
    if not out.exists():
        os.rename(stage, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out.parent))
    old.rmdir()  # only its unused name is needed
    os.rename(out, old)
    try:
        os.rename(stage, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
