#!/usr/bin/env bash
# The audit's cost on a record view: requests per second for GET /nominals/{ref} over loopback, with the
# audit call and with it switched off (only inside this program), alternating in one run on a throw-away
# embedded database; prints each round and the ratio.
#
#   bench/record-view.sh                                  # 4 client threads, 3 rounds of 8 s each way
#   JAVA_OPTS="-Dthreads=8 -Dseconds=15 -Drounds=5" bench/record-view.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.mappahub.audit.RecordViewBench "$@"
