#!/usr/bin/env bash
# Screenshots of the auditor page over the bundled synthetic data: one completed run of the sample council and one
# run that fails on fixtures/broken/unknown-file. Everything goes to a fresh database and output folder, so the
# project's own ./data and ./out are left alone.
#
# usage: scripts/auditor-page-screenshot.sh [OUTPUT_DIR] [PORT]   (defaults: target/auditor-page, 18903)
# needs: Java 17, Maven (when the jar is not built yet), Debian's chromium, curl
set -euo pipefail
cd "$(dirname "$0")/.."

out_dir=$(realpath -m "${1:-target/auditor-page}")
port=${2:-18903}
chromium=${CHROMIUM:-/usr/bin/chromium}
jar=target/ssda903-batch.jar

[ -x "$chromium" ] || { echo "Chromium not found at $chromium (apt-get install chromium)" >&2; exit 1; }
[ -f "$jar" ] || mvn -q -B package -DskipTests

work=$(mktemp -d)
serve_pid=
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export SSDA903_DATA_DIR="$work/data"

# the second run fails by design (exit code 3); its failure is what the page should show
java -jar "$jar" run --extract fixtures/sample/2024-25 --previous fixtures/sample/2023-24 \
  --postcodes fixtures/reference/postcodes.csv --year 2025 --la E06000034 --out "$work/out"
java -jar "$jar" run --extract fixtures/broken/unknown-file --year 2025 --la E06000034 --out "$work/out" || true

java -jar "$jar" serve --port "$port" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done

mkdir -p "$out_dir"
shoot() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/chromium-$1" --screenshot="$out_dir/$1.png" \
    --window-size="$2" "http://127.0.0.1:$port$3" 2>/dev/null
}
shoot history 1400,1000 /
shoot run 1400,2600 /runs/1
echo "screenshots: $out_dir/history.png $out_dir/run.png"
