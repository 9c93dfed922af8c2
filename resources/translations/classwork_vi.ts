<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CandidateModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
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
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Already in this class</source>
        <translation>Đã ở trong lớp này</translation>
    </message>
    <message>
        <source>Already on this class&apos;s waiting list</source>
        <translation>Đã có trong danh sách chờ của lớp này</translation>
    </message>
</context>
<context>
    <name>ClassLearners</name>
    <message>
        <source>Enrol people…</source>
        <translation>Ghi danh học viên…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Số buổi có mặt</translation>
    </message>
    <message>
        <source>%1 enrolled of %2 places; %3 waiting</source>
        <translation>Đã ghi danh %1 / %2 chỗ; %3 người đang chờ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol people in the class</source>
        <translation>Ghi danh học viên vào lớp</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Mọi thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Name (accents optional)…</source>
        <translation>Họ tên (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Chọn tất cả người đang hiện</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Enrol the ticked</source>
        <translation>Ghi danh những người đã chọn</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>More than %1 people match: choose a village or type a name to see the others.</source>
        <translation>Có hơn %1 người phù hợp: chọn thôn/tổ dân phố hoặc gõ tên để xem những người khác.</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 người đã chọn</translation>
    </message>
    <message>
        <source>%1 places left (the others go on the waiting list)</source>
        <translation>còn %1 chỗ (người ghi danh sau vào danh sách chờ)</translation>
    </message>
    <message>
        <source>%1 of them have done the course or are in another class of it (see Note)</source>
        <translation>%1 người trong số đó đã học xong khóa này hoặc đang học ở lớp khác của khóa (xem cột Ghi chú)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 on the waiting list, %3 were already there.</source>
        <translation>%1 người đã ghi danh, %2 người vào danh sách chờ, %3 người đã có sẵn.</translation>
    </message>
</context>
</TS>
