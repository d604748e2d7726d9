#include "Scenes.h"
#include "Shot.h"
#include "SyntheticSeries.h"
#include "TestBars.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "strategy/SavedConfigurationsView.h"
#include "strategy/StrategyForm.h"
#include "strategy/StrategyJobsView.h"
#include "strategy/StrategyResultsView.h"
#include "strategy/StrategyStudioPage.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace modeldeck::screenshots {

// Strategy Studio after training Bollinger breakouts on about three years of daily bars whose
// returns follow an AR(1), with walk-forward (a year to search, a quarter to test): scores
// beside buy and hold, the equity curve and drawdown, light and dark; then the folds, the
// trades, the saved configuration and the job in Recent strategy jobs.
void strategyScene(Shot &shot)
{
    auto session = test::openSession(shot.workspace(u"strategy"_s));
    const auto bars = test::syntheticSeries(test::Synthetic::Ar1Returns, 1000);
    const QString stored = test::storeBars(*session->database(), u"AR1"_s, u"1d"_s, bars);
    Shot::require(stored.isEmpty(), stored);
    QSignalSpy symbols(session.get(), &WorkspaceSession::symbolsChanged);
    session->refreshSymbols();
    Shot::require(test::arrived(symbols, 20000), u"the series did not load"_s);

    StrategyStudioPage page(session.get());
    page.resize(1280, 720);
    page.show();
    StrategyForm *form = page.form();
    form->setSeries(u"AR1"_s, u"1d"_s);
    form->setStrategy(u"bollinger_breakout"_s);
    form->budgetBox()->setValue(40);
    QSignalSpy trained(&page, &StrategyStudioPage::trainingFinished);
    page.train();
    Shot::require(test::arrived(trained, 120000) && trained.first().at(0).toBool(),
                  u"the training did not finish"_s);
    QTest::qWait(300);
    shot.saveLightAndDark(&page, u"strategy-light.png"_s, u"strategy-dark.png"_s);

    page.results()->setCurrentIndex(2); // Walk-forward
    QTest::qWait(100);
    shot.save(&page, u"strategy-folds.png"_s);
    page.results()->setCurrentIndex(1); // Trades
    QTest::qWait(100);
    shot.save(&page, u"strategy-trades.png"_s);

    page.setNameFunction(
        [](QWidget *, const QString &, const QString &) { return std::optional(u"AR1 bands"_s); });
    QSignalSpy saved(&page, &StrategyStudioPage::saved);
    page.saveTraining();
    Shot::require(test::arrived(saved, 20000), u"the configuration was not saved"_s);
    page.results()->setCurrentWidget(page.savedConfigurations());
    QTest::qWait(100);
    shot.save(&page, u"strategy-saved.png"_s);
    page.results()->setCurrentWidget(page.strategyJobs());
    Shot::waitUntil([&] { return !page.strategyJobs()->entries().empty(); }, 10000,
                    u"the strategy job"_s);
    QTest::qWait(100);
    shot.save(&page, u"strategy-jobs.png"_s);
}

} // namespace modeldeck::screenshots
