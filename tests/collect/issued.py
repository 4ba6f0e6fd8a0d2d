"""Test scaffolding: issue tiny contract-conformant department workbooks and their out/ folder.

Not a second writer: it builds, from inline data, what the export's department writer
writes under the contract (pipeline/workbook_format.py), so collect can be tested alone.
``fill`` then answers a workbook the way a department does (openpyxl load, edit, save).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.export.xlsx_io import set_text, workbook_bytes
from pipeline.statuses import load_statuses
from pipeline.workbook_format import (
    CHECKSUM_COLUMN,
    FILL_IN_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    HEADER_FIELDS,
    KEY_COLUMN,
    META_KEYS,
    META_SHEET,
    TASK_SHEET,
    locked_columns,
    row_checksum,
    task_key,
)

DOC = "demo-plan"
SHA = "a" * 64
OLD_SHA = "b" * 64
ROUND = "2026-12"
HEADER_ROW = 6
COLUMNS = (
    "序号",
    "重点任务",
    "任务内容",
    "承担角色",
    "承担方式",
    "牵头单位",
    "其他责任单位",
    "完成时限",
    *FILL_IN_COLUMNS,
    KEY_COLUMN,
    CHECKSUM_COLUMN,
)
#: label -> input cell of the header block.
FIELDS = {
    "填报单位（盖章）": "B3",
    "填报人": "D3",
    "联系电话": "F3",
    "分管领导": "B4",
    "填报日期": "D4",
    "统计截至日期": "F4",
}
assert tuple(FIELDS) == HEADER_FIELDS
ROLE_ZH = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}


@dataclass(frozen=True)
class Task:
    no: int
    title: str
    text: str
    deadline: str | None
    units: tuple[tuple[str, str], ...]  # (unit_id, role)


UNITS = {"U01": "市大数据局", "U02": "市财政局", "U03": "市公安局"}
#: Every unit a test may issue to; U09 owes nothing in TASKS.
NAMES = {
    **UNITS,
    "U04": "市发展改革委",
    "U05": "市教育局",
    "U06": "市民政局",
    "U07": "市人社局",
    "U08": "市卫健委",
    "U09": "市统计局",
}
TASKS = (
    Task(
        1,
        "建设一体化政务云平台",
        "统筹建设全市政务云，2026年底前完成迁移。",
        "2026年底前",
        (("U01", "lead"), ("U02", "responsible")),
    ),
    Task(
        2,
        "推进数据共享",
        "完善数据共享交换体系。",
        "2027年6月",
        (("U01", "lead"), ("U03", "cooperating")),
    ),
    Task(3, "保障资金投入", "统筹安排数字政府建设资金。", "长期坚持", (("U02", "lead"),)),
    Task(
        4,
        "完善网络安全防护",
        "健全政务网络安全监测预警体系。",
        "2026年11月",
        (("U03", "lead"), ("U01", "responsible")),
    ),
)


def locked_texts(
    task: Task, unit_id: str, names: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Return column title -> text of every locked cell of a task's row for a unit."""
    names = NAMES if names is None else names
    role = dict(task.units)[unit_id]
    leads = "、".join(names[u] for u, r in task.units if r == "lead")
    others = "、".join(names[u] for u, r in task.units if r != "lead")
    texts = {
        "序号": str(task.no),
        "重点任务": task.title,
        "任务内容": task.text,
        "承担角色": ROLE_ZH[role],
        "承担方式": "牵头抓总" if role == "lead" else "配合推进",
        "牵头单位": leads,
        "其他责任单位": others,
        "完成时限": task.deadline or "",
        KEY_COLUMN: task_key(DOC, str(task.no)),
    }
    return {t: texts[t] for t in locked_columns(COLUMNS)}


def issue(
    out: Path,
    *,
    round_: str = ROUND,
    sha: str = SHA,
    tasks: Sequence[Task] = TASKS,
    units: Mapping[str, str] = UNITS,
) -> dict[str, Path]:
    """Write department workbooks, issued.parquet and manifest.json into ``out``."""
    (out / "departments").mkdir(parents=True, exist_ok=True)
    rows = []
    paths = {}
    for unit_id, short in sorted(units.items()):
        owed = [t for t in tasks if unit_id in dict(t.units)]
        if not owed:
            continue
        book, sheet_rows = _workbook(unit_id, short, owed, round_, sha, units)
        rel = f"departments/{short}.xlsx"
        (out / rel).write_bytes(workbook_bytes(book, stamp=date(2026, 11, 1)))
        paths[unit_id] = out / rel
        for task, row in zip(owed, sheet_rows, strict=True):
            locked = locked_texts(task, unit_id, units)
            rows.append(
                {
                    "unit_id": unit_id,
                    "short_name": short,
                    "file": rel,
                    "row": row,
                    "key": task_key(DOC, str(task.no)),
                    "doc_id": DOC,
                    "task_id": str(task.no),
                    "task_no": task.no,
                    "role": dict(task.units)[unit_id],
                    "deadline": task.deadline,
                    "locked": json.dumps(locked, ensure_ascii=False),
                    "checksum": row_checksum(list(locked.values())),
                    "round": round_,
                }
            )
    frame = pl.DataFrame(rows).with_columns(pl.col("row", "task_no").cast(pl.Int32))
    frame.write_parquet(out / "issued.parquet")
    manifest = {"generated_from": [{"doc_id": DOC, "source": "raw/demo.txt", "sha256": SHA}]}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return paths


