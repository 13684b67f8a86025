#!/usr/bin/env bash
# Prints a PATH under which no redis-server (nor any other redis-* program) is found, for testing
# what the Redis-backed suites do on a machine without Redis. Each PATH directory that holds a
# redis-* program is replaced by a directory of links to everything else in it (under .tmp/).
#
# Usage: PATH="$(scripts/redis/path-without-redis.sh)" pnpm test --filter=@instr/queue
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
farm="$root/.tmp/path-without-redis"
rm -rf "$farm"
new_path=""
i=0
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  if compgen -G "$dir/redis-*" >/dev/null; then
    i=$((i + 1))
    mkdir -p "$farm/$i"
    find "$dir" -mindepth 1 -maxdepth 1 ! -name 'redis-*' -exec ln -s -t "$farm/$i" {} +
    dir="$farm/$i"
  fi
  new_path="${new_path:+$new_path:}$dir"
done
echo "$new_path"
