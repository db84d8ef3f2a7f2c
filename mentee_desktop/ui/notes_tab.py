"""Placeholder for the Listening notes tab (being built)."""

from __future__ import annotations

from mentee_desktop.ui.tab_base import MentoringTab


class NotesTab(MentoringTab):
    title = "Listening notes"
