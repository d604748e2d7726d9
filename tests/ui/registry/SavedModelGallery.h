#pragma once
// Saved models for the Saved Models page, written through ModelRegistry::add with small bytes:
// the sample registry the page's tests start from, and the screenshots' version of it
// (docs/screenshots/saved-models-*.png) with a model that is not ready and an active one worse
// than naive. tst_savedmodels checks them; tools/screenshots saves the page.

#include "registry/SavedModelsPage.h"
#include "services/ModelRegistry.h"
#include "storage/Database.h"

#include <QFile>
#include <QTest>

namespace modeldeck::test {

inline const QString kBtc = QStringLiteral("BTCUSDT");
inline const QString kEth = QStringLiteral("ETHUSDT");
inline const QString kHour = QStringLiteral("1h");

inline RegisteredModel draft(const QString &name, const QString &symbol, const QString &type,
                             const QStringList &tags, const QString &description = {})
{
    RegisteredModel m;
    m.name = name;
    m.bot = type;
    m.horizons = { 1, 24 };
    m.symbol = symbol;
    m.timeframe = kHour;
    m.tags = tags;
    m.description = description;
    m.metrics = QJsonObject { { QStringLiteral("rmse"), 1.25 },
                              { QStringLiteral("mae"), 0.5 },
                              { QStringLiteral("skill"), 0.125 },
                              { QStringLiteral("coverage_80"), 0.8125 } };
    return m;
}

// alpha (BTC, v1 + v2, active, tags prod/Hourly), beta (ETH, lstm, "experiment"), gamma (BTC,
// gru, no tags, a description, not active). The error text, empty on success.
inline QString addSampleModels(const Database &db)
{
    ModelRegistry registry(db);
    const QStringList prod { QStringLiteral("prod"), QStringLiteral("Hourly") };
    const std::pair<RegisteredModel, bool> models[] = {
        { draft(QStringLiteral("alpha"), kBtc, QStringLiteral("lstm_bot"), prod,
                QStringLiteral("The first BTC model")),
          true },
        { draft(QStringLiteral("alpha"), kBtc, QStringLiteral("lstm_bot"), prod), false },
        { draft(QStringLiteral("beta"), kEth, QStringLiteral("lstm_bot"),
                { QStringLiteral("experiment") }),
          false },
        { draft(QStringLiteral("gamma"), kBtc, QStringLiteral("gru_bot"), {},
                QStringLiteral("Gated recurrent BTC trial")),
          false },
    };
    int bytes = 0;
    for (const auto &[model, activate] : models) {
        bytes += 1000;
        auto added
            = registry.add(model, QByteArray(bytes, 'x'), QStringLiteral("registry"), activate);
        if (!added)
            return added.error().toString();
    }
    return {};
}

// On top of the samples: beta's file goes missing (NOT READY) and delta, an active ETH model
// that loses to the naive forecast, joins (ACTIVE beside WORSE THAN NAIVE).
inline QString addGalleryChanges(const Database &db)
{
    auto beta = ModelRegistry(db).find(QStringLiteral("beta"));
    if (!beta)
        return beta.error().toString();
    if (!QFile::remove(db.workspaceDir() + u'/' + beta->filePath))
        return QStringLiteral("cannot remove beta's file");
    RegisteredModel delta = draft(QStringLiteral("delta"), kEth, QStringLiteral("gru_bot"),
                                  { QStringLiteral("trial") }, QStringLiteral("Scaled-price GRU"));
    delta.metrics.insert(QStringLiteral("skill"), -0.38);
    auto added
        = ModelRegistry(db).add(delta, QByteArray(500, 'x'), QStringLiteral("registry"), true);
    return added ? QString() : added.error().toString();
}

// Shows `page` at the screenshots' size, loaded, with alpha chosen; false when it does not load.
inline bool showSavedModelsGallery(SavedModelsPage &page)
{
    page.resize(1100, 560);
    page.show();
    return QTest::qWaitForWindowExposed(&page)
        && QTest::qWaitFor([&page] { return !page.isLoading(); }, 10000)
        && page.selectName(QStringLiteral("alpha"));
}

} // namespace modeldeck::test
