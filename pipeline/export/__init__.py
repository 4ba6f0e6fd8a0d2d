"""Write the deliverables: the master ledger, a workbook per department, CSV, JSON, Parquet."""

from pipeline.export.atomic import atomic_write_bytes, atomic_write_text
from pipeline.export.deliverables import OURS, manifest_of, render, write_deliverables
from pipeline.export.manifest import FileEntry, Manifest, Output, SourceEntry

__all__ = [
    "OURS",
    "FileEntry",
    "Manifest",
    "Output",
    "SourceEntry",
    "atomic_write_bytes",
    "atomic_write_text",
    "manifest_of",
    "render",
    "write_deliverables",
]
