from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def poppler() -> None:
    """pdftotext and pdftoppm come from Debian's poppler-utils."""
    missing = [tool for tool in ("pdftotext", "pdftoppm", "pdfinfo") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"install poppler-utils (missing {', '.join(missing)})")
