#!/usr/bin/env bash
# Server-side latency of the JSON API at seed size, measured with wrk from a second process on loopback.
# Each URL is warmed up for 10 s, then measured for 20 s with 2 connections on 1 thread (the machine has 2 cores,
# one for wrk, one left to the server and PostgreSQL).
# Usage: ./mvnw package -DskipTests && src/bench/api-latency.sh      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
work=$(mktemp -d)
port=18090
java -jar "$jar" --server.port=$port --kb.data-dir="$work/data" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/api/practices?size=1" >/dev/null; do sleep 0.2; done

echo "machine: $(nproc) cores; data: the seed catalogue (18 themes, 34 practices, 74 instruments)"
for path in "/api/practices" "/api/practices?size=10" "/api/practices?theme=health&country=PT" \
            "/api/practices/recruitment-advisor" "/api/instruments" "/api/instruments/c189" \
            "/api/themes" "/api/themes/regular-pathways"; do
  wrk -t1 -c2 -d10s "http://127.0.0.1:$port$path" >/dev/null
  printf '%-42s ' "$path"
  wrk -t1 -c2 -d20s -s src/bench/percentiles.lua "http://127.0.0.1:$port$path" | tail -1
done
