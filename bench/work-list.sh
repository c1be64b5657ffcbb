#!/usr/bin/env bash
# The time to render "My work" (GET /) for the demo co-ordinator of the demo area (Lancashire, 3,000 people):
# starts `./mappa serve` on a fresh data directory (which loads the demo area), signs in as `coordinator` with the
# password and the TOTP code (`./mappa totp`), warms up, then times N requests over loopback one after another and
# prints the median and p95. Every request audits each person listed, as a user's would.
#
#   bench/work-list.sh            # 200 requests after 20 to warm up, port 18091
#   bench/work-list.sh 500        # N requests
#   PORT=18092 WARMUP=50 bench/work-list.sh
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200}"
warmup="${WARMUP:-20}"
port="${PORT:-18091}"
work="$(mktemp -d)"
jar="$work/cookies"
base="http://127.0.0.1:$port"

MAPPA_DATA_DIR="$work/data" MAPPA_PORT=$port ./mappa serve >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
echo "Starting ./mappa serve on a fresh data directory (loads the demo area; a few minutes)..." >&2
# the web server answers before the demo area is loaded; the demo users exist once their sign-in details are printed
until grep -q "Demo sign-in" "$work/serve.log" && curl -fs -o /dev/null "$base/login"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "serve died:" >&2; tail -20 "$work/serve.log" >&2; exit 1; fi
  sleep 2
done
fail() { echo "$1" >&2; exit 1; }

csrf() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p; s/.*value="\([^"]*\)"[^>]*name="_csrf".*/\1/p' | head -1; }
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | csrf) || fail "No sign-in page"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=coordinator" \
  --data-urlencode "password=demo-mappa-2026" --data-urlencode "_csrf=$token" "$base/login" || fail "Sign-in refused"
token=$(curl -fs -c "$jar" -b "$jar" "$base/mfa/verify" | csrf) || fail "No security code page"
code=$(./mappa totp coordinator 2>/dev/null)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/mfa/verify" \
  || fail "Security code refused"
page=$(curl -fs -c "$jar" -b "$jar" "$base/")
if ! grep -q 'My work' <<<"$page"; then echo "Not signed in: the start page has no 'My work'" >&2; exit 1; fi
summary=$(sed -n 's/.*id="work-summary"[^>]*>\([^<]*\)<.*/\1/p' <<<"$page" | head -1)
headings=$(grep -o 'id="work-[A-Z_]*">[^<]*' <<<"$page" | sed 's/.*">//' | paste -sd ';' - | sed 's/;/; /g')
echo "coordinator: ${summary:-?} — $headings"

for _ in $(seq 1 "$warmup"); do curl -fs -o /dev/null -b "$jar" "$base/"; done
times="$work/times"
for _ in $(seq 1 "$n"); do
  curl -fs -o /dev/null -b "$jar" -w '%{time_total}\n' "$base/" >>"$times"
done
sort -n "$times" | awk -v n="$n" '{t[NR] = $1 * 1000} END {
  printf "GET / (My work) for the demo co-ordinator, %d requests: median %.0f ms, p95 %.0f ms, max %.0f ms\n",
    NR, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.999)], t[NR] }'
