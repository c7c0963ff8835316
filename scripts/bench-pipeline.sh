#!/usr/bin/env bash
# The whole pipeline measured end to end on the embedded broker (one JVM: broker, article topology, alert service,
# loopback webhook receivers): articles/s from publishing to every alert delivered, beside offline
# `newsalert classify` over the same articles in the same run, then the latency from publishing an article to
# receiving its webhook at 10, 100 and 300 articles/s with 1, 100 and 1,000 subscriptions, and the JVM's RSS.
# Usage: scripts/bench-pipeline.sh [ARTICLES] [SECONDS_PER_LATENCY_CELL] [SUBSCRIPTIONS:RATE ... | throughput | http [IN_FLIGHT]]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
count="${1:-3000}"
seconds="${2:-5}"
./newsalert --version >/dev/null
mvn -B -q -o -pl app -am test-compile -Dcheckstyle.skip >&2
jar=app/target/newsalert.jar
cp="$jar:app/target/test-classes:streams/target/test-classes:schemas/target/test-classes"
if [[ "${3:-}" == "http" ]]; then
  # Only the floor: signed webhooks to a loopback receiver with nothing else running.
  exec java -Xmx1g -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener ${BENCH_JAVA_OPTS:-} \
    -cp "$cp" io.newsalert.app.bench.WebhookFloorBench "$seconds" "${4:-256}" 2>/dev/null
fi
dir="$(mktemp -d)"
file="$dir/articles-$count.jsonl"
java -cp "$cp" io.newsalert.streams.classify.BenchArticles "$count" "$file" 2>/dev/null | grep -v "^[0-9:,]* |-"
# Offline classify as a user runs it (the launcher's class-data archive and quick compiler), three times, the median
# counting: one run on a shared machine varies by a tenth either way.
runs=()
for _ in 1 2 3; do
  start=$(date +%s.%N)
  ./newsalert classify "$file" >/dev/null 2>&1
  runs+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
offline=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
printf 'offline: newsalert classify %d articles in %s s (median %.1f s): %.0f articles/s\n' "$count" \
  "$(printf '%.1f ' "${runs[@]}" | sed 's/ $//')" "$offline" "$(echo "$count / $offline" | bc -l)"
java -Xmx1g -Dfile.encoding=UTF-8 -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener ${BENCH_JAVA_OPTS:-} \
  -cp "$cp" io.newsalert.app.bench.PipelineBench "$file" "$seconds" "${@:3}" \
  2>"$dir/pipeline.log" | tee "$dir/pipeline.out"
# The ratio for each pass: "cold" (the pipeline's JVM compiling as it goes, as just after a start), "warm-up N" (the
# same articles again under new ids while the JIT compiler still takes a tenth or more of the CPU), then "steady N"
# (a running service) and their median: the headline. "warm N" instead of "steady N" says the JIT never settled.
steady=()
while IFS=: read -r pass online; do
  ratio=$(printf '%.2f' "$(echo "$online / ($count / $offline)" | bc -l)")
  printf 'end-to-end (%s) / offline classify = %s\n' "$pass" "$ratio"
  [[ "$pass" == steady* || "$pass" == warm\ * ]] && steady+=("$ratio")
done < <(sed -n 's/^end-to-end, \([a-z0-9 -]*\): .*: \([0-9]*\) articles\/s$/\1:\2/p' "$dir/pipeline.out")
if ((${#steady[@]} > 0)); then
  printf 'end-to-end (%s, median of %d) / offline classify = %s\n' \
    "$(grep -q '^end-to-end, steady' "$dir/pipeline.out" && echo steady || echo 'warm, JIT not settled')" \
    "${#steady[@]}" "$(printf '%s\n' "${steady[@]}" | sort -n | sed -n "$(((${#steady[@]} + 1) / 2))p")"
fi
# Per latency cell: the webhooks per second it achieved, where the CPU went and what the broker was asked.
grep -E '^(Warm-up|[0-9]+ subscriptions at|CPU:|broker requests)' "$dir/pipeline.log" || true
echo "(logs: $dir/pipeline.log)"
