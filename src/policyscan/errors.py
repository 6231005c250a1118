"""Stable error codes. Each is reported per file; the batch carries on."""

from __future__ import annotations

from .models import ScanError

# code → default message (English; localised UI strings come later).
MESSAGES = {
    "not_found": "The file does not exist.",
    "unreadable": "The file could not be opened (permissions or I/O error).",
    "unsupported_format": "This file format is not supported.",
    "empty": "The file is empty.",
    "corrupt": "The file is damaged or is not what its name says.",
    "encrypted": "The file is password-protected.",
    "no_text_layer": "The PDF has no text layer (it looks scanned).",
    "no_text": "No readable text was found in the file.",
    "too_large": "The file is larger than the size limit.",
    "encoding": "The text encoding could not be determined.",
    "internal": "policyscan failed on this file (an internal error).",
}


class IngestError(Exception):
    """Raised by readers; carries a stable code and a plain-language message."""

    def __init__(self, code: str, message: str | None = None, hint: str | None = None):
        self.code = code
        self.message = message or MESSAGES.get(code, code)
        self.hint = hint
        super().__init__(f"{code}: {self.message}")

    def to_error(self) -> ScanError:
        return ScanError(self.code, self.message, self.hint)
