#!/usr/bin/env bash
# Installs what is missing, builds, and launches ModelDeck on the demo workspace (bundled
# RELIANCE 5-minute sample, resampled to 1h and 1d).
# Only what the demo needs; scripts/test.sh builds the rest.
MODELDECK_TARGETS="modeldeck modeldeck-cli"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "modeldeck: no display found. Start it from a desktop session, or headless with: xvfb-run $0" >&2
  exit 1
fi
exec ./build/release/bin/modeldeck --demo "$@"
