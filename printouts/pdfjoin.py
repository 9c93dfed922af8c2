"""Join PDFs that ReportLab wrote for parts of one document, without decoding a stream.

A long printout is built in parts by several processes; this puts their pages one after the other
in one file. Objects are copied byte for byte and renumbered (references are rewritten in object
dictionaries only, never inside streams); each part's page tree becomes a branch of a new root, so no
page object changes but for its parent's number. The parts' fonts and forms stay with their pages.
The first part gives the document's information (title, author, dates); the file identifier is a
digest of the joined objects, so the same parts always give the same bytes.

Only what ReportLab writes is read here (a classic cross-reference table, one ``N 0 obj`` per
object); anything else raises ``ValueError``.
"""
from __future__ import annotations

import hashlib
import re
from typing import BinaryIO

_REF = re.compile(rb"(\d+) 0 R\b")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_STREAM = re.compile(rb">>\s*stream\r?\n")


class _Part:
    def __init__(self, data: bytes) -> None:
        found = _STARTXREF.search(data[-64:])
        if found is None or not data.startswith(b"%PDF-"):
            raise ValueError("not a PDF written by ReportLab")
        xref = int(found.group(1))
        table, _, trailer = data[xref:].partition(b"trailer")
        lines = table.split(b"\n")
        first, count = (int(x) for x in lines[1].split())
        if first != 0:
            raise ValueError("unexpected cross-reference table")
        offsets = [int(line[:10]) for line in lines[3:2 + count]]  # objects 1 .. count-1
        self.header = data[:offsets[0]]
        ends = offsets[1:] + [xref]
        self.objects: dict[int, bytes] = {}
        for number, (start, end) in enumerate(zip(offsets, ends), start=1):
            body = data[start:end]
            head = b"%d 0 obj\n" % number
            if not body.startswith(head) or not body.rstrip().endswith(b"endobj"):
                raise ValueError(f"object {number} is not where the table says")
            self.objects[number] = body[len(head):body.rstrip().rindex(b"endobj")]
        self.root = _ref(trailer, rb"/Root")
        self.info = _ref(trailer, rb"/Info")
        self.pages = _ref(self.objects[self.root], rb"/Pages")
        self.count = int(re.search(rb"/Count (\d+)", self.objects[self.pages]).group(1))  # type: ignore[union-attr]


def _ref(text: bytes, name: bytes) -> int:
    found = re.search(re.escape(name) + rb" (\d+) 0 R", text)
    if found is None:
        raise ValueError(f"no {name.decode()} reference")
    return int(found.group(1))


def _renumber(body: bytes, numbers: dict[int, int]) -> bytes:
    """Rewrite references in the object's dictionary; a stream's data is left as it is."""
    stream = _STREAM.search(body)
    head, tail = (body[:stream.end()], body[stream.end():]) if stream else (body, b"")
    return _REF.sub(lambda m: b"%d 0 R" % numbers[int(m.group(1))], head) + tail


def join_pdfs(parts: list[bytes], out: BinaryIO) -> int:
    """Write the pages of ``parts`` in order as one PDF to ``out``; return the number of pages."""
    if len(parts) == 1:
        out.write(parts[0])
        return _Part(parts[0]).count
    read = [_Part(p) for p in parts]
    catalog, tree, info = 1, 2, 3
    chunks: list[bytes] = []
    offsets: list[int] = []
    position = len(read[0].header)

    def put(number: int, body: bytes) -> None:
        nonlocal position
        assert number == len(offsets) + 1
        chunk = b"%d 0 obj\n" % number + body + b"endobj\n"
        offsets.append(position)
        chunks.append(chunk)
        position += len(chunk)

    first = read[0]
    branches: list[int] = []
    bodies: list[bytes] = []
    following = info + 1
    firsts: dict[int, int] = {}
    for part in read:
        numbers: dict[int, int] = {}
        for number in part.objects:
            if number not in (part.root, part.info):
                numbers[number] = following
                following += 1
        firsts = firsts or numbers
        for number, body in part.objects.items():
            if number in (part.root, part.info):
                continue
            body = _renumber(body, numbers)
            if number == part.pages:
                body = body.replace(b"<<", b"<<\n/Parent %d 0 R" % tree, 1)
                branches.append(numbers[number])
            bodies.append(body)
    put(catalog, re.sub(rb"/Pages \d+ 0 R", b"/Pages %d 0 R" % tree, _renumber(first.objects[first.root], firsts)))
    total = sum(p.count for p in read)
    kids = b" ".join(b"%d 0 R" % b for b in branches)
    put(tree, b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\n" % (total, kids))
    put(info, first.objects[first.info])
    for body in bodies:
        put(len(offsets) + 1, body)
    digest = hashlib.md5(b"".join(chunks), usedforsecurity=False).hexdigest().encode()
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)]
    xref.extend(b"%010d 00000 n \n" % o for o in offsets)
    trailer = (b"trailer\n<<\n/ID [<%s><%s>]\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
               % (digest, digest, info, catalog, len(offsets) + 1, position))
    out.write(first.header)
    out.writelines(chunks)
    out.writelines(xref)
    out.write(trailer)
    return total
