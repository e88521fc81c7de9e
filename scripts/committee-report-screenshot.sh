#!/usr/bin/env bash
# Screenshot of a committee report in headless Chromium, to check it renders with no network access; with a third
# argument, also Chromium's own A4 print of it (the print CSS) as a PDF, and with pdftoppm (poppler-utils) one PNG
# per printed page beside that PDF (PRINT-1.png, PRINT-2.png, ...), to look at the page breaks.
# Usage: scripts/committee-report-screenshot.sh REPORT.html OUT.png [PRINT.pdf]
# Needs Debian's chromium (apt-get install -y chromium poppler-utils). A fresh profile folder keeps the run
# independent of any user profile; the flags keep Chromium from reaching the network on its own.
set -euo pipefail
report="$(realpath "$1")"
png="$(realpath -m "$2")"
print="${3:+$(realpath -m "$3")}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
	--disable-sync --no-first-run --user-data-dir="$profile")
chromium "${flags[@]}" --screenshot="$png" --window-size=900,4000 "file://$report" >/dev/null 2>&1
test -s "$png"
echo "$png"
if [ -n "$print" ]; then
	chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$print" "file://$report" >/dev/null 2>&1
	test -s "$print"
	echo "$print"
	if command -v pdftoppm >/dev/null; then
		pdftoppm -r 60 -png "$print" "${print%.pdf}"
		ls "${print%.pdf}"-*.png
	fi
fi
