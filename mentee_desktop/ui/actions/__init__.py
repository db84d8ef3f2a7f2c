"""The Action items tab: the table of promises, its filters, its dialog, follow-through."""
