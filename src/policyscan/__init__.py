"""policyscan: does a municipal policy enable or hinder innovation? Evidence included."""

__version__ = "0.1.0"

from .api import analyse_document, analyse_text, scan, scan_file  # noqa: E402
from .options import ScanOptions  # noqa: E402

__all__ = ["ScanOptions", "__version__", "analyse_document", "analyse_text", "scan", "scan_file"]
