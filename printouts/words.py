"""Printed words for stored codes. Paper speaks Vietnamese: it goes to Vietnamese offices and citizens."""
from __future__ import annotations

GENDER = {"male": "Nam", "female": "Nữ", "other": "Khác"}
COMMUNE_KIND = {"commune": "xã", "ward": "phường", "special_zone": "đặc khu"}
TARGET_GROUP = {
    "elderly": "Người cao tuổi", "worker": "Công nhân/Người lao động", "farmer": "Nông dân",
    "youth": "Đoàn viên thanh niên", "women": "Phụ nữ", "civil_servant": "Cán bộ/Công chức/Viên chức",
    "student": "Học sinh/Sinh viên", "other": "Khác",
}
PASSED = "Đạt"
NOT_YET = "Chưa đạt"
IN_PROGRESS = "Đang học"
HONORIFIC = {"male": "Ông", "female": "Bà"}
