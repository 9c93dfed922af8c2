"""Starting the window: fonts, translations, opening the database, the error presenter."""
from __future__ import annotations

import logging
import sys
import traceback
from importlib.resources import files
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from classroom.local_disk import refuse_network_database
from models.db import Database, open_database
from models.errors import DatabaseError

from .main_window import MainWindow
from .ops import Ops
from .safety import ask_officer_at_start
from .words import describe_error

log = logging.getLogger("classroom.ui")

STYLE = """
QLabel#panelTitle { font-size: 15pt; font-weight: bold; padding: 4px 0; }
QListWidget#navigation { font-size: 11pt; background: #f3f5f7; border: none; }
QListWidget#navigation::item { padding: 9px 12px; }
QListWidget#navigation::item:selected { background: #c9302c; color: white; }
"""


def load_fonts() -> str:
    """Register the bundled Liberation fonts (full Vietnamese coverage) with Qt; the family to use."""
    family = ""
    fonts = files("resources") / "fonts"
    for entry in sorted(fonts.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if names and "Sans" in names[0]:
                family = names[0]
    return family


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Vietnamese by default (ours and Qt's stock dialog words); English is the source text."""
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    installed = []
    # Qt's own words for its stock dialogs (file dialogs, message boxes), when the PySide6 wheel ships
    # them: 6.11 ships no qtbase_vi.qm (checked by tests/test_files.py), so ours below covers the
    # dialogs the program opens, and is installed after Qt's so that it wins where both have a word.
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_folder / "qtbase_vi.qm").is_file():
        stock = QTranslator(app)
        if stock.load("qtbase_vi", str(qt_folder)):
            app.installTranslator(stock)
            installed.append(stock)
    folder = files("resources") / "translations"
    for name in sorted(e.name for e in folder.iterdir() if e.name.endswith("_vi.qm")):
        translator = QTranslator(app)
        data = (folder / name).read_bytes()
        translator.qm_data = data  # type: ignore[attr-defined]  # Qt reads these bytes in place: keep them
        if translator.load(data):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s did not load", name)
    return installed


def create_app(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("classroom")
    app.setApplicationDisplayName("Bình dân học vụ số" if lang != "en" else "Digital Education for All")
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    app.setStyleSheet(STYLE)
    icon = QPixmap()
    if icon.loadFromData((files("resources") / "icons" / "classroom.png").read_bytes()):
        app.setWindowIcon(QIcon(icon))
    app._translators = install_translations(app, lang)  # type: ignore[attr-defined]  # kept alive with the app
    return app


def open_with_choice(target: str, parent: QWidget | None = None) -> Database | None:
    """Open ``target``; when it cannot be used, say why and let the person pick another file or quit."""
    while True:
        try:
            refuse_network_database(target)
            return open_database(target)
        except DatabaseError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("App", "Cannot open the data"),
                              describe_error(exc), parent=parent)
            choose = box.addButton(QApplication.translate("App", "Choose another file…"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            picked, _ = QFileDialog.getSaveFileName(
                parent, QApplication.translate("App", "Choose or create a data file"), str(Path(target).parent),
                QApplication.translate("App", "Data files (*.sqlite3 *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not picked:
                return None
            target = picked


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """The one presenter for every error that reaches the window."""
    if not isinstance(exc, DatabaseError) and not hasattr(exc, "code"):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QApplication.translate("App", "Something went wrong"), describe_error(exc))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("uncaught: %s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is not None:
        show_error(exc)


def start_app(lang: str) -> QApplication:
    """Logging, the application, the last-resort error presenter: what every window needs first."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_app(lang)
    sys.excepthook = _excepthook
    return app


def run_window(app: QApplication, window: Any, db: Database) -> int:
    """Show ``window`` (it has ``start()``) maximized and run until it closes; the database closes after."""
    window.showMaximized()  # the commune PC's 1366x768 screen: every pixel for the lists
    window.start()
    ask_officer_at_start(window)
    try:
        return app.exec()
    finally:
        db.close()


def run(target: str, lang: str = "vi") -> int:
    """The ``classroom gui`` entry point (found by the command line through an entry point)."""
    app = start_app(lang)
    db = open_with_choice(target)
    if db is None:
        return 1
    return run_window(app, MainWindow(Ops(db, show_error)), db)
