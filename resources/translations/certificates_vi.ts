<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Certificates and papers</source>
        <translation>Giấy chứng nhận và giấy tờ</translation>
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
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Issue and print new certificates…</source>
        <translation>Cấp và in giấy chứng nhận mới…</translation>
    </message>
    <message>
        <source>Reprint (marked as copies)…</source>
        <translation>In lại (đánh dấu bản sao)…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate…</source>
        <translation>Thu hồi giấy chứng nhận đang chọn…</translation>
    </message>
    <message>
        <source>Assessment and VNeID…</source>
        <translation>Đánh giá và VNeID…</translation>
    </message>
    <message>
        <source>QR cards…</source>
        <translation>Thẻ QR học viên…</translation>
    </message>
    <message>
        <source>Class roster…</source>
        <translation>Danh sách lớp…</translation>
    </message>
    <message>
        <source>Schedule notice…</source>
        <translation>Thông báo lịch học…</translation>
    </message>
    <message>
        <source>Sign-in sheet of a session…</source>
        <translation>Danh sách ký tên của một buổi…</translation>
    </message>
    <message>
        <source>Register book of a year…</source>
        <translation>Sổ đăng ký của một năm…</translation>
    </message>
    <message>
        <source>Every certificate issued in a year, in the order of the register, with revocations and reprints: to print, sign and stamp.</source>
        <translation>Mọi giấy chứng nhận đã cấp trong năm, theo thứ tự số vào sổ, có ghi thu hồi và in lại: để in, ký và đóng dấu.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Other papers:</source>
        <translation>Giấy tờ khác:</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã cấp</translation>
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
        <source>%1 of %2 people completed (rule: %3 % of sessions held and a passed assessment); %4 certificates issued; %5 waiting to be issued.</source>
        <translation>%1 / %2 người đã hoàn thành (điều kiện: %3 % số buổi đã học và đạt đánh giá); đã cấp %4 giấy chứng nhận; %5 người đang chờ cấp.</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>%1 of %2 people completed (rule: %3 % of sessions held); %4 certificates issued; %5 waiting to be issued.</source>
        <translation>%1 / %2 người đã hoàn thành (điều kiện: %3 % số buổi đã học); đã cấp %4 giấy chứng nhận; %5 người đang chờ cấp.</translation>
    </message>
    <message>
        <source>The class is not over yet: certificates are issued once every session is held or cancelled.</source>
        <translation>Lớp chưa học xong: giấy chứng nhận được cấp khi mọi buổi học đã học (hoặc đã hủy).</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>The PDF is saved: %1</source>
        <translation>Đã lưu tệp PDF: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was issued or saved.</source>
        <translation>Đã hủy: không cấp và không lưu gì.</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Nobody in class %1 is waiting for a certificate.</source>
        <translation>Lớp %1 không còn ai chờ cấp giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Issue %1 certificates for class %2?

This uses %1 serial numbers of the commune&apos;s register (%3 to %4). A number once used is never used again, even if the paper is spoiled: reprint a copy instead.</source>
        <translation>Cấp %1 giấy chứng nhận cho lớp %2?

