"""Widgets several rooms share: plain-text fields with autosave, the list-plus-editor tab
that Listening notes and Feedback are built on, the quick action-item dialog."""
