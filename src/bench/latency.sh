#!/usr/bin/env bash
# Server latency at seed size, measured with wrk from a second process on loopback, for the JSON API and for the
# pages of every type (in English, and a French list). Each address is warmed up for 10 s, then measured for 20 s
# with 1 connection on 1 thread: one request at a time, so the latency is the server's time plus loopback, without
# queueing behind a second request (the machine has 2 cores: one for wrk, one left to the server and PostgreSQL).
# Usage: ./mvnw package -DskipTests && src/bench/latency.sh [api|pages]      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-pages}
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
work=$(mktemp -d)
port=18090
java -jar "$jar" --server.port=$port --kb.data-dir="$work/data" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/api/practices?size=1" >/dev/null; do sleep 0.2; done

measure() { # language path
  wrk -t1 -c1 -d10s -H "Accept-Language: $1" "http://127.0.0.1:$port$2" >/dev/null
  printf '%-58s ' "$2 ($1)"
  wrk -t1 -c1 -d20s -H "Accept-Language: $1" -s src/bench/percentiles.lua "http://127.0.0.1:$port$2" | tail -1
}

echo "machine: $(nproc) cores; data: the seed catalogue (18 themes, 34 practices, 74 instruments)"
if [ "$what" = api ]; then
  for path in "/api/practices" "/api/practices?size=10" "/api/practices?theme=health&country=PT" \
              "/api/practices/recruitment-advisor" "/api/instruments" "/api/instruments/c189" \
              "/api/themes" "/api/themes/regular-pathways"; do
    measure en "$path"
  done
else
  for path in "/" "/themes" "/themes/health" "/practices" "/practices?theme=health&country=PT&sort=title" \
              "/practices/recruitment-advisor" "/instruments" "/instruments?view=table&type=ilo-convention" \
              "/instruments/c189" "/countries" "/countries/PT" "/coverage" "/about"; do
    measure en "$path"
  done
  measure fr "/practices"
fi
