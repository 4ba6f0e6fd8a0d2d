"""Turn Chinese government action plans into validated task-assignment ledgers."""

__version__ = "0.1.0"
