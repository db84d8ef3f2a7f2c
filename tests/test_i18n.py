"""The German translation: the window speaks German under a German locale, every message is
translated with its placeholders intact, and the shipped .qm is compiled from the .ts.

The window runs in a subprocess, because a translator installed in the test process would
change every later test's window.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "mentee_desktop_de.ts"
QM = TRANSLATIONS / "mentee_desktop_de.qm"

#: a day as the German locale writes it in the app: "25. Nov. 2026", "3. März 2026"
GERMAN_DAY = re.compile(r"\b\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.? \d{4}\b")

#: run in the child: build the real window over sample data and report what it shows
WINDOW_REPORT = r"""
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentee_desktop.app import build_window, create_application
from mentee_desktop.data.backups import make_backup
from mentee_desktop.data.sample import add_sample
from mentee_desktop.data.store import open_store
from mentee_desktop.ui.actions.model import Column
from mentee_desktop.ui.widgets.record_list import SecondaryRole
from mentee_desktop.ui.safety.recovery_dialog import describe_moment

folder = Path(sys.argv[1])
now = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
app = create_application()
db = open_store(folder / "data")
add_sample(db, now=now, zone_name="Europe/Berlin")
window = build_window(db, folder / "data", clock=lambda: now, zone_name="Europe/Berlin")
window.show()
QApplication.processEvents()

def texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]

report = {
    "menus": [a.text() for a in window.menuBar().actions()],
    "file_menu": texts(window.file_menu),
    "edit_menu": texts(window.edit_menu),
    "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
}
keys = list(window.tab_by_key)
actions = window.tab_by_key["actions"]
window.tabs.setCurrentIndex(keys.index("actions"))
QApplication.processEvents()
report["actions_buttons"] = [actions.add_button.text(), actions.delete_button.text()]
report["due"] = [
    actions.model.index(row, Column.DUE).data() for row in range(actions.model.rowCount())
]
feedback = window.tab_by_key["feedback"]
window.tabs.setCurrentIndex(keys.index("feedback"))
QApplication.processEvents()
report["feedback_rows"] = [
    feedback.model.index(row, 0).data(SecondaryRole) for row in range(feedback.model.rowCount())
]
suggestions = window.tab_by_key["prepare"].suggestions
report["suggestions"] = [
    suggestions.list.item(row).text() for row in range(suggestions.list.count())
]
backup = make_backup(db, folder / "backups", now=now, reason="manual")
report["backup"] = describe_moment(backup, ZoneInfo("Europe/Berlin"))
window.reminders.scheduler.start()  # the first look, without waiting for the first paint
QApplication.processEvents()
bar = window.reminders.bar
if bar and not bar.expanded:
    bar.expand_button.click()
report["reminders"] = [[row.title.text(), row.text.text()] for row in bar.rows] if bar else []
report["reminders_heading"] = bar.heading.text() if bar else ""
report["plurals"] = [
    QCoreApplication.translate("MeetingDialog", "%n update(s) on what you promised", "", n)
    for n in (1, 3)
] + [QCoreApplication.translate("ExportActions", "Sent %n page(s) to the printer.", "", 1)]
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
report["qt_cancel"] = box.buttons()[0].text()
print(json.dumps(report))
window.close()
db.close()
"""


def window_report(tmp_path: Path, locale: str) -> dict:
    """Start the window in a fresh process under ``locale`` and return what it shows."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update(LANG=locale, LC_ALL=locale, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, "-c", WINDOW_REPORT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return window_report(tmp_path_factory.mktemp("de"), "de_DE.UTF-8")


def test_the_window_speaks_german_under_a_german_locale(german: dict):
    assert german["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert german["tabs"] == [
        "Vorbereiten",
        "Gesprächsnotizen",
        "Feedback",
        "Aufgaben",
        "Beziehung",
    ]
    assert german["actions_buttons"] == ["&Neue Aufgabe …", "&Löschen"]
    assert "&Neues Treffen …" in german["file_menu"]
    assert "Agenda &exportieren …" in german["file_menu"]  # added by a feature installer
    assert {"&Suchen …", "&Erinnerungen …"} <= set(german["edit_menu"])
    assert german["qt_cancel"].replace("&", "") == "Abbrechen"  # Qt's own translation, too


def test_built_in_suggested_questions_are_in_german(german: dict):
    assert german["suggestions"][0].startswith("Wenn du auf meine Arbeit")
    assert all("?" in text for text in german["suggestions"])


def test_dates_and_numbers_follow_the_german_locale(german: dict):
    # the action items table and the feedback list: "18. Nov. 2026", not "18 Nov 2026"
    assert german["due"] and all(GERMAN_DAY.search(text) for text in german["due"])
    assert any(text.endswith(" · zu spät") for text in german["due"])  # the sample's overdue one
    assert german["feedback_rows"]
    assert all(GERMAN_DAY.search(text) for text in german["feedback_rows"]), german
    assert any("Mein Mentor fragt mich · Gefragt" in text for text in german["feedback_rows"])
    # a backup's moment: German weekday and month, decimal comma in the size
    assert re.fullmatch(r"Mittwoch, 25\. November 2026, 10:30 \(\d+,\d\d KiB\)", german["backup"])


