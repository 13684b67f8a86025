#!/usr/bin/env bash
# Builds public packages and packs them as they would be published (`pnpm pack` turns
# `workspace:^` into real version ranges), one tarball each, into DEST.
#
# Usage: scripts/pack/pack-public.sh DEST core cerebras [openai …]   (names under packages/)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="$1"
shift
filters=()
for name in "$@"; do filters+=("--filter=@instr/$name..."); done
cd "$root"
pnpm exec turbo run build "${filters[@]}" --output-logs=errors-only
mkdir -p "$dest"
for name in "$@"; do pnpm --filter "@instr/$name" pack --pack-destination "$dest" >/dev/null; done
ls "$dest"
