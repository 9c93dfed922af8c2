"""One exception tree for the whole core.

Services never build sentences for people: they raise these with a ``code`` (a stable
identifier that the faces, ``ui/`` and the command line, turn into words in the user's
language) and ``params`` (the values the message needs: file, row, column, value ...).
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) with an input value.

    ``severity`` is ``"error"`` (the value is refused) or ``"warning"`` (accepted, but
    the person should look at it).  ``field`` names the input field, e.g. ``"national_id"``.
    """

    code: str
    field: str = ""
    severity: str = "error"
    params: dict[str, Any] = dc_field(default_factory=dict)  # `field` is shadowed above

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ClassroomError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code, params)

    def __str__(self) -> str:  # for logs and tracebacks, never shown to users as is
        extra = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}({extra})" if extra else self.code


class DatabaseError(ClassroomError):
    """The database file or server cannot be used (not a database, too new, not writable...)."""

    code = "database"


class InvalidInput(ClassroomError):
    """Input the user gave is unusable; ``problems`` lists what is wrong and where."""

    code = "invalid_input"

    def __init__(self, problems: list[Problem] | None = None, code: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.problems = list(problems or [])


class NotFound(ClassroomError):
    code = "not_found"


class Refused(ClassroomError):
    """The operation is refused as it stands (e.g. demo on a non-empty database)."""

    code = "refused"
