<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Every change made through the program, who made it and when. Rows cannot be changed or deleted; each is chained to the one before, so an edit made outside the program is found by “Check the log”.</source>
        <translation>Mọi thay đổi làm trong chương trình: ai làm, làm gì, lúc nào. Các dòng không sửa, không xóa được; mỗi dòng được nối (mã băm) với dòng trước, nên một chỗ sửa ngoài chương trình sẽ bị phát hiện khi bấm “Kiểm tra nhật ký”.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <source>Participant: number or name</source>
        <translation>Học viên: mã số hoặc tên</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>(every officer)</source>
        <translation>(mọi cán bộ)</translation>
    </message>
    <message>
        <source>(every kind)</source>
        <translation>(mọi việc)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không ghi tên)</translation>
    </message>
    <message>
        <source>Nobody in the registry matches “%1”.</source>
        <translation>Không có học viên nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Which participant?</source>
        <translation>Học viên nào?</translation>
    </message>
    <message>
        <source>Several people match; choose one:</source>
        <translation>Có nhiều người khớp; hãy chọn một người:</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>More than %1 rows</source>
        <translation>Hơn %1 dòng</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Đã lưu %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Đang xuất nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>Cancelled: no file was made.</source>
        <translation>Đã hủy: không tạo tệp nào.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Đang kiểm tra nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>The log is intact: %1 rows, each chained to the one before.
Last hash: %2</source>
        <translation>Nhật ký còn nguyên vẹn: %1 dòng, dòng nào cũng khớp với dòng trước.
Mã băm cuối: %2</translation>
    </message>
    <message>
        <source>The log was changed outside the program: row %1 (written %2) no longer matches its hash.</source>
        <translation>Nhật ký đã bị sửa ngoài chương trình: dòng %1 (ghi lúc %2) không còn khớp với mã băm của nó.</translation>
    </message>
    <message>
        <source>The log was changed outside the program: before row %1 (written %2) a row was removed, slipped in or rewritten.</source>
        <translation>Nhật ký đã bị sửa ngoài chương trình: trước dòng %1 (ghi lúc %2) có dòng bị xóa, bị chèn thêm hoặc bị viết lại.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Attendance marked</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Enrolled at the door</source>
        <translation>Ghi danh tại lớp</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>Chuyển từ danh sách chờ vào lớp</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút khỏi lớp</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation>In lại giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Thu hồi giấy chứng nhận</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Duplicate records merged</source>
        <translation>Gộp hồ sơ trùng</translation>
    </message>
    <message>
        <source>Marked as not duplicates</source>
        <translation>Đánh dấu không trùng</translation>
    </message>
    <message>
        <source>Instructor&apos;s file merged</source>
        <translation>Nhập tệp điểm danh của giảng viên</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Ghi nhận đồng ý</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Rút lại đồng ý</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Dời buổi học</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Hủy buổi học</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Thêm buổi học</translation>
    </message>
    <message>
        <source>Data restored from a backup</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password removed</source>
        <translation>Bỏ mật khẩu</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Học viên (nhiều người)</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificates of a class</source>
        <translation>Giấy chứng nhận của lớp</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Yearly targets</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>All the data</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>trường</translation>
    </message>
    <message>
        <source>class</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>class no.</source>
        <translation>mã lớp</translation>
    </message>
    <message>
        <source>participant no.</source>
        <translation>học viên số</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>buổi số</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>số hiệu</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>lượt điểm danh</translation>
    </message>
    <message>
        <source>people</source>
        <translation>số người</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>đi muộn</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>vắng có phép</translation>
    </message>
    <message>
        <source>marks taken off</source>
        <translation>bỏ điểm danh</translation>
    </message>
    <message>
        <source>added</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>số dòng</translation>
    </message>
    <message>
        <source>other record no.</source>
        <translation>hồ sơ kia số</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>giấy chứng nhận</translation>
    </message>
    <message>
        <source>from</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>copy no.</source>
        <translation>bản sao thứ</translation>
    </message>
</context>
</TS>
