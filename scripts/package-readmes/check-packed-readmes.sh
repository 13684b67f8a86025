#!/usr/bin/env bash
# Every public package's packed tarball (what npm would publish) holds a README.md that shows how
# to install the package (`npm i …<name>…` or `pnpm add …<name>…`) and has a ```ts example.
# An empty npm page is the first thing a new user sees otherwise.
#
# Usage: scripts/package-readmes/check-packed-readmes.sh   (packs packages/*; no build needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/instr-readmes-XXXXXX")"
trap 'rm -rf "$work"' EXIT
failed=0
checked=0
for manifest in "$root"/packages/*/package.json; do
  dir="$(dirname "$manifest")"
  read -r name private < <(node -p "const p = require('$manifest'); p.name + ' ' + (p.private === true)")
  [ "$private" = "true" ] && continue
  checked=$((checked + 1))
  out="$work/$(basename "$dir")"
  mkdir -p "$out"
  (cd "$dir" && pnpm pack --pack-destination "$out" >/dev/null)
  tarball="$(ls "$out"/*.tgz)"
  files="$(tar -tzf "$tarball")"
  if ! grep -qx "package/README.md" <<<"$files"; then
    echo "✗ $name: its tarball has no README.md" >&2
    failed=1
    continue
  fi
  readme="$(tar -xzOf "$tarball" package/README.md)"
  ok=1
  if ! grep -Eq "(npm i|npm install|pnpm add)[^\`]*$name( |\$)" <<<"$readme"; then
    echo "✗ $name: README.md shows no install command for $name" >&2
    ok=0
  fi
  if ! grep -q '^```ts' <<<"$readme"; then
    echo "✗ $name: README.md has no \`\`\`ts example" >&2
    ok=0
  fi
  if [ "$ok" -eq 1 ]; then
    echo "✓ $name: README.md packed ($(wc -l <<<"$readme") lines)"
  else
    failed=1
  fi
done
[ "$checked" -gt 0 ] || { echo "no public package found" >&2; exit 1; }
exit "$failed"
