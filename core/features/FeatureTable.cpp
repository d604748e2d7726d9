#include "FeatureTable.h"

#include "features/SavedFeatures.h"

#include <QJsonArray>

namespace modeldeck::FeatureTable {

QByteArray csv(const FeatureSet &fs)
{
    const QStringList columns = FeatureSet::windowColumnNames(fs.names, fs.config.lookback);
    QByteArray out = (columns + QStringList { QStringLiteral("target"), QStringLiteral("split") })
                         .join(u',')
                         .toUtf8();
    out += '\n';
    const std::pair<SampleRange, QByteArray> splits[]
        = { { fs.train, "train" }, { fs.validation, "validation" }, { fs.test, "test" } };
    const qsizetype width = columns.size();
    for (const auto &[range, name] : splits) {
        const std::vector<float> table = fs.windowTable(range);
        for (int i = 0; i < range.size(); ++i) {
            for (qsizetype c = 0; c < width; ++c) {
                out += QByteArray::number(double(table[size_t(i * width + c)]), 'g', 9);
                out += ',';
            }
            out += QByteArray::number(double(fs.targets[size_t(range.begin + i)]), 'g', 9);
            out += ',' + name + '\n';
        }
    }
    return out;
}

QJsonObject description(const FeatureSet &fs)
{
    QJsonObject json
        = SavedFeatures { fs.config, fs.names, fs.featureScaler, fs.targetScaler, 1.0 }.toJson();
    json.insert(QStringLiteral("horizons"), QJsonArray { fs.config.horizon });
    return json;
}

} // namespace modeldeck::FeatureTable
