#!/usr/bin/env bash
# Start a redis-server on 127.0.0.1 for local scale-out runs and tests: daemonized, pid/log/data
# under one directory, persisted with an append-only file (appendonly yes, appendfsync everysec),
# so stopping and starting it again on the same directory keeps every queued job and result (at
# most the last second of writes is lost if the machine itself crashes). Prints the REDIS_URL.
#   scripts/redis/start.sh [PORT]        (default 6390; env REDIS_DIR overrides the directory)
set -euo pipefail
port="${1:-6390}"
dir="${REDIS_DIR:-${TMPDIR:-/tmp}/instr-redis-$port}"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server not found: install it (Debian/Ubuntu: apt-get install -y redis-server)" >&2
  exit 127
fi

mkdir -p "$dir"
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly yes --appendfsync everysec \
  --maxmemory-policy noeviction \
  --daemonize yes --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >&2

# Wait until it answers (daemonize returns before the socket accepts connections).
for _ in $(seq 1 100); do
  if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "redis://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.05
done
echo "redis-server on port $port did not answer within 5 s; log: $dir/redis.log" >&2
exit 1
