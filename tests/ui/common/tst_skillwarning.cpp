// A model that loses to the naive forecast ("tomorrow = today") on its test split never looks
// good: its training-record card, the record details, the saved-model card and its details,
// the Save dialog after manual training and the Activate confirmation all say so in words (and
// the painted cards in the warning colour), while a model with positive, zero or unknown skill
// shows nothing special. The one check (SkillWarning) is tested on its edges first.

#include "TestPalette.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "TestSignals.h"
#include "cards/CardLayout.h"
#include "cards/ModelCardDelegate.h"
#include "cards/RecordDetailsPane.h"
#include "cards/RecordListModel.h"
#include "common/CardPainter.h"
#include "common/InlineMessage.h"
#include "common/SkillWarning.h"
#include "registry/ModelDetailsDialog.h"
#include "registry/ModelVersionsDialog.h"
#include "registry/SavedModelActions.h"
#include "registry/SavedModelDelegate.h"
#include "registry/SavedModelListModel.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"
#include "training/SaveModelDialog.h"

#include <QApplication>
#include <QHelpEvent>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <limits>

using namespace modeldeck;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// The RELIANCE.NS lstm_bot of issue 13: RMSE 26.1 times the naive forecast's.
constexpr double kLoser = -25.1;
// What the warning says, whatever the figure: tests look for this and for the figure.
const QString kSays = QStringLiteral("worse than repeating the last close on the test split");

QString loserFigure()
{
    return QStringLiteral("−%1 %").arg(QLocale().toString(2510.0, 'f', 1));
}

TrainingRecordSummary summary(qint64 id, std::optional<double> skill)
{
    TrainingRecordSummary s;
    s.id = id;
    s.symbol = QStringLiteral("RELIANCE.NS");
    s.timeframe = QStringLiteral("1d");
    s.bot = QStringLiteral("lstm_bot");
    s.trainedAtMs = QDateTime::currentMSecsSinceEpoch() - 60'000; // Active: a green badge
    s.status = TrainingRecord::Status::Active;
    s.testRmse = 1199.0;
    s.skill = skill;
    return s;
}

TrainingRecord recordWithSkill(const QJsonValue &skill)
{
    return test::withSkill(test::cardRecord(QStringLiteral("RELIANCE.NS"), QStringLiteral("1d"),
                                            QStringLiteral("lstm_bot"),
                                            TrainingRecord::Status::Active, 0.5),
                           skill);
}

RegisteredModel modelWithSkill(const QString &name, double skill)
{
    RegisteredModel m;
    m.name = name;
    m.version = 1;
    m.bot = QStringLiteral("lstm_bot");
    m.horizons = { 1 };
    m.symbol = QStringLiteral("TCS.NS");
    m.timeframe = QStringLiteral("1d");
    m.metrics = QJsonObject { { QStringLiteral("rmse"), 65.7 },
                              { QStringLiteral("mae"), 50.1 },
                              { QStringLiteral("skill"), skill },
                              { QStringLiteral("coverage_80"), 0.553 } };
    return m;
}

QStyleOptionViewItem cardOption(const QSize &size, const QPalette &palette)
{
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = palette;
    option.state = QStyle::State_Enabled;
    return option;
}

// The card as `delegate` paints it, on a transparent image.
QImage paintCard(QStyledItemDelegate &delegate, const QModelIndex &index, const QSize &size,
                 const QPalette &palette)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    delegate.paint(&painter, cardOption(size, palette), index);
    return image;
}

int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (color.rgb() & 0xffffff) && qAlpha(line[x]) == 255 ? 1
                                                                                                : 0;
    }
    return count;
}

} // namespace

