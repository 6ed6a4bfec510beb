#!/usr/bin/env bash
# The analysis upload path's benchmark: upload → mapping page → run, through
# the web pages, as a person does it. Run it from the repository root with
# one or more release builds of Jämlik:
#
#     bash bench/upload/run.sh path/to/jamlik [path/to/other/jamlik …]
#
# 1. Writes a staff file (bench/upload/generate.py: gender, age, job group,
#    unit, weekly hours, monthly pay, years of service) of BENCH_BYTES bytes
#    to bench/out/upload/ (kept if it is already there at that size).
# 2. For each repetition, each binary and each database (SQLite; PostgreSQL
#    too when one answers): starts `jamlik serve --demo` on a fresh data
#    directory (and a fresh PostgreSQL database), signs in as the demo
#    coordinator of Vaasa, resets the server's peak memory, then times with
#    curl (`%{time_total}`):
#      upload   POST /orgs/<org>/analysis (multipart, field `file`)
#      mapping  GET  /orgs/<org>/analysis/uploads/<id>, three times (a
#               person reloads it)
#      run      POST the mapping form (resources: monthly pay by gender),
#               then the job page until it no longer shows progress
#    and the server's peak resident memory (VmHWM in /proc, reset before
#    each step) in each step, its CPU time over the path, and its resident
#    memory (VmRSS) before the path.
# 3. Prints a Markdown table of the medians and writes it to
#    bench/out/upload/results.md; every run's figures go to runs.tsv beside it.
#
# Settings (environment, all optional): BENCH_BYTES=20000000 (the upload
# limit is 20 MiB) BENCH_REPEAT=3 BENCH_DATABASES="sqlite postgres"
# BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres
# BENCH_PORT=18090 BENCH_POLL_MILLIS=100 (the analysis worker's poll)
# BENCH_CHECK_LIMIT=1 (also send a file of 50,000,000 bytes once, to see it
# refused)
set -euo pipefail

BYTES=${BENCH_BYTES:-20000000}
REPEAT=${BENCH_REPEAT:-3}
DATABASES=${BENCH_DATABASES:-sqlite postgres}
POSTGRES_URL=${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
PORT=${BENCH_PORT:-18090}
POLL_MILLIS=${BENCH_POLL_MILLIS:-100}
CHECK_LIMIT=${BENCH_CHECK_LIMIT:-1}
EMAIL=coordinator@vaasa.example
PASSWORD=jamlik-demo-2026

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/upload/run.sh: error: %s\n' "$*" >&2; exit 1; }

# --- Preconditions -----------------------------------------------------------

[[ $# -ge 1 ]] || die "give the jamlik binaries to measure: bash bench/upload/run.sh path/to/jamlik …"
BINARIES=()
for binary in "$@"; do
    [[ -x $binary ]] || die "$binary is not an executable"
    BINARIES+=("$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")")
done
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
for tool in curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing; install it with: apt-get install $tool"
done

# No setting of the caller's may point Jämlik at another database, and no
# jamlik.toml may be read: every JAMLIK_* variable goes, and Jämlik runs in a
# temporary directory.
while read -r name; do unset "$name"; done < <(compgen -e | grep '^JAMLIK_' || true)

OUT=$ROOT/bench/out/upload
mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/jamlik-bench-upload.XXXXXX")
BASE=http://127.0.0.1:$PORT
SERVER=
DATABASE=

# The database a PostgreSQL run uses: the server's URL with another name.
postgres_url() { printf '%s/%s' "${POSTGRES_URL%/*}" "$1"; }
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 "$POSTGRES_URL" -c "$1" >/dev/null; }

stop_server() {
    if [[ -n $SERVER ]]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
        SERVER=
    fi
    if [[ -n $DATABASE ]]; then
        psql_admin "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" || true
        DATABASE=
    fi
}

cleanup() {
    local status=$?
    stop_server
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

curl -s --max-time 1 -o /dev/null "$BASE/" && die "something already answers on 127.0.0.1:$PORT (set BENCH_PORT)"

USE_POSTGRES=0
for database in $DATABASES; do
    case $database in
        sqlite) ;;
        postgres)
            if command -v psql >/dev/null 2>&1 && psql -X -q "$POSTGRES_URL" -c 'SELECT 1' >/dev/null 2>&1; then
                USE_POSTGRES=1
            else
                say "no PostgreSQL answers at $POSTGRES_URL (or psql is missing): SQLite only"
            fi
            ;;
        *) die "BENCH_DATABASES holds sqlite and/or postgres, not $database" ;;
    esac
