"""Certificates the way an office makes them today, against the whole `classroom print certificates` command.

The office way, timed from the list to the PDF:
1. the list of people is read from the office's spreadsheet (.xlsx; it also holds each person's QR text);
2. one QR picture per person is made with the ``qrcode`` package's defaults (``qrcode.make(text)``, PNG);
3. a real .odt template (A4 landscape, a double page border, the two-column national header table,
   the body lines with merge fields, a picture frame for the QR) is merged, one page per person, into one
   document holding every picture: what Writer's "merge to a single document" writes;
4. LibreOffice converts it: ``soffice --headless --convert-to pdf``.

The program's way: ``classroom --db COPY print certificates --class ID --out FILE.pdf`` as a subprocess,
from the shell to the PDF closed, on a fresh copy of the same database each run (issuing, serials,
signing, the register and the PDF). The office's QR texts are signed beforehand, outside its clock.

Both PDFs are checked: page count from the PDF, and the first page's QR decoded (zxing-cpp on a pdfium
rendering) to the text it should carry. Runs alternate; medians of RUNS.

Each run, of either way, starts after SETTLE seconds (10) with nothing running. On this machine (a virtual
machine) a command started right after LibreOffice's conversion ran 25-40 % slower for some seconds
(1.6-2.0 s instead of 1.2-1.4 s: the host taking back the memory LibreOffice let go); whichever way ran
second paid for the other's, so both get the same pause. The load average before each run is printed.

    python bench/bench_mailmerge.py [--people 1000] [--runs 3] [--settle 10]

Skips itself, saying so, where LibreOffice (soffice) is missing.
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.report import figure, median, runs  # noqa: E402

FIELDS = ["name", "birth", "village", "course", "code", "first", "last", "venue", "issued", "register", "serial",
          "qr"]

STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
 style:font-family-generic="roman"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif"
 fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style></office:styles>
<office:automatic-styles><style:page-layout style:name="L"><style:page-layout-properties fo:page-width="297mm"
 fo:page-height="210mm" style:print-orientation="landscape" fo:margin-top="9mm" fo:margin-bottom="9mm"
 fo:margin-left="9mm" fo:margin-right="9mm" fo:border="3.5pt double #000000" fo:padding="6mm"
 style:border-line-width="0.8pt 0.9pt 1.8pt"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L"/></office:master-styles>
</office:document-styles>"""

CONTENT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
<office:automatic-styles>
<style:style style:name="Hd" style:family="table"><style:table-properties style:width="265mm" table:align="center"/></style:style>
<style:style style:name="HdA" style:family="table-column"><style:table-column-properties style:column-width="110mm"/></style:style>
<style:style style:name="HdB" style:family="table-column"><style:table-column-properties style:column-width="155mm"/></style:style>
<style:style style:name="Brk" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="HC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="HU" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:text-underline-style="solid"
 style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center"
 fo:margin-top="8mm"/><style:text-properties fo:font-size="32pt" fo:font-weight="bold"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:paragraph-properties fo:text-align="center"
 fo:margin-bottom="5mm"/><style:text-properties fo:font-size="16pt" fo:font-style="italic" fo:font-weight="bold"/></style:style>
<style:style style:name="B" style:family="paragraph"><style:paragraph-properties fo:margin-left="30mm"
 fo:margin-bottom="1.5mm"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:margin-left="150mm"
 fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="RB" style:family="paragraph"><style:paragraph-properties fo:margin-left="150mm"
 fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="RN" style:family="paragraph"><style:paragraph-properties fo:margin-left="150mm"
 fo:text-align="center" fo:margin-top="16mm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Q" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="N" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="fr" style:family="graphic"><style:graphic-properties style:wrap="right"
 style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left" style:horizontal-rel="paragraph"
 fo:margin-right="3mm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""
CONTENT_TAIL = "</office:text></office:body></office:document-content>"

