<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Choose or create a data file</source>
        <translation>Chọn hoặc tạo tệp dữ liệu</translation>
    </message>
    <message>
        <source>Data files (*.sqlite3 *.db);;All files (*)</source>
        <translation>Tệp dữ liệu (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Có lỗi xảy ra</translation>
    </message>
</context>
<context>
    <name>ClassesPanel</name>
    <message>
        <source> (+%1 waiting)</source>
        <translation> (+%1 chờ)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã lớp</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Search by code, course, group, venue or instructor (accents optional)…</source>
        <translation>Tìm theo mã lớp, nội dung, đối tượng, địa điểm hoặc giảng viên (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 classes</source>
        <translation>Hiển thị %1 / %2 lớp</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1” không phải là ngày: không có tháng %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2/%3 has %4 days.</source>
        <translation>“%1” không phải là ngày: tháng %2/%3 chỉ có %4 ngày.</translation>
    </message>
    <message>
        <source>Cannot read “%1” as a date: type it as 26/01/2027 or 26012027.</source>
        <translation>Không đọc được “%1” là ngày: hãy gõ như 26/01/2027 hoặc 26012027.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <source>The date stays %1.</source>
        <translation>Ngày vẫn giữ là %1.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot read “{path}”: it is not an attendance file, or it is damaged.</source>
        <translation>Không đọc được “{path}”: đây không phải tệp điểm danh, hoặc tệp đã hỏng.</translation>
    </message>
    <message>
        <source>“{path}” is too large for an attendance file.</source>
        <translation>“{path}” quá lớn, không phải tệp điểm danh.</translation>
    </message>
    <message>
        <source>“{path}” is not an attendance file of this program.</source>
        <translation>“{path}” không phải tệp điểm danh của chương trình.</translation>
    </message>
    <message>
        <source>“{path}” belongs to another commune ({commune}); nothing was merged.</source>
        <translation>“{path}” là tệp của xã/phường khác ({commune}); không nhập gì.</translation>
    </message>
    <message>
        <source>“{path}” is for a class that is not in this database; nothing was merged.</source>
        <translation>“{path}” là tệp của một lớp không có trong dữ liệu này; không nhập gì.</translation>
    </message>
    <message>
        <source>“{path}” was altered after export, or was not exported here; nothing was merged.</source>
        <translation>“{path}” đã bị sửa sau khi xuất, hoặc không do xã này xuất; không nhập gì.</translation>
    </message>
    <message>
        <source>The marks in “{path}” were edited by hand or damaged; nothing was merged.</source>
        <translation>Phần điểm danh trong “{path}” đã bị sửa bằng tay hoặc bị hỏng; không nhập gì.</translation>
    </message>
    <message>
        <source>“{path}” holds an invalid mark; nothing was merged.</source>
        <translation>“{path}” có lượt điểm danh không hợp lệ; không nhập gì.</translation>
    </message>
    <message>
        <source>“{path}” holds an invalid assessment result; nothing was merged.</source>
        <translation>Tệp “{path}” có kết quả đánh giá không hợp lệ; không nhập gì.</translation>
    </message>
    <message>
        <source>The assessment results in “{path}” were edited by hand or damaged; nothing was merged.</source>
        <translation>Phần kết quả đánh giá trong tệp “{path}” đã bị sửa bằng tay hoặc hỏng; không nhập gì.</translation>
    </message>
    <message>
        <source>This person is not enrolled in the session&apos;s class.</source>
        <translation>Người này chưa ghi danh vào lớp của buổi học.</translation>
    </message>
    <message>
        <source>This session was cancelled; it cannot be marked.</source>
        <translation>Buổi học này đã hủy; không điểm danh được.</translation>
    </message>
    <message>
        <source>This session starts at {starts_at}; it cannot be marked before it has started.</source>
        <translation>Buổi học này bắt đầu lúc {starts_at}; chưa thể điểm danh trước khi buổi học bắt đầu.</translation>
    </message>
    <message>
        <source>Cannot read the image or PDF “{path}”.</source>
        <translation>Không đọc được ảnh hoặc tệp PDF “{path}”.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). No data was changed.</source>
        <translation>Lỗi không mong đợi ({kind}). Dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “{path}” is not a database of this program, or it is damaged. Nothing was overwritten.</source>
        <translation>Tệp “{path}” không phải là dữ liệu của chương trình này, hoặc đã bị hỏng. Không có gì bị ghi đè.</translation>
    </message>
    <message>
        <source>The file “{path}” is another program&apos;s database. Nothing was overwritten.</source>
        <translation>Tệp “{path}” là dữ liệu của một chương trình khác. Không có gì bị ghi đè.</translation>
    </message>
    <message>
        <source>The database “{path}” was made by a newer version of this program (schema {revision}). Update the program; the file was left as it is.</source>
        <translation>Dữ liệu “{path}” được tạo bởi phiên bản mới hơn của chương trình (lược đồ {revision}). Hãy cập nhật chương trình; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Cannot write to the folder “{path}”. Choose a folder you can write to.</source>
        <translation>Không ghi được vào thư mục “{path}”. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>The file “{path}” is read-only. Check its permissions or choose another file.</source>
        <translation>Tệp “{path}” chỉ cho phép đọc. Hãy kiểm tra quyền của tệp hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>Cannot read the file “{path}”. Check its permissions.</source>
        <translation>Không đọc được tệp “{path}”. Hãy kiểm tra quyền của tệp.</translation>
    </message>
    <message>
        <source>Cannot connect to the database “{path}”: {reason}</source>
        <translation>Không kết nối được cơ sở dữ liệu “{path}”: {reason}</translation>
    </message>
    <message>
        <source>The backup “{path}” was cut short or altered (its digest does not match); nothing was restored.</source>
        <translation>Bản sao lưu “{path}” bị cắt ngắn hoặc bị sửa (mã kiểm tra không khớp); không khôi phục gì.</translation>
    </message>
    <message>
        <source>The copy of “{path}” is missing data (table {table}); it is not a backup. Try again.</source>
        <translation>Bản sao của “{path}” thiếu dữ liệu (bảng {table}); không phải là bản sao lưu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The data file “{path}” is on a shared network drive, where it can be damaged when several computers write to it. Keep it on this computer&apos;s own disk; for several computers sharing data, ask for a PostgreSQL server. Nothing was changed.</source>
        <translation>Tệp dữ liệu “{path}” nằm trên ổ mạng dùng chung: tệp ở đó có thể hỏng khi nhiều máy cùng ghi. Hãy để tệp trên ổ đĩa của máy này; muốn nhiều máy dùng chung dữ liệu thì đề nghị cài máy chủ PostgreSQL. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>Lỗi: {code}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>The computer has no program to open “%1”, or it refused. The file is saved in the folder %2: open it from there (a PDF needs a PDF reader, a workbook Excel or LibreOffice).</source>
        <translation>Máy tính không có chương trình để mở “%1”, hoặc chương trình đó từ chối. Tệp đã được lưu trong thư mục %2: hãy mở từ đó (tệp PDF cần phần mềm đọc PDF, tệp bảng tính cần Excel hoặc LibreOffice).</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Đã lưu tệp</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation>Lưu hướng dẫn thành PDF để in…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Lưu thành PDF để in…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Lưu hướng dẫn</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>Chưa lưu được hướng dẫn</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The guide is saved</source>
        <translation>Đã lưu hướng dẫn</translation>
    </message>
    <message>
        <source>Saved in %1. Open it with a PDF reader to print it.</source>
        <translation>Đã lưu tại %1. Mở tệp bằng chương trình đọc PDF để in.</translation>
    </message>
</context>
<context>
    <name>InstructorWindow</name>
    <message>
        <source>Instructor of class %1</source>
        <translation>Giảng viên lớp %1</translation>
    </message>
    <message>
        <source>Offline attendance — class %1</source>
        <translation>Điểm danh ngoại tuyến — lớp %1</translation>
    </message>
    <message>
        <source>Instructor mode: only the attendance and the assessment results of class %1 (%2) can be entered here. Everything is saved into the file %3 — give that file back to the commune office.</source>
        <translation>Chế độ giảng viên: ở đây chỉ điểm danh và ghi kết quả đánh giá của lớp %1 (%2). Mọi thay đổi được lưu vào tệp %3 — hãy gửi lại tệp đó cho văn phòng xã.</translation>
    </message>
    <message>
        <source>Saved %1 marks into the file at %2</source>
        <translation>Đã lưu %1 lượt điểm danh vào tệp lúc %2</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No one in the registry yet. Import the list of people from Excel or CSV (villages are added as they come), or add people one at a time with “Add a person…”.</source>
        <translation>Chưa có ai trong danh sách. Hãy nhập danh sách người học từ tệp Excel hoặc CSV (thôn, tổ dân phố được thêm theo danh sách), hoặc thêm từng người bằng nút “Thêm học viên…”.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>No class yet. A class is a course for one target group at one venue: plan its sessions, and the calendar, attendance and certificates follow.</source>
        <translation>Chưa có lớp nào. Mỗi lớp là một nội dung học cho một nhóm đối tượng tại một địa điểm: hãy lên lịch các buổi học, rồi lịch, điểm danh và chứng nhận sẽ có theo.</translation>
    </message>
    <message>
        <source>Plan the first class…</source>
        <translation>Mở lớp đầu tiên…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <source>No session this week. Look at other weeks with ◀ ▶, or plan a class: its sessions come here.</source>
        <translation>Tuần này không có buổi học nào. Xem tuần khác bằng ◀ ▶, hoặc mở một lớp: các buổi học của lớp sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Plan a class…</source>
        <translation>Mở lớp mới…</translation>
    </message>
    <message>
        <source>No class yet. Certificates go to the people who complete a class: plan one, take attendance, and those who attended enough sessions show here.</source>
        <translation>Chưa có lớp nào. Giấy chứng nhận cấp cho người hoàn thành lớp học: hãy mở lớp, điểm danh, rồi những người học đủ buổi sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Setup assistant…</source>
        <translation>Trợ lý thiết lập…</translation>
    </message>
    <message>
        <source>The commune, the receiving body, the signer, villages, venues and instructors</source>
        <translation>Xã/phường, nơi nhận báo cáo, người ký, thôn, địa điểm và giảng viên</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <source>No commune set up yet</source>
        <translation>Chưa khai báo xã/phường</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Search by name, village, personal ID or phone (accents optional)…</source>
        <translation>Tìm theo họ tên, thôn, số định danh hoặc số điện thoại (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>While searching a registry this large, people are listed in the order found (by name, or by phone then personal ID for digits). Clear the search to sort by a column.</source>
        <translation>Khi tìm trong danh sách lớn như thế này, người tìm thấy được xếp theo thứ tự tìm (theo họ tên; hoặc theo số điện thoại rồi số định danh khi gõ chữ số). Xóa ô tìm kiếm để sắp xếp theo một cột.</translation>
    </message>
    <message>
        <source>A registry of more than %1 people is sorted by name, birth date, village or target group only.</source>
        <translation>Danh sách hơn %1 người chỉ sắp xếp được theo họ và tên, ngày sinh, thôn/tổ dân phố hoặc đối tượng.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people</source>
        <translation>Hiển thị %1 / %2 người</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Mọi đối tượng</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Elderly</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Công nhân/Người lao động</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>Nông dân</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Đoàn viên thanh niên</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Phụ nữ</translation>
    </message>
    <message>
        <source>Civil servants</source>
        <translation>Cán bộ/Công chức/Viên chức</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh/Sinh viên</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Sắp mở</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã học</translation>
    </message>
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
</context>
</TS>
