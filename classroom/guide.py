"""The help guide: a task-based document shipped in resources/help, read into plain blocks.

The guide is written in a small subset of Markdown (``#``/``##`` headings with an ``{#anchor}``,
paragraphs, numbered and bulleted lists, ``![caption](img/file.png)`` pictures, ``**bold**``).
The window shows it (``ui.help``) and ``printouts.guide`` prints it; both take these blocks, so the
two never disagree.
"""
from __future__ import annotations

import re
from importlib.resources import as_file, files
from pathlib import Path

from printouts.guide import Block, Guide

import unicodedata

GUIDE_FILE = "huong-dan.md"
_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*(?:\{#([a-z0-9-]+)\})?\s*$")
_IMAGE = re.compile(r"^!\[(.*?)\]\((.+?)\)\s*$")
_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")


def guide_folder() -> Path:
    """The folder holding the guide and its pictures (inside the installed program)."""
    with as_file(files("resources") / "help") as folder:
        return Path(folder)


def load_guide(path: Path | None = None) -> Guide:
    path = path or guide_folder() / GUIDE_FILE
    return parse_guide(path.read_text(encoding="utf-8"), path.parent)


def parse_guide(text: str, folder: Path) -> Guide:
    guide = Guide()
    paragraph: list[str] = []
    items: list[str] = []
    list_kind = ""

    def flush() -> None:
        nonlocal list_kind
        if paragraph:
            guide.blocks.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()
        if items:
            guide.blocks.append(Block(list_kind, items=tuple(items)))
            items.clear()
            list_kind = ""

    for raw in unicodedata.normalize("NFC", text).splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if (m := _HEADING.match(line)) and raw.startswith("#"):
            flush()
            guide.blocks.append(Block("heading", m.group(2), level=len(m.group(1)), anchor=m.group(3) or ""))
        elif m := _IMAGE.match(line):
            flush()
            guide.blocks.append(Block("image", m.group(1), path=folder / m.group(2)))
        elif (m := _NUMBERED.match(line)) or (m2 := _BULLET.match(line)):
            kind = "numbered" if m else "bullets"
            if paragraph or (list_kind and list_kind != kind):
                flush()
            list_kind = kind
            items.append(m.group(2) if m else m2.group(1))
        elif items and raw.startswith((" ", "\t")):
            items[-1] += " " + line  # a list item's continuation line
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return guide
