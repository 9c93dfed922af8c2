"""Speed and memory of the printouts: python bench/bench_printouts.py (from the repository root).

Issuing is on the clock: a finished class of 1,000 (bench/make_cert_db.py) is issued and printed in
one transaction on a fresh copy each run, as the window does; medians of 3.
"""
from __future__ import annotations

import io
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import figure, median, runs  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from classroom.signing import CertificateRecord, encode_record  # noqa: E402
from printouts.certificates import build_certificates  # noqa: E402
from printouts.data import CertificateData, Issuer, SigninData, SigninRow  # noqa: E402
from printouts.fonts import register_fonts  # noqa: E402
from printouts.signin import build_signin_sheet  # noqa: E402

ISSUER = Issuer("Đông Sơn", "xã", "Thanh Hóa", "Đông Sơn", "Chủ tịch", "Phạm Văn Đồng", signer_on_behalf="TM. Ủy ban nhân dân")
NAMES = ["Nguyễn Thị Hường", "Đặng Quốc Việt", "Trương Thị Ưng", "Lê Văn Ơn", "Tôn Nữ Thị Phương Thảo"]


def certificates(n: int) -> list[CertificateData]:
    key = Ed25519PrivateKey.generate()
    out = []
    for i in range(n):
        name = f"{NAMES[i % 5]} {i}"
        serial = f"38123-2026-{i + 1:06d}"
        qr = encode_record(CertificateRecord(serial, name, 1940 + i % 60, "Sử dụng dịch vụ công trực tuyến",
                                             date(2026, 3, 30), "38123", "Đông Sơn"), key)
        out.append(CertificateData(serial, f"{i + 1:03d}/2026", name, str(1940 + i % 60), "Thôn Đông Hòa",
                                   "Sử dụng dịch vụ công trực tuyến", "BDHVS-2026-03", date(2026, 3, 3),
                                   date(2026, 3, 28), "Nhà văn hóa thôn Đông Hòa", "Hoàn thành", date(2026, 3, 30),
                                   qr_text=qr))
    return out


def issue_and_print(db_file: Path, class_id: int, work: Path) -> tuple[float, int]:
    """Issue (serials, signing, register) and print a class on a fresh copy, in this process, as the window does."""
    from classroom import certificates as certs
    from classroom import paper
    from models.db import open_database

    copy = work / "copy.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(db_file, copy)
    db = open_database(copy)
    try:
        start = time.perf_counter()
        out = io.BytesIO()
        with db.transaction() as s:
            serials = certs.issue_for_class(s, class_id, issued_on=date(2026, 12, 1), actor="bench")
            pages = paper.print_certificates(s, certs.certificates_of(s, class_id, serials), out)
        return time.perf_counter() - start, pages
    finally:
        db.close()


def main() -> None:
    from bench.make_cert_db import make

    register_fonts()
    work = Path(tempfile.mkdtemp(prefix="printouts-"))
    try:
        db_file = work / "commune.sqlite3"
        class_id = make(db_file, 1000)
        issue_and_print(db_file, class_id, work)  # warm up (imports, fonts)
        times = []
        for _ in range(3):
            took, pages = issue_and_print(db_file, class_id, work)
            times.append(took)
        print(f"issue and print 1,000 certificates in one process: {runs(times)} s ({pages} pages)")
        figure("issue + print 1,000 certificates in one process (median of 3)", median(times), "s", 1.5)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    certs = certificates(1000)
    build_certificates(ISSUER, certs[:5], io.BytesIO())  # warm up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        out = io.BytesIO()
        build_certificates(ISSUER, certs, out)
        times.append(time.perf_counter() - start)
    print(f"1,000 certificates from data already signed: {runs(times)} s, {len(out.getvalue()) / 1e6:.1f} MB")
    figure("1,000 certificates, PDF only (data signed beforehand; median of 3)", median(times), "s")
    tracemalloc.start()
    build_certificates(ISSUER, certs, io.BytesIO())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figure("1,000 certificates, PDF only: peak Python allocations", peak / 1e6, "MB")

    rows = tuple(SigninRow(f"{NAMES[i % 5]} {i}", str(1940 + i), "Thôn Đông Hòa") for i in range(60))
    data = SigninData("BDHVS-2026-03", "Sử dụng dịch vụ công trực tuyến", datetime(2026, 3, 3, 8),
                      datetime(2026, 3, 3, 10), "Nhà văn hóa thôn Đông Hòa", ("Hoàng Thu Hà",), rows)
    build_signin_sheet(ISSUER, data, io.BytesIO())  # warm up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        build_signin_sheet(ISSUER, data, io.BytesIO())
        times.append(time.perf_counter() - start)
    figure("60-name sign-in sheet (median of 5)", median(times) * 1000, "ms", 500)
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
