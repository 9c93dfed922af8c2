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
    tracemalloc.start()
    start = time.perf_counter()
    out = io.BytesIO()
    build_certificates(ISSUER, certs, out)
    took = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"1000 certificates: {took:.2f} s, {len(out.getvalue()) / 1e6:.1f} MB PDF, "
          f"peak traced {peak / 1e6:.0f} MB (tracemalloc slows the build; untraced time below)")
    start = time.perf_counter()
    build_certificates(ISSUER, certs, io.BytesIO())
    print(f"1000 certificates, untraced: {time.perf_counter() - start:.2f} s")

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
