# ksite — the two set-up commands of the README are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Public

.PHONY: site test deps build release check bench browser-check clean

## Install what the build needs (Debian's libcmark-dev) when it is missing.
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build the real report into Public/.
site: release
	$$($(SWIFT) build -c release --show-bin-path)/ksite build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## Run every test.
test: deps
	$(SWIFT) test

## Validate the content without writing anything.
check: release
	$$($(SWIFT) build -c release --show-bin-path)/ksite check --content $(CONTENT) --templates $(TEMPLATES)

## Benchmark ksite against Hugo (not part of CI).
bench: deps
	bash bench/run.sh

clean:
	rm -rf .build $(OUTPUT)