done
RUN_DATABASES=()
for database in $DATABASES; do
    [[ $database == postgres && $USE_POSTGRES == 0 ]] || RUN_DATABASES+=("$database")
done

# --- 1. The file ----------------------------------------------------------------

CSV=$OUT/staff-$BYTES.csv
if [[ ! -f $OUT/staff-$BYTES.rows || ! -f $CSV ]]; then
    say "writing $BYTES bytes of staff rows to bench/out/upload/"
    python3 bench/upload/generate.py "$CSV" "$BYTES" >"$OUT/staff-$BYTES.rows"
fi
ROWS=$(cat "$OUT/staff-$BYTES.rows")
SIZE=$(stat -c %s "$CSV")
say "file: $SIZE bytes, $ROWS rows"

# --- Helpers ---------------------------------------------------------------------

# cookie NAME: its value in the curl cookie jar.
cookie() { awk -F'\t' -v name="$1" 'NF >= 7 && $6 == name { print $7 }' "$TMP/cookies.txt"; }
# form_value FILE NAME: the value of the input called NAME in an HTML page.
form_value() {
    grep -o "name=\"$2\" value=\"[^\"]*\"" "$1" | head -n 1 | sed 's/.*value="//; s/"$//' || true
}
# field FILE ID: the value of the input with that id.
field_by_id() {
    grep -o "id=\"$2\" name=\"[^\"]*\" value=\"[^\"]*\"" "$1" | head -n 1 | sed 's/.*value="//; s/"$//' || true
}
kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
# cpu_ticks PID: the user and system time the process has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)
now() { date +%s.%N; }

# start_server BINARY DATABASE N: a fresh server on 127.0.0.1:$PORT.
start_server() {
    local binary=$1 database=$2 n=$3 tries
    local data=$TMP/data-$n
    rm -rf "$data" "$TMP/cookies.txt"
    mkdir -p "$data"
    local env=(JAMLIK_DATA_DIR="$data" JAMLIK_LOG=warn JAMLIK_ANALYSIS_POLL_MILLIS="$POLL_MILLIS")
    if [[ $database == postgres ]]; then
        DATABASE=jamlik_bench_upload_$$_$n
        psql_admin "CREATE DATABASE $DATABASE"
        env+=(JAMLIK_DATABASE_URL="$(postgres_url "$DATABASE")")
    fi
    (cd "$TMP" && exec env "${env[@]}" "$binary" serve --demo --listen "127.0.0.1:$PORT") \
        >"$TMP/server.log" 2>&1 &
    SERVER=$!
    # The demo is loaded before the server listens: allow it five minutes.
    for ((tries = 0; tries < 3000; tries++)); do
        curl -fs --max-time 1 -o /dev/null "$BASE/healthz" && return 0
        kill -0 "$SERVER" 2>/dev/null || die "the server exited before it answered"
        sleep 0.1
    done
    die "the server did not answer within five minutes"
}

