"""Placeholder for the Feedback tab (being built)."""

from __future__ import annotations

from mentee_desktop.ui.tab_base import MentoringTab


class FeedbackTab(MentoringTab):
    title = "Feedback"
