#include "Scenes.h"
#include "Shot.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "import/ImportDialog.h"
#include "import/ImportOptionsWidget.h"
#include "import/ImportPreviewPane.h"
#include "services/ManualResults.h"
#include "settings/SettingsDialog.h"
#include "training/SaveModelDialog.h"
#include "training/TrainingSettings.h"
#include "ui/download/YahooReplay.h"
#include "ui/training/KlineRefreshSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace modeldeck::screenshots {

namespace {

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    Shot::require(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(),
                  u"cannot write %1"_s.arg(path));
    return path;
}

// A broker's 5-minute export whose 18th bar has its High below its Low.
QByteArray brokerFileWithAnError()
{
    QByteArray csv = "Date,Time,open,high,low,close,volume\n";
    QDateTime t(QDate(2025, 1, 2), QTime(9, 15), QTimeZone::utc());
    for (int i = 0; i < 30; ++i, t = t.addSecs(300)) {
        const QByteArray close = QByteArray::number(1215.5 + i * 0.35, 'f', 2);
        csv += t.toString(u"yyyyMMdd,HH:mm"_s).toLatin1()
            + (i == 17 ? ",1221.40,1219.10,1222.85," : ",1215.00,1226.00,1214.00,") + close
            + ",10734\n";
    }
    return csv;
}

// Three weeks of weekday bars as Yahoo Finance exports them.
QByteArray yahooDailyFile()
{
    QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    for (QDate d(2024, 1, 2); d < QDate(2024, 1, 23); d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        const double close = 180 + d.day() * 0.8;
        csv += d.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(close - 1, 'f', 2)
            + ',' + QByteArray::number(close + 1.5, 'f', 2) + ','
            + QByteArray::number(close - 2, 'f', 2) + ',' + QByteArray::number(close, 'f', 2) + ','
            + QByteArray::number(close * 0.99, 'f', 2) + ",5120000\n";
    }
    return csv;
}

} // namespace

// The import dialog with a row that is an error under "Reject the file", its line shown.
void importErrorScene(Shot &shot)
{
    auto session = test::openSession(shot.workspace(u"workspace"_s));
    const QString files = shot.workspace(u"files"_s);
    ImportDialog dialog(session.get());
    dialog.show();
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    dialog.setFiles({ writeFile(files, u"RELIANCE.NS_5min.csv"_s, brokerFileWithAnError()),
                      writeFile(files, u"AAPL.csv"_s, yahooDailyFile()) });
    Shot::require(test::arrived(updated, 30000), u"no preview"_s);
    QComboBox *invalidRows = dialog.options()->invalidRowsCombo();
    updated.clear();
    invalidRows->setCurrentIndex(invalidRows->findData(int(InvalidRowPolicy::Reject)));
    Shot::require(test::arrived(updated, 30000), u"no preview after Reject"_s);
    Shot::require(!dialog.issues().empty(), u"the file shows no problem"_s);
    dialog.previewPane()->showLine(dialog.issues().front().line);
    QTest::qWait(200);
    shot.save(&dialog, u"import-error.png"_s);
}

// The download dialog's summary with one symbol Yahoo does not know, against a local replay.
void downloadScene(Shot &shot)
{
    test::FixtureServer server;
    Shot::require(server.listen(), u"the local server cannot listen"_s);
    server.setHandler(test::yahooChart);
    test::useBaseUrl(server.url());
    auto session = test::openSession(shot.workspace(u"download"_s));
    DownloadDialog dialog(session.get());
    dialog.show();
    test::chooseYahooDaily(dialog, u"AAPL, MSFT, NOPE, TSLA"_s);
    QSignalSpy finished(&dialog, &DownloadDialog::downloadsFinished);
    QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
    Shot::require(finished.wait(30000), u"the downloads did not finish"_s);
    QTest::qWait(200);
    shot.save(&dialog, u"download.png"_s);
}

// Settings with per-bot defaults that name an unknown key.
void settingsScene(Shot &shot)
{
    SettingsDialog dialog(shot.workspace(u"settings"_s));
    dialog.show();
    dialog.botCombo()->setCurrentIndex(dialog.botCombo()->findData(u"transformer_bot"_s));
    dialog.paramsEdit()->setPlainText(u"{\n  \"hidden_size\": 30,\n  \"heads\": 4\n}"_s);
    QTest::qWait(200);
    shot.save(&dialog, u"settings.png"_s);
}

// The Save dialog of a run that loses to the naive forecast by 2,510 %.
void saveDialogScene(Shot &shot)
{
    UndecidedResult result;
    result.record = test::withSkill(test::cardRecord(u"RELIANCE.NS"_s, u"1d"_s, u"lstm_bot"_s,
                                                     TrainingRecord::Status::Active, 0.5),
                                    -25.1);
    SaveModelDialog dialog(nullptr, result);
    dialog.show();
    shot.saveLightAndDark(&dialog, u"save-dialog-worse-than-naive-light.png"_s,
                          u"save-dialog-worse-than-naive-dark.png"_s);
}

// Auto-train with "Refresh price data first": the choice, the refresh under way, the result.
void autoTrainRefreshScene(Shot &shot)
{
    test::KlineRefreshSource source;
    Shot::require(source.start(), u"the local server cannot listen"_s);
    const qint64 required = TrainingSettings::fromParams(test::kKlineBot, {})->barsRequired();
    auto session = source.workspaceWith(shot.workspace(u"autotrain-refresh"_s), int(required / 2));
    AutoTrainDialog dialog(session.get());
    dialog.show();
    test::KlineRefreshSource::choose(dialog);
    dialog.refreshFirstBox()->setChecked(true);
    QTest::qWait(50);
    shot.save(&dialog, u"autotrain-refresh-choose.png"_s);
    source.available = int(required) + 40;
    source.delayMs = 1000;
    QSignalSpy queued(&dialog, &AutoTrainDialog::queued);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTest::qWait(200);
    shot.save(&dialog, u"autotrain-refresh-running.png"_s);
    Shot::require(test::arrived(queued, 30000), u"nothing was queued"_s);
    QTest::qWait(50);
    shot.save(&dialog, u"autotrain-refresh-result.png"_s);
}

} // namespace modeldeck::screenshots