# One certificate: the template's body, with Writer-style merge fields «name».
PAGE = """<text:p text:style-name="{brk}"/><table:table table:name="Header{n}" table:style-name="Hd">
<table:table-column table:style-name="HdA"/><table:table-column table:style-name="HdB"/><table:table-row>
<table:table-cell><text:p text:style-name="HC">ỦY BAN NHÂN DÂN</text:p><text:p text:style-name="HU">XÃ ĐÔNG TIẾN</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="HC">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>
<text:p text:style-name="HU">Độc lập - Tự do - Hạnh phúc</text:p></table:table-cell></table:table-row></table:table>
<text:p text:style-name="T">GIẤY CHỨNG NHẬN</text:p>
<text:p text:style-name="S">Hoàn thành khóa học Bình dân học vụ số</text:p>
<text:p text:style-name="B">Chứng nhận Ông/Bà: <text:span text:style-name="N">«name»</text:span></text:p>
<text:p text:style-name="B">Ngày sinh: «birth»</text:p>
<text:p text:style-name="B">Nơi cư trú: «village», xã Đông Tiến, tỉnh Thanh Hóa</text:p>
<text:p text:style-name="B">Đã hoàn thành khóa học: <text:span text:style-name="N">«course»</text:span></text:p>
<text:p text:style-name="B">Lớp: «code», học từ ngày «first» đến ngày «last»</text:p>
<text:p text:style-name="B">Địa điểm học: «venue»</text:p>
<text:p text:style-name="B">Kết quả: <text:span text:style-name="N">Hoàn thành</text:span></text:p>
<text:p text:style-name="Q"><draw:frame draw:style-name="fr" draw:name="QR{n}" text:anchor-type="paragraph"
 svg:width="36mm" svg:height="36mm" draw:z-index="0"><draw:image xlink:href="Pictures/«picture»" xlink:type="simple"
 xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<text:p text:style-name="R">Đông Tiến, ngày «issued»</text:p>
<text:p text:style-name="RB">TM. ỦY BAN NHÂN DÂN</text:p><text:p text:style-name="RB">CHỦ TỊCH</text:p>
<text:p text:style-name="RN">Lê Văn Thành</text:p>
<text:p text:style-name="Q">Số vào sổ: «register»</text:p><text:p text:style-name="Q">Số hiệu: «serial»</text:p>
"""

MANIFEST_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
"""


def write_odt(path: Path, body: str, pictures: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # first, stored
        z.writestr("styles.xml", STYLES)
        z.writestr("content.xml", CONTENT_HEAD + body + CONTENT_TAIL)
        entries = "".join(f'<manifest:file-entry manifest:full-path="Pictures/{name}" manifest:media-type="image/png"/>\n'
                          for name in pictures)
        z.writestr("META-INF/manifest.xml", MANIFEST_HEAD + entries + "</manifest:manifest>")
        for name, data in pictures.items():
            z.writestr(f"Pictures/{name}", data, compress_type=zipfile.ZIP_STORED)  # PNGs are compressed already


def make_template(path: Path) -> None:
    """The office's template, made once in Writer: one page with merge fields and a sample picture."""
    import qrcode

    sample = io.BytesIO()
    qrcode.make("BDHVS1.MAU").save(sample)
    write_odt(path, PAGE.replace("{brk}", "Standard").replace("{n}", "1").replace("«picture»", "sample.png"),
              {"sample.png": sample.getvalue()})


def office_way(template: Path, sheet: Path, work: Path, soffice: str) -> tuple[float, Path]:
    """Sheet -> one PNG per person -> merged .odt -> soffice PDF; returns (seconds, pdf)."""
    import qrcode
    from openpyxl import load_workbook

    out = work / "office"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    start = time.perf_counter()
    with zipfile.ZipFile(template) as z:
        content = z.read("content.xml").decode()
    page = content[content.index("<office:text>") + len("<office:text>") + 1:content.index("</office:text>")]
    book = load_workbook(sheet, read_only=True)
    rows = list(book.active.iter_rows(min_row=2, values_only=True))
    book.close()
    pictures: dict[str, bytes] = {}
    pages = []
    for n, row in enumerate(rows, start=1):
        record = dict(zip(FIELDS, row))
        png = io.BytesIO()
        qrcode.make(record["qr"]).save(png)  # the defaults: error correction M, 10 px a module, border 4
        name = f"qr{n:05d}.png"
        pictures[name] = png.getvalue()
        text = page.replace('table:name="Header1"', f'table:name="Header{n}"').replace('draw:name="QR1"', f'draw:name="QR{n}"')
        if n > 1:
            text = text.replace('<text:p text:style-name="Standard"/>', '<text:p text:style-name="Brk"/>', 1)
        for key, value in record.items():
            text = text.replace(f"«{key}»", escape(str(value)))
        pages.append(text.replace("Pictures/sample.png", f"Pictures/{name}"))
    merged = out / "merged.odt"
    write_odt(merged, "".join(pages), pictures)
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                    "--convert-to", "pdf", "--outdir", str(out), str(merged)], check=True, capture_output=True)
    return time.perf_counter() - start, out / "merged.pdf"


