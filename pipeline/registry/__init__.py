"""Registry: load the canonical units (load), look names up (lookup), resolve mentions (resolve)."""
