"""Reporting upward: rosters and figures for the upper level, signed packages, consolidation,
targets and the dashboard's figures. No Qt, no sentences: codes and data; the fixed
Vietnamese words of the exchange formats (contract/roster.md) live in the writers.
"""
from .results import Period
from .roster import RosterRow, Summary, roster_rows, summary
from .workbook import Exported, export_roster

__all__ = ["Exported", "Period", "RosterRow", "Summary", "export_roster", "roster_rows", "summary"]
