"""The words of the Prepare tab: headings, the readiness line, messages; translatable.

Kept apart from the widgets so that the singular/plural wording is easy to check.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from mentee_desktop.data.agenda_items import KINDS, AgendaItem


def kind_heading(kind: str) -> str:
    """The heading a kind's group has in the agenda."""
    return {
        "question": QCoreApplication.translate("PrepareTab", "Questions"),
        "topic": QCoreApplication.translate("PrepareTab", "Topics"),
        "update": QCoreApplication.translate("PrepareTab", "Updates on what I promised"),
        "share": QCoreApplication.translate("PrepareTab", "Something I can share"),
        "feedback": QCoreApplication.translate("PrepareTab", "Feedback I want"),
    }[kind]


def kind_name(kind: str) -> str:
    """A kind as a choice in the editor ("Question", "Something I can share", ...)."""
    return {
        "question": QCoreApplication.translate("PrepareTab", "Question"),
        "topic": QCoreApplication.translate("PrepareTab", "Topic"),
        "update": QCoreApplication.translate("PrepareTab", "Update on what I promised"),
        "share": QCoreApplication.translate("PrepareTab", "Something I can share"),
        "feedback": QCoreApplication.translate("PrepareTab", "Feedback I want"),
    }[kind]


def kind_hint(kind: str) -> str:
    """What makes a good item of this kind, shown while the group is selected."""
    return {
        "question": QCoreApplication.translate(
            "PrepareTab",
            "Questions you want your mentor's view on. Specific beats general: "
            "“How did you decide…” gets a better answer than “Any advice?”.",
        ),
        "topic": QCoreApplication.translate(
            "PrepareTab", "Things you want to talk through together, such as a decision or a plan."
        ),
        "update": QCoreApplication.translate(
            "PrepareTab",
            "What you promised last time and how it went. Keeping your word builds trust; "
            "“Add my open promises” brings your open action items in.",
        ),
        "share": QCoreApplication.translate(
            "PrepareTab",
            "Something your mentor may learn from you: an article, a tool, a view from "
            "your part of the organisation. Good mentoring goes both ways.",
        ),
        "feedback": QCoreApplication.translate(
            "PrepareTab",
            "A specific piece of work you want feedback on. Write your own observation first, "
            "so you can compare it with what you hear.",
        ),
    }[kind]


def _count(kind: str, n: int) -> str:
    one, many = {
        "question": (
            QCoreApplication.translate("PrepareTab", "1 question"),
            QCoreApplication.translate("PrepareTab", "{0} questions"),
        ),
        "topic": (
            QCoreApplication.translate("PrepareTab", "1 topic"),
            QCoreApplication.translate("PrepareTab", "{0} topics"),
        ),
        "update": (
            QCoreApplication.translate("PrepareTab", "1 update"),
            QCoreApplication.translate("PrepareTab", "{0} updates"),
        ),
        "share": (
            QCoreApplication.translate("PrepareTab", "1 thing to share"),
            QCoreApplication.translate("PrepareTab", "{0} things to share"),
        ),
        "feedback": (
            QCoreApplication.translate("PrepareTab", "1 feedback request"),
            QCoreApplication.translate("PrepareTab", "{0} feedback requests"),
        ),
    }[kind]
    return one if n == 1 else many.format(n)


def readiness_text(open_counts: Counter, total: int, *, over: bool = False) -> str:
    """ "3 questions · 1 thing to share · 2 updates" for the open items of each kind.

    ``total`` is the number of items on the agenda, so that an agenda whose items are all
    discussed reads differently from one that has nothing yet; ``over`` (the meeting took
    place, was cancelled or its time has passed) no longer invites preparing it.
    """
    parts = [_count(kind, open_counts[kind]) for kind in KINDS if open_counts.get(kind, 0) > 0]
    if parts:
        return " · ".join(parts)
    if total:
        return QCoreApplication.translate(
            "PrepareTab", "Everything on this agenda has been discussed."
        )
    if over:
        return QCoreApplication.translate("PrepareTab", "Nothing was on this agenda.")
    return QCoreApplication.translate(
        "PrepareTab", "Nothing prepared yet. One good question is a fine start."
    )


def origin_text(item: AgendaItem, carried_from_day: str = "") -> str:
    """Where an item came from: carried over from a meeting, or one of my open promises."""
    lines = []
    if item.is_carried_over:
        lines.append(
            QCoreApplication.translate(
                "PrepareTab", "Carried over from the meeting on {0}, where it was not discussed."
            ).format(carried_from_day)
            if carried_from_day
            else QCoreApplication.translate("PrepareTab", "Carried over from an earlier meeting.")
        )
    if item.action_item_id is not None:
        lines.append(
            QCoreApplication.translate(
                "PrepareTab", "One of your open action items: say how it went."
            )
        )
    if item.status == "carried_over":
        lines.append(
            QCoreApplication.translate(
                "PrepareTab", "Not discussed here; it moved on to the next meeting."
            )
        )
    return "\n".join(lines)


def carry_over_message(updates: int, carried: int) -> str:
    """What "Add my open promises" did, in words."""
    if not updates and not carried:
        return QCoreApplication.translate(
            "PrepareTab", "Nothing new: your open promises are already on this agenda."
        )
    parts = []
    if updates:
        parts.append(
            QCoreApplication.translate("PrepareTab", "1 update on what you promised")
            if updates == 1
            else QCoreApplication.translate(
                "PrepareTab", "{0} updates on what you promised"
            ).format(updates)
        )
    if carried:
        parts.append(
            QCoreApplication.translate("PrepareTab", "1 open item from last time")
            if carried == 1
            else QCoreApplication.translate("PrepareTab", "{0} open items from last time").format(
                carried
            )
        )
    joined = QCoreApplication.translate("PrepareTab", " and ").join(parts)
    return QCoreApplication.translate("PrepareTab", "Added {0}.").format(joined)
