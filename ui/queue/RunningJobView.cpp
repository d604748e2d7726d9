#include "queue/RunningJobView.h"

#include "common/LossChart.h"
#include "queue/JobText.h"
#include "queue/OptimizerPanel.h"
#include "queue/StepBreadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace modeldeck {

RunningJobView::RunningJobView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_others(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_steps(new StepBreadcrumb(this)),
      m_details(new QLabel(this)), m_eta(new QLabel(this)), m_chart(new LossChart(this)),
      m_optimizer(new OptimizerPanel(session, this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the dock: "Last job: … — Completed" is longer than a running
    // job's title, and the cards beside the dock would lose width the moment a job ended.
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Current job"));
    m_others->setTextFormat(Qt::PlainText);
    m_others->setForegroundRole(QPalette::PlaceholderText);
    m_others->hide();
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("%p%"));
    m_progress->setAccessibleName(tr("Job progress"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Step details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eta->setTextFormat(Qt::PlainText);
    m_eta->setAccessibleName(tr("Time left"));
    m_eta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_optimizer->setCompact(true);
    m_optimizer->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_others);
    layout->addLayout(progressRow);
    layout->addWidget(m_steps, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_optimizer, 1);
    showIdle(tr("No job is running."));
}

void RunningJobView::showJob(qint64 jobId, const QString &title,
                             const std::vector<EpochRecord> &epochs, const TrainingProgress *last,
                             const JobSpec *spec)
{
    m_jobId = jobId;
    m_shownJobId = jobId;
    m_outcome.reset();
    setTitle(title);
    m_progress->setEnabled(true);
    m_progress->setValue(0);
    m_steps->setCurrentStep(0);
    m_details->setText(tr("Starting…"));
    m_eta->setText(JobText::eta(-1));
    showSearch(spec && (!spec->search.isEmpty() || spec->isStrategy()) ? spec : nullptr);
    m_chart->setEmptyText(tr("Waiting for the first epoch…"));
    m_chart->setSeries(epochs);
    if (last)
        applyProgress(*last);
}

void RunningJobView::setTitle(const QString &title)
{
    m_jobTitle = title;
    // A title that arrives after the end (looked up late) keeps the outcome shown.
    m_title->setText(m_outcome ? tr("Last job: %1 — %2").arg(title, JobText::status(*m_outcome))
                               : title);
}

void RunningJobView::setOthers(const QStringList &titles)
{
    m_others->setVisible(!titles.isEmpty());
    m_others->setText(tr("+%n more job(s) running", nullptr, int(titles.size())));
    m_others->setToolTip(titles.join(u'\n'));
}

void RunningJobView::applyProgress(const TrainingProgress &p)
{
    m_progress->setValue(int(std::lround(std::clamp(p.overall(), 0.0, 1.0) * 1000)));
    m_steps->setCurrentStep(int(p.step));
    if (!p.details.isEmpty())
        m_details->setText(p.details);
    m_eta->setText(JobText::eta(p.etaSeconds));
    if (p.lastEpoch.epoch > 0)
        appendEpoch(p.lastEpoch);
    if (p.search.trials > 0) {
        if (m_optimizer->isHidden() || m_optimizer->jobId() != m_jobId) {
            // A search whose spec was not passed in (shown before its job was known); a
            // strategy job says so by its own figures (its objective then reads as Sharpe).
            JobSpec unknown;
            if (p.strategy)
                unknown.strategy = { { QStringLiteral("spec"), QJsonObject() } };
            showSearch(&unknown);
        }
        m_optimizer->applyProgress(p);
    }
}

void RunningJobView::showSearch(const JobSpec *spec)
{
    if (spec)
        m_optimizer->setJob(m_jobId, *spec, true);
    m_optimizer->setVisible(spec != nullptr);
    m_chart->setVisible(spec == nullptr);
}

void RunningJobView::appendEpoch(const EpochRecord &epoch)
{
    m_chart->appendPoint(epoch.epoch, epoch.trainLoss, epoch.valLoss);
}

void RunningJobView::finish(JobStatus status, const QString &error)
{
    m_outcome = status;
    setTitle(m_jobTitle);
    if (status == JobStatus::Completed) {
        m_progress->setValue(1000);
        m_steps->setCurrentStep(m_steps->steps().size() - 1, StepBreadcrumb::Outcome::Completed);
        m_eta->setText(tr("done"));
    } else {
        m_steps->setCurrentStep(std::max(0, m_steps->currentStep()),
                                StepBreadcrumb::Outcome::Failed);
        m_eta->clear();
        if (!error.isEmpty())
            m_details->setText(error);
    }
    if (!m_optimizer->isHidden())
        m_optimizer->finish();
    m_jobId = 0;
}

void RunningJobView::showIdle(const QString &message)
{
    m_jobId = 0;
    m_shownJobId = 0;
    m_jobTitle.clear();
    m_title->setText(message);
    m_others->hide();
    m_progress->setValue(0);
    m_progress->setEnabled(false);
    m_steps->setCurrentStep(-1);
    m_details->clear();
    m_eta->clear();
    showSearch(nullptr);
    m_chart->setEmptyText(tr("The running job's loss per epoch appears here."));
    m_chart->clear();
}

} // namespace modeldeck
