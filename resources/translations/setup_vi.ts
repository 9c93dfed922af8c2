<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CommuneChooser</name>
    <message>
        <source>Type the name of your commune or ward, without accents if you like: dong tien, ba dinh … or its code</source>
        <translation>Gõ tên xã/phường, có thể gõ không dấu: dong tien, ba dinh … hoặc mã số</translation>
    </message>
    <message>
        <source>No commune or ward matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Không có xã/phường nào khớp với “%1”. Hãy kiểm tra chính tả hoặc gõ ít chữ hơn.</translation>
    </message>
    <message>
        <source>The first %1 shown: type more of the name to find yours.</source>
        <translation>Đang hiện %1 kết quả đầu: gõ thêm tên để tìm đúng xã/phường.</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>Tìm thấy %1.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Xã/phường của bạn</translation>
    </message>
    <message>
        <source>Choose it from the official list of the 3,321 communes, wards and special zones in force since 1 July 2025. Its code goes into class codes, cards and certificates.</source>
        <translation>Chọn trong danh sách chính thức 3.321 xã, phường, đặc khu từ ngày 01/07/2025. Mã của xã/phường được dùng trong mã lớp, thẻ học viên và giấy chứng nhận.</translation>
    </message>
    <message>
        <source>The commune cannot be changed: %1 certificates were issued for %2, and their serial numbers and QR codes carry its code. The rest can be changed.</source>
        <translation>Không đổi được xã/phường: đã cấp %1 giấy chứng nhận của %2, số hiệu và mã QR của chúng mang mã này. Các thông tin khác vẫn sửa được.</translation>
    </message>
