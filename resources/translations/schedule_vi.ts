<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Lịch học</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>Mọi địa điểm</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>Mọi giảng viên</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Mọi thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Today, %1 %2 — sessions: %3</source>
        <translation>Hôm nay, %1 %2 — số buổi: %3</translation>
    </message>
    <message>
        <source>This week — sessions: %1</source>
        <translation>Tuần này — số buổi: %1</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Hôm nay không có buổi học.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel a session</source>
        <translation>Hủy một buổi học</translation>
    </message>
    <message>
        <source>Why (told to the participants): rain, power cut …</source>
        <translation>Lý do (báo cho học viên): mưa bão, mất điện …</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Hủy buổi học</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Cancel the session of %1?</source>
        <translation>Hủy buổi học %1?</translation>
    </message>
</context>
<context>
    <name>ClassEditor</name>
    <message>
        <source>New class</source>
        <translation>Lớp học mới</translation>
    </message>
    <message>
        <source>Local course…</source>
        <translation>Nội dung mới…</translation>
    </message>
    <message>
        <source>Add a local course to the catalogue</source>
        <translation>Thêm nội dung học của địa phương vào danh mục</translation>
    </message>
    <message>
        <source>A venue not in the list yet: add it here</source>
        <translation>Địa điểm chưa có trong danh sách: thêm ngay tại đây</translation>
    </message>
    <message>
        <source>An instructor not in the list yet: add them here</source>
        <translation>Giảng viên chưa có trong danh sách: thêm ngay tại đây</translation>
    </message>
    <message>
        <source>and a passed assessment</source>
        <translation>và đạt bài đánh giá</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Nội dung học</translation>
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
        <source>Places</source>
        <translation>Sĩ số tối đa</translation>
    </message>
    <message>
        <source>Completion: sessions attended</source>
        <translation>Hoàn thành: số buổi có mặt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Sessions and learners</source>
        <translation>Buổi học và học viên</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>Chọn nội dung học…</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>Chọn đối tượng…</translation>
    </message>
    <message>
        <source>Choose a venue…</source>
        <translation>Chọn địa điểm…</translation>
    </message>
    <message>
        <source>No venue yet: add one with +</source>
        <translation>Chưa có địa điểm: thêm bằng nút +</translation>
    </message>
    <message>
        <source>No instructor yet: add one with +</source>
        <translation>Chưa có giảng viên: thêm bằng nút +</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>seats %1</source>
        <translation>%1 chỗ ngồi</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Add a local course</source>
        <translation>Thêm nội dung học của địa phương</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên nội dung</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>InstructorDialog</name>
    <message>
        <source>Instructor</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>New instructor</source>
        <translation>Giảng viên mới</translation>
    </message>
    <message>
        <source>Community digital technology team</source>
        <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Youth Union</source>
        <translation>Đoàn Thanh niên</translation>
    </message>
    <message>
        <source>Women&apos;s Union</source>
        <translation>Hội Liên hiệp Phụ nữ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Trường đại học, cao đẳng</translation>
    </message>
    <message>
        <source>Commune staff</source>
        <translation>Cán bộ xã</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Đang tham gia giảng dạy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 buổi nữa</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Tell the participants</source>
        <translation>Báo cho học viên</translation>
    </message>
    <message>
        <source>Class %1: the session of %2 moves to %3.</source>
        <translation>Lớp %1: buổi học %2 chuyển sang %3.</translation>
    </message>
    <message>
        <source>Class %1: the session of %2 is cancelled.</source>
        <translation>Lớp %1: buổi học %2 bị hủy.</translation>
    </message>
    <message>
        <source>Class %1: a session is added on %2.</source>
        <translation>Lớp %1: thêm một buổi học vào %2.</translation>
    </message>
    <message>
        <source>Note: that day is a holiday (%1).</source>
        <translation>Lưu ý: ngày này là ngày nghỉ (%1).</translation>
    </message>
    <message>
        <source>%1 people to tell:</source>
        <translation>Cần báo cho %1 người:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>(không có số điện thoại)</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Chép danh sách</translation>
    </message>
    <message>
        <source>Names and phone numbers, one person a line, to paste into a message</source>
        <translation>Họ tên và số điện thoại, mỗi người một dòng, để dán vào tin nhắn</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>New…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Used by classes: cannot be deleted</source>
        <translation>Đang có lớp sử dụng: không xóa được</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Số chỗ</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Số máy tính</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation> (không còn dùng)</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>Tuần %1 – %2</translation>
    </message>
    <message>
        <source>No session at this venue this week.</source>
        <translation>Tuần này không có buổi học nào ở địa điểm này.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation>Các buổi dạy sắp tới</translation>
    </message>
    <message>
        <source> (not teaching)</source>
        <translation> (không còn dạy)</translation>
    </message>
    <message>
        <source>No session in the next 60 days.</source>
        <translation>Không có buổi dạy nào trong 60 ngày tới.</translation>
    </message>
    <message>
        <source>Villages, venues, instructors and courses</source>
        <translation>Thôn, địa điểm, giảng viên và nội dung học</translation>
    </message>
    <message>
        <source>No venue yet. Add the cultural houses, school rooms or halls where classes meet (a new class can also add one as it goes).</source>
        <translation>Chưa có địa điểm nào. Hãy thêm nhà văn hóa, phòng học hoặc hội trường nơi tổ chức lớp (khi mở lớp mới cũng thêm được ngay).</translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation>Thêm địa điểm…</translation>
    </message>
    <message>
        <source>No instructor yet. Add the people of the community digital team, the Youth Union, the Women&apos;s Union or the school who teach.</source>
        <translation>Chưa có giảng viên nào. Hãy thêm người của Tổ công nghệ số cộng đồng, Đoàn Thanh niên, Hội Phụ nữ hoặc nhà trường tham gia giảng dạy.</translation>
    </message>
    <message>
        <source>New instructor…</source>
        <translation>Thêm giảng viên…</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Nội dung học</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Giảng viên</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <source>Sessions: %1, from %2 to %3.</source>
        <translation>Số buổi: %1, từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Holidays skipped: %1.</source>
        <translation>Bỏ qua ngày nghỉ: %1.</translation>
    </message>
    <message>
        <source>Every session is before today: the class is saved as finished and nobody can be enrolled in it. Choose a later first day for a class still to be held.</source>
        <translation>Mọi buổi học đều trước hôm nay: lớp sẽ được lưu là đã kết thúc và không ghi danh ai vào được. Nếu lớp còn sắp học, hãy chọn ngày bắt đầu muộn hơn.</translation>
    </message>
    <message>
        <source>    %1 %2: skipped, %3</source>
        <translation>    %1 %2: nghỉ, %3</translation>
    </message>
    <message>
        <source>No conflicts with other classes.</source>
        <translation>Không trùng lịch với lớp nào.</translation>
    </message>
    <message>
        <source>Conflicts (%1): check them before saving</source>
        <translation>Trùng lịch (%1): hãy xem trước khi lưu</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>No day ticked: every day.</source>
        <translation>Không chọn ngày nào: học hằng ngày.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Buổi tối</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Giờ khác</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>For (weeks)</source>
        <translation>Trong (tuần)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Also on holidays</source>
        <translation>Học cả ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Các ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ học</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày bắt đầu</translation>
    </message>
