"""Run the command line in-process and take what it printed (for the CLI tests)."""
from __future__ import annotations

import pytest

from classroom.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``classroom ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
