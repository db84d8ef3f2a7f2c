"""The kinds of record the mentee keeps, named once for the store, the search and the window.

A ``StrEnum``: each member equals its string, so a kind stored in a table, sent in a Qt signal
or typed on the command line compares equal to the member.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    MENTOR = "mentor"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    NOTE = "note"  # a listening note
    FEEDBACK = "feedback"  # a feedback request and its answer
    ACTION_ITEM = "action_item"
    GOAL = "goal"
    GOAL_PROGRESS = "goal_progress"
    CHECKIN = "checkin"
    INSIGHT = "insight"  # how putting a note's insight (or a feedback answer) to work went
    CUSTOM_QUESTION = "custom_question"  # a question the mentee added to the suggestions
    SETTINGS = "settings"  # not a record: the settings changed (the window refreshes alike)


class RecordKindWords:
    """Headings for groups of records (search results on screen and on the command line).

    ``tr`` translates in the context "RecordKindWords" when given a translator (the window
    passes Qt's), else keeps the English heading (the command line).
    """

    def __init__(self, translate=None):
        self._translate = translate

    def tr(self, text: str) -> str:
        if self._translate is None:
            return text
        return self._translate("RecordKindWords", text, None, -1)

    def heading(self, kind: str) -> str:
        headings = {
            RecordKind.MENTOR: self.tr("Mentors"),
            RecordKind.MEETING: self.tr("Meetings"),
            RecordKind.AGENDA_ITEM: self.tr("Agenda items"),
            RecordKind.NOTE: self.tr("Listening notes"),
            RecordKind.FEEDBACK: self.tr("Feedback"),
            RecordKind.ACTION_ITEM: self.tr("Action items"),
            RecordKind.GOAL: self.tr("Goals"),
            RecordKind.GOAL_PROGRESS: self.tr("Goal progress"),
            RecordKind.CHECKIN: self.tr("Relationship check-ins"),
            RecordKind.INSIGHT: self.tr("Insights put to work"),
        }
        return headings.get(kind, kind)
