#!/usr/bin/env bash
# Annual statistics at national scale: the demo generator's 42 areas and NOMINALS people (default 100,000; seed 7, as
# at 2026-11-23), imported once into bench/out/stats-NOMINALS; then, on that database, for reporting year YEAR
# (default 2025, the last complete year on 2026-11-23):
#   1. `mappa stats` as an operator runs it (JVM, database start, computation, JSON to a file): one area and NATIONAL;
#   2. org.mappahub.statistics.StatisticsBench in one JVM: medians over RUNS (default 5) of one area's report and the
#      national report, and of the national eligibleOnSnapshot table by one hand-written SQL query against the system
#      producing that same table (the ratio), checking that the two agree.
#
#   bench/stats.sh [NOMINALS] [RUNS] [YEAR] [AREA]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
nominals="${1:-100000}"
runs="${2:-5}"
year="${3:-2025}"
area="${4:-LANCASHIRE}"
out="$repo/bench/out"
mkdir -p "$out"
cd "$repo"
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
main_cp="target/classes:$(cat target/bench.classpath)"
java_opts=(${MAPPA_JAVA_OPTS:--Xmx2g})
mappa() { java "${java_opts[@]}" -cp "$main_cp" org.mappahub.cli.Mappa "$@"; }

file="$out/demo-$nominals-seed7-2026-11-23.jsonl"
[ -s "$file" ] || mappa demo-data --areas 42 --nominals "$nominals" --seed 7 --today 2026-11-23 --out "$file" 2>/dev/null
data="$out/stats-$nominals"
if [ ! -f "$data/.imported" ]; then
  echo "importing $file into $data ..." >&2
  MAPPA_DATA_DIR="$data" mappa import "$file" >"$out/stats-import.log" 2>&1 || { tail -5 "$out/stats-import.log" >&2; exit 1; }
  touch "$data/.imported"
fi

for which in "$area" NATIONAL; do
  start=$(date +%s.%N)
  MAPPA_DATA_DIR="$data" mappa stats --area "$which" --year "$year" --out "$out/stats-$which-$year.json" 2>"$out/stats-$which.log"
  end=$(date +%s.%N)
  printf 'mappa stats --area %s --year %s: %.1f s wall (JVM, database, computation); %s\n' "$which" "$year" \
      "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" \
      "$(tr '\r' '\n' <"$out/stats-$which.log" | grep -E 'records, .*/s' | tail -1 | sed 's/ *$//')"
done

MAPPA_DATA_DIR="$data" java "${java_opts[@]}" -cp "target/test-classes:$main_cp" org.mappahub.statistics.StatisticsBench \
    --year "$year" --runs "$runs" --area "$area" 2>"$out/stats-bench.log"
