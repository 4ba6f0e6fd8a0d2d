"""Collect returned department workbooks into the progress ledger of a reporting round.

``collect`` reads every return (``read``), checks it against what the export in ``out``
issued (``checks``), builds the progress table with its lights (``progress``, ``lights``)
and writes the round and its history (``write``). The result carries the progress and
history frames so the overview page can be refreshed from them.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandera.errors
import polars as pl

from pipeline.collect import checks
from pipeline.collect.checks import Answer
from pipeline.collect.issued import Issued, load_issued
from pipeline.collect.lights import load_lights
from pipeline.collect.progress import TITLE_COLUMN, Source, progress_frame, round_end
from pipeline.collect.read import Returned, Unreadable, discover, read_return, share_texts
from pipeline.collect.write import merge_history, read_history, write_round
from pipeline.errors import CollectError
from pipeline.parallel import pool_map
from pipeline.statuses import Status, load_statuses
from pipeline.validate.findings import Finding, Report
from schemas.collect import ProgressSchema

PREFER = ("newest",)
#: Returns of this many bytes or more are read in a process pool.
POOL_BYTES = 20_000_000
_NO_DATE = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class Collected:
    """A collected round: the report, the progress of the round, every round so far."""

    report: Report
    round: str
    progress: pl.DataFrame
    history: pl.DataFrame
    returns: int
    written: tuple[Path, ...]


def collect(
    returns: Sequence[Path],
    out: Path,
    *,
    round_: str | None = None,
    prefer: str | None = None,
    strict: bool = False,
    write: bool = True,
) -> Collected:
    """Check every return under ``returns`` against the export in ``out``; write the round."""
    issued = load_issued(out)
    round_ = issued.round if round_ is None else round_
    statuses = load_statuses()
    lights = load_lights(statuses)
    files = discover(returns)
    read, findings = _read_all(files)
    units = issued.units
    accepted: list[Returned] = []
    for ret in read:
        found = checks.identify(ret, units, issued.sources, round_)
        findings += found
        if not found:
            accepted.append(ret)
    chosen, reasons, dup = _one_per_unit(accepted, prefer)
    findings += dup
    answers, sources, as_of = _answers(chosen, issued, statuses, findings)
    for unit_id in sorted(set(units) - set(sources) - set(reasons)):
        owed = issued.rows.filter(pl.col("unit_id") == unit_id)
        findings.append(
            checks.finding(
                "return.missing",
                f"{units[unit_id]} ({unit_id}) sent no return; it owes {owed.height} task(s)",
                str(owed.item(0, "file")),
                unit=units[unit_id],
            )
        )
    result = Report.of(findings, documents=[r.name for r in read], strict=strict)
    as_of = round_end(round_) or as_of
    progress = progress_frame(
        issued.rows,
        issued.locked_field(TITLE_COLUMN),
        answers,
        sources,
        round_=round_,
        as_of=as_of,
        lights=lights,
    )
    _check_progress(progress)
    written: tuple[Path, ...] = ()
    # Returns came and none could be taken (a wrong --round or --out, files that are not
    # ours): writing would replace the round, maybe a good one, with nobody reporting.
    if write and (accepted or not files):
        written = write_round(
            out,
            progress,
            result,
            statuses,
            lights,
            round_=round_,
            reasons=reasons,
            stamp=as_of or _NO_DATE,
        )
    history = read_history(out) if written else merge_history(read_history(out), progress, round_)
    assert history is not None
    return Collected(result, round_, progress, history, len(files), written)


def _check_progress(progress: pl.DataFrame) -> None:
    """Hold the progress table to its model; a failure is our fault, not the returns'."""
    try:
        ProgressSchema.validate(progress, lazy=True)
    except pandera.errors.SchemaErrors as err:
        first = err.failure_cases.row(0, named=True)
        raise CollectError(
            f"the progress table breaks its schema: {first['check']} in {first['column']}",
            hint="report it with the returns; run with --debug for details",
        ) from None


def _read_all(files: Sequence[Path]) -> tuple[list[Returned], list[Finding]]:
    """Read every return, in ``files`` order; an unreadable one becomes its finding."""
    read: list[Returned] = []
    findings: list[Finding] = []
    strings: dict[str, str] = {}
    for path, got in zip(files, _map(_read_one, files), strict=True):
        if isinstance(got, Returned):
            read.append(share_texts(got, strings))
        else:
            findings.append(checks.finding(got[0], got[1], str(path)))
    return read, findings


