#!/usr/bin/env bash
# Search latency benchmark: 200 searches drawn deterministically from the people stored in the database
# of MAPPA_DATA_DIR (default ./data), or of MAPPA_DB_URL; prints median and p95 in ms.
#
#   ./mappa demo-data            # or any import; then
#   bench/search-latency.sh
#   MAPPA_DATA_DIR=/tmp/bench bench/search-latency.sh --seed 50000   # add 50,000 synthetic people first
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.mappahub.nominal.SearchLatencyBench "$@"
