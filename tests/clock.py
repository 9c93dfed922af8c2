"""Fixed clocks for tests (never the wall clock): the demo commune's day, during its evening session."""
from __future__ import annotations

from datetime import datetime, time

from models import LOCAL_TZ
from tests.conftest import DEMO_TODAY

DEMO_NOW = datetime.combine(DEMO_TODAY, time(19, 30), LOCAL_TZ)  # the 19:00–21:00 session of 23/11/2026 is on
