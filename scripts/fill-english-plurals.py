"""Fill the English plural forms in resources/translations/mentee_desktop_en.ts.

English is the source language, so its catalogue only holds the "%n …" texts (see
update-translations.sh). Each gets its singular and plural from the source: "(s)" goes or
becomes "s", and a plural noun right after %n is made singular. Run it after
update-translations.sh adds a new plural text, check the result, then run that script again.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

TS = Path(__file__).parent.parent / "resources/translations/mentee_desktop_en.ts"
NOUNS = r"(reminder|item|action item|day|meeting|insight)"


def singular(text: str) -> str:
    text = text.replace("(s)", "")
    text = re.sub(rf"%n (open )?{NOUNS}s\b", r"%n \1\2", text)
    for plural, one in ((" are overdue", " is overdue"), (" are due today", " is due today")):
        text = text.replace(plural, one)
    return text


def plural(text: str) -> str:
    return text.replace("(s)", "s")


def fill(match: re.Match) -> str:
    source = html.unescape(match["source"])
    forms = "".join(
        f"\n            <numerusform>{html.escape(form, quote=False)}</numerusform>"
        for form in (singular(source), plural(source))
    )
    return f"{match['head']}<translation>{forms}\n        </translation>"


def main() -> None:
    text = TS.read_text(encoding="utf-8")
    text = re.sub(
        r"(?P<head><message numerus=\"yes\">.*?<source>(?P<source>.*?)</source>\s*)"
        r"<translation[^>]*>.*?</translation>",
        fill,
        text,
        flags=re.DOTALL,
    )
    TS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
