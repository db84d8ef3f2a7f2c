"""Agendas and recaps of a meeting: built from the store as plain values, then rendered.

``build`` reads the store once and returns an :class:`~mentee_desktop.agenda.model.Agenda` or
:class:`~mentee_desktop.agenda.model.Recap`; each renderer (Markdown, plain text, PDF,
iCalendar) is a pure function of that value. Nothing here imports Qt except ``pdf``.
"""
