#!/usr/bin/env bash
# Measures `./newsalert demo --once` (as a user starts it, with the launcher's class-data archive) on the bundled
# sample page: seconds from start to the first alert on the console,
# the whole run's wall time, and the JVM's peak resident memory (GNU time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./newsalert --version >/dev/null
report="$(mktemp)"
start=$(date +%s.%N)
/usr/bin/time -v -o "$report" ./newsalert demo --once --kafka-port 0 --port 0 2>/dev/null | while IFS= read -r line; do
  if [[ "$line" == \[* ]] && [[ -z "${seen:-}" ]]; then
    seen=1
    printf 'first alert after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
  fi
  if [[ "$line" == Done* ]]; then echo "$line"; fi
done
grep -E "Maximum resident|Elapsed" "$report"
rm -f "$report"
