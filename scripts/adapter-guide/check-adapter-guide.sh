#!/usr/bin/env bash
# The adapter guide, end to end from the published packages alone: packs @instr/core and
# @instr/mock-server as they would be published, writes the adapter of docs/custom-adapters.md
# into an empty project OUTSIDE the workspace from the guide's Markdown (write-guide-files.ts),
# installs only the tarballs and the pinned peers from the npm registry, type-checks the project
# (moduleResolution NodeNext) and runs the guide's conformance test (describeAdapterConformance)
# there with vitest.
#
# Usage: scripts/adapter-guide/check-adapter-guide.sh   (builds the packed packages first, via turbo)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/instr-adapter-guide-XXXXXX")"
trap 'rm -rf "$work"' EXIT

pinned() { "$root/scripts/pack/pinned-version.sh" "$@"; }
zod="$(pinned packages/core zod)"
vitest="$(pinned packages/core vitest)"
typescript="$(pinned . typescript)"
types_node="$(pinned . @types/node)"

echo "--- build and pack @instr/core, @instr/mock-server"
"$root/scripts/pack/pack-public.sh" "$work/tarballs" core mock-server

echo "--- write the guide's adapter into $work/project (outside the workspace)"
mkdir -p "$work/project"
(cd "$root" && pnpm exec tsx scripts/adapter-guide/write-guide-files.ts "$work/project")
cp "$here/guide-tsconfig.json" "$work/project/tsconfig.json"
cd "$work/project"
echo '{ "name": "instr-adapter-guide", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund --no-package-lock --loglevel=error \
  "$work"/tarballs/*.tgz "zod@$zod" "vitest@$vitest" "typescript@$typescript" \
  "@types/node@$types_node"
# Nothing from the workspace may leak in: every @instr package must come from a tarball.
node -e '
  for (const name of ["@instr/core", "@instr/mock-server"]) {
    const path = require.resolve(`${name}/package.json`);
    if (!path.startsWith(process.cwd())) throw new Error(`${name} resolved outside: ${path}`);
  }
'

echo "--- type check"
node node_modules/typescript/bin/tsc -p tsconfig.json

echo "--- conformance suite"
node node_modules/vitest/vitest.mjs run --dir src
echo "adapter-guide: ok"