class TestSkillWarning : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<WorkspaceSession> session()
    {
        return test::openSession(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void onlyAFiniteNegativeSkillWarns()
    {
        QVERIFY(SkillWarning::applies(kLoser));
        QVERIFY(SkillWarning::applies(-1e-9));
        QVERIFY(!SkillWarning::applies(0.0)); // a tie with naive is not worse
        QVERIFY(!SkillWarning::applies(-0.0));
        QVERIFY(!SkillWarning::applies(0.125));
        QVERIFY(!SkillWarning::applies(std::nullopt));
        QVERIFY(!SkillWarning::applies(kNaN));
        QVERIFY(!SkillWarning::applies(-kInf));
        QVERIFY(SkillWarning::text(0.125).isEmpty());

        const QString text = SkillWarning::text(kLoser);
        QVERIFY2(text.contains(kSays) && text.contains(loserFigure()), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(26.1, 'f', 2)), qPrintable(text)); // RMSE ratio

        // Only `skill` decides: other keys (raw, validation) neither raise nor hide it.
        QJsonObject metrics { { QStringLiteral("skill"), 0.02 },
                              { QStringLiteral("raw_skill"), -3.0 },
                              { QStringLiteral("validation_skill"), -1.0 } };
        QVERIFY(!SkillWarning::applies(metrics));
        metrics.insert(QStringLiteral("skill"), -0.08);
        metrics.insert(QStringLiteral("raw_skill"), 0.5);
        QVERIFY(SkillWarning::applies(metrics));
        QVERIFY(!SkillWarning::applies(
            QJsonObject { { QStringLiteral("skill"), QStringLiteral("-1") } }));
        QVERIFY(
            !SkillWarning::applies(QJsonObject { { QStringLiteral("skill"), QJsonValue::Null } }));
        QVERIFY(!SkillWarning::applies(QJsonObject {}));
    }

    void warningColourIsReadableInBothPalettes()
    {
        const QPalette light = QApplication::style()->standardPalette();
        const QPalette dark = test::darkPalette();
        for (const QPalette &palette : { light, dark }) {
            for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window }) {
                const QColor text = SkillWarning::textColor(palette, role);
                QVERIFY2(CardPainter::contrast(text, palette.color(role)) >= 4.5,
                         qPrintable(text.name()));
                // Still the warning hue, not grey: red well above green and blue.
                QVERIFY2(text.red() > text.green() + 40 && text.red() > text.blue() + 40,
                         qPrintable(text.name()));
            }
        }
        // The badge text on the warning fill reads too.
        const QColor fill = SkillWarning::color();
        QVERIFY(CardPainter::contrast(CardPainter::textColorOn(fill), fill) >= 4.5);
    }

    void recordCardSaysWorseThanNaive()
    {
        RecordListModel model;
        model.setRecords({ summary(1, kLoser), summary(2, 0.125), summary(3, 0.0),
                           summary(4, std::nullopt), summary(5, kNaN) });
        const QModelIndex loser = model.index(0);
        QCOMPARE(loser.data(RecordListModel::StatusTextRole).toString(), QStringLiteral("Active"));
        QCOMPARE(loser.data(RecordListModel::SkillTextRole).toString(), loserFigure());
        const QString warning = loser.data(RecordListModel::SkillWarningRole).toString();
        QVERIFY2(warning.contains(kSays), qPrintable(warning));
        for (int role : { int(Qt::AccessibleTextRole), int(Qt::ToolTipRole) }) {
            const QString said = loser.data(role).toString();
            QVERIFY2(said.contains(kSays) && said.contains(loserFigure()), qPrintable(said));
        }
        for (int row = 1; row < model.rowCount(); ++row) {
            const QModelIndex other = model.index(row);
            QVERIFY2(other.data(RecordListModel::SkillWarningRole).toString().isEmpty(),
                     qPrintable(QString::number(row)));
            QVERIFY(!other.data(Qt::AccessibleTextRole).toString().contains(kSays));
            QVERIFY(!other.data(Qt::ToolTipRole).toString().contains(kSays));
        }

        // Painted: the warning badge's fill appears next to the green badge, in light and dark,
        // and only on the losing card.
        ModelCardDelegate delegate;
        const QSize size = CardLayout::itemSize(QFontMetrics(QApplication::font()));
        for (const QPalette &palette :
             { QApplication::style()->standardPalette(), test::darkPalette() }) {
            QVERIFY(pixelsOf(paintCard(delegate, loser, size, palette), SkillWarning::color())
                    > 50);
            QVERIFY(pixelsOf(paintCard(delegate, loser, size, palette),
                             RecordListModel::statusColor(RecordListModel::CardStatus::Active))
                    > 50);
            QCOMPARE(
                pixelsOf(paintCard(delegate, model.index(1), size, palette), SkillWarning::color()),
                0);
        }

        // Hovering the title line (where the badge is) shows the warning itself.
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(size.width() + 40, size.height() * 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect rect = view.visualRect(loser);
        const CardLayout l = delegate.layout(rect, view.fontMetrics());
        const QPoint pos(l.titleLine.right() - 2, l.titleLine.center().y());
        QStyleOptionViewItem option = cardOption(rect.size(), view.palette());
        option.rect = rect;
        option.widget = &view;
        QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QVERIFY(delegate.helpEvent(&help, &view, option, loser));
        QTRY_COMPARE(QToolTip::text(), warning);
        QToolTip::hideText();
    }

    void recordDetailsSayWorseThanNaive()
    {
        auto s = session();
        const qint64 loser = test::insertRecord(*s->database(), recordWithSkill(kLoser));
        const qint64 winner = test::insertRecord(*s->database(), recordWithSkill(0.125));
        const qint64 unknown
            = test::insertRecord(*s->database(), recordWithSkill(QJsonValue::Null));
        QVERIFY(loser > 0 && winner > 0 && unknown > 0);
        s->database()->releaseThreadConnection();
        RecordDetailsPane pane(s.get());
        pane.show();
        QSignalSpy loaded(&pane, &RecordDetailsPane::loaded);
        const auto show = [&](qint64 id) {
            loaded.clear();
            pane.showRecord(id);
            return test::arrived(loaded, 10000) && loaded.last().at(0).toLongLong() == id;
        };
        QVERIFY(show(loser));
        InlineMessage *warning = pane.skillWarning();
        QVERIFY(warning->isVisibleTo(&pane));
        QVERIFY(warning->kind() == InlineMessage::Kind::Warning);
        QVERIFY2(warning->text().contains(kSays) && warning->text().contains(loserFigure()),
                 qPrintable(warning->text()));
        // The skill row is in the warning colour with the sentence as its tooltip.
        QTableWidget *table = pane.metricsTable();
        bool skillRow = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != QStringLiteral("Skill vs naive"))
                continue;
            skillRow = true;
            QCOMPARE(table->item(row, 1)->foreground().color(),
                     SkillWarning::textColor(pane.palette()));
            QVERIFY(table->item(row, 1)->toolTip().contains(kSays));
        }
        QVERIFY(skillRow);
        // A dark palette re-derives the colour for the new background.
        pane.setPalette(test::darkPalette());
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("Skill vs naive"))
                QCOMPARE(table->item(row, 1)->foreground().color(),
                         SkillWarning::textColor(test::darkPalette()));
        }

        for (qint64 id : { winner, unknown }) {
            QVERIFY(show(id));
            QVERIFY(!pane.skillWarning()->isVisibleTo(&pane));
        }
    }

    void savedModelCardSaysWorseThanNaive()
    {
        SavedModelListModel model;
        std::vector<SavedModelEntry> entries;
        for (const auto &[name, skill] : { std::pair { QStringLiteral("loser"), -0.38 },
                                           std::pair { QStringLiteral("winner"), 0.125 } }) {
            SavedModelEntry e;
            e.model = modelWithSkill(name, skill);
            e.model.active = true; // the ACTIVE badge must not stand alone
            e.versions = { 1 };
            e.ready = true;
            entries.push_back(e);
        }
        model.setEntries(std::move(entries));
        const QModelIndex loser = model.index(model.rowOf(QStringLiteral("loser")));
        const QModelIndex winner = model.index(model.rowOf(QStringLiteral("winner")));
        const QString figure = QStringLiteral("−%1 %").arg(QLocale().toString(38.0, 'f', 1));
        QVERIFY(loser.data(SavedModelListModel::SkillWarningRole).toString().contains(kSays));
        QVERIFY(winner.data(SavedModelListModel::SkillWarningRole).toString().isEmpty());
        for (int role : { int(Qt::AccessibleTextRole), int(Qt::ToolTipRole) }) {
            const QString said = loser.data(role).toString();
            QVERIFY2(said.contains(kSays) && said.contains(figure), qPrintable(said));
            QVERIFY(!winner.data(role).toString().contains(kSays));
        }
        // The skill is the third metric shown (after RMSE and MAE): that one is coloured.
        QCOMPARE(loser.data(SavedModelListModel::SkillMetricRole).toInt(), 2);
        QVERIFY(loser.data(SavedModelListModel::MetricsRole)
                    .toStringList()
                    .at(2)
                    .startsWith(QStringLiteral("Skill|")));

        SavedModelDelegate delegate;
        const QSize size = SavedModelDelegate::itemSize(QFontMetrics(QApplication::font()));
        for (const QPalette &palette :
             { QApplication::style()->standardPalette(), test::darkPalette() }) {
            QVERIFY(pixelsOf(paintCard(delegate, loser, size, palette), SkillWarning::color())
                    > 50);
            QCOMPARE(pixelsOf(paintCard(delegate, winner, size, palette), SkillWarning::color()),
                     0);
        }
    }

    void savedModelDetailsAndVersionsSayWorseThanNaive()
    {
        const RegisteredModel loser = modelWithSkill(QStringLiteral("loser"), -0.38);
        ModelDetailsDialog details(loser.name, QString(), {}, loser.metrics);
        QVERIFY(details.skillWarning()->isVisibleTo(&details));
        QVERIFY2(details.skillWarning()->text().contains(kSays),
                 qPrintable(details.skillWarning()->text()));
        const RegisteredModel winner = modelWithSkill(QStringLiteral("winner"), 0.125);
        ModelDetailsDialog fine(winner.name, QString(), {}, winner.metrics);
        QVERIFY(!fine.skillWarning()->isVisibleTo(&fine));

        RegisteredModel v2 = modelWithSkill(QStringLiteral("m"), 0.1);
        v2.version = 2;
        ModelVersionsDialog versions({ modelWithSkill(QStringLiteral("m"), -0.38), v2 });
        QListWidget *list = versions.list();
        QVERIFY(!list->item(0)->text().contains(SkillWarning::badgeText())); // v2, newest first
        QVERIFY(list->item(1)->text().contains(SkillWarning::badgeText()));
        QVERIFY(list->item(1)->toolTip().contains(kSays));
    }

    void saveDialogWarnsWhenWorseThanNaive()
    {
        UndecidedResult result;
        result.record = recordWithSkill(-2.51);
        SaveModelDialog loser(nullptr, result);
        const QString figure = QStringLiteral("−%1 %").arg(QLocale().toString(251.0, 'f', 1));
        QVERIFY(loser.skillWarning()->isVisibleTo(&loser));
        QVERIFY(loser.skillWarning()->kind() == InlineMessage::Kind::Warning);
        QVERIFY2(loser.skillWarning()->text().contains(kSays)
                     && loser.skillWarning()->text().contains(figure),
                 qPrintable(loser.skillWarning()->text()));
        QVERIFY(loser.metricText(QStringLiteral("Skill vs naive"))
                    .contains(QStringLiteral("higher than the naive")));

        for (const QJsonValue &skill :
             { QJsonValue(0.125), QJsonValue(0.0), QJsonValue(QJsonValue::Null) }) {
            result.record = recordWithSkill(skill);
            SaveModelDialog other(nullptr, result);
            QVERIFY(!other.skillWarning()->isVisibleTo(&other));
        }
    }

    void activateConfirmationWarns()
    {
        auto s = session();
        {
            ModelRegistry registry(*s->database());
            for (const auto &[name, skill] : { std::pair { QStringLiteral("loser"), -0.38 },
                                               std::pair { QStringLiteral("winner"), 0.125 } }) {
                auto added = registry.add(modelWithSkill(name, skill), QByteArray(100, 'x'),
                                          QStringLiteral("registry"), false);
                QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
            }
            s->database()->releaseThreadConnection();
        }
        SavedModelActions actions(s.get(), nullptr);
        QStringList asked;
        actions.setConfirmFunction(
            [&asked](QWidget *, const QString &, const QString &text, const QString &) {
                asked << text;
                return false; // declined: only the question matters here
            });
        QSignalSpy message(&actions, &SavedModelActions::message);
        actions.activate(QStringLiteral("loser"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(message.count(), 1, 10000);
        QCOMPARE(asked.size(), 1);
        const QString figure = QStringLiteral("−%1 %").arg(QLocale().toString(38.0, 'f', 1));
        QVERIFY2(asked[0].contains(kSays) && asked[0].contains(figure), qPrintable(asked[0]));

        actions.activate(QStringLiteral("winner"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(message.count(), 2, 10000);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(!asked[1].contains(kSays), qPrintable(asked[1]));
    }
};

QTEST_MAIN(TestSkillWarning)
#include "tst_skillwarning.moc"
