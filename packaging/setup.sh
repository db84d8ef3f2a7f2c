#!/usr/bin/env bash
# Set up Mentee Desktop from a source checkout on Debian or Ubuntu:
# the system libraries Qt needs, then a virtual environment in .venv with the app installed.
#   bash packaging/setup.sh          # to run the app
#   bash packaging/setup.sh test     # also the test tools and their Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

packages() { grep -v '^#' "packaging/$1" | tr '\n' ' '; }

if command -v apt-get >/dev/null 2>&1; then
    wanted="$(packages debian-runtime.txt)"
    if [ "$extras" = "test" ]; then wanted="$wanted $(packages debian-test.txt)"; fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $wanted >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$extras" = "test" ]; then
    .venv/bin/python -m pip install -q -e ".[test]"
else
    .venv/bin/python -m pip install -q -e .
fi
