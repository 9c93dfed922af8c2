"""Open the installed program's window the way its shortcut does, and report when it is painted.

Run by scripts/windows-smoke.sh with the installed ``Python\\python.exe`` under Wine (test only, never
installed)::

    python.exe smoke_window.py LAUNCH_TIME PLATFORM DB SHOT.png

LAUNCH_TIME: the Unix time at which Wine was started (Wine's clock is the host's), so the figure covers
Wine, the interpreter, the imports, the database and the first screenful of participants. PLATFORM:
``offscreen`` (Qt's offscreen platform; Wine passes no QT_* variable from Linux, so it is set here,
inside the Windows process) or ``windows`` (Qt's Windows platform, drawn through Wine's X11 driver).
SHOT.png gets the window (``QWidget.grab``); with ``windows``, ``SHOT-screen.png`` gets the screen as
Windows sees it. Prints one line ``WINDOW {json}``.
"""
import json
import os
import sys
import time


def main() -> int:
    launched, platform, db, shot = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    if platform == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import ui.app

    shown = ui.app.run_window

    def run_window(app, window, database):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        def painted() -> None:
            if not window.isVisible() or window.participants.model.rowCount() == 0:
                QTimer.singleShot(5, painted)
                return
            app.processEvents()
            result = {"painted_s": round(time.time() - launched, 2), "platform": app.platformName(),
                      "title": window.windowTitle(), "rows": window.participants.model.rowCount(),
                      "size": [window.width(), window.height()]}
            window.grab().save(shot)
            if platform != "offscreen":
                screen = app.primaryScreen().grabWindow(0)
                screen.save(shot.replace(".png", "-screen.png"))
            print("WINDOW " + json.dumps(result, ensure_ascii=False), flush=True)
            app.quit()

        QTimer.singleShot(0, painted)
        return shown(app, window, database)

    ui.app.run_window = run_window
    from classroom.cli import main as classroom

    return classroom(["--db", db, "gui"])


if __name__ == "__main__":
    sys.exit(main())
