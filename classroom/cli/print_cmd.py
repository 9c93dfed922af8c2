"""``classroom print certificates|signin|cards|roster``, ``verify`` and ``revoke``."""
from __future__ import annotations

import argparse
import getpass
import io
import json
import os
from datetime import datetime
from pathlib import Path

from models import LOCAL_TZ, CourseClass

from .. import certificates as certs
from .. import paper
from ..errors import DatabaseError, InvalidInput, NotFound
from ..files import write_private
from ..qr_read import read_qr_texts
from ..signing import looks_like_certificate
from .base import EXIT_FAILED, EXIT_OK, EXIT_REVOKED, Context
from .messages import MESSAGES

MESSAGES.update({
    "print.certificates": ("Đã in {count} giấy chứng nhận vào {path}.", "Printed {count} certificates to {path}."),
    "print.none_due": ("Không có ai mới đủ điều kiện nhận giấy chứng nhận trong lớp {code}; không tạo tệp.",
                       "Nobody in class {code} newly qualifies for a certificate; no file made."),
    "print.reprinted": ("Đã in lại {count} giấy chứng nhận (đánh dấu BẢN SAO) vào {path}.",
                        "Reprinted {count} certificates (marked as copies) to {path}."),
    "print.done": ("Đã in vào {path}.", "Printed to {path}."),
    "print.register": ("Đã in sổ đăng ký cấp giấy chứng nhận năm {year} ({count} giấy chứng nhận) vào {path}.",
                       "Printed the certificate register book of {year} ({count} certificates) to {path}."),
    "invalid.register_year": ("Năm {value} không hợp lệ: sổ đăng ký in cho năm từ {min} đến {max}. Không tạo tệp.",
                              "The year {value} is not valid: the register book prints for {min} to {max}. "
                              "No file made."),
    "print.cannot_write": ("Không ghi được tệp “{path}”.", "Cannot write the file “{path}”."),
    "verify.genuine": ("THẬT: giấy chứng nhận số {serial} cấp cho {holder}{born}, khóa học “{course}”, ngày cấp {issued}, "
                       "do UBND {issuer} (mã {code}) cấp.", "GENUINE: certificate {serial} issued to {holder}{born}, course “{course}”, "
                       "on {issued}, by the People's Committee of {issuer} (code {code})."),
    "verify.reason.bad_signature": ("chữ ký không khớp: nội dung đã bị sửa", "the signature does not match: altered"),
    "verify.reason.unknown_key": ("không phải khóa ký của xã này", "not signed with this commune's key"),
    "verify.reason.empty": ("không có nội dung", "empty"),
    "verify.reason.other": ("không đúng định dạng", "not in the certificate format"),
    "verify.revoked": ("ĐÃ THU HỒI: giấy chứng nhận số {serial} ({holder}) bị thu hồi ngày {when}: {reason}",
                       "REVOKED: certificate {serial} ({holder}) was revoked on {when}: {reason}"),
    "verify.not_genuine": ("KHÔNG HỢP LỆ: mã QR không phải của giấy chứng nhận do xã này cấp, hoặc đã bị sửa ({reason}).",
                           "NOT GENUINE: the QR is not from a certificate issued here, or it was altered ({reason})."),
    "verify.no_qr": ("Không tìm thấy mã QR trong “{path}”.", "No QR code found in “{path}”."),
    "verify.need_input": ("Cần nội dung mã QR hoặc --image TỆP.", "Give the QR text or --image FILE."),
    "verify.born": ("sinh năm {year}", "born {year}"),
    "verify.trusted_by.own_key": ("Ký bằng khóa của chính máy này ({fingerprint}).",
                                  "Signed with this installation's own key ({fingerprint})."),
    "verify.trusted_by.pinned": ("Ký bằng khóa {fingerprint}, đã ghim khi tổng hợp gói dữ liệu của xã.",
                                 "Signed with the key {fingerprint}, pinned when the commune's package was consolidated."),
    "verify.trusted_by.trust_list": ("Ký bằng khóa {fingerprint}, có trong danh sách tin cậy đã nhận.",
                                     "Signed with the key {fingerprint}, on the trust list taken in."),
    "verify.unknown_issuer": (
        "KHÔNG RÕ NƠI CẤP: giấy ghi do {name} (mã {code}) cấp, nhưng khóa ký {fingerprint}… không có trong danh sách "
        "tin cậy nào ở máy này. Hãy nhận danh sách tin cậy mới nhất của cơ quan tiếp nhận rồi kiểm tra lại.",
        "UNKNOWN ISSUER: it says {name} (code {code}) issued it, but its key {fingerprint}… is on no trust list "
        "held here. Take in the receiving office's latest trust list and check again."),
    "verify.reason.issuer_mismatch": ("khóa của một xã ký cho xã khác", "one commune's key signed for another"),
    "revoke.done": ("Đã thu hồi giấy chứng nhận số {serial}.", "Revoked certificate {serial}."),
    "not_found.certificate": ("Không có giấy chứng nhận số {serial}.", "There is no certificate {serial}."),
    "not_found.commune": ("Chưa khai báo thông tin xã/phường.", "The commune is not set up yet."),
    "invalid.image_unreadable": ("Không đọc được ảnh hoặc tệp PDF “{path}”.", "Cannot read the image or PDF “{path}”."),
})

