"""Words of the Reports and Settings screens for metrics and problem codes."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from classroom.errors import ClassroomError, InvalidInput

from ..words import describe_error, value_word

METRICS = {
    "trained": QT_TRANSLATE_NOOP("ReportWords", "People who completed a course"),
    "certified": QT_TRANSLATE_NOOP("ReportWords", "People certified"),
    "share_basic_skills": QT_TRANSLATE_NOOP("ReportWords", "Share of adults with basic digital skills (%)"),
    "vneid_confirmed": QT_TRANSLATE_NOOP("ReportWords", "People confirmed on VNeID"),
}
PROBLEMS = {
    "nothing_to_export": QT_TRANSLATE_NOOP("ReportWords", "No class has sessions in the chosen period; no file was made."),
    "export_format": QT_TRANSLATE_NOOP("ReportWords", "The file name must end in .xlsx or .csv."),
    "period_reversed": QT_TRANSLATE_NOOP("ReportWords", "The end date is before the start date."),
    "no_package_accepted": QT_TRANSLATE_NOOP("ReportWords", "Not one package could be added; no file was made."),
    "no_package_given": QT_TRANSLATE_NOOP("ReportWords", "Choose at least one package."),
    "target_share_range": QT_TRANSLATE_NOOP("ReportWords", "A share must be more than 0 and at most 100 %."),
    "target_count_negative": QT_TRANSLATE_NOOP("ReportWords", "A number of people cannot be below 0."),
    "target_count_whole": QT_TRANSLATE_NOOP("ReportWords", "A number of people must be a whole number."),
    "target_year": QT_TRANSLATE_NOOP("ReportWords", "The year must be between 2000 and 2100."),
    "population_negative": QT_TRANSLATE_NOOP("ReportWords", "A number of adults cannot be below 0."),
    "commune_name_required": QT_TRANSLATE_NOOP("ReportWords", "Enter the commune's name."),
    "commune_code_format": QT_TRANSLATE_NOOP("ReportWords", "The commune code has 5 digits."),
    "province_name_required": QT_TRANSLATE_NOOP("ReportWords", "Enter the province's name."),
    "province_code_format": QT_TRANSLATE_NOOP("ReportWords", "The province code has 2 digits."),
    "text_too_long": QT_TRANSLATE_NOOP("ReportWords", "A text is too long."),
    "backup_folder_not_writable": QT_TRANSLATE_NOOP("ReportWords", "The backup folder cannot be written to."),
    "report_number": QT_TRANSLATE_NOOP("ReportWords", "The document number goes before “/BC-UBND”: digits and letters "
                                                      "only (e.g. 125), at most 12; no file was made."),
    "report_recipient_too_long": QT_TRANSLATE_NOOP("ReportWords", "The recipient (Kính gửi) is too long; no file was "
                                                                  "made."),
}
REFUSALS = {
    "package_too_large": QT_TRANSLATE_NOOP("ReportWords", "too large to be a package"),
    "package_unreadable": QT_TRANSLATE_NOOP("ReportWords", "unreadable: not a package, truncated or damaged"),
    "package_not_package": QT_TRANSLATE_NOOP("ReportWords", "not a Digital Education package"),
    "package_old_format": QT_TRANSLATE_NOOP("ReportWords", "an older format: ask for it to be exported again"),
    "package_new_format": QT_TRANSLATE_NOOP("ReportWords", "made by a newer version: update the program"),
    "package_bad_signature": QT_TRANSLATE_NOOP("ReportWords", "the signature fails: altered after signing"),
    "package_key_changed": QT_TRANSLATE_NOOP("ReportWords", "signed by another key than the one pinned for "
                                             "{commune} ({code}): pinned {pinned}, this package {offered}"),
    "package_untrusted_key": QT_TRANSLATE_NOOP("ReportWords", "signed with a key that is not trusted here"),
    "package_invalid": QT_TRANSLATE_NOOP("ReportWords", "its data breaks the format"),
    "package_same_period": QT_TRANSLATE_NOOP("ReportWords", "the commune already sent this period"),
    "package_period_overlap": QT_TRANSLATE_NOOP("ReportWords", "its period overlaps another package of the commune"),
}


def metric_word(metric: str) -> str:
    source = METRICS.get(metric)
    return QCoreApplication.translate("ReportWords", source) if source else metric


def refusal_word(code: str, params: dict[str, object] | None = None) -> str:
    source = REFUSALS.get(code)
    text = QCoreApplication.translate("ReportWords", source) if source else code
    for name, value in (params or {}).items():
        text = text.replace("{" + name + "}", str(value))
    return text


def group_word(group: str) -> str:
    return QCoreApplication.translate("ReportWords", "All groups") if group == "all" else value_word(group)


def describe(exc: BaseException) -> str:
    """Our problems in our words; everything else through the window's one presenter."""
    if isinstance(exc, InvalidInput) and exc.problems and exc.problems[0].code in PROBLEMS:
        return QCoreApplication.translate("ReportWords", PROBLEMS[exc.problems[0].code])
    if isinstance(exc, ClassroomError) and exc.code == "commune":
        return QCoreApplication.translate("ReportWords", "The commune is not set up yet: fill in Settings first.")
    return describe_error(exc)
