#!/usr/bin/env bash
# The crash loop: candor-server under web-form and API load, killed with SIGKILL at random instants and
# restarted; after every kill the ledger must verify and every acknowledged report must be found, once.
#   .ci/crashloop.sh            full mode: 200 cycles
#   .ci/crashloop.sh --quick    CI's quick mode: 20 cycles (under two minutes on a 2-core machine)
# Any other arguments go to `candor-bench crashloop` (--cycles N, --clients N, --json, --keep DIR).
# Exits non-zero if anything acknowledged was lost or stored twice.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
swift build -c release --product candor-server
swift build -c release --product candor-bench
exec ./.build/release/candor-bench crashloop "$@"
