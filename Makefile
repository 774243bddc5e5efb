# ksite — the two set-up commands of the README are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Public

.PHONY: site test deps build release check bench browser-check clean

## Install what the build needs (Debian's libcmark-dev and libmimalloc-dev) when it is missing.
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

## Release builds link the Swift runtime and Foundation statically: the binary runs where no
## Swift toolchain is installed, and its calls into the runtime (reference counting is a
## tenth of a build's time) are direct; a build of 10,000 sections is 6 % faster.
RELEASE = -c release --static-swift-stdlib

release: deps
	$(SWIFT) build $(RELEASE)

## Build the real report into Public/.
site: release
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/ksite build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## Run every test.
test: deps
	$(SWIFT) test

## Validate the content without writing anything.
check: release
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/ksite check --content $(CONTENT) --templates $(TEMPLATES)

## Benchmark ksite against Hugo (not part of CI).
bench: deps
	bash bench/run.sh

clean:
	rm -rf .build $(OUTPUT)
