"""Corpus benchmark: a synthetic plan generator, a plain baseline and the timing harness."""
