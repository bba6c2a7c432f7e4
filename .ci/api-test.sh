#!/usr/bin/env bash
# The JSON API against its OpenAPI document: candor-server --demo on a free loopback port in a fresh data
# folder, then schemathesis (PyPI, in a virtualenv under .build/) with every check on: no 5xx, and every
# status, header and body as Sources/Web/Static/openapi.json says. A fixed seed and no example database,
# so that a run is the same in CI as on a laptop. Exits non-zero on any failure.
#   .ci/api-test.sh                     the server built in debug (make api-test builds it)
#   API_TEST_EXAMPLES=N API_TEST_SEED=S .ci/api-test.sh   N examples per operation (default 300),
#                                                        another seed (default 13)
# Before schemathesis, .ci/api-happy-path.py checks the answers that need a solved proof of work.
set -euo pipefail
cd "$(dirname "$0")/.."
server=./.build/debug/candor-server
venv=.build/schemathesis-venv
# The version this document was checked with; a newer one may add checks, which is a change to review.
schemathesis_version=4.32.5

if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "version $schemathesis_version\$"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "schemathesis==$schemathesis_version"
fi

data=$(mktemp -d)
log="$data.log"
cleanup() {
  [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$data" "$log"
}
trap cleanup EXIT
"$server" --demo --data "$data" --listen 127.0.0.1:0 >"$log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's|^Candor is running: \(http://[^ ]*\)/$|\1|p' "$log")
  [[ -n "$url" ]] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "api-test: candor-server did not start" >&2; cat "$log" >&2; exit 1; }
echo "api-test: candor-server at $url"

"$venv/bin/python" .ci/api-happy-path.py "$url"

"$venv/bin/schemathesis" --config-file .ci/schemathesis.toml run "$url/api/v1/openapi.json" \
  --checks all \
  --max-examples "${API_TEST_EXAMPLES:-300}" \
  --seed "${API_TEST_SEED:-13}" \
  --generation-database none \
  --workers 1 \
  --no-color
