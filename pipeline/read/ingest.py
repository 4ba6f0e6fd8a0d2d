"""Read raw files: bytes to text, plus the optional sidecar and corrections files."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from pipeline.errors import IngestError
from pipeline.read import tomlcheck
from schemas.tomlfiles import CORRECTIONS, SIDECAR

#: Suffixes read as documents when a folder is given.
DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".docx")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Facts about a document that its text lacks, from ``<name>.toml``."""

    title: str | None = None
    issuer: str | None = None
    published: date | None = None
    signed: date | None = None
    document_number: str | None = None
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


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their document files, sorted; keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
        elif path.is_file():
            if path.suffix.lower() != ".toml":  # a sidecar given by a glob such as raw/*
                found.append(path)
        else:
            raise IngestError("no such file or folder", path=path, hint="check the path")
    return found


def read(path: Path) -> RawDocument:
    """Read and decode one raw document with its sidecar and corrections."""
    data = path.read_bytes()
    if path.suffix.lower() == ".docx":
        text, encoding = _docx_text(path, data), "docx"
    else:
        text, encoding = decode(data, path)
    return RawDocument(
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        sidecar=_read_sidecar(path.with_suffix(".toml")),
        corrections=_read_corrections(path.with_name(path.stem + ".corrections.toml")),
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


def _docx_text(path: Path, data: bytes) -> str:
    """Return the paragraphs of a .docx, one per line."""
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as err:
        raise IngestError(f"not a readable .docx ({err})", path=path) from None
    lines = []
    for para in root.iter(f"{_WORD_NS}p"):
        lines.append("".join(node.text or "" for node in para.iter(f"{_WORD_NS}t")))
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError("the document has no text", path=path)
    return text


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
            path.as_posix(),
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
