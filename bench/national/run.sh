#!/usr/bin/env bash
# National monitoring benchmark. Run it from the repository root:
#
#     bash bench/national/run.sh
#
# It builds Jämlik in release, starts `jamlik serve --demo` on a fresh SQLite
# data directory (the demo fills all 599 Finnish and Swedish municipalities
# with five years of plans and self-reports), and measures with wrk, on
# 127.0.0.1 only:
#   - GET /api/v1/statuses?framework=…&status=…&page_size=100   a filtered page
#   - GET /api/v1/published-plans?year=<last year>                a filtered page
#   - GET /open-data/statuses.csv                                 the full download
#   - GET /open-data/plans.json                                   the full download
#   - GET /national, /national/map   signed in as the demo monitor
#   - GET /, /overview, /overview/map, /o/FI-905, /register?q=vaa   public
#   - GET /   of a minimal axum hello-world (bench/hello): the ceiling each
#             row is compared with (its share of the ceiling's req/s)
# on SQLite, or on PostgreSQL with BENCH_DATABASE=postgres (a fresh database
# on BENCH_POSTGRES_URL's server, postgres://postgres@127.0.0.1:5432 by
# default, created and dropped here).
# The Markdown table goes to stdout and to bench/national/out/results-<database>.md (the
# raw wrk output beside it). Every process it starts is stopped and the
# temporary directory removed when it exits, however it exits.
#
# Settings (environment, all optional):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=16 BENCH_DURATION=15 BENCH_WARMUP=3
#   BENCH_PORT=18090 BENCH_PROFILE=release (or debug, to skip the release build)
#   BENCH_DATABASE=sqlite|postgres BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432
set -euo pipefail

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-3}
PORT=${BENCH_PORT:-18090}
PROFILE=${BENCH_PROFILE:-release}
DATABASE=${BENCH_DATABASE:-sqlite}
POSTGRES_URL=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
HELLO_PORT=$((PORT + 1))
EMAIL=monitor@jamlik.example
PASSWORD=jamlik-demo-2026

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/national/run.sh: error: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
[[ -f crates/jamlik/Cargo.toml ]] || die "run it from a Jämlik checkout"
for tool in wrk curl cargo; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install wrk curl; rustup for cargo)"
done
while read -r name; do unset "$name"; done < <(compgen -e | grep '^JAMLIK_' || true)

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
JAMLIK=$CARGO_TARGET_DIR/$PROFILE/jamlik
OUT=$ROOT/bench/national/out
mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/jamlik-national-bench.XXXXXX")
DATA=$TMP/data
PID=
HELLO_PID=
DB_NAME=

cleanup() {
    local status=$?
    for pid in $PID $HELLO_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [[ -n $DB_NAME ]]; then
        dropdb --if-exists -d "$POSTGRES_URL/postgres" "$DB_NAME" 2>/dev/null ||
            psql -q "$POSTGRES_URL/postgres" -c "DROP DATABASE IF EXISTS $DB_NAME" >/dev/null 2>&1 || true
    fi
    if [[ $status -ne 0 && -s $TMP/server.log ]]; then
        printf '\n--- last lines of the server log ---\n' >&2
        tail -n 20 "$TMP/server.log" >&2
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

! curl -s --max-time 1 -o /dev/null "http://127.0.0.1:$PORT/" ||
    die "something already answers on 127.0.0.1:$PORT (set BENCH_PORT)"

if [[ $PROFILE == release ]]; then
    say "building jamlik (release)"
    cargo build --release -p jamlik
else
    say "building jamlik (debug: figures are not comparable with release ones)"
    cargo build -p jamlik
fi
say "building the hello-world (release)"
cargo build --release --locked --manifest-path bench/hello/Cargo.toml
HELLO=$CARGO_TARGET_DIR/release/bench-hello

to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000
        printf "%.2f ms", n
    }'
}

ROWS=()
WARNINGS=()
measure() {
    local label=$1 slug=$2 url=$3
    shift 3
    say "wrk: $label"
    timeout $((WARMUP + 60)) wrk --timeout 30s -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
    timeout $((DURATION + 60)) wrk --timeout 30s --latency -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$@" "$url" \
        >"$OUT/wrk-$slug.txt"
    local rps p50 p99 non2xx
    rps=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$OUT/wrk-$slug.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$slug.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$slug.txt")
    [[ -n $rps && -n $p50 && -n $p99 ]] || die "could not read wrk's output in $OUT/wrk-$slug.txt"
    local share=""
    if [[ -n ${CEILING:-} ]]; then
        share=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { printf "%.1f %%", 100 * a / b }')
    fi
    ROWS+=("| $label | $rps | $share | $(to_ms "$p50") | $(to_ms "$p99") |")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$OUT/wrk-$slug.txt")
    [[ -z $non2xx ]] || WARNINGS+=("$label: $non2xx responses were not 2xx/3xx")
}

mkdir -p "$DATA"
DB_ENV=()
case $DATABASE in
    sqlite) ;;
    postgres)
        command -v psql >/dev/null 2>&1 || die "psql is missing (apt-get install postgresql-client)"
        DB_NAME=jamlik_bench_$$
        psql -q "$POSTGRES_URL/postgres" -c "CREATE DATABASE $DB_NAME" >/dev/null ||
            die "could not create a database on $POSTGRES_URL"
        DB_ENV=(JAMLIK_DATABASE_URL="$POSTGRES_URL/$DB_NAME")
        ;;
    *) die "BENCH_DATABASE is sqlite or postgres, not $DATABASE" ;;
