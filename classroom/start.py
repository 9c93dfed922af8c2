"""The ``classroom`` command's entry point: the program loaded with the cycle collector off, then frozen.

Loading the program makes some hundred thousand objects that live as long as the process, and the
collector walks them again and again while they are being made: 60-70 ms of every start here (over a
hundred collections). Off while loading, they are then frozen (never walked again) and the collector is
on for the command's own work. At the end they are frozen again: the final collection of everything at
exit is skipped (a fifth of a second after a thousand certificates); files are closed and the database
released by then, since the command has returned.
"""
from __future__ import annotations

import gc


def console() -> int:
    gc.disable()
    try:
        from .cli import main
    finally:
        gc.freeze()
        gc.enable()
    code = main()
    gc.freeze()
    return code
