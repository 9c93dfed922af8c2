"""Trust benchmarks (issue 13), printed as figure, target and PASS/MISS:

- verifying one certificate against a trust list of 3,321 communes and 100,000 revocations (< 20 ms);
- taking that trust list in (< 2 s);
- the verifier page checking a certificate in headless Chromium (< 200 ms; skipped without chromium).

    python bench/bench_trust.py

Made in a temporary folder: a receiving office that pinned 3,321 communes' keys (the demo commune and
3,320 others) and knows 100,000 revocations, and commune B that takes the office's list in.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from classroom import certificates as certs  # noqa: E402
from classroom.demo import fill_demo  # noqa: E402
from classroom.keys import store_signing_key  # noqa: E402
from classroom.reporting.package import export_package  # noqa: E402
from classroom.signing import fingerprint, key_id, public_key_b64  # noqa: E402
from classroom.trust import consolidate_pinned  # noqa: E402
from classroom.trustlist import export_trust_list, import_trust_list  # noqa: E402
from classroom.verifier import export_verifier  # noqa: E402
from models import LOCAL_TZ, Certificate, Commune, IssuerKey, KnownRevocation  # noqa: E402
from models.db import open_database  # noqa: E402

COMMUNES, REVOCATIONS = 3_321, 100_000
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=LOCAL_TZ)


def line(what: str, figure: float, target: float, unit: str) -> None:
    verdict = "PASS" if figure < target else "MISS"
    print(f"{what:<70} {figure:9.1f} {unit}   target < {target:g} {unit}   {verdict}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-trust-") as tmp:
        folder = Path(tmp)
        a = open_database(folder / "a.sqlite3")
        with a.transaction() as s:
            fill_demo(s, participants=150, seed=7, today=date(2026, 11, 23))
        with a.transaction() as s:
            export_package(s, folder / "a.zip")
            text = s.scalars(select(Certificate.qr_text).where(Certificate.revoked_at.is_(None))).first()
        office = open_database(folder / "office.sqlite3")
        rng = random.Random(13)
        with office.transaction() as s:
            consolidate_pinned(s, [folder / "a.zip"], now=NOW)
            rows, codes = [], []
            for n in range(COMMUNES - 1):
                code = f"{20000 + n:05d}"
                codes.append(code)
                key = Ed25519PrivateKey.generate()
                rows.append({"origin": "pinned", "commune_code": code, "commune_name": f"Xã số {n}",
                             "province_name": "Tỉnh", "public_key": public_key_b64(key), "key_id": key_id(key),
                             "fingerprint": fingerprint(key), "current": True, "since": NOW})
            s.execute(insert(IssuerKey), rows)
            s.execute(insert(KnownRevocation), [
                {"origin": "pinned", "commune_code": rng.choice(codes), "serial": f"X-2026-{n:06d}",
                 "revoked_on": date(2026, 1, 1) + timedelta(days=n % 300)} for n in range(REVOCATIONS)])
        with office.transaction() as s:
            listed = export_trust_list(s, folder / "tin-cay.json", NOW)
            office_fp = listed.office_fingerprint
        print(f"trust list: {len(listed.communes)} communes, {len(listed.revocations)} revocations, "
              f"{(folder / 'tin-cay.json').stat().st_size / 1e6:.1f} MB")

        b = open_database(folder / "b.sqlite3")
        with b.transaction() as s:
            s.add(Commune(name="Xã B", kind="commune", code="26734", province_name="Tỉnh", province_code="26"))
            store_signing_key(s, Ed25519PrivateKey.generate(), None)
        began = time.perf_counter()
        with b.transaction() as s:
            import_trust_list(s, folder / "tin-cay.json", office_fp, NOW)
        line("taking in the trust list (3,321 communes, 100,000 revoked)", time.perf_counter() - began, 2, "s")

        times = []
        with b.sessions() as s:
            assert certs.verify(s, text).status == "genuine"
            for _ in range(200):
                began = time.perf_counter()
                certs.verify(s, text)
                times.append((time.perf_counter() - began) * 1000)
        line("verifying one certificate against that list (median of 200)", statistics.median(times), 20, "ms")

        from tests import chromium as browser

        if browser.chromium() is None:
            print(f"verifier page: skipped ({browser.MISSING})")
            return
        with b.sessions() as s:
            page = export_verifier(s, folder / "kiem-tra.html", NOW).path
        print(f"verifier page: {page.stat().st_size / 1e6:.1f} MB")
        for engine in (None, "js"):
            figures = []
            for _ in range(3):
                attributes = browser.body(browser.dump_dom(page, text, engine))
                assert attributes["data-status"] == "genuine", attributes
                figures.append(float(attributes["data-ms"]))
            name = "Web Crypto" if engine is None else "bundled implementation"
            line(f"the page verifying in Chromium ({name}, median of 3)", statistics.median(figures), 200, "ms")


if __name__ == "__main__":
    main()
