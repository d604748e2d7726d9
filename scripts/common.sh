# Shared by demo.sh and test.sh: install what is missing, configure and build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps-debian.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so fresh clones (CI) hit the cache too.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
werror=OFF
[[ "${CI:-}" == true ]] && werror=ON
cmake --preset release -DMODELDECK_WERROR=$werror >/dev/null
# Two cores, 24 GB: torch-heavy translation units need ~1.5 GB each, so -j2 is safe.
cmake --build --preset release -j "${MODELDECK_JOBS:-$(nproc)}" ${MODELDECK_TARGETS:+--target $MODELDECK_TARGETS}
