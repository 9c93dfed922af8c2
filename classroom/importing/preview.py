"""What an import would do, before anything is saved: accepted rows, rejected rows, duplicates.

No row is lost silently: every row below the header is accepted, rejected (with its row
number, column, value and reason) or counted as empty, so ``accepted + rejected + empty
== total``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..errors import Cancelled, InvalidInput, Problem
from ..text import fold
from ..validation import check_person, today_vn
from .columns import IGNORED, Layout, header_key, is_header_key
from .matching import Registry, birth_matches
from .reading import MAX_ROWS, Sheet
from .rows import ImportedPerson, convert_row, person_changes
from .values import cell_text, month_first

#: Words that fill a list's name column in title, total and signature lines, not people.
NOT_PEOPLE = frozenset({"nguoi lap bieu", "nguoi lap", "nguoi lap danh sach", "truong thon", "to truong",
                        "to truong to dan pho", "bi thu chi bo", "xac nhan", "xac nhan cua ubnd xa", "tong cong",
                        "tong", "cong", "tong so", "ky ten", "ky ghi ro ho ten", "chu tich", "can bo phu trach",
                        "danh sach", "danh sach hoc vien", "prepared by", "total"})


@dataclass(frozen=True)
class RowIssue:
    """One problem of one row, where it is: the column's header text and the cell as in the file."""

    code: str
    severity: str  # "error" rejects the row, "warning" does not
    field: str
    column: str
    value: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    """A row that may be someone already known.

    ``kind``: ``"registered_id"`` (same personal ID: the same person), ``"registered_similar"``
    (same name and birth date or phone as a registered person), ``"file_similar"`` (as an earlier
    row of the file, ``row``). ``changes``: the fields an update would change.
    """

    kind: str
    participant_id: int | None = None
    name: str = ""
    row: int | None = None
    reasons: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()


@dataclass
class PreviewRow:
    row: int  # the row's number in the file, as Excel shows it
    person: ImportedPerson | None  # None: rejected
    issues: list[RowIssue]
    match: Match | None = None
    cells: list[str] = field(default_factory=list)  # the row as text, kept for rejected rows (the report)

    @property
    def accepted(self) -> bool:
        return self.person is not None

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity != "error"]


@dataclass
class ImportPreview:
    file: str
    kind: str
    encoding: str
    delimiter: str
    sheet_name: str
    layout: Layout
    headers: list[str]
    rows: list[PreviewRow]
    total_rows: int  # rows below the header
    empty_rows: int

    @property
    def accepted(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.accepted]

    @property
    def rejected(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.accepted]

    @property
    def matched(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.accepted and r.match is not None]


def _issue(p: Problem, layout: Layout, texts: list[str]) -> RowIssue:
    col = layout.column_of(p.field) if p.field else None
    if col is None and p.field == "full_name":
        col = layout.column_of("given_name") or layout.column_of("family_name")
    value = texts[col.index] if col is not None and col.index < len(texts) else ""
    return RowIssue(p.code, p.severity, p.field, col.header if col else "", value, dict(p.params))


