#include "compare/AbTestPanel.h"

#include "common/Guarded.h"
#include "monitoring/AbTest.h"
#include "registry/SavedModelActions.h"
#include "session/WorkspaceSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

QString sideText(const QString &name, int version)
{
    return AbTestPanel::tr("“%1” v%2").arg(name).arg(version);
}

} // namespace

AbTestPanel::AbTestPanel(WorkspaceSession *session, SavedModelActions *actions, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(actions)
{
    m_window = new QSpinBox(this);
    m_window->setRange(10, 100000);
    m_window->setValue(AbTest::kDefaultWindow);
    m_window->setSuffix(tr(" forecasts"));
    m_window->setAccessibleName(tr("A/B test window"));
    m_window->setToolTip(tr("How many of the newest bars each model forecasts, each from the "
                            "bars before it only"));
    m_run = new QPushButton(tr("&Run A/B Test"), this);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Score both models on the same recent bars and test the difference "
                         "(Ctrl+R)"));
    m_cancel = new QPushButton(tr("Cancel Test"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("A/B test progress"));
    m_activate = new QPushButton(tr("Acti&vate Winner"), this);
    m_activate->setToolTip(tr("Make the winning version the active model of its series (asks "
                              "first)"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({ tr("When (UTC)"), tr("A"), tr("B"), tr("RMSE A"), tr("RMSE B"),
                                 tr("p"), tr("Winner"), tr("Activated") });
    m_history->setAccessibleName(tr("Past A/B tests of these two models"));
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(90);
    m_history->setMaximumHeight(130); // the metrics and charts above need the room more

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Window:"), this));
    controls->addWidget(m_window);
    controls->addWidget(m_run);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_cancel);
    controls->addWidget(m_activate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Past A/B tests of this pair:"), this));
    layout->addWidget(m_history, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &AbTestPanel::pollProgress);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &AbTestPanel::cancel);
    connect(m_activate, &QPushButton::clicked, this, [this] { activateWinner(); });
    updateState();
}

void AbTestPanel::setModels(const RegisteredModel &a, const RegisteredModel &b)
{
    m_a = a;
    m_b = b;
    const int horizon = a.horizons.isEmpty() ? 1 : a.horizons.front();
    const Status comparable = AbTest::comparable(a, b, horizon);
    m_refusal = comparable ? QString() : comparable.error().message;
    if (!m_refusal.isEmpty())
        m_result->setText(tr("No A/B test: %1").arg(m_refusal));
    updateState();
    reloadHistory();
}

void AbTestPanel::updateState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && m_a && m_b && m_refusal.isEmpty());
    m_window->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_activate->setEnabled(!running && m_last && m_last->hasWinner() && !m_last->activated
                           && !m_winnerActive);
}

void AbTestPanel::pollProgress()
{
    if (!m_control)
        return;
    const int total = m_control->total.load();
    m_progress->setValue(total > 0 ? int(100.0 * m_control->done.load() / total) : 0);
}

void AbTestPanel::cancel()
{
    if (m_control)
        m_control->token.cancel(tr("The A/B test was cancelled; nothing was stored."));
}

QCoro::Task<> AbTestPanel::run()
{
    if (isRunning() || !m_a || !m_b || !m_refusal.isEmpty() || !m_session->isOpen())
        co_return;
    AbTestRequest request;
    request.a = { m_a->name, m_a->version };
    request.b = { m_b->name, m_b->version };
    request.window = m_window->value();
    m_control = std::make_shared<AbTestControl>();
    m_last.reset();
    m_progress->setValue(0);
    m_result->setText(
        tr("Scoring both models on the newest %1 bars…").arg(QLocale().toString(request.window)));
    m_poll->start();
    updateState();
    auto running = guarded(this, m_session->compare().runAbTest(request, m_control));
    auto doneGuarded = co_await running;
    if (!doneGuarded)
        co_return;
    auto done = std::move(*doneGuarded);
    m_poll->stop();
    m_control.reset();
    if (!done) {
        m_progress->setValue(0);
        m_result->setText(tr("Error: %1").arg(done.error().toString()));
        updateState();
        Q_EMIT finished(false);
        co_return;
    }
    m_progress->setValue(100);
    m_last = done->record;
    const AbTestSide &winner = done->record.winner == u"A" ? done->a : done->b;
    m_winnerActive = done->record.hasWinner() && winner.model.active;
    QString text = done->verdict.summary(
        tr("A (%1)").arg(sideText(done->record.modelA, done->record.versionA)),
        tr("B (%1)").arg(sideText(done->record.modelB, done->record.versionB)));
    if (m_winnerActive)
        text += u' ' + tr("The winner is already the active model.");
    m_result->setText(text);
    updateState();
    Q_EMIT finished(true);
    reloadHistory();
}

QCoro::Task<> AbTestPanel::activateWinner()
{
    if (!m_last || !m_last->hasWinner() || m_last->activated || m_winnerActive)
        co_return;
    const qint64 id = m_last->id;
    WorkspaceSession *session = m_session;
    auto activating = guarded(
        this,
        m_actions->activate(m_last->winnerName(), m_last->winnerVersion(), true,
                            [session, id] { return session->compare().activateWinner(id); }));
    auto activated = co_await activating;
    if (!activated || !*activated)
        co_return;
    m_last->activated = true;
    m_winnerActive = true;
    updateState();
    Q_EMIT winnerActivated();
    reloadHistory();
}

QCoro::Task<> AbTestPanel::reloadHistory()
{
    if (!m_a || !m_b || !m_session->isOpen())
        co_return;
    auto loading = guarded(this, m_session->compare().history(m_a->name, m_b->name, 50));
    auto loadedGuarded = co_await loading;
    if (!loadedGuarded)
        co_return;
    auto loaded = std::move(*loadedGuarded);
    m_history->clear();
    if (!loaded) {
        m_result->setText(
            tr("Error: the past A/B tests could not be read: %1").arg(loaded.error().toString()));
        co_return;
    }
    const QLocale locale;
    const auto rmse = [&locale](const QJsonObject &metrics) {
        const QJsonValue v = metrics.value(QStringLiteral("rmse"));
        return v.isDouble() ? locale.toString(v.toDouble(), 'g', 4) : QStringLiteral("—");
    };
    for (const AbTestRecord &r : *loaded) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, sideText(r.modelA, r.versionA));
        item->setText(2, sideText(r.modelB, r.versionB));
        item->setText(3, rmse(r.metricsA));
        item->setText(4, rmse(r.metricsB));
        item->setText(5, r.pValue ? locale.toString(*r.pValue, 'g', 3) : QStringLiteral("—"));
        item->setText(6,
                      r.hasWinner() ? sideText(r.winnerName(), r.winnerVersion())
                                    : tr("no significant difference"));
        item->setText(7, r.activated ? tr("yes") : tr("no"));
    }
    Q_EMIT historyLoaded(int(loaded->size()));
}

} // namespace modeldeck
