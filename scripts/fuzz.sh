#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (AddressSanitizer + UBSan) and fuzzes each for
# a set time, starting from the seed corpus in fuzz/corpus/<target>/ (with fuzz/<target>.dict,
# the keys and tokens the parser looks for).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 s each, all targets
# New inputs go to build/fuzz/corpus/<target>/ (the seeds are never modified); a crash or hang
# leaves its input as build/fuzz/artifacts/<target>/crash-* / timeout-*: fix the bug, copy the
# input into fuzz/corpus/<target>/ (the suite replays it from then on) and add a regression test.
# Needs clang and libFuzzer (Debian: clang libclang-rt-14-dev; MODELDECK_DEPS_FUZZ=1
# packaging/install-deps-debian.sh installs them). Prints one summary line per target.
set -euo pipefail

seconds="${1:-60}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(csv_parser hyperparameters yahoo_chart binance_klines search_settings tree_model)
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"

CXX="${CXX:-clang++}" cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMODELDECK_FUZZ=ON -DMODELDECK_BUILD_TESTS=OFF -DMODELDECK_BUILD_BENCH=OFF \
  -DMODELDECK_BUILD_TOOLS=OFF >/dev/null
cmake --build "$build" -j"${MODELDECK_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  log="$build/$t.log"
  # -timeout: an input running over 10 s counts as a hang; -rss_limit_mb bounds memory.
  dict=()
  [[ -f "$root/fuzz/$t.dict" ]] && dict=(-dict="$root/fuzz/$t.dict")
  if ! "$build/fuzz/fuzz_$t" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$corpus" "$root/fuzz/corpus/$t" >"$log" 2>&1; then
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
    -o -name 'leak-*' \) | wc -l)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  echo "$t: ${seconds}s, $runs execs, $speed execs/s, coverage $cov, $found crash/hang input(s)" \
    "(log: $log)"
done
exit $status
