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
    CUSTOM_QUESTION = "custom_question"  # a question the mentee added to the suggestions
    SETTINGS = "settings"  # not a record: the settings changed (the window refreshes alike)
