#pragma once
// The Models page as the screenshots show it (docs/screenshots/cards-*.png): twenty training
// records over five symbols and five bots in all four statuses, aged from minutes to days,
// some worse than naive, the first with 30 epochs and its loss curve open. tst_modelcards
// checks its status colours; tools/screenshots saves it.

#include "TestRecords.h"
#include "TestSignals.h"
#include "cards/ModelsPage.h"
#include "cards/RecordDetailsPane.h"
#include "storage/TrainingEpochRepository.h"

#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace modeldeck::test {

// Inserts the records; the first one's id, or 0 when a write fails.
inline qint64 insertCardGallery(const Database &db)
{
    using S = TrainingRecord::Status;
    const QStringList symbols { QStringLiteral("RELIANCE.NS"), QStringLiteral("AAPL"),
                                QStringLiteral("TCS.NS"), QStringLiteral("BTC-USD"),
                                QStringLiteral("EURUSD=X") };
    const QStringList bots { QStringLiteral("lstm_bot"), QStringLiteral("gru_bot"),
                             QStringLiteral("transformer_bot"), QStringLiteral("mlp_bot"),
                             QStringLiteral("linear_bot") };
    const S statuses[] = { S::Active, S::Active, S::Failed, S::Archived };
    // Skills of models that lose to the naive forecast (issue 13's figures): their cards warn.
    const double losers[] = { -25.1, -1.63, -0.38, -0.08 };
    qint64 first = 0;
    for (int i = 0; i < 20; ++i) {
        // Ages from minutes to days: Active and Stale both appear.
        const double age = i % 4 == 1 ? 26 + 9.0 * i : 0.02 + i * 1.9;
        TrainingRecord r
            = cardRecord(symbols[i % 5], i % 3 ? QStringLiteral("1h") : QStringLiteral("5m"),
                         bots[(i / 2) % 5], statuses[i % 4], age, 0.8 + i * 0.37);
        if (i % 3 == 0 && r.status != S::Failed)
            r = withSkill(r, losers[(i / 3) % 4]);
        const qint64 id = insertRecord(db, r, i % 4 == 2 ? 0 : (i + 1) * 180'000);
        if (id == 0)
            return 0;
        if (i == 0)
            first = id;
    }
    std::vector<EpochRecord> epochs;
    for (int e = 1; e <= 30; ++e)
        epochs.push_back(
            { e, 0.5 / e + 0.02, 0.55 / e + 0.04 + (e > 20 ? 0.002 * (e - 20) : 0), 1e-3, 100 });
    auto c = db.connection();
    return c && TrainingEpochRepository(*c).insert(first, epochs) ? first : 0;
}

// Shows `page` at the screenshots' size with its records loaded, the `first` card chosen and
// its loss curve open; false when that does not happen in time.
inline bool showCardGallery(ModelsPage &page, qint64 first)
{
    page.resize(1900, 1120);
    QSignalSpy loaded(page.detailsPane(), &RecordDetailsPane::loaded);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    QSignalSpy reloaded(&page, &ModelsPage::reloaded);
    page.reload();
    if (!arrived(reloaded, 10000))
        return false;
    const int row = page.recordModel()->rowOf(first);
    page.listView()->setCurrentIndex(
        page.filterModel()->mapFromSource(page.recordModel()->index(row)));
    if (!QTest::qWaitFor(
            [&] { return !loaded.isEmpty() && loaded.last().at(0).toLongLong() == first; }, 10000))
        return false;
    page.detailsPane()->tabs()->setCurrentIndex(1);
    return true;
}

} // namespace modeldeck::test
