"""What the registry's window does, for batch work: ``search``, ``edit participant``, ``merge``, ``erase``.

``search TEXT [--json]``: accent-insensitive, every word somewhere in the name, village, ID or phone
(as the registry's search box); the plain table masks ID numbers, as the window does.
``edit participant ID [--name N] [--birth D] [--gender G] [--national-id X] [--phone P] [--village V]
[--target-group G] [--occupation O] [--needs N]``: an empty value clears the field.
``merge KEEP_ID OTHER_ID``: everything of OTHER moves onto KEEP. ``erase ID``: the person's identity
is removed on request; certificates issued to them are named for revocation.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from models import Gender, TargetGroup

from ..data_rights import erase_person
from ..errors import InvalidInput
from ..merging import merge_participants
from ..participants import PersonInput, birth_iso, load_participant_rows
from ..registry import list_villages, load_person, update_participant
from ..search import FoldedIndex
from ..text import fold
from ..validation import BirthDate, mask_national_id
from .base import EXIT_OK, EXIT_UNUSABLE, Context
from .import_words import field_word
from .messages import MESSAGES
from .problem_words import describe
from .tables import COLUMNS, print_table

NAME = "search"
ALSO = ("edit", "merge", "erase")
ACTOR = "command line"

MESSAGES.update({
    "refused.merge_same_person": ("Không thể gộp học viên mã số {id} vào chính mình; không có gì thay đổi.",
                                  "Participant {id} cannot be merged into themselves; nothing changed."),
    "refused.merge_different_ids": ("Học viên mã số {keep_id} và {other_id} có số định danh khác nhau: đó là hai người; "
                                    "không gộp.", "Participants {keep_id} and {other_id} carry different personal IDs: "
                                    "they are two people; not merged."),
    "refused.participant_erased": ("Thông tin của học viên mã số {id} đã bị xóa trước đó; không có gì thay đổi.",
                                   "The data of participant {id} was already erased; nothing changed."),
    "people.merged": ("Đã gộp #{other} vào #{keep}: chuyển {moved} mục, gộp {merged} mục trùng.",
                      "Merged #{other} into #{keep}: {moved} records moved, {merged} duplicates combined."),
    "people.filled": ("Thông tin lấy thêm từ #{other}: {fields}.", "Taken over from #{other}: {fields}."),
    "people.revoked": ("Giấy chứng nhận trùng lớp đã thu hồi: {serials}.", "Certificates for the same class revoked: {serials}."),
    "people.erased": ("Đã xóa thông tin định danh của học viên mã số {id} theo yêu cầu.",
                      "Erased the identity of participant {id} on request."),
    "people.to_revoke": ("Giấy chứng nhận đã cấp cho người này, cần thu hồi: {serial} (lớp {code}, {course}, ngày {day}) — "
                         "classroom revoke {serial} --reason …",
                         "A certificate issued to this person, to revoke: {serial} (class {code}, {course}, {day}) — "
                         "classroom revoke {serial} --reason …"),
    "people.edited": ("Đã sửa học viên mã số {id}: {fields}.", "Changed participant {id}: {fields}."),
    "people.unchanged": ("Học viên mã số {id}: không có gì thay đổi.", "Participant {id}: nothing changed."),
    "people.village_unknown": ("Không có thôn/tổ dân phố “{value}” trong danh sách của xã.",
                               "There is no village “{value}” in the commune's list."),
    "people.gender_unknown": ("Giới tính “{value}” không hợp lệ (male, female, other).",
                              "The gender “{value}” is not one of male, female, other."),
    "people.group_unknown": ("Đối tượng “{value}” không hợp lệ ({choices}).", "The target group “{value}” is not one of {choices}."),
    "people.problem": ("{field}: {text}", "{field}: {text}"),
    "people.found": ("Tìm thấy {count} người.", "Found {count} people."),
})


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("search", help="tìm học viên" if vi else "find participants")
    s.add_argument("text")
    s.add_argument("--json", action="store_true")
    e = sub.add_parser("edit", help="sửa thông tin học viên" if vi else "correct a participant")
    e.add_argument("what", choices=["participant"])
    e.add_argument("participant_id", type=int, metavar="ID")
    for option, dest in (("--name", "full_name"), ("--birth", "birth"), ("--gender", "gender"),
                         ("--national-id", "national_id"), ("--phone", "phone"), ("--village", "village"),
                         ("--target-group", "target_group"), ("--occupation", "occupation"), ("--needs", "needs")):
        e.add_argument(option, dest=dest)
    m = sub.add_parser("merge", help="gộp hai bản ghi của cùng một người" if vi else "merge two records of one person")
    m.add_argument("keep_id", type=int, metavar="KEEP_ID")
    m.add_argument("other_id", type=int, metavar="OTHER_ID")
    r = sub.add_parser("erase", help="xóa thông tin định danh theo yêu cầu" if vi else "erase a person's identity on request")
    r.add_argument("participant_id", type=int, metavar="ID")


def run(args: argparse.Namespace, ctx: Context) -> int:
    return {"search": _search, "edit": _edit, "merge": _merge, "erase": _erase}[args.command](args, ctx)


def haystack(r: Any) -> str:
    """What the registry's search box looks in: name, village, ID and phone, folded."""
    return f"{r.name_folded} | {fold(r.village)} | {r.national_id or ''} | {r.phone or ''}"


