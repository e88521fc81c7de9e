#!/usr/bin/env bash
# Screenshot of a committee report in headless Chromium, to check it renders with no network access.
# Usage: scripts/committee-report-screenshot.sh REPORT.html OUT.png
# Needs Debian's chromium (apt-get install -y chromium). A fresh profile folder keeps the run independent of any
# user profile; the flags keep Chromium from reaching the network on its own.
set -euo pipefail
report="$(realpath "$1")"
png="$(realpath -m "$2")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	--disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$png" --window-size=1400,2400 \
	"file://$report" >/dev/null 2>&1
test -s "$png"
echo "$png"
