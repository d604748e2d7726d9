#pragma once
// A workspace for the Predictions tab: SINE 5m bars and the committed TorchScript fixture
// registered twice, as the tab's tests and the screenshot tool (docs/screenshots/predictions-*)
// use it. Needs MODELDECK_SOURCE_DIR for the fixture's path.

#include "TestBars.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "predictions/PredictionPicker.h"
#include "predictions/PredictionsPage.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "training/ConformalInterval.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

namespace modeldeck::test {

inline const QString kSymbol = QStringLiteral("SINE");
inline const QString kTimeframe = QStringLiteral("5m");
inline const QString kFixture = QStringLiteral(MODELDECK_SOURCE_DIR "/tests/fixtures/tiny_lstm.pt");
inline const QString kPlain
    = QStringLiteral("python lstm"); // the fixture as imported: no intervals
inline const QString kBanded
    = QStringLiteral("banded lstm"); // the same network with intervals, active
constexpr qint64 kStep = 300'000;

// Sine bars with a volume that moves (the fixture's features include log volume).
inline std::vector<Bar> sineBars(int count, int first = 0)
{
    std::vector<Bar> bars;
    for (int i = first; i < first + count; ++i) {
        const double close = 100.0 + 2.0 * std::sin(2 * M_PI * i / 24.0);
        bars.push_back({ 1'700'000'000'000 + qint64(i) * kStep, close - 0.05, close + 0.1,
                         close - 0.15, close, NAN, 1000 + 100 * std::cos(2 * M_PI * i / 24.0), 0 });
    }
    return bars;
}

// Opens a workspace in `dir` with `bars` of SINE 5m and, with `withModels`, the fixture
// imported as kPlain and again, with 80/95 % half-widths 0.5 and 1.25 for both horizons, as
// kBanded (which is then the active model of the series, so kPlain is not). Aborts when it
// cannot, since nothing after would mean anything.
inline std::unique_ptr<WorkspaceSession>
openPredictionWorkspace(const QString &dir, const std::vector<Bar> &bars, bool withModels = true)
{
    auto session = openSession(dir);
    const Database &db = *session->database();
    if (const QString error = storeBars(db, kSymbol, kTimeframe, bars); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    if (withModels) {
        ModelImportRequest request;
        request.modelFile = kFixture;
        request.name = kPlain;
        request.symbol = kSymbol;
        request.timeframe = kTimeframe;
        request.activate = true;
        auto plain = ModelImporter(db).run(request, ImportTrust::Confirmed);
        if (!plain)
            qFatal("%s", qPrintable(plain.error().toString()));
        RegisteredModel banded = *plain;
        banded.name = kBanded;
        ConformalInterval interval;
        interval.calibrationSamples = 100;
        interval.halfWidth80 = 0.5;
        interval.halfWidth95 = 1.25;
        banded.intervals = QJsonObject { { QStringLiteral("1"), interval.toJson() },
                                         { QStringLiteral("3"), interval.toJson() } };
        QFile file(kFixture);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the fixture");
        auto added
            = ModelRegistry(db).add(banded, file.readAll(), QStringLiteral("imported"), true);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
    }
    QSignalSpy changed(session.get(), &WorkspaceSession::symbolsChanged);
    session->refreshSymbols();
    if (changed.isEmpty() && !changed.wait(10000))
        qFatal("symbols did not load");
    return session;
}

// Presses Predict (or Ctrl+Enter) and waits for the answer.
inline bool predictAndWait(PredictionsPage &page, bool byKeyboard = false)
{
    QSignalSpy done(&page, &PredictionsPage::predictionFinished);
    if (byKeyboard)
        QTest::keyClick(page.picker()->horizonCombo(), Qt::Key_Return, Qt::ControlModifier);
    else
        QTest::mouseClick(page.predictButton(), Qt::LeftButton);
    return arrived(done, 20000);
}

} // namespace modeldeck::test
