"""What every command of the command line shares: exit codes and the context it runs in."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from models.db import Database

from .messages import say

# contract/cli.md
EXIT_OK = 0
EXIT_FAILED = 1  # also: verify says not genuine
EXIT_UNUSABLE = 2  # unusable command or input; nothing was changed
EXIT_PARTIAL = 3  # some rows rejected, see the report
EXIT_REVOKED = 4
EXIT_CONFLICTS = 5


@dataclass
class Context:
    """A command's way to the database and to the person at the terminal, in their language."""

    lang: str
    db: Database
    password: str | None = None  # the data's password, when given (classroom.cli.safety_cmd)

    @property
    def vi(self) -> bool:
        return self.lang != "en"

    def say(self, key: str, **params: Any) -> str:
        return say(key, self.lang, **params)

    def out(self, key: str, **params: Any) -> None:
        print(self.say(key, **params))

    def error(self, key: str, code: int = EXIT_UNUSABLE, **params: Any) -> int:
        """One line on standard error saying what and where; returns the exit code."""
        print(f"classroom: {self.say(key, **params)}", file=sys.stderr)
        return code
