#!/usr/bin/env bash
# Measures the time from launching the JVM to the first answered request (GET /api/practices) on the embedded
# PostgreSQL, side by side for two ways of running the same build:
#   jar: java -jar on the packaged jar;
#   cds: the jar extracted by Spring Boot's jarmode tools, with a class-data-sharing archive from a training run.
# "cold" starts on an empty data folder (initdb, Flyway, seed import); "warm" restarts on the same folder.
# Usage: ./mvnw package -DskipTests && src/bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
work=$(mktemp -d)
port=18080

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
  --kb.data-dir="$work/training" --server.port=$port >"$work/training.log" 2>&1

first_request_ms() { # mode data-folder
  local start end pid
  start=$(date +%s%N)
  if [ "$1" = cds ]; then
    java -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" --server.port=$port --kb.data-dir="$2" >"$2.log" 2>&1 &
  else
    java -jar "$jar" --server.port=$port --kb.data-dir="$2" >"$2.log" 2>&1 &
  fi
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/practices?size=1" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped, see $2.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  for mode in jar cds; do
    data="$work/$mode-$i/data"; mkdir -p "$(dirname "$data")"
    cold=$(first_request_ms $mode "$data")
    import=$(grep -o 'in [0-9]* ms' <(grep 'Imported' "$data.log") | tr -dc 0-9)
    warm=$(first_request_ms $mode "$data")
    printf 'run %d %-3s: cold %5d ms (seed import %s ms), warm %5d ms\n' "$i" $mode "$cold" "$import" "$warm"
  done
done
rm -rf "$work"
