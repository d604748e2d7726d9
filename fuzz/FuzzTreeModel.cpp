// libFuzzer target: XGBoost model files (a tree bot's .ubj, a Python model's JSON) through
// TreeBooster::fromBytes, i.e. TreeModelCheck's parser and structure checks and then XGBoost's
// own loader on what they let through. XGBoost 1.7 crashed on a model with one byte changed
// before the checks existed; nothing may crash, and an accepted model must predict a finite
// number for an all-zero row of its features.

#include "FuzzSupport.h"
#include "models/TreeBooster.h"

#include <cmath>
#include <cstdio>
#include <vector>

using namespace modeldeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<TreeBooster> booster = TreeBooster::fromBytes(bytes);
    if (!booster)
        return 0;
    const Result<int> features = booster->featureCount();
    fuzz::check(features.ok() && *features >= 1, "an accepted model has no features");
    if (*features > 100000)
        return 0;
    const std::vector<float> zeros(size_t(*features), 0.0f);
    const Result<std::vector<double>> out = booster->predict(zeros, 1);
    if (!out)
        std::fprintf(stderr, "%s\n", qPrintable(out.error().message));
    fuzz::check(out.ok() && out->size() == 1, "an accepted model cannot predict one row");
    return 0;
}
