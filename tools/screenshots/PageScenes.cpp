#include "Scenes.h"
#include "Shot.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "report/ReportPage.h"
#include "ui/cards/CardGallery.h"
#include "ui/predictions/PredictionWorkspace.h"
#include "ui/registry/SavedModelGallery.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace modeldeck::screenshots {

namespace {

void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    Shot::require(index >= 0, u"no choice %1"_s.arg(value.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

// Model cards of all four statuses, some worse than naive, with a loss curve in the details.
void cardsScene(Shot &shot)
{
    auto session = test::openSession(shot.workspace(u"cards"_s));
    const qint64 first = test::insertCardGallery(*session->database());
    Shot::require(first > 0, u"cannot write the training records"_s);
    ModelsPage page(session.get());
    Shot::require(test::showCardGallery(page, first), u"the Models page did not load"_s);
    shot.saveLightAndDark(&page, u"cards-light.png"_s, u"cards-dark.png"_s);
}

// Saved models: an active one, one whose file is missing, one active but worse than naive.
void savedModelsScene(Shot &shot)
{
    auto session = test::openSession(shot.workspace(u"saved-models"_s));
    const Database &db = *session->database();
    QString error = test::addSampleModels(db);
    if (error.isEmpty())
        error = test::addGalleryChanges(db);
    Shot::require(error.isEmpty(), error);
    db.releaseThreadConnection();
    SavedModelsPage page(session.get());
    Shot::require(test::showSavedModelsGallery(page), u"the Saved Models page did not load"_s);
    shot.saveLightAndDark(&page, u"saved-models-light.png"_s, u"saved-models-dark.png"_s);
}

// The report of 60 runs over five symbols, three timeframes and four bots.
void reportScene(Shot &shot)
{
    using S = TrainingRecord::Status;
    auto session = test::openSession(shot.workspace(u"report"_s));
    const QString symbols[] = { u"RELIANCE.NS"_s, u"TCS.NS"_s, u"AAPL"_s, u"MSFT"_s, u"BTC-USD"_s };
    const QString bots[] = { u"lstm_bot"_s, u"gru_bot"_s, u"transformer_bot"_s, u"linear_bot"_s };
    int n = 0;
    for (const QString &symbol : symbols) {
        for (const QString &timeframe : { u"5m"_s, u"1h"_s, u"1d"_s }) {
            for (const QString &bot : bots) {
                ++n;
                const S status = n % 11 == 0 ? S::Failed : n % 7 == 0 ? S::Archived : S::Active;
                const double rmse = 0.8 + (n % 9) * 0.37;
                TrainingRecord r
                    = test::cardRecord(symbol, timeframe, bot, status, (n * 37) % 90 + 0.5, rmse);
                r.dataPoints = 1200 + n * 97;
                r.modelSizeMb = status == S::Failed ? 0 : 0.2 + (n % 5) * 0.45;
                r.testMae = r.testRmse ? std::optional(rmse * 0.71) : std::nullopt;
                if (status == S::Failed)
                    r.errorMessage = u"Only 80 bars (needs 120)."_s;
                Shot::require(test::insertRecord(*session->database(), r) > 0,
                              u"cannot write a training record"_s);
            }
        }
    }
    ReportPage view(session.get());
    view.resize(1180, 640);
    QSignalSpy refreshed(&view, &ReportPage::refreshed);
    view.show();
    Shot::require(test::arrived(refreshed, 30000), u"the report did not load"_s);
    QTest::qWait(200);
    shot.save(&view, u"report.png"_s);
}

// A saved prediction that got its actual and a fresh one, light and dark, then the error shown
// for a model that is not active.
void predictionsScene(Shot &shot)
{
    auto session
        = test::openPredictionWorkspace(shot.workspace(u"predictions"_s), test::sineBars(180));
    PredictionsPage page(session.get());
    page.resize(1400, 900);
    page.show();
    Shot::waitUntil([&] { return page.picker()->modelName() == test::kBanded; }, 10000,
                    u"the active model"_s);
    for (int h : { 1, 3 }) {
        choose(page.picker()->horizonCombo(), h);
        Shot::require(test::predictAndWait(page), u"no prediction"_s);
    }
    const QString stored = test::storeBars(*session->database(), test::kSymbol, test::kTimeframe,
                                           test::sineBars(2, 180));
    Shot::require(stored.isEmpty(), stored);
    QSignalSpy refreshed(&page, &PredictionsPage::refreshed);
    session->refreshSymbols();
    Shot::require(test::arrived(refreshed, 20000), u"the new bars did not arrive"_s);
    choose(page.picker()->horizonCombo(), 3);
    Shot::require(test::predictAndWait(page), u"no prediction"_s);
    shot.saveLightAndDark(&page, u"predictions-light.png"_s, u"predictions-dark.png"_s);
    choose(page.picker()->modelCombo(), test::kPlain);
    Shot::require(test::predictAndWait(page), u"no answer for the inactive model"_s);
    QTest::qWait(200);
    shot.save(&page, u"predictions-error.png"_s);
}

} // namespace modeldeck::screenshots
