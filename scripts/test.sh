#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors when CI=true) and runs the whole suite.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
export QT_QPA_PLATFORM=offscreen
ctest --preset release -j "${MODELDECK_JOBS:-$(nproc)}"
