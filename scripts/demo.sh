#!/bin/sh
# Install what is needed, fill a demo commune (once) and open the window on it.
# The demo data lives in demo/demo.sqlite3 inside this folder, never in the user's real database.
set -eu
setup_for=app
. "$(dirname "$0")/setup.sh"
db="demo/demo.sqlite3"
if [ ! -s "$db" ]; then
  .venv/bin/classroom --db "$db" demo
fi
exec .venv/bin/classroom --db "$db" gui
