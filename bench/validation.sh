#!/usr/bin/env bash
# Validation benchmark: every rule of the 2024-25 set over synthetic councils of N/4, N/2 and N children (default
# N = 100000, about a million rows), best of three runs each. Usage: bench/validation.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  org.ssda903.bench.ValidationBenchmark "${1:-100000}"
