"""OCR for scanned PDF pages with the Tesseract program (Debian: tesseract-ocr, -swe, -nor).

Pages are rendered with pdfium at 300 dpi and piped to `tesseract - - -l swe+nor`. OpenMP is limited to one
thread: on small machines Tesseract's default threading is 8× slower (stack-probe §7).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache

MAX_OCR_PAGES = 50
SECONDS_PER_PAGE = 30
INSTALL_HINT = "Install Tesseract with Swedish and Norwegian data (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-swe tesseract-ocr-nor) and scan again with --ocr."


@lru_cache(maxsize=1)
def tesseract_languages() -> tuple[str, ...]:
    """Installed Tesseract languages, or () when Tesseract is not installed."""
    program = shutil.which("tesseract")
    if not program:
        return ()
    try:
        listing = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in listing.splitlines()[1:] if line.strip())


def available() -> bool:
    return bool(tesseract_languages())


def ocr_page(page, languages: str | None = None) -> str:
    """Text of one pypdfium2 page, read by Tesseract."""
    installed = tesseract_languages()
    if languages is None:
        wanted = [lang for lang in ("swe", "nor") if lang in installed] or [lang for lang in installed if lang != "osd"][:1]
        languages = "+".join(wanted)
    image = page.render(scale=300 / 72).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    completed = subprocess.run(
        ["tesseract", "-", "-", "-l", languages],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=SECONDS_PER_PAGE,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return completed.stdout.decode("utf-8", errors="replace")
