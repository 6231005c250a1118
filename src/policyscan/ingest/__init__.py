"""Ingest: find input files and read them into page-anchored blocks, one reader module per format."""

from .discover import discover
from .registry import read_document, reader_for, supported_suffixes

__all__ = ["discover", "read_document", "reader_for", "supported_suffixes"]
