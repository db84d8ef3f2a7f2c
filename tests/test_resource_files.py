"""Packaged files are found where each kind of install puts them, without importlib.resources
in the usual cases (it costs milliseconds at every start)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from mentee_desktop import resource_files

FIND = (
    "import sys\n"
    "from mentee_desktop.resource_files import resource_path\n"
    "print(resource_path('icons/app.svg'))\n"
    "print('importlib.resources' in sys.modules)\n"
)


def _layout(root: Path, resources: Path) -> None:
    package = root / "mentee_desktop"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    shutil.copy(resource_files.__file__, package / "resource_files.py")
    (resources / "icons").mkdir(parents=True)
    (resources / "__init__.py").write_text("")
    (resources / "icons" / "app.svg").write_text("<svg/>")


def _find(root: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(root)!r})\n" + FIND],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return out.stdout.split("\n")


def test_an_installed_package_finds_its_resources_beside_it(tmp_path):
    _layout(tmp_path, tmp_path / "mentee_desktop" / "resources")
    found, imported, _ = _find(tmp_path)
    assert Path(found) == tmp_path / "mentee_desktop" / "resources" / "icons" / "app.svg"
    assert imported == "False"


def test_a_source_checkout_finds_resources_beside_the_package(tmp_path):
    _layout(tmp_path, tmp_path / "resources")
    found, imported, _ = _find(tmp_path)
    assert Path(found) == tmp_path / "resources" / "icons" / "app.svg"
    assert imported == "False"


def test_a_folder_named_resources_that_is_not_ours_is_not_taken(tmp_path):
    _layout(tmp_path, tmp_path / "resources")
    (tmp_path / "resources" / "__init__.py").unlink()  # someone else's folder
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n" + FIND],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert str(tmp_path / "resources" / "icons") not in result.stdout
