#!/usr/bin/env bash
# Build the Windows installer from this checkout into dist/ (classroom-VERSION-setup-x64.exe), on
# Debian 12: the signed embeddable CPython, Windows wheels of the pinned libraries, pynsist, makensis.
# Details in scripts/windows/build.py.    bash scripts/windows-installer.sh [--version X.Y.Z] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/windows/debian.sh
started=$(date +%s)
install_debian nsis osslsigncode binutils-mingw-w64-x86-64 python3-venv ca-certificates
venv=build/windows/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r scripts/windows/build-requirements.txt
"$venv/bin/python" scripts/windows/build.py "$@"
echo "[windows-installer] total with tools: $(( $(date +%s) - started )) s"
