"""Read raw files: bytes to text, plus the optional sidecar and corrections files."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.read import tomlcheck
from schemas.tomlfiles import CORRECTIONS, SIDECAR

#: Suffixes read as documents when a folder is given; other files there are skipped and
#: listed (a README.md beside the plans is not a plan).
DOCUMENT_SUFFIXES = (".txt", ".text", ".docx", ".html", ".htm")
#: The largest plan read, in bytes (for .docx: its XML unpacked). A real plan is well
#: under 1 MB; a text of 10 MB already takes some 300 MB of memory through the pipeline.
MAX_SIZE = 10 * 2**20

#: A text file that is a page's HTML (a scrape saved as .txt): it opens with a tag and holds
#: at least ``_PAGE_BLOCKS`` paragraph, row, cell or line-break tags.
_OPENS_WITH_TAG = re.compile(r"\s*<(?:!doctype|[a-z][a-z0-9]*)[\s>/]", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<(?:p|div|br|tr|td|li|h[1-6])[\s>/]", re.IGNORECASE)
_PAGE_BLOCKS = 3

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Facts about a document that its text lacks, from ``<name>.toml``."""

    title: str | None = None
    issuer: str | None = None
    published: date | None = None
    signed: date | None = None
    document_number: str | None = None
    #: From the sidecar's [reporting] table: 报送期次 such as "2026-12" and 报送时限.
    reporting_round: str | None = None
    reporting_due: date | None = None


@dataclass(frozen=True, slots=True)
class CorrectionSpec:
    """One reviewed fix from ``<name>.corrections.toml``, not yet applied."""

    find: str
    replace: str
    reason: str
    file: str
    file_line: int


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded raw file and what sits beside it."""

    path: Path
    text: str
    sha256: str
    encoding: str
    sidecar: Sidecar
    corrections: tuple[CorrectionSpec, ...]

    @property
    def doc_id(self) -> str:
        """Return the document id: the file name without its suffix."""
        return self.path.stem


@dataclass(frozen=True, slots=True)
class Discovered:
    """What a list of paths holds: plans to read, files skipped, sidecars without a plan."""

    plans: tuple[Path, ...]
    skipped: tuple[Path, ...]
    orphans: tuple[Path, ...]


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their document files, sorted; keep files as given."""
    return list(discover_all(paths).plans)


def discover_all(paths: Iterable[Path]) -> Discovered:
    """Sort what ``paths`` hold into plans, skipped files and sidecars without a plan.

    In a folder, a plan is a file with a suffix in DOCUMENT_SUFFIXES whose name does not
    start with a dot (``._plan.txt`` is macOS metadata); ``<name>.toml`` and
    ``<name>.corrections.toml`` belong to the plan ``<name>``; anything else is skipped.
    A file named on the command line is read whatever its suffix.
    """
    plans: list[Path] = []
    skipped: list[Path] = []
    tomls: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(e for e in path.iterdir() if e.is_file()):
                if p.suffix.lower() == ".toml" and not p.name.startswith("."):
                    tomls.append(p)
                elif p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith("."):
                    plans.append(p)
                else:
                    skipped.append(p)
        elif path.is_file():
            if path.suffix.lower() == ".toml":  # a sidecar given by a glob such as raw/*
                tomls.append(path)
            else:
                plans.append(path)
        else:
            raise IngestError("no such file or folder", path=path, hint="check the path")
    stems = {(p.parent, p.stem) for p in plans}
    orphans = [t for t in tomls if (t.parent, _plan_stem(t)) not in stems]
    return Discovered(tuple(plans), tuple(skipped), tuple(orphans))


def _plan_stem(toml: Path) -> str:
    """Return the stem of the plan a sidecar or corrections file belongs to."""
    return (
        toml.name[: -len(".corrections.toml")]
        if toml.name.endswith(".corrections.toml")
        else toml.stem
    )


def shown(path: Path) -> Path:
    """Return ``path`` as reports show it: relative to the current folder when inside it.

    Typed as ``raw``, ``./raw`` or ``/abs/raw`` a file is shown (and recorded) alike; a
    name that is not valid UTF-8 (GBK bytes from a Windows archive) gets replacement
    characters, while the file itself is still read by its real name.
    """
    absolute = Path(os.path.normpath(path.absolute()))
    with contextlib.suppress(ValueError):
        absolute = absolute.relative_to(Path.cwd())
    text = str(absolute)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text = os.fsencode(text).decode("utf-8", "replace")
    return Path(text)


