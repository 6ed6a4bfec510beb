#!/usr/bin/env bash
# The reports benchmark. Run it from the repository root:
#
#     bash bench/reports/run.sh
#
# It builds bench/reports in release, renders a plan of 200 measures (with 60
# findings, consultations and six long sections) to PDF, DOCX and HTML many
# times and prints the first render, the median and the 99th percentile of
# each. Beside it, the tool a person would otherwise use: LibreOffice
# converting the same DOCX to PDF, timed with hyperfine. The Markdown goes to
# stdout and to bench/out/reports.md; the sample files stay in bench/out/reports/.
#
# Needs: Debian's libreoffice-writer-nogui (or libreoffice) and hyperfine for
# the comparison; without them only Jämlik's own figures are printed.
# Settings (environment, all optional): BENCH_ITERATIONS=100 BENCH_MEASURES=200
# BENCH_LANGUAGE=fi BENCH_LIBREOFFICE_RUNS=5
set -euo pipefail
cd "$(dirname "$0")/../.."

ITERATIONS=${BENCH_ITERATIONS:-100}
MEASURES=${BENCH_MEASURES:-200}
LANGUAGE=${BENCH_LANGUAGE:-fi}
LIBREOFFICE_RUNS=${BENCH_LIBREOFFICE_RUNS:-5}
OUT=bench/out/reports
mkdir -p "$OUT"
RESULTS=bench/out/reports.md

echo "building in release…" >&2
cargo build --release --quiet -p jamlik-bench-reports
BIN="${CARGO_TARGET_DIR:-target}/release/jamlik-bench-reports"

{
  echo "## Jämlik: jamlik-reports"
  echo
  "$BIN" --iterations "$ITERATIONS" --measures "$MEASURES" --language "$LANGUAGE" --out "$OUT"
  echo
  if command -v hyperfine >/dev/null && command -v libreoffice >/dev/null; then
    echo "## LibreOffice converting the same DOCX to PDF"
    echo
    PROFILE=$(mktemp -d)
    trap 'rm -rf "$PROFILE"' EXIT
    hyperfine --warmup 1 --runs "$LIBREOFFICE_RUNS" --export-markdown "$OUT/libreoffice.md" --style none \
      "libreoffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir $OUT/libreoffice $OUT/plan.docx" >&2
    cat "$OUT/libreoffice.md"
  else
    echo "(hyperfine or libreoffice missing: no comparison)"
  fi
  echo
  echo "machine: $(nproc) CPUs, $(uname -m), $(date -u +%Y-%m-%d)"
} | tee "$RESULTS"
