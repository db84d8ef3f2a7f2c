"""Placeholder for the Action items tab (being built)."""

from __future__ import annotations

from mentee_desktop.ui.tab_base import MentoringTab


class ActionsTab(MentoringTab):
    title = "Action items"
