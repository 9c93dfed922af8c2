"""What the first real day's papers say about who holds the data."""
from __future__ import annotations

from datetime import date
from io import BytesIO

import pypdfium2

from printouts.data import Issuer
from printouts.person import build_person

WARD = Issuer("Đông Tiến", "phường", "Thanh Hóa", "Đông Tiến", "Chủ tịch", "Lê Văn Thành")


def test_a_persons_data_names_the_committee_holding_it() -> None:
    buffer = BytesIO()
    data = {"person": {"full_name": "Nguyễn Văn An"}, "enrollments": [], "attendance": [], "certificates": [],
            "assessments": [], "audit": []}
    build_person(WARD, data, buffer, date(2026, 12, 3))
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    assert "do Ủy ban nhân dân phường Đông Tiến lưu giữ về Ông/Bà" in text
