#!/usr/bin/env bash
# A soak of mixed pages: the packaged jar on the embedded PostgreSQL (a data folder of its own, kept between runs so
# that the start is warm), under 32 connections for 10 minutes: 8 each on the home page, the practices list, the
# search page and the search API, each page type driven by its own wrk so that each gets its own p99. Every minute it
# prints, per page type, the requests per second, the p99 and the errors (non-2xx answers included), and the resident
# memory of the Java process and the memory of the embedded PostgreSQL (its processes' proportional set size). A short burst at the end checks that a
# load beyond capacity is turned away with 503 and Retry-After, quickly.
# Usage: ./mvnw package -DskipTests && src/bench/soak.sh [minutes] [connections]      (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
connections=${2:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
data=$(realpath -m target/soak-data)
mkdir -p "$data"
port=18095
base="http://127.0.0.1:$port"
# The JVM options a node runs with (the Dockerfile's, and spring-boot:run's in pom.xml), unless given.
export JDK_JAVA_OPTIONS=${JDK_JAVA_OPTIONS:-$(sed -n 's/.*<kb.jvm.options>\(.*\)<\/kb.jvm.options>.*/\1/p' pom.xml)}
echo "JVM options: $JDK_JAVA_OPTIONS"
java -jar "$jar" --server.port=$port --kb.data-dir="$data" >target/soak-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
until curl -sf "$base/actuator/health/readiness" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped, see target/soak-app.log" >&2; exit 1; }
  sleep 0.5
done

rss_mib() { # the resident memory of one process, in MiB
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
postgres_mib() { # the embedded PostgreSQL: its server and every backend, each counted for its share of shared memory
  local server
  server=$(pgrep -f -- "-D $data/postgres" | head -1 || true)
  [ -n "$server" ] || { echo 0; return; }
  cat "/proc/$server/smaps_rollup" $(pgrep -P "$server" | sed 's|.*|/proc/&/smaps_rollup|') 2>/dev/null |
    awk '/^Pss:/ {kib += $2} END {printf "%.0f", kib / 1024}'
}

pages=("/" "/practices" "/search?q=domestic+workers" "/api/search?q=trabajadoras+dom%C3%A9sticas")
per_page=$((connections / ${#pages[@]}))
echo "machine: $(nproc) cores; data: the seed catalogue; $connections connections ($per_page per page type)"
echo "after start: java $(rss_mib $pid) MiB, postgres $(postgres_mib) MiB"
# Warm-up, not reported: the JIT compiles the hot paths in the first seconds.
for page in "${pages[@]}"; do wrk -t1 -c2 -d10s "$base$page" >/dev/null; done
echo "after warm-up: java $(rss_mib $pid) MiB, postgres $(postgres_mib) MiB"
for minute in $(seq 1 "$minutes"); do
  out=$(mktemp -d)
  drivers=()
  for i in "${!pages[@]}"; do
    wrk -t1 -c"$per_page" -d60s -s src/bench/percentiles.lua "$base${pages[$i]}" >"$out/$i" 2>&1 &
    drivers+=($!)
  done
  wait "${drivers[@]}"
  echo "minute $minute: java $(rss_mib $pid) MiB, postgres $(postgres_mib) MiB"
  for i in "${!pages[@]}"; do
    printf '  %-48s %s\n' "${pages[$i]}" "$(tail -1 "$out/$i")"
  done
  rm -rf "$out"
done

# A burst: 256 connections on the search page for 10 s. Meanwhile a probe asks for the same page a hundred times: what is
# turned away must be a quick 503 with Retry-After, never a hang.
echo "burst: 256 connections on /search for 10 s"
wrk -t2 -c256 -d10s -s src/bench/percentiles.lua "$base/search?q=migrant+workers" >target/soak-burst.txt 2>&1 &
burst=$!
sleep 2
for probe in $(seq 1 100); do
  curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' -D target/soak-probe.txt "$base/search?q=probe$probe"
  echo " $(grep -ci '^retry-after' target/soak-probe.txt || true)"
done >target/soak-probes.txt
wait $burst
echo "  the burst: $(tail -1 target/soak-burst.txt)"
# Each probe's status, seconds and whether it had Retry-After.
awk '{ n[$1]++; if ($2 > max[$1]) max[$1] = $2; if ($1 == 503 && $3 == 0) bare++ }
     END { for (s in n) printf "  probes answered %s: %d, the slowest in %.0f ms\n", s, n[s], max[s] * 1000;
           printf "  503s without Retry-After: %d\n", bare }' target/soak-probes.txt
echo "after the soak: java $(rss_mib $pid) MiB, postgres $(postgres_mib) MiB"
