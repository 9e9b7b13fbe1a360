"""Kapchyk: a desktop wallet for national stablecoins."""

__version__ = "0.1.0"
