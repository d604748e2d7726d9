#!/usr/bin/env bash
# Fails when a C++ source or header under core/, ui/, app/, tests/, bench/, tools/ or fuzz/ differs from
# what .clang-format makes of it, naming the files. Run by CTest (format_check) with the suite.
# Formatting differs between clang-format releases, so the check holds the version the tree is
# formatted with (Debian 12's); another version reports a skip (exit 77) rather than a false failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
expected_major=14
if ! command -v clang-format >/dev/null 2>&1; then
  echo "check-format: clang-format is not installed (packaging/install-deps-debian.sh installs it)" >&2
  exit 1
fi
major=$(clang-format --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [[ "$major" != "$expected_major" ]]; then
  echo "check-format: skipped, clang-format $major formats differently from $expected_major, the tree's version"
  exit 77
fi
bad=()
while IFS= read -r -d '' file; do
  clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(find core ui app tests bench tools fuzz \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if ((${#bad[@]})); then
  printf 'check-format: %d file(s) are not formatted; run: clang-format -i FILE\n' "${#bad[@]}" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: all files formatted"
