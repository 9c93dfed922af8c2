"""How offices make certificates today, for comparison: a mail merge in LibreOffice Writer.

A spreadsheet of 1,000 people (.xlsx, as offices keep them) is merged into a landscape
A4 certificate template, one page per person, and converted to PDF by LibreOffice
headless. The merge step writes the merged document directly (what Writer's "merge to
a single document" produces); the conversion is LibreOffice's own. Then our printout
of the same 1,000 certificates is timed, and the ratio printed.

    python bench/bench_mailmerge.py      # needs soffice (Debian: libreoffice-writer-nogui)
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook  # noqa: E402

from bench.bench_printouts import ISSUER, certificates  # noqa: E402
from printouts.certificates import build_certificates  # noqa: E402

N = 1000
PAGE = """<text:p text:style-name="{style}">ỦY BAN NHÂN DÂN XÃ ĐÔNG TIẾN — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>
<text:p text:style-name="C">Độc lập - Tự do - Hạnh phúc</text:p>
<text:p text:style-name="T">GIẤY CHỨNG NHẬN</text:p>
<text:p text:style-name="C">Hoàn thành khóa học Bình dân học vụ số</text:p>
<text:p text:style-name="B">Chứng nhận Ông/Bà: {name}</text:p>
<text:p text:style-name="B">Ngày sinh: {birth}</text:p><text:p text:style-name="B">Nơi cư trú: {village}</text:p>
<text:p text:style-name="B">Đã hoàn thành khóa học: {course}</text:p>
<text:p text:style-name="B">Lớp: {code}, học từ ngày {first} đến ngày {last}</text:p>
<text:p text:style-name="B">Kết quả: Đạt</text:p>
<text:p text:style-name="R">Đông Tiến, ngày {issued}</text:p><text:p text:style-name="R">CHỦ TỊCH</text:p>
<text:p text:style-name="B">Số vào sổ: {register}  Số hiệu: {serial}</text:p>"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif"
 fo:font-size="13pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="L"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm"
 style:print-orientation="landscape" fo:margin="15mm"/></style:page-layout>
<style:style style:name="P" style:family="paragraph" style:master-page-name="M"><style:paragraph-properties
 fo:break-before="page" fo:text-align="center"/></style:style>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="30pt" fo:font-weight="bold"/></style:style>
<style:style style:name="B" style:family="paragraph"><style:paragraph-properties fo:margin-left="30mm"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="M" style:page-layout-name="L"/></office:master-styles>
<office:body><office:text>"""


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    certs = certificates(N)
    work = Path(tempfile.mkdtemp())
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "birth", "village", "course", "code", "first", "last", "issued", "register", "serial"])
    for c in certs:
        sheet.append([c.holder_name, c.birth, c.village, c.course_title, c.class_code, f"{c.first_session:%d/%m/%Y}",
                      f"{c.last_session:%d/%m/%Y}", f"{c.issued_on:%d/%m/%Y}", c.register_no, c.serial])
    book.save(work / "danh-sach.xlsx")

    start = start_merge = time.perf_counter()
    rows = list(load_workbook(work / "danh-sach.xlsx", read_only=True).active.iter_rows(min_row=2, values_only=True))
    pages = [PAGE.format(style="P", **{k: escape(str(v)) for k, v in zip(
        ["name", "birth", "village", "course", "code", "first", "last", "issued", "register", "serial"], r)})
        for r in rows]
    (work / "merged.fodt").write_text(HEAD + "\n".join(pages) + "</office:text></office:body></office:document>",
                                      encoding="utf-8")
    merged = time.perf_counter()
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                    "--convert-to", "pdf", "--outdir", str(work), str(work / "merged.fodt")],
                   check=True, capture_output=True)
    office = time.perf_counter() - start
    pdf_pages = subprocess.run(["pdfinfo", str(work / "merged.pdf")], capture_output=True, text=True).stdout
    start = time.perf_counter()
    build_certificates(ISSUER, certs, io.BytesIO())
    ours = time.perf_counter() - start
    pages_line = next((x.split()[-1] for x in pdf_pages.splitlines() if x.startswith("Pages")), "?")
    print(f"mail merge in LibreOffice ({N} spreadsheet rows -> {pages_line} PDF pages, no QR): {office:.1f} s "
          f"(of which reading the sheet and merging {merged - start_merge:.1f} s)")
    print(f"classroom printout of the same {N} certificates, each with a signed vector QR: {ours:.1f} s")
    print(f"ratio: the mail merge takes {office / ours:.1f}x as long")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
