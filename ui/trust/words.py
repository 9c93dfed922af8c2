"""Words for what taking in a trust list may refuse (classroom.trustlist's codes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

REFUSALS = {
    "trust_unreadable": QT_TRANSLATE_NOOP("TrustWords", "“{path}” is not a trust list, or it is truncated or damaged. "
                                          "Nothing changed."),
    "trust_too_large": QT_TRANSLATE_NOOP("TrustWords", "“{path}” is too large to be a trust list. Nothing changed."),
    "trust_new_format": QT_TRANSLATE_NOOP("TrustWords", "“{path}” is a trust list of a newer version: update the "
                                          "program. Nothing changed."),
    "trust_bad_signature": QT_TRANSLATE_NOOP("TrustWords", "The signature of “{path}” fails: the list was altered "
                                             "after signing. Nothing changed."),
    "trust_bad_key": QT_TRANSLATE_NOOP("TrustWords", "“{path}” holds a malformed key for commune {commune}. "
                                       "Nothing changed."),
    "trust_invalid": QT_TRANSLATE_NOOP("TrustWords", "The data in “{path}” breaks the format ({detail}). "
                                       "Nothing changed."),
    "trust_office_needed": QT_TRANSLATE_NOOP("TrustWords", "Confirm the office's fingerprint {fingerprint} first."),
    "trust_office_mismatch": QT_TRANSLATE_NOOP("TrustWords", "“{path}” is signed by {fingerprint}, not by {given}. "
                                               "Nothing changed."),
    "trust_other_office": QT_TRANSLATE_NOOP("TrustWords", "“{path}” is signed by another office (key {fingerprint}); "
                                            "this installation takes only lists signed by {expected}. Nothing changed."),
    "trust_not_newer": QT_TRANSLATE_NOOP("TrustWords", "“{path}” was issued at {issued}, not later than the list "
                                         "held (issued at {held}): an old list cannot replace a newer one. "
                                         "Nothing changed."),
}


def describe(exc: BaseException) -> str:
    source = REFUSALS.get(getattr(exc, "code", ""))
    if source is None:
        from ..reports.words import describe as general

        return general(exc)
    text = QCoreApplication.translate("TrustWords", source)
    for name, value in getattr(exc, "params", {}).items():
        text = text.replace("{" + name + "}", str(value))
    return text
