# Candor: the two commands of the README. Each installs what it needs or says how.
#   make run    the service on an embedded default (demo keys, ./data, a printed URL)
#   make test   the whole test suite (the citizen's path, service feedback and the inspectors' workbench
#               in a real browser, the JSON API against its OpenAPI document, then every Swift test)
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
APT := DEBIAN_FRONTEND=noninteractive apt-get install -y -qq

.PHONY: run test swift-test browser-test api-test deps python-deps browser-deps bench build fuzz deploy-check crashloop soak lint format

run: deps
	swift build -c release --product candor-server
	./.build/release/candor-server --demo --data data --listen 127.0.0.1:8080

test: browser-test workbench-browser-test api-test swift-test

swift-test: deps python-deps
	swift test

## The citizen's path and service feedback with its daily index in chromium with JavaScript off, at phone
## width (screenshots in .build/screenshots), and axe-core on every page the citizen's path passes (no
## violation allowed).
browser-test: deps browser-deps
	swift build --product candor-server
	/usr/bin/python3 Tests/Browser/citizen_path.py .build/debug/candor-server || \
	  { echo "browser test failed; running it once more to tell a real failure from a slow machine" >&2; \
	    /usr/bin/python3 Tests/Browser/citizen_path.py .build/debug/candor-server; }
	/usr/bin/python3 Tests/Browser/feedback_path.py .build/debug/candor-server || \
	  { echo "feedback browser test failed; running it once more to tell a real failure from a slow machine" >&2; \
	    /usr/bin/python3 Tests/Browser/feedback_path.py .build/debug/candor-server; }

## The inspectors' workbench in chromium, JavaScript off then on, at desktop width: unlock to Export (and
## candor-audit verify-bundle on its folder), axe-core on every page (no violation allowed), screenshots.
workbench-browser-test: deps browser-deps
	swift build --product candor-server && swift build --product candor-inspect && swift build --product candor-audit
	/usr/bin/python3 Tests/Browser/workbench_path.py .build/debug || \
	  { echo "workbench browser test failed; running it once more to tell a real failure from a slow machine" >&2; \
	    /usr/bin/python3 Tests/Browser/workbench_path.py .build/debug; }

## The JSON API against Sources/Web/Static/openapi.json: schemathesis, every check, on a demo server
## (.ci/api-test.sh; API_TEST_EXAMPLES=N for N examples per operation).
api-test: deps
	swift build --product candor-server
	bash .ci/api-test.sh

bench: deps
	swift run -c release candor-bench ledger
	swift run -c release candor-bench seal
	swift build -c release --product candor-server && swift run -c release candor-bench intake

## SIGKILL under load, 200 cycles (CYCLES=N to change; make crashloop QUICK=1 for CI's 20)
crashloop: deps
	bash .ci/crashloop.sh $(if $(QUICK),--quick,) $(if $(CYCLES),--cycles $(CYCLES),)

## The server at half its capacity for MINUTES (default 10), RSS sampled every second
soak: deps
	swift build -c release --product candor-server
	swift build -c release --product candor-bench
	./.build/release/candor-bench soak --minutes $${MINUTES:-10} --fraction 0.5

## Each fuzz target for FUZZ_SECONDS (default 60): make fuzz FUZZ_SECONDS=20
## (not SECONDS: bash keeps its own SECONDS, the time since the shell started)
fuzz: deps
	for target in fuzz-http-request fuzz-multipart fuzz-ledger-record fuzz-envelope fuzz-signed-note fuzz-tile-path fuzz-json fuzz-jpeg-stripper fuzz-png-stripper fuzz-key-file fuzz-inspector-event fuzz-chunked-framing fuzz-record-batch fuzz-unit-file fuzz-case-bundle fuzz-witness fuzz-feedback fuzz-outcome-entry fuzz-tagger-file; do bash .fuzz/run.sh $$target $(or $(FUZZ_SECONDS),60) || exit 1; done

## The deployment test (as root): static build, bare chroot, Debian's nginx and tor in front (.deploy/check.sh).
deploy-check: deps
	bash .deploy/check.sh

build: deps
	swift build

## The style of .swift-format, checked (CI fails on any finding) or applied in place.
lint: deps
	swift format lint --strict --recursive Package.swift Sources Tests

format: deps
	swift format format --in-place --recursive Package.swift Sources Tests

deps:
	@if ! dpkg -s libsodium-dev >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing libsodium-dev (the only system library Candor needs)…"; \
	    apt-get update -qq && $(APT) libsodium-dev pkg-config; \
	  else \
	    echo "Candor needs libsodium. Install it with:  sudo apt-get install -y libsodium-dev pkg-config" >&2; \
	    exit 1; \
	  fi; \
	fi
	@command -v swift >/dev/null || { echo "Swift 6 is not on PATH (expected at /opt/swift/usr/bin)." >&2; exit 1; }

## PyNaCl for /usr/bin/python3: the tests check signatures with an implementation other than ours.
python-deps:
	@if ! /usr/bin/python3 -c "import nacl" 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing python3-nacl (the independent Python checks of signatures in the tests)…"; \
	    apt-get update -qq && $(APT) python3-nacl; \
	  else \
	    echo "The tests need PyNaCl. Install it with:  sudo apt-get install -y python3-nacl" >&2; \
	    exit 1; \
	  fi; \
	fi

browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! /usr/bin/python3 -c "import selenium" 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing chromium, chromium-driver and python3-selenium for the browser test…"; \
	    apt-get update -qq && $(APT) chromium chromium-driver python3-selenium; \
	  else \
	    echo "The browser test needs: sudo apt-get install -y chromium chromium-driver python3-selenium" >&2; \
	    exit 1; \
	  fi; \
	fi
	@if ! /usr/bin/python3 -c "import axe_selenium_python" 2>/dev/null; then \
	  echo "Installing axe-selenium-python (axe-core for the browser test's accessibility check) from PyPI…"; \
	  /usr/bin/python3 -m pip install --quiet --break-system-packages axe-selenium-python; \
	fi
