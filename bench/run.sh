#!/usr/bin/env bash
# Jämlik's HTTP benchmark. Run it from the repository root:
#
#     bash bench/run.sh
#
# It builds Jämlik and a minimal axum hello-world (bench/hello, this machine's
# ceiling) in release, seeds a fresh data directory with the demo plus 600
# organisations and 3,000 people, signs in as the demo coordinator and
# measures with wrk, on 127.0.0.1 only:
#   - GET /            the public start page, as a first visitor sees it
#   - GET /orgs/<id>   the coordinator's organisation dashboard, signed in
#   - GET /p/<id>      a published plan of 200 measures, and its PDF export
#   - GET /            of the hello-world
# The Markdown table goes to stdout and to bench/out/results.md (the raw wrk
# output beside it); progress goes to stderr. Every process it starts is
# stopped and the temporary directory removed when it exits, however it exits.
#
# Settings (environment, all optional):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=15 BENCH_WARMUP=3
#   (seconds) BENCH_JAMLIK_PORT=18080 BENCH_HELLO_PORT=18081
set -euo pipefail

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-3}
JAMLIK_PORT=${BENCH_JAMLIK_PORT:-18080}
HELLO_PORT=${BENCH_HELLO_PORT:-18081}
ORGANISATIONS=600
USERS=3000
EMAIL=coordinator@vaasa.example
PASSWORD=jamlik-demo-2026

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: error: %s\n' "$*" >&2; exit 1; }

# --- Preconditions -----------------------------------------------------------

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[[ -f crates/jamlik/Cargo.toml && -f bench/hello/Cargo.toml ]] ||
    die "run it from a Jämlik checkout: bash bench/run.sh"
for tool in wrk curl cargo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        case $tool in
            wrk | curl) die "$tool is missing; install it with: apt-get install $tool" ;;
            *) die "$tool is missing; install Rust (rustup) first" ;;
        esac
    fi
done

# No setting of the caller's may point Jämlik at another database, and no
# jamlik.toml may be read: every JAMLIK_* variable goes, and Jämlik runs in the
# temporary directory.
while read -r name; do unset "$name"; done < <(compgen -e | grep '^JAMLIK_' || true)

# Both builds share one target directory, so shared dependencies build once.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
JAMLIK=$CARGO_TARGET_DIR/release/jamlik
HELLO=$CARGO_TARGET_DIR/release/bench-hello
OUT=$ROOT/bench/out
mkdir -p "$OUT"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/jamlik-bench.XXXXXX")
DATA=$TMP/data
PIDS=()

cleanup() {
    local status=$?
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
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

port_is_free() { ! curl -s --max-time 1 -o /dev/null "http://127.0.0.1:$1/"; }
port_is_free "$JAMLIK_PORT" || die "something already answers on 127.0.0.1:$JAMLIK_PORT (set BENCH_JAMLIK_PORT)"
port_is_free "$HELLO_PORT" || die "something already answers on 127.0.0.1:$HELLO_PORT (set BENCH_HELLO_PORT)"

# --- 1. Build ----------------------------------------------------------------

say "building jamlik (release)"
cargo build --release -p jamlik
say "building the hello-world (release)"
cargo build --release --locked --manifest-path bench/hello/Cargo.toml

# --- Helpers -------------------------------------------------------------------

# start NAME COMMAND...: runs COMMAND in the temporary directory, in the
# background, its output in $TMP/server.log; remembers its pid.
start() {
    local name=$1
    shift
    say "starting $name"
    (cd "$TMP" && exec "$@") >"$TMP/server.log" 2>&1 &
    PIDS+=("$!")
}

# stop_last: stops the process started last.
stop_last() {
    local pid=${PIDS[-1]}
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    unset 'PIDS[-1]'
}

# wait_for URL: until it answers 2xx (30 s at most), or the server has died.
wait_for() {
    local url=$1 pid=${PIDS[-1]} tries
    for ((tries = 0; tries < 300; tries++)); do
        curl -fs --max-time 1 -o /dev/null "$url" && return 0
        kill -0 "$pid" 2>/dev/null || die "the server exited before $url answered"
        sleep 0.1
    done
    die "$url did not answer within 30 s"
}

# to_ms VALUE: wrk's 850.00us / 1.23ms / 1.02s as milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000
        printf "%.2f ms", n
    }'
}

ROWS=()
WARNINGS=()

# measure LABEL SLUG URL [wrk options...]: warm-up, then the measured run.
measure() {
    local label=$1 slug=$2 url=$3
    shift 3
    say "wrk: $label (${WARMUP} s warm-up, ${DURATION} s measured)"
    timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
    timeout $((DURATION + 30)) wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$@" "$url" \
        >"$OUT/wrk-$slug.txt"
    local rps p50 p99 non2xx socket
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$OUT/wrk-$slug.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$slug.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$slug.txt")
    [[ -n $rps && -n $p50 && -n $p99 ]] || die "could not read wrk's output in $OUT/wrk-$slug.txt"
    ROWS+=("| $label | $rps | $(to_ms "$p50") | $(to_ms "$p99") |")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$OUT/wrk-$slug.txt")
    socket=$(grep -m1 'Socket errors' "$OUT/wrk-$slug.txt" | sed 's/^ *//' || true)
    [[ -z $non2xx ]] || WARNINGS+=("$label: $non2xx responses were not 2xx/3xx")
    [[ -z $socket ]] || WARNINGS+=("$label: $socket")
}

