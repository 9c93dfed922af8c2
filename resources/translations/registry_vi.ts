<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CheckPage</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Enroll everyone taken in</source>
        <translation>Ghi danh mọi người được nhận vào lớp</translation>
    </message>
    <message>
        <source>Purpose of the consent marked in the file</source>
        <translation>Mục đích của sự đồng ý đánh dấu trong tệp</translation>
    </message>
    <message>
        <source>%1 rows below the header: %2 can be taken, %3 are rejected, %4 are empty. Nothing is saved until you press Import.</source>
        <translation>%1 dòng dưới tiêu đề: %2 dòng nhận được, %3 dòng bị từ chối, %4 dòng trống. Chưa có gì được lưu cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Có thể trùng (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Bị từ chối (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Repaired or doubtful (%1)</source>
        <translation>Đã sửa hoặc cần xem lại (%1)</translation>
    </message>
    <message>
        <source>— no class —</source>
        <translation>— không ghi danh —</translation>
    </message>
    <message>
        <source>Every row with a registered personal ID</source>
        <translation>Mọi dòng có số định danh đã có trong sổ</translation>
    </message>
    <message>
        <source>Every row like a registered person</source>
        <translation>Mọi dòng giống một người đã có trong sổ</translation>
    </message>
    <message>
        <source>Every row like an earlier row</source>
        <translation>Mọi dòng giống một dòng ở trên</translation>
    </message>
    <message>
        <source>(row by row)</source>
        <translation>(quyết định từng dòng)</translation>
    </message>
</context>
<context>
    <name>DataRights</name>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Xuất dữ liệu của người học</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Everything held on %1 was saved in “%2”.</source>
        <translation>Toàn bộ dữ liệu về %1 đã được lưu vào “%2”.</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Xóa dữ liệu của người học</translation>
    </message>
    <message>
        <source>Erase %1 at their request?

Their name, personal ID, phone, day and month of birth, occupation and notes are removed for good. Anonymous counts stay for the statistics (year of birth, gender, village, target group, classes and attendance). This cannot be undone.</source>
        <translation>Xóa dữ liệu của %1 theo yêu cầu của họ?

Họ tên, số định danh, số điện thoại, ngày và tháng sinh, nghề nghiệp và ghi chú sẽ bị xóa hẳn. Chỉ giữ lại số liệu ẩn danh cho thống kê (năm sinh, giới tính, thôn, đối tượng, lớp học và điểm danh). Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>Đã xóa dữ liệu</translation>
    </message>
    <message>
        <source>The data was erased. These certificates were issued to the person; revoke them if the request covers them:

%1</source>
        <translation>Đã xóa dữ liệu. Người này đã được cấp các giấy chứng nhận sau; hãy thu hồi nếu yêu cầu bao gồm cả chúng:

%1</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Họ tên trong tệp</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Giống với</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Sẽ thay đổi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Add as a new person</source>
        <translation>Thêm người mới</translation>
    </message>
    <message>
        <source>Same person: leave the record as it is</source>
        <translation>Cùng một người: giữ nguyên hồ sơ</translation>
    </message>
    <message>
        <source>Same person: update the record</source>
        <translation>Cùng một người: cập nhật hồ sơ</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Bỏ qua dòng này</translation>
    </message>
    <message>
        <source>Same personal ID as #%1 %2</source>
        <translation>Cùng số định danh với #%1 %2</translation>
    </message>
    <message>
        <source>Possibly #%1 %2 (same name, %3)</source>
        <translation>Có thể là #%1 %2 (cùng họ tên, %3)</translation>
    </message>
    <message>
        <source>Possibly row %1 of the file: %2 (same name, %3)</source>
        <translation>Có thể trùng dòng %1 trong tệp: %2 (cùng họ tên, %3)</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Hồ sơ có thể trùng</translation>
    </message>
    <message>
        <source>People with the same name and the same birth date or phone may be one person registered twice. Compare them; merging keeps one record and moves the other&apos;s classes, attendance and certificates onto it.</source>
        <translation>Những người cùng họ tên và cùng ngày sinh hoặc số điện thoại có thể là một người được ghi hai lần. Hãy so sánh; khi gộp, chương trình giữ một hồ sơ và chuyển lớp học, điểm danh và giấy chứng nhận của hồ sơ kia sang.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Keep the left record, merge the right into it</source>
        <translation>Giữ hồ sơ bên trái, gộp hồ sơ bên phải vào</translation>
    </message>
    <message>
        <source>Keep the right record, merge the left into it</source>
        <translation>Giữ hồ sơ bên phải, gộp hồ sơ bên trái vào</translation>
    </message>
    <message>
        <source>They are two people</source>
        <translation>Đây là hai người khác nhau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 pairs to look at.</source>
        <translation>Có %1 cặp cần xem.</translation>
    </message>
    <message>
        <source>No possible duplicates left.</source>
        <translation>Không còn hồ sơ nào có thể trùng.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Keep #%1 and merge #%2 into it? The classes, attendance and certificates of #%2 move to #%1, and the record #%2 is removed.</source>
        <translation>Giữ #%1 và gộp #%2 vào? Lớp học, điểm danh và giấy chứng nhận của #%2 sẽ chuyển sang #%1, và hồ sơ #%2 bị xóa.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Merged: %1 records moved to #%2.</source>
        <translation>Đã gộp: %1 mục được chuyển sang #%2.</translation>
    </message>
    <message>
        <source>Both had a certificate for the same class; these were revoked: %1</source>
        <translation>Cả hai có giấy chứng nhận của cùng một lớp; đã thu hồi: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Occupation or workplace</source>
        <translation>Nghề nghiệp hoặc nơi làm việc</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu hỗ trợ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Đồng ý xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>Mục đích đồng ý</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list of people</source>
        <translation>Nhập danh sách học viên</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Check the list</source>
        <translation>Kiểm tra danh sách</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a list of people</source>
        <translation>Chọn danh sách học viên</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Đang kiểm tra %1 dòng…</translation>
    </message>
    <message>
        <source>Import %1 people</source>
        <translation>Nhập %1 người</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Đã hủy: không có gì được lưu.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>No file chosen yet. Lists from Excel (.xlsx) or CSV are read.</source>
        <translation>Chưa chọn tệp. Chương trình đọc danh sách Excel (.xlsx) hoặc CSV.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Các giá trị đầu</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>The header is row</source>
        <translation>Dòng tiêu đề là dòng</translation>
    </message>
    <message>
        <source>of the file (rows above it, such as titles, are not read).</source>
        <translation>của tệp (các dòng phía trên, như tên danh sách, không được đọc).</translation>
    </message>
    <message>
        <source>What each column holds — correct it where the guess is wrong:</source>
        <translation>Nội dung của từng cột — sửa lại nếu chương trình đoán sai:</translation>
    </message>
    <message>
        <source>The first rows of the file (%1 rows below the header hold something):</source>
        <translation>Các dòng đầu của tệp (%1 dòng dưới tiêu đề có dữ liệu):</translation>
    </message>
    <message>
        <source>CSV, encoding %1, separator “%2”</source>
        <translation>CSV, bảng mã %1, dấu phân cách “%2”</translation>
    </message>
    <message>
        <source>Excel, sheet “%1”</source>
        <translation>Excel, trang “%1”</translation>
    </message>
    <message>
        <source>(column %1, no title)</source>
        <translation>(cột %1, không có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Hồ sơ học viên</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation>Lớp học (%1)</translation>
    </message>
    <message>
        <source>Withdraw from the class…</source>
        <translation>Rút khỏi lớp…</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Waiting list, no. %1</source>
        <translation>Danh sách chờ, thứ %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút khỏi lớp</translation>
    </message>
    <message>
        <source>Why does %1 leave class %2?</source>
        <translation>Lý do %1 rút khỏi lớp %2?</translation>
    </message>
    <message>
        <source>A reason is needed to withdraw someone.</source>
        <translation>Cần ghi lý do khi rút học viên khỏi lớp.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list into class %1: %2</source>
        <translation>Chuyển từ danh sách chờ vào lớp %1: %2</translation>
    </message>
    <message>
        <source>Export all data (JSON)…</source>
        <translation>Xuất toàn bộ dữ liệu (JSON)…</translation>
    </message>
    <message>
        <source>Print all data for the person (PDF)…</source>
        <translation>In toàn bộ dữ liệu cho người đó (PDF)…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Xóa theo yêu cầu…</translation>
    </message>
    <message>
        <source>The person&apos;s rights:</source>
        <translation>Quyền của người học:</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>dd/mm/yyyy, or the year alone</source>
        <translation>dd/mm/yyyy, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>10 digits, from 0</source>
        <translation>10 chữ số, bắt đầu bằng 0</translation>
    </message>
    <message>
        <source>Cooperative, enterprise, office…</source>
        <translation>Hợp tác xã, doanh nghiệp, cơ quan…</translation>
    </message>
    <message>
        <source>Poor eyesight, hearing, no smartphone of their own…</source>
        <translation>Mắt kém, nghe kém, không có điện thoại thông minh riêng…</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data (Law 91/2025/QH15)</source>
        <translation>Đồng ý xử lý dữ liệu cá nhân (Luật 91/2025/QH15)</translation>
    </message>
    <message>
        <source>The person has agreed, explicitly</source>
        <translation>Người học đã đồng ý rõ ràng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Occupation or workplace</source>
        <translation>Nghề nghiệp hoặc nơi làm việc</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu hỗ trợ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The personal ID holds characters other than digits ({chars})</source>
        <translation>Số định danh có ký tự không phải chữ số ({chars})</translation>
    </message>
    <message>
        <source>The personal ID has {length} digits; it needs {expected}</source>
        <translation>Số định danh có {length} chữ số, cần đủ {expected}</translation>
    </message>
    <message>
        <source>This is an old 9-digit ID card number; the 12-digit personal ID is needed</source>
        <translation>Đây là số CMND 9 số cũ; cần số định danh 12 số</translation>
    </message>
    <message>
        <source>The personal ID has 11 digits: Excel probably dropped its leading 0</source>
        <translation>Số định danh có 11 chữ số: có lẽ Excel đã làm mất số 0 ở đầu</translation>
    </message>
    <message>
        <source>The first three digits ({prefix}) are no province code; check the number</source>
        <translation>Ba số đầu ({prefix}) không phải mã tỉnh; hãy kiểm tra lại</translation>
    </message>
    <message>
        <source>The personal ID does not match the gender</source>
        <translation>Số định danh không khớp với giới tính</translation>
    </message>
    <message>
        <source>The personal ID says born {id_year}, but the birth year is {expected_year}</source>
        <translation>Số định danh ghi năm sinh {id_year}, nhưng năm sinh là {expected_year}</translation>
    </message>
    <message>
        <source>The personal ID says born {id_year}, which cannot be right</source>
        <translation>Số định danh ghi năm sinh {id_year}, không thể đúng</translation>
    </message>
    <message>
        <source>Another person in the registry has this personal ID</source>
        <translation>Một người khác trong sổ đã có số định danh này</translation>
    </message>
    <message>
        <source>The phone holds characters other than digits ({chars})</source>
        <translation>Số điện thoại có ký tự không phải chữ số ({chars})</translation>
    </message>
    <message>
        <source>The phone has {length} digits; a mobile has {expected}</source>
        <translation>Số điện thoại có {length} chữ số; số di động có {expected}</translation>
    </message>
    <message>
        <source>The phone has 9 digits: Excel probably dropped its leading 0</source>
        <translation>Số điện thoại có 9 chữ số: có lẽ Excel đã làm mất số 0 ở đầu</translation>
    </message>
    <message>
        <source>{prefix} is not a Vietnamese mobile prefix</source>
        <translation>{prefix} không phải đầu số di động Việt Nam</translation>
    </message>
    <message>
        <source>An old 11-digit mobile number (renumbered to 10 digits in 2018)</source>
        <translation>Số di động 11 số kiểu cũ (đã đổi sang 10 số từ năm 2018)</translation>
    </message>
    <message>
        <source>This is a landline; a mobile number is needed</source>
        <translation>Đây là số máy bàn; cần số di động</translation>
    </message>
    <message>
        <source>A foreign phone number</source>
        <translation>Số điện thoại nước ngoài</translation>
    </message>
    <message>
        <source>Cannot read “{value}”: write dd/mm/yyyy or the year</source>
        <translation>Không đọc được “{value}”: hãy ghi dd/mm/yyyy hoặc năm sinh</translation>
    </message>
    <message>
        <source>Write the year with four digits (“{value}”)</source>
        <translation>Hãy ghi năm đủ bốn chữ số (“{value}”)</translation>
    </message>
    <message>
        <source>There is no such day as “{value}”</source>
        <translation>Không có ngày “{value}”</translation>
    </message>
    <message>
        <source>The birth date {value} is after today</source>
        <translation>Ngày sinh {value} ở sau hôm nay</translation>
    </message>
    <message>
        <source>An age of {age} is not plausible ({min_age} to {max_age})</source>
        <translation>Tuổi {age} không hợp lý (từ {min_age} đến {max_age})</translation>
    </message>
    <message>
        <source>Age {age}: check the birth date</source>
        <translation>{age} tuổi: hãy kiểm tra lại ngày sinh</translation>
    </message>
    <message>
        <source>Cannot read the gender “{value}”</source>
        <translation>Không hiểu giới tính “{value}”</translation>
    </message>
    <message>
        <source>The full name is needed</source>
        <translation>Cần nhập họ và tên</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {max_length}</source>
        <translation>Họ tên dài {length} ký tự, tối đa {max_length}</translation>
    </message>
    <message>
        <source>The name has no letters</source>
        <translation>Họ tên không có chữ cái</translation>
    </message>
    <message>
        <source>The name holds digits or symbols ({chars})</source>
        <translation>Họ tên có chữ số hoặc ký hiệu ({chars})</translation>
    </message>
    <message>
        <source>“{value}” holds a hidden direction-control character (at position {position}): type it again</source>
        <translation>“{value}” chứa ký tự ẩn đổi chiều chữ (ở vị trí {position}): hãy gõ lại</translation>
    </message>
    <message>
        <source>Only one word: is the family name missing?</source>
        <translation>Chỉ có một chữ: có thiếu họ không?</translation>
    </message>
    <message>
        <source>Choose a target group</source>
        <translation>Hãy chọn đối tượng</translation>
    </message>
    <message>
        <source>Write what the person agreed to (the purpose)</source>
        <translation>Hãy ghi người học đồng ý cho việc gì (mục đích)</translation>
    </message>
    <message>
        <source>The consent date is after today</source>
        <translation>Ngày đồng ý ở sau hôm nay</translation>
    </message>
    <message>
        <source>The purpose is over {max_length} characters</source>
        <translation>Mục đích dài quá {max_length} ký tự</translation>
    </message>
    <message>
        <source>At most {max_length} characters</source>
        <translation>Tối đa {max_length} ký tự</translation>
    </message>
    <message>
        <source>The cell is {length} characters long; at most {max_length}</source>
        <translation>Ô dài {length} ký tự, tối đa {max_length}</translation>
    </message>
    <message>
        <source>Excel stored this as a decimal number and digits were lost; format the column as Text and type it again</source>
        <translation>Excel lưu số này dạng số thập phân nên đã mất chữ số; hãy định dạng cột là Văn bản và nhập lại</translation>
    </message>
    <message>
        <source>Written in scientific notation (e.g. 3.8E+11), digits were lost; format the column as Text and type it again</source>
        <translation>Số ở dạng lũy thừa (ví dụ 3,8E+11) đã mất chữ số; hãy định dạng cột là Văn bản và nhập lại</translation>
    </message>
    <message>
        <source>Excel turned this number into a date (“{value}”)</source>
        <translation>Excel đã biến số này thành ngày tháng (“{value}”)</translation>
    </message>
    <message>
        <source>The same personal ID as row {first_row} of the file</source>
        <translation>Trùng số định danh với dòng {first_row} trong tệp</translation>
    </message>
    <message>
        <source>The header line again, not a person</source>
        <translation>Dòng tiêu đề lặp lại, không phải một người</translation>
    </message>
    <message>
        <source>A title, total or signature line, not a person</source>
        <translation>Dòng tiêu đề, tổng cộng hoặc chữ ký, không phải một người</translation>
    </message>
    <message>
        <source>The leading 0 Excel dropped from the personal ID was put back</source>
        <translation>Đã thêm lại số 0 ở đầu số định danh mà Excel làm mất</translation>
    </message>
    <message>
        <source>The leading 0 Excel dropped from the phone was put back</source>
        <translation>Đã thêm lại số 0 ở đầu số điện thoại mà Excel làm mất</translation>
    </message>
    <message>
        <source>The cell holds {count} phones; the first was kept</source>
        <translation>Ô có {count} số điện thoại; đã lấy số đầu tiên</translation>
    </message>
    <message>
        <source>Read “{value}” as {date}, the way Excel numbers days</source>
        <translation>Đã đọc “{value}” là ngày {date} theo cách Excel đếm ngày</translation>
    </message>
    <message>
        <source>Two-digit year in “{value}”: taken as {year}</source>
        <translation>Năm hai chữ số trong “{value}”: đã hiểu là năm {year}</translation>
    </message>
    <message>
        <source>This column writes the month first (“{value}”)</source>
        <translation>Cột này ghi tháng trước ngày (“{value}”)</translation>
    </message>
    <message>
        <source>Unknown target group “{value}”: recorded as Other</source>
        <translation>Không hiểu đối tượng “{value}”: đã ghi là Khác</translation>
    </message>
    <message>
        <source>Cannot read the consent cell “{value}”: no consent recorded</source>
        <translation>Không hiểu ô đồng ý “{value}”: chưa ghi nhận đồng ý</translation>
    </message>
    <message>
        <source>Cut to {max_length} characters</source>
        <translation>Đã cắt bớt còn {max_length} ký tự</translation>
    </message>
    <message>
        <source>“{value}” is a new village: it will be added to the commune</source>
        <translation>“{value}” là thôn/tổ dân phố mới: sẽ được thêm vào danh sách của xã</translation>
    </message>
    <message>
        <source>“{value}” fits several villages: none recorded</source>
        <translation>“{value}” khớp với nhiều thôn: chưa ghi thôn</translation>
    </message>
    <message>
        <source>No commune is set up yet: the village “{value}” is not recorded</source>
        <translation>Chưa thiết lập thông tin xã: chưa ghi được thôn “{value}”</translation>
    </message>
    <message>
        <source>already completed this course (class {class_code})</source>
        <translation>đã hoàn thành khóa học này (lớp {class_code})</translation>
    </message>
    <message>
        <source>already in class {class_code} of this course</source>
        <translation>đang học khóa này ở lớp {class_code}</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Không tìm thấy tệp “{file}”.</translation>
    </message>
    <message>
        <source>Cannot read the file “{file}”: {reason}.</source>
        <translation>Không đọc được tệp “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>The file “{file}” is too large.</source>
        <translation>Tệp “{file}” quá lớn.</translation>
    </message>
    <message>
        <source>The file “{file}” has more than {limit} rows. Split the list.</source>
        <translation>Tệp “{file}” có hơn {limit} dòng. Hãy chia nhỏ danh sách.</translation>
    </message>
    <message>
        <source>“{file}” is an old Excel file (.xls) or has a password. Open it in Excel and save it as .xlsx without a password.</source>
        <translation>“{file}” là tệp Excel cũ (.xls) hoặc có mật khẩu. Hãy mở bằng Excel và lưu lại dạng .xlsx không mật khẩu.</translation>
    </message>
    <message>
        <source>“{file}” is not a readable .xlsx file (damaged, or of another kind).</source>
        <translation>“{file}” không phải tệp .xlsx đọc được (tệp hỏng hoặc sai định dạng).</translation>
    </message>
    <message>
        <source>“{file}” is not readable text. Save it as CSV UTF-8.</source>
        <translation>“{file}” không phải văn bản đọc được. Hãy lưu lại dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>“{file}” is malformed at row {row}.</source>
        <translation>Tệp “{file}” bị lỗi ở dòng {row}.</translation>
    </message>
    <message>
        <source>The file “{file}” holds no data.</source>
        <translation>Tệp “{file}” không có dữ liệu.</translation>
    </message>
    <message>
        <source>“{file}” has no worksheet “{sheet}”.</source>
        <translation>Tệp “{file}” không có trang tính “{sheet}”.</translation>
    </message>
    <message>
        <source>No column holds the full name. Choose it in the list of columns.</source>
        <translation>Không có cột nào chứa họ và tên. Hãy chọn cột đó trong danh sách cột.</translation>
    </message>
    <message>
        <source>The report must be a .csv or .xlsx file.</source>
        <translation>Tệp báo cáo phải là .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Cannot write “{file}”: {reason}.</source>
        <translation>Không ghi được “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>The registry changed while you were checking (row {row}). Check the file again.</source>
        <translation>Sổ học viên vừa thay đổi trong khi kiểm tra (dòng {row}). Hãy kiểm tra lại tệp.</translation>
    </message>
    <message>
        <source>This class has finished or was cancelled: nobody can be enrolled.</source>
        <translation>Lớp này đã kết thúc hoặc đã hủy: không ghi danh thêm được.</translation>
    </message>
    <message>
        <source>These two records carry different personal IDs: they are two people.</source>
        <translation>Hai hồ sơ có số định danh khác nhau: đây là hai người.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased.</source>
        <translation>Dữ liệu của người này đã bị xóa.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <source>Add a person…</source>
        <translation>Thêm học viên…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Enroll in a class…</source>
        <translation>Ghi danh vào lớp…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Hồ sơ trùng…</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <source>No class is open for enrollment.</source>
        <translation>Không có lớp nào đang nhận ghi danh.</translation>
    </message>
    <message>
        <source>Enroll %1 people in:</source>
        <translation>Ghi danh %1 người vào lớp:</translation>
    </message>
    <message>
        <source>%1: also in class %2 on %3, %4–%5</source>
        <translation>%1: trùng giờ với lớp %2 ngày %3, %4–%5</translation>
    </message>
    <message>
        <source>%1: already completed this course in class %2</source>
        <translation>%1: đã hoàn thành khóa học này ở lớp %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 điều nữa</translation>
    </message>
    <message>
        <source>Before enrolling, look at these:</source>
        <translation>Trước khi ghi danh, hãy xem lại:</translation>
    </message>
    <message>
        <source>Enroll them anyway?</source>
        <translation>Vẫn ghi danh những người này?</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Save the rejected rows…</source>
        <translation>Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <source>Added %1 people, updated %2, left %3 as they were, skipped %4.</source>
        <translation>Đã thêm %1 người, cập nhật %2, giữ nguyên %3, bỏ qua %4.</translation>
    </message>
    <message>
        <source>New villages: %1.</source>
        <translation>Thôn/tổ dân phố mới: %1.</translation>
    </message>
    <message>
        <source>Class %1: %2 enrolled, %3 on the waiting list, %4 were already there.</source>
        <translation>Lớp %1: %2 người được ghi danh, %3 người vào danh sách chờ, %4 người đã có trong lớp.</translation>
    </message>
    <message>
        <source>%1 rows were not taken. Save them, fix them in Excel and import that file again:</source>
        <translation>%1 dòng không được nhận. Hãy lưu lại, sửa trong Excel rồi nhập lại tệp đó:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Every row was taken.</source>
        <translation>Mọi dòng đều được nhận.</translation>
    </message>
    <message>
        <source>%1 rows saved in “%2”.</source>
        <translation>Đã lưu %1 dòng vào “%2”.</translation>
    </message>
</context>
</TS>
