#!/usr/bin/env bash
# Mass reindex of a data folder's catalogue on Lucene, side by side for several jars (say, before and after a change
# to the mapping), alternating: each start finds the index deleted, builds it, and logs
# "Search index built: N documents in T ms". Extra application arguments go after "--".
# First build the data folder and the jars:
#   src/bench/generate.sh 100000 target/bench-100000 && ./mvnw package -DskipTests
# then: src/bench/reindex.sh target/bench-100000 ROUNDS before.jar after.jar [-- --some.setting=value]
set -euo pipefail
data=$(realpath "${1:?the data folder}")
rounds=${2:?how many rounds}
shift 2
jars=()
while [[ $# -gt 0 && "$1" != "--" ]]; do jars+=("$(realpath "$1")"); shift; done
[[ "${1:-}" == "--" ]] && shift
log=$(mktemp)
trap 'kill $(jobs -p) 2>/dev/null; rm -f "$log"' EXIT

echo "machine: $(nproc) cores; data: $data"
for round in $(seq "$rounds"); do
  for jar in "${jars[@]}"; do
    rm -rf "$data/index"
    java -jar "$jar" --server.port=18095 --kb.data-dir="$data" "$@" >"$log" 2>&1 &
    app=$!
    until grep -q "Search index built" "$log"; do sleep 1; kill -0 $app; done
    printf 'round %s  %-40s %s\n' "$round" "$(basename "$jar")" "$(grep -o 'Search index built.*' "$log")"
    kill $app; wait $app 2>/dev/null || true
  done
done
