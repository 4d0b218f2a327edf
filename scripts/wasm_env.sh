# Sourced by scripts/build.sh and `make test-wasm`: builds for wasm32 that unwind.
#
# The standard library rustup ships for wasm32-unknown-unknown is compiled to
# abort on a panic, so a bug in one layer ended the whole call in the browser
# (`RuntimeError: unreachable`), losing the layers that had succeeded and leaving
# the instance's state wherever the panic stopped it. Rebuilt from its sources
# (the rust-src component, which scripts/setup.sh adds) with WebAssembly
# exception handling, it unwinds: `catch_unwind` in src/guard.rs then keeps the
# other layers, and a panic outside them reaches JavaScript as wasm-bindgen's
# `PanicError` (an `Error`). Exception handling runs in every browser since 2021
# (Chrome 95, Firefox 100, Safari 15.2) and in Node 17+.
#
# `-Z build-std` is unstable: RUSTC_BOOTSTRAP=1 lets the stable toolchain's cargo
# accept it (the standard library it builds is the toolchain's own, from the
# toolchain's own sources). Measured on 2026-11-30 against the package without
# it: the same throughput (same-process A/B on the reference article, 800 pairs:
# 0.992 and, in the other order, 0.988), the same start-up (12 alternating fresh
# processes: median 128.1 against 128.2 ms), 7.5 KB more gzipped.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_unwind
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C panic=unwind -C target-feature=+exception-handling"
