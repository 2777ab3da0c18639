# Factquiz. `make run` builds and serves the app; `make test` runs every test
# and installs what the tests need (Debian's chromium, axe-core from npm).
ADDR ?= localhost:8000
GO ?= go
WASM := web/app.wasm
BIN := .cache/factquiz
# Stripped and without inlining: app.wasm is 8% smaller brotli-compressed
# (quiz/e2e's harness builds with the same flags).
WASMFLAGS := -trimpath -gcflags=all=-l -ldflags='-s -w'
WASMMOD := .cache/wasm.mod

export GOFLAGS := -buildvcs=false

.PHONY: all run build wasm server static test unit e2e bench questions check chromium zbar e2e-deps clean screenshots

all: build

build: wasm server

# The wasm is built without the server code (files tagged !wasm) and
# stripped; `compress` writes the .br and .gz copies the server serves.
# go-app's own server code (net/http, TLS) is kept out with WASMMOD, a
# go.mod that replaces go-app by a copy with that code tagged !wasm,
# written by quiz/goappwasm from the module cache (docs/wasm-size.md).
wasm: server
	$(GO) run ./quiz/goappwasm -modfile $(WASMMOD)
	GOOS=js GOARCH=wasm $(GO) build -modfile=$(WASMMOD) $(WASMFLAGS) -o $(WASM) .
	$(BIN) compress $(WASM)

server:
	@mkdir -p .cache
	$(GO) build -trimpath -o $(BIN) .

# The whole app as files for any static host (a folder per page, web/,
# questions/ and questions/index.json, _headers and an nginx snippet with
# the security headers) in dist/; PREFIX=/quiz for a sub-path (GitHub
# Pages: /<repository>). docs/deploying.md.
PREFIX ?=
static: wasm
	$(BIN) static -o dist -prefix "$(PREFIX)"

run: build
	$(BIN) serve -addr $(ADDR)

# quiz/e2e is vetted natively only: it drives Chromium through chromedp,
# which does not build for js/wasm.
test: chromium zbar e2e-deps
	@unformatted=$$("$$($(GO) env GOROOT)/bin/gofmt" -l main.go quiz); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet . $$(GOOS=js GOARCH=wasm $(GO) list ./quiz/... | grep -v /e2e)
	$(GO) test -count=1 -timeout 40m ./...

unit: zbar
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /e2e)

e2e: chromium e2e-deps
	$(GO) test -count=1 -timeout 30m -v ./quiz/e2e

# PNG screenshots of every page at 320x640, 390x844 and 1280x800, light and
# dark, in .cache/screenshots/ (not committed). `make test` runs the same
# browser test, which checks each page for sideways overflow and console
# errors, and keeps the pictures in a temporary folder.
SCREENSHOTS ?= $(CURDIR)/.cache/screenshots
screenshots: chromium e2e-deps
	FACTQUIZ_SCREENSHOTS=$(SCREENSHOTS) $(GO) test -count=1 -timeout 10m -run '^TestScreenshots$$' -v ./quiz/e2e
	@echo "screenshots in $(SCREENSHOTS)"

# BenchmarkServe: index.json and a page with 4 and 1,000 question files,
# 200 clients at once (docs/serving.md). BenchmarkLoad: Factquiz beside a
# go-app hello world in Chromium, LOADS cold loads each, interleaved; its
# table goes to .cache/bench-load.md (docs/serving.md), with the sizes of
# both app.wasm.br. quiz/e2e runs once, so app.wasm is built once; its
# budget (TestWasmSize) is `make test`'s: a failed test would skip the
# benchmark.
LOADS ?= 5
bench: chromium
	$(GO) test -run='^$$' -bench=. -benchmem $$($(GO) list ./quiz/... | grep -v -e /server -e /e2e)
	$(GO) test -run='^$$' -bench=BenchmarkServe -benchtime=20000x ./quiz/server
	@mkdir -p .cache
	$(GO) test -count=1 -timeout 90m -run '^$$' -bench '^BenchmarkLoad$$' -benchtime=1x -v ./quiz/e2e -args -loads=$(LOADS) -loadtable=$(CURDIR)/.cache/bench-load.md

questions:
	$(GO) run . generate quiz/generate/testdata/karabakh.txt -o questions/karabakh-generated.yaml

check:
	$(GO) run . check questions

# Browser tests drive Debian's Chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# ZBar's zbarimg reads the QR codes of quiz/share's camera test as many
# scanning apps would.
zbar:
	@command -v zbarimg >/dev/null 2>&1 || { \
		echo "installing Debian's zbar-tools for the QR code test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zbar-tools >/dev/null; }

# axe-core (pinned in quiz/e2e/package-lock.json) checks accessibility in the browser tests.
e2e-deps:
	@test -f quiz/e2e/node_modules/axe-core/axe.min.js || npm ci --prefix quiz/e2e --no-audit --no-fund

clean:
	rm -rf .cache web/app.wasm web/app.wasm.br web/app.wasm.gz dist
