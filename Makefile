# The two commands a new machine needs: `make serve` (build + serve the page) and
# `make test` (every test). Both install what is missing (scripts/setup.sh).
PORT ?= 8080
CARGO ?= cargo
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: all setup build serve test test-rust test-wasm test-e2e lint golden clean \
	bench bench-ner bench-values bench-quotes bench-claims bench-claims-baseline bench-scaling fuzz

all: build

setup:
	scripts/setup.sh build

build: setup
	scripts/build.sh

serve: build
	@echo "Serving www/ at http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

test: lint test-rust test-wasm test-e2e
	@echo "make test: all suites passed"

lint: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings

test-rust:
	$(CARGO) test --all-targets
	$(CARGO) test --doc

test-wasm: setup
	scripts/setup.sh browser
	. scripts/wasm_env.sh && wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver -- --test web --test web_highlight

test-e2e: build
	scripts/setup.sh browser
	PKG_DIR=target/pkg-faults scripts/build.sh --features fault-injection
	$(CARGO) build --release --bin annotate
	cd tests/e2e && node --test --test-concurrency=1 *.test.mjs

# Regenerate every golden file; review the diff before committing.
golden:
	UPDATE_GOLDEN=1 $(CARGO) test --test golden --test boilerplate

# Accuracy and speed figures (printed, not asserted).
bench-ner:
	$(CARGO) run --release --bin ner_eval
bench-values:
	$(CARGO) run --release --bin values_eval
bench-quotes:
	$(CARGO) run --release --bin quotes_eval
bench-claims:
	scripts/claims_embeddings.sh
	$(CARGO) run --release --bin claims_eval -- --seeds 1,2,3,4,5
# The issue's TF-IDF + logistic regression baseline on claims_eval's folds (scikit-learn in a venv).
bench-claims-baseline:
	bash scripts/claims_baseline.sh --seeds 1,2,3,4,5
# The wasm pipeline against wink-nlp and compromise in one Node process (chars/s,
# ratios, start-up, memory), then the native pipeline with criterion.
bench: build
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	node bench/bench.mjs
	$(CARGO) bench --bench pipeline
# Property tests (no panic, every span valid in every unit) with many more cases,
# looped with fresh seeds for FUZZ_SECONDS; a short run is part of `make test`.
FUZZ_SECONDS ?= 300
fuzz:
	$(CARGO) test --release --no-run --test properties --test highlight_props --test html --test quotes_props
	end=$$(( $$(date +%s) + $(FUZZ_SECONDS) )); \
	while [ $$(date +%s) -lt $$end ]; do \
	  PROPTEST_CASES=2000 $(CARGO) test --release -q --test properties --test highlight_props --test html --test quotes_props || exit 1; \
	done; echo "make fuzz: no failure in $(FUZZ_SECONDS) s"
# Seconds per MB at 0.1, 1 and 10 MB on adversarial inputs (linear time check).
bench-scaling:
	$(CARGO) run --release --bin scaling

clean:
	$(CARGO) clean
	rm -rf www/pkg tests/e2e/artifacts