esac
say "starting jamlik serve --demo on $DATABASE (seeds the national demo data)"
SEED_START=$(date +%s.%N)
(cd "$TMP" && exec env JAMLIK_DATA_DIR="$DATA" "${DB_ENV[@]}" JAMLIK_LOG=warn "$JAMLIK" serve --demo \
    --listen "127.0.0.1:$PORT") >"$TMP/server.log" 2>&1 &
PID=$!
BASE=http://127.0.0.1:$PORT
for ((tries = 0; tries < 1200; tries++)); do
    curl -fs --max-time 1 -o /dev/null "$BASE/healthz" && break
    kill -0 "$PID" 2>/dev/null || die "the server exited before answering"
    sleep 0.1
done
curl -fs --max-time 1 -o /dev/null "$BASE/healthz" || die "the server did not answer within 120 s"
STARTUP=$(awk -v a="$SEED_START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
say "demo seeded and serving after $STARTUP s"

TOTAL=$(curl -fsS "$BASE/api/v1/statuses?page_size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
PLANS=$(curl -fsS "$BASE/api/v1/published-plans?page_size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
say "statuses: $TOTAL; published plans and self-reports: $PLANS"
LAST_YEAR=$(( $(date -u +%Y) - 1 ))

# The monitor's session, for the national dashboard.
cookie() { awk -F'\t' -v name="$1" 'NF >= 7 && $6 == name { print $7 }' "$TMP/cookies.txt"; }
# The form's CSRF token is bound to the (pre-)session: read it from the form.
csrf=$(curl -fsS --max-time 10 -c "$TMP/cookies.txt" "$BASE/sign-in" |
    grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -sS --max-time 30 -b "$TMP/cookies.txt" -c "$TMP/cookies.txt" -o /dev/null \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    "$BASE/sign-in"
COOKIE="Cookie: jamlik_session=$(cookie jamlik_session); jamlik_csrf=$(cookie jamlik_csrf)"

(cd "$TMP" && exec "$HELLO" "127.0.0.1:$HELLO_PORT") >"$TMP/hello.log" 2>&1 &
HELLO_PID=$!
for ((tries = 0; tries < 100; tries++)); do
    curl -fs --max-time 1 -o /dev/null "http://127.0.0.1:$HELLO_PORT/" && break
    sleep 0.1
done

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
measure "axum hello-world GET / (ceiling)" hello "http://127.0.0.1:$HELLO_PORT/"
CEILING=$(awk '/^Requests\/sec:/ { print $2 }' "$OUT/wrk-hello.txt")
kill "$HELLO_PID" 2>/dev/null || true
wait "$HELLO_PID" 2>/dev/null || true
HELLO_PID=
measure "GET / (start page, public)" start "$BASE/"
measure "GET /overview (national overview, public)" overview "$BASE/overview"
measure "GET /overview/map (map of Finland, public)" overview-map "$BASE/overview/map"
measure "GET /overview/map?country=SE (map of Sweden, public)" overview-map-se "$BASE/overview/map?country=SE"
measure "GET /o/FI-905 (an organisation's page, public)" org-page "$BASE/o/FI-905"
measure "GET /register?q=vaa (register search, public)" register "$BASE/register?q=vaa"
status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H "$COOKIE" "$BASE/national")
[[ $status == 200 ]] || die "GET /national as the monitor answered $status"
measure "GET /national (dashboard, signed in as monitor)" national "$BASE/national" -H "$COOKIE"
measure "GET /national/map (map, signed in as monitor)" national-map "$BASE/national/map" -H "$COOKIE"
measure "GET /api/v1/statuses (filtered: framework, status; page of 100)" statuses-page \
    "$BASE/api/v1/statuses?framework=fi-gender-equality&status=approved_current&page_size=100"
measure "GET /api/v1/statuses (unfiltered, page 3 of 100)" statuses-page3 \
    "$BASE/api/v1/statuses?page=3&page_size=100"
measure "GET /api/v1/published-plans (year $LAST_YEAR, page of 100)" plans-page \
    "$BASE/api/v1/published-plans?year=$LAST_YEAR&page_size=100"
# The full downloads are heavier: fewer connections, so the latency is the file's own.
measure "GET /open-data/statuses.csv (full download, $TOTAL rows; 2 connections)" statuses-csv \
    "$BASE/open-data/statuses.csv" -c2 -t1
measure "GET /open-data/plans.json (full download, $PLANS rows; 2 connections)" plans-json \
    "$BASE/open-data/plans.json" -c2 -t1

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "## National monitoring benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}; wrk and the server share them; load average before measuring: $LOAD"
    echo "- commit: $commit ($PROFILE build); $(rustc --version)"
    echo "- wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s after a ${WARMUP} s warm-up, on 127.0.0.1"
    echo "- data: \`jamlik serve --demo\` ($DATABASE): 599 municipalities, five years of plans and self-reports; $TOTAL statuses, $PLANS published plans and self-reports; demo seeded and serving after $STARTUP s"
    echo
    echo "| endpoint | req/s | of the ceiling | p50 | p99 |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    if [[ ${#WARNINGS[@]} -gt 0 ]]; then
        echo
        printf -- '- note: %s\n' "${WARNINGS[@]}"
    fi
} | tee "$OUT/results-$DATABASE.md"
