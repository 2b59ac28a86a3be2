#!/usr/bin/env bash
# Anonymous pages served from the knowledge base's cache of rendered pages, against nginx serving the same bytes from
# files, side by side in one run with wrk: each round measures the jar, then nginx, for each address.
# Needs wrk and nginx (apt-get install wrk nginx-light) and the jar (./mvnw package -DskipTests).
# Usage: src/bench/nginx.sh [data folder, default: a fresh seed-size folder] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-$(mktemp -d)/data}
rounds=${2:-3}
jar=$(ls target/rt2-knowledge-base-*.jar | head -1)
port=18095
nginx_port=18096
root=$(mktemp -d)
log=$(mktemp)
java -jar "$jar" --server.port=$port --kb.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; nginx -c "$root/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$root" "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 1; done

# The same bytes a reader without compression gets, as files.
mkdir -p "$root/html"
curl -sf "http://127.0.0.1:$port/" -o "$root/html/home.html"
curl -sf "http://127.0.0.1:$port/practices" -o "$root/html/practices.html"
cat >"$root/nginx.conf" <<CONF
worker_processes auto;
pid $root/nginx.pid;
error_log $root/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $root/html;
    location = / { try_files /home.html =404; }
    location = /practices { try_files /practices.html =404; }
  }
}
CONF
chmod -R a+rX "$root"  # nginx workers run as an unprivileged user
nginx -c "$root/nginx.conf"
for page in / /practices; do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$page"; done

echo "machine: $(nproc) cores; pages: / $(stat -c %s "$root/html/home.html") bytes, /practices $(stat -c %s "$root/html/practices.html") bytes"
for path in / /practices; do wrk -t2 -c8 -d5s "http://127.0.0.1:$port$path" >/dev/null; done
for round in $(seq 1 "$rounds"); do
  for path in / /practices; do
    for server in jar nginx; do
      p=$([[ $server == jar ]] && echo $port || echo $nginx_port)
      printf 'round %s  %-6s %-11s ' "$round" "$server" "$path"
      wrk -t2 -c8 -d10s -s src/bench/percentiles.lua "http://127.0.0.1:$p$path" | tail -1
    done
  done
done
