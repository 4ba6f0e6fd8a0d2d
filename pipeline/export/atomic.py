"""Replace files on disk all at once or not at all, so a failed export leaves the old one."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path

from pipeline.errors import ExportError

if sys.platform != "win32":
    import fcntl

_DIR_MODE = 0o755
_FILE_MODE = 0o644
#: Seconds a second export into the same folder waits for the first before giving up.
LOCK_TIMEOUT = 600.0
_POLL = 0.2
#: Folders this process holds the lock of, and how many times (the lock is re-entrant).
_HELD: dict[Path, tuple[int, int]] = {}
#: What tempfile.mkdtemp and mkstemp add to a prefix: 8 characters from this set.
_RANDOM = "[a-z0-9_]{8}"


def unsafe_out(out: Path, inputs: Sequence[Path]) -> str | None:
    """Return why ``out`` must not be an output folder for ``inputs`` (None: it may be).

    An export replaces its folder whole and copies what it does not own into the new one:
    the current folder, a parent of it, or a folder holding the input would be swallowed.
    """
    target, here = out.resolve(), Path.cwd().resolve()
    if here.is_relative_to(target):
        return f"{out} is the current folder or a parent of it"
    for path in inputs:
        if path.resolve().is_relative_to(target):
            return f"{out} contains the input {path}"
    return None


@contextlib.contextmanager
def locked(
    out: Path, *, waiting: Callable[[str], None] | None = None, timeout: float | None = None
) -> Iterator[None]:
    """Hold the export lock of ``out`` (on the folder beside it); recover a killed export.

    A second export into the same folder waits up to ``timeout`` seconds, then fails with
    a clear message. Once the lock is held, what a killed export left is cleaned: a
    previous export moved aside (``.out-old-*``) comes back if ``out`` is missing, stage
    folders (``.out-*``) and temporary files are removed.
    """
    parent = out.absolute().parent
    key = parent.resolve() if parent.exists() else parent
    if key in _HELD:
        fd, depth = _HELD[key]
        _HELD[key] = (fd, depth + 1)
        try:
            yield
        finally:
            _HELD[key] = (fd, _HELD[key][1] - 1)
        return
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(parent, os.O_RDONLY) if sys.platform != "win32" else -1
    except OSError as exc:
        raise ExportError(f"cannot open the folder it goes in: {exc.strerror}", path=out) from exc
    try:
        _acquire(fd, out, waiting, LOCK_TIMEOUT if timeout is None else timeout)
        _HELD[key] = (fd, 1)
        recover(out)
        yield
    finally:
        _HELD.pop(key, None)
        if fd >= 0:
            os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, out: Path, waiting: Callable[[str], None] | None, timeout: float) -> None:
    if sys.platform == "win32":  # no flock: exports there are not serialised
        return
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise ExportError(
                    "another export is writing into this folder",
                    path=out,
                    hint="wait for it to finish, or export into another --out folder",
                ) from None
            if waiting is not None and not told:
                waiting(f"Waiting for another export into {out} to finish…")
                told = True
            time.sleep(_POLL)


def recover(out: Path) -> list[str]:
    """Undo what a killed export left beside ``out``; return what was done, for tests."""
    parent = out.absolute().parent
    if not parent.is_dir():
        return []
    name = re.escape(out.name)
    olds = sorted(
        (p for p in parent.iterdir() if re.fullmatch(rf"\.{name}-old-{_RANDOM}", p.name)),
        key=lambda p: p.stat().st_mtime,
    )
    done = []
    if not out.exists() and olds:
        os.rename(olds[-1], out)  # killed between the two renames: the previous export
        done.append(f"restored {out.name} from {olds[-1].name}")
    for path in sorted(parent.iterdir()):
        if re.fullmatch(rf"\.{name}-(old-)?{_RANDOM}", path.name) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            done.append(f"removed {path.name}")
    if out.is_dir():
        for path in sorted(out.iterdir()):
            if re.fullmatch(rf"\..+\.{_RANDOM}\.tmp", path.name) and path.is_file():
                path.unlink()
                done.append(f"removed {out.name}/{path.name}")
    return done


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
    with locked(out):
        yield from _staged(out, ours)


def _staged(out: Path, ours: Collection[str]) -> Iterator[Path]:
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
        _sync_tree(stage)
        _swap(stage, out)
        _sync(out.parent)
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
            file.flush()
            os.fsync(file.fileno())
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


def _sync(path: Path) -> None:
    """Flush ``path`` (a file, or a folder's entries) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_tree(root: Path) -> None:
    """Flush every file and folder under ``root``, so the swap never shows unwritten files."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                _sync(path)
        _sync(Path(folder))


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
