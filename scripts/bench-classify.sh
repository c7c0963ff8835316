#!/usr/bin/env bash
# Measures `newsalert classify` as a whole process over about 5,000 articles (the labelled corpus repeated with
# variations) beside a process that only segments the same text with HanLP's standard segmenter, then the
# classifier's articles per CPU-second beside the segmenters'. Usage: scripts/bench-classify.sh [COUNT] [RUNS]
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
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
for run in $(seq "$runs"); do
  c=$(seconds java -Xmx1g -Dfile.encoding=UTF-8 -jar "$jar" classify "$file")
  s=$(seconds java -Xmx1g -Dfile.encoding=UTF-8 -cp "$jar:streams/target/test-classes" \
      io.newsalert.streams.classify.SegmentOnlyMain "$file")
  printf 'run %d: newsalert classify %.1f s; HanLP segmentation only %.1f s; classify speed / segmentation speed = %.2f\n' \
    "$run" "$c" "$s" "$(echo "$s / $c" | bc -l)"
done
java -Xmx1g -Dfile.encoding=UTF-8 -cp "$jar:streams/target/test-classes" io.newsalert.streams.classify.CpuRateMain "$file" 5
