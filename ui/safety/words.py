"""Sentences for the refusals of the password and of sealed files (the rest: ``ui.words.describe_error``)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.errors import ClassroomError

from ..words import describe_error

SAFETY_WORDS = {
    "wrong_password": QT_TRANSLATE_NOOP("Safety", "The password is wrong."),
    "password_needed": QT_TRANSLATE_NOOP("Safety", "“{path}” is protected by the commune's password."),
    "sealed_damaged": QT_TRANSLATE_NOOP("Safety", "“{path}” is protected by a password but is damaged or was "
                                                  "altered; it cannot be used."),
    "signing_key_locked": QT_TRANSLATE_NOOP("Safety", "The certificate signing key is protected by the commune's "
                                                      "password."),
    "password_too_short": QT_TRANSLATE_NOOP("Safety", "The password needs at least {min} characters."),
    "password_already_set": QT_TRANSLATE_NOOP("Safety", "The data already has a password."),
    "no_password": QT_TRANSLATE_NOOP("Safety", "The data has no password."),
}


def describe(exc: BaseException) -> str:
    """One sentence for any error a safety action meets."""
    if isinstance(exc, ClassroomError) and exc.code in SAFETY_WORDS:
        params = {"path": "", "min": "", **exc.params}
        text = QCoreApplication.translate("Safety", SAFETY_WORDS[exc.code])
        return text.replace("{path}", str(params["path"])).replace("{min}", str(params["min"]))
    return describe_error(exc)
