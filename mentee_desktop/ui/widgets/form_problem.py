"""What a dialog says when OK cannot be taken yet, and the time-zone field two dialogs share.

A dialog's problem line sits under its fields, says what is missing, puts the cursor where
it can be fixed, and hides as soon as the user edits (a red line that stays after the fix
reads as a new error).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mentee_desktop.ui.widgets.text_fields import hide_when_edited


class FormProblem(QLabel):
    """The red line under a dialog's fields; hidden until something is wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def hide_when_edited(self, form: QWidget) -> None:
        """Call once every field of ``form`` exists."""
        hide_when_edited(self, form)

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Show what is wrong and put the cursor in ``field``, where it can be fixed."""
        self.setText(text)
        self.show()
        if field is not None:
            field.setFocus()


class ZoneField(QComboBox):
    """Every IANA time zone, typed or picked; ``own_zone_label`` adds a first entry meaning
    "wherever I am" (stored as an empty name)."""

    def __init__(self, own_zone_label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self._own_zone = own_zone_label is not None
        if own_zone_label is not None:
            self.addItem(own_zone_label, "")
        for name in sorted(available_timezones()):
            self.addItem(name, name)

    def zone(self) -> str | None:
        """The zone picked ('' for the user's own), or None when the text is no zone."""
        text = self.currentText().strip()
        if self._own_zone and (not text or text == self.itemText(0)):
            return ""
        try:
            ZoneInfo(text)
        except (ValueError, ZoneInfoNotFoundError):
            return None
        return text

    def problem(self) -> str | None:
        """What to tell the user when the text is no time zone."""
        if self.zone() is not None:
            return None
        return self.tr("Unknown timezone. Pick one from the list, e.g. Europe/Berlin.")
