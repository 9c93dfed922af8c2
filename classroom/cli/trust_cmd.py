"""``classroom keys show``, ``export trust``, ``import trust`` and ``export verifier`` (contract/cli.md,
second round). ``export …`` and ``import …`` are parsed by report_cmd and import_cmd, which hand the
trust subcommands to this module."""
from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from models import LOCAL_TZ

from .. import trust
from ..errors import DatabaseError, Refused
from .base import EXIT_FAILED, EXIT_OK, Context
from .messages import MESSAGES

MESSAGES.update({
    "keys.show": ("Khóa ký của cài đặt này{commune}:\n  Dấu vân tay: {fingerprint}\n  Khóa công khai: {public_key}",
                  "This installation's signing key{commune}:\n  Fingerprint: {fingerprint}\n  Public key: {public_key}"),
    "keys.commune": (" (xã/phường mã {code})", " (commune code {code})"),
    "keys.none": ("Cơ sở dữ liệu này chưa có khóa ký (khóa được tạo khi cấp giấy chứng nhận hoặc xuất gói dữ liệu "
                  "lần đầu).", "This database has no signing key yet (one is made when the first certificate is "
                  "issued or the first package exported)."),
})

NAME = "keys"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help="khóa ký và dấu vân tay" if vi else "the signing key and its fingerprint")
    what = p.add_subparsers(dest="what", required=True)
    show = what.add_parser("show")
    show.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.sessions() as session:
        info = trust.own_key(session)
    if args.json:
        print(json.dumps({"fingerprint": info.fingerprint if info else None,
                          "public_key": info.public_key if info else None,
                          "commune": (info.commune or None) if info else None}, ensure_ascii=False))
        return EXIT_OK if info else EXIT_FAILED
    if info is None:
        return ctx.error("keys.none", EXIT_FAILED)
    ctx.out("keys.show", fingerprint=info.fingerprint, public_key=info.public_key,
            commune=ctx.say("keys.commune", code=info.commune) if info.commune else "")
    return EXIT_OK


