<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConsolidationDialog</name>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>%1 packages added, %2 refused. Each person counted once: %3 taking part, %4 completed, %5 certified; %6 people studied in more than one commune. Saved to %7.</source>
        <translation>Đã cộng %1 gói, từ chối %2 gói. Mỗi người tính một lần: %3 người tham gia, %4 hoàn thành, %5 được cấp chứng nhận; %6 người học ở nhiều xã. Đã lưu vào %7.</translation>
    </message>
    <message>
        <source>Taken on trust: no trust list vouches for the keys of %1 commune(s), pinned now on first sight: %2. Phone each commune to compare its fingerprint.</source>
        <translation>Tin khi gặp lần đầu: chưa có danh sách tin cậy nào xác nhận khóa của %1 xã, nay được ghim lần đầu: %2. Hãy gọi điện cho từng xã để so dấu vân tay.</translation>
    </message>
    <message>
        <source>Consolidated here before (the very same file): %1. Added again to this workbook.</source>
        <translation>Đã được tổng hợp ở đây trước đây (đúng tệp này): %1. Vẫn được cộng vào bảng này.</translation>
    </message>
    <message>
        <source>no. %1 of %2</source>
        <translation>lần số %1 lúc %2</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>How the key is trusted</source>
        <translation>Độ tin cậy của khóa</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Why it was not added</source>
        <translation>Lý do không cộng</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>Theo xã</translation>
    </message>
    <message>
        <source>By target group</source>
        <translation>Theo đối tượng</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Bị từ chối (%1)</translation>
    </message>
    <message>
        <source>taken on trust: first seen, pinned now</source>
        <translation>tin khi gặp lần đầu: nay được ghim</translation>
    </message>
    <message>
        <source>matches the key pinned on %1</source>
        <translation>khớp khóa đã ghim từ %1</translation>
    </message>
    <message>
        <source>on the trust list</source>
        <translation>có trong danh sách tin cậy</translation>
    </message>
    <message>
        <source>new key accepted (replaces %1)</source>
        <translation>khóa mới được chấp nhận (thay %1)</translation>
    </message>
</context>
<context>
    <name>ConsolidationRecord</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Consolidated at</source>
        <translation>Thời điểm tổng hợp</translation>
    </message>
    <message>
        <source>Packages added</source>
        <translation>Số gói được cộng</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>In several communes</source>
        <translation>Học ở nhiều xã</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Bảng tổng hợp</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Package made on</source>
        <translation>Ngày lập gói</translation>
    </message>
    <message>
        <source>Consolidated before</source>
        <translation>Đã tổng hợp trước đây</translation>
    </message>
    <message>
        <source>No consolidation recorded at this office yet. Consolidate the communes&apos; packages: each run is kept here with the communes that reported, their periods and totals.</source>
        <translation>Chưa có lần tổng hợp nào được ghi ở cơ quan này. Hãy tổng hợp gói dữ liệu của các xã: mỗi lần tổng hợp được lưu ở đây cùng các xã đã báo cáo, thời gian và số liệu của từng xã.</translation>
    </message>
    <message>
        <source>Consolidate packages…</source>
        <translation>Tổng hợp gói của các xã…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>all the time</source>
        <translation>toàn bộ thời gian</translation>
    </message>
    <message>
        <source>yes, the same file (no. %1)</source>
        <translation>có, cùng tệp (lần số %1)</translation>
    </message>
    <message>
        <source>Communes that reported in consolidation no. %1 (%2): %3 package(s) added, %4 refused.</source>
        <translation>Các xã đã báo cáo trong lần tổng hợp số %1 (%2): %3 gói được cộng, %4 gói bị từ chối.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Bị từ chối: %1.</translation>
    </message>
    <message>
        <source>signed by another key than the one pinned for its commune</source>
        <translation>ký bằng khóa khác với khóa đã ghim cho xã</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Cancelled: no file was made.</source>
        <translation>Đã hủy: không tạo tệp nào.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
    <message>
        <source>Saved %2 rows to %1.</source>
        <translation>Đã lưu %2 dòng vào %1.</translation>
    </message>
    <message>
        <source>Signed packages (*.zip)</source>
        <translation>Gói dữ liệu có chữ ký (*.zip)</translation>
    </message>
    <message>
        <source>Signing the package…</source>
        <translation>Đang ký gói dữ liệu…</translation>
    </message>
    <message>
        <source>Signed package saved to %1.</source>
        <translation>Đã lưu gói dữ liệu có chữ ký vào %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Packages from the communes</source>
        <translation>Gói dữ liệu của các xã</translation>
    </message>
    <message>
        <source>Checking and adding up the packages…</source>
        <translation>Đang kiểm tra và cộng các gói…</translation>
    </message>
    <message>
        <source>A commune&apos;s key changed</source>
        <translation>Khóa ký của xã đã thay đổi</translation>
    </message>
    <message>
        <source>The package of %1 (%2) is signed by another key than the one pinned here.

