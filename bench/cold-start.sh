#!/usr/bin/env bash
# Cold start of `./mappa serve` on a fresh clone, until the sign-in page answers: the newcomer's wait,
# including the first build and the demo area load. Prints each run and the median of RUNS (default 3).
# Usage: bench/cold-start.sh [RUNS]   (uses port 18080; the local Maven repository stays warm)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
port=18080
times=()
for i in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  git clone -q "$repo" "$work/mappa"
  start=$(date +%s.%N)
  (cd "$work/mappa" && MAPPA_PORT=$port ./mappa serve >"$work/serve.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "serve died; see $work/serve.log" >&2; exit 1; fi
    sleep 0.5
  done
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  times+=("$t")
  printf 'run %d: %.1f s until the sign-in page answered\n' "$i" "$t"
  pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true
  pkill -f "$work/mappa/target/mappa-hub.jar" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 2
  rm -rf "$work"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "cold start median of %d: %.1f s\n", NR, a[int((NR+1)/2)]}'
