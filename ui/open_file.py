"""Open a file the program made (a PDF, a workbook) with the program the computer uses for it."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger("classroom.ui")


def open_with_default_app(path: Path) -> bool:
    """Windows: ``os.startfile`` (the shell's "open": the default PDF viewer, whatever the officer has
    installed); elsewhere Qt's desktop services (xdg-open). A file that no program opens stays saved.
    True when a program took it (``ui.files.open_in_system`` says so when none did)."""
    if sys.platform == "win32":
        try:
            os.startfile(str(path))  # type: ignore[attr-defined]
            return True
        except OSError as exc:
            log.warning("no program opened %s: %s", path.name, exc.strerror)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
