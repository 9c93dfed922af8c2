"""Words for the registry's codes: problems (validators, import, enrollment), fields, decisions.

Sentences never name ID numbers or phones; the cell or the field beside them does.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PROBLEMS: dict[str, str] = {
    "national_id_not_digits": QT_TRANSLATE_NOOP("Problems", "The personal ID holds characters other than digits ({chars})"),
    "national_id_wrong_length": QT_TRANSLATE_NOOP("Problems", "The personal ID has {length} digits; it needs {expected}"),
    "national_id_old_cmnd": QT_TRANSLATE_NOOP("Problems", "This is an old 9-digit ID card number; the 12-digit personal ID is needed"),
    "national_id_lost_leading_zero": QT_TRANSLATE_NOOP("Problems", "The personal ID has 11 digits: Excel probably dropped its leading 0"),
    "national_id_unknown_prefix": QT_TRANSLATE_NOOP("Problems", "The first three digits ({prefix}) are no province code; check the number"),
    "national_id_gender_mismatch": QT_TRANSLATE_NOOP("Problems", "The personal ID does not match the gender"),
    "national_id_birth_year_mismatch": QT_TRANSLATE_NOOP("Problems", "The personal ID says born {id_year}, but the birth year is {expected_year}"),
    "national_id_implausible_year": QT_TRANSLATE_NOOP("Problems", "The personal ID says born {id_year}, which cannot be right"),
    "national_id_registered": QT_TRANSLATE_NOOP("Problems", "Another person in the registry has this personal ID"),
    "phone_not_digits": QT_TRANSLATE_NOOP("Problems", "The phone holds characters other than digits ({chars})"),
    "phone_wrong_length": QT_TRANSLATE_NOOP("Problems", "The phone has {length} digits; a mobile has {expected}"),
    "phone_lost_leading_zero": QT_TRANSLATE_NOOP("Problems", "The phone has 9 digits: Excel probably dropped its leading 0"),
    "phone_unknown_prefix": QT_TRANSLATE_NOOP("Problems", "{prefix} is not a Vietnamese mobile prefix"),
    "phone_old_prefix": QT_TRANSLATE_NOOP("Problems", "An old 11-digit mobile number (renumbered to 10 digits in 2018)"),
    "phone_landline": QT_TRANSLATE_NOOP("Problems", "This is a landline; a mobile number is needed"),
    "phone_foreign": QT_TRANSLATE_NOOP("Problems", "A foreign phone number"),
    "birth_unreadable": QT_TRANSLATE_NOOP("Problems", "Cannot read “{value}”: write dd/mm/yyyy or the year"),
    "birth_two_digit_year": QT_TRANSLATE_NOOP("Problems", "Write the year with four digits (“{value}”)"),
    "birth_invalid_date": QT_TRANSLATE_NOOP("Problems", "There is no such day as “{value}”"),
    "birth_in_future": QT_TRANSLATE_NOOP("Problems", "The birth date {value} is after today"),
    "birth_implausible_age": QT_TRANSLATE_NOOP("Problems", "An age of {age} is not plausible ({min_age} to {max_age})"),
    "birth_unusual_age": QT_TRANSLATE_NOOP("Problems", "Age {age}: check the birth date"),
    "gender_unreadable": QT_TRANSLATE_NOOP("Problems", "Cannot read the gender “{value}”"),
    "name_empty": QT_TRANSLATE_NOOP("Problems", "The full name is needed"),
    "name_too_long": QT_TRANSLATE_NOOP("Problems", "The name is {length} characters long; at most {max_length}"),
    "name_no_letters": QT_TRANSLATE_NOOP("Problems", "The name has no letters"),
    "name_bad_characters": QT_TRANSLATE_NOOP("Problems", "The name holds digits or symbols ({chars})"),
    "text_direction_control": QT_TRANSLATE_NOOP("Problems", "“{value}” holds a hidden direction-control character "
                                                            "(at position {position}): type it again"),
    "name_single_word": QT_TRANSLATE_NOOP("Problems", "Only one word: is the family name missing?"),
    "target_group_unknown": QT_TRANSLATE_NOOP("Problems", "Choose a target group"),
    "consent_purpose_empty": QT_TRANSLATE_NOOP("Problems", "Write what the person agreed to (the purpose)"),
    "consent_in_future": QT_TRANSLATE_NOOP("Problems", "The consent date is after today"),
    "consent_purpose_too_long": QT_TRANSLATE_NOOP("Problems", "The purpose is over {max_length} characters"),
    "occupation_too_long": QT_TRANSLATE_NOOP("Problems", "At most {max_length} characters"),
    "value_too_long": QT_TRANSLATE_NOOP("Problems", "The cell is {length} characters long; at most {max_length}"),
    "number_lost_digits": QT_TRANSLATE_NOOP("Problems", "Excel stored this as a decimal number and digits were lost; format the column as Text and type it again"),
    "number_scientific": QT_TRANSLATE_NOOP("Problems", "Written in scientific notation (e.g. 3.8E+11), digits were lost; format the column as Text and type it again"),
    "number_was_date": QT_TRANSLATE_NOOP("Problems", "Excel turned this number into a date (“{value}”)"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Problems", "The same personal ID as row {first_row} of the file"),
    "header_repeated": QT_TRANSLATE_NOOP("Problems", "The header line again, not a person"),
    "not_a_person": QT_TRANSLATE_NOOP("Problems", "A title, total or signature line, not a person"),
    "id_leading_zero_restored": QT_TRANSLATE_NOOP("Problems", "The leading 0 Excel dropped from the personal ID was put back"),
    "phone_leading_zero_restored": QT_TRANSLATE_NOOP("Problems", "The leading 0 Excel dropped from the phone was put back"),
    "phone_first_of_several": QT_TRANSLATE_NOOP("Problems", "The cell holds {count} phones; the first was kept"),
    "birth_from_serial": QT_TRANSLATE_NOOP("Problems", "Read “{value}” as {date}, the way Excel numbers days"),
    "birth_two_digit_year_assumed": QT_TRANSLATE_NOOP("Problems", "Two-digit year in “{value}”: taken as {year}"),
    "birth_month_first": QT_TRANSLATE_NOOP("Problems", "This column writes the month first (“{value}”)"),
    "target_group_unreadable": QT_TRANSLATE_NOOP("Problems", "Unknown target group “{value}”: recorded as Other"),
    "consent_unreadable": QT_TRANSLATE_NOOP("Problems", "Cannot read the consent cell “{value}”: no consent recorded"),
    "value_truncated": QT_TRANSLATE_NOOP("Problems", "Cut to {max_length} characters"),
    "village_new": QT_TRANSLATE_NOOP("Problems", "“{value}” is a new village: it will be added to the commune"),
    "village_ambiguous": QT_TRANSLATE_NOOP("Problems", "“{value}” fits several villages: none recorded"),
    "village_not_recorded": QT_TRANSLATE_NOOP("Problems", "No commune is set up yet: the village “{value}” is not recorded"),
    "completed_same_course": QT_TRANSLATE_NOOP("Problems", "already completed this course (class {class_code})"),
    "in_same_course": QT_TRANSLATE_NOOP("Problems", "already in class {class_code} of this course"),
}

FILE_PROBLEMS: dict[str, str] = {
    "file_not_found": QT_TRANSLATE_NOOP("Problems", "The file “{file}” does not exist."),
    "file_unreadable": QT_TRANSLATE_NOOP("Problems", "Cannot read the file “{file}”: {reason}."),
    "file_too_large": QT_TRANSLATE_NOOP("Problems", "The file “{file}” is too large."),
    "too_many_rows": QT_TRANSLATE_NOOP("Problems", "The file “{file}” has more than {limit} rows. Split the list."),
    "xls_format": QT_TRANSLATE_NOOP("Problems", "“{file}” is an old Excel file (.xls) or has a password. Open it in Excel and save it as .xlsx without a password."),
    "xlsx_damaged": QT_TRANSLATE_NOOP("Problems", "“{file}” is not a readable .xlsx file (damaged, or of another kind)."),
    "encoding_unknown": QT_TRANSLATE_NOOP("Problems", "“{file}” is not readable text. Save it as CSV UTF-8."),
    "csv_malformed": QT_TRANSLATE_NOOP("Problems", "“{file}” is malformed at row {row}."),
    "file_empty": QT_TRANSLATE_NOOP("Problems", "The file “{file}” holds no data."),
    "no_sheet": QT_TRANSLATE_NOOP("Problems", "“{file}” has no worksheet “{sheet}”."),
    "no_name_column": QT_TRANSLATE_NOOP("Problems", "No column holds the full name. Choose it in the list of columns."),
    "report_format": QT_TRANSLATE_NOOP("Problems", "The report must be a .csv or .xlsx file."),
    "report_unwritable": QT_TRANSLATE_NOOP("Problems", "Cannot write “{file}”: {reason}."),
    "registry_changed": QT_TRANSLATE_NOOP("Problems", "The registry changed while you were checking (row {row}). Check the file again."),
    "class_closed": QT_TRANSLATE_NOOP("Problems", "This class has finished or was cancelled: nobody can be enrolled."),
    "merge_different_ids": QT_TRANSLATE_NOOP("Problems", "These two records carry different personal IDs: they are two people."),
    "participant_erased": QT_TRANSLATE_NOOP("Problems", "This person's data was erased."),
}

FIELDS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"), "family_name": QT_TRANSLATE_NOOP("Fields", "Family and middle name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"), "birth": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"), "national_id": QT_TRANSLATE_NOOP("Fields", "Personal ID"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"), "village": QT_TRANSLATE_NOOP("Fields", "Village"),
    "target_group": QT_TRANSLATE_NOOP("Fields", "Target group"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation or workplace"), "needs": QT_TRANSLATE_NOOP("Fields", "Needs"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"), "consent_at": QT_TRANSLATE_NOOP("Fields", "Consent date"),
    "consent_purpose": QT_TRANSLATE_NOOP("Fields", "Consent purpose"), "ignore": QT_TRANSLATE_NOOP("Fields", "(not imported)"),
}

DECISIONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Decisions", "Add as a new person"),
    "keep": QT_TRANSLATE_NOOP("Decisions", "Same person: leave the record as it is"),
    "update": QT_TRANSLATE_NOOP("Decisions", "Same person: update the record"),
    "skip": QT_TRANSLATE_NOOP("Decisions", "Skip this row"),
}

MATCHES: dict[str, str] = {
    "registered_id": QT_TRANSLATE_NOOP("Decisions", "Same personal ID as #%1 %2"),
    "registered_similar": QT_TRANSLATE_NOOP("Decisions", "Possibly #%1 %2 (same name, %3)"),
    "file_similar": QT_TRANSLATE_NOOP("Decisions", "Possibly row %1 of the file: %2 (same name, %3)"),
}
REASONS: dict[str, str] = {
    "birth": QT_TRANSLATE_NOOP("Decisions", "birth date"), "phone": QT_TRANSLATE_NOOP("Decisions", "phone"),
}


def _format(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def describe_problem(code: str, params: dict[str, Any]) -> str:
    """One sentence for a problem code (validators, import, enrollment, files)."""
    source = PROBLEMS.get(code) or FILE_PROBLEMS.get(code)
    if source is None:
        return code
    return _format(QCoreApplication.translate("Problems", source), params)


def field_word(field: str | None) -> str:
    source = FIELDS.get(field or "ignore", FIELDS["ignore"])
    return QCoreApplication.translate("Fields", source)


def decision_word(action: str) -> str:
    return QCoreApplication.translate("Decisions", DECISIONS[action])


def match_text(kind: str, participant_id: int | None, row: int | None, name: str, reasons: tuple[str, ...]) -> str:
    why = ", ".join(QCoreApplication.translate("Decisions", REASONS[r]) for r in reasons if r in REASONS)
    text = QCoreApplication.translate("Decisions", MATCHES[kind])
    first = str(row) if kind == "file_similar" else str(participant_id)
    return text.replace("%1", first).replace("%2", name).replace("%3", why)
