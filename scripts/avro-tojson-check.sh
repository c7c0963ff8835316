#!/usr/bin/env bash
# Shows that `newsalert parse --format avro` writes a standard Avro object container file: writes the seed page's
# articles into one, fetches avro-tools 1.12.1 from Maven Central with `mvn dependency:copy`, decodes the file with
# its `tojson` and checks that all 11 articles come back with their headlines.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${AVRO_CHECK_DIR:-${TMPDIR:-/tmp}/newsalert-avro-check}"
mkdir -p "$work"

"$here/newsalert" parse "$here/app/src/main/resources/samples/taiyuan-daily-2022-05-25-p2.txt" \
  --date 2022-05-25 --source 太原日报 --format avro --out "$work/seed.avro"

tools="$work/avro-tools-1.12.1.jar"
if [[ ! -f "$tools" ]]; then
  (cd "$here" && mvn -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.apache.avro:avro-tools:1.12.1 -DoutputDirectory="$work")
fi

java -jar "$tools" tojson "$work/seed.avro" > "$work/seed.json" 2> "$work/tojson.err"
count=$(grep -c '"headline"' "$work/seed.json")
if [[ "$count" -ne 11 ]]; then
  echo "avro-tojson-check: expected 11 articles from avro-tools tojson, got $count (see $work)." >&2
  exit 1
fi
grep -q '退役军人振兴乡村' "$work/seed.json" || { echo "avro-tojson-check: a headline is missing from the decoded file." >&2; exit 1; }
head -c 300 "$work/seed.json"; echo "…"
echo "avro-tojson-check: avro-tools 1.12.1 tojson decoded $count Article records from $work/seed.avro."
