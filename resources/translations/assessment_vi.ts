<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>P</source>
        <comment>key: passed</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>F</source>
        <comment>key: not passed</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>V</source>
        <comment>key: confirmed on VNeID</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>Assessment and VNeID confirmation</source>
        <translation>Đánh giá và xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Assessor / seen by:</source>
        <translation>Người đánh giá / người xem:</translation>
    </message>
    <message>
        <source>Score (0–100, optional):</source>
        <translation>Điểm (0–100, nếu có):</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Remove the result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <source>Confirmed on VNeID</source>
        <translation>Đã xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>Whole class confirmed on VNeID</source>
        <translation>Cả lớp đã xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>Keys on the list: digits type a score · P passed · F not passed · V confirmed on VNeID · Delete removes the result · ↑↓ choose a person</source>
        <translation>Phím trên danh sách: gõ số để nhập điểm · D đạt · K chưa đạt · X đã xác nhận trên VNeID · Delete xóa kết quả · ↑↓ chọn người</translation>
    </message>
    <message>
        <source>Keys on the list: digits type a score · P passed · F not passed · Delete removes the result · ↑↓ choose a person</source>
        <translation>Phím trên danh sách: gõ số để nhập điểm · D đạt · K chưa đạt · Delete xóa kết quả · ↑↓ chọn người</translation>
    </message>
    <message>
        <source>Choose a person, type a score if any, then press P or F</source>
        <translation>Chọn người, gõ điểm nếu có, rồi bấm D (đạt) hoặc K (chưa đạt)</translation>
    </message>
    <message>
        <source>Completion: at least %1 % of the sessions held and a passed assessment.</source>
        <translation>Điều kiện hoàn thành: tham dự ít nhất %1 % số buổi đã học và đạt đánh giá.</translation>
    </message>
    <message>
        <source>Completion: at least %1 % of the sessions held (no assessment required).</source>
        <translation>Điều kiện hoàn thành: tham dự ít nhất %1 % số buổi đã học (không cần đánh giá).</translation>
    </message>
    <message>
        <source>Passed %1 · not passed %2 · no result %3 · confirmed on VNeID %4 · completed %5 / %6</source>
        <translation>Đạt %1 · chưa đạt %2 · chưa có kết quả %3 · đã xác nhận VNeID %4 · hoàn thành %5 / %6</translation>
    </message>
    <message>
        <source>The score “%1” is not a number.</source>
        <translation>Điểm “%1” không phải là số.</translation>
    </message>
    <message>
        <source>Result of %1 removed</source>
        <translation>Đã xóa kết quả của %1</translation>
    </message>
    <message>
        <source>Certificate issued on the former result</source>
        <translation>Giấy chứng nhận đã cấp theo kết quả cũ</translation>
    </message>
    <message>
        <source>%1 holds certificate %2, issued on the former result. It stays valid until it is revoked. Revoke it now?</source>
        <translation>%1 đang giữ giấy chứng nhận số %2, cấp theo kết quả cũ. Giấy vẫn còn hiệu lực cho đến khi bị thu hồi. Thu hồi ngay bây giờ?</translation>
    </message>
    <message>
        <source>Revoke certificate %1</source>
        <translation>Thu hồi giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>The assessment result changed</source>
        <translation>Kết quả đánh giá đã thay đổi</translation>
    </message>
    <message>
        <source>Certificate %1 revoked</source>
        <translation>Đã thu hồi giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>VNeID confirmation of %1 taken back</source>
        <translation>Đã bỏ xác nhận VNeID của %1</translation>
    </message>
    <message>
        <source>✔ %1 — confirmed on VNeID</source>
        <translation>✔ %1 — đã xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>%1 people confirmed on VNeID</source>
        <translation>Đã ghi %1 người xác nhận trên VNeID</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>Confirmed on VNeID</source>
        <translation>Đã xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>AssessmentWords</name>
    <message>
        <source>Participant {id} is not enrolled in this class; nothing was saved.</source>
        <translation>Học viên mã số {id} không học lớp này; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The score {value} is outside {min}–{max}; nothing was saved.</source>
        <translation>Điểm {value} nằm ngoài khoảng {min}–{max}; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The day {value} is after today; nothing was saved.</source>
        <translation>Ngày {value} ở sau hôm nay; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The day {value} is too long ago; check it. Nothing was saved.</source>
        <translation>Ngày {value} quá xa, hãy kiểm tra lại. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Type who saw the confirmation on VNeID; nothing was saved.</source>
        <translation>Hãy ghi người đã xem xác nhận trên VNeID; chưa ghi gì.</translation>
    </message>
</context>
</TS>
