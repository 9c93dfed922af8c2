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
        <source>Office whose lists are taken:</source>
        <translation>Cơ quan phát hành danh sách:</translation>
    </message>
    <message>
        <source>List held, issued on:</source>
        <translation>Danh sách đang dùng, lập ngày:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Gồm:</translation>
    </message>
    <message>
        <source>Take in a trust list…</source>
        <translation>Nhận danh sách tin cậy…</translation>
    </message>
    <message>
        <source>Trust list (other communes&apos; keys and revoked certificates)</source>
        <translation>Danh sách tin cậy (khóa của các xã khác và giấy chứng nhận bị thu hồi)</translation>
    </message>
    <message>
        <source>The receiving office publishes a trust list signed with its own key. The first list taken in asks you to confirm the office&apos;s fingerprint; after that only newer lists signed by the same office are accepted.</source>
        <translation>Cơ quan tiếp nhận phát hành danh sách tin cậy ký bằng khóa của mình. Lần nhận đầu tiên cần xác nhận dấu vân tay khóa của cơ quan; sau đó chỉ nhận danh sách mới hơn do cùng cơ quan ký.</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>chưa có khóa</translation>
    </message>
    <message>
        <source>A key is made when the first certificate is issued or the first package exported.</source>
        <translation>Khóa được tạo khi cấp giấy chứng nhận hoặc xuất gói dữ liệu lần đầu.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 communes, %2 keys, %3 revoked certificates</source>
        <translation>%1 xã, %2 khóa, %3 giấy chứng nhận bị thu hồi</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>Danh sách tin cậy</translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Danh sách tin cậy (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>First trust list</source>
        <translation>Danh sách tin cậy đầu tiên</translation>
    </message>
    <message>
        <source>This list is signed by the office whose key fingerprint is

%1

Compare it with the fingerprint the receiving office gave you by phone or in writing. Is it the same?</source>
        <translation>Danh sách này do cơ quan có dấu vân tay khóa

%1

ký. Hãy so với dấu vân tay cơ quan tiếp nhận đã báo qua điện thoại hoặc công văn. Có trùng không?</translation>
    </message>
    <message>
        <source>Not taken in: nothing changed.</source>
        <translation>Chưa nhận: không thay đổi gì.</translation>
    </message>
    <message>
        <source>Trust list taken in.</source>
        <translation>Đã nhận danh sách tin cậy.</translation>
    </message>
</context>
<context>
    <name>TrustWords</name>
    <message>
        <source>“{path}” is not a trust list, or it is truncated or damaged. Nothing changed.</source>
        <translation>“{path}” không phải danh sách tin cậy, hoặc bị cắt cụt, hỏng. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>“{path}” is too large to be a trust list. Nothing changed.</source>
        <translation>“{path}” quá lớn để là danh sách tin cậy. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>“{path}” is a trust list of a newer version: update the program. Nothing changed.</source>
        <translation>“{path}” là danh sách tin cậy của phiên bản mới hơn: cần cập nhật chương trình. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>The signature of “{path}” fails: the list was altered after signing. Nothing changed.</source>
        <translation>Chữ ký của “{path}” không hợp lệ: danh sách đã bị sửa sau khi ký. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>“{path}” holds a malformed key for commune {commune}. Nothing changed.</source>
        <translation>“{path}” có khóa sai định dạng cho xã {commune}. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>The data in “{path}” breaks the format ({detail}). Nothing changed.</source>
        <translation>Dữ liệu trong “{path}” sai định dạng ({detail}). Không thay đổi gì.</translation>
    </message>
    <message>
        <source>Confirm the office&apos;s fingerprint {fingerprint} first.</source>
        <translation>Cần xác nhận trước dấu vân tay khóa {fingerprint} của cơ quan.</translation>
    </message>
    <message>
        <source>“{path}” is signed by {fingerprint}, not by {given}. Nothing changed.</source>
        <translation>“{path}” do khóa {fingerprint} ký, không phải {given}. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>“{path}” is signed by another office (key {fingerprint}); this installation takes only lists signed by {expected}. Nothing changed.</source>
        <translation>“{path}” do cơ quan khác ký (khóa {fingerprint}); máy này chỉ nhận danh sách do khóa {expected} ký. Không thay đổi gì.</translation>
    </message>
    <message>
        <source>“{path}” was issued at {issued}, not later than the list held (issued at {held}): an old list cannot replace a newer one. Nothing changed.</source>
        <translation>“{path}” lập lúc {issued}, không mới hơn danh sách đang dùng (lập lúc {held}): danh sách cũ không thay được danh sách mới hơn. Không thay đổi gì.</translation>
    </message>
</context>
</TS>
