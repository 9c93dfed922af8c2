"""A real commune's first day: the setup assistant (an empty database opens it; Settings reopens it)
and the screens that keep the commune's lists: villages, venues, instructors, courses, days off."""
