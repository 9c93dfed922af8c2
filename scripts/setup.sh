# Sourced by scripts/demo.sh and scripts/test.sh: installs what the program needs on a bare
# Debian/Ubuntu machine, then a virtual environment in .venv with the pinned libraries.
#   setup_for = "app" (the window) or "test" (the test suite as well), set before sourcing
#   (POSIX sh passes no arguments to a sourced file).
set -eu
setup_for="${setup_for:-app}"
cd "$(dirname "$0")/.."

want="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-xinerama0 libxcb-sync1 libxcb-shm0 libx11-xcb1"
if [ "$setup_for" = "test" ]; then
  want="$want xvfb xauth poppler-utils fonts-liberation2 libpulse0 chromium"  # chromium: the verifier page's tests
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in $want; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  python3 -m venv --help >/dev/null 2>&1 || missing="$missing python3-venv"
  if [ -n "$missing" ]; then
    echo "Cài các gói hệ thống còn thiếu / installing missing system packages:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
extras=""
[ "$setup_for" = "test" ] && extras="[test,postgres]"  # psycopg: the suite also runs on PostgreSQL
.venv/bin/python -m pip install -q -c constraints.txt -e ".$extras"
