"""Rewrite the golden files the export tests compare byte for byte.

Run ``python -m tests.regenerate_golden`` (``make golden``) after an intended change to
the CSV or JSON deliverables, and review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.export.deliverables import render
from tests.export.fixtures import TOOL_VERSION, small_ledger

GOLDEN = Path(__file__).resolve().parent / "golden" / "export"
FILES = ("documents.csv", "documents.json", "tasks.csv", "assignments.csv", "targets.csv",
         "units.csv", "tasks.json", "assignments.json", "datapackage.json")  # fmt: skip


def golden_outputs() -> dict[str, bytes]:
    """Return the golden files' expected bytes, rendered from the small inline ledger."""
    outputs = render(small_ledger(), tool_version=TOOL_VERSION, mapper=map)
    return {o.path: b"".join(o.chunks) for o in outputs if o.path in FILES}


def main() -> None:
    """Write the golden files."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(golden_outputs().items()):
        (GOLDEN / name).write_bytes(data)
        print(f"wrote tests/golden/export/{name}")


if __name__ == "__main__":
    main()
