"""The PDF: every item in order (Arabic, Hebrew and Chinese too), page numbers, paper size."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.agenda import pdf
from mentee_desktop.agenda.model import (
    Agenda,
    Entry,
    FeedbackExchange,
    HeardNote,
    MeetingInfo,
    Promise,
    Recap,
)

ARABIC = "ما هي أفضل طريقة لطلب الملاحظات من فريقي؟"
HEBREW = "מה דעתך על התוכנית שלי לשנה הבאה?"
CHINESE = "如何在团队中建立信任？我们下一步应该怎么做。"
LONG = " ".join(f"word{n}" for n in range(400))


def meeting(**changes) -> MeetingInfo:
    values = dict(
        meeting_id=1,
        mentor_name="Amara Okafor",
        mentor_role="Director of Engineering",
        starts_at=datetime(2026, 11, 28, 14, 0, tzinfo=UTC).astimezone(ZoneInfo("Europe/Berlin")),
        timezone="Europe/Berlin",
        duration_minutes=45,
        place="Café Lumen",
        status="planned",
    )
    return MeetingInfo(**(values | changes))


def pdf_text(path: Path) -> str:
    """pdftotext's reading, normalised (ligatures, presentation forms, direction marks)."""
    raw = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", raw)
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", text)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


@pytest.fixture(scope="module")
def agenda_pdf(tmp_path_factory, qapp) -> Path:
    agenda = Agenda(
        meeting=meeting(),
        updates=[
            Promise("Send the draft", "me", done=True),
            Promise("Read chapter 3", "mentor", done=False),
        ],
        questions=[Entry(f"Question {n}: how do you plan a week?") for n in range(1, 16)]
        + [Entry(ARABIC), Entry(CHINESE)],
        topics=[Entry(HEBREW), Entry(LONG)],
        feedback_wanted=[Entry("My demo <b>not bold</b>", details="I rushed the ending.")],
    )
    path = tmp_path_factory.mktemp("pdf") / "agenda.pdf"
    path.write_bytes(pdf.render_agenda(agenda, page_size="A4"))
    return path


def test_every_item_in_order(agenda_pdf: Path):
    text = flat(pdf_text(agenda_pdf))
    expected = [
        "Mentoring with Amara Okafor",
        "Send the draft",
        "Read chapter 3",
        *(f"Question {n}: how do you plan a week?" for n in range(1, 16)),
        "Topics to discuss",
        "word0 word1",
        "word398 word399",
        "My demo <b>not bold</b>",
        "My own view: I rushed the ending.",
    ]
    positions = [text.find(piece) for piece in expected]
    assert -1 not in positions, [p for p, at in zip(expected, positions, strict=True) if at < 0]
    assert positions == sorted(positions)


def test_right_to_left_and_chinese_text(agenda_pdf: Path):
    text = pdf_text(agenda_pdf)
    compact = text.replace(" ", "")
    assert unicodedata.normalize("NFKC", CHINESE) in compact
    for rtl in (ARABIC, HEBREW):
        # the whole sentence, in reading order (the question mark may sit at either end)
        assert unicodedata.normalize("NFKC", rtl).rstrip("؟?") in text, rtl
    fonts = subprocess.run(
        ["pdffonts", str(agenda_pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "CJK" in fonts  # the Chinese glyphs come from a font that has them


def test_long_text_wraps_and_pages_are_numbered(agenda_pdf: Path):
    info = pdf_info(agenda_pdf)
    pages = int(info["Pages"])
    assert pages >= 2
    assert "A4" in info["Page size"]
    text = pdf_text(agenda_pdf)
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    every_word = flat(text)
    assert all(f"word{n}" in every_word for n in range(400))


def test_checkboxes_are_drawn(agenda_pdf: Path):
    text = pdf_text(agenda_pdf)
    assert "☑" in text and "☐" in text


def test_letter_paper(qapp, tmp_path: Path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.render_agenda(Agenda(meeting=meeting()), page_size="Letter"))
    info = pdf_info(path)
    assert "letter" in info["Page size"].lower()
    assert info["Pages"].strip() == "1"
    assert "Page 1 of 1" in pdf_text(path)


def test_paper_follows_the_locale(qapp):
    from PySide6.QtCore import QLocale

    assert (
        pdf.page_size_for_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "Letter"
    )
    assert (
        pdf.page_size_for_locale(QLocale(QLocale.Language.French, QLocale.Country.Canada))
        == "Letter"
    )
    assert (
        pdf.page_size_for_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    )
    assert (
        pdf.page_size_for_locale(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "A4"
    )


def test_recap_pdf(qapp, tmp_path: Path):
    recap = Recap(
        meeting=meeting(status="held"),
        heard=[HeardNote("Ship small", in_my_words="Smaller steps, sooner " + ARABIC)],
        agreed=[Promise("Draft two options", "me", done=False)],
        feedback=[FeedbackExchange("Was I clear?", "i_ask", answer="Yes", what_i_do="Keep it")],
    )
    path = tmp_path / "recap.pdf"
    path.write_bytes(pdf.render_recap(recap, page_size="A4"))
    text = flat(pdf_text(path))
    expected = [
        "MEETING RECAP",
        "What I heard",
        "In my own words: Smaller steps, sooner",
        "What we agreed",
        "Draft two options",
        "Amara Okafor's answer: Yes",
        "Page 1 of 1",
    ]
    positions = [text.find(piece) for piece in expected]
    assert -1 not in positions and positions == sorted(positions), positions


EMOJI = "Thanks 🙏 — next time ☕ and 🚀"


def test_emoji_are_drawn_from_a_font_that_has_them(qapp, tmp_path: Path):
    """Emoji come out as glyphs (Symbola, Debian's fonts-symbola), not as empty boxes."""
    agenda = Agenda(meeting=meeting(), questions=[Entry(EMOJI)])
    path = tmp_path / "emoji.pdf"
    path.write_bytes(pdf.render_agenda(agenda, page_size="A4"))
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Symbola" in fonts
    # pdftotext reads back the emoji of the basic plane; those beyond it (🙏, 🚀) are drawn
    # from the same font (seen with pdftoppm) but poppler does not map them back to text
    assert "☕" in pdf_text(path)
