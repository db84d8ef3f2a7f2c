"""The one place that finds packaged files (icons, ...), the same way in a wheel or a bundle."""

from __future__ import annotations

from pathlib import Path


def resource_path(relative: str) -> Path:
    """A real file path for a packaged resource such as ``icons/mentee-desktop.svg``.

    Installed (wheel or bundle), the resources package sits beside this module; in a source
    checkout (the editable install the README sets up) it is ``resources/`` beside the
    package. Both are used directly; anything else is left to importlib.resources, which
    costs 6–10 ms at start (it imports zipfile and its helpers).
    """
    beside = Path(__file__).with_name("resources") / relative
    if beside.exists():
        return beside
    # a source checkout installed editable: resources/ is the package's folder beside ours
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "__init__.py").exists() and (checkout / relative).exists():
        return checkout / relative
    from importlib.resources import as_file, files

    with as_file(files("mentee_desktop.resources").joinpath(relative)) as path:
        return Path(path)


def app_icon_path() -> Path:
    return resource_path("icons/mentee-desktop.svg")


#: fonts the bundle carries (for systems without them); a wheel has none: the system's are used
FONT_SUFFIXES = (".ttf", ".otf")


def bundled_fonts() -> list[Path]:
    """The font files shipped in ``resources/fonts`` (the bundle puts Symbola there, for emoji
    and symbols), sorted; empty when there are none."""
    folder = Path(__file__).with_name("resources") / "fonts"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
