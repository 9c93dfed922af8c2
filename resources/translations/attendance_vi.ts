<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <source>Choose a session on the left.</source>
        <translation>Chọn một buổi học ở bên trái.</translation>
    </message>
    <message>
        <source>Scan a QR card (or type its code) and press Enter</source>
        <translation>Quét thẻ QR (hoặc gõ mã thẻ) rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Ready for the first card</source>
        <translation>Sẵn sàng quét thẻ</translation>
    </message>
    <message>
        <source>Everyone present (the rest)</source>
        <translation>Tất cả có mặt (những người còn lại)</translation>
    </message>
    <message>
        <source>Undo last mark</source>
        <translation>Hoàn tác lần điểm danh vừa rồi</translation>
    </message>
    <message>
        <source>P</source>
        <comment>key: present</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>L</source>
        <comment>key: late</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>A</source>
        <comment>key: absent</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>E</source>
        <comment>key: excused</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Walk-in: a new person…</source>
        <translation>Người mới đến học…</translation>
    </message>
    <message>
        <source>Results of the class…</source>
        <translation>Kết quả của lớp…</translation>
    </message>
    <message>
        <source>Assessment and VNeID…</source>
        <translation>Đánh giá và VNeID…</translation>
    </message>
    <message>
        <source>Entering a paper sign-in sheet</source>
        <translation>Nhập từ danh sách ký tên trên giấy</translation>
    </message>
    <message>
        <source>Same order and numbers as the printed sheet; marks are recorded as from paper</source>
        <translation>Cùng thứ tự và số thứ tự như danh sách in; lượt điểm danh được ghi là nhập từ giấy</translation>
    </message>
    <message>
        <source>Keys on the list: P present · L late · A absent · E excused · ↑↓ choose a person · Esc back to scanning</source>
        <translation>Phím trên danh sách: C có mặt · M đến muộn · V vắng · P vắng có phép · ↑↓ chọn người · Esc quay lại quét thẻ</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>Tuần %1 – %2</translation>
    </message>
    <message>
        <source>%1/%2 marked</source>
        <translation>đã điểm danh %1/%2</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Tuần này không có buổi học.</translation>
    </message>
    <message>
        <source>This session has not started yet: it can be marked from %1.</source>
        <translation>Buổi học này chưa bắt đầu: có thể điểm danh từ %1.</translation>
    </message>
    <message>
        <source>Present %1 · late %2 · absent %3 · excused %4 · not marked %5 / %6</source>
        <translation>Có mặt %1 · muộn %2 · vắng %3 · có phép %4 · chưa điểm danh %5 / %6</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Reason (may be left empty):</source>
        <translation>Lý do (có thể để trống):</translation>
    </message>
    <message>
        <source>Enrolled on the spot and marked present</source>
        <translation>Đã ghi danh tại chỗ và điểm danh có mặt</translation>
    </message>
    <message>
        <source>%1 is already marked (%2)</source>
        <translation>%1 đã được điểm danh (%2)</translation>
    </message>
    <message>
        <source>%1 is not enrolled in this class</source>
        <translation>%1 chưa ghi danh vào lớp này</translation>
    </message>
    <message>
        <source>%1: this session has not started yet; nothing was recorded</source>
        <translation>%1: buổi học chưa bắt đầu; chưa ghi điểm danh</translation>
    </message>
    <message>
        <source>This card belongs to another commune</source>
        <translation>Thẻ này của xã/phường khác</translation>
    </message>
    <message>
        <source>Unknown card: not in the registry</source>
        <translation>Thẻ không có trong danh sách học viên</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Results of class %1</source>
        <translation>Kết quả lớp %1</translation>
    </message>
    <message>
        <source>Completion rule: at least %1 % of the sessions held. Completed: %2 of %3 people.</source>
        <translation>Điều kiện hoàn thành: tham gia ít nhất %1 % số buổi đã học. Đã hoàn thành: %2 / %3 người.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
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
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Vắng có phép</translation>
    </message>
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
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Arrived / note</source>
        <translation>Giờ đến / ghi chú</translation>
    </message>
</context>
<context>
    <name>WalkInPrompt</name>
    <message>
        <source>%1 is not enrolled in this class.</source>
        <translation>%1 chưa ghi danh vào lớp này.</translation>
    </message>
    <message>
        <source>Enrol as walk-in</source>
        <translation>Ghi danh học viên vãng lai</translation>
    </message>
    <message>
        <source>Enrol this person in the class and mark them present</source>
        <translation>Ghi danh người này vào lớp và điểm danh có mặt</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>WalkInPrompts</name>
    <message>
        <source>Waiting their turn: %1 more not enrolled</source>
        <translation>Đang chờ: còn %1 người chưa ghi danh</translation>
    </message>
</context>
</TS>
