<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>OfficeForm</name>
    <message>
        <source>Commune (xã)</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Special zone (đặc khu)</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân tỉnh Thanh Hóa</source>
        <translation>ví dụ: Ủy ban nhân dân tỉnh Thanh Hóa</translation>
    </message>
    <message>
        <source>the commune&apos;s name when empty</source>
        <translation>để trống thì dùng tên xã</translation>
    </message>
    <message>
        <source>a “backups” folder beside the data file when empty</source>
        <translation>để trống thì dùng thư mục “backups” cạnh tệp dữ liệu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Commune code (5 digits):</source>
        <translation>Mã xã (5 chữ số):</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh/Thành phố:</translation>
    </message>
    <message>
        <source>Province code (2 digits):</source>
        <translation>Mã tỉnh (2 chữ số):</translation>
    </message>
    <message>
        <source>Receiving body:</source>
        <translation>Cơ quan nhận báo cáo:</translation>
    </message>
    <message>
        <source>Place on papers:</source>
        <translation>Địa danh ghi trên văn bản:</translation>
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
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Since 1 July 2025 communes report to the province and its departments; write the receiving body as your papers name it.</source>
        <translation>Từ ngày 01/7/2025 xã báo cáo lên tỉnh và các sở, ngành; hãy ghi cơ quan nhận báo cáo như trên văn bản của xã.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Commune, signer and backups</source>
        <translation>Thông tin xã, người ký và sao lưu</translation>
    </message>
    <message>
        <source>Targets and populations</source>
        <translation>Chỉ tiêu và dân số</translation>
    </message>
    <message>
        <source>Keys and trust</source>
        <translation>Khóa ký và tin cậy</translation>
    </message>
</context>
<context>
    <name>TargetsForm</name>
    <message>
        <source>Adults in the group</source>
        <translation>Số người trưởng thành của nhóm</translation>
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
        <source>Save targets and populations</source>
        <translation>Lưu chỉ tiêu và dân số</translation>
    </message>
    <message>
        <source>Shares are percentages (more than 0, at most 100); the others are numbers of people. Leave a cell empty for no target. The adults of all villages added up are the denominator of the commune-wide share.</source>
        <translation>Tỷ lệ tính bằng phần trăm (lớn hơn 0, không quá 100); các chỉ tiêu khác là số người. Để trống ô nếu không giao chỉ tiêu. Tổng số người trưởng thành của các thôn là mẫu số của tỷ lệ toàn xã.</translation>
    </message>
    <message>
        <source>Targets for the year:</source>
        <translation>Chỉ tiêu năm:</translation>
    </message>
    <message>
        <source>Adults per village (the denominator of the targets):</source>
        <translation>Số người trưởng thành theo thôn (mẫu số của chỉ tiêu):</translation>
    </message>
    <message>
        <source>The villages&apos; adults added up</source>
        <translation>Tổng số người trưởng thành của các thôn</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
</TS>
