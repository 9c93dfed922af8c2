"""``classroom password set|change|remove``, and the password where other commands need it.

Scripts give the password in the environment (``CLASSROOM_PASSWORD``, and the new one for
``set``/``change`` in ``CLASSROOM_NEW_PASSWORD``); at a terminal, a command that meets a locked
signing key or a sealed file asks for it once and runs again. Nothing is half done before:
a command that needs the password meets that need before it changes anything.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from .. import password as pw
from ..errors import Refused
from .base import EXIT_OK, Context
from .messages import MESSAGES

PASSWORD_ENV = "CLASSROOM_PASSWORD"
NEW_PASSWORD_ENV = "CLASSROOM_NEW_PASSWORD"
#: Refusals a password given at the terminal can lift.
NEEDS_PASSWORD = ("signing_key_locked", "password_needed")

MESSAGES.update({
    "refused.signing_key_locked": (
        "Khóa ký giấy chứng nhận được bảo vệ bằng mật khẩu. Hãy đặt mật khẩu vào biến môi trường CLASSROOM_PASSWORD "
        "hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.",
        "The certificate signing key is protected by a password. Put the password in the environment variable "
        "CLASSROOM_PASSWORD, or run the command at a terminal to be asked for it."),
    "refused.password_needed": (
        "Tệp “{path}” được bảo vệ bằng mật khẩu. Hãy đặt mật khẩu vào biến môi trường CLASSROOM_PASSWORD hoặc chạy "
        "lệnh trong cửa sổ dòng lệnh để được hỏi.",
        "“{path}” is protected by a password. Put the password in the environment variable CLASSROOM_PASSWORD, or "
        "run the command at a terminal to be asked for it."),
    "refused.wrong_password": ("Mật khẩu không đúng. Không có gì bị thay đổi.",
                               "The password is wrong. Nothing was changed."),
    "refused.sealed_damaged": ("Tệp “{path}” được bảo vệ bằng mật khẩu nhưng đã hỏng hoặc bị sửa; không dùng được.",
                               "“{path}” is password-protected but damaged or altered; it cannot be used."),
    "refused.password_too_short": ("Mật khẩu phải có ít nhất {min} ký tự.", "The password needs at least {min} characters."),
    "refused.password_already_set": ("Dữ liệu đã có mật khẩu; hãy dùng “classroom password change”.",
                                     "The data already has a password; use “classroom password change”."),
    "refused.no_password": ("Dữ liệu chưa có mật khẩu.", "The data has no password."),
    "refused.new_password_needed": ("Hãy đặt mật khẩu mới vào biến môi trường CLASSROOM_NEW_PASSWORD, hoặc chạy lệnh "
                                    "trong cửa sổ dòng lệnh để được hỏi.",
                                    "Put the new password in the environment variable CLASSROOM_NEW_PASSWORD, or run "
                                    "the command at a terminal to be asked for it."),
    "password.prompt": ("Mật khẩu: ", "Password: "),
    "password.prompt_new": ("Mật khẩu mới: ", "New password: "),
    "password.prompt_again": ("Nhập lại mật khẩu mới: ", "New password again: "),
    "password.mismatch": ("Hai lần nhập mật khẩu mới không giống nhau; không có gì bị thay đổi.",
                          "The new password was typed differently twice; nothing was changed."),
    "password.set": ("Đã đặt mật khẩu: khóa ký, các bản sao lưu và tệp giao cho giảng viên từ nay được bảo vệ. "
                     "Hãy ghi nhớ mật khẩu: không có nó, các bản sao lưu không mở được.",
                     "Password set: the signing key, the backups and the instructors' files are protected from now on. "
                     "Remember it: without it the backups cannot be opened."),
    "password.changed": ("Đã đổi mật khẩu. Các bản sao lưu cũ vẫn mở bằng mật khẩu cũ.",
                         "Password changed. Older backups still open with the old password."),
    "password.removed": ("Đã bỏ mật khẩu.", "The password was removed."),
    "safety.backed_up": ("Đã sao lưu trước khi nhập: {path}", "Backed up before the import: {path}"),
})

NAME = "password"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="mật khẩu bảo vệ khóa ký và các bản sao lưu" if vi else
                       "the password that protects the signing key and the backups")
    p.add_argument("action", choices=["set", "change", "remove"])


def run(args: argparse.Namespace, ctx: Context) -> int:
    actor = getpass.getuser()
    if args.action == "remove":
        with ctx.db.transaction() as session:
            pw.remove_password(session, _current(ctx), actor=actor)
        ctx.out("password.removed")
        return EXIT_OK
    new = _new_password(ctx)
    if new is None:
        return ctx.error("password.mismatch")
    with ctx.db.transaction() as session:
        if args.action == "set":
            pw.set_password(session, new, actor=actor)
        else:
            pw.change_password(session, _current(ctx), new, actor=actor)
    ctx.out("password.set" if args.action == "set" else "password.changed")
    return EXIT_OK


def _current(ctx: Context) -> str:
    if ctx.password is None:
        if not sys.stdin.isatty():
            raise Refused("signing_key_locked")
        ctx.password = getpass.getpass(ctx.say("password.prompt"))
    return ctx.password


def _new_password(ctx: Context) -> str | None:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise Refused("new_password_needed")
    first = getpass.getpass(ctx.say("password.prompt_new"))
    return first if getpass.getpass(ctx.say("password.prompt_again")) == first else None


def with_password(run_command: Callable[[Context], int], ctx: Context) -> int:
    """Run a command with the password from the environment; at a terminal, ask once when it is needed."""
    ctx.password = os.environ.get(PASSWORD_ENV) or None
    if ctx.password is not None:
        _unlock(ctx)
    try:
        return run_command(ctx)
    except Refused as exc:
        if exc.code not in NEEDS_PASSWORD or ctx.password is not None or not sys.stdin.isatty():
            raise
    ctx.password = getpass.getpass(ctx.say("password.prompt"))
    _unlock(ctx)
    return run_command(ctx)


def _unlock(ctx: Context) -> None:
    """Open the signing key for this run when the data has a password (a wrong one stops here); in a
    transaction, so a key an earlier version wrapped with PBKDF2 is wrapped again with scrypt."""
    with ctx.db.transaction() as session:
        if pw.is_protected(session):
            assert ctx.password is not None
            pw.unlock(session, ctx.password)

