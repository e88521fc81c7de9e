#!/usr/bin/env bash
# Benchmark of the nightly run end to end: generates a synthetic council of N children (default 20000), then runs
# the job on it on H2 (a fresh file database) and, when a server answers, on MariaDB at 127.0.0.1:3306.
# Prints wall time, ingest rows per second and peak memory (RSS) of each run. Usage: bench/nightly-run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-20000}"
jar=target/ssda903-batch.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar "$jar" generate --children "$children" --out "$work/council" >/dev/null
rows=$(cat "$work"/council/2024-25/*.csv | wc -l)
files=$(ls "$work"/council/2024-25/*.csv | wc -l)
rows=$((rows - files))
echo "synthetic council: $children children, $rows rows in $files files (2024-25)"

run() { # $1 label, then environment assignments
  local label=$1; shift
  local log="$work/$label.log"
  local start end
  start=$(date +%s.%N)
  env "$@" /usr/bin/time -f '%M' -o "$work/$label.rss" java -jar "$jar" run --extract "$work/council/2024-25" \
    --previous "$work/council/2023-24" --postcodes "$work/council/postcodes.csv" --year 2025 --la E06000034 \
    --out "$work/out-$label" >"$log" 2>&1
  end=$(date +%s.%N)
  local job ingest_read ingest_s
  job=$(grep -o 'COMPLETED in [0-9.]* s' "$log" | grep -o '[0-9.]*' || echo "?")
  read -r ingest_read ingest_s < <(env "$@" java -jar "$jar" history 1 2>/dev/null \
    | awk '$1=="ingest"{print $3, $(NF-1)}')
  printf '%-8s wall %6.1f s (job %s s; the rest is JVM and Spring start-up), peak RSS %d MB\n' "$label" \
    "$(echo "$end - $start" | bc)" "$job" "$(( $(cat "$work/$label.rss") / 1024 ))"
  printf '         ingest %s rows in %s s = %.0f rows/s\n' "$ingest_read" "$ingest_s" \
    "$(echo "$ingest_read / $ingest_s" | bc -l)"
  env "$@" java -jar "$jar" history 1 2>/dev/null | awk '$1=="validate"||$1=="build-return"||$1=="kpi"||$1=="publish"||$1=="discover"{printf "         %-13s %s s\n", $1, $(NF-1)}'
}

run h2 SSDA903_DATA_DIR="$work/h2"

if mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  db="ssda903_bench_$$"
  mysql --protocol=tcp -h127.0.0.1 -uroot -e "create database $db"
  run mariadb SPRING_PROFILES_ACTIVE=mysql DB_URL="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true"
  mysql --protocol=tcp -h127.0.0.1 -uroot -e "drop database $db"
else
  echo "mariadb  skipped: no server at 127.0.0.1:3306"
fi
