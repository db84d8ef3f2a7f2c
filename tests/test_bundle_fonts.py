"""The bundle carries the emoji font (Symbola) and the app registers it, so emoji show in the
window and the PDF on a system without fonts-symbola."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from mentee_desktop import fonts, resource_files

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "pyinstaller" / "mentee-desktop.spec"
#: from Debian's fonts-symbola (packaging/debian-test.txt)
SYMBOLA = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")


def run_spec(site: Path, monkeypatch, **env: str) -> list[tuple[str, str]]:
    """Run the PyInstaller spec with stand-ins for PyInstaller's classes; returns the data
    files it hands to the analysis, as (source, folder in the bundle)."""
    monkeypatch.setenv("MENTEE_BUNDLE_SITE", str(site))
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    seen = {}

    def analysis(scripts, *, datas, hiddenimports, **_options):
        seen["datas"] = datas
        return SimpleNamespace(
            pure=[(name, "", "PYMODULE") for name in hiddenimports],
            scripts=[],
            binaries=[],
            datas=[],
        )

    def stand_in(*_args, **_kwargs):
        return SimpleNamespace()

    namespace = {
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "Analysis": analysis,
        "PYZ": stand_in,
        "EXE": stand_in,
        "COLLECT": stand_in,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return seen["datas"]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    package = tmp_path / "site" / "mentee_desktop"
    (package / "resources" / "icons").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "resources" / "icons" / "app.svg").write_text("<svg/>")
    return tmp_path / "site"


def test_the_bundle_ships_symbola_where_the_app_looks_for_fonts(site, monkeypatch):
    monkeypatch.delenv("MENTEE_BUNDLE_EMOJI_FONT", raising=False)
    datas = run_spec(site, monkeypatch)
    assert (str(SYMBOLA), "mentee_desktop/resources/fonts") in datas
    # the app's own files are still all there
    assert (
        str(site / "mentee_desktop/resources/icons/app.svg"),
        "mentee_desktop/resources/icons",
    ) in datas
    # the folder is the one resource_files looks in, relative to the package
    looked_in = Path(resource_files.__file__).with_name("resources") / "fonts"
    assert looked_in.relative_to(Path(resource_files.__file__).parents[1]).as_posix() == (
        "mentee_desktop/resources/fonts"
    )


def test_a_bundle_without_its_emoji_font_is_refused(site, monkeypatch, tmp_path):
    with pytest.raises(SystemExit, match="fonts-symbola"):
        run_spec(site, monkeypatch, MENTEE_BUNDLE_EMOJI_FONT=str(tmp_path / "none.ttf"))


def test_fonts_in_the_package_are_registered_with_qt(qapp, tmp_path, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    folder = tmp_path / "mentee_desktop" / "resources" / "fonts"
    folder.mkdir(parents=True)
    shutil.copy(SYMBOLA, folder / SYMBOLA.name)
    (folder / "README").write_text("not a font")
    monkeypatch.setattr(resource_files, "__file__", str(tmp_path / "mentee_desktop" / "x.py"))
    assert resource_files.bundled_fonts() == [folder / SYMBOLA.name]
    assert fonts.add_bundled_fonts() == ["Symbola"]
    assert fonts.add_bundled_fonts() == ["Symbola"]  # once: Qt is not asked again
    assert "Symbola" in QFontDatabase.families()


def test_a_wheel_has_no_fonts_of_its_own_and_registers_none(qapp):
    installed = Path(resource_files.__file__).with_name("resources") / "fonts"
    assert not installed.exists()
    assert resource_files.bundled_fonts() == []
    assert fonts.add_bundled_fonts() == []


def test_an_unreadable_font_is_skipped(qapp, tmp_path, caplog):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    assert fonts.add_fonts([broken]) == []
    assert "could not load the font" in caplog.text


PDF_WITH_FONTS_OF = """
import sys
from pathlib import Path

from mentee_desktop import resource_files
from mentee_desktop.__main__ import main

package, data, pdf = sys.argv[1:]
resource_files.__file__ = str(Path(package) / "resource_files.py")  # as in the bundle
assert main(["--data-dir", data, "sample-data"]) == 0
assert main(["--data-dir", data, "agenda", "add", "3", "Celebrate the launch 🎉"]) == 0
assert main(["--data-dir", data, "export-agenda", "--meeting", "3", "--output", pdf]) == 0
"""


@pytest.mark.parametrize("shipped", [True, False])
def test_emoji_print_with_the_shipped_font_on_a_system_without_one(tmp_path, shipped):
    """A fontconfig that knows only DejaVu stands for a system without fonts-symbola."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path}/cache</cachedir>"
        "</fontconfig>\n"
    )
    package = tmp_path / "mentee_desktop"
    (package / "resources" / "fonts").mkdir(parents=True)
    if shipped:
        shutil.copy(SYMBOLA, package / "resources" / "fonts")
    pdf = tmp_path / "agenda.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MENTEE_DESKTOP_DATA_DIR", None)
    made = subprocess.run(
        [sys.executable, "-c", PDF_WITH_FONTS_OF, str(package), str(tmp_path / "data"), str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    fonts_in_pdf = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert ("Symbola" in fonts_in_pdf) is shipped
    assert "DejaVuSans" in fonts_in_pdf
