"""What the Start-menu and desktop shortcut run (pythonw.exe, no console): the window.

The same as ``classroom.exe`` with no command. With no console, standard output and error go to
``window.log`` in the data folder, so that a failure that reaches no window still leaves a trace.
"""
import sys


def main() -> int:
    from classroom.config import data_dir

    if sys.stderr is None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        sys.stdout = sys.stderr = open(folder / "window.log", "w", encoding="utf-8", errors="replace")
    from classroom.cli import main as classroom

    return classroom(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
