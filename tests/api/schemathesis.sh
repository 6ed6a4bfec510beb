#!/usr/bin/env bash
# Schemathesis against Jämlik's own OpenAPI document. Run it from the
# repository root:
#
#     bash tests/api/schemathesis.sh
#
# It installs Schemathesis (from PyPI, pinned below) into a virtual
# environment under the target directory, builds the debug binary, starts
# `jamlik serve --demo` on a free port of 127.0.0.1 with a fresh data
# directory, creates an API token for the demo admin (so the authenticated
# operations are exercised too, not only refused), and runs every check on
# every operation of /api/v1/openapi.json, with the settings in
# tests/api/schemathesis.toml (two business rules beyond the schema, named
# there). It exits non-zero on any failure.
# The JUnit report goes to target/schemathesis/junit.xml. Every process it
# starts is stopped and the temporary directory removed however it exits.
#
# Settings (environment, all optional):
#   ST_EXAMPLES=40   test cases per operation and phase
#   ST_SEED=20261123 the random seed (a run is reproducible)
#   SCHEMATHESIS_VENV=<target>/schemathesis-venv
set -euo pipefail

SCHEMATHESIS_VERSION=4.32.5
EXAMPLES=${ST_EXAMPLES:-40}
SEED=${ST_SEED:-20261123}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'tests/api/schemathesis.sh: error: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
for tool in python3 curl cargo; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done
while read -r name; do unset "$name"; done < <(compgen -e | grep '^JAMLIK_' || true)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
# `cargo xtask test` passes the binary its integration tests were built with.
PREBUILT=${ST_JAMLIK_BIN:-}
VENV=${SCHEMATHESIS_VENV:-$TARGET/schemathesis-venv}
OUT=$TARGET/schemathesis
mkdir -p "$OUT"

if [[ "$("$VENV/bin/st" --version 2>/dev/null || true)" != *"$SCHEMATHESIS_VERSION"* ]]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (apt-get install python3-venv)"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

if [[ -n $PREBUILT && -x $PREBUILT ]]; then
    JAMLIK=$PREBUILT
else
    say "building jamlik (debug)"
    cargo build --quiet -p jamlik
    JAMLIK=$TARGET/debug/jamlik
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/jamlik-schemathesis.XXXXXX")
PID=
cleanup() {
    local status=$?
    if [[ -n $PID ]]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
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

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
say "starting jamlik serve --demo on $BASE"
(cd "$TMP" && exec env JAMLIK_DATA_DIR="$TMP/data" JAMLIK_LOG=warn JAMLIK_MAIL_POLL_MILLIS=100 \
    "$JAMLIK" serve --demo --listen "127.0.0.1:$PORT") >"$TMP/server.log" 2>&1 &
PID=$!
for ((tries = 0; tries < 1200; tries++)); do
    curl -fs --max-time 1 -o /dev/null "$BASE/healthz" && break
    kill -0 "$PID" 2>/dev/null || die "the server exited before answering"
    sleep 0.1
done
curl -fs --max-time 1 -o /dev/null "$BASE/healthz" || die "the server did not answer within 120 s"

say "creating an API token for the demo admin"
# The CSRF token is bound to the session: read it from a page's form, before
# signing in and again after (signing in renews it).
csrf_of() { grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
csrf=$(curl -fsS --max-time 10 -c "$TMP/cookies.txt" "$BASE/sign-in" | csrf_of)
curl -sS --max-time 30 -b "$TMP/cookies.txt" -c "$TMP/cookies.txt" -o /dev/null \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=admin@jamlik.example" \
    --data-urlencode "password=jamlik-demo-2026" "$BASE/sign-in"
csrf=$(curl -fsS --max-time 10 -b "$TMP/cookies.txt" -c "$TMP/cookies.txt" "$BASE/profile" | csrf_of)
TOKEN=$(curl -sS --max-time 30 -b "$TMP/cookies.txt" --data-urlencode "csrf=$csrf" \
    --data-urlencode "name=schemathesis" "$BASE/profile/tokens" | grep -o 'jlk_[A-Za-z0-9_-]*' | head -n 1 || true)
[[ -n $TOKEN ]] || die "could not create an API token"

say "schemathesis: every check, $EXAMPLES examples per operation, seed $SEED"
# From the temporary directory, so that its caches do not land in the checkout.
cd "$TMP"
"$VENV/bin/st" --config-file "$ROOT/tests/api/schemathesis.toml" run "$BASE/api/v1/openapi.json" \
    --checks all \
    --max-examples "$EXAMPLES" \
    --seed "$SEED" \
    --generation-database none \
    --workers 1 \
    --request-timeout 30 \
    --header "Authorization: Bearer $TOKEN" \
    --report junit --report-junit-path "$OUT/junit.xml" \
    --no-color
