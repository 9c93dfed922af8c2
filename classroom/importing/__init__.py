"""Importing lists of people from .xlsx and .csv files (issue 4).

``read_file`` -> ``guess_layout`` (the officer may correct it) -> ``build_preview`` (nothing
saved; duplicates shown) -> ``apply_import`` with the officer's decisions, in one
transaction -> ``write_report`` for the rejected rows. No Qt, no sentences: problems are
codes (:data:`IMPORT_PROBLEMS` and ``classroom.validation.PROBLEM_CODES``), the faces
say them.
"""
from __future__ import annotations

from .apply import ALLOWED, ImportResult, RowDecision, apply_import, default_action
from .columns import FIELDS, IGNORED, ColumnMap, Layout, guess_layout, map_columns
from .preview import ImportPreview, Match, PreviewRow, RowIssue, build_preview
from .reading import FILE_ERRORS, MAX_CELL, MAX_ROWS, Sheet, read_file
from .report import report_lines, write_report
from .rows import ImportedPerson

#: Problems an import adds to the validators' (params in brackets).
IMPORT_PROBLEMS: tuple[str, ...] = (
    "value_too_long",  # error: a cell over MAX_CELL characters [length, max_length]
    "number_lost_digits",  # error: Excel kept the ID/phone as a number with decimals or over 15 digits
    "number_scientific",  # error: written in scientific notation (3,8E+11): digits are lost
    "number_was_date",  # error: Excel turned the ID/phone into a date [value]
    "duplicate_in_file",  # error: the same personal ID as an earlier row [first_row]
    "header_repeated",  # error: the header line again (a page break in the list)
    "not_a_person",  # error: a title, total or signature line [value]
    "id_leading_zero_restored",  # warning: an 11-digit ID got its leading 0 back
    "phone_leading_zero_restored",  # warning: a 9-digit phone got its leading 0 back
    "phone_first_of_several",  # warning: several phones in the cell, the first kept [count]
    "birth_from_serial",  # warning: an Excel day number read as a date [value, date]
    "birth_two_digit_year_assumed",  # warning: d/m/yy, the century assumed [value, year]
    "birth_month_first",  # warning: the column writes month/day/year [value]
    "target_group_unreadable",  # warning: group word not known, the default used [value]
    "consent_unreadable",  # warning: the consent cell is neither yes nor no; no consent recorded [value]
    "value_truncated",  # warning: cut to the field's length [max_length]
    "village_new",  # warning: a village the commune does not have yet; it will be added [value]
    "village_ambiguous",  # warning: several villages fit; none recorded [value]
    "village_not_recorded",  # warning: no commune set up yet, so no village is recorded [value]
)

#: File-level errors: ``InvalidInput.code`` with params ``file`` (and ``reason``, ``limit``, ``row``, ``sheet``).
FILE_PROBLEMS: tuple[str, ...] = FILE_ERRORS + ("no_name_column", "report_format", "report_unwritable")

__all__ = [
    "ALLOWED", "FIELDS", "FILE_PROBLEMS", "IGNORED", "IMPORT_PROBLEMS", "MAX_CELL", "MAX_ROWS", "ColumnMap",
    "ImportPreview", "ImportResult", "ImportedPerson", "Layout", "Match", "PreviewRow", "RowDecision", "RowIssue",
    "Sheet", "apply_import", "build_preview", "default_action", "guess_layout", "map_columns", "read_file",
    "report_lines", "write_report",
]
