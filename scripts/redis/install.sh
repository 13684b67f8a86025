#!/usr/bin/env bash
# Install redis-server from the OS packages when it is missing (CI on Debian/Ubuntu images).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq redis-server >/dev/null
else
  echo "cannot install redis-server: no apt-get; install it with your OS package manager" >&2
  exit 1
fi
