#!/usr/bin/env bash
# End-to-end latency of /api/search and throughput of the /search page on a grown catalogue, with wrk on loopback.
# First grow the catalogue and build its index (this leaves it in target/bench-<entries>):
#   ./mvnw verify -Djacoco.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SearchBenchmark -Dkb.bench.entries=100000
# then: ./mvnw package -DskipTests && src/bench/search-latency.sh 100000        (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
entries=${1:-100000}
data="target/bench-$entries"
[ -d "$data" ] || { echo "no grown catalogue in $data: run SearchBenchmark first" >&2; exit 1; }
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
port=18093
log=$(mktemp)
java -jar "$jar" --server.port=$port --kb.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/api/practices?size=1" >/dev/null; do sleep 0.5; done

measure() { # connections path
  wrk -t1 -c"$1" -d10s "http://127.0.0.1:$port$2" >/dev/null
  printf '%-60s c=%s ' "$2" "$1"
  wrk -t1 -c"$1" -d20s -s src/bench/percentiles.lua "http://127.0.0.1:$port$2" | tail -1
}

echo "machine: $(nproc) cores; data: $data"
for path in "/api/search?q=domestic%20workers" "/api/search?q=travailleurs%20domestiques" \
            "/api/search?q=regularisation&type=practice" "/api/search?q=C189" "/api/search?q=statelesness"; do
  measure 1 "$path"
done
measure 2 "/search?q=health"
