"""``classroom setup --commune CODE …`` (the commune from the official list) and
``classroom add village|venue|instructor NAME`` (contract/cli.md, second round).

An unknown code exits 2 naming it; so does a name already in the list (accents and case aside),
and changing the commune of a database that has issued certificates. Nothing is saved then.
"""
from __future__ import annotations

import argparse
import json
import sys

from ..directory import add_village
from ..errors import InvalidInput, Refused
from ..scheduling import InstructorInput, VenueInput, create_instructor, create_venue
from ..setup import setup_commune
from .base import EXIT_OK, EXIT_UNUSABLE, Context
from .messages import MESSAGES, say

NAME = "setup"
ACTOR = "command line"
KIND_WORDS = {"commune": ("xã", "commune"), "ward": ("phường", "ward"), "special_zone": ("đặc khu", "special zone")}

MESSAGES.update({
    "setup.done": ("Đã đặt {kind} {name}, {province} (mã {code}). Nơi nhận báo cáo: {receiver}. Người ký: {signer}.",
                   "Set up the {kind} of {name}, {province} (code {code}). Reports go to: {receiver}. "
                   "Signer: {signer}."),
    "setup.renumbered": ("{count} mã lớp và mã thẻ tạm “00000-…” đã nhận mã {code}.",
                         "{count} temporary class and card codes “00000-…” took the code {code}."),
    "setup.no_signer": ("(chưa có)", "(none yet)"),
    "problem.commune_code_unknown": (
        "Không có xã/phường mã “{value}” trong danh sách chính thức 3.321 xã, phường, đặc khu từ 01/07/2025 "
        "(mã gồm 5 chữ số, ví dụ 15853).",
        "There is no commune or ward with the code “{value}” in the official list of 3,321 since 01/07/2025 "
        "(5 digits, e.g. 15853)."),
    "problem.text_too_long": ("“{field}” dài quá {limit} ký tự.", "“{field}” is longer than {limit} characters."),
    "problem.name_taken": ("“{value}” đã có trong danh sách (là “{existing}”, không kể dấu và chữ hoa).",
                           "“{value}” is already in the list (as “{existing}”, accents and case aside)."),
    "problem.too_many": ("Quá nhiều tên một lần ({count}; tối đa {limit}).",
                         "Too many names at once ({count}; at most {limit})."),
    "refused.commune_change_after_certificates": (
        "Không đổi được xã: cơ sở dữ liệu đã cấp {certificates} giấy chứng nhận của {current} (mã {current_code}); "
        "số hiệu và mã QR của chúng mang mã xã này. Hãy dùng một cơ sở dữ liệu mới cho {wanted} (mã {wanted_code}).",
        "The commune cannot be changed: this database has issued {certificates} certificates of {current} (code "
        "{current_code}), whose serials and QR codes carry its code. Use a new database for {wanted} "
        "(code {wanted_code})."),
    "refused.commune_not_set": ("Chưa chọn xã/phường: hãy chạy “classroom setup --commune MÃ” trước.",
                                "No commune is set yet: run “classroom setup --commune CODE” first."),
    "add.name_missing": ("Thiếu tên: classroom add {what} TÊN.", "The name is missing: classroom add {what} NAME."),
    "add.option_missing": ("Lệnh add class cần {option}.", "add class needs {option}."),
    "add.added": ("Đã thêm “{name}” (mã số {id}).", "Added “{name}” (id {id})."),
})


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="chọn xã/phường theo danh sách chính thức, nơi nhận báo cáo, người ký" if vi
                       else "set the commune from the official list, the receiving body, the signer")
    p.add_argument("--commune", required=True, help="mã xã/phường 5 chữ số" if vi else "the 5-digit commune code")
    p.add_argument("--receiver", help="nơi nhận báo cáo (mặc định UBND tỉnh/thành phố)" if vi
                   else "the receiving body (default: the province's People's Committee)")
    p.add_argument("--signer-title", help="chức vụ người ký giấy chứng nhận (ví dụ: Chủ tịch)" if vi else
                   "the title of the person signing certificates (e.g. Chủ tịch)")
    p.add_argument("--signer-name", help="họ tên người ký giấy chứng nhận" if vi else
                   "the name of the person signing certificates")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON" if vi else "print the result as JSON")


def _problems(exc: InvalidInput, lang: str) -> str:
    return " ".join(say(f"problem.{p.code}", lang, **{"field": p.field, **p.params}) for p in exc.problems
                    if p.is_error) or say(f"invalid_input.{exc.code}", lang, **exc.params)


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        with ctx.db.transaction() as session:
            result = setup_commune(session, args.commune, receiver=args.receiver, signer_title=args.signer_title,
                                   signer_name=args.signer_name, actor=ACTOR)
    except InvalidInput as exc:
        print(f"classroom: {_problems(exc, ctx.lang)}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        json.dump({"commune_id": result.commune_id, "code": result.code, "name": result.name, "kind": result.kind,
                   "province": result.province_name, "receiver": result.upper_body,
                   "signer_title": result.signer_title, "signer_name": result.signer_name}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    vi, en = KIND_WORDS.get(result.kind, ("xã", "commune"))
    signer = " ".join(x for x in (result.signer_title, result.signer_name) if x) or ctx.say("setup.no_signer")
    ctx.out("setup.done", kind=en if ctx.lang == "en" else vi, name=result.name, province=result.province_name,
            code=result.code, receiver=result.upper_body, signer=signer)
    if result.renumbered:
        ctx.out("setup.renumbered", count=result.renumbered, code=result.code)
    return EXIT_OK


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    """``add village|venue|instructor NAME``: one of them; ``--json`` prints ``{"id": N}``."""
    if not args.name:
        return ctx.error("add.name_missing", what=args.what)
    try:
        with ctx.db.transaction() as session:
            if args.what == "village":
                new_id = add_village(session, args.name, actor=ACTOR)
            elif args.what == "venue":
                new_id = create_venue(session, VenueInput(args.name), actor=ACTOR)
            else:
                new_id = create_instructor(session, InstructorInput(args.name), actor=ACTOR)
    except InvalidInput as exc:
        print(f"classroom: {_problems(exc, ctx.lang)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except Refused as exc:
        return ctx.error(f"refused.{exc.code}", **exc.params)
    if args.json:
        json.dump({"id": new_id}, sys.stdout)
        sys.stdout.write("\n")
    else:
        ctx.out("add.added", name=" ".join(args.name.split()), id=new_id)
    return EXIT_OK
