"""Calendar invitations in: read an ``.ics`` file, plan what it changes, apply the plan.

``read`` turns the bytes into plain :class:`~mentee_desktop.invitations.read.CalendarEvent`
values (series expanded up to a horizon, times resolved to real zones); ``plan`` compares
them with the store and says, per event, new / update / cancel / unchanged; ``apply`` makes
the ticked changes in one transaction and can undo them. Nothing here imports Qt.
"""

#: file names taken as calendar invitations (drops, "Open with", the command line)
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar", ".vcs")
