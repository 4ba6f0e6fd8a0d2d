"""Declarations of valid data: Pandera models and the unit registry data."""
