"""Screenshots for the help guide, taken from the real window on a demo commune at 1366×768.

    python tools/help_shots.py [OUT_FOLDER]      (default: resources/help/img, and docs/huong-dan-su-dung.pdf)

Run it after a change to a screen the guide shows, look at the pictures, and commit them.
HELP_SHOTS_ONLY=danh-muc,nhat-ky takes only the pictures named (a new one, without redoing the rest). It
makes its own demo database in a temporary folder (fixed date and seed), so the pictures are the
same from one run to the next; the window is drawn offscreen (no display needed).
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEMO_DAY = date(2026, 11, 23)  # a Monday with finished, running and planned classes around it
SIZE = (1366, 768)
OFFICER = "Nguyễn Thị Lan"
PDF = ROOT / "docs" / "huong-dan-su-dung.pdf"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "help" / "img"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication, QWidget

    from classroom.demo import fill_demo
    from models.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow
    from ui.ops import Ops

    app = create_app("vi")
    # The window's clock is the demo's: the attendance screen opens on a session being held (19:30 on 23/11/2026)
    from datetime import datetime, time

    from models import LOCAL_TZ
    from ui.attendance.panel import AttendancePanel
    from ui.certificates.panel import CertificatesPanel

    AttendancePanel._today = staticmethod(lambda: DEMO_DAY)  # type: ignore[method-assign]
    AttendancePanel._now = staticmethod(lambda: datetime.combine(DEMO_DAY, time(19, 30), LOCAL_TZ))  # type: ignore[method-assign]
    CertificatesPanel._today = staticmethod(lambda: DEMO_DAY)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "Dữ liệu xã" / "classroom.sqlite3")
        with db.transaction() as session:
            fill_demo(session, participants=150, seed=7, today=DEMO_DAY)
        errors: list[BaseException] = []
        window = MainWindow(Ops(db, errors.append, synchronous=True))
        window.ops.actor = OFFICER
        window.data_menu.show_officer(OFFICER)
        window.resize(*SIZE)
        window.show()
        window.start()

        def settle() -> None:
            for _ in range(5):
                app.processEvents()

        def shot(name: str, widget: QWidget | None = None) -> None:
            settle()
            window.statusBar().clearMessage()  # the day's backup notice names a temporary folder
            target = widget or window
            path = out / f"{name}.png"
            target.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

        def screen(panel_name: str) -> QWidget:
            panel = getattr(window, panel_name)
            window.show_screen(panel)
            settle()
            return panel

        steps: list[tuple[str, Callable[[], None]]] = []
        for name, panel in [("lop-hoc", "classes"), ("hoc-vien", "participants"), ("diem-danh", "attendance"),
                            ("chung-nhan", "certificates"), ("kiem-tra", "verify"), ("bao-cao", "reports"),
                            ("cai-dat", "settings")]:
            steps.append((name, lambda p=panel, n=name: (screen(p), shot(n))))
        def screen_at(name: str, get: Callable[[], QWidget], tab: Callable[[QWidget], None] | None = None) -> None:
            panel = get()
            window.show_screen(panel)
            settle()
            if tab is not None:
                tab(panel)
            shot(name)

        steps += [
            ("danh-muc", lambda: screen_at("danh-muc", lambda: window.schedule.places)),
            ("ngay-nghi", lambda: screen_at("ngay-nghi", lambda: window.schedule.days_off)),
            ("nhat-ky", lambda: screen_at("nhat-ky", lambda: window.audit)),
            ("tin-cay", lambda: screen_at("tin-cay", lambda: window.settings,
                                          lambda p: p.tabs.setCurrentWidget(p.trust))),  # type: ignore[attr-defined]
        ]
        only = set(os.environ.get("HELP_SHOTS_ONLY", "").split(",")) - {""}  # e.g. the new pictures alone
        for name, step in steps:
            if not only or name in only:
                step()
        from sqlalchemy import select

        from models import CourseClass
        from ui.assessment.dialog import AssessmentDialog
        from ui.registry.person_dialog import PersonDialog
        from ui.schedule.class_editor import ClassEditor

        with db.sessions() as session:  # a finished class: results and VNeID confirmations to show
            finished = session.scalars(select(CourseClass.id).where(CourseClass.status == "finished")
                                       .order_by(CourseClass.id)).first()
        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("lop-moi", lambda: ClassEditor(window.ops, today=DEMO_DAY, parent=window)),
            ("hoc-vien-moi", lambda: PersonDialog(window.ops, parent=window))]
        if finished is not None:
            dialogs.append(("danh-gia", lambda: AssessmentDialog(window.ops, finished, parent=window)))
        for name, make in dialogs:
            if only and name not in only:
                continue
            dialog = make()
            dialog.show()
            shot(name, dialog)
            dialog.close()
        window.close()
        db.close()
        if errors:
            print("errors while taking the pictures:", *errors, sep="\n  ", file=sys.stderr)
            return 1
    QApplication.processEvents()
    if out == ROOT / "resources" / "help" / "img":  # the printable guide, with the pictures just taken
        from io import BytesIO

        from classroom.guide import load_guide
        from printouts.guide import build_guide

        buffer = BytesIO()
        build_guide(load_guide(), buffer)
        PDF.write_bytes(buffer.getvalue())
        print(PDF.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
