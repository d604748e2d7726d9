#!/usr/bin/env bash
# Installs what ModelDeck needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Only installs packages that are missing, so it is cheap to run before every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev libvulkan-dev libxkbcommon-dev
  libtorch-dev libopenblas0-openmp
  # Tree-ensemble bots (forest_bot, gbm_bot)
  libxgboost-dev
  qcoro-qt6-dev
  sqlite3 libsqlite3-dev tzdata
  # The format check in the test suite (scripts/check-format.sh)
  clang-format
  # Packaging tests (tests/packaging): dpkg-shlibdeps for the .deb's Depends, AppStream and
  # .desktop validation, reading the man page
  dpkg-dev appstream desktop-file-utils man-db
  # GUI tests and screenshots
  # (Lohit Devanagari: the Hindi translation's script; DejaVu has no Devanagari glyphs)
  xvfb xauth imagemagick fonts-dejavu-core fonts-lohit-deva
  # Benchmark reference (Debian's PyTorch; only /usr/bin/python3 imports it)
  python3 python3-torch python3-xgboost python3-numpy
)
if [[ "${MODELDECK_DEPS_FUZZ:-}" == 1 ]]; then
  # scripts/fuzz.sh only (clang with libFuzzer); the normal build and tests do not need them.
  packages+=(clang libclang-rt-14-dev)
fi
if [[ "${MODELDECK_DEPS_MINIMAL:-}" == 1 ]]; then
  # Build + tests only: skip screenshot tooling and the Python reference.
  packages=("${packages[@]/imagemagick}")
  packages=("${packages[@]/python3-torch}")
fi

missing=()
for p in "${packages[@]}"; do
  [[ -z "$p" ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "modeldeck: installing ${#missing[@]} missing packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
