#!/usr/bin/env bash
# The analysis engine's benchmark. Run it from the repository root:
#
#     bash bench/analysis/run.sh
#
# 1. Builds `jamlik` in release and installs DuckDB, Polars, pandas and
#    statsmodels (bench/analysis/requirements.txt) into a virtual environment
#    under bench/out/.
# 2. Generates, deterministically (bench/analysis/generate.py), under
#    bench/out/analysis/: a 10-million-row services file (gender, age,
#    municipality, service, hours, cost; about 540 MB), a 100,000-row
#    baseline (gender), and a 1-million-row pay file (wage, gender, ten
#    numeric controls). Files already there from the same generator are kept.
# 3. Times, side by side and interleaved, REPEAT times each, end to end
#    (process start to exit) with /usr/bin/time -v (wall clock, peak RSS):
#      representation  jamlik analyze representation | DuckDB | Polars
#      resources       jamlik analyze resources      | DuckDB | Polars
#      OLS + HC1       jamlik analyze regression     | statsmodels
#      Oaxaca–Blinder  jamlik analyze gap            | statsmodels
# 4. Checks that the results agree (compare.py: representation and
#    resources to 1e-9 relative, OLS and Oaxaca to 1e-6) and fails if not.
# 5. Prints a Markdown table and writes it to bench/out/analysis/results.md.
#
# Settings (environment, all optional): BENCH_ROWS=10000000
# BENCH_GAP_ROWS=1000000 BENCH_REPEAT=3 BENCH_PYTHON=python3 BENCH_ENGINE=cli
# (or example: the engine's example binary instead of the whole command line)
set -euo pipefail

ROWS=${BENCH_ROWS:-10000000}
GAP_ROWS=${BENCH_GAP_ROWS:-1000000}
REPEAT=${BENCH_REPEAT:-3}
PYTHON=${BENCH_PYTHON:-python3}
# cli: `jamlik analyze` (release build of the whole command line);
# example: `cargo run -p jamlik-stats --example analyze`, the same library
# calls and JSON, for when the full release build is too slow to wait for.
ENGINE=${BENCH_ENGINE:-cli}
JAMLIK= EXAMPLE=
[[ $ENGINE == cli || $ENGINE == example ]] || { echo "BENCH_ENGINE is cli or example" >&2; exit 1; }

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/analysis/run.sh: error: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
HERE=bench/analysis
OUT=$ROOT/bench/out/analysis
mkdir -p "$OUT"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing; install it with: apt-get install time"
command -v cargo >/dev/null || die "cargo is missing; install Rust (rustup) first"
command -v "$PYTHON" >/dev/null || die "$PYTHON is missing"

# --- 1. Build and install ---------------------------------------------------

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
if [[ $ENGINE == cli ]]; then
    say "building jamlik (release)"
    cargo build --release -p jamlik
    JAMLIK=$CARGO_TARGET_DIR/release/jamlik
else
    say "building the engine's example (release)"
    cargo build --release -p jamlik-stats --example analyze
    EXAMPLE=$CARGO_TARGET_DIR/release/examples/analyze
fi
# jamlik_analyze ANALYSIS ARGS…: the `jamlik analyze` command line, or the
# example's equivalent (the same library calls and JSON).
jamlik_analyze() {
    if [[ $ENGINE == cli ]]; then
        "$JAMLIK" analyze "$@"
        return
    fi
    local analysis=$1 input group outcome baseline first controls
    shift
    while [[ $# -gt 0 ]]; do
        case $1 in
            --input) input=$2 ;;
            --group) group=$2 ;;
            --outcome) outcome=$2 ;;
            --baseline) baseline=$2 ;;
            --first) first=$2 ;;
            --controls) controls=$2 ;;
            --format) ;;
            *) die "jamlik_analyze: unexpected $1" ;;
        esac
        shift 2
    done
    case $analysis in
        representation) "$EXAMPLE" representation "$input" "$group" "$baseline" ;;
        resources) "$EXAMPLE" resources "$input" "$group" "$outcome" ;;
        regression) "$EXAMPLE" regression "$input" "$outcome" "$controls" ;;
        gap) "$EXAMPLE" gap "$input" "$outcome" "$group" "$first" "$controls" ;;
    esac
}
export -f jamlik_analyze die
export ENGINE JAMLIK EXAMPLE

