#pragma once
// What the fuzz targets share: a fixed "now" (so a finding replays the same on any date) and
// a check that crashes on purpose, which libFuzzer reports and the corpus replay fails on.

#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace modeldeck::fuzz {

inline constexpr qint64 kNowMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace modeldeck::fuzz
