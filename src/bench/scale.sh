#!/usr/bin/env bash
# Latency of every page type and API listing on a grown catalogue, from the jar, with wrk on loopback, one connection.
# Each address is measured twice: rendered (with ?lang=en, which the page cache never serves, so every request is
# rendered) and as anonymous readers get it (from the cache of rendered pages after the first request). Then the
# server time of a 304 for an unchanged page.
# First build the data folder and the jar:
#   src/bench/generate.sh 100000 target/bench-100000 && ./mvnw package -DskipTests
# then: src/bench/scale.sh target/bench-100000                           (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:?the data folder}
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
port=18094
log=$(mktemp)
java -jar "$jar" --server.port=$port --kb.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 1; done

measure() { # label path
  wrk -t1 -c1 -d3s "http://127.0.0.1:$port$2" >/dev/null
  printf '%-9s %-66s ' "$1" "$2"
  wrk -t1 -c1 -d8s -s src/bench/percentiles.lua "http://127.0.0.1:$port$2" | tail -1
}

echo "machine: $(nproc) cores; data: $data ($(du -sh "$data" | cut -f1))"
for path in "/" "/themes" "/themes/health" "/practices" "/practices?theme=health&country=PT&scope=national&page=3" \
            "/practices?sort=title&page=50" "/practices/gen-practice-5000" "/instruments" \
            "/instruments?view=table&type=ilo-convention" "/instruments/c189" "/countries" "/countries/PT" \
            "/coverage" "/search?q=travail%20forc%C3%A9" "/api/practices?size=100" "/api/practices?page=700" "/api/practices?page=3000" \
            "/api/instruments" "/api/search?q=domestic%20workers"; do
  sep=$([[ "$path" == *\?* ]] && echo '&' || echo '?')
  measure rendered "$path${sep}lang=en"
  measure cached "$path"
done
etag=$(curl -sI "http://127.0.0.1:$port/practices" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
printf '%-9s %-66s ' "304" "/practices (If-None-Match)"
wrk -t1 -c1 -d15s -H "If-None-Match: $etag" -s src/bench/percentiles.lua "http://127.0.0.1:$port/practices" | tail -1
