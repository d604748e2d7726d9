#!/usr/bin/env bash
# Builds the suite with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset) and
# runs it. A separate build folder (build/asan); about as long as a cold release build, so CI
# does not run it: run it before a release or after touching memory-heavy code.
# Leak detection is off: Qt and LibTorch keep process-lifetime allocations that LeakSanitizer
# reports as leaks. MODELDECK_TARGETS="tst_a tst_b" builds only those targets and
# MODELDECK_TESTS=regex narrows the run (ctest -R).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/install-deps-debian.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export QT_QPA_PLATFORM=offscreen
cmake --preset asan >/dev/null
cmake --build --preset asan -j "${MODELDECK_JOBS:-$(nproc)}" ${MODELDECK_TARGETS:+--target $MODELDECK_TARGETS}
ctest --preset asan -j "${MODELDECK_JOBS:-$(nproc)}" ${MODELDECK_TESTS:+-R "$MODELDECK_TESTS"}
