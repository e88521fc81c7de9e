#!/usr/bin/env bash
# Benchmark of the nightly run end to end, with the bare bulk-load floor beside it. For each size it generates a
# synthetic council, runs the whole `run` command under /usr/bin/time -v on H2 (a fresh file database) and, when a
# server answers, on MariaDB at 127.0.0.1:3306 (a database of its own, dropped and created per size), then loads the
# same extract files into plain tables with the database's own bulk loader (CSVREAD on H2, LOAD DATA LOCAL INFILE
# on MariaDB). Prints per size and database: wall, peak RSS, each step's time (from `history 1 --format json`), rows
# per second, and the floor. Each database also runs the next night, on the database the first night left: the same
# extract with one child more, a new run of a year the database now holds, as every night after the first is (lines
# h2+1 and mariadb+1). Timings belong to the machine: it asserts nothing. MariaDB keeps Spring Batch's step
# times to the second, so its step times are whole seconds.
#
# Usage: bench/nightly-run.sh            sizes 2000, 20000 and 100000 children
#        SIZES="2000 20000" bench/nightly-run.sh
#        XMX=1g bench/nightly-run.sh     passes -Xmx1g to the job's JVM at every size; by default each size gets the
#                                        heap the product promises it: 256m for 2,000, 512m for 20,000, 1g for 100,000
#        KEEP=1 bench/nightly-run.sh     keeps the work folder (the job logs, with their progress lines)
#        SAME_HEAP=512m bench/nightly-run.sh
#                                        the heap every size runs in once more on H2 (default 384m, where national
#                                        size completes): the same heap for 2,000 and 100,000 children shows that
#                                        memory is bounded by a slice of children, not by the council; "" skips it
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-2000 20000 100000}"
same_heap="${SAME_HEAP-384m}"
[ -f target/ssda903-batch.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
if [ -n "${KEEP:-}" ]; then
  echo "work folder, kept: $work"
else
  trap 'rm -rf "$work"' EXIT
fi
# a copy, so that a build during the benchmark does not change the jar under it
jar="$work/ssda903-batch.jar"
cp target/ssda903-batch.jar "$jar"
# the heap a size runs in: XMX when given, else the product's promise for the size, else the JVM's default
heap_for() {
  if [ -n "${XMX:-}" ]; then echo "$XMX"; return; fi
  case $1 in
    2000) echo 256m ;;
    20000) echo 512m ;;
    100000) echo 1g ;;
    *) echo "" ;;
  esac
}
java_opts=()
h2jar="$work/h2.jar"
unzip -p "$jar" "$(unzip -Z1 "$jar" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')" >"$h2jar"
my=(mysql --protocol=tcp -h127.0.0.1 -uroot)
mariadb=no
if mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  mariadb=yes
fi

echo "machine: $(uname -m), $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average" \
  "$(cut -d' ' -f1-3 /proc/loadavg) at start; $(java -version 2>&1 | head -1)"

# $1 label, $2 council folder, $3 the extract, $4 the run's number in its database, $5 size folder, then environment
# assignments for the job
run_job() {
  local label=$1 council=$2 extract=$3 run_number=$4 dir=$5; shift 5
  local log="$dir/$label.log" timing="$dir/$label.time"
  if ! env "$@" /usr/bin/time -v -o "$timing" java "${java_opts[@]}" -jar "$jar" run --extract "$extract" \
    --previous "$council/2023-24" --postcodes "$council/postcodes.csv" --year 2025 --la E06000034 \
    --out "$dir/out-$label" >"$log" 2>&1; then
    echo "  $label: the run failed (exit $?), last lines of its log:"
    tail -5 "$log" | sed 's/^/    /'
    return
  fi
  env "$@" java -jar "$jar" history "$run_number" --format json >"$dir/$label.json" 2>/dev/null
  python3 - "$label" "$timing" "$dir/$label.json" <<'EOF'
import json, sys, datetime
label, timing, history = sys.argv[1:4]
wall = rss = None
for line in open(timing):
    line = line.strip()
    if line.startswith('Elapsed (wall clock) time'):
        parts = [float(p) for p in line.rsplit(' ', 1)[1].split(':')]
        wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    elif line.startswith('Maximum resident set size'):
        rss = int(line.rsplit(' ', 1)[1]) / 1024
doc = json.load(open(history))
when = datetime.datetime.fromisoformat
top = ['discover', 'reference', 'ingest', 'gate', 'validate', 'build-return', 'kpi', 'publish']
steps = {s['step']: (when(s['ended']) - when(s['started'])).total_seconds()
         for s in doc['steps'] if s['step'] in top and s['started'] and s['ended']}
job = sum(steps.values())
rows = sum(i['rows_read'] or 0 for i in doc['inputs'])
print(f"  {label:<9} wall {wall:6.1f} s, job {job:6.1f} s, peak RSS {rss:6.0f} MB; {rows:,} rows: "
      f"{rows / job:,.0f} rows/s over the job, {rows / steps['ingest']:,.0f} rows/s ingest")
print('            ' + ', '.join(f"{name} {steps[name]:.1f}" for name in top if name in steps) + ' (s)')
EOF
}