def read(path: Path, max_size: int = MAX_SIZE) -> RawDocument:
    """Read and decode one raw document with its sidecar and corrections.

    A file (or, for .docx, the XML it unpacks to) over ``max_size`` bytes is refused
    before it is read.
    """
    check_size(path, max_size)
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from pipeline.read.docx import docx_text  # python-docx only for a .docx

        text, encoding = docx_text(path, data), "docx"
    elif suffix in (".html", ".htm"):
        from pipeline.read.html import html_text  # BeautifulSoup only for a page

        text, encoding = html_text(path, data), "html"
    else:
        text, encoding = decode(data, path)
        if is_page(text):  # a page's HTML saved as text: read as the page it is
            from pipeline.read.html import html_text

            text, encoding = html_text(path, text), f"html ({encoding})"
    return RawDocument(
        path=shown(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        sidecar=_read_sidecar(path.with_suffix(".toml")),
        corrections=_read_corrections(path.with_name(path.stem + ".corrections.toml")),
    )


def is_page(text: str) -> bool:
    """Tell whether a decoded text file is an HTML page (or a fragment of one) saved as text."""
    if _OPENS_WITH_TAG.match(text) is None:
        return False
    tags = _BLOCK_TAG.finditer(text)
    return next(itertools.islice(tags, _PAGE_BLOCKS - 1, None), None) is not None


def check_size(path: Path, max_size: int) -> None:
    """Refuse a file over ``max_size`` bytes, and a .docx whose XML unpacks to more.

    Runs before any format reader, so a zip bomb (a few hundred KB that unpack to
    gigabytes) is refused from its directory, without inflating anything.
    """
    size = path.stat().st_size
    if size > max_size:
        raise _too_big(path, f"the file is {_mb(size)}", max_size)
    if path.suffix.lower() != ".docx" or not zipfile.is_zipfile(path):
        return  # not a zip: the reader says so
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(
            info.file_size
            for info in archive.infolist()
            if info.filename.lower().endswith((".xml", ".rels"))
        )
    if unpacked > max_size:
        raise _too_big(path, f"its XML unpacks to {_mb(unpacked)}", max_size)


def _mb(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


def _too_big(path: Path, what: str, max_size: int) -> IngestError:
    return IngestError(
        f"{what}, over the {_mb(max_size)} limit for one plan",
        path=path,
        hint=f"check that this is a plan; if it is, raise the limit with --max-size "
        f"{max(1, -(-max_size // 2**20) * 2)}",
    )


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode UTF-8 (BOM or not), UTF-16/32 with a BOM, or GB18030; name the encoding."""
    if not data.strip():
        raise IngestError("the file is empty", path=path, hint="export the plan's text into it")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff"), encoding
            except UnicodeDecodeError as err:
                raise _undecodable(path, data, err, encoding) from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise IngestError(
            "binary content (NUL byte), not a text document",
            path=path,
            line=line,
            hint="save the plan as plain text (UTF-8) or .docx",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise _undecodable(path, data, utf8_error, "UTF-8 or GB18030") from None


def _undecodable(path: Path, data: bytes, err: UnicodeDecodeError, tried: str) -> IngestError:
    line = data.count(b"\n", 0, err.start) + 1
    return IngestError(
        f"cannot decode byte {data[err.start : err.start + 1]!r} at offset {err.start} as {tried}",
        path=path,
        line=line,
        hint="re-save the file as UTF-8",
    )


def _read_sidecar(path: Path) -> Sidecar:
    """Return the checked sidecar facts (schemas/tomlfiles.py declares what it may hold)."""
    if not path.is_file():
        return Sidecar()
    checked = tomlcheck.load(path, SIDECAR)
    document = checked.get("document", [{}])[0]
    reporting = checked.get("reporting", [{}])[0]
    return Sidecar(
        title=_text(document.get("title")),
        issuer=_text(document.get("issuer")),
        published=_date(document.get("published")),
        signed=_date(document.get("signed")),
        document_number=_text(document.get("document_number")),
        reporting_round=_text(reporting.get("round")),
        reporting_due=_date(reporting.get("due")),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _read_corrections(path: Path) -> tuple[CorrectionSpec, ...]:
    """Return the checked corrections, each with the line of its [[correction]] header."""
    if not path.is_file():
        return ()
    entries = tomlcheck.load(path, CORRECTIONS).get("correction", [])
    return tuple(
        CorrectionSpec(
            str(entry["find"]),
            str(entry["replace"]),
            str(entry["reason"]),
            shown(path).as_posix(),
            tomlcheck.entry_line(path, "correction", i) or 0,
        )
        for i, entry in enumerate(entries)
    )


def doc_ids_unique(paths: Sequence[Path]) -> None:
    """Refuse two raw files with the same document id (the file name without suffix)."""
    seen: dict[str, Path] = {}
    for path in paths:
        if path.stem in seen:
            raise IngestError(
                f"document id {path.stem!r} is also used by {seen[path.stem]}",
                path=path,
                hint="rename one of the files",
            )
        seen[path.stem] = path
