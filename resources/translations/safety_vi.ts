<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Set a password…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <source>Change the password…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Remove the password…</source>
        <translation>Bỏ mật khẩu…</translation>
    </message>
    <message>
        <source>Who is working…</source>
        <translation>Người đang làm việc…</translation>
    </message>
    <message>
        <source>The password is set. Write it down somewhere safe: without it, the backups cannot be opened.</source>
        <translation>Đã đặt mật khẩu. Hãy ghi lại ở nơi an toàn: không có mật khẩu, các bản sao lưu không mở được.</translation>
    </message>
    <message>
        <source>The password is changed. Older backups still open with the old one.</source>
        <translation>Đã đổi mật khẩu. Các bản sao lưu cũ vẫn mở bằng mật khẩu cũ.</translation>
    </message>
    <message>
        <source>The password is removed.</source>
        <translation>Đã bỏ mật khẩu.</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Người làm việc: %1</translation>
    </message>
    <message>
        <source>Working: name not given</source>
        <translation>Người làm việc: chưa cho biết tên</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Set a password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Bỏ mật khẩu</translation>
    </message>
    <message>
        <source>The password protects the certificate signing key, the backups and the files given to instructors: without it, a lost USB stick or a stolen laptop gives nobody the commune&apos;s data. It is asked for when certificates are signed and when a backup is opened. Write it down somewhere safe: without it, the backups cannot be opened.</source>
        <translation>Mật khẩu bảo vệ khóa ký giấy chứng nhận, các bản sao lưu và các tệp giao cho giảng viên: nếu mất USB hay máy tính xách tay, không ai đọc được dữ liệu của xã. Chương trình hỏi mật khẩu khi ký giấy chứng nhận và khi mở bản sao lưu. Hãy ghi lại mật khẩu ở nơi an toàn: không có nó, các bản sao lưu không mở được.</translation>
    </message>
    <message>
        <source>Backups made from now on open with the new password; older ones keep the old one.</source>
        <translation>Các bản sao lưu từ nay mở bằng mật khẩu mới; các bản cũ vẫn dùng mật khẩu cũ.</translation>
    </message>
    <message>
        <source>Without a password, the signing key, the backups and the instructors&apos; files are no longer protected by one.</source>
        <translation>Khi bỏ mật khẩu, khóa ký, các bản sao lưu và tệp giao cho giảng viên sẽ không còn được mật khẩu bảo vệ.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>Mật khẩu mới (ít nhất %1 ký tự):</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Mật khẩu mới phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The new password was typed differently twice.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Your name is written in the log of changes beside everything you change today (people, classes, attendance, certificates).</source>
        <translation>Tên của bạn được ghi vào nhật ký thay đổi, bên cạnh mọi thay đổi bạn làm hôm nay (học viên, lớp học, điểm danh, giấy chứng nhận).</translation>
    </message>
    <message>
        <source>Full name, e.g. Nguyễn Thị Lan</source>
        <translation>Họ và tên, ví dụ Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Ask at every start (a PC several officers share)</source>
        <translation>Hỏi mỗi lần mở chương trình (máy dùng chung cho nhiều cán bộ)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.sealed *.db);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3 *.sealed *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This backup is protected by the commune&apos;s password (the one it had when the backup was made). Type it to open the backup:</source>
        <translation>Bản sao lưu này được bảo vệ bằng mật khẩu của xã (mật khẩu lúc tạo bản sao lưu). Hãy nhập mật khẩu để mở:</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Không phải bản sao lưu</translation>
    </message>
    <message>
        <source>The backup “%1” holds the data of %2: %3 people, %4 classes, %5 certificates; its last change was at %6.

Restoring replaces everything in the current data with it. A copy of the current data is kept first, in %7.

Restore this backup?</source>
        <translation>Bản sao lưu “%1” chứa dữ liệu của %2: %3 học viên, %4 lớp, %5 giấy chứng nhận; lần thay đổi cuối lúc %6.

Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng bản này. Trước đó, một bản sao của dữ liệu hiện tại được giữ lại trong %7.

Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>This is an older backup with no digest: it can be restored because its length is right and SQLite&apos;s own check finds it whole, but a change inside it could go unseen.</source>
        <translation>Đây là bản sao lưu cũ, không có mã kiểm tra: khôi phục được vì độ dài tệp đúng và SQLite kiểm tra thấy nguyên vẹn, nhưng một thay đổi bên trong có thể không bị phát hiện.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The data was restored from “%1”. The data from before is kept in %2.</source>
        <translation>Đã khôi phục dữ liệu từ “%1”. Dữ liệu trước khi khôi phục được giữ ở %2.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>All the data was backed up to %1.</source>
        <translation>Đã sao lưu toàn bộ dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Chưa sao lưu</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sao lưu vào</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The certificate signing key is protected by the commune&apos;s password. Type the password to sign:</source>
        <translation>Khóa ký giấy chứng nhận được bảo vệ bằng mật khẩu của xã. Hãy nhập mật khẩu để ký:</translation>
    </message>
    <message>
        <source>“%1” is protected by the commune&apos;s password. Type it to open the file:</source>
        <translation>Tệp “%1” được bảo vệ bằng mật khẩu của xã. Hãy nhập mật khẩu để mở tệp:</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>“{path}” is protected by the commune&apos;s password.</source>
        <translation>Tệp “{path}” được bảo vệ bằng mật khẩu của xã.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password but is damaged or was altered; it cannot be used.</source>
        <translation>Tệp “{path}” được bảo vệ bằng mật khẩu nhưng đã hỏng hoặc bị sửa; không dùng được.</translation>
    </message>
    <message>
        <source>The certificate signing key is protected by the commune&apos;s password.</source>
        <translation>Khóa ký giấy chứng nhận được bảo vệ bằng mật khẩu của xã.</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation>Mật khẩu phải có ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <source>The data already has a password.</source>
        <translation>Dữ liệu đã có mật khẩu.</translation>
    </message>
    <message>
        <source>The data has no password.</source>
        <translation>Dữ liệu chưa có mật khẩu.</translation>
    </message>
</context>
</TS>
