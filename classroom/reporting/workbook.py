"""The roster workbook (.xlsx) and CSV for the upper level, exactly as contract/roster.md says.

The printed words here (headers, target groups, results) are the contract's fixed
Vietnamese: other offices' tools read them, whatever language the program speaks.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import Cancelled, InvalidInput, Problem
from ..files import write_private
from .results import Period
from .roster import GroupLine, RosterRow, Summary, commune_of, roster_rows, summary
from .targets import ALL, SHARE_METRICS, Progress
from .xlsx import RISKY_START, Row, Sheet, Value, write_workbook

ROSTER_SHEET, SUMMARY_SHEET = "Danh sách", "Tổng hợp"
HEADER = ("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Số điện thoại",
          "Thôn/Ấp/Tổ dân phố", "Xã/Phường", "Tỉnh/Thành phố", "Đối tượng", "Mã lớp", "Nội dung", "Ngày bắt đầu",
          "Ngày kết thúc", "Số buổi có mặt", "Tổng số buổi", "Kết quả", "Số chứng nhận")
GROUP_WORDS = {
    "elderly": "Người cao tuổi", "worker": "Công nhân/Người lao động", "farmer": "Nông dân",
    "youth": "Đoàn viên thanh niên", "women": "Phụ nữ", "civil_servant": "Cán bộ/Công chức/Viên chức",
    "student": "Học sinh/Sinh viên", "other": "Khác", ALL: "Tổng cộng",
}
GENDER_WORDS = {"male": "Nam", "female": "Nữ", "other": "Khác"}
RESULT_WORDS = {"passed": "Đạt", "not_passed": "Chưa đạt", "in_progress": "Đang học"}
METRIC_WORDS = {
    "trained": "Số người hoàn thành khóa học",
    "certified": "Số người được cấp chứng nhận",
    "share_basic_skills": "Tỷ lệ người trưởng thành có kỹ năng số cơ bản (%)",
    "vneid_confirmed": "Số người đã xác nhận hoàn thành trên VNeID",
}
MAX_WIDTH = 60


def day_text(d: date | None) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}" if d else ""


def birth_text(year: int | None, month: int | None, day: int | None) -> str:
    """dd/mm/yyyy, or the year alone where the day is not known (contract/roster.md)."""
    if not year:
        return ""
    return f"{day:02d}/{month:02d}/{year:04d}" if day and month else f"{year:04d}"


def birth_value(year: int | None, month: int | None, day: int | None) -> Value:
    """A birth known to the day as a date (a real Excel date in the workbook); otherwise the text."""
    if year and month and day:
        try:
            return date(year, month, day)
        except ValueError:
            pass
    return birth_text(year, month, day)


def roster_values(r: RosterRow, stt: int, commune: str, province: str) -> list[Value]:
    """One roster line; full dates are ``date`` values (the workbook shows them dd/mm/yyyy, the CSV
    writes that text)."""
    return [stt, r.full_name, birth_value(r.birth_year, r.birth_month, r.birth_day),
            GENDER_WORDS.get(r.gender or "", ""), r.national_id or "", r.phone or "", r.village, commune, province,
            GROUP_WORDS.get(r.target_group, GROUP_WORDS["other"]), r.class_code, r.course_title,
            r.first_session, r.last_session, r.attended, r.held,
            RESULT_WORDS.get(r.result, r.result), r.certificate]


def fitted_widths(header: Sequence[str], rows: Sequence[Sequence[Value]]) -> list[float]:
    """Each column as wide as its longest value (capped), and at least its header's longest word."""
    widths = [max(max(len(w) for w in h.split()) + 2, min(len(h), 12)) for h in header]
    for values in rows:
        for i, v in enumerate(values):
            n = len(v) if isinstance(v, str) else len(str(v)) if v is not None else 0
            if n + 2 > widths[i]:
                widths[i] = n + 2
    return [float(min(w, MAX_WIDTH)) for w in widths]


def summary_rows(s: Summary) -> list[Sequence[Value] | Row]:
    header: list[Value] = ["STT", "Đối tượng", "Số người ghi danh", "Số người hoàn thành",
                           "Số người được cấp chứng nhận", f"Chỉ tiêu năm {s.year}", "Mức chỉ tiêu",
                           "Kết quả đạt được", "Tỷ lệ so với chỉ tiêu (%)"]
    out: list[Sequence[Value] | Row] = [header]
    for n, line in enumerate(s.lines, start=1):
        total = line.target_group == ALL
        first = [None if total else n, GROUP_WORDS[line.target_group], line.figures.enrolled,
                 line.figures.completed, line.figures.certified]
        targets: Sequence[Progress | None] = line.targets or (None,)
        for i, t in enumerate(targets):
            values = (first if i == 0 else [None, GROUP_WORDS[line.target_group], None, None, None]) + target_values(t)
            out.append(Row(values) if total else values)
    return out