# cookie NAME: its value in the curl cookie jar.
cookie() { awk -F'\t' -v name="$1" 'NF >= 7 && $6 == name { print $7 }' "$TMP/cookies.txt"; }

# --- 2. Seed and serve -----------------------------------------------------------

say "seeding $DATA: the demo, $ORGANISATIONS organisations and $USERS people"
mkdir -p "$DATA"
(cd "$TMP" && JAMLIK_DATA_DIR=$DATA JAMLIK_LOG=warn "$JAMLIK" bench-seed \
    --organisations "$ORGANISATIONS" --users "$USERS") >&2

BASE=http://127.0.0.1:$JAMLIK_PORT
start jamlik env JAMLIK_DATA_DIR="$DATA" JAMLIK_LOG=warn "$JAMLIK" serve --listen "127.0.0.1:$JAMLIK_PORT"
wait_for "$BASE/healthz"

# The seed queued an invitation per membership; the server's mail worker
# writes them to $DATA/outbox as it starts. Let it finish first (60 s at most).
say "waiting for the mail worker to empty the queue"
previous=-1
for ((tries = 0; tries < 60; tries++)); do
    count=$( (find "$DATA/outbox" -type f 2>/dev/null || true) | wc -l)
    [[ $count -eq $previous && $count -gt 0 ]] && break
    previous=$count
    sleep 1
done
say "outbox: $count messages"

# --- 3. Sign in ------------------------------------------------------------------

say "signing in as $EMAIL"
# The form's CSRF token is bound to the (pre-)session: read it from the form.
csrf=$(curl -fsS --max-time 10 -c "$TMP/cookies.txt" "$BASE/sign-in" |
    grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//' || true)
[[ -n $csrf ]] || die "the sign-in page holds no CSRF token"
status=$(curl -sS --max-time 30 -b "$TMP/cookies.txt" -c "$TMP/cookies.txt" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    "$BASE/sign-in")
session=$(cookie jamlik_session)
[[ -n $session ]] || die "sign-in answered $status and set no jamlik_session cookie"
dashboard=$(curl -fsS --max-time 10 -b "$TMP/cookies.txt" "$BASE/home" |
    grep -o 'href="/orgs/[^"/?#]*"' | head -n 1 | sed 's/^href="//; s/"$//' || true)
[[ -n $dashboard ]] || die "/home links to no /orgs/<id> page"
# A browser sends both cookies; so does wrk.
COOKIE="Cookie: jamlik_session=$session; jamlik_csrf=$(cookie jamlik_csrf)"
status=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H "$COOKIE" "$BASE$dashboard")
[[ $status == 200 ]] || die "GET $dashboard with the session answered $status, not 200"
say "dashboard: $dashboard"

# --- 4. Measure ----------------------------------------------------------------------

# Anything else busy on the machine (a build, a test run) lowers the figures:
# the load average before measuring goes into the report.
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before measuring: $LOAD"
measure "Jämlik GET / (start page, public)" start "$BASE/"
measure "Jämlik GET /orgs/<id> (dashboard, signed in)" dashboard "$BASE$dashboard" -H "$COOKIE"
BIG_PLAN=$(cat "$DATA/bench-plan.txt")
measure "Jämlik GET /p/<id> (published plan, 200 measures)" public-plan "$BASE$BIG_PLAN"
# The PDF is heavier: fewer connections, so the latency is the render's own.
measure "Jämlik GET /p/<id>/plan.pdf (tagged PDF, 200 measures)" public-pdf "$BASE$BIG_PLAN/plan.pdf" -c2 -t1
stop_last

start hello "$HELLO" "127.0.0.1:$HELLO_PORT"
wait_for "http://127.0.0.1:$HELLO_PORT/"
measure "axum hello-world GET / (ceiling)" hello "http://127.0.0.1:$HELLO_PORT/"
stop_last

# --- 5. Report -------------------------------------------------------------------------

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    commit="$commit with uncommitted changes"
fi
{
    echo "## Jämlik benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}; wrk and the server share them; load average before measuring: $LOAD"
    echo "- commit: $commit; $(rustc --version)"
    echo "- wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s after a ${WARMUP} s warm-up, on 127.0.0.1"
    echo "- data: the demo plus $ORGANISATIONS organisations and $USERS people (SQLite); dashboard $dashboard"
    echo
    echo "| endpoint | req/s | p50 | p99 |"
    echo "| --- | ---: | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    if [[ ${#WARNINGS[@]} -gt 0 ]]; then
        echo
        printf -- '- warning: %s\n' "${WARNINGS[@]}"
    fi
} | tee "$OUT/results.md"
say "written: bench/out/results.md (raw wrk output: bench/out/wrk-*.txt)"
