#!/usr/bin/env bash
# Clean-install smoke test: packs @instr/core and @instr/cerebras as they would be published
# (`pnpm pack` turns workspace:^ into real versions), installs only those tarballs and their
# peers (exact versions, from the npm registry) into an empty project OUTSIDE the workspace, and
# there runs an ESM script, a CommonJS script and `tsc --noEmit` (TypeScript 5.9 and 7) with
# moduleResolution node16 and bundler. The scripts call `generate` against a loopback server
# (loopback-server.cjs).
#
# Usage: scripts/smoke-install/smoke-install.sh   (builds the two packages first, via turbo)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/instr-smoke-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The peers' versions are the ones the workspace tests with.
pinned() { "$root/scripts/pack/pinned-version.sh" "$@"; }
zod="$(pinned packages/core zod)"
sdk="$(pinned packages/cerebras @cerebras/cerebras_cloud_sdk)"
typescript="$(pinned . typescript)"
types_node="$(pinned . @types/node)"
# TypeScript 7 (the native compiler) is checked too; tests/runtimes pins it as `typescript7`.
typescript7="$(pinned tests/runtimes typescript7)"

echo "--- build and pack @instr/core, @instr/cerebras"
"$root/scripts/pack/pack-public.sh" "$work/tarballs" core cerebras
mkdir -p "$work/project"

echo "--- install into $work/project (outside the workspace)"
cp "$here"/loopback-server.cjs "$here"/esm.mjs "$here"/cjs.cjs "$here"/check.mts \
  "$here"/tsconfig.node16.json "$here"/tsconfig.bundler.json "$work/project/"
# The same type check once more as a CommonJS module: .cts resolves the packages' "require" types.
cp "$here/check.mts" "$work/project/check.cts"
cd "$work/project"
echo '{ "name": "instr-smoke", "private": true }' > package.json
npm install --no-audit --no-fund --no-package-lock --loglevel=error \
  "$work"/tarballs/*.tgz "zod@$zod" "@cerebras/cerebras_cloud_sdk@$sdk" \
  "typescript@$typescript" "typescript7@$typescript7" "@types/node@$types_node"
# Nothing from the workspace may leak in: every @instr package must come from a tarball.
node -e '
  const core = require.resolve("@instr/core/package.json");
  if (!core.startsWith(process.cwd())) throw new Error("@instr/core resolved outside: " + core);
  const deps = require("@instr/cerebras/package.json").peerDependencies;
  if (JSON.stringify(deps).includes("workspace:")) throw new Error("workspace: range was published");
'

echo "--- run ESM and CommonJS consumers"
node esm.mjs
node cjs.cjs

echo "--- type check (moduleResolution node16, then bundler), TypeScript $typescript and ${typescript7#npm:typescript@}"
for tsc in node_modules/typescript/bin/tsc node_modules/typescript7/bin/tsc; do
  node "$tsc" -p tsconfig.node16.json
  node "$tsc" -p tsconfig.bundler.json
done
echo "smoke-install: ok"
