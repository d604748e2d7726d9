#include "download/RefreshPanel.h"

#include "download/RefreshThenTrain.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace modeldeck {

RefreshPanel::RefreshPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_skip(new QPushButton(tr("&Skip Refresh"), this))
{
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Refresh status"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_skip->setToolTip(tr("Stop waiting for the download and go on with the price data already "
                          "stored; series refreshed so far keep their new bars"));
    m_skip->setAutoDefault(false); // Enter must not skip by accident
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (!m_refresher)
            return;
        m_skipping = true;
        m_skip->setEnabled(false);
        m_status->setText(tr("Skipping the refresh; going on with the data at hand…"));
        m_refresher->cancel();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_skip);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch();
}

void RefreshPanel::start(std::vector<SeriesKey> series, std::function<void()> then)
{
    abandon();
    m_skipping = false;
    m_skip->setEnabled(true);
    m_status->setText(tr("Preparing the refresh…"));
    m_progress->setRange(0, 0); // busy until the number of series is known
    m_progress->resetFormat();
    m_refresher = new RefreshThenTrain(m_session, this);
    connect(m_refresher, &RefreshThenTrain::progress, this, &RefreshPanel::setProgress);
    connect(m_refresher, &RefreshThenTrain::finished, this, [this](const RefreshOutcome &outcome) {
        if (m_refresher)
            std::exchange(m_refresher, nullptr)->deleteLater(); // it is emitting this signal
        Q_EMIT finished(outcome);
    });
    // The refresher is this panel's child, so `then` never outlives it; once abandoned, the
    // refresher is no longer m_refresher and `then` does nothing.
    m_refresher->start(std::move(series), [this, refresher = m_refresher, then = std::move(then)] {
        if (m_refresher == refresher && then)
            then();
    });
}

void RefreshPanel::abandon()
{
    if (!m_refresher)
        return;
    // Later, not now: this may run inside one of its signals (a slot closing the dialog).
    // Deleting it cancels the downloads; until then, nothing it does reaches this panel.
    RefreshThenTrain *refresher = std::exchange(m_refresher, nullptr);
    disconnect(refresher, nullptr, this, nullptr);
    refresher->cancel();
    refresher->deleteLater();
}

void RefreshPanel::setProgress(int done, int total)
{
    if (!m_skipping)
        m_status->setText(tr("Refreshing %n series…", nullptr, total));
    const int maximum = std::max(total, 1);
    m_progress->setRange(0, maximum);
    m_progress->setValue(std::clamp(done, 0, maximum));
    m_progress->setFormat(tr("%1 of %n series", nullptr, total).arg(done));
}

QStringList RefreshPanel::describe(const RefreshOutcome &outcome)
{
    QStringList lines;
    if (outcome.cancelled)
        lines << tr("The refresh was skipped; the data at hand was used.");
    if (!outcome.cancelled || outcome.refreshed > 0)
        lines << tr("Refreshed the price data of %n series.", nullptr, outcome.refreshed);
    if (!outcome.failures.isEmpty()) {
        lines << tr("%n series could not be refreshed; their data at hand was used:", nullptr,
                    int(outcome.failures.size()));
        for (const QString &failure : outcome.failures)
            lines << QStringLiteral("  • ") + failure;
    }
    if (!outcome.skipped.isEmpty()) {
        lines << tr("%n series were not refreshed:", nullptr, int(outcome.skipped.size()));
        for (const QString &skip : outcome.skipped)
            lines << QStringLiteral("  • ") + skip;
    }
    return lines;
}

} // namespace modeldeck
