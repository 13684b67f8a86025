#!/usr/bin/env bash
# Prints the exact version the workspace pins for a dependency, so a project outside the
# workspace installs the same one from the npm registry.
#
# Usage: scripts/pack/pinned-version.sh PACKAGE_DIR DEPENDENCY   (PACKAGE_DIR relative to the root,
#        "." for the root; the version is read from its devDependencies)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
node -e '
  const [dir, name] = process.argv.slice(1);
  const version = require(require("node:path").resolve(dir, "package.json")).devDependencies?.[name];
  if (version === undefined) throw new Error(`${dir}/package.json pins no devDependency ${name}`);
  console.log(version);
' "$root/$1" "$2"
