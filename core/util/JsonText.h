#pragma once
// A JSON object as compact text. Canonical: QJsonObject keeps its keys sorted at every level and
// Compact writes no white space, so equal objects give equal text (job de-duplication keys,
// feature-set cache keys, one-line display).

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace modeldeck {

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace modeldeck