Việc này dùng %1 số hiệu trong sổ cấp giấy chứng nhận của xã (từ %3 đến %4). Số hiệu đã dùng thì không bao giờ dùng lại, kể cả khi giấy in hỏng: khi đó hãy in lại bản sao.</translation>
    </message>
    <message>
        <source>Issuing and printing certificates…</source>
        <translation>Đang cấp và in giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Printing copies…</source>
        <translation>Đang in bản sao…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Choose a person who holds a certificate.</source>
        <translation>Hãy chọn một người đã được cấp giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Revoke certificate %1</source>
        <translation>Thu hồi giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>Reason for revoking the certificate of %1:</source>
        <translation>Lý do thu hồi giấy chứng nhận của %1:</translation>
    </message>
    <message>
        <source>Register book</source>
        <translation>Sổ đăng ký cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Year of the register book:</source>
        <translation>Năm của sổ đăng ký:</translation>
    </message>
    <message>
        <source>Preparing the register book…</source>
        <translation>Đang chuẩn bị sổ đăng ký…</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Đang chuẩn bị tệp PDF…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Buổi học:</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Có lỗi xảy ra</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Scan the QR code of the certificate into the field below (or paste its text and press Enter), or open a photo or a PDF of it. No internet is needed.</source>
        <translation>Quét mã QR trên giấy chứng nhận vào ô dưới đây (hoặc dán nội dung rồi nhấn Enter), hoặc mở ảnh chụp hay tệp PDF của giấy. Không cần Internet.</translation>
    </message>
    <message>
        <source>QR text: “Chứng nhận …” then BDHVS2.…</source>
        <translation>Nội dung mã QR: “Chứng nhận …” rồi BDHVS2.…</translation>
    </message>
    <message>
        <source>Open a photo or PDF…</source>
        <translation>Mở ảnh hoặc PDF…</translation>
    </message>
    <message>
        <source>Waiting for a certificate</source>
        <translation>Đang chờ giấy chứng nhận</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>The readable line came; waiting for the code line.</source>
        <translation>Đã nhận dòng chữ; đang chờ dòng mã.</translation>
    </message>
    <message>
        <source>Open a photo or PDF of a certificate</source>
        <translation>Mở ảnh hoặc PDF của giấy chứng nhận</translation>
    </message>
    <message>
        <source>Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No QR code found</source>
        <translation>Không tìm thấy mã QR</translation>
    </message>
    <message>
        <source>No QR code could be read in %1. Take the photo straight on, in good light.</source>
        <translation>Không đọc được mã QR nào trong %1. Hãy chụp thẳng, đủ ánh sáng.</translation>
    </message>
    <message>
        <source>GENUINE certificate</source>
        <translation>Giấy chứng nhận THẬT</translation>
    </message>
    <message>
        <source>REVOKED certificate</source>
        <translation>Giấy chứng nhận ĐÃ BỊ THU HỒI</translation>
    </message>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>Thu hồi ngày %1: %2</translation>
    </message>
    <message>
        <source>UNKNOWN ISSUER</source>
        <translation>KHÔNG RÕ NƠI CẤP</translation>
    </message>
    <message>
        <source>It says %1 (code %2) issued it, but its key %3… is on no trust list held here: it cannot be checked. Take in the receiving office&apos;s latest trust list (Settings, Keys and trust) and check again.</source>
        <translation>Giấy ghi do %1 (mã %2) cấp, nhưng khóa ký %3… không có trong danh sách tin cậy nào ở máy này nên không kiểm tra được. Hãy nhận danh sách tin cậy mới nhất của cơ quan tiếp nhận (Cài đặt, Khóa ký và tin cậy) rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>its content was altered</source>
        <translation>nội dung đã bị sửa</translation>
    </message>
    <message>
        <source>it was not signed with this commune&apos;s key</source>
        <translation>không được ký bằng khóa của xã này</translation>
    </message>
    <message>
        <source>one commune&apos;s key signed for another commune</source>
        <translation>khóa của một xã đã ký cho xã khác</translation>
    </message>
    <message>
        <source>it is not a certificate code of this program</source>
        <translation>không phải mã giấy chứng nhận của chương trình</translation>
    </message>
    <message>
        <source>NOT GENUINE</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>This code is not valid: %1.</source>
        <translation>Mã này không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>sinh năm %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Người được cấp: %1</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Khóa học: %1</translation>
    </message>
    <message>
        <source>Issued on %1 by the People&apos;s Committee of %2 (code %3)</source>
        <translation>Cấp ngày %1, Ủy ban nhân dân %2 (mã %3)</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Số hiệu: %1</translation>
    </message>
    <message>
        <source>this installation&apos;s own key</source>
        <translation>khóa của chính máy này</translation>
    </message>
    <message>
        <source>a key pinned when the commune&apos;s package was consolidated</source>
        <translation>khóa đã ghim khi tổng hợp gói dữ liệu của xã</translation>
    </message>
    <message>
        <source>a key on the trust list taken in</source>
        <translation>khóa có trong danh sách tin cậy đã nhận</translation>
    </message>
    <message>
        <source>Signed with %1: %2</source>
        <translation>Ký bằng %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Không đọc được tệp</translation>
    </message>
</context>
</TS>
