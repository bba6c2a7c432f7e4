# Candor: the two commands of the README. Each installs what it needs (libsodium-dev) or says how.
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: test deps bench build

## make test — install libsodium-dev if missing, then run the whole test suite.
test: deps
	swift test

## make bench — the ledger and seal benchmarks, in release mode.
bench: deps
	swift run -c release candor-bench ledger
	swift run -c release candor-bench seal

build: deps
	swift build

deps:
	@if ! dpkg -s libsodium-dev >/dev/null 2>&1 && ! pkg-config --exists libsodium 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing libsodium-dev (the only system library Candor needs)…"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq libsodium-dev pkg-config; \
	  else \
	    echo "Candor needs libsodium. Install it with:  sudo apt-get install -y libsodium-dev pkg-config" >&2; \
	    exit 1; \
	  fi; \
	fi
	@command -v swift >/dev/null || { echo "Swift 6 is not on PATH (expected at /opt/swift/usr/bin)." >&2; exit 1; }
