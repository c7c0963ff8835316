#!/usr/bin/env bash
# Measures `newsalert classify` as a whole process over about 5,000 articles (the labelled corpus repeated with
# variations) beside a process that only segments the same text with HanLP's standard segmenter, then the
# classifier's articles per CPU-second beside the segmenters'. `newsalert classify` is timed as users start it, through
# the ./newsalert launcher (class-data archive, quick compiler), and as a bare `java -jar`, wall-clock and CPU seconds.
# Usage: scripts/bench-classify.sh [COUNT] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
count="${1:-5000}"
runs="${2:-3}"
./newsalert --version >/dev/null
mvn -B -q -pl streams -am test-compile >&2
jar=app/target/newsalert.jar
cp="$jar:streams/target/test-classes:schemas/target/test-classes"
file="$(mktemp -d)/articles-$count.jsonl"
java -cp "$cp" io.newsalert.streams.classify.BenchArticles "$count" "$file" 2>/dev/null | grep -v "^[0-9:,]* |-"
# Prints "WALL CPU" in seconds for one run of a command, CPU being user plus system time of all its threads.
measure() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
  echo "$times" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}
for run in $(seq "$runs"); do
  read -r cw cc < <(measure java -Xmx1g -Dfile.encoding=UTF-8 -jar "$jar" classify "$file")
  read -r lw lc < <(measure ./newsalert classify "$file")
  read -r sw sc < <(measure java -Xmx1g -Dfile.encoding=UTF-8 -cp "$jar:streams/target/test-classes" \
      io.newsalert.streams.classify.SegmentOnlyMain "$file")
  printf 'run %d: HanLP segmentation only %.1f s (%.1f CPU-s); ./newsalert classify %.1f s (%.1f CPU-s),' \
    "$run" "$sw" "$sc" "$lw" "$lc"
  printf ' speed / segmentation speed = %.2f; java -jar classify %.1f s (%.1f CPU-s), %.2f\n' \
    "$(echo "$sw / $lw" | bc -l)" "$cw" "$cc" "$(echo "$sw / $cw" | bc -l)"
done
java -Xmx1g -Dfile.encoding=UTF-8 -cp "$jar:streams/target/test-classes" io.newsalert.streams.classify.CpuRateMain "$file" 5
