#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer and AddressSanitizer, then runs it.
#
#   .fuzz/run.sh fuzz-http-request 60
#   .fuzz/run.sh fuzz-multipart 60
#   .fuzz/run.sh fuzz-ledger-record 60
#   .fuzz/run.sh fuzz-envelope 60
#   .fuzz/run.sh fuzz-signed-note 60
#   .fuzz/run.sh fuzz-tile-path 60
#   .fuzz/run.sh fuzz-json 60
#   .fuzz/run.sh fuzz-jpeg-stripper 60
#   .fuzz/run.sh fuzz-png-stripper 60
#   .fuzz/run.sh fuzz-key-file 60
#   .fuzz/run.sh fuzz-inspector-event 60
#   .fuzz/run.sh fuzz-chunked-framing 60
#   .fuzz/run.sh fuzz-record-batch 60
#   .fuzz/run.sh fuzz-unit-file 60
#   .fuzz/run.sh fuzz-case-bundle 60
#   .fuzz/run.sh fuzz-witness 60
#   .fuzz/run.sh fuzz-feedback 60
#   .fuzz/run.sh fuzz-outcome-entry 60
#   .fuzz/run.sh fuzz-tagger-file 60
#
# The committed seeds in corpus/TARGET stay small; what the fuzzer learns goes to .build/corpus/TARGET,
# and a crashing input is written to .build/artifacts/. Extra arguments go to libFuzzer.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/opt/swift/usr/bin"

target="${1:?usage: run.sh TARGET SECONDS [libFuzzer options]}"
seconds="${2:-60}"
shift 2 || shift $#

flags=(-c release --product "$target" --sanitize fuzzer --sanitize address
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/$target"

mkdir -p ".build/corpus/$target" .build/artifacts
SWIFT_BACKTRACE=enable=no "$binary" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=.build/artifacts/ -print_final_stats=1 "$@" \
    ".build/corpus/$target" "corpus/$target"