MESSAGES.update({
    "trust.exported": ("Đã xuất danh sách tin cậy ({communes} xã, {keys} khóa, {revocations} giấy chứng nhận bị thu hồi) "
                       "vào {path}, ký bằng khóa {fingerprint}, ngày {issued}.",
                       "Exported the trust list ({communes} communes, {keys} keys, {revocations} revoked certificates) "
                       "to {path}, signed with the key {fingerprint}, on {issued}."),
    "trust.imported": ("Đã nhận danh sách tin cậy của {office} (khóa {fingerprint}) ngày {issued}: {communes} xã, "
                       "{keys} khóa, {revocations} giấy chứng nhận bị thu hồi.",
                       "Took in the trust list of {office} (key {fingerprint}) of {issued}: {communes} communes, "
                       "{keys} keys, {revocations} revoked certificates."),
    "verifier.exported": ("Đã tạo trang kiểm tra {path} ({communes} xã, {keys} khóa, {revocations} giấy chứng nhận bị "
                          "thu hồi): mở bằng trình duyệt, không cần Internet.",
                          "Made the verifier page {path} ({communes} communes, {keys} keys, {revocations} revoked "
                          "certificates): open it in a browser, no internet needed."),
    "trust.the_office": ("cơ quan tiếp nhận", "the receiving office"),
    "trust.cannot_write": ("Không ghi được tệp “{path}”.", "Cannot write the file “{path}”."),
    "refused.trust_unreadable": ("Tệp “{path}” không phải danh sách tin cậy, bị cắt cụt hoặc hỏng; không thay đổi gì.",
                                 "“{path}” is not a trust list, or it is truncated or damaged; nothing changed."),
    "refused.trust_too_large": ("Tệp “{path}” quá lớn để là danh sách tin cậy; không thay đổi gì.",
                                "“{path}” is too large to be a trust list; nothing changed."),
    "refused.trust_new_format": ("Danh sách tin cậy “{path}” theo định dạng mới hơn ({version}): cần cập nhật chương "
                                 "trình; không thay đổi gì.", "The trust list “{path}” is in a newer format "
                                 "({version}): update the program; nothing changed."),
    "refused.trust_bad_signature": ("Chữ ký của danh sách tin cậy “{path}” không hợp lệ: danh sách đã bị sửa sau khi "
                                    "ký; không thay đổi gì.", "The signature of the trust list “{path}” fails: it "
                                    "was altered after signing; nothing changed."),
    "refused.trust_bad_key": ("Danh sách tin cậy “{path}” có khóa sai định dạng cho xã {commune}; không thay đổi gì.",
                              "The trust list “{path}” has a malformed key for commune {commune}; nothing changed."),
    "refused.trust_invalid": ("Dữ liệu trong danh sách tin cậy “{path}” sai định dạng ({detail}); không thay đổi gì.",
                              "The trust list “{path}” breaks the format ({detail}); nothing changed."),
    "refused.trust_office_needed": (
        "Lần đầu nhận danh sách tin cậy: danh sách “{path}” do cơ quan có khóa {fingerprint} ký. Hãy hỏi cơ quan tiếp "
        "nhận (qua điện thoại hoặc công văn) dấu vân tay khóa của họ, nếu trùng thì chạy lại với --office-key "
        "{fingerprint}. Chưa thay đổi gì.",
        "First trust list: “{path}” is signed by the office whose key is {fingerprint}. Ask the receiving office (by "
        "phone or letter) for its key's fingerprint; if it is the same, run again with --office-key {fingerprint}. "
        "Nothing changed."),
    "refused.trust_office_mismatch": (
        "Danh sách tin cậy “{path}” do khóa {fingerprint} ký, không phải khóa {given} đã cho; không thay đổi gì.",
        "The trust list “{path}” is signed by the key {fingerprint}, not by the given {given}; nothing changed."),
    "refused.trust_other_office": (
        "Danh sách tin cậy “{path}” do cơ quan khác ký (khóa {fingerprint}); máy này chỉ nhận danh sách do khóa "
        "{expected} ký; không thay đổi gì.", "The trust list “{path}” is signed by another office (key "
        "{fingerprint}); this installation takes only lists signed by {expected}; nothing changed."),
    "refused.trust_not_newer": (
        "Danh sách tin cậy “{path}” lập lúc {issued}, không mới hơn danh sách đang dùng (lập lúc {held}); không thay "
        "đổi gì.", "The trust list “{path}” was issued at {issued}, not later than the one held (issued at {held}); "
        "nothing changed."),
})


def register_exports(what: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    """``export trust`` and ``export verifier`` (under report_cmd's ``export``)."""
    for name in ("trust", "verifier"):
        x = what.add_parser(name)
        x.add_argument("--out", type=Path, required=True)


def _when(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M:%S")


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from ..trustlist import export_trust_list

    try:
        if args.what == "trust":
            with ctx.db.transaction() as session:  # the office's key is made on first use
                written = export_trust_list(session, args.out, datetime.now(LOCAL_TZ))
            ctx.out("trust.exported", communes=len(written.communes), keys=written.keys,
                    revocations=len(written.revocations), path=args.out, fingerprint=written.office_fingerprint,
                    issued=_when(written.issued_at))
            return EXIT_OK
        from ..verifier import export_verifier

        with ctx.db.sessions() as session:
            page = export_verifier(session, args.out, datetime.now(LOCAL_TZ))
        ctx.out("verifier.exported", path=args.out, communes=page.communes, keys=page.keys,
                revocations=page.revocations)
        return EXIT_OK
    except (DatabaseError, OSError):
        return ctx.error("trust.cannot_write", EXIT_FAILED, path=args.out)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from ..trustlist import import_trust_list

    try:
        with ctx.db.transaction() as session:
            state = import_trust_list(session, args.file, args.office_key, datetime.now(LOCAL_TZ))
    except Refused as exc:
        return ctx.error(f"refused.{exc.code}", **{"path": args.file, **exc.params})
    ctx.out("trust.imported", office=state.office_name or ctx.say("trust.the_office"), fingerprint=state.office_fingerprint,
            issued=_when(state.issued_at) if state.issued_at else "", communes=state.communes, keys=state.keys,
            revocations=state.revocations)
    return EXIT_OK