# the bare floor: the extract's files into plain text tables, one per file, by the database's bulk loader
floor_h2() {
  local council=$1 dir=$2 sql="" f
  for f in "$council"/2024-25/*.csv; do
    sql+="CREATE TABLE \"$(basename "$f" .csv)\" AS SELECT * FROM CSVREAD('$f');"
  done
  local start end
  start=$(date +%s.%N)
  java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$dir/floor-h2/db" -user sa -password "" -sql "$sql" \
    >/dev/null
  end=$(date +%s.%N)
  printf '  %-9s bulk-load floor (CSVREAD, JVM start included) %6.1f s\n' h2 "$(echo "$end - $start" | bc)"
}

floor_mariadb() {
  local council=$1 db=$2 sql="SET GLOBAL local_infile=1; DROP DATABASE IF EXISTS $2; CREATE DATABASE $2; USE $2;" f
  for f in "$council"/2024-25/*.csv; do
    local table columns
    table=$(basename "$f" .csv)
    columns=$(head -1 "$f" | tr -d '\r' | awk -F, '{for (i = 1; i <= NF; i++) printf "%s`%s` VARCHAR(255)", (i > 1 ? ", " : ""), $i}')
    sql+="CREATE TABLE \`$table\` ($columns); LOAD DATA LOCAL INFILE '$f' INTO TABLE \`$table\` FIELDS"
    sql+=" TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES;"
  done
  local start end
  start=$(date +%s.%N)
  "${my[@]}" --local-infile=1 -e "$sql"
  end=$(date +%s.%N)
  "${my[@]}" -e "DROP DATABASE $db"
  printf '  %-9s bulk-load floor (LOAD DATA LOCAL INFILE)      %6.1f s\n' mariadb "$(echo "$end - $start" | bc)"
}

for children in $sizes; do
  dir="$work/$children"
  mkdir -p "$dir"
  java -jar "$jar" generate --children "$children" --out "$dir/council" >/dev/null
  rows=0
  for f in "$dir"/council/2024-25/*.csv; do rows=$((rows + $(wc -l <"$f") - 1)); done
  heap=$(heap_for "$children")
  java_opts=()
  [ -n "$heap" ] && java_opts+=("-Xmx$heap")
  echo "$children children: $rows rows in $(ls "$dir"/council/2024-25/*.csv | wc -l) files (2024-25); heap ${heap:-JVM default}"
  # the next night's extract: the same with one child more, a new run of a year the database now holds
  cp -r "$dir/council/2024-25" "$dir/next-night"
  tail -1 "$dir/council/2024-25/header.csv" | sed 's/^[^,]*/NEXT-NIGHT-1/' >>"$dir/next-night/header.csv"
  run_job h2 "$dir/council" "$dir/council/2024-25" 1 "$dir" SSDA903_DATA_DIR="$dir/h2"
  run_job h2+1 "$dir/council" "$dir/next-night" 2 "$dir" SSDA903_DATA_DIR="$dir/h2"
  floor_h2 "$dir/council" "$dir"
  if [ -n "$same_heap" ]; then
    java_opts=("-Xmx$same_heap")
    run_job "h2@$same_heap" "$dir/council" "$dir/council/2024-25" 1 "$dir" SSDA903_DATA_DIR="$dir/h2-same-heap"
    java_opts=()
    [ -n "$heap" ] && java_opts+=("-Xmx$heap")
  fi
  if [ "$mariadb" = yes ]; then
    db="ssda903_bench"
    "${my[@]}" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
    run_job mariadb "$dir/council" "$dir/council/2024-25" 1 "$dir" SPRING_PROFILES_ACTIVE=mysql \
      DB_URL="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true"
    run_job mariadb+1 "$dir/council" "$dir/next-night" 2 "$dir" SPRING_PROFILES_ACTIVE=mysql \
      DB_URL="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true"
    "${my[@]}" -e "DROP DATABASE $db"
    floor_mariadb "$dir/council" "${db}_floor"
  else
    echo "  mariadb  skipped: no server at 127.0.0.1:3306"
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$dir"
done