def _read_one(path: Path) -> Returned | tuple[str, str]:
    """Return the return at ``path``, or (rule, message) saying why it cannot be read."""
    try:
        return read_return(path, str(path), slim=True)
    except Unreadable as bad:
        return bad.rule, bad.message


def _map(
    fn: Callable[[Path], Returned | tuple[str, str]], files: Sequence[Path]
) -> Iterator[Returned | tuple[str, str]]:
    """Map ``fn`` over ``files``: in a process per core when there is much to read.

    openpyxl parses a workbook in pure Python, so only processes use a second core; a
    process costs about half a second to start, which pays off from POOL_BYTES of
    returns on (a corpus's workbooks), not for a plan's few dozen small ones.
    """
    size = sum(path.stat().st_size for path in files if path.is_file())
    if size < POOL_BYTES or min(os.cpu_count() or 1, len(files)) < 2:
        return map(fn, files)
    return pool_map(fn, files)


def _one_per_unit(
    returns: Sequence[Returned], prefer: str | None
) -> tuple[list[Returned], dict[str, str], list[Finding]]:
    """Keep one return per unit: two are an error naming both, unless ``prefer`` newest."""
    by_unit: dict[str, list[Returned]] = {}
    for ret in returns:
        by_unit.setdefault(ret.unit_id, []).append(ret)
    chosen: list[Returned] = []
    reasons: dict[str, str] = {}
    findings: list[Finding] = []
    for unit_id, group in sorted(by_unit.items()):
        if len(group) == 1:
            chosen.append(group[0])
            continue
        if prefer == "newest":
            chosen.append(max(group, key=lambda r: (r.saved, _mtime(r.name), r.name)))
            continue
        names = "、".join(r.name for r in group)
        reasons[unit_id] = "重复报送，待确认"
        for ret in group:
            others = "、".join(r.name for r in group if r is not ret)
            findings.append(
                checks.finding(
                    "return.duplicate",
                    f"another return for the same unit and round: {others} (all: {names})",
                    ret.name,
                    unit=ret.meta.get("short_name") or unit_id,
                )
            )
    return chosen, reasons, findings


def _answers(
    chosen: Sequence[Returned],
    issued: Issued,
    statuses: Sequence[Status],
    findings: list[Finding],
) -> tuple[dict[tuple[str, str], Answer], dict[str, Source], date | None]:
    """Check each chosen return's rows and values; keep the answers with valid statuses."""
    units = issued.units
    places: list[checks.Matched] = []
    sources: dict[str, Source] = {}
    as_of: date | None = None
    for ret in chosen:
        short = units[ret.unit_id]
        owed = issued.rows.filter(pl.col("unit_id") == ret.unit_id).sort("row").to_dicts()
        locked = functools.cache(functools.partial(issued.locked, ret.unit_id))
        try:
            found, matched = checks.check_rows(ret, owed, short, locked)
        except checks.Slimmed:  # a changed row: quote it from the return read in full
            found, matched = checks.check_rows(_full(ret), owed, short, locked)
        findings += found
        places += matched
        sources[ret.unit_id] = Source(ret.name, ret.sha256)
        stated = _as_of(ret)
        as_of = stated if as_of is None or (stated and stated > as_of) else as_of
    findings += checks.check_headers([(r, units[r.unit_id]) for r in chosen])
    found, invalid = checks.check_values(places, statuses)
    findings += found
    answers = {
        (a.unit_id, a.key): (
            Answer(a.unit_id, a.key, a.row, None, a.progress, a.problems, a.next_steps)
            if (p.file, a.row) in invalid
            else a
        )
        for a, p, _ in places
    }
    return answers, sources, as_of


def _full(ret: Returned) -> Returned:
    """Return ``ret`` read again with every text (it was read slim, see ``_read_one``)."""
    try:
        return read_return(Path(ret.name), ret.name)
    except Unreadable as bad:  # changed since it was first read
        raise CollectError(
            f"the return changed while it was collected: {bad.message}",
            path=Path(ret.name),
            hint="collect again once the file is no longer being written",
        ) from None


def _as_of(ret: Returned) -> date | None:
    cell = ret.fields.get(checks.AS_OF_FIELD)
    if cell is None or not checks.is_date(cell) or cell.text is None:
        return None
    digits = [int(p) for p in checks.DATE_PARTS.findall(cell.text)[:3]]
    try:
        return date(*digits)
    except (TypeError, ValueError):
        return None


def _mtime(name: str) -> float:
    try:
        return os.stat(name).st_mtime
    except OSError:
        return 0.0
