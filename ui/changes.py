"""What a change touched, told to every screen at once (Anki's ``OpChanges``, reduced).

Every write the window makes goes through ``Ops.mutate`` (or ``Ops.announce`` for work that
is not a plain transaction: a restore), which then emits ``Ops.changed(changes, origin)``.
The main window hands it to each screen whose ``SHOWS`` it touches: the screen on view
reloads at once (unless it made the change and has already shown it: ``origin``), a screen
out of view reloads when next opened. So no screen shows figures from before a change.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    people: bool = False  # a person's details, people added, merged, erased, imported
    enrollments: bool = False  # who is in which class (walk-ins too), withdrawals
    classes: bool = False  # classes and their sessions (planned, moved, cancelled)
    attendance: bool = False  # marks, assessments
    certificates: bool = False  # issued, revoked
    places: bool = False  # villages, venues, instructors, courses
    commune: bool = False  # the commune, the office's settings, the targets, days off
    audit: bool = False  # a row in the audit log and nothing else (a sitting's marks summed up)
    consolidations: bool = False  # a receiving office's consolidations: the record, the communes' keys pinned

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def touches(self, shown: Changes) -> bool:
        """True when something this change touched is shown by a screen that ``shows``."""
        return any(getattr(self, f.name) and getattr(shown, f.name) for f in fields(self))

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
PEOPLE = Changes(people=True)
ENROLLMENTS = Changes(enrollments=True)
CLASSES = Changes(classes=True)
ATTENDANCE = Changes(attendance=True)
CERTIFICATES = Changes(certificates=True)
PLACES = Changes(places=True)
COMMUNE = Changes(commune=True)
AUDIT = Changes(audit=True)
CONSOLIDATIONS = Changes(consolidations=True)
DATA = Changes(**{f.name: True for f in fields(Changes) if f.name != "audit"})  # all but the audit log alone


def shows(screen: object) -> Changes:
    """What a screen shows (its ``SHOWS``; all the data when it does not say: not an audit row alone,
    which the audit screen alone shows)."""
    found = getattr(screen, "SHOWS", DATA)
    return found if isinstance(found, Changes) else DATA
