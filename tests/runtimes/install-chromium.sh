#!/usr/bin/env bash
# Installs Debian's chromium (what playwright-core drives, see src/browser/launch-chromium.ts)
# unless it is there already. Needs root, as in CI.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
