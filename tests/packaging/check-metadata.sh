#!/usr/bin/env bash
# The packaging metadata without installing anything (runs as any user): the configured AppStream
# file and the .desktop file validate, and --version (both executables), the newest AppStream
# release and packaging/vcpkg.json all carry the CMake project version.
#
# Usage: check-metadata.sh SOURCE_DIR BUILD_DIR PROJECT_VERSION CLI GUI
set -euo pipefail
src=$1 build=$2 version=$3 cli=$4 gui=$5
fail() { echo "FAIL: $*"; exit 1; }

metainfo=$build/packaging/io.modeldeck.ModelDeck.metainfo.xml
[[ -f $metainfo ]] || fail "$metainfo was not configured"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "the newest AppStream release is $newest, not $version"
vcpkg=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version-string"])' "$src/packaging/vcpkg.json")
[[ $vcpkg == "$version" ]] || fail "packaging/vcpkg.json says $vcpkg, not $version"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
[[ $("$cli" --version) == "ModelDeck $version" ]] || fail "modeldeck-cli --version: $("$cli" --version)"
[[ $("$gui" --version) == "ModelDeck $version" ]] || fail "modeldeck --version: $("$gui" --version)"

missing=()
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
else
  missing+=(appstreamcli)
fi
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$src/packaging/linux/modeldeck.desktop" 2>&1) || fail "$out"
  [[ -z $out ]] || fail "desktop-file-validate: $out"
else
  missing+=(desktop-file-validate)
fi
echo "version $version everywhere; metadata valid"
if ((${#missing[@]})); then
  echo "SKIP: not validated, missing ${missing[*]} (packages appstream, desktop-file-utils)"
  exit 77
fi