VENV=$ROOT/bench/out/venv-analysis
if ! cmp -s "$HERE/requirements.txt" "$VENV/requirements.txt" 2>/dev/null; then
    say "installing DuckDB, Polars, pandas and statsmodels into $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet -r "$HERE/requirements.txt"
    cp "$HERE/requirements.txt" "$VENV/requirements.txt"
fi
PY=$VENV/bin/python

# --- 2. Data ------------------------------------------------------------------

# generate KIND FILE ROWS: unless the file is there from the same generator.
generate() {
    local kind=$1 file=$2 rows=$3 stamp
    stamp="$(sha256sum "$HERE/generate.py" | cut -c1-16) $kind $rows"
    if [[ -f $file && $(cat "$file.stamp" 2>/dev/null) == "$stamp" ]]; then
        return
    fi
    say "generating $file ($rows rows)"
    "$PY" "$HERE/generate.py" "$kind" "$file.part" "$rows"
    mv "$file.part" "$file"
    echo "$stamp" >"$file.stamp"
}
SERVICES=$OUT/services.csv
BASELINE=$OUT/baseline.csv
GAP=$OUT/gap.csv
generate services "$SERVICES" "$ROWS"
generate baseline "$BASELINE" 100000
generate gap "$GAP" "$GAP_ROWS"
# Every tool reads from the page cache.
cat "$SERVICES" "$BASELINE" "$GAP" >/dev/null

# --- 3. Measure ------------------------------------------------------------------

declare -A WALL RSS CPU
# run NAME OUTPUT COMMAND...: one timed run; the result on OUTPUT.
run() {
    local name=$1 output=$2
    shift 2
    /usr/bin/time -v -o "$OUT/time.txt" "$@" >"$output" 2>"$OUT/stderr.txt" ||
        { cat "$OUT/stderr.txt" >&2; die "$name failed"; }
    local wall rss cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        print s }' "$OUT/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/time.txt")
    cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$OUT/time.txt")
    WALL[$name]="${WALL[$name]:-} $wall"
    RSS[$name]="${RSS[$name]:-} $rss"
    CPU[$name]="${CPU[$name]:-} $cpu"
    printf '    %-28s %6.2f s wall %6.2f s CPU %8d MB\n' "$name" "$wall" "$cpu" $((rss / 1024)) >&2
}

CONTROLS=x1,x2,x3,x4,x5,x6,x7,x8,x9,x10
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 1; r <= REPEAT; r++)); do
    say "round $r of $REPEAT"
    run "jamlik representation" "$OUT/representation-jamlik.json" \
        bash -c 'jamlik_analyze "$@"' jamlik representation --input "$SERVICES" --group gender --baseline "$BASELINE" --format json
    run "DuckDB representation" "$OUT/representation-duckdb.json" \
        "$PY" "$HERE/others.py" duckdb representation "$SERVICES" "$BASELINE"
    run "Polars representation" "$OUT/representation-polars.json" \
        "$PY" "$HERE/others.py" polars representation "$SERVICES" "$BASELINE"
    run "jamlik resources" "$OUT/resources-jamlik.json" \
        bash -c 'jamlik_analyze "$@"' jamlik resources --input "$SERVICES" --group gender --outcome hours --format json
    run "DuckDB resources" "$OUT/resources-duckdb.json" \
        "$PY" "$HERE/others.py" duckdb resources "$SERVICES"
    run "Polars resources" "$OUT/resources-polars.json" \
        "$PY" "$HERE/others.py" polars resources "$SERVICES"
    run "jamlik OLS + HC1" "$OUT/regression-jamlik.json" \
        bash -c 'jamlik_analyze "$@"' jamlik regression --input "$GAP" --outcome wage --controls "$CONTROLS" --format json
    run "statsmodels OLS + HC1" "$OUT/regression-statsmodels.json" \
        "$PY" "$HERE/statsmodels_gap.py" regression "$GAP"
    run "jamlik Oaxaca-Blinder" "$OUT/gap-jamlik.json" \
        bash -c 'jamlik_analyze "$@"' jamlik gap --input "$GAP" --outcome wage --group gender --first man --controls "$CONTROLS"
    run "statsmodels Oaxaca-Blinder" "$OUT/gap-statsmodels.json" \
        "$PY" "$HERE/statsmodels_gap.py" gap "$GAP"
