"""Extractors for numbers, dates and identifiers: text of one segment in, annotations out."""

from powtext.extract.dates import find_dates
from powtext.extract.identifiers import find_identifiers
from powtext.extract.numbers import find_numbers
from powtext.extract.tables import tables_for

__all__ = ["find_dates", "find_identifiers", "find_numbers", "tables_for"]
