#!/usr/bin/env bash
# Builds a benchmark data folder: the seed catalogue grown to N realistic generated entries (80 % practices, 20 %
# instruments; see CatalogueGenerator), its embedded PostgreSQL and its search index. Start the jar on it with
#   java -jar target/rt2-knowledge-base-*.jar --kb.data-dir=DIR
# A folder that already holds fewer entries is grown; its index is rebuilt either way.
# Usage: src/bench/generate.sh N DIR          (e.g. src/bench/generate.sh 100000 target/bench-100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
entries=${1:?how many entries}
dir=$(realpath -m "${2:?which data folder}")
mkdir -p "$dir"
./mvnw -B -q test -Djacoco.skip=true -Dspotless.check.skip=true -Dsurefire.excludedGroups= -Dgroups=benchmark \
    -Dtest=GenerateCatalogue -Dsurefire.failIfNoSpecifiedTests=false \
    -Dkb.bench.entries="$entries" -Dkb.bench.dir="$dir" > "$dir.log" 2>&1 || { tail -30 "$dir.log" >&2; exit 1; }
grep -E "entries \(" "$dir.log"
echo "data folder ready: $dir"
