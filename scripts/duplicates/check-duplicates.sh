#!/usr/bin/env bash
# Fails when the `duplicates` command finds repeated code in packages/ (source and tests) that is
# not one of the pairs judged and listed in allowed-pairs.txt. Each listed pair says why it stays;
# a pair is matched by its two files, so moving lines inside them does not break the check.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v duplicates >/dev/null 2>&1; then
  echo "duplicates check SKIPPED: the 'duplicates' command is not on PATH on this machine."
  echo "  fix: install the team's tool library (it provides 'duplicates') and run this script again."
  exit 0
fi

report="$(duplicates --repo packages --most 200 --seconds 300)"
echo "$report" | grep -v '^D[0-9]' || true
if echo "$report" | grep -q '^incomplete:'; then
  echo "duplicates did not read the whole tree (see 'incomplete' above)" >&2
  exit 1
fi

allowed="$(grep -v '^#' scripts/duplicates/allowed-pairs.txt | awk 'NF { print $1 " " $2 }')"
new=0
while read -r _ left _ right _; do
  pair="${left%%:*} ${right%%:*}"
  if ! grep -qxF "$pair" <<<"$allowed"; then
    echo "repeated code: $left ~ $right" >&2
    new=$((new + 1))
  fi
done < <(echo "$report" | grep '^D[0-9]' || true)

if [ "$new" -gt 0 ]; then
  echo "$new pair(s) of repeated code in packages/ (see above): make one piece of code serve, or, for data or declarations that only look alike, list the pair with its reason in scripts/duplicates/allowed-pairs.txt" >&2
  exit 1
fi
echo "duplicates: no pair outside scripts/duplicates/allowed-pairs.txt"