</context>
<context>
    <name>ScheduleScreens</name>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>Lớp mới…</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>The recurrence rule cannot be read ({detail}).</source>
        <translation>Không đọc được quy tắc lặp ({detail}).</translation>
    </message>
    <message>
        <source>The rule never ends: give a number of sessions or an end date.</source>
        <translation>Lịch học không có điểm dừng: hãy cho số buổi hoặc ngày kết thúc.</translation>
    </message>
    <message>
        <source>That gives too many sessions: at most {limit} for one class.</source>
        <translation>Quá nhiều buổi học: một lớp tối đa {limit} buổi.</translation>
    </message>
    <message>
        <source>No date fits these choices.</source>
        <translation>Không có ngày nào phù hợp với các lựa chọn này.</translation>
    </message>
    <message>
        <source>Every date falls on a holiday ({skipped} days). Tick “Also on holidays” to hold them anyway.</source>
        <translation>Mọi ngày học đều rơi vào ngày nghỉ ({skipped} ngày). Đánh dấu “Học cả ngày nghỉ lễ” nếu vẫn muốn học.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Ngày kết thúc {end} trước ngày bắt đầu {start}.</translation>
    </message>
    <message>
        <source>The sessions would run on for more than {years} years.</source>
        <translation>Các buổi học kéo dài quá {years} năm.</translation>
    </message>
    <message>
        <source>At most one session a day.</source>
        <translation>Mỗi ngày chỉ xếp được một buổi.</translation>
    </message>
    <message>
        <source>The session at {at} overlaps another session of this class.</source>
        <translation>Buổi học lúc {at} trùng giờ với một buổi khác của lớp này.</translation>
    </message>
    <message>
        <source>A session lasts from 1 minute to {limit} minutes; this one lasts {minutes}.</source>
        <translation>Một buổi học dài từ 1 đến {limit} phút; buổi này dài {minutes} phút.</translation>
    </message>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>Giờ kết thúc {end} không sau giờ bắt đầu {start}.</translation>
    </message>
    <message>
        <source>The last day {end} is before the first day {start}.</source>
        <translation>Ngày cuối {end} trước ngày đầu {start}.</translation>
    </message>
    <message>
        <source>Say how many sessions, for how many weeks, or until which day.</source>
        <translation>Hãy cho biết số buổi, số tuần, hoặc học đến ngày nào.</translation>
    </message>
    <message>
        <source>Give only one of: number of sessions, weeks, last day.</source>
        <translation>Chỉ chọn một trong: số buổi, số tuần, ngày cuối.</translation>
    </message>
    <message>
        <source>That gives {value}: choose a number that makes 1 to {limit} sessions.</source>
        <translation>Số {value} không dùng được: hãy chọn số sao cho có từ 1 đến {limit} buổi.</translation>
    </message>
    <message>
        <source>Unknown weekday.</source>
        <translation>Ngày trong tuần không hợp lệ.</translation>
    </message>
    <message>
        <source>Choose a course from the catalogue.</source>
        <translation>Hãy chọn nội dung học trong danh mục.</translation>
    </message>
    <message>
        <source>Choose a target group.</source>
        <translation>Hãy chọn đối tượng.</translation>
    </message>
    <message>
        <source>Choose a venue.</source>
        <translation>Hãy chọn địa điểm.</translation>
    </message>
    <message>
        <source>Tick at least one instructor.</source>
        <translation>Hãy chọn ít nhất một giảng viên.</translation>
    </message>
    <message>
        <source>An instructor chosen is no longer in the list.</source>
        <translation>Một giảng viên đã chọn không còn trong danh sách.</translation>
    </message>
    <message>
        <source>The number of places must be from 1 to {limit}.</source>
        <translation>Sĩ số tối đa phải từ 1 đến {limit}.</translation>
    </message>
    <message>
        <source>{enrolled} people are already enrolled: the class needs at least that many places.</source>
        <translation>Đã có {enrolled} người ghi danh: sĩ số tối đa không được nhỏ hơn số này.</translation>
    </message>
    <message>
        <source>The share of sessions to attend must be from 1 to 100 %.</source>
        <translation>Tỷ lệ buổi cần có mặt phải từ 1 đến 100 %.</translation>
    </message>
    <message>
        <source>The class has no session yet.</source>
        <translation>Lớp chưa có buổi học nào.</translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation>Ghi chú dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Chưa nhập tên.</translation>
    </message>
    <message>
        <source>“{value}” is already in the list.</source>
        <translation>“{value}” đã có trong danh sách.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max_length} characters).</source>
        <translation>Tên quá dài (tối đa {max_length} ký tự).</translation>
    </message>
    <message>
        <source>The name has no letters.</source>
        <translation>Tên không có chữ cái nào.</translation>
    </message>
    <message>
        <source>“{value}” holds a hidden direction-control character (at position {position}); type it again.</source>
        <translation>“{value}” chứa ký tự ẩn đổi chiều chữ (ở vị trí {position}); hãy gõ lại.</translation>
    </message>
    <message>
        <source>The name has characters that names do not use: {chars}</source>
        <translation>Tên có ký tự không dùng trong tên: {chars}</translation>
    </message>
    <message>
        <source>The number of computers is not possible.</source>
        <translation>Số máy tính không hợp lệ.</translation>
    </message>
    <message>
        <source>Choose a village from the list.</source>
        <translation>Hãy chọn thôn/tổ dân phố trong danh sách.</translation>
    </message>
    <message>
        <source>Choose where the instructor comes from.</source>
        <translation>Hãy chọn đơn vị của giảng viên.</translation>
    </message>
    <message>
        <source>The phone number has characters other than digits: {chars}</source>
        <translation>Số điện thoại có ký tự không phải chữ số: {chars}</translation>
    </message>
    <message>
        <source>Only Vietnamese mobile numbers are kept.</source>
        <translation>Chỉ lưu số di động Việt Nam.</translation>
    </message>
    <message>
        <source>The phone number lacks its leading 0: {suggestion}?</source>
        <translation>Số điện thoại thiếu số 0 ở đầu: {suggestion}?</translation>
    </message>
    <message>
        <source>That is an old 11-digit number; today it is {suggestion}.</source>
        <translation>Đây là số 11 chữ số cũ; số hiện nay là {suggestion}.</translation>
    </message>
    <message>
        <source>That is a landline; give a mobile number.</source>
        <translation>Đây là số máy bàn; hãy nhập số di động.</translation>
    </message>
    <message>
        <source>No mobile network uses the prefix {prefix}.</source>
        <translation>Không có mạng di động nào dùng đầu số {prefix}.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this one has {length}.</source>
        <translation>Số di động có 10 chữ số; số này có {length}.</translation>
    </message>
    <message>
        <source>The course code is missing.</source>
        <translation>Chưa nhập mã nội dung học.</translation>
    </message>
    <message>
        <source>The code {value} is already used by another course.</source>
        <translation>Mã {value} đã dùng cho nội dung học khác.</translation>
    </message>
    <message>
        <source>The code is too long (at most {limit} characters).</source>
        <translation>Mã quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>The course title is missing.</source>
        <translation>Chưa nhập tên nội dung học.</translation>
    </message>
    <message>
        <source>The title is too long (at most {limit} characters).</source>
        <translation>Tên quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>The number of hours is not possible.</source>
        <translation>Số giờ không hợp lệ.</translation>
    </message>
    <message>
        <source>Unknown kind of day.</source>
        <translation>Loại ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: classes use it ({classes}).</source>
        <translation>Không xóa được “{name}”: có lớp đang dùng ({classes}).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: they teach classes {classes}. Mark them as inactive instead.</source>
        <translation>Không xóa được {name}: đang dạy các lớp {classes}. Hãy đánh dấu không còn dạy thay vì xóa.</translation>
    </message>
    <message>
        <source>This session has been held (attendance was taken): it cannot be changed.</source>
        <translation>Buổi học này đã diễn ra (đã điểm danh): không thay đổi được.</translation>
    </message>
    <message>
        <source>This session was cancelled; add a new session instead.</source>
        <translation>Buổi học này đã bị hủy; hãy thêm một buổi mới.</translation>
    </message>
    <message>
        <source>The class {class_code} is cancelled.</source>
        <translation>Lớp {class_code} đã bị hủy.</translation>
    </message>
    <message>
        <source>There are {count} scheduling conflicts; nothing was saved.</source>
        <translation>Có {count} chỗ trùng lịch; chưa lưu gì.</translation>
    </message>
    <message>
        <source>It is no longer in the database (someone else may have deleted it).</source>
        <translation>Mục này không còn trong cơ sở dữ liệu (có thể người khác đã xóa).</translation>
    </message>
    <message>
        <source>Instructor {name} teaches class {other} at {other_time}.</source>
        <translation>Giảng viên {name} đang dạy lớp {other} lúc {other_time}.</translation>
    </message>
    <message>
        <source>{name} holds class {other} at {other_time}.</source>
        <translation>{name} có lớp {other} lúc {other_time}.</translation>
    </message>
    <message>
        <source>{name} (enrolled) is in class {other} at {other_time}.</source>
        <translation>Học viên {name} đang học lớp {other} lúc {other_time}.</translation>
    </message>
    <message>
        <source>{name} seats {venue_capacity}; the class takes {class_capacity}.</source>
        <translation>{name} chỉ có {venue_capacity} chỗ; lớp nhận {class_capacity} người.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>One light colour per target group: dark text stays readable on each.</extracomment>
        <translation>đã học</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>SessionTimeDialog</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
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
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>SessionsBox</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Hủy buổi…</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Thêm buổi…</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (dời từ %1)</translation>
    </message>
    <message>
        <source>Move a session</source>
        <translation>Dời một buổi học</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Thêm một buổi học</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Chưa thay đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Trùng lịch</translation>
    </message>
    <message>
        <source>Change anyway</source>
        <translation>Vẫn thay đổi</translation>
    </message>
    <message>
        <source>Keep as it was</source>
        <translation>Giữ như cũ</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Địa điểm mới</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Số máy tính</translation>
    </message>
</context>
</TS>
