#!/usr/bin/env bash
# Time from launching to the first answered request (GET /), side by side, alternating, each on a warm data folder:
#   jar:       java -jar on the packaged jar, with the JVM options of a small node (kb.jvm.options in pom.xml);
#   cds:       the same options, java -jar on target/app, the jar extracted with its class-data-sharing archive, both
#              made by ./mvnw package (docs/deployment.md);
#   run:       ./mvnw spring-boot:run, Maven included, once its archive exists (the first run writes it);
#   petclinic: java -jar on spring-petclinic's jar, with its defaults, when its path is given.
# Each row also gives the resident memory of the Java process (the embedded PostgreSQL apart) at the first answer.
# Usage: ./mvnw package -DskipTests && src/bench/startup.sh [runs] [spring-petclinic jar]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
petclinic=${2:-}
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
options=$(sed -n 's/.*<kb.jvm.options>\(.*\)<\/kb.jvm.options>.*/\1/p' pom.xml)
work=$(mktemp -d)
port=18080
trap 'rm -rf "$work"' EXIT

launch() { # mode
  case $1 in
    jar) JDK_JAVA_OPTIONS="$options" java -jar "$jar" --server.port=$port --kb.data-dir="$work/data" ;;
    cds) JDK_JAVA_OPTIONS="$options" java -XX:SharedArchiveFile=target/app/rt2-knowledge-base.jsa \
           -jar target/app/rt2-knowledge-base.jar --server.port=$port --kb.data-dir="$work/data" ;;
    run) ./mvnw -B -q spring-boot:run \
           -Dspring-boot.run.arguments="--server.port=$port --kb.data-dir=$work/data" ;;
    petclinic) java -jar "$petclinic" --server.port=$port ;;
  esac
}

# Prints milliseconds to the first answer and the resident memory then, and stops the application.
first_answer() { # mode
  local start end launched java_pid rss
  start=$(date +%s%N)
  launch "$1" >"$work/$1.log" 2>&1 &
  launched=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $launched 2>/dev/null || { echo "$1 stopped, see its log:" >&2; tail -20 "$work/$1.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  java_pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  rss=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
  kill -TERM "$java_pid"
  wait $launched 2>/dev/null || true
  while ss -ltnH "sport = :$port" | grep -q .; do sleep 0.1; done
  printf '%6d ms %4d MiB' $(( (end - start) / 1000000 )) "$rss"
}

modes="jar cds run"
[ -n "$petclinic" ] && modes="$modes petclinic"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); kb.jvm.options: $options"
# The first start fills the data folder (initdb, Flyway, seed import, index) and the first spring-boot:run writes its
# archive: neither is timed.
for mode in cds run; do first_answer $mode >/dev/null; done
printf '%-4s' run; for mode in $modes; do printf ' | %-19s' "$mode"; done; echo
for i in $(seq "$runs"); do
  printf '%-4s' "$i"
  for mode in $modes; do printf ' | '; first_answer $mode; done
  echo
done
