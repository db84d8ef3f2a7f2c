"""Load the user's language: our own translation plus Qt's for its standard dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

#: translation files are resources/translations/mentee_desktop_<lang>.qm
CATALOGUE = "mentee_desktop"


def install_translators(app: QCoreApplication) -> list[str]:
    """Install the translators for the system locale; returns the files that were loaded."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from mentee_desktop.resource_files import resource_path

    locale = QLocale()
    loaded: list[str] = []
    sources = [
        (CATALOGUE, str(resource_path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
    if not any(CATALOGUE in path for path in loaded):
        # no translation for this language: the English text, with English plurals
        # ("1 update", "3 updates") from the plural-only English catalogue
        translator = QTranslator(app)
        if translator.load(f"{CATALOGUE}_en", str(resource_path("translations"))):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
    return loaded
