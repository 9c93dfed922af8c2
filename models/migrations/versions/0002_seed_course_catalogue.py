"""seed the course catalogue with the movement's content

The catalogue stays editable: communes add local courses and may retire these
(``active``); they are marked ``builtin`` so a later version can update their titles.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (code, title, content group, hours, description) - content groups after the provincial plans:
# basic IT and devices; digital services in administration, daily life and production;
# protecting personal information online.
CATALOGUE = [
    ("KNS-CB", "Kỹ năng số cơ bản và sử dụng điện thoại thông minh", "basic_it", 6,
     "Làm quen điện thoại thông minh, máy tính, Internet, Zalo và thư điện tử."),
    ("VNEID", "Định danh điện tử VNeID: kích hoạt và sử dụng", "digital_services", 3,
     "Kích hoạt tài khoản định danh điện tử mức 2, tích hợp giấy tờ, thông báo lưu trú."),
    ("DVCTT", "Dịch vụ công trực tuyến", "digital_services", 4,
     "Nộp hồ sơ, tra cứu và thanh toán trên Cổng Dịch vụ công quốc gia."),
    ("TT-QR", "Thanh toán không dùng tiền mặt bằng mã QR", "digital_services", 3,
     "Ứng dụng ngân hàng, quét mã QR, chuyển khoản an toàn."),
    ("SSK-DT", "Sổ sức khỏe điện tử trên VNeID", "digital_services", 2,
     "Xem và sử dụng sổ sức khỏe điện tử, bảo hiểm y tế trên VNeID."),
    ("LD-DLCN", "Phòng chống lừa đảo trực tuyến và bảo vệ dữ liệu cá nhân", "data_protection", 3,
     "Nhận biết các thủ đoạn lừa đảo, bảo vệ mật khẩu, mã OTP và thông tin cá nhân."),
    ("AI-TL", "Sử dụng trợ lý trí tuệ nhân tạo (AI) an toàn, hiệu quả", "basic_it", 3,
     "Hỏi đáp với trợ lý AI, kiểm chứng thông tin, những điều không nên chia sẻ."),
    ("TXNG-MVT", "Truy xuất nguồn gốc và mã số vùng trồng cho nông dân", "digital_services", 4,
     "Tem truy xuất nguồn gốc, nhật ký sản xuất điện tử, mã số vùng trồng."),
    ("TMDT-HTX", "Thương mại điện tử cho hợp tác xã và hộ kinh doanh", "digital_services", 6,
     "Bán hàng trên sàn thương mại điện tử và mạng xã hội, livestream, giao hàng."),
]


def upgrade() -> None:
    courses = sa.table(
        "courses",
        sa.column("code", sa.String), sa.column("title", sa.String), sa.column("description", sa.Text),
        sa.column("content_group", sa.String), sa.column("hours", sa.Float),
        sa.column("builtin", sa.Boolean), sa.column("active", sa.Boolean),
    )
    op.bulk_insert(courses, [
        {"code": c, "title": t, "content_group": g, "hours": h, "description": d, "builtin": True, "active": True}
        for c, t, g, h, d in CATALOGUE
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM courses WHERE builtin = :yes").bindparams(yes=True))
