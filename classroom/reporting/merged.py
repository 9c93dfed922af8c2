"""The receiving office's workbook: totals by commune and target group, the merged roster, refusals.

Sheets: ``Tổng hợp`` (one row per commune, and the total with each person once),
``Theo đối tượng`` (per commune and target group, then each group across communes),
``Danh sách`` (every commune's roster in the contract's columns) and, when any package
was refused, ``Gói bị từ chối`` with the reason. Words are the exchange format's fixed
Vietnamese, like the roster's.
"""
from __future__ import annotations

import io
from datetime import date
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import Cancelled
from .consolidate import Consolidation
from .package import Package
from .results import Period
from .targets import GROUPS, Figures
from .workbook import (
    GENDER_WORDS, GROUP_WORDS, HEADER, RESULT_WORDS, fitted_widths, period_text, write_atomically,
)
from .xlsx import Row, Sheet, Value, write_workbook

REFUSAL_WORDS = {
    "package_too_large": "Tệp quá lớn, không phải gói dữ liệu",
    "package_unreadable": "Không đọc được tệp (không phải gói dữ liệu, bị cắt cụt hoặc hỏng)",
    "package_not_package": "Không phải gói dữ liệu Bình dân học vụ số",
    "package_old_format": "Gói dữ liệu theo định dạng cũ, cần xuất lại bằng phiên bản mới",
    "package_new_format": "Gói dữ liệu của phiên bản mới hơn, cần cập nhật chương trình",
    "package_bad_signature": "Chữ ký không hợp lệ: gói đã bị sửa sau khi ký",
    "package_untrusted_key": "Khóa ký không nằm trong danh sách khóa tin cậy",
    "package_invalid": "Dữ liệu trong gói sai định dạng",
    "package_same_period": "Xã đã gửi gói cho cùng khoảng thời gian",
    "package_period_overlap": "Khoảng thời gian trùng với gói khác của cùng xã",
    "package_key_changed": "Xã ký bằng khóa khác với khóa đã ghim (khóa đã ghim {pinned}, khóa của gói {offered})",
}
KEY_TRUST_WORDS = {  # classroom.trust.KeyTrust.how
    "first_seen": "Tin khi gặp lần đầu (chưa có danh sách tin cậy): hãy gọi điện cho xã so dấu vân tay",
    "pinned": "Khớp khóa đã ghim từ {since}",
    "trust_list": "Có trong danh sách tin cậy",
    "accepted_change": "Khóa mới được cán bộ chấp nhận (thay khóa {previous})",
}
COMMUNE_HEADER = ("STT", "Mã tỉnh", "Tỉnh/Thành phố", "Mã xã", "Xã/Phường", "Thời gian", "Số người ghi danh",
                  "Số người hoàn thành", "Số người được cấp chứng nhận", "Mã khóa ký", "Ngày lập gói",
                  "Dấu vân tay khóa", "Độ tin cậy của khóa")
GROUP_HEADER = ("Mã xã", "Xã/Phường", "Đối tượng", "Số người ghi danh", "Số người hoàn thành",
                "Số người được cấp chứng nhận")


def _birth(iso: str) -> str:
    if len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


def _day(iso: str | None) -> str:
    return _birth(iso) if iso else ""


def _date_value(iso: str | None) -> Value:
    """A full date as a real Excel date (shown dd/mm/yyyy); a year alone, or anything else, as text."""
    if iso and len(iso) == 10:
        try:
            return date.fromisoformat(iso)
        except ValueError:
            pass
    return _day(iso)


def _counts(f: Figures) -> list[Value]:
    return [f.enrolled, f.completed, f.certified]


def commune_rows(c: Consolidation) -> list[Sequence[Value] | Row]:
    out: list[Sequence[Value] | Row] = [list(COMMUNE_HEADER)]
    for n, t in enumerate(c.communes, start=1):
        p = t.package
        out.append([n, p.commune.province_code, p.commune.province_name, p.commune.code, p.commune.name,
                    period_text(p.period), *_counts(t.total), p.key_id, _day(p.created_at[:10]), *_trust(c, p)])
    out.append(Row([None, None, "Tổng cộng (mỗi người tính một lần)", None, None, None, *_counts(c.total)]))
    out.append([])
    out.append(Row([None, None, f"Số người học ở nhiều xã (tính một lần): {c.in_several}"], bold=False))
    out.append(Row([None, None, f"Số gói được tổng hợp: {c.accepted}; số gói bị từ chối: {len(c.refused)}"],
                   bold=False))
    on_trust = [n for n in c.trust.values() if n.how == "first_seen"]
    if on_trust:
        out.append(Row([None, None, f"Khóa ký của {len(on_trust)} xã được tin khi gặp lần đầu, chưa có danh sách tin "
                        "cậy nào xác nhận: " + "; ".join(f"{n.commune_name} ({n.commune_code}) {n.fingerprint}"
                                                          for n in on_trust)], bold=False))
    return out