def test_reminders_speak_german_with_german_dates(german: dict):
    # the sample's feedback request, asked by the mentor and still unanswered
    assert german["reminders"] == [
        [
            "Amara Okafor (sample) wartet auf dein Feedback",
            "Gefragt am Mi., 11. Nov.: „How can I make our meetings more useful for you?“",
        ],
        # the sample's two insights not tried yet, heard at its meetings
        [
            "Setz um, was Amara Okafor (sample) gesagt hat",
            "Du hast gehört: „Prepare two alternatives before the planning meeting.“ – "
            "schon ausprobiert? (1 weitere von Amara Okafor (sample) wartet)",
        ],
    ]
    assert german["reminders_heading"] == "Während du weg warst, wurden 2 Erinnerungen fällig"


def test_other_locales_keep_the_english_text(tmp_path: Path):
    english = window_report(tmp_path, "C.UTF-8")
    assert english["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert english["tabs"] == [
        "Prepare",
        "Listening notes",
        "Feedback",
        "Action items",
        "Relationship",
    ]
    assert not any(GERMAN_DAY.search(text) for text in english["due"])
    assert english["qt_cancel"].replace("&", "") == "Cancel"
    # plurals through Qt's %n forms in English too, never "update(s)"
    assert english["plurals"] == [
        "1 update on what you promised",
        "3 updates on what you promised",
        "Sent 1 page to the printer.",
    ]
    assert english["reminders"] == [
        [
            "Amara Okafor (sample) is waiting for your feedback",
            "Asked on Wed 11 Nov: “How can I make our meetings more useful for you?”",
        ],
        [
            "Put to work what Amara Okafor (sample) said",
            "You heard: “Prepare two alternatives before the planning meeting.” — "
            "tried it yet? (1 more from Amara Okafor (sample) waiting)",
        ],
    ]


# ----- the translation source and the compiled file


def ts_messages(path: Path = TS) -> list[tuple[str, ET.Element]]:
    """(context, message) for every message that is still in the code (not vanished)."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message)
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def translations_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def accelerators(text: str) -> list[str]:
    """The letters marked with & ("&&" is a literal ampersand)."""
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


def shape(text: str) -> dict:
    """What a translation must keep from its source: placeholders, markup, layout."""
    return {
        "placeholders": sorted(re.findall(r"\{\d+\}", text)),
        "%n": text.count("%n"),
        "tags": sorted(re.findall(r"</?\w+", text)),
        "newlines": text.count("\n"),
        "accelerators": len(accelerators(text)),
        "leading space": text.startswith(" "),
        "trailing space": text.endswith(" "),
    }


def test_every_message_has_a_finished_german_translation():
    messages = ts_messages()
    assert len(messages) > 600
    problems = []
    for context, message in messages:
        source = message.findtext("source")
        element = message.find("translation")
        forms = translations_of(message)
        if element.get("type") == "unfinished" or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} is not translated")
        if message.get("numerus") == "yes" and len(forms) != 2:  # German: one, other
            problems.append(f"{context}: {source!r} needs 2 plural forms, has {len(forms)}")
    assert problems == []


def test_translations_keep_placeholders_markup_and_accelerators():
    problems = []
    for context, message in ts_messages():
        source = message.findtext("source")
        for translation in translations_of(message):
            if shape(translation) != shape(source):
                problems.append(f"{context}: {source!r} -> {translation!r}")
    assert problems == []


def test_the_shape_check_notices_a_broken_translation():
    assert shape("Deleted “{0}”.") != shape("„“ gelöscht.")
    assert shape("&Quit") != shape("Beenden")
    assert shape("%n reminders") != shape("Erinnerungen")
    assert shape(" min") != shape("Min.")
    assert shape("<b>{0}</b>") == shape("<b>{0}</b>")


def tool(name: str) -> Path:
    """lupdate / lrelease as PySide6 ships them (the same ones pyside6-<name> runs)."""
    import PySide6

    path = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    assert path.exists(), f"PySide6 has no {name}"
    return path


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path):
    fresh = tmp_path / "fresh.qm"
    done = subprocess.run(
        [tool("lrelease"), "-silent", TS, "-qm", fresh], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update-translations.sh"


def message_keys(path: Path) -> set[tuple]:
    return {
        (context, m.findtext("source"), m.findtext("comment") or "", m.get("numerus") == "yes")
        for context, m in ts_messages(path)
    }


def test_the_ts_holds_every_text_the_code_translates(tmp_path: Path):
    """lupdate over the code finds no message the .ts lacks (nor one it no longer needs)."""
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    sources = sorted(
        str(p.relative_to(REPO))
        for p in (REPO / "mentee_desktop").rglob("*.py")
        if "__pycache__" not in p.parts
    )
    done = subprocess.run(
        [tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", copy],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert message_keys(copy) == message_keys(TS), "run scripts/update-translations.sh"
