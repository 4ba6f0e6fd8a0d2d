"""Read raw files: bytes to text, plus the optional sidecar and corrections files."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.errors import IngestError
from pipeline.read.docx import docx_text
from pipeline.read.html import html_text

#: Suffixes read as documents when a folder is given.
DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".docx", ".html", ".htm")

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
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text, encoding = docx_text(path, data), "docx"
    elif suffix in (".html", ".htm"):
        text, encoding = html_text(path, data), "html"
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


def _load_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        at = re.search(r"at line (\d+)", str(err))
        raise IngestError(
            f"malformed TOML: {err}",
            path=path,
            line=int(at.group(1)) if at else None,
            hint="fix the syntax",
        ) from None


def _read_sidecar(path: Path) -> Sidecar:
    if not path.is_file():
        return Sidecar()
    table = _load_toml(path).get("document", {})
    if not isinstance(table, dict):
        raise IngestError("[document] must be a table", path=path)
    known = set(Sidecar.__dataclass_fields__)
    unknown = sorted(set(table) - known)
    if unknown:
        raise IngestError(
            f"unknown key(s) in [document]: {', '.join(unknown)}",
            path=path,
            hint=f"use only {', '.join(sorted(known))}",
        )
    for key in ("published", "signed"):
        if key in table and not isinstance(table[key], date):
            raise IngestError(f"{key} must be a date like 2024-01-08", path=path)
    return Sidecar(**table)


def _read_corrections(path: Path) -> tuple[CorrectionSpec, ...]:
    if not path.is_file():
        return ()
    entries = _load_toml(path).get("correction", [])
    lines = _entry_lines(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise IngestError("use [[correction]] tables", path=path)
    specs = []
    for i, entry in enumerate(entries):
        line = lines[i] if i < len(lines) else None
        fields = {k: entry.get(k) for k in ("find", "replace", "reason")}
        missing = [k for k, v in fields.items() if not isinstance(v, str)]
        if missing or not fields["find"]:
            raise IngestError(
                f"correction {i + 1} needs text for: {', '.join(missing or ['find'])}",
                path=path,
                line=line,
                hint='write find = "...", replace = "...", reason = "..."',
            )
        specs.append(
            CorrectionSpec(
                str(fields["find"]),
                str(fields["replace"]),
                str(fields["reason"]),
                path.as_posix(),
                line or 0,
            )
        )
    return tuple(specs)


def _entry_lines(text: str) -> list[int]:
    return [
        n for n, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[correction\]\]", line)
    ]


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
