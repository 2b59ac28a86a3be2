#!/usr/bin/env bash
# What a node needs for a catalogue: the built application (target/app, with the JVM options of a small node from
# kb.jvm.options) on a data folder, then every page type asked for, rendered (?lang=en, which the page cache never
# serves) and as readers get it, with wrk on loopback (2 connections, 10 s each). It prints the data folder's size,
# the time to the first answer and to readiness, and after start and after the pages: the Java process's resident
# memory, its heap in use after a full collection, and the embedded PostgreSQL's memory (its processes' proportional
# set size). Errors (non-2xx answers included) are counted per address.
# Usage: ./mvnw package -DskipTests && src/bench/footprint.sh DIR
#   DIR: an empty folder for the seed catalogue, or one built by src/bench/generate.sh 100000 DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(realpath -m "${1:?the data folder}")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
port=18096
base="http://127.0.0.1:$port"
export JDK_JAVA_OPTIONS=${JDK_JAVA_OPTIONS:-$(sed -n 's/.*<kb.jvm.options>\(.*\)<\/kb.jvm.options>.*/\1/p' pom.xml)}
log=$(mktemp)
start=$(date +%s%N)
java -XX:SharedArchiveFile=target/app/rt2-knowledge-base.jsa -jar target/app/rt2-knowledge-base.jar \
  --server.port=$port --kb.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
since_start() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
until curl -sf -o /dev/null "$base/"; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped:" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 0.1
done
first=$(since_start)
until curl -sf -o /dev/null "$base/actuator/health/readiness"; do sleep 0.2; done
ready=$(since_start)

memory() { # java's resident memory, its heap in use after a full collection, PostgreSQL's proportional set size
  local server heap
  jcmd $pid GC.run >/dev/null
  heap=$(jcmd $pid GC.heap_info |
    awk '/total/ && /used/ {for (i = 1; i < NF; i++) if ($i == "used") kib += $(i + 1)} END {print kib}')
  server=$(pgrep -f -- "-D $data/postgres" | head -1)
  printf 'java %d MiB resident, heap in use %d MiB; postgres %d MiB' \
    $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) $(( heap / 1024 )) \
    "$(cat /proc/$server/smaps_rollup $(pgrep -P "$server" | sed 's|.*|/proc/&/smaps_rollup|') 2>/dev/null |
       awk '/^Pss:/ {kib += $2} END {printf "%.0f", kib / 1024}')"
}

echo "machine: $(nproc) cores; JVM options: $JDK_JAVA_OPTIONS"
echo "data folder: $(du -sh "$data" | cut -f1) (database $(du -sh "$data/postgres" | cut -f1), index $(du -sh "$data/index" | cut -f1))"
echo "first answer after $first ms, ready (index whole) after $ready ms"
echo "after start: $(memory)"
slug=$(curl -s "$base/api/practices?size=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
for path in "/" "/themes" "/practices" "/practices?sort=title&page=50" "/practices/$slug" "/instruments" \
            "/instruments/c189" "/countries" "/coverage" "/search?q=travail%20forc%C3%A9" "/api/practices?size=100" \
            "/api/search?q=domestic%20workers"; do
  sep=$([[ "$path" == *\?* ]] && echo '&' || echo '?')
  for address in "$path${sep}lang=en" "$path"; do
    printf '  %-46s %s\n' "$address" "$(wrk -t1 -c2 -d10s -s src/bench/percentiles.lua "$base$address" | tail -1)"
  done
done
echo "after the pages: $(memory)"
