"""Stable error codes. Each is reported per file; the batch carries on."""

from __future__ import annotations

from .i18n.catalogue import EN
from .models import ScanError

# code → default message. The words live in the i18n catalogue (English here; reports show the reader's
# language, see policyscan.i18n.Translator.error).
CODES = (
    "not_found", "unreadable", "unsupported_format", "empty", "corrupt", "encrypted", "no_text_layer", "no_text",
    "too_large", "encoding", "internal", "crashed", "timeout",
)
MESSAGES = {code: EN[f"error.{code}"] for code in CODES}


class IngestError(Exception):
    """Raised by readers; carries a stable code and a plain-language message."""

    def __init__(self, code: str, message: str | None = None, hint: str | None = None):
        self.code = code
        self.message = message or MESSAGES.get(code, code)
        self.hint = hint
        super().__init__(f"{code}: {self.message}")

    def to_error(self) -> ScanError:
        return ScanError(self.code, self.message, self.hint)
