"""quotes: find who said what in German news."""

__version__ = "0.1.0"
