"""The audit screen: who changed what and when, filtered by date, officer, kind and person, exported."""
