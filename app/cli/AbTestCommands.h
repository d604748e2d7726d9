#pragma once
// modeldeck-cli abtest: two saved models (or two versions of one) of the same series scored on
// the same recent window, the Diebold–Mariano verdict, stored in ab_tests; --activate-winner
// activates a significant winner, --history lists past tests.

#include "CliSupport.h"

namespace modeldeck::cli {

// abtest --model A [--model-version V] --model-b B [--model-b-version V] [--horizon H]
//        [--window N] [--activate-winner] [--json]
// abtest --history [--model A [--model-b B]] [--limit N] [--json]
int runAbTest(const QCommandLineParser &parser, const Options &o);

} // namespace modeldeck::cli
