"""A corpus of broken and hostile files, made in the tests: what a USB stick from outside may carry.

Workbooks are written part by part with ``zipfile`` (not openpyxl), so that they can hold what
no spreadsheet program would write: parts that unpack to gigabytes, parts that lie about their
size, XML entity bombs, control characters, a cell on the last row Excel has.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
SHEET = "xl/worksheets/sheet1.xml"


def _escape(text: str) -> str:
    """XML's escapes, and Excel's own for characters XML cannot carry (a control character is ``_x0007_``)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 32 and ch not in "\t\n\r" else ch for ch in text)


def cell(ref: str, value: object, formula: str = "") -> bytes:
    f = f"<f>{_escape(formula)}</f>" if formula else ""
    if value is None:
        return f'<c r="{ref}">{f}</c>'.encode()
    if isinstance(value, (int, float)):
        return f'<c r="{ref}">{f}<v>{value}</v></c>'.encode()
    if formula:
        return f'<c r="{ref}" t="str">{f}<v>{_escape(str(value))}</v></c>'.encode()
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_escape(str(value))}</t></is></c>'.encode()


def row(number: int, values: Iterable[object]) -> bytes:
    cells = b"".join(cell(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">'.encode() + cells + b"</row>"


def workbook(path: Path, sheet_parts: Iterable[bytes], *, extra: dict[str, bytes] | None = None,
             head: bytes = SHEET_HEAD) -> Path:
    """An .xlsx whose one sheet's XML is ``head`` + the parts + the tail, streamed (it may be huge)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open(SHEET, "w", force_zip64=True) as sheet:
            sheet.write(head)
            for part in sheet_parts:
                sheet.write(part)
            sheet.write(SHEET_TAIL)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def people_rows(rows: list[list[object]]) -> list[bytes]:
    header = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "SĐT"]
    return [row(1, header)] + [row(n + 2, r) for n, r in enumerate(rows)]


def valid_workbook(path: Path) -> Path:
    return workbook(path, people_rows([[1, "Nguyễn Văn Hùng", "07/03/1958", "Nam", "038058012345", "0912345678"],
                                       [2, "Trần Thị Hường", "15/08/1975", "Nữ", "038175004321", "0987654321"]]))


def honest_bomb(path: Path, gigabytes: float = 2.0) -> Path:
    """A sheet that really unpacks to gigabytes of empty styled rows (packed to a few megabytes).

    Packed quickly: after a full flush deflate forgets what came before, so every 1 MB block of
    the same rows packs to the same bytes, which are repeated.
    """
    block = b'<row r="1" s="1" customFormat="1"/>' * 30_000  # ~1 MB
    blocks = int(gigabytes * 1024)
    stream = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed_block = stream.compress(block) + stream.flush(zlib.Z_FULL_FLUSH)
    head, tail = zlib.compressobj(9, zlib.DEFLATED, -15), zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = (head.compress(SHEET_HEAD) + head.flush(zlib.Z_FULL_FLUSH) + packed_block * blocks
              + tail.compress(SHEET_TAIL) + tail.flush())
    crc = zlib.crc32(SHEET_HEAD)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(SHEET_TAIL, crc)
    size = len(SHEET_HEAD) + len(block) * blocks + len(SHEET_TAIL)
    valid_workbook(path)
    return _replace_member(path, path.read_bytes(), SHEET, packed, size, crc)


def lying_bomb(path: Path) -> Path:
    """A sheet part whose zip header says 2 kB while its packed stream unpacks to 200 MB."""
    valid_workbook(path)
    data = path.read_bytes()
    stream = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b'<row r="1" s="1" customFormat="1"/>' * 30_000
    packed = b"".join(stream.compress(block) for _ in range(200)) + stream.flush()
    return _replace_member(path, data, SHEET, packed, 2048, 0)


def _replace_member(path: Path, data: bytes, name: str, packed: bytes, size: int, crc: int) -> Path:
    """Rewrite the zip with ``name``'s packed bytes replaced, and its size and CRC as given."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    central = []
    for info in source.infolist():
        mine = info.filename == name
        raw = packed if mine else _raw(data, info)
        file_size, file_crc = (size, crc) if mine else (info.file_size, info.CRC)
        offset = out.tell()
        encoded = info.filename.encode()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, file_crc, len(raw), file_size,
                              len(encoded), 0))
        out.write(encoded + raw)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, file_crc, len(raw), file_size,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0))
    path.write_bytes(out.getvalue())
    return path


def _raw(data: bytes, info: zipfile.ZipInfo) -> bytes:
    header = data[info.header_offset:info.header_offset + 30]
    name_len, extra_len = struct.unpack("<2H", header[26:30])
    begin = info.header_offset + 30 + name_len + extra_len
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return zlib.compress(data[begin:begin + info.compress_size])[2:-4]
    return data[begin:begin + info.compress_size]


def entity_bomb(path: Path) -> Path:
    """Billion laughs in the sheet's XML."""
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{n} "{("&a" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    head = (b'<?xml version="1.0"?><!DOCTYPE worksheet [' + entities.encode() + b']>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    return workbook(path, [b'<row r="1"><c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row>'], head=head)


def many_rows(path: Path, count: int) -> Path:
    """A sheet of ``count`` rows, each with a name in it."""
    line = '<row r="%d"><c r="A%d" t="inlineStr"><is><t>Nguyễn Văn %d</t></is></c></row>'.encode()

    def parts() -> Iterable[bytes]:
        for start in range(1, count + 1, 10_000):
            yield b"".join(line % (n, n, n) for n in range(start, min(start + 10_000, count + 1)))
    return workbook(path, parts())


def minimal_pdf(width_pt: float = 595, height_pt: float = 842) -> bytes:
    """A one-page PDF with nothing on it, of the given page size (in points)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_pt} {height_pt}] >>".encode()]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels and holds almost nothing."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">2I5B", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
