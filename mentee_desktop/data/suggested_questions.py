"""Suggested questions: a small built-in library for mentees, plus the mentee's own additions.

A blank agenda is the hardest part of preparing. These are specific questions that make a
mentor's time count, grouped by what the mentee wants from the meeting. Under "what I can
offer" they are things to *share*, because good mentoring goes both ways. The mentee's own
suggestions live in the ``custom_questions`` table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError, transaction
from mentee_desktop.data.timestamps import from_db, to_db, utc_now

PURPOSES = ("career", "skills", "feedback", "offer", "mentoring")
#: the translation context the window uses for the built-in texts
TRANSLATION_CONTEXT = "SuggestedQuestions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a built-in text for translation without importing Qt; the window translates it."""
    return text


#: English names of the purposes (the window shows translated ones)
PURPOSE_LABELS = {
    "career": "Career direction",
    "skills": "Skills",
    "feedback": "Specific feedback",
    "offer": "What I can offer",
    "mentoring": "How our mentoring is going",
}

BUILT_IN: dict[str, tuple[str, ...]] = {
    "career": (
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Looking at my work this year, which direction do you see me growing in that I may "
            "not see myself?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "What would you need to see from me before you would trust me with a role "
            "one level up?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "If I want a bigger role in three years, what should I start, stop and keep doing this "
            "quarter?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Which decision in your own career would you make differently today, and why?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Who should I get to know to understand where our field is heading?",
        ),
    ),
    "skills": (
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Which one skill, if I improved it, would change most how my work is received?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Which of my strengths am I overusing, and where does it cost me?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "How did you learn to run a difficult conversation well? What did you practise?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Could you walk me through how you would approach the problem I am stuck on right now?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "What does excellent look like in this skill? Can you point me to someone "
            "who shows it?",
        ),
    ),
    "feedback": (
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "In the last meeting you saw me in, what is one thing I did that helped and one thing "
            "that got in the way?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "This is how I judged my own work on this; where do you see it differently?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "When I presented last time, at which point did I lose people's attention?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "What have you noticed about how I work that nobody has told me yet?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "If you could give me one piece of feedback before my next review, what would it be?",
        ),
    ),
    "offer": (
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Something I learned recently that could be useful for your team",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "A tool or way of working that saves me time, with a five-minute demo",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "How people earlier in their careers see a change your organisation is making",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "A talk, article or book from this month and what I took from it",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "An introduction to someone in my network who works on something you care about",
        ),
    ),
    "mentoring": (
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Are our meetings giving you something too? What would make them more "
            "worthwhile for you?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Am I bringing the right things to our meetings, or would you rather we spent the time "
            "differently?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Which of our conversations so far was most useful, and why do you think that was?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Should we change how often or how long we meet?",
        ),
        QT_TRANSLATE_NOOP(
            "SuggestedQuestions",
            "Are we still working towards the goals we set at the start, or have they changed?",
        ),
    ),
}


@dataclass(frozen=True)
class Suggestion:
    purpose: str
    text: str
    #: set for the mentee's own suggestions; None for built-in ones
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def is_custom(self) -> bool:
        return self.id is not None


def check_purpose(purpose: str) -> str:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}; use one of {', '.join(PURPOSES)}")
    return purpose


def agenda_kind(purpose: str) -> str:
    """The agenda kind a suggestion becomes: offers are shared, everything else is asked."""
    return "share" if check_purpose(purpose) == "offer" else "question"


def built_in(purpose: str) -> list[Suggestion]:
    return [Suggestion(purpose, text) for text in BUILT_IN[check_purpose(purpose)]]


def _from_row(row: dict) -> Suggestion:
    return Suggestion(
        purpose=row["purpose"],
        text=row["text"],
        id=row["id"],
        created_at=from_db(row["created_at"]),
    )


def add_custom(db: Database, purpose: str, text: str, *, now: datetime | None = None) -> Suggestion:
    """Keep one of the mentee's own questions for later meetings."""
    check_purpose(purpose)
    if not text.strip():
        raise ValueError("a suggestion needs some text")
    with transaction(db):
        new_id = (
            db.table("custom_questions")
            .insert({"purpose": purpose, "text": text, "created_at": to_db(now or utc_now())})
            .last_pk
        )
    return get_custom(db, new_id)


def get_custom(db: Database, suggestion_id: int) -> Suggestion:
    rows = list(db.query("SELECT * FROM custom_questions WHERE id = ?", [suggestion_id]))
    if not rows:
        raise RecordNotFoundError(f"suggestion {suggestion_id} does not exist")
    return _from_row(rows[0])


def list_custom(db: Database, purpose: str | None = None) -> list[Suggestion]:
    """The mentee's own suggestions, oldest first (optionally of one purpose)."""
    if purpose is None:
        rows = db.query("SELECT * FROM custom_questions ORDER BY id")
    else:
        rows = db.query(
            "SELECT * FROM custom_questions WHERE purpose = ? ORDER BY id", [check_purpose(purpose)]
        )
    return [_from_row(row) for row in rows]


def delete_custom(db: Database, suggestion_id: int) -> Suggestion:
    """Remove one of the mentee's suggestions and return it, so it can be restored."""
    suggestion = get_custom(db, suggestion_id)
    with transaction(db):
        db.execute("DELETE FROM custom_questions WHERE id = ?", [suggestion_id])
    return suggestion


def restore_custom(db: Database, suggestion: Suggestion) -> Suggestion:
    """Put a deleted suggestion back with its id (undo)."""
    if suggestion.id is None:
        raise ValueError("only the mentee's own suggestions can be restored")
    with transaction(db):
        db.table("custom_questions").insert(
            {
                "id": suggestion.id,
                "purpose": check_purpose(suggestion.purpose),
                "text": suggestion.text,
                "created_at": to_db(suggestion.created_at or utc_now()),
            }
        )
    return get_custom(db, suggestion.id)


def for_purpose(db: Database, purpose: str) -> list[Suggestion]:
    """Built-in suggestions first, then the mentee's own."""
    return built_in(purpose) + list_custom(db, purpose)
