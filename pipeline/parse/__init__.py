"""Parse clean text into a Document: numbering, the clause grammar, the parser."""