def program_way(db: Path, class_id: int, work: Path) -> tuple[float, float, float, Path]:
    """The whole command on a fresh copy of ``db``; returns (seconds, peak RSS MB of its processes,
    CPU seconds of its processes, pdf)."""
    copy = work / "copy.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(db, copy)
    pdf = work / "program.pdf"
    pdf.unlink(missing_ok=True)
    command = [str(Path(sys.executable).with_name("classroom")), "--db", str(copy), "print", "certificates",
               "--class", str(class_id), "--out", str(pdf)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while child.poll() is None:  # the command and the helpers it starts: their resident memory added up
        peak = max(peak, tree_rss_mb(child.pid))
        time.sleep(0.01)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the helpers it waited for
    if child.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return took, peak, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, pdf


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants now, in MB (Linux /proc; 0 elsewhere)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def page_count(pdf: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def first_qr(pdf: Path) -> str:
    """The QR text on the PDF's first page, decoded by zxing-cpp from a 150 dpi rendering."""
    import pypdfium2
    import zxingcpp

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        image = doc[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        doc.close()
    found = [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if r.text]
    return found[0] if found else ""


def prepare(work: Path, people: int) -> tuple[Path, int, Path, Path]:
    """The database (a finished class of ``people``), the office's sheet of the same people, the template."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from openpyxl import Workbook

    from bench.make_cert_db import make
    from classroom.signing import CertificateRecord, encode_record

    db = work / "commune.sqlite3"
    class_id = make(db, people)
    key = Ed25519PrivateKey.generate()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT p.full_name, p.birth_day, p.birth_month, p.birth_year, v.name, c.title, k.code FROM participants p "
            "JOIN enrollments e ON e.participant_id = p.id JOIN classes k ON k.id = e.class_id "
            "JOIN courses c ON c.id = k.course_id LEFT JOIN villages v ON v.id = p.village_id "
            "WHERE e.class_id = ? ORDER BY p.sort_key, p.id", (class_id,)).fetchall()
    book = Workbook()
    sheet = book.active
    sheet.append(FIELDS)
    for n, (name, day, month, year, village, course, code) in enumerate(rows, start=1):
        serial = f"15883-2026-{n:06d}"
        qr = encode_record(CertificateRecord(serial, name, year, course, date(2026, 12, 1), "15883", "Đông Tiến"), key)
        birth = f"{day:02d}/{month:02d}/{year}" if day and month else str(year)
        sheet.append([name, birth, village or "", course, code, "05/10/2026", "26/10/2026", "Nhà văn hóa thôn",
                      "01/12/2026", f"{n:03d}/2026", serial, qr])
    sheet_path = work / "danh-sach.xlsx"
    book.save(sheet_path)
    template = work / "mau-giay-chung-nhan.odt"
    make_template(template)
    return db, class_id, sheet_path, template


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--settle", type=float, default=10.0, help="seconds of nothing running before each run")
    ap.add_argument("--keep", type=Path, help="keep the work folder here (to look at the PDFs)")
    args = ap.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("SKIPPED: LibreOffice (soffice) is not installed here; "
              "apt-get install --no-install-recommends libreoffice-writer to run this bench")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="mailmerge-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        db, class_id, sheet, template = prepare(work, args.people)
        from openpyxl import load_workbook

        book = load_workbook(sheet, read_only=True)
        first_row = next(book.active.iter_rows(min_row=2, max_row=2, values_only=True))
        book.close()
        office_times, ours_times, rss, cpu, load = [], [], [], [], []
        office_pdf = ours_pdf = None
        for _ in range(args.runs):  # alternated, so that a busy moment of the machine falls on both
            time.sleep(args.settle)
            load.append(os.getloadavg()[0])
            took, office_pdf = office_way(template, sheet, work, soffice)
            office_times.append(took)
            time.sleep(args.settle)
            load.append(os.getloadavg()[0])
            took, peak, used, ours_pdf = program_way(db, class_id, work)
            ours_times.append(took)
            rss.append(peak)
            cpu.append(used)
        assert office_pdf is not None and ours_pdf is not None
        office_pages, ours_pages = page_count(office_pdf), page_count(ours_pdf)
        office_qr, ours_qr = first_qr(office_pdf), first_qr(ours_pdf)
        with sqlite3.connect(work / "copy.sqlite3") as conn:
            issued = {t for (t,) in conn.execute("SELECT qr_text FROM certificates WHERE class_id = ?", (class_id,))}
        office_ok = office_pages == args.people and office_qr == first_row[FIELDS.index("qr")]
        ours_ok = ours_pages == args.people and ours_qr in issued
        print(f"office way (xlsx -> {args.people:,} qrcode PNGs -> merged .odt -> soffice PDF): {runs(office_times, 1)} s; "
              f"{office_pages:,} pages, first QR {'decoded, the right text' if office_ok else 'NOT READ RIGHT'}")
        print(f"load average (1 min) before each run, office and program alternating, after {args.settle:g} s of "
              f"nothing running: {runs(load, 1)} on {os.cpu_count()} cores")
        print(f"classroom print certificates (whole command, fresh database copy): {runs(ours_times)} s "
              f"(CPU time of its processes {runs(cpu)} s); "
              f"{ours_pages:,} pages, first QR {'decoded, a certificate it issued' if ours_ok else 'NOT READ RIGHT'}")
        office, ours = median(office_times), median(ours_times)
        figure(f"office mail merge, {args.people:,} certificates (LibreOffice)", office, "s")
        full = args.people == 1000  # the targets are for a class of 1,000; other sizes print figures only
        figure(f"classroom print certificates, {args.people:,} (whole command)", ours, "s", 1.5 if full else None)
        figure(f"CPU time of that command and its helpers, {args.people:,}", median(cpu), "s")
        figure(f"peak memory of that command and its helpers (RSS added up), {args.people:,}", max(rss), "MB", 300 if full else None)
        figure("office way ÷ classroom (median over median)", office / ours, "×", 50 if full else None, at_least=True)
        return 0 if office_ok and ours_ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
