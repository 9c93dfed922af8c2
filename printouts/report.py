"""The report for the upper level: figures per target group, village and month, progress to the
year's targets, with bar charts (ReportLab graphics), the national header and the signer's block."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table

from .data import Issuer, nfc
from .fonts import SERIF, register_fonts
from .layout import (
    MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE, SIGN_HINT, NationalHeader, SignatureBlock, date_line,
    issuer_signer_lines, number_line, numbered_canvas,
)
from .styles import grid_style, label_para, para, style

REPORT_KIND = "BC-UBND"  # a report (báo cáo) of the People's Committee (Decree 30/2020, appendix III)
COLORS = (colors.HexColor("#4e79a7"), colors.HexColor("#59a14f"), colors.HexColor("#f28e2b"))


@dataclass(frozen=True)
class CountLine:
    label: str
    enrolled: int
    completed: int
    certified: int
    extra: str = ""  # the village's adults and the share completed, "" elsewhere
    confirmed: int = 0  # people who confirmed their course on VNeID


@dataclass(frozen=True)
class TargetLine:
    label: str  # "Nông dân: Tỷ lệ người trưởng thành có kỹ năng số cơ bản"
    target: str  # "70 %", "500 người"
    reached: str  # "63,2 %", "412 người", "chưa có số người trưởng thành"
    progress: str  # "90,3 %" or "—"


@dataclass(frozen=True)
class MonthLine:
    label: str  # "09/2026"
    sessions: int
    attendance: str
    completed: int
    certified: int


@dataclass(frozen=True)
class ReportData:
    period: str  # "từ ngày 01/01/2026 đến ngày 31/12/2026"
    receiving_body: str
    sessions_held: int
    attendance: str
    total: CountLine
    groups: tuple[CountLine, ...]
    villages: tuple[CountLine, ...]
    targets: tuple[TargetLine, ...]
    months: tuple[MonthLine, ...]
    printed_on: date | None = None
    number: str = ""  # the document number the officer gives ("125"), or "" to write by hand
    recipient: str = ""  # "Kính gửi: …"; the receiving body when empty


def bar_chart(categories: list[str], series: list[tuple[str, list[int]]], width: float, height: float = 62 * mm) -> Drawing:
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 32
    chart.width, chart.height = width - 40, height - 58
    chart.data = [values for _, values in series] if categories else [[0]]
    chart.categoryAxis.categoryNames = categories or [""]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = COLORS[i % len(COLORS)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, height - 6
    legend.fontName, legend.fontSize = SERIF, 9
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(COLORS[i % len(COLORS)], name) for i, (name, _) in enumerate(series)]
    d.add(legend)
    return d


def _table(header: list[str], rows: list[list[str]], widths: list[float], size: float = 11) -> Table:
    cell, center = style(size), style(size, center=True)
    body: list[list[object]] = [[para(h, style(size, bold=True, center=True)) for h in header]]
    for r in rows:
        body.append([para(r[0], cell)] + [para(v, center) for v in r[1:]])
    t = Table(body, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style(size))
    return t


def build_report(issuer: Issuer, data: ReportData, stream: BinaryIO) -> None:
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    doc = SimpleDocTemplate(stream, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title="Báo cáo Bình dân học vụ số",
                            author=issuer.upper_body, creator="classroom")
    text, bold = style(13, leading=17), style(13, bold=True, leading=17)
    w = doc.width
    counts = ["Số người tham gia", "Hoàn thành", "Được cấp chứng nhận"]
    story: list[object] = [NationalHeader(issuer, number=number_line(data.number, REPORT_KIND),
                                          place_date=date_line(issuer.place_name, data.printed_on or date.today())),
                           Spacer(1, 6 * mm),
                           para("BÁO CÁO", style(15, bold=True, center=True)),
                           para("Kết quả thực hiện phong trào “Bình dân học vụ số”", style(14, bold=True, center=True)),
                           para(data.period, style(13, center=True)), Spacer(1, 4 * mm)]
    recipient = data.recipient.strip() or data.receiving_body
    if recipient:
        story += [para(f"Kính gửi: {recipient}", style(13, center=True)), Spacer(1, 4 * mm)]
    t = data.total
    story += [para("1. Kết quả chung", bold),
              label_para("Số buổi học đã tổ chức:", str(data.sessions_held), text),
              label_para("Tỷ lệ chuyên cần:", data.attendance, text),
              label_para("Số người tham gia học:", str(t.enrolled), text),
              label_para("Số người hoàn thành:", str(t.completed), text),
              label_para("Số người được cấp giấy chứng nhận:", str(t.certified), text),
              label_para("Số người đã xác nhận hoàn thành trên VNeID:", str(t.confirmed), text), Spacer(1, 3 * mm)]
    groups = [g for g in data.groups if g.enrolled]
    story += [para("2. Kết quả theo đối tượng", bold), Spacer(1, 2 * mm),
              _table(["Đối tượng", *counts], [[g.label, str(g.enrolled), str(g.completed), str(g.certified)]
                                              for g in (*groups, t)], [w * 0.4, w * 0.2, w * 0.2, w * 0.2]),
              Spacer(1, 3 * mm),
              bar_chart([g.label.split("/")[0] for g in groups],
                        [(c, [getattr(g, f) for g in groups]) for c, f in zip(counts, ("enrolled", "completed",
                                                                                     "certified"))], w),
              Spacer(1, 4 * mm)]
    story.append(KeepTogether([para("3. Tiến độ thực hiện chỉ tiêu năm", bold), Spacer(1, 2 * mm),
                               _table(["Chỉ tiêu", "Mức giao", "Đã đạt", "Tỷ lệ so với chỉ tiêu"],
                                      [[x.label, x.target, x.reached, x.progress] for x in data.targets]
                                      or [["Chưa giao chỉ tiêu cho năm này", "", "", ""]],
                                      [w * 0.46, w * 0.16, w * 0.2, w * 0.18])]))
    story += [Spacer(1, 4 * mm), para("4. Kết quả theo thôn, tổ dân phố", bold), Spacer(1, 2 * mm),
              _table(["Thôn/Tổ dân phố", *counts, "Tỷ lệ hoàn thành / người trưởng thành"],
                     [[v.label, str(v.enrolled), str(v.completed), str(v.certified), v.extra] for v in data.villages],
                     [w * 0.32, w * 0.15, w * 0.15, w * 0.17, w * 0.21], size=10.5), Spacer(1, 4 * mm)]
    months = list(data.months)
    story.append(KeepTogether([
        para("5. Kết quả theo tháng", bold), Spacer(1, 2 * mm),
        _table(["Tháng", "Số buổi học", "Tỷ lệ chuyên cần", "Hoàn thành", "Được cấp chứng nhận"],
               [[m.label, str(m.sessions), m.attendance, str(m.completed), str(m.certified)] for m in months],
               [w * 0.2, w * 0.2, w * 0.2, w * 0.2, w * 0.2]),
        Spacer(1, 3 * mm),
        bar_chart([m.label for m in months], [("Số buổi học", [m.sessions for m in months]),
                                              ("Hoàn thành", [m.completed for m in months]),
                                              ("Được cấp chứng nhận", [m.certified for m in months])], w)]))
    story += [Spacer(1, 6 * mm),
              SignatureBlock(issuer_signer_lines(issuer), issuer.signer_name, SIGN_HINT)]
    doc.build(story, canvasmaker=numbered_canvas(SERIF, 11, 10 * mm))