NAME = "print"
ALSO = ("verify", "revoke")


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="in giấy tờ (PDF)" if vi else "print papers (PDF)")
    what = p.add_subparsers(dest="what", required=True)
    c = what.add_parser("certificates")
    c.add_argument("--class", dest="class_id", type=int, required=True)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--reprint", action="store_true")
    s = what.add_parser("signin")
    s.add_argument("--session", dest="session_id", type=int, required=True)
    s.add_argument("--out", type=Path, required=True)
    book = what.add_parser("register", help="sổ đăng ký cấp giấy chứng nhận của một năm" if vi else
                           "the certificate register book of a year")
    book.add_argument("--year", type=int, required=True)
    book.add_argument("--out", type=Path, required=True)
    for name in ("cards", "roster", "schedule"):
        x = what.add_parser(name)
        x.add_argument("--class", dest="class_id", type=int, required=True)
        x.add_argument("--out", type=Path, required=True)
    v = sub.add_parser("verify", help="kiểm tra giấy chứng nhận" if vi else "check a certificate")
    v.add_argument("text", nargs="?")
    v.add_argument("--image", type=Path)
    v.add_argument("--json", action="store_true")
    r = sub.add_parser("revoke", help="thu hồi giấy chứng nhận" if vi else "revoke a certificate")
    r.add_argument("serial")
    r.add_argument("--reason", required=True)


def _write(path: Path, data: bytes) -> None:
    write_private(path, data)  # names, villages, birth dates: whole and readable by the user alone


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        if args.command == "verify":
            return _verify(args, ctx)
        if args.command == "revoke":
            with ctx.db.transaction() as session:
                certs.revoke(session, args.serial, args.reason, actor=getpass.getuser())
            ctx.out("revoke.done", serial=args.serial.strip())
            return EXIT_OK
        return _print(args, ctx)
    except NotFound as exc:
        return ctx.error(f"not_found.{exc.code}", **exc.params)
    except InvalidInput as exc:
        return ctx.error(f"invalid.{exc.problems[0].code}", **exc.problems[0].params)
    except OSError as exc:
        return ctx.error("print.cannot_write", EXIT_FAILED, path=exc.filename or getattr(args, "out", ""))
    except DatabaseError as exc:  # the output's folder cannot be written
        return ctx.error("print.cannot_write", EXIT_FAILED, path=exc.params.get("path", getattr(args, "out", "")))


def _print(args: argparse.Namespace, ctx: Context) -> int:
    if args.what != "certificates":
        return _print_paper(args, ctx)
    from printouts.certificates import parts_of
    from printouts.parallel import can_fork, start_ahead, stop_ahead

    try:
        if can_fork():
            with ctx.db.sessions() as session:
                parts = len(parts_of(certs.pages_at_most(session, args.class_id, reprint=args.reprint)))
            if parts > 1:  # one page maker a part (at most one a core) loads ReportLab while this process signs
                start_ahead("printouts.certificate_page:warm_up", min(parts, os.cpu_count() or 1))
        return _print_paper(args, ctx)
    finally:
        stop_ahead()


