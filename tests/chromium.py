"""Headless Chromium (Debian's ``chromium``) for the verifier page's tests and bench: nothing is installed
here; a machine without it skips, saying why."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
MISSING = "Debian's chromium package is not installed (scripts/setup.sh installs it with the test packages)"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def page_url(page: Path, text: str | None = None, engine: str | None = None) -> str:
    url = page.resolve().as_uri() + (f"?engine={engine}" if engine else "")
    return url + ("#" + urllib.parse.quote(text, safe="") if text is not None else "")


def run(args: list[str], timeout: float = 60) -> str:
    browser = chromium()
    assert browser is not None, MISSING
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                              timeout=timeout)
    return done.stdout


def dump_dom(page: Path, text: str | None = None, engine: str | None = None) -> str:
    """The page's DOM once its scripts have run (virtual time lets the asynchronous check finish)."""
    return run(["--virtual-time-budget=10000", "--dump-dom", page_url(page, text, engine)])


def body(dom: str) -> dict[str, str]:
    """The attributes of <body> in a dumped DOM."""
    tag = re.search(r"<body([^>]*)>", dom)
    assert tag is not None, dom[:500]
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag[1]))


def screenshot(page: Path, out: Path, text: str | None = None, size: str = "900,900") -> None:
    run(["--virtual-time-budget=10000", f"--window-size={size}", f"--screenshot={out}", page_url(page, text)])
