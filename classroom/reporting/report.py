"""The PDF report for the upper level: the dashboard's figures as ``printouts.report`` data."""
from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune
from printouts.report import CountLine, MonthLine, ReportData, TargetLine, build_report

from ..paper import issuer
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


def export_report(session: Session, out: Path, period: Period) -> Path:
    """Write the report's PDF for ``period`` (whole or not at all)."""
    out = Path(out)
    data = report_data(session, dashboard(session, period))
    buffer = io.BytesIO()
    build_report(issuer(session), data, buffer)
    write_atomically(out, lambda fh: fh.write(buffer.getvalue()) and None)
    return out
