"""Speed and memory of the printouts: python bench/bench_printouts.py (from the repository root)."""
from __future__ import annotations

import io
import resource
import sys
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def main() -> None:
    register_fonts()
    certs = certificates(1000)
    build_certificates(ISSUER, certs[:5], io.BytesIO())  # warm up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        out = io.BytesIO()
        build_certificates(ISSUER, certs, out)
        times.append(time.perf_counter() - start)
    print(f"1000 certificates in one PDF: {min(times):.2f} s best of 3 ({', '.join(f'{t:.2f}' for t in times)}), "
          f"{len(out.getvalue()) / 1e6:.1f} MB")
    tracemalloc.start()
    build_certificates(ISSUER, certs, io.BytesIO())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"1000 certificates: peak Python allocations {peak / 1e6:.0f} MB (tracemalloc run, slower)")

    rows = tuple(SigninRow(f"{NAMES[i % 5]} {i}", str(1940 + i), "Thôn Đông Hòa") for i in range(60))
    data = SigninData("BDHVS-2026-03", "Sử dụng dịch vụ công trực tuyến", datetime(2026, 3, 3, 8),
                      datetime(2026, 3, 3, 10), "Nhà văn hóa thôn Đông Hòa", ("Hoàng Thu Hà",), rows)
    build_signin_sheet(ISSUER, data, io.BytesIO())  # warm up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        build_signin_sheet(ISSUER, data, io.BytesIO())
        times.append(time.perf_counter() - start)
    print(f"60-name sign-in sheet: {min(times) * 1000:.0f} ms (best of 5), {sum(times) / 5 * 1000:.0f} ms mean")
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
