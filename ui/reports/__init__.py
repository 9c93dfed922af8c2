"""The Reports screen: the dashboard, exports upward, consolidation of packages."""
