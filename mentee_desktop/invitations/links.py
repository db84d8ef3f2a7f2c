"""The video link of an invitation: its URL, or the join link in LOCATION or DESCRIPTION.

Teams puts "Microsoft Teams Meeting" in LOCATION and the join link in the description (often
in angle brackets); Zoom puts the link in LOCATION; Google Meet sends it in DESCRIPTION (and
as X-GOOGLE-CONFERENCE). Known video services win over any other link in the text.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_VIDEO_HOSTS = (
    "teams.microsoft.com",
    "teams.live.com",
    "zoom.us",
    "zoomgov.com",
    "meet.google.com",
    "webex.com",
    "whereby.com",
    "meet.jit.si",
    "gotomeeting.com",
    "chime.aws",
)
#: what calendars write in LOCATION when the meeting is only a call
GENERIC_PLACES = (
    "microsoft teams meeting",
    "microsoft teams-besprechung",
    "teams meeting",
    "zoom",
    "zoom meeting",
    "google meet",
    "online",
)


def links_in(text: str) -> list[str]:
    return [match.rstrip(".,;:!?") for match in _LINK.findall(text or "")]


def is_video_link(link: str) -> bool:
    host = re.sub(r"^https?://", "", link, flags=re.IGNORECASE).split("/")[0].lower()
    host = host.split("@")[-1].split(":")[0]
    return any(host == known or host.endswith("." + known) for known in _VIDEO_HOSTS)


def video_link(url: str, location: str, description: str, conference: str = "") -> str:
    """The best link to join: a known video service first, then the event's URL, else ""."""
    candidates = links_in(conference) + links_in(url) + links_in(location)
    candidates += links_in(description)
    for link in candidates:
        if is_video_link(link):
            return link
    found = links_in(url)
    return found[0] if found else ""


def place_for(location: str, link: str) -> str:
    """What goes in the meeting's place: the room, the link, or both."""
    room = " ".join((location or "").split())
    if not link:
        return room
    if not room or room.lower() in GENERIC_PLACES or room == link:
        return link
    if link in room:
        return room
    return f"{room} · {link}"