sign_in() {
    local csrf status
    csrf=$(curl -fsS --max-time 10 -c "$TMP/cookies.txt" "$BASE/sign-in" |
        grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//' || true)
    [[ -n $csrf ]] || die "the sign-in page holds no CSRF token"
    status=$(curl -sS --max-time 30 -b "$TMP/cookies.txt" -c "$TMP/cookies.txt" -o /dev/null -w '%{http_code}' \
        --data-urlencode "csrf=$csrf" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
        "$BASE/sign-in")
    [[ -n $(cookie jamlik_session) ]] || die "sign-in answered $status and set no jamlik_session cookie"
    ORG=$(curl -fsS --max-time 10 -b "$TMP/cookies.txt" "$BASE/home" |
        grep -o 'href="/orgs/[^"/?#]*"' | head -n 1 | sed 's/^href="\/orgs\///; s/"$//' || true)
    [[ -n $ORG ]] || die "/home links to no /orgs/<id> page"
}

# measure BINARY DATABASE N: one upload → mapping ×3 → run; a line of runs.tsv.
measure() {
    local binary=$1 database=$2 n=$3
    local label
    label=$(basename "$binary")
    say "[$n] $label on $database: starting a fresh server with the demo"
    start_server "$binary" "$database" "$n"
    sign_in
    curl -fsS --max-time 10 -b "$TMP/cookies.txt" -o "$TMP/analysis.html" "$BASE/orgs/$ORG/analysis"
    local csrf
    csrf=$(form_value "$TMP/analysis.html" csrf)
    [[ -n $csrf ]] || die "the analysis page holds no CSRF token"
    # Let the workers started with the server (mail, analysis) settle.
    sleep 3
    local rss_before hwm_start
    rss_before=$(kib "$SERVER" VmRSS)
    hwm_start=$(kib "$SERVER" VmHWM)
    # From here the peak is the path's own: writing 5 to clear_refs sets
    # VmHWM to the present VmRSS (Linux 4.0 and later); so before each step.
    echo 5 >"/proc/$SERVER/clear_refs" 2>/dev/null ||
        die "cannot reset the server's peak memory (/proc/$SERVER/clear_refs needs Linux 4.0 and the right to write it)"

    local cpu_start
    cpu_start=$(cpu_ticks "$SERVER")

    # (a) the upload
    local answer status upload_s location
    answer=$(curl -sS --max-time 300 -b "$TMP/cookies.txt" -o "$TMP/upload.html" \
        -w '%{http_code} %{time_total} %{redirect_url}' \
        -F "csrf=$csrf" -F "file=@$CSV;type=text/csv;filename=staff.csv" "$BASE/orgs/$ORG/analysis")
    read -r status upload_s location <<<"$answer"
    [[ $status == 303 && $location == */analysis/uploads/* ]] ||
        die "the upload answered $status ${location:-without a redirect}"
    local mapping=${location#"$BASE"}
    local hwm_upload
    hwm_upload=$(kib "$SERVER" VmHWM)
    echo 5 >"/proc/$SERVER/clear_refs"

    # (b) the mapping page, three times
    local maps=() i map_s
    for i in 1 2 3; do
        answer=$(curl -sS --max-time 300 -b "$TMP/cookies.txt" -o "$TMP/mapping.html" \
            -w '%{http_code} %{time_total}' "$BASE$mapping")
        read -r status map_s <<<"$answer"
        [[ $status == 200 ]] || die "the mapping page answered $status"
        maps+=("$map_s")
    done
    grep -q 'value="monthly_pay"' "$TMP/mapping.html" || die "the mapping page offers no monthly_pay column"
    local hwm_mapping
    hwm_mapping=$(kib "$SERVER" VmHWM)
    echo 5 >"/proc/$SERVER/clear_refs"
    local threshold
    threshold=$(field_by_id "$TMP/mapping.html" threshold)
    csrf=$(form_value "$TMP/mapping.html" csrf)

    # (c) the run, until the job page no longer shows progress
    local started post_s job polls=0
    started=$(now)
    answer=$(curl -sS --max-time 300 -b "$TMP/cookies.txt" -o /dev/null \
        -w '%{http_code} %{time_total} %{redirect_url}' \
        --data-urlencode "csrf=$csrf" --data-urlencode kind=resources \
        --data-urlencode group=gender --data-urlencode outcome=monthly_pay \
        --data-urlencode bad_rows=stop --data-urlencode "threshold=${threshold:-5}" \
        "$BASE$mapping")
    read -r status post_s job <<<"$answer"
    [[ $status == 303 && -n $job ]] || die "the run answered $status ${job:-without a redirect}"
    while :; do
        status=$(curl -sS --max-time 60 -b "$TMP/cookies.txt" -o "$TMP/job.html" -w '%{http_code}' "$job")
        [[ $status == 200 ]] || die "the job page answered $status"
        grep -q '<progress' "$TMP/job.html" || break
        polls=$((polls + 1))
        ((polls < 6000)) || die "the run did not end within ten minutes"
        sleep 0.1
    done
    local run_s
    run_s=$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
    grep -q 'class="notice error"' "$TMP/job.html" && die "the run failed: see the job page"
    grep -q 'class="findings"' "$TMP/job.html" || die "the job page shows no findings"

    local hwm_run hwm rss_after cpu_s
    hwm_run=$(kib "$SERVER" VmHWM)
    cpu_s=$(awk -v a="$cpu_start" -v b="$(cpu_ticks "$SERVER")" -v hz="$TICKS" 'BEGIN { printf "%.2f", (b - a) / hz }')
    rss_after=$(kib "$SERVER" VmRSS)
    # The path's peak: the highest of its three steps' (each reset before it).
    hwm=$(printf '%s\n' "$hwm_upload" "$hwm_mapping" "$hwm_run" | sort -n | tail -n 1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$database" "$n" \
        "$upload_s" "${maps[0]}" "${maps[1]}" "${maps[2]}" "$run_s" "$post_s" \
        "$rss_before" "$hwm_start" "$hwm_upload" "$hwm_mapping" "$hwm_run" "$hwm" "$rss_after" "$cpu_s" >>"$OUT/runs.tsv"
    say "[$n] upload ${upload_s}s, mapping ${maps[*]}s, run ${run_s}s (POST ${post_s}s); server CPU ${cpu_s}s; peak MiB: upload $((hwm_upload / 1024)), mapping $((hwm_mapping / 1024)), run $((hwm_run / 1024))"

    # Once: the issue's 50 MB file, to see it refused.
    if [[ $CHECK_LIMIT == 1 && $n == 1 ]]; then
        [[ -f $OUT/staff-50000000.csv ]] ||
            python3 bench/upload/generate.py "$OUT/staff-50000000.csv" 50000000 >/dev/null
        # The server answers as soon as the body passes the limit; curl may
        # still be sending then and see only the 100 Continue: try again.
        local attempt
        for attempt in 1 2 3; do
            answer=$(curl -sS --max-time 300 -b "$TMP/cookies.txt" -o "$TMP/big.html" -w '%{http_code} %{time_total}' \
                -F "csrf=$csrf" -F "file=@$OUT/staff-50000000.csv;type=text/csv;filename=staff-50mb.csv" \
                "$BASE/orgs/$ORG/analysis" 2>/dev/null || true)
            [[ ${answer%% *} -lt 400 ]] || break
        done
        printf '%s\t%s\t%s\n' "$label" "$database" "$answer" >>"$OUT/limit.tsv"
        say "a file of 50,000,000 bytes: $answer (status, seconds)"
    fi
    stop_server
}

# --- 2. Measure ---------------------------------------------------------------------

printf 'binary\tdatabase\trun\tupload_s\tmapping1_s\tmapping2_s\tmapping3_s\trun_s\trun_post_s\trss_before_kib\thwm_start_kib\thwm_upload_kib\thwm_mapping_kib\thwm_run_kib\thwm_path_kib\trss_after_kib\tcpu_s\n' \
    >"$OUT/runs.tsv"
: >"$OUT/limit.tsv"
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before measuring: $LOAD"
# Repetitions interleaved, so that what else the machine does falls on all.
for ((n = 1; n <= REPEAT; n++)); do
    for binary in "${BINARIES[@]}"; do
        for database in "${RUN_DATABASES[@]}"; do
            measure "$binary" "$database" "$n"
        done
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 3. Report ---------------------------------------------------------------------------

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
    echo "## Upload → mapping → run, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}; curl and the server share them; load average before: $LOAD, after: $LOAD_AFTER"
    echo "- file: $SIZE bytes, $ROWS rows of staff (bench/upload/generate.py); resources: monthly_pay by gender"
    echo "- medians of $REPEAT runs each; the analysis worker polls every $POLL_MILLIS ms"
    echo
    python3 - "$OUT/runs.tsv" <<'EOF'
import csv, statistics, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
keys = []
for row in rows:
    if (row["binary"], row["database"]) not in keys:
        keys.append((row["binary"], row["database"]))
print("| binary | database | upload | mapping ×3 | mapping (each) | run | total | server CPU | RSS before | peak RSS: upload | mapping | run | path |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for binary, database in keys:
    runs = [r for r in rows if r["binary"] == binary and r["database"] == database]
    med = lambda f: statistics.median(f(r) for r in runs)
    maps = lambda r: [float(r[f"mapping{i}_s"]) for i in (1, 2, 3)]
    upload = med(lambda r: float(r["upload_s"]))
    mapping = med(lambda r: sum(maps(r)))
    each = statistics.median(m for r in runs for m in maps(r))
    run = med(lambda r: float(r["run_s"]))
    total = med(lambda r: float(r["upload_s"]) + sum(maps(r)) + float(r["run_s"]))
    cpu = med(lambda r: float(r["cpu_s"]))
    before = med(lambda r: int(r["rss_before_kib"])) / 1024
    peak = {step: med(lambda r: int(r[f"hwm_{step}_kib"])) / 1024
            for step in ("upload", "mapping", "run", "path")}
    print(f"| {binary} | {database} | {upload:.2f} s | {mapping:.2f} s | {each * 1000:.0f} ms | "
          f"{run:.2f} s | {total:.2f} s | {cpu:.2f} s | {before:.0f} MiB | {peak['upload']:.0f} MiB | "
          f"{peak['mapping']:.0f} MiB | {peak['run']:.0f} MiB | {peak['path']:.0f} MiB |")
EOF
    if [[ -s $OUT/limit.tsv ]]; then
        echo
        while IFS=$'\t' read -r label database answer; do
            echo "- a file of 50,000,000 bytes, $label on $database: answered ${answer% *} in ${answer#* } s"
        done <"$OUT/limit.tsv"
    fi
} | tee "$OUT/results.md"
say "written: bench/out/upload/results.md (every run: bench/out/upload/runs.tsv)"