def _print_paper(args: argparse.Namespace, ctx: Context) -> int:
    buffer = io.BytesIO()
    actor = getpass.getuser()
    with ctx.db.transaction() as session:  # issuing and printing succeed or fail together
        if args.what == "certificates":
            if args.reprint:
                issued = [c for c in certs.certificates_of(session, args.class_id) if not c.revoked]
                certs.count_reprint(session, args.class_id, [c.serial for c in issued], actor=actor)
            else:
                serials = certs.issue_for_class(session, args.class_id, issued_on=datetime.now(LOCAL_TZ).date(),
                                                actor=actor)
                issued = certs.certificates_of(session, args.class_id, serials)
            if not issued:
                code = session.get(CourseClass, args.class_id).code
                ctx.out("print.none_due", code=code)
                return EXIT_OK
            paper.print_certificates(session, issued, buffer, copies=args.reprint)
            _write(args.out, buffer.getvalue())
        elif args.what == "signin":
            paper.print_signin(session, args.session_id, buffer)
            _write(args.out, buffer.getvalue())
        elif args.what == "cards":
            paper.print_cards(session, args.class_id, buffer)
            _write(args.out, buffer.getvalue())
        elif args.what == "roster":
            paper.print_roster(session, args.class_id, buffer)
            _write(args.out, buffer.getvalue())
        elif args.what == "register":
            from ..register_book import export_register

            book = export_register(session, args.year, args.out)
            ctx.out("print.register", year=args.year, count=len(book.entries), path=args.out)
            return EXIT_OK
        else:
            paper.print_schedule(session, args.class_id, buffer)
            _write(args.out, buffer.getvalue())
    if args.what == "certificates":
        ctx.out("print.reprinted" if args.reprint else "print.certificates", count=len(issued), path=args.out)
    else:
        ctx.out("print.done", path=args.out)
    return EXIT_OK


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    if args.image is not None:
        texts = read_qr_texts(args.image)
        if not texts:
            return ctx.error("verify.no_qr", EXIT_FAILED, path=args.image)
        text = next((t for t in texts if looks_like_certificate(t)), texts[0])
    elif args.text:
        text = args.text
    else:
        return ctx.error("verify.need_input")
    with ctx.db.sessions() as session:
        result = certs.verify(session, text)
    r = result.record if result.status != "unknown_issuer" else None  # an unknown issuer's claims are not shown
    i = result.issuer
    if args.json:
        print(json.dumps({"status": result.status, "serial": r.serial if r else None,
                          "holder": r.holder_name if r else None, "course": r.course_title if r else None,
                          "issued": r.issued_on.isoformat() if r else None,
                          "issuer": {"commune": i.commune or None, "fingerprint": i.fingerprint or None,
                                     "trusted_by": i.trusted_by or None, "name": i.name or None} if i else None,
                          "reason": result.reason or None},
                         ensure_ascii=False))
    elif result.status == "genuine" and r:
        born = f" ({ctx.say('verify.born', year=r.birth_year)})" if r.birth_year else ""
        ctx.out("verify.genuine", serial=r.serial, holder=r.holder_name, born=born, course=r.course_title,
                issued=r.issued_on.strftime("%d/%m/%Y"), issuer=result.issuer_words or r.commune_name, code=r.commune_code)
        if i:
            ctx.out(f"verify.trusted_by.{i.trusted_by}", fingerprint=i.fingerprint)
    elif result.status == "revoked" and r:
        ctx.out("verify.revoked", serial=r.serial, holder=r.holder_name,
                when=result.revoked_at.strftime("%d/%m/%Y") if result.revoked_at else "", reason=result.revoke_reason)
    elif result.status == "unknown_issuer" and i:
        ctx.out("verify.unknown_issuer", name=i.name, code=i.commune, fingerprint=i.fingerprint)
    else:
        known = {"bad_signature", "unknown_key", "empty", "issuer_mismatch"}
        ctx.out("verify.not_genuine", reason=ctx.say(f"verify.reason.{result.reason if result.reason in known else 'other'}"))
    return {"genuine": EXIT_OK, "revoked": EXIT_REVOKED}.get(result.status, EXIT_FAILED)
