"""Import benchmark (issue 4): a 10,000-row .xlsx with validation and the duplicate check (target < 10 s).

    python bench/bench_import.py [--rows N] [--registry DB]

Makes a workbook of N people (default 10,000) with the usual mess (IDs and phones turned
into numbers, date cells, two-digit years, some bad rows, some duplicates) and imports it
into a copy of the demo commune, or of DB (e.g. bench/.big.sqlite3 from make_big_db.py,
100,000 people, to time the duplicate check against a large registry). Prints the time of
each step: read, preview (validation and duplicates), save (one transaction), and the total.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import figure  # noqa: E402

import openpyxl  # noqa: E402

from classroom.demo import FAMILY, GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, PHONE_PREFIXES, fill_demo  # noqa: E402
from classroom.importing import apply_import, build_preview, guess_layout, read_file  # noqa: E402
from models.db import open_database  # noqa: E402

GROUPS = ["Nông dân", "Công nhân", "Người cao tuổi", "Phụ nữ", "Đoàn viên thanh niên", "Học sinh"]
VILLAGES = ["Thôn Yên Trường", "Phú Lộc", "thôn hòa bình", "Tổ dân phố Ngọc Hà", "Thôn Quyết Thắng"]


def make_workbook(path: Path, rows: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH HỌC VIÊN LỚP BÌNH DÂN HỌC VỤ SỐ NĂM 2026"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "SĐT", "Thôn", "Đối tượng", "Ghi chú"])
    for n in range(1, rows + 1):
        female = rng.random() < 0.55
        name = " ".join([rng.choice([f for f, _ in FAMILY]), rng.choice(MIDDLE_F if female else MIDDLE_M),
                         rng.choice(GIVEN_F if female else GIVEN_M)])
        year, month, day = rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28)
        birth: object = rng.choice([datetime(year, month, day), f"{day:02d}/{month:02d}/{year}", year,
                                    f"{day}/{month}/{year % 100:02d}"])
        century = (year - 1900) // 100 * 2 + (1 if female else 0)
        nid: object = f"038{century}{year % 100:02d}{n:06d}"
        if rng.random() < 0.3:
            nid = int(str(nid))  # Excel made it a number: the leading 0 is gone
        phone: object = rng.choice(PHONE_PREFIXES) + f"{rng.randint(0, 9999999):07d}"
        if rng.random() < 0.3:
            phone = int(str(phone))
        if n % 97 == 0:
            nid = "3,8E+11"  # rejected
        if n % 101 == 0:
            name = f"{name} 2"  # rejected: a digit in the name
        sheet.append([n, name, birth, "Nữ" if female else "Nam", nid, phone, rng.choice(VILLAGES),
                      rng.choice(GROUPS), ""])
        if n % 500 == 0:
            sheet.append([])
    book.save(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--registry", help="a database to import into (copied first); default: a demo commune")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book, target = Path(tmp) / "ds.xlsx", Path(tmp) / "db.sqlite3"
        make_workbook(book, args.rows)
        if args.registry:
            shutil.copy(args.registry, target)
            db = open_database(target)
        else:
            db = open_database(target)
            with db.transaction() as s:
                fill_demo(s, participants=300, seed=1)
        with db.sessions() as s:
            from sqlalchemy import func, select

            from models import Participant
            registered = s.scalar(select(func.count()).select_from(Participant))
        t0 = time.perf_counter()
        sheet = read_file(book)
        t1 = time.perf_counter()
        with db.transaction() as s:
            preview = build_preview(s, sheet, guess_layout(sheet), progress=lambda d, t: None, cancelled=lambda: False)
            t2 = time.perf_counter()
            result = apply_import(s, preview, progress=lambda d, t: None, cancelled=lambda: False)
        t3 = time.perf_counter()
        db.close()
    print(f"rows in the file        {preview.total_rows:>8,}  (registry before: {registered:,} people)")
    print(f"accepted / rejected     {len(preview.accepted):>8,} / {len(preview.rejected):,}  "
          f"(empty {preview.empty_rows}, possible duplicates {len(preview.matched)})")
    print(f"created                 {len(result.created):>8,}")
    print(f"read .xlsx              {t1 - t0:8.2f} s")
    print(f"validate + duplicates   {t2 - t1:8.2f} s")
    print(f"save (one transaction)  {t3 - t2:8.2f} s")
    figure(f"import of a {preview.total_rows:,}-row list (read, check, save)", t3 - t0, "s", 10)


if __name__ == "__main__":
    main()