def _search(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.sessions() as session:
        rows = load_participant_rows(session)
    hits = [rows[i] for i in FoldedIndex(haystack(r) for r in rows).search(args.text)]
    found = [{"id": r.id, "full_name": r.full_name, "birth_date": birth_iso(r.birth_year, r.birth_month, r.birth_day),
              "gender": r.gender, "national_id": r.national_id, "phone": r.phone, "village": r.village,
              "target_group": r.target_group, "card": r.card} for r in hits]
    if args.json:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    print_table([{**f, "national_id": mask_national_id(f["national_id"]) if f["national_id"] else None} for f in found],
                COLUMNS["participants"], ctx.lang)
    ctx.out("people.found", count=len(found))
    return EXIT_OK


def _village_id(session: Any, name: str) -> int | None | str:
    """The village's id, None for an empty name, or the name when no village has it."""
    if not name.strip():
        return None
    wanted = fold(name).strip()
    return next((vid for vid, vname in list_villages(session) if fold(vname) == wanted), name)


def _edit(args: argparse.Namespace, ctx: Context) -> int:
    if args.gender not in (None, "", *Gender.__members__.values()):
        return ctx.error("people.gender_unknown", value=args.gender)
    if args.target_group is not None and args.target_group not in TargetGroup.__members__.values():
        return ctx.error("people.group_unknown", value=args.target_group, choices=", ".join(TargetGroup))
    try:
        with ctx.db.transaction() as session:
            p = load_person(session, args.participant_id)
            village: int | None | str = p.village_id
            if args.village is not None:
                village = _village_id(session, args.village)
                if isinstance(village, str):
                    return ctx.error("people.village_unknown", value=village)
            person = PersonInput(
                full_name=p.full_name if args.full_name is None else args.full_name,
                birth=(BirthDate.from_iso(p.birth).display() if p.birth else None) if args.birth is None
                else (args.birth or None),
                gender=p.gender if args.gender is None else (args.gender or None),
                national_id=p.national_id if args.national_id is None else (args.national_id or None),
                phone=p.phone if args.phone is None else (args.phone or None),
                village_id=village, target_group=p.target_group if args.target_group is None else args.target_group,
                occupation=p.occupation if args.occupation is None else args.occupation,
                needs=p.needs if args.needs is None else args.needs,
                consent_purpose=p.consent_purpose, consent_at=p.consent_at)
            changed = update_participant(session, args.participant_id, person, actor=ACTOR)
    except InvalidInput as exc:
        text = "; ".join(ctx.say("people.problem", field=field_word(x.field, ctx.lang),
                                 text=describe(x.code, x.params, ctx.lang)) for x in exc.problems if x.is_error)
        print(f"classroom: {text}", file=sys.stderr)
        return EXIT_UNUSABLE
    if changed:
        ctx.out("people.edited", id=args.participant_id, fields=", ".join(field_word(f, ctx.lang) for f in changed))
    else:
        ctx.out("people.unchanged", id=args.participant_id)
    return EXIT_OK


def _merge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.transaction() as session:  # refusals (same person, two IDs, unknown) leave it unchanged: exit 2
        result = merge_participants(session, args.keep_id, args.other_id, actor=ACTOR)
    ctx.out("people.merged", keep=result.keep_id, other=result.other_id, moved=sum(result.moved.values()),
            merged=sum(result.merged.values()))
    if result.filled:
        ctx.out("people.filled", other=result.other_id, fields=", ".join(field_word(f, ctx.lang) for f in result.filled))
    if result.revoked:
        ctx.out("people.revoked", serials=", ".join(result.revoked))
    return EXIT_OK


def _erase(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.transaction() as session:  # erasing twice: Refused("participant_erased"), exit 2
        result = erase_person(session, args.participant_id, actor=ACTOR)
    ctx.out("people.erased", id=result.participant_id)
    for c in result.certificates:
        ctx.out("people.to_revoke", serial=c.serial, code=c.class_code, course=c.course, day=f"{c.issued_on:%d/%m/%Y}")
    return EXIT_OK
