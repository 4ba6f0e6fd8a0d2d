"""Write the deliverables: the master ledger, a workbook per department, CSV, JSON, Parquet.

The package imports nothing itself: ``collect`` and the command line reach single modules
(``atomic``, ``reporting``, ``xlsx_io``) without paying for the page and its charts.
Import from the modules: ``pipeline.export.deliverables.write_deliverables``.
"""
