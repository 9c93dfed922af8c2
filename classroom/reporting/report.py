"""The PDF report for the upper level: the dashboard's figures as ``printouts.report`` data."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune, now_local
from printouts.report import CountLine, MonthLine, ReportData, TargetLine, build_report

from ..errors import InvalidInput, Problem
from ..paper import issuer
from ..text import nfc
from .dashboard import Dashboard, dashboard
from .results import Period
from .targets import Figures, Progress
from .workbook import GROUP_WORDS, METRIC_WORDS, day_text, write_atomically


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


def _count(label: str, f: Figures, extra: str = "") -> CountLine:
    return CountLine(label, f.enrolled, f.completed, f.certified, extra, f.confirmed)


def _target(t: Progress) -> TargetLine:
    label = f"{GROUP_WORDS[t.target_group] if t.target_group != 'all' else 'Toàn xã'}: {METRIC_WORDS[t.metric]}"
    if t.is_share:
        reached = _pct(t.reached) if t.reached is not None else "chưa có số người trưởng thành"
        return TargetLine(label, f"{t.target:g} %".replace(".", ","), reached, _pct(t.progress))
    return TargetLine(label, f"{t.target:,.0f} người".replace(",", "."), f"{t.reached or 0:,.0f} người".replace(",", "."),
                      _pct(t.progress))


def period_words(period: Period) -> str:
    if period.start and period.end:
        return f"(Từ ngày {day_text(period.start)} đến ngày {day_text(period.end)})"
    if period.start:
        return f"(Từ ngày {day_text(period.start)})"
    if period.end:
        return f"(Đến ngày {day_text(period.end)})"
    return "(Toàn bộ thời gian)"


def report_data(session: Session, d: Dashboard) -> ReportData:
    receiving = session.scalar(select(Commune.upper_body).order_by(Commune.id)) or ""
    groups = tuple(_count(GROUP_WORDS[x.target_group], x.figures) for x in d.summary.lines if x.target_group != "all")
    villages = tuple(_count(v.name or "(chưa ghi thôn)", v.figures,
                            f"{_pct(v.share)} của {v.adults:,} người".replace(",", ".").replace(".", ",", 1)
                            if v.adults else "—")
                     for v in d.villages)
    months = tuple(MonthLine(f"{m.month:02d}/{m.year}", m.sessions_held, _pct(m.attendance_rate), m.completed,
                             m.certified) for m in d.months)
    return ReportData(period_words(d.period), receiving, d.sessions_held, _pct(d.attendance_rate),
                      _count("Tổng cộng", d.total), groups, villages, tuple(_target(t) for t in d.targets), months)


NUMBER = re.compile(r"^[0-9A-Za-z.\-]{1,12}$")
MAX_RECIPIENT = 300


def check_heading(number: str, recipient: str) -> tuple[str, str]:
    """The document number (digits and letters, as "125" or "12a"; empty: written by hand) and the
    recipient, cleaned; ``InvalidInput`` names what is wrong."""
    number, recipient = nfc(number).strip(), " ".join(nfc(recipient).split())
    problems = []
    if number and not NUMBER.match(number):
        problems.append(Problem("report_number", "number", params={"value": number}))
    if len(recipient) > MAX_RECIPIENT:
        problems.append(Problem("report_recipient_too_long", "recipient", params={"max": MAX_RECIPIENT}))
    if problems:
        raise InvalidInput(problems)
    return number, recipient


def export_report(session: Session, out: Path, period: Period, *, number: str = "", recipient: str = "",
                  on: date | None = None) -> Path:
    """Write the report's PDF for ``period`` (whole or not at all), numbered "Số: ``number``/BC-UBND"
    (dots when empty), to ``recipient`` (the receiving body when empty), dated ``on`` (today)."""
    out = Path(out)
    number, recipient = check_heading(number, recipient)
    data = replace(report_data(session, dashboard(session, period)), number=number, recipient=recipient,
                   printed_on=on or now_local().date())
    buffer = io.BytesIO()
    build_report(issuer(session), data, buffer)
    write_atomically(out, lambda fh: fh.write(buffer.getvalue()) and None)
    return out
