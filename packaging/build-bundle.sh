#!/usr/bin/env bash
# Build a one-folder bundle of Mentee Desktop with PyInstaller: dist/mentee-desktop/mentee-desktop
#   bash packaging/build-bundle.sh [--dist DIR] [--work DIR]
# Uses $PYTHON if set, else .venv (created by packaging/setup.sh when missing). The bundle is
# built from the project's wheel, so it holds exactly what a pip install holds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$root/dist"
work="$root/build/bundle"
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) dist="$(realpath -m "$2")"; shift 2 ;;
        --work) work="$(realpath -m "$2")"; shift 2 ;;
        *) echo "usage: $0 [--dist DIR] [--work DIR]" >&2; exit 2 ;;
    esac
done

python="${PYTHON:-}"
if [ -z "$python" ]; then
    if [ ! -x "$root/.venv/bin/python" ]; then bash "$root/packaging/setup.sh"; fi
    python="$root/.venv/bin/python"
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    # The requirement is written once, in pyproject.toml's "bundle" extra.
    requirement="$("$python" -c 'import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(*tomllib.load(f)["project"]["optional-dependencies"]["bundle"])' "$root/pyproject.toml")"
    # shellcheck disable=SC2086
    "$python" -m pip install -q $requirement
fi

started=$(date +%s)
rm -rf "$work/source" "$work/wheel" "$work/site" "$dist/mentee-desktop"
mkdir -p "$work/source"
# Build the wheel from a copy: setuptools never empties build/lib, so a wheel built in the
# checkout can carry modules that were deleted since.
tar -C "$root" -cf - --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist \
    --exclude='*.egg-info' --exclude=__pycache__ --exclude='.*_cache' --exclude=.hypothesis . |
    tar -C "$work/source" -xf -
"$python" -m pip wheel "$work/source" --no-deps -q -w "$work/wheel"
"$python" -m zipfile -e "$work"/wheel/mentee_desktop-*.whl "$work/site"

# Run from the work folder so the source tree (where resources/ is not yet a subpackage) is
# never on the import path.
cd "$work"
MENTEE_BUNDLE_SITE="$work/site" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work/pyinstaller" \
    "$root/packaging/pyinstaller/mentee-desktop.spec"

program="$dist/mentee-desktop/mentee-desktop"
"$program" --version
echo "Built $program in $(($(date +%s) - started)) s ($(du -sh "$dist/mentee-desktop" | cut -f1))"
