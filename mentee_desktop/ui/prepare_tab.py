"""Placeholder for the Prepare tab (being built)."""

from __future__ import annotations

from mentee_desktop.ui.tab_base import MentoringTab


class PrepareTab(MentoringTab):
    title = "Prepare"