Pinned key: %3
This package&apos;s key: %4

A key changes when a commune loses its PC or reinstalls the program. Phone the commune and compare the fingerprint before you accept. Accept the new key?</source>
        <translation>Gói dữ liệu của %1 (%2) được ký bằng khóa khác với khóa đã ghim ở đây.

Khóa đã ghim: %3
Khóa của gói này: %4

Khóa thay đổi khi xã mất máy hoặc cài lại chương trình. Hãy gọi điện cho xã và so dấu vân tay trước khi chấp nhận. Chấp nhận khóa mới?</translation>
    </message>
</context>
<context>
    <name>ReportHeading</name>
    <message>
        <source>The report&apos;s heading</source>
        <translation>Số và nơi nhận của báo cáo</translation>
    </message>
    <message>
        <source>The number is printed as “Số: 125/BC-UBND”. Leave it empty to write it by hand on the paper after it is registered.</source>
        <translation>Số văn bản in thành “Số: 125/BC-UBND”. Để trống nếu muốn ghi tay lên bản giấy sau khi vào sổ văn bản.</translation>
    </message>
    <message>
        <source>e.g. 125 (may be left empty)</source>
        <translation>ví dụ 125 (có thể để trống)</translation>
    </message>
    <message>
        <source>the receiving body set in Settings</source>
        <translation>cơ quan nhận báo cáo đã khai trong Cài đặt</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>To (Kính gửi):</source>
        <translation>Kính gửi:</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>People who completed a course</source>
        <translation>Số người hoàn thành khóa học</translation>
    </message>
    <message>
        <source>People certified</source>
        <translation>Số người được cấp chứng nhận</translation>
    </message>
    <message>
        <source>Share of adults with basic digital skills (%)</source>
        <translation>Tỷ lệ người trưởng thành có kỹ năng số cơ bản (%)</translation>
    </message>
    <message>
        <source>People confirmed on VNeID</source>
        <translation>Số người đã xác nhận hoàn thành trên VNeID</translation>
    </message>
    <message>
        <source>No class has sessions in the chosen period; no file was made.</source>
        <translation>Không có lớp nào có buổi học trong khoảng thời gian đã chọn; không tạo tệp.</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>Tên tệp phải có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Not one package could be added; no file was made.</source>
        <translation>Không cộng được gói nào; không tạo tệp.</translation>
    </message>
    <message>
        <source>Choose at least one package.</source>
        <translation>Hãy chọn ít nhất một gói dữ liệu.</translation>
    </message>
    <message>
        <source>A share must be more than 0 and at most 100 %.</source>
        <translation>Tỷ lệ phải lớn hơn 0 và không quá 100 %.</translation>
    </message>
    <message>
        <source>A number of people cannot be below 0.</source>
        <translation>Số người không được nhỏ hơn 0.</translation>
    </message>
    <message>
        <source>A number of people must be a whole number.</source>
        <translation>Số người phải là số nguyên.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Năm phải từ 2000 đến 2100.</translation>
    </message>
    <message>
        <source>A number of adults cannot be below 0.</source>
        <translation>Số người trưởng thành không được nhỏ hơn 0.</translation>
    </message>
    <message>
        <source>Enter the commune&apos;s name.</source>
        <translation>Hãy nhập tên xã/phường.</translation>
    </message>
    <message>
        <source>The commune code has 5 digits.</source>
        <translation>Mã xã gồm 5 chữ số.</translation>
    </message>
    <message>
        <source>Enter the province&apos;s name.</source>
        <translation>Hãy nhập tên tỉnh/thành phố.</translation>
    </message>
    <message>
        <source>The province code has 2 digits.</source>
        <translation>Mã tỉnh gồm 2 chữ số.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>Có nội dung quá dài.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to.</source>
        <translation>Không ghi được vào thư mục sao lưu.</translation>
    </message>
    <message>
        <source>The document number goes before “/BC-UBND”: digits and letters only (e.g. 125), at most 12; no file was made.</source>
        <translation>Số văn bản đứng trước “/BC-UBND”: chỉ gồm chữ số và chữ cái (ví dụ 125), tối đa 12 ký tự; không tạo tệp.</translation>
    </message>
    <message>
        <source>The recipient (Kính gửi) is too long; no file was made.</source>
        <translation>Nơi nhận (Kính gửi) dài quá; không tạo tệp.</translation>
    </message>
    <message>
        <source>too large to be a package</source>
        <translation>tệp quá lớn, không phải gói dữ liệu</translation>
    </message>
    <message>
        <source>unreadable: not a package, truncated or damaged</source>
        <translation>không đọc được: không phải gói dữ liệu, bị cắt cụt hoặc hỏng</translation>
    </message>
    <message>
        <source>not a Digital Education package</source>
        <translation>không phải gói dữ liệu Bình dân học vụ số</translation>
    </message>
    <message>
        <source>an older format: ask for it to be exported again</source>
        <translation>định dạng cũ: đề nghị xã xuất lại</translation>
    </message>
    <message>
        <source>made by a newer version: update the program</source>
        <translation>do phiên bản mới hơn tạo: hãy cập nhật chương trình</translation>
    </message>
    <message>
        <source>the signature fails: altered after signing</source>
        <translation>chữ ký không hợp lệ: đã bị sửa sau khi ký</translation>
    </message>
    <message>
        <source>signed by another key than the one pinned for {commune} ({code}): pinned {pinned}, this package {offered}</source>
        <translation>ký bằng khóa khác với khóa đã ghim cho {commune} ({code}): khóa đã ghim {pinned}, khóa của gói này {offered}</translation>
    </message>
    <message>
        <source>signed with a key that is not trusted here</source>
        <translation>ký bằng khóa không nằm trong danh sách tin cậy</translation>
    </message>
    <message>
        <source>its data breaks the format</source>
        <translation>dữ liệu trong gói sai định dạng</translation>
    </message>
    <message>
        <source>the commune already sent this period</source>
        <translation>xã đã gửi gói cho khoảng thời gian này</translation>
    </message>
    <message>
        <source>its period overlaps another package of the commune</source>
        <translation>khoảng thời gian trùng với gói khác của cùng xã</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>The commune is not set up yet: fill in Settings first.</source>
        <translation>Chưa khai báo thông tin xã: hãy điền ở mục Cài đặt trước.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports and progress</source>
        <translation>Báo cáo và tiến độ</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>Confirmed on VNeID</source>
        <translation>Đã xác nhận trên VNeID</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Số buổi đã học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Người trưởng thành</translation>
    </message>
    <message>
        <source>Completed, of adults</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Chứng nhận đã cấp</translation>
    </message>
    <message>
        <source>Roster workbook…</source>
        <translation>Danh sách Excel…</translation>
    </message>
    <message>
        <source>Roster CSV…</source>
        <translation>Danh sách CSV…</translation>
    </message>
    <message>
        <source>Signed package…</source>
        <translation>Gói dữ liệu có chữ ký…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Báo cáo PDF…</translation>
    </message>
    <message>
        <source>Consolidate packages…</source>
        <translation>Tổng hợp gói của các xã…</translation>
    </message>
    <message>
        <source>Progress towards this year&apos;s targets</source>
        <translation>Tiến độ thực hiện chỉ tiêu năm</translation>
    </message>
    <message>
        <source>People by target group</source>
        <translation>Số người theo đối tượng</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>Theo thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Sessions and attendance by month</source>
        <translation>Buổi học và chuyên cần theo tháng</translation>
    </message>
    <message>
        <source>Consolidations at this office</source>
        <translation>Các lần tổng hợp ở cơ quan này</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>No targets for this year: enter them in Settings.</source>
        <translation>Chưa có chỉ tiêu cho năm này: hãy nhập ở mục Cài đặt.</translation>
    </message>
    <message>
        <source>(no village)</source>
        <translation>(chưa ghi thôn)</translation>
    </message>
    <message>
        <source>target %1 %; enter the number of adults in Settings</source>
        <translation>chỉ tiêu %1 %; hãy nhập số người trưởng thành ở mục Cài đặt</translation>
    </message>
    <message>
        <source>%1 of the %2 % aimed at (%3 adults)</source>
        <translation>đạt %1 so với mục tiêu %2 % (%3 người trưởng thành)</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 trên %2 người</translation>
    </message>
</context>
</TS>
