#!/usr/bin/env bash
# Benchmarks page reading (JMH, one thread): pages per second on the labelled pages, and MB per second from
# their sizes. Extra arguments go to JMH (e.g. `-wi 1 -i 2` for a quick look).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -pl producer -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >&2
cp="producer/target/test-classes:producer/target/classes:$(cat producer/target/bench.classpath)"
java -cp "$cp" org.openjdk.jmh.Main PageReaderBenchmark -rf json -rff producer/target/jmh-result.json "$@" | tee producer/target/jmh.log
python3 - <<'PY'
import json, os
results = json.load(open("producer/target/jmh-result.json"))
for r in results:
    page = r["params"]["page"]
    size = os.path.getsize(os.path.join(os.environ.get("NEWSALERT_CORPUS", "corpus"), page))
    pages = r["primaryMetric"]["score"]
    print(f"{page}: {pages:,.0f} pages/s, {pages * size / 1e6:,.1f} MB/s ({size} bytes a page)")
PY