def _trust(c: Consolidation, p: Package) -> list[Value]:
    note = c.trust.get(p.commune.code)
    if note is None:
        return ["", ""]
    since = note.since.strftime("%d/%m/%Y") if note.since else ""
    return [note.fingerprint, KEY_TRUST_WORDS[note.how].format(since=since, previous=note.previous)]


def group_rows(c: Consolidation) -> list[Sequence[Value] | Row]:
    out: list[Sequence[Value] | Row] = [list(GROUP_HEADER)]
    for t in c.communes:
        for g in GROUPS[1:]:
            if g in t.by_group:
                out.append([t.package.commune.code, t.package.commune.name, GROUP_WORDS[g], *_counts(t.by_group[g])])
    for g in GROUPS[1:]:
        if g in c.by_group:
            out.append(Row([None, "Tổng cộng", GROUP_WORDS[g], *_counts(c.by_group[g])]))
    out.append(Row([None, "Tổng cộng", "Tất cả đối tượng", *_counts(c.total)]))
    return out


def merged_values(p: Package, r: list[Any], stt: int) -> list[Value]:
    return [stt, r[1], _date_value(r[2]), GENDER_WORDS.get(r[3], ""), r[4], r[5], r[6], p.commune.name,
            p.commune.province_name, GROUP_WORDS.get(r[7], GROUP_WORDS["other"]), r[8], r[9], _date_value(r[10]),
            _date_value(r[11]), r[12], r[13], RESULT_WORDS.get(r[14], r[14]), r[15]]


def roster_widths(c: Consolidation) -> list[float]:
    """``fitted_widths`` of the merged roster, from the longest values reading found (STT: the last number)."""
    longest: list[Value] = ["x" * n for n in c.widths] or [""] * len(HEADER)
    longest[0] = len(c.rows) or None
    return fitted_widths(HEADER, [longest])


def refusal_rows(c: Consolidation) -> list[Sequence[Value] | Row]:
    out: list[Sequence[Value] | Row] = [["STT", "Tệp", "Lý do", "Gói được giữ lại"]]
    for n, r in enumerate(c.refused, start=1):
        reason = REFUSAL_WORDS.get(r.code, r.code).format(pinned=r.params.get("pinned", ""),
                                                          offered=r.params.get("offered", ""))
        out.append([n, Path(r.path).name, reason, Path(str(r.params.get("kept", ""))).name])
    return out


def write_consolidation(stream: io.BufferedIOBase, c: Consolidation,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> None:
    """The rows are written as the packages are read again, one at a time (never the whole roster in memory)."""
    total = len(c.rows)

    def rows() -> Iterator[Sequence[Value]]:
        yield list(HEADER)
        for n, (p, r) in enumerate(c.rows, start=1):
            if n % 10000 == 0:
                if cancelled and cancelled():
                    raise Cancelled()
                if progress:
                    progress(n, total)
            yield merged_values(p, r, n)

    communes, groups = commune_rows(c), group_rows(c)
    sheets = [
        Sheet("Tổng hợp", fitted_widths(COMMUNE_HEADER, [r for r in communes[1:] if not isinstance(r, Row) and r]),
              communes),
        Sheet("Theo đối tượng", fitted_widths(GROUP_HEADER, [r for r in groups[1:] if not isinstance(r, Row)]), groups),
        Sheet("Danh sách", roster_widths(c), rows(), autofilter=True),
    ]
    if c.refused:
        refusals = refusal_rows(c)
        sheets.append(Sheet("Gói bị từ chối", fitted_widths(refusals[0], refusals[1:]), refusals))  # type: ignore[arg-type]
    write_workbook(stream, sheets, title="Tổng hợp Bình dân học vụ số")


def write_consolidation_file(out: Path, c: Consolidation, progress: Callable[[int, int], None] | None = None,
                             cancelled: Callable[[], bool] | None = None) -> Path:
    write_atomically(Path(out), lambda fh: write_consolidation(fh, c, progress, cancelled))
    return Path(out)


__all__ = ["REFUSAL_WORDS", "Period", "write_consolidation", "write_consolidation_file"]
