"""The certificate register book for 10,000 certificates: python bench/bench_register.py (from the repository root).

Builds the book from plain data (the printout alone, as ``classroom print register`` runs it after
one query) and prints the figure, the target and PASS or MISS.
"""
from __future__ import annotations

import io
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from printouts.data import Issuer  # noqa: E402
from printouts.register import RegisterData, RegisterEntry, build_register  # noqa: E402

ISSUER = Issuer("Đông Sơn", "xã", "Thanh Hóa", "Đông Sơn", "Chủ tịch", "Phạm Văn Đồng",
                signer_on_behalf="TM. Ủy ban nhân dân")
NAMES = ["Nguyễn Thị Hường", "Đặng Quốc Việt", "Trương Thị Ưng", "Lê Văn Ơn", "Tôn Nữ Thị Phương Thảo"]
COURSES = ["Sử dụng dịch vụ công trực tuyến", "Định danh điện tử VNeID: kích hoạt và sử dụng",
           "Nhận diện và phòng tránh lừa đảo trên mạng", "Thanh toán không dùng tiền mặt"]
TARGET_S = 5.0


def entries(n: int) -> tuple[RegisterEntry, ...]:
    start = date(2026, 1, 5)
    return tuple(RegisterEntry(
        i + 1, f"38123-2026-{i + 1:06d}", f"{NAMES[i % 5]} {i}", 1940 + i % 60, COURSES[i % 4],
        f"38123-2026-{i // 30 + 1:03d}", start + timedelta(days=i * 350 // n),
        start + timedelta(days=300) if i % 97 == 0 else None, "Cấp nhầm người" if i % 97 == 0 else "",
        1 if i % 41 == 0 else 0) for i in range(n))


def main() -> int:
    data = RegisterData(2026, entries(10_000), date(2026, 12, 31))
    build_register(ISSUER, RegisterData(2026, data.entries[:10], data.printed_on), io.BytesIO())  # fonts loaded
    started = time.perf_counter()
    out = io.BytesIO()
    pages = build_register(ISSUER, data, out)
    took = time.perf_counter() - started
    print(f"register book, 10,000 certificates: {took:.2f} s ({pages} pages, {len(out.getvalue()) // 1024} KiB); "
          f"target < {TARGET_S:.0f} s: {'PASS' if took < TARGET_S else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