</context>
<context>
    <name>DaysOffPanel</name>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>No class is planned on public holidays nor on the commune&apos;s own days off: a local festival, a harvest week. Sessions already planned on a new day off stay where they are: move them from the class.</source>
        <translation>Không xếp lịch học vào ngày lễ, Tết và các ngày nghỉ riêng của xã: lễ hội địa phương, mùa gặt. Các buổi đã xếp trước vào một ngày nghỉ mới vẫn giữ nguyên: hãy dời buổi đó trong lớp.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Remove the chosen days off</source>
        <translation>Bỏ các ngày nghỉ đã chọn</translation>
    </message>
    <message>
        <source>e.g. 05/10/2026</source>
        <translation>ví dụ: 05/10/2026</translation>
    </message>
    <message>
        <source>empty for a single day</source>
        <translation>để trống nếu chỉ nghỉ một ngày</translation>
    </message>
    <message>
        <source>e.g. Mùa gặt, Lễ hội làng</source>
        <translation>ví dụ: Mùa gặt, Lễ hội làng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>New days off</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <source>From (dd/mm/yyyy):</source>
        <translation>Từ ngày (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>To (dd/mm/yyyy):</source>
        <translation>Đến ngày (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <source>The commune’s days off</source>
        <translation>Ngày nghỉ riêng của xã</translation>
    </message>
    <message>
        <source>Public holidays in the next 12 months</source>
        <translation>Ngày lễ, Tết trong 12 tháng tới</translation>
    </message>
    <message>
        <source>No day off of the commune&apos;s own yet. Type the first day (and the last, for a range) and the reason below: a local festival, a harvest week.</source>
        <translation>Xã chưa có ngày nghỉ riêng nào. Gõ ngày đầu (và ngày cuối, nếu nghỉ nhiều ngày) cùng lý do ở dưới: lễ hội địa phương, mùa gặt.</translation>
    </message>
    <message>
        <source>Type the first day</source>
        <translation>Gõ ngày đầu</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>%1 new</source>
        <translation>%1 tên mới</translation>
    </message>
    <message>
        <source>Already there (%1): %2</source>
        <translation>Đã có (%1): %2</translation>
    </message>
</context>
<context>
    <name>ListsScreen</name>
    <message>
        <source>classes (%1): %2</source>
        <translation>lớp (%1): %2</translation>
    </message>
    <message>
        <source>%1 people live there</source>
        <translation>%1 người sống ở đây</translation>
    </message>
    <message>
        <source>venues: %1</source>
        <translation>địa điểm: %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Two entries for one place or person: everything moves to the one you keep</source>
        <translation>Hai mục cho cùng một nơi hoặc một người: mọi thứ chuyển sang mục được giữ lại</translation>
    </message>
    <message>
        <source>Hidden from the choices for new classes and people; kept in history</source>
        <translation>Không còn hiện khi chọn cho lớp hoặc người mới; vẫn giữ trong lịch sử</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Tên mới cho “%1”:</translation>
    </message>
    <message>
        <source>There is no other entry to merge “%1” with.</source>
        <translation>Không có mục nào khác để gộp “%1” vào.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Merge “%1” into (the one kept):</source>
        <translation>Gộp “%1” vào (mục được giữ lại):</translation>
    </message>
    <message>
        <source>nothing uses it yet</source>
        <translation>chưa có gì dùng đến</translation>
    </message>
    <message>
        <source>Everything that uses “%1” will use “%2”: %3. Then “%1” is removed from the list.</source>
        <translation>Mọi thứ đang dùng “%1” sẽ chuyển sang “%2”: %3. Sau đó “%1” bị xóa khỏi danh mục.</translation>
    </message>
    <message>
        <source>“%1” is in use: %2. Retired, it is no longer offered for new classes or people, and stays in their history.</source>
        <translation>“%1” đang được dùng: %2. Khi ngừng dùng, mục này không còn hiện để chọn cho lớp hoặc người mới, và vẫn giữ trong lịch sử của họ.</translation>
    </message>
    <message>
        <source>Retire anyway</source>
        <translation>Vẫn ngừng dùng</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Đang được dùng bởi</translation>
    </message>
    <message>
        <source>Nothing uses it yet.</source>
        <translation>Chưa có gì dùng đến.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ngừng dùng)</translation>
    </message>
    <message>
        <source>Village / residential group</source>
        <translation>Thôn / tổ dân phố</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Adults (targets)</source>
        <translation>Số người lớn (chỉ tiêu)</translation>
    </message>
    <message>
        <source>Add villages…</source>
        <translation>Thêm thôn, tổ dân phố…</translation>
    </message>
    <message>
        <source>No village yet. Type or paste the list of villages and residential groups, one a line; or import the participants&apos; list, which adds the villages it meets.</source>
        <translation>Chưa có thôn, tổ dân phố nào. Hãy gõ hoặc dán danh sách thôn, tổ dân phố, mỗi dòng một tên; hoặc nhập danh sách người học, chương trình sẽ thêm các thôn có trong đó.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Nội dung học</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Của địa phương</translation>
    </message>
    <message>
        <source>Add a local course…</source>
        <translation>Thêm nội dung học của địa phương…</translation>
    </message>
    <message>
        <source>The catalogue is empty. Add the courses your province or commune teaches.</source>
        <translation>Danh mục nội dung học đang trống. Hãy thêm các nội dung tỉnh hoặc xã tổ chức dạy.</translation>
    </message>
    <message>
        <source>Add villages</source>
        <translation>Thêm thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>One a line (typed, or pasted from a list):</source>
        <translation>Mỗi dòng một tên (gõ, hoặc dán từ danh sách):</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Reports and signature</source>
        <translation>Báo cáo và chữ ký</translation>
    </message>
    <message>
        <source>Since 1 July 2025 communes report to the province: the provincial People&apos;s Committee by default, or the department your papers name.</source>
        <translation>Từ ngày 01/07/2025 xã báo cáo lên tỉnh: mặc định là Ủy ban nhân dân tỉnh/thành phố, hoặc sở, ngành mà văn bản của xã gửi đến.</translation>
    </message>
    <message>
        <source>e.g. Lê Văn Thành</source>
        <translation>ví dụ: Lê Văn Thành</translation>
    </message>
    <message>
        <source>Issuing body on papers:</source>
        <translation>Cơ quan ban hành trên giấy tờ:</translation>
    </message>
    <message>
        <source>Receiving body for reports:</source>
        <translation>Nơi nhận báo cáo:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>The signer can be left for later (Settings); certificates need one.</source>
        <translation>Có thể nhập người ký sau (trong Cài đặt); giấy chứng nhận cần có người ký.</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Setting up the commune</source>
        <translation>Thiết lập xã/phường</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Villages and residential groups</source>
        <translation>Thôn và tổ dân phố</translation>
    </message>
    <message>
        <source>Type or paste them, one a line (thôn, ấp, bản, tổ dân phố). Or leave the list empty: the first import of participants adds the villages it meets.</source>
        <translation>Gõ hoặc dán danh sách, mỗi dòng một tên (thôn, ấp, bản, tổ dân phố). Hoặc để trống: lần nhập danh sách người học đầu tiên sẽ thêm các thôn có trong đó.</translation>
    </message>
    <message>
        <source>Villages / residential groups</source>
        <translation>Thôn / tổ dân phố</translation>
    </message>
    <message>
        <source>Venues and instructors (optional)</source>
        <translation>Địa điểm và giảng viên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Where classes meet and who teaches them, one a line. A new class can also add them as it goes.</source>
        <translation>Nơi học và người dạy, mỗi dòng một tên. Khi mở lớp mới cũng thêm được ngay.</translation>
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
    <name>SetupWords</name>
    <message>
        <source>Line {line}: </source>
        <translation>Dòng {line}: </translation>
    </message>
    <message>
        <source>Villages, line {line}: </source>
        <translation>Thôn, dòng {line}: </translation>
    </message>
    <message>
        <source>Venues, line {line}: </source>
        <translation>Địa điểm, dòng {line}: </translation>
    </message>
    <message>
        <source>Instructors, line {line}: </source>
        <translation>Giảng viên, dòng {line}: </translation>
    </message>
    <message>
        <source>First day: </source>
        <translation>Ngày đầu: </translation>
    </message>
    <message>
        <source>Last day: </source>
        <translation>Ngày cuối: </translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation>Lý do: </translation>
    </message>
    <message>
        <source>the date is missing (dd/mm/yyyy).</source>
        <translation>thiếu ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it dd/mm/yyyy, e.g. 26/01/2027 or 26012027.</source>
        <translation>“{value}” không phải là ngày; hãy viết dạng dd/mm/yyyy, ví dụ 26/01/2027 hoặc 26012027.</translation>
    </message>
    <message>
        <source>there is no {value}: month {month} of {year} has {days_in_month} days.</source>
        <translation>không có ngày {value}: tháng {month} năm {year} chỉ có {days_in_month} ngày.</translation>
    </message>
    <message>
        <source>the last day {end} is before the first day {start}.</source>
        <translation>ngày cuối {end} ở trước ngày đầu {start}.</translation>
    </message>
    <message>
        <source>{days} days is too long for days off (at most {limit}).</source>
        <translation>{days} ngày là quá dài cho một đợt nghỉ (tối đa {limit} ngày).</translation>
    </message>
    <message>
        <source>say why (a festival, the harvest …).</source>
        <translation>hãy ghi lý do (lễ hội, mùa gặt …).</translation>
    </message>
    <message>
        <source>the reason is too long (at most {limit} characters).</source>
        <translation>lý do quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>There is no commune or ward with the code “{value}” in the official list (5 digits).</source>
        <translation>Không có xã/phường mã “{value}” trong danh sách chính thức (mã gồm 5 chữ số).</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>thiếu tên.</translation>
    </message>
    <message>
        <source>“{value}” is already in the list as “{existing}” (accents and capitals aside).</source>
        <translation>“{value}” đã có trong danh sách là “{existing}” (không kể dấu và chữ hoa).</translation>
    </message>
    <message>
        <source>The course “{value}” is already in the catalogue as “{existing}” (accents and capitals aside).</source>
        <translation>Nội dung “{value}” đã có trong danh mục là “{existing}” (không kể dấu và chữ hoa).</translation>
    </message>
    <message>
        <source>the name is too long (at most {limit} characters).</source>
        <translation>tên quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>too many names at once ({count}; at most {limit}).</source>
        <translation>quá nhiều tên một lần ({count}; tối đa {limit}).</translation>
    </message>
    <message>
        <source>A text is too long (at most {limit} characters).</source>
        <translation>Có nội dung quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>the name has no letters.</source>
        <translation>tên không có chữ cái.</translation>
    </message>
    <message>
        <source>the name has characters names do not use: {chars}</source>
        <translation>tên có ký tự không dùng trong tên: {chars}</translation>
    </message>
    <message>
        <source>The commune cannot be changed: this database has issued {certificates} certificates of {current} (code {current_code}), and their serial numbers and QR codes carry that code. Use a new data file for another commune.</source>
        <translation>Không đổi được xã/phường: cơ sở dữ liệu này đã cấp {certificates} giấy chứng nhận của {current} (mã {current_code}), số hiệu và mã QR của chúng mang mã này. Hãy dùng một tệp dữ liệu mới cho xã/phường khác.</translation>
    </message>
    <message>
        <source>Choose your commune first (Settings → Setup assistant).</source>
        <translation>Hãy chọn xã/phường trước (Cài đặt → Trợ lý thiết lập).</translation>
    </message>
    <message>
        <source>Choose another entry to merge “{name}” with.</source>
        <translation>Hãy chọn một mục khác để gộp với “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is in use; confirm to retire it.</source>
        <translation>“{name}” đang được dùng; hãy xác nhận để ngừng dùng.</translation>
    </message>
    <message>
        <source>It is no longer in the database (someone else may have removed it).</source>
        <translation>Mục này không còn trong cơ sở dữ liệu (có thể người khác đã xóa).</translation>
    </message>
</context>
</TS>
