"""Read: bytes of every format to text (ingest); clean text with an offset map (clean)."""
