#!/bin/sh
# Install what the tests need and run the whole test suite.
set -eu
. "$(dirname "$0")/setup.sh" test
exec .venv/bin/python -m pytest -q "$@"