done

# --- 4. Agreement -------------------------------------------------------------------

say "comparing results"
"$PY" "$HERE/compare.py" 1e-9 "$OUT/representation-jamlik.json" \
    "$OUT/representation-duckdb.json" "$OUT/representation-polars.json" ||
    die "representation: the tools disagree"
"$PY" "$HERE/compare.py" 1e-9 "$OUT/resources-jamlik.json" \
    "$OUT/resources-duckdb.json" "$OUT/resources-polars.json" ||
    die "resources: the tools disagree"
"$PY" "$HERE/compare.py" 1e-6 "$OUT/regression-jamlik.json" "$OUT/regression-statsmodels.json" ||
    die "OLS: jamlik and statsmodels disagree"
"$PY" "$HERE/compare.py" 1e-6 "$OUT/gap-jamlik.json" "$OUT/gap-statsmodels.json" ||
    die "Oaxaca-Blinder: jamlik and statsmodels disagree"

# --- 5. Report ------------------------------------------------------------------------

# median VALUES...: the middle value (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
row() {
    local name=$1 what=$2
    # shellcheck disable=SC2086
    printf '| %s | %s | %.2f s | %.2f s | %d MB |\n' "$what" "$name" "$(median ${WALL[$name]})" \
        "$(median ${CPU[$name]})" $(($(median ${RSS[$name]}) / 1024))
}
size_mb() { echo $(($(stat -c %s "$1") / 1000000)); }
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    commit="$commit with uncommitted changes"
fi
{
    echo "## Analysis benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average before measuring: $LOAD"
    echo "- commit: $commit; $(rustc --version); DuckDB $("$PY" -c 'import duckdb; print(duckdb.__version__)'), Polars $("$PY" -c 'import polars; print(polars.__version__)'), statsmodels $("$PY" -c 'import statsmodels; print(statsmodels.__version__)'), $("$PY" --version)"
    echo "- data: services.csv $ROWS rows, $(size_mb "$SERVICES") MB; baseline.csv 100,000 rows; gap.csv $GAP_ROWS rows × 10 controls, $(size_mb "$GAP") MB (page cache warm)"
    echo "- Jämlik: $([[ $ENGINE == cli ]] && echo '`jamlik analyze`' || echo 'the engine example (`cargo build --release -p jamlik-stats --example analyze`: the library calls and JSON of `jamlik analyze`)')"
    echo "- median of $REPEAT interleaved runs, end to end (process start to exit, Python imports included); CPU is user + system time of all threads; peak memory is the maximum resident set size"
    echo "- results agree: representation and resources to 1e-9 relative between all three, OLS and Oaxaca–Blinder to 1e-6 with statsmodels"
    echo
    echo "| analysis | tool | wall clock | CPU (user + system) | peak memory |"
    echo "| --- | --- | ---: | ---: | ---: |"
    for tool in jamlik DuckDB Polars; do row "$tool representation" representation; done
    for tool in jamlik DuckDB Polars; do row "$tool resources" resources; done
    for tool in jamlik statsmodels; do row "$tool OLS + HC1" "OLS + HC1 (1M × 10)"; done
    for tool in jamlik statsmodels; do row "$tool Oaxaca-Blinder" "Oaxaca–Blinder (1M × 10)"; done
} | tee "$OUT/results.md"
say "written: bench/out/analysis/results.md"
