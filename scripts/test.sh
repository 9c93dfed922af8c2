#!/bin/sh
# Install what the tests need and run the whole test suite.
set -eu
setup_for=test
. "$(dirname "$0")/setup.sh"
exec .venv/bin/python -m pytest -q "$@"
