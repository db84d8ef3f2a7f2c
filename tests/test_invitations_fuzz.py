"""Mangled invitations: a clear refusal or a whole import, never a traceback, never half."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentee_desktop.invitations.apply import apply_plan
from mentee_desktop.invitations.plan import NoMentorError, make_plan
from mentee_desktop.invitations.read import InvitationError, read_invitation

FOLDER = Path(__file__).parent / "fixtures" / "invitations"
NOW = datetime(2027, 2, 1, 8, 0, tzinfo=UTC)
SOURCES = [
    (FOLDER / name).read_text(encoding="utf-8")
    for name in ("outlook-series.ics", "google-meet.ics", "apple-new-york-series.ics")
]


@st.composite
def mangled(draw) -> str:
    """A real invitation with lines dropped, repeated, cut or replaced by junk."""
    lines = draw(st.sampled_from(SOURCES)).splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "cut", "junk", "repeat", "value"]))
        if action == "drop":
            del lines[index]
        elif action == "cut":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        elif action == "junk":
            lines[index] = draw(st.text(max_size=40))
        elif action == "repeat":
            lines.insert(index, lines[index])
        else:
            name = lines[index].split(":", 1)[0]
            lines[index] = name + ":" + draw(st.text(max_size=30))
    return "\r\n".join(lines)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=mangled())
def test_mangled_invitations_import_whole_or_not_at_all(db, text):
    from mentee_desktop.data import mentors

    if not mentors.list_all(db):
        mentors.add(db, mentors.Mentor("Fallback"))
    mentor_id = mentors.list_all(db)[0].id
    before = db.execute("SELECT count(*), total(id) FROM meetings").fetchone()
    try:
        invitation = read_invitation(text.encode("utf-8"), now=NOW, user_zone="Europe/Berlin")
        plan = make_plan(db, invitation, now=NOW, mentor_id=mentor_id)
    except (InvitationError, NoMentorError) as exc:
        assert str(exc)  # a message to show
        assert db.execute("SELECT count(*), total(id) FROM meetings").fetchone() == before
        return
    result = apply_plan(db, plan, now=NOW)
    after = db.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert after == before[0] + len(result.added)
    assert len(result.added) == plan.count("new")


@settings(max_examples=150, deadline=None)
@given(body=st.text(max_size=300))
def test_any_text_after_the_header_is_read_or_refused_clearly(body):
    data = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + body).encode("utf-8", "surrogatepass")
    try:
        invitation = read_invitation(data, now=NOW, user_zone="UTC")
    except InvitationError as exc:
        assert str(exc)
    else:
        assert all(event.starts_at.tzinfo is not None for event in invitation.events)
