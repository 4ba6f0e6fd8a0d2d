"""Validate: the rules catalogue, the checks that apply it, findings and their reports."""
