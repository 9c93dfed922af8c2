"""Work-arounds for faults of the Qt binding, applied once when ``ui`` is imported.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt method
that returns nothing (``setText``, ``setPen``, ``fillRect`` …) and on every getter that
returns an empty value (6.11.3 does not). Python 3.12 made ``None`` immortal, so there it
costs nothing; on 3.11 ``None``'s count falls by one per call until the interpreter aborts
with "deallocating None" (a painted month of 700 sessions takes about 4,500 calls; the
window starts with about 40,000 references). ``None`` is never freed while the
interpreter runs, so giving it a count no program can use up is what 3.12 does too.
"""
from __future__ import annotations

import ctypes
import sys

#: Far more references than a process can drop (3.12's immortal count is about 2**32).
NONE_REFERENCES = 1 << 40


def make_none_immortal() -> bool:
    """Raise ``None``'s reference count on a CPython 3.11 release build; True when done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, another interpreter, or a debug build whose object header differs
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every object
    if count.value < NONE_REFERENCES:
        count.value += NONE_REFERENCES
    return True