def _workbook(
    unit_id: str,
    short: str,
    owed: Sequence[Task],
    round_: str,
    sha: str,
    names: Mapping[str, str],
) -> tuple[Workbook, list[int]]:
    book = Workbook()
    ws = book.active
    ws.title = TASK_SHEET
    set_text(ws["A1"], f"{short} 任务清单")
    for label, address in FIELDS.items():
        letter = chr(ord(address[0]) - 1)
        set_text(ws[f"{letter}{address[1:]}"], label)
    for column, title in enumerate(COLUMNS, start=1):
        set_text(ws.cell(HEADER_ROW, column), title)
    statuses = DataValidation(
        type="list", formula1='"' + ",".join(s.name for s in load_statuses()) + '"'
    )
    ws.add_data_validation(statuses)
    rows = []
    for offset, task in enumerate(owed, start=1):
        r = HEADER_ROW + offset
        locked = locked_texts(task, unit_id, names)
        for column, title in enumerate(COLUMNS, start=1):
            if title == CHECKSUM_COLUMN:
                set_text(ws.cell(r, column), row_checksum(list(locked.values())))
            elif title == "序号":
                ws.cell(r, column).value = task.no
            elif title in locked:
                set_text(ws.cell(r, column), locked[title] or None)
        statuses.add(f"J{r}")
        rows.append(r)
    ws.column_dimensions["M"].hidden = True
    ws.column_dimensions["N"].hidden = True
    meta = book.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    values = {
        "format": FORMAT,
        "format_version": str(FORMAT_VERSION),
        "unit_id": unit_id,
        "unit_name": short,
        "short_name": short,
        "doc_ids": json.dumps([DOC]),
        "sources": json.dumps({DOC: sha}),
        "registry_sha256": "c" * 64,
        "round": round_,
        "due": "2027-01-05" if round_ else "",
        "header_row": str(HEADER_ROW),
        "columns": json.dumps(COLUMNS, ensure_ascii=False),
        "fields": json.dumps(FIELDS, ensure_ascii=False),
        "tool_version": "0.1.0",
    }
    for r, key in enumerate(META_KEYS, start=1):
        set_text(meta.cell(r, 1), key)
        set_text(meta.cell(r, 2), values[key])
    return book, rows


#: A complete, valid answer per task number.
GOOD = {
    1: ("已完成政务云迁移80个系统。", "序时推进", None, "完成剩余系统迁移。"),
    2: ("已接入12个部门数据。", "已完成", None, None),
    3: ("资金已下达。", "已完成", None, None),
    4: ("监测平台在建。", "需协调", "需市委网信办协调监测数据接入。", "12月底前联调。"),
}
HEADER = {
    "填报人": "张三",
    "联系电话": "13812345678",
    "填报日期": "2026-12-28",
    "统计截至日期": "2026-12-25",
}


def fill(
    issued: Path,
    dest: Path,
    answers: Mapping[int, tuple[str | None, str | None, str | None, str | None]] | None = None,
    header: Mapping[str, object] | None = None,
) -> Path:
    """Answer an issued workbook as a department does; save it to ``dest``."""
    answers = GOOD if answers is None else answers
    book = load_workbook(issued)
    ws = book[TASK_SHEET]
    titles = {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1)}
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        no = ws.cell(r, titles["序号"]).value
        if no in answers:
            for title, value in zip(FILL_IN_COLUMNS, answers[no], strict=True):
                ws.cell(r, titles[title]).value = value
    fields: Mapping[str, object] = HEADER if header is None else header
    for label, field_value in fields.items():
        ws[FIELDS[label]].value = field_value
    dest.parent.mkdir(parents=True, exist_ok=True)
    book.save(dest)
    return dest


def libreoffice_resave(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice headless and save it as .xlsx into ``folder``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed to re-save fixtures"
    folder.mkdir(parents=True, exist_ok=True)
    folder = folder.resolve()
    profile = folder / ".lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return folder / (source.stem + ".xlsx")


ANSWER = ("按计划推进，已完成阶段目标。", "序时推进", None, "继续推进。")


def answer_export(source: Path, dest: Path) -> dict[str, object]:
    """Answer a workbook the export wrote, as a department does: every task row with ANSWER,
    the contact fields; columns and fields found through its _meta sheet. Save to ``dest``."""
    book = load_workbook(source)
    meta = {r[0]: r[1] for r in book[META_SHEET].iter_rows(values_only=True)}
    ws = book[TASK_SHEET]
    header = int(meta["header_row"])
    columns = json.loads(meta["columns"])
    at = {title: i for i, title in enumerate(columns, start=1)}
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, at["任务编码"]).value:
            for title, value in zip(FILL_IN_COLUMNS, ANSWER, strict=True):
                ws.cell(r, at[title]).value = value
    fields = json.loads(meta["fields"])
    ws[fields["联系电话"]] = "0371-67181234"
    ws[fields["填报人"]] = "李四"
    dest.parent.mkdir(parents=True, exist_ok=True)
    book.save(dest)
    return {"header": header, "at": at}
