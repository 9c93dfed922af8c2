"""The window: Qt widgets and table models, thin over the classroom services."""
