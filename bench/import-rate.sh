#!/usr/bin/env bash
# Import rate of MCIF/1 files: the demo generator's output for NOMINALS people (default 100,000) across all
# 42 areas (seed 7, as at 2026-11-23), imported with `mappa import` into a fresh embedded database under
# bench/out, RUNS times (default 1), then imported again into the last one (every record unchanged).
# Prints, for each import, the wall time of the whole command (JVM, database start, migrations, import)
# and the import's own rate from its progress line; then the median over the fresh runs.
#
#   bench/import-rate.sh [NOMINALS] [RUNS]
#   MAPPA_DATA_DIR=bench/out/import-100000 bench/search-latency.sh    # search that data afterwards
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
nominals="${1:-100000}"
runs="${2:-1}"
seed=7
today=2026-11-23
out="$repo/bench/out"
jar="$repo/target/mappa-hub.jar"
mkdir -p "$out"
cd "$repo"
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
  echo "building the jar..." >&2
  ./mvnw -q -DskipTests -Dmaven.test.skip=true package >&2
fi
java_opts=(${MAPPA_JAVA_OPTS:--Xmx2g})
file="$out/demo-$nominals-seed$seed-$today.jsonl"
if [ ! -s "$file" ]; then
  java "${java_opts[@]}" -jar "$jar" demo-data --areas 42 --nominals "$nominals" --seed "$seed" --today "$today" \
      --out "$file" 2>/dev/null
fi
lines=$(wc -l <"$file")
echo "file: $file ($nominals nominals, $((lines - nominals)) area records, $(du -m "$file" | cut -f1) MB)"

# One import; prints "<wall seconds> <import's own seconds> <summary>" and leaves the output in $log.
import_once() {
  local dir="$1" log="$2" start end
  start=$(date +%s.%N)
  if ! MAPPA_DATA_DIR="$dir" java "${java_opts[@]}" -jar "$jar" import "$file" >"$log" 2>&1; then
    echo "import failed; see $log" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  # The import's last progress line: "<lines> lines, <lines per second>/s, <time> elapsed"; its own time
  # is lines / rate (the elapsed time it prints is whole seconds only).
  local own
  own=$(tr '\r' '\n' <"$log" | grep -E '^[0-9,]+ lines, [0-9,]+/s, .* elapsed *$' | tail -1 \
        | awk -F'[ /]' '{ gsub(/,/, "", $1); gsub(/,/, "", $3); print $1 / $3 }')
  printf '%s %s %s\n' "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$own" \
      "$(grep -E '^Nominals:' "$log" | head -1)"
}

rates=()
for i in $(seq 1 "$runs"); do
  dir="$out/import-$nominals"
  [ "$runs" -gt 1 ] && dir="$out/import-$nominals-run$i"
  rm -rf "$dir"
  read -r wall own summary < <(import_once "$dir" "$out/import-$nominals-run$i.log")
  rate=$(awk -v n="$nominals" -v t="$own" 'BEGIN { printf "%d", n / t }')
  rates+=("$rate")
  printf 'fresh import %d: %s | command %.1f s = %d nominals/s | import itself %.1f s = %d nominals/s\n' \
      "$i" "$summary" "$wall" "$(awk -v n="$nominals" -v t="$wall" 'BEGIN { printf "%d", n / t }')" "$own" "$rate"
done
read -r wall own summary < <(import_once "$dir" "$out/import-$nominals-again.log")
printf 'same file again: %s | command %.1f s = %d nominals/s | import itself %.1f s = %d nominals/s\n' \
    "$summary" "$wall" "$(awk -v n="$nominals" -v t="$wall" 'BEGIN { printf "%d", n / t }')" "$own" \
    "$(awk -v n="$nominals" -v t="$own" 'BEGIN { printf "%d", n / t }')"
printf '%s\n' "${rates[@]}" | sort -n | awk -v n="$nominals" \
    '{ a[NR] = $1 } END { printf "median fresh import rate of %d run(s), %d nominals: %d nominals/s\n", NR, n, a[int((NR + 1) / 2)] }'
echo "data directory: $dir (search it: MAPPA_DATA_DIR=$dir bench/search-latency.sh)"