def build_preview(session: Session, sheet: Sheet, layout: Layout, *, default_group: str = "other",
                  today: Any = None, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportPreview:
    """Check every row below the header and look for duplicates in the file and the registry."""
    if not layout.has_name:
        raise InvalidInput(code="no_name_column", file=sheet.file)
    if len(sheet.rows) - layout.header_row - 1 > MAX_ROWS:  # the header and the titles above it are no people
        raise InvalidInput(code="too_many_rows", file=sheet.file, limit=MAX_ROWS)
    today = today or today_vn()
    registry = Registry(session)
    body = sheet.rows[layout.header_row + 1:]
    header_number = sheet.rows[layout.header_row][0]
    last_number = body[-1][0] if body else header_number
    ignored = {c.index for c in layout.columns if c.field == IGNORED}
    birth_col = layout.column_of("birth")
    swap = birth_col is not None and month_first(
        [c[birth_col.index] for _, c in body if birth_col.index < len(c) and isinstance(c[birth_col.index], str)])

    rows: list[PreviewRow] = []
    empty = (last_number - header_number) - len(body)
    for n, (number, cells) in enumerate(body):
        if n % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(n, len(body))
        if all(c is None or c == "" for i, c in enumerate(cells) if i not in ignored):
            empty += 1
            continue
        rows.append(_check_row(number, cells, layout, registry, default_group, today, swap))
    _find_duplicates(rows, layout, registry)
    if progress is not None:
        progress(len(body), len(body))
    return ImportPreview(sheet.file, sheet.kind, sheet.encoding, sheet.delimiter, sheet.sheet_name, layout,
                         [c.header for c in layout.columns], rows, last_number - header_number, empty)


def _check_row(number: int, cells: list[Any], layout: Layout, registry: Registry, default_group: str,
               today: Any, swap: bool) -> PreviewRow:
    texts = [cell_text(c) for c in cells]
    person, problems = convert_row(cells, layout, registry, default_group, today, swap)
    checked = None
    key = header_key(person.full_name)
    if is_header_key(key):
        problems = [Problem("header_repeated", "full_name", "error", {})]
    elif key in NOT_PEOPLE or key.startswith(("tong cong", "tong so")):
        problems = [Problem("not_a_person", "full_name", "error", {"value": person.full_name})]
    else:
        checked = check_person(person.full_name, person.birth_input, person.gender, person.national_id,
                               person.phone, today=today)
        problems += list(checked.problems)
    issues = [_issue(p, layout, texts) for p in problems]
    if checked is None or any(p.is_error for p in problems):
        return PreviewRow(number, None, issues, cells=texts)
    person = person.validated(checked.full_name or "", checked.birth, checked.gender, checked.national_id,
                              checked.phone)
    return PreviewRow(number, person, issues, cells=texts)


def _find_duplicates(rows: list[PreviewRow], layout: Layout, registry: Registry) -> None:
    """Same ID twice in the file rejects the later row; then matches against the registry and the file."""
    accepted = [r for r in rows if r.person is not None]
    registry.load({r.person.national_id for r in accepted if r.person and r.person.national_id},
                  {fold(r.person.full_name) for r in accepted if r.person})
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, list[tuple[int, ImportedPerson]]] = {}
    for row in accepted:
        person = row.person
        assert person is not None
        if person.national_id and person.national_id in seen_ids:
            row.issues.append(_issue(Problem("duplicate_in_file", "national_id", "error",
                                             {"first_row": seen_ids[person.national_id]}), layout, row.cells))
            row.person = None
            continue
        folded = fold(person.full_name)
        known = registry.by_id.get(person.national_id) if person.national_id else None
        if known is not None:
            row.match = Match("registered_id", known.id, known.full_name, changes=person_changes(person, known))
        elif (found := registry.similar_to(folded, person.birth, person.phone, person.national_id)) is not None:
            other, reasons = found
            row.match = Match("registered_similar", other.id, other.full_name, reasons=reasons,
                              changes=person_changes(person, other))
        else:
            row.match = _file_match(folded, person, seen_names)
        if person.national_id:
            seen_ids[person.national_id] = row.row
        seen_names.setdefault(folded, []).append((row.row, person))
    for row in rows:
        if row.person is not None:
            row.cells = []  # only the report needs the cells, and it lists rejected rows only


def _file_match(folded: str, person: ImportedPerson,
                seen: dict[str, list[tuple[int, ImportedPerson]]]) -> Match | None:
    for number, earlier in seen.get(folded, ()):
        if person.national_id and earlier.national_id and person.national_id != earlier.national_id:
            continue
        reasons = tuple(r for r, same in (("birth", birth_matches(person.birth, earlier.birth)),
                                          ("phone", bool(person.phone) and person.phone == earlier.phone)) if same)
        if reasons:
            return Match("file_similar", None, earlier.full_name, row=number, reasons=reasons)
    return None
