#include "download/DownloadDialog.h"

#include "download/DownloadOptionsWidget.h"
#include "download/DownloadProgressModel.h"
#include "net/MarketDataProvider.h"
#include "session/WorkspaceSession.h"
#include "training/CancellationToken.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace modeldeck {

namespace {

using State = DownloadProgressModel::State;

// Fire-and-forget from a slot; the task guards itself with QPointer.
QCoro::Task<> discard(QCoro::Task<bool> task)
{
    co_await task;
}

constexpr int kListedFailures = 3; // in the summary; every row says its own

} // namespace

DownloadDialog::DownloadDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_options(new DownloadOptionsWidget(session, this)),
      m_refreshLabel(new QLabel(this)), m_model(new DownloadProgressModel(this)),
      m_view(new QTableView(this)), m_progress(new QProgressBar(this)),
      m_summaryIcon(new QLabel(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Download Price History"));
    resize(900, 560);

    m_refreshLabel->setWordWrap(true);
    m_refreshLabel->setText(
        tr("Every series this workspace downloaded before is brought up to date from "
           "its provider, starting at its newest stored bar. Series that only came "
           "from CSV files are skipped."));
    m_refreshLabel->setVisible(false);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for every state, so the columns do not jump as rows move from state to state.
    int stateWidth = 0;
    for (State state : { State::Waiting, State::Fetching, State::Writing, State::Done,
                         State::Failed, State::Cancelled, State::Skipped })
        stateWidth = std::max(
            stateWidth, fontMetrics().horizontalAdvance(DownloadProgressModel::stateText(state)));
    m_view->horizontalHeader()->setSectionResizeMode(DownloadProgressModel::StateColumn,
                                                     QHeaderView::Fixed);
    m_view->setColumnWidth(DownloadProgressModel::StateColumn,
                           stateWidth + style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    m_view->setAccessibleName(tr("Download progress per symbol"));
    m_view->setToolTip(
        tr("One row per symbol: hover over a row for the whole message and the provider's notes"));

    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Overall download progress"));
    m_progress->setFormat(tr("%v of %m series"));
    m_summary->setObjectName(QStringLiteral("downloadSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryIcon->setAlignment(Qt::AlignTop);
    m_summaryIcon->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_downloadButton = buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole);
    m_downloadButton->setIcon(
        QIcon::fromTheme(QStringLiteral("download"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DownloadDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancelDownload(); // stays open to show what was written
        else
            reject();
    });

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryIcon);
    summaryRow->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addWidget(m_refreshLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addLayout(summaryRow);
    layout->addWidget(buttons);

    connect(m_options, &DownloadOptionsWidget::changed, this, &DownloadDialog::updateButtons);
    setRefreshMode(false);
    updateButtons();
}

DownloadDialog::~DownloadDialog()
{
    if (m_token)
        m_token->cancel(tr("the download window was closed"));
}

DownloadDialog *DownloadDialog::openRefreshAll(WorkspaceSession *session, QWidget *parent)
{
    auto *dialog = new DownloadDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    discard(dialog->startRefreshAll());
    return dialog;
}

void DownloadDialog::setRefreshMode(bool refresh)
{
    m_refreshMode = refresh;
    setWindowTitle(refresh ? tr("Refresh All Price History") : tr("Download Price History"));
    m_options->setVisible(!refresh);
    m_refreshLabel->setVisible(refresh);
    // A download has one provider and timeframe, shown above; a refresh mixes them.
    m_view->setColumnHidden(DownloadProgressModel::TimeframeColumn, !refresh);
    m_view->setColumnHidden(DownloadProgressModel::ProviderColumn, !refresh);
}

void DownloadDialog::updateButtons()
{
    const QString error = m_options->validationError();
    const bool can = !m_running && !m_refreshMode && error.isEmpty();
    m_downloadButton->setVisible(!m_refreshMode);
    m_downloadButton->setEnabled(can);
    m_downloadButton->setDefault(can);
    m_downloadButton->setToolTip(
        can ? tr("Download %n symbol(s) (Enter)", nullptr, int(m_options->symbols().size()))
            : m_running ? tr("A download is running")
                        : error);
    m_options->setEnabled(!m_running);
    m_cancelButton->setText(m_running ? tr("Cancel Download") : m_ran ? tr("Close") : tr("Cancel"));
    m_cancelButton->setToolTip(
        m_running ? tr("Stop: series already written stay, the others write nothing (Esc)")
                  : QString());
    m_cancelButton->setEnabled(!m_running || !m_token || !m_token->isCancelled());
}

void DownloadDialog::accept()
{
    if (!m_running && !m_refreshMode && m_options->validationError().isEmpty())
        discard(startDownload());
}

void DownloadDialog::cancelDownload()
{
    if (!m_running || !m_token)
        return;
    m_token->cancel(tr("Cancel was pressed"));
    m_summary->setText(tr("Cancelling… A series being written is completed or rolled back; nothing "
                          "partial is kept."));
    updateButtons();
}

void DownloadDialog::reject()
{
    if (m_running) {
        m_closeAfterRun = true;
        cancelDownload();
        return;
    }
    if (m_ran)
        done(QDialog::Accepted);
    else
        QDialog::reject();
}

QCoro::Task<bool> DownloadDialog::startDownload()
{
    if (m_running || !m_options->validationError().isEmpty())
        co_return false;
    setRefreshMode(false);
    QCoro::Task<bool> running = run({ m_options->request() }, {});
    const bool ok = co_await running;
    co_return ok;
}

QCoro::Task<bool> DownloadDialog::startRefreshAll()
{
    if (m_running)
        co_return false;
    setRefreshMode(true);
    RefreshPlan plan = planRefresh(m_session->symbols(), m_session->latestDownloads(),
                                   m_session->latestImports());
    QCoro::Task<bool> running = run(std::move(plan.requests), std::move(plan.skipped));
    const bool ok = co_await running;
    co_return ok;
}

void DownloadDialog::prepareRows(const std::vector<DownloadRequest> &requests,
                                 const std::vector<SkippedSeries> &skipped)
{
    const std::shared_ptr<DownloadService> service = m_session->downloads();
    std::vector<DownloadProgressModel::Row> rows;
    m_firstRows.clear();
    m_spelled.clear();
    for (const DownloadRequest &request : requests) {
        m_firstRows.push_back(int(rows.size()));
        auto provider = service->provider(request.provider);
        QStringList spelled;
        for (const QString &symbol : request.symbols) {
            DownloadProgressModel::Row row;
            row.symbol = symbol;
            row.timeframe = request.timeframe.name();
            row.provider = provider ? (*provider)->displayName() : request.provider;
            rows.push_back(row);
            auto name = provider ? (*provider)->normalizeSymbol(symbol) : Result<QString>(symbol);
            spelled << (name ? *name : symbol);
        }
        m_spelled.push_back(spelled);
    }
    for (const SkippedSeries &skip : skipped) {
        DownloadProgressModel::Row row;
        row.symbol = skip.series.symbol;
        row.timeframe = skip.series.timeframe;
        row.state = State::Skipped;
        row.message = skip.reason;
        rows.push_back(row);
    }
    m_model->setRows(std::move(rows));
}

QCoro::Task<bool> DownloadDialog::run(std::vector<DownloadRequest> requests,
                                      std::vector<SkippedSeries> skipped)
{
    // Held here, not only by the session: a switch of workspace must not pull the service
    // from under this download.
    const std::shared_ptr<DownloadService> service = m_session->downloads();
    if (m_running || !service)
        co_return false;
    QPointer<DownloadDialog> self(this);
    const auto token = std::make_shared<CancellationToken>();
    m_token = token;
    m_running = true;
    m_closeAfterRun = false;
    prepareRows(requests, skipped);
    updateOverall();
    m_summaryIcon->setVisible(false);
    m_summary->setText(m_refreshMode ? tr("Refreshing…") : tr("Downloading…"));
    updateButtons();

    const QMetaObject::Connection progress
        = connect(service.get(), &DownloadService::progress, this, &DownloadDialog::onProgress);
    for (size_t i = 0; i < requests.size(); ++i) {
        const int first = m_firstRows[i];
        const int count = int(requests[i].symbols.size());
        if (token->isCancelled()) {
            for (int row = first; row < first + count; ++row)
                m_model->finish(row, State::Cancelled,
                                tr("Cancelled before it started; nothing was written."));
            continue;
        }
        m_current = int(i);
        QCoro::Task<Result<DownloadReport>> downloading
            = service->download(requests[i], token.get());
        Result<DownloadReport> report = co_await downloading;
        if (!self)
            co_return false;
        if (!report) { // the request as a whole (e.g. a timeframe the provider lacks)
            for (int row = first; row < first + count; ++row)
                m_model->finish(row, State::Failed, report.error().toString());
        } else {
            for (int j = 0; j < count && j < int(report->symbols.size()); ++j)
                m_model->applyReport(first + j, report->symbols[size_t(j)]);
        }
        updateOverall();
    }
    disconnect(progress);
    m_current = -1;
    m_running = false;
    m_ran = true;
    const int succeeded = m_model->count(State::Done);
    const int failed = m_model->count(State::Failed) + m_model->count(State::Cancelled);
    showSummary();
    updateButtons();

    QCoro::Task<bool> reloading = m_session->refreshSymbols();
    co_await reloading;
    if (!self)
        co_return false;
    Q_EMIT downloadsFinished(succeeded, failed);
    if (m_closeAfterRun)
        done(QDialog::Accepted);
    co_return failed == 0;
}

void DownloadDialog::onProgress(const DownloadProgress &progress)
{
    // The service is shared: reports of another download (a refresh before training) are
    // told apart by their position and symbol.
    if (m_current < 0 || size_t(m_current) >= m_spelled.size())
        return;
    const QStringList &symbols = m_spelled[size_t(m_current)];
    if (progress.count != symbols.size() || progress.index < 0 || progress.index >= symbols.size()
        || symbols.at(progress.index) != progress.symbol) {
        return;
    }
    m_model->applyProgress(m_firstRows[size_t(m_current)] + progress.index, progress);
    updateOverall();
}

void DownloadDialog::updateOverall()
{
    const int total = m_model->rowCount() - m_model->count(State::Skipped);
    m_progress->setVisible(total > 0); // a refresh with nothing to fetch has no progress to show
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(total - m_model->unfinishedCount());
}

void DownloadDialog::showSummary()
{
    const int done = m_model->count(State::Done);
    const int failed = m_model->count(State::Failed);
    const int cancelled = m_model->count(State::Cancelled);
    const int skipped = m_model->count(State::Skipped);
    const int total = done + failed + cancelled;
    const QLocale locale;
    QStringList lines;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QStringList failures; // each cause once: offline is said once, not per symbol
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DownloadProgressModel::Row &r = m_model->row(row);
        if (r.state == State::Failed && !failures.contains(r.message))
            failures << r.message;
    }
    if (total == 0) {
        lines << tr(
            "Nothing to refresh: no series in this workspace was downloaded from a provider.");
    } else if (cancelled > 0) {
        icon = QStyle::SP_MessageBoxWarning;
        lines << tr("Cancelled: %1 of %n series completed; nothing was written for the others.",
                    nullptr, total)
                     .arg(done);
    } else if (done == 0) {
        icon = QStyle::SP_MessageBoxCritical;
        lines << (failures.size() == 1 ? tr("Nothing was downloaded: %1").arg(failures.constFirst())
                                       : tr("Nothing was downloaded; each row says why."));
        failures.clear();
    } else {
        if (failed > 0)
            icon = QStyle::SP_MessageBoxWarning;
        lines << tr("%1 of %n series downloaded.", nullptr, total).arg(done);
    }
    if (done > 0) {
        const MergeStats merged = m_model->mergedTotals();
        lines << tr("%1 new, %2 updated and %3 unchanged bars.")
                     .arg(locale.toString(merged.added), locale.toString(merged.updated),
                          locale.toString(merged.unchanged));
    }
    if (failed > 0 && !failures.isEmpty()) {
        lines << tr("%n series failed:", nullptr, failed);
        for (int row = 0, listed = 0; row < m_model->rowCount() && listed < kListedFailures;
             ++row) {
            const DownloadProgressModel::Row &r = m_model->row(row);
            if (r.state == State::Failed) {
                lines << tr("  %1 %2: %3").arg(r.symbol, r.timeframe, r.message);
                ++listed;
            }
        }
        if (failed > kListedFailures)
            lines << tr("  … and %n more (see the rows marked Failed)", nullptr,
                        failed - kListedFailures);
    }
    if (skipped > 0)
        lines << tr("%n series skipped: never downloaded from a provider (see the rows).", nullptr,
                    skipped);
    m_summary->setText(lines.join(u'\n'));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_summaryIcon->setPixmap(
        style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_summaryIcon->setVisible(true);
    m_summaryIcon->setAccessibleName(icon == QStyle::SP_MessageBoxCritical ? tr("Error")
                                         : icon == QStyle::SP_MessageBoxWarning
                                         ? tr("Warning")
                                         : tr("Information"));
}

} // namespace modeldeck