def target_values(t: Progress | None) -> list[Value]:
    if t is None:
        return [None, None, None, None]
    reached = None if t.reached is None else (round(t.reached, 1) if t.metric in SHARE_METRICS else int(t.reached))
    progress = None if t.progress is None else round(t.progress, 1)
    value = t.target if t.metric in SHARE_METRICS else int(t.target)
    return [METRIC_WORDS.get(t.metric, t.metric), value, reached, progress]


def period_text(period: Period) -> str:
    if period.start and period.end:
        return f"Từ ngày {day_text(period.start)} đến ngày {day_text(period.end)}"
    if period.start:
        return f"Từ ngày {day_text(period.start)}"
    if period.end:
        return f"Đến ngày {day_text(period.end)}"
    return "Toàn bộ thời gian"


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    summary: Summary


def _with_progress(rows: list[list[Value]], progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None) -> Iterator[list[Value]]:
    for n, values in enumerate(rows, start=1):
        if n % 5000 == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(n, len(rows))
        yield values


def write_roster_xlsx(stream: io.BufferedIOBase, values: list[list[Value]], s: Summary, place: str,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> None:
    notes: list[Sequence[Value] | Row] = [[], Row([None, place], bold=False), Row([None, period_text(s.period)], bold=False)]
    summary_sheet = summary_rows(s) + notes
    write_workbook(stream, [
        Sheet(ROSTER_SHEET, fitted_widths(HEADER, values), [list(HEADER), *_with_progress(values, progress, cancelled)],
              autofilter=True),
        Sheet(SUMMARY_SHEET, fitted_widths(summary_sheet[0], [r.values if isinstance(r, Row) else r
                                                             for r in summary_sheet[1:-2]]),
              summary_sheet, decimals=frozenset({6, 7, 8})),
    ], title="Danh sách học viên Bình dân học vụ số")


def csv_safe(value: Value) -> str:
    """Text for a CSV cell; a leading = + - @ (or tab, CR) gets an apostrophe so no spreadsheet runs it."""
    if isinstance(value, date):
        return day_text(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(RISKY_START) else text


def write_roster_csv(stream: io.TextIOBase, values: list[list[Value]],
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> None:
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in _with_progress(values, progress, cancelled):
        writer.writerow([csv_safe(v) for v in row])


def export_roster(session: Session, out: Path, period: Period = Period(), class_id: int | None = None, *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Exported:
    """Write the roster workbook (.xlsx: roster and summary) or CSV (roster); the file appears whole or not at all."""
    out = Path(out)
    kind = out.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise InvalidInput([Problem("export_format", "out", params={"path": str(out)})])
    commune = commune_of(session)
    rows = roster_rows(session, period, class_id, cancelled=cancelled)
    if not rows:
        raise InvalidInput([Problem("nothing_to_export", "period", params={
            "start": period.start.isoformat() if period.start else "", "end": period.end.isoformat() if period.end else "",
            "class_id": class_id or ""})])
    values = [roster_values(r, n, commune.name, commune.province_name) for n, r in enumerate(rows, start=1)]
    s = summary(session, period)
    place = f"{commune.display_name}, tỉnh {commune.province_name} (mã {commune.code})"

    def write(fh: io.BufferedIOBase) -> None:
        if kind == ".xlsx":
            write_roster_xlsx(fh, values, s, place, progress, cancelled)
            return
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
        write_roster_csv(text, values, progress, cancelled)
        text.flush()
        text.detach()

    write_atomically(out, write)
    return Exported(out, len(rows), s)


def write_atomically(out: Path, write: Callable[[io.BufferedIOBase], None]) -> None:
    """Write through a temporary file beside ``out``, then put it in place: never a half-written file, and
    readable by the user alone (``classroom.files.write_private``, the one writer of personal data)."""
    write_private(out, write)


__all__ = ["GROUP_WORDS", "HEADER", "Exported", "GroupLine", "export_roster", "roster_values", "write_atomically"]
