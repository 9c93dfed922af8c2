<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>TrustForm</name>
    <message>
        <source>Fingerprint of this installation&apos;s key:</source>
        <translation>Dấu vân tay khóa ký của máy này:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Khóa công khai:</translation>
    </message>
    <message>
        <source>Certificates and packages signed here carry this key. Read the fingerprint to the receiving office, or compare it with the one printed under each certificate&apos;s QR code.</source>
        <translation>Giấy chứng nhận và gói dữ liệu ký ở đây mang khóa này. Đọc dấu vân tay cho cơ quan tiếp nhận, hoặc so với dấu vân tay in dưới mã QR của mỗi giấy chứng nhận.</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>chưa có khóa</translation>
    </message>
    <message>
        <source>A key is made when the first certificate is issued or the first package exported.</source>
        <translation>Khóa được tạo khi cấp giấy chứng nhận hoặc xuất gói dữ liệu lần đầu.</translation>
    </message>
</context>
</TS>
