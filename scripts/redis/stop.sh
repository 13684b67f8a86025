#!/usr/bin/env bash
# Stop the redis-server started by scripts/redis/start.sh on PORT. Its data stays in its directory
# (start.sh on the same port and directory brings it back) unless --purge removes the directory.
#   scripts/redis/stop.sh [PORT] [--purge]   (default 6390; env REDIS_DIR as for start.sh)
set -euo pipefail
port="${1:-6390}"
purge="${2:-}"
dir="${REDIS_DIR:-${TMPDIR:-/tmp}/instr-redis-$port}"
pidfile="$dir/redis.pid"

if [ ! -f "$pidfile" ]; then
  echo "no redis-server pid file at $pidfile; nothing to stop" >&2
  exit 0
fi
pid="$(cat "$pidfile")"
kill "$pid" 2>/dev/null || true
# SIGTERM makes redis flush its append-only file and exit; wait so the port is free again.
for _ in $(seq 1 100); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.05
done
if kill -0 "$pid" 2>/dev/null; then
  echo "redis-server (pid $pid) did not exit within 5 s" >&2
  exit 1
fi
if [ "$purge" = "--purge" ]; then
  rm -rf "$dir"
fi
