#include "report/ReportPage.h"

#include "common/EmptyStateStack.h"
#include "common/FlowGrid.h"
#include "common/Guarded.h"
#include "common/MessageBanner.h"
#include "common/StatusPalette.h"
#include "data/CsvWriter.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "util/WorkPool.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

// A caption with a dot in a status colour; the text always names the status too.
QString dotted(const QColor &color, const QString &text)
{
    if (!color.isValid())
        return text.toHtmlEscaped();
    return QStringLiteral("<span style=\"color:%1\">●</span> %2")
        .arg(color.name(), text.toHtmlEscaped());
}

enum Card {
    Records,
    Fresh,
    Stale,
    Failed,
    Archived,
    Storage,
    Symbols,
    Timeframes,
    Bots,
    CardCount
};

// Runs on a pool thread: formats and writes the rows; the error text, or empty on success.
QString writeReport(const QString &path, const ReportModel::Records &records,
                    const std::vector<int> &order, const QDateTime &now, int staleHours)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportPage::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(CsvWriter::row(ReportModel::csvHeader()));
    for (int row : order) {
        if (row >= 0 && size_t(row) < records->size())
            file.write(
                CsvWriter::row(ReportModel::csvFields((*records)[size_t(row)], now, staleHours)));
    }
    if (!file.commit())
        return ReportPage::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

ReportPage::ReportPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ReportModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setStaleHours(AppSettings::staleHours());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *cards = new FlowGrid(this);
    cards->setObjectName(QStringLiteral("reportTotals"));
    const QString captions[CardCount]
        = { tr("Records"),      tr("Active"),  tr("Stale"),      tr("Failed"), tr("Archived"),
            tr("Storage used"), tr("Symbols"), tr("Timeframes"), tr("Bots") };
    // Text names every status; the dot only repeats it in the status colour.
    const QColor dots[CardCount] = { QColor(), StatusPalette::active(), StatusPalette::stale(),
                                     StatusPalette::failed(), StatusPalette::archived() };
    for (int i = 0; i < CardCount; ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 6, 10, 6);
        auto *value = new QLabel(QStringLiteral("—"), frame);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *caption = new QLabel(frame);
        caption->setTextFormat(Qt::RichText);
        caption->setText(dotted(dots[i], captions[i]));
        if (i == Fresh)
            m_freshCaption = caption;
        if (i == Stale)
            m_staleCaption = caption;
        layout->addWidget(value);
        layout->addWidget(caption);
        value->setAccessibleName(captions[i]);
        m_totalsLabels[i] = value;
        cards->addWidget(frame);
    }

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by symbol, timeframe, bot or status…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter records"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                 tr("Export CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Save the listed records as a CSV file (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &ReportPage::chooseExportFile);
    addAction(m_exportAction);
    m_exportButton = new QPushButton(m_exportAction->icon(), m_exportAction->text(), this);
    m_exportButton->setToolTip(m_exportAction->toolTip());
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    auto *refreshButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reload"), this);
    refreshButton->setToolTip(tr("Read the records from the workspace again"));
    connect(refreshButton, &QPushButton::clicked, this, [this] { refresh(); });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(refreshButton);
    tools->addWidget(m_exportButton);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportModel::TrainedAtColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Training records"));

    m_stack = new EmptyStateStack(m_table, this);
    m_messageLabel = new MessageBanner(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cards);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_messageLabel);

    // Several jobs finishing together cause one reload, not one each.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { refresh(); });
    // Ages, and so fresh vs stale, move with the clock.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        updateTotals();
    });
    m_clockTimer->start();

    connect(m_session, &WorkspaceSession::opened, this, [this] { refresh(); });
    connect(m_session, &WorkspaceSession::queueChanged, this, &ReportPage::watchQueue);
    watchQueue(m_session->queue());
    updateTotals();
    setMessage({});
    // Deferred, so that whoever creates the view can connect to refreshed() first.
    if (m_session->isOpen())
        QTimer::singleShot(0, this, [this] { refresh(); });
}

void ReportPage::watchQueue(TrainingQueue *queue)
{
    if (m_watchedQueue)
        disconnect(m_watchedQueue, nullptr, this, nullptr);
    m_watchedQueue = queue;
    if (queue) {
        connect(queue, &TrainingQueue::jobFinished, m_reloadTimer, qOverload<>(&QTimer::start));
    }
}

void ReportPage::setStaleHours(int hours)
{
    m_model->setStaleHours(hours);
    updateTotals();
}

void ReportPage::setMessage(const QString &text)
{
    m_messageLabel->showMessage(text);
}

void ReportPage::updateTotals()
{
    const ReportTotals &t = m_model->totals();
    const QLocale locale;
    const qint64 counts[] = { t.records, t.fresh, t.stale, t.failed, t.archived };
    for (int i = 0; i < 5; ++i)
        m_totalsLabels[i]->setText(locale.toString(counts[i]));
    m_totalsLabels[Storage]->setText(locale.formattedDataSize(qint64(t.storageMb * 1024 * 1024)));
    m_totalsLabels[Symbols]->setText(locale.toString(t.symbols));
    m_totalsLabels[Timeframes]->setText(locale.toString(t.timeframes));
    m_totalsLabels[Bots]->setText(locale.toString(t.bots));
    m_freshCaption->setText(
        dotted(StatusPalette::active(), tr("Active (≤ %1 h)").arg(m_model->staleHours())));
    m_staleCaption->setText(
        dotted(StatusPalette::stale(), tr("Stale (> %1 h)").arg(m_model->staleHours())));
    m_totalsLabels[Fresh]->setToolTip(
        tr("Active models trained within the last %n hour(s)", nullptr, m_model->staleHours()));
    m_totalsLabels[Stale]->setToolTip(
        tr("Active models trained more than %n hour(s) ago", nullptr, m_model->staleHours()));

    if (t.records == 0) {
        m_stack->setEmptyText(!m_session->isOpen() ? tr("No workspace is open.")
                                  : m_loading
                                  ? tr("Loading training records…")
                                  : tr("No training runs recorded in this workspace yet.\n\n"
                                       "Trained, failed and archived models appear here."));
    }
    m_stack->setContentShown(t.records > 0);
    m_exportAction->setEnabled(t.records > 0 && !m_exporting);
    m_exportButton->setEnabled(m_exportAction->isEnabled());
}

QCoro::Task<bool> ReportPage::refresh()
{
    if (m_loading) {
        m_reloadTimer->start(); // read again once this load is in
        co_return false;
    }
    if (!m_session->isOpen()) {
        updateTotals();
        co_return false;
    }
    m_loading = true;
    updateTotals();
    auto future = guarded(this, m_session->records().list());
    auto recordsGuarded = co_await future;
    if (!recordsGuarded)
        co_return false;
    auto records = std::move(*recordsGuarded);
    m_loading = false;
    if (!records) {
        setMessage(tr("Cannot read the training records: %1").arg(records.error().toString()));
        updateTotals();
        co_return false;
    }
    m_model->setRecords(std::make_shared<const std::vector<TrainingRecord>>(std::move(*records)),
                        QDateTime::currentDateTimeUtc());
    m_table->resizeColumnsToContents();
    updateTotals();
    Q_EMIT refreshed();
    co_return true;
}

void ReportPage::chooseExportFile()
{
    if (m_exporting || m_model->rowCount() == 0)
        return;
    QString dir = AppSettings::importDir();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        tr("modeldeck-report-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path);
}

QCoro::Task<bool> ReportPage::exportCsv(const QString &path)
{
    if (m_exporting)
        co_return false;
    QPointer<ReportPage> self(this);
    m_exporting = true;
    updateTotals();
    std::vector<int> order;
    order.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.push_back(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    setMessage(tr("Exporting %n record(s)…", nullptr, int(order.size())));
    QFuture<QString> future
        = QtConcurrent::run(workPool(), writeReport, path, m_model->records(), order,
                            QDateTime::currentDateTimeUtc(), m_model->staleHours());
    co_await future;
    const QString error = future.result();
    if (!self)
        co_return false;
    m_exporting = false;
    updateTotals();
    const QString message = error.isEmpty()
        ? tr("Exported %n record(s) to %1.", nullptr, int(order.size()))
              .arg(QDir::toNativeSeparators(path))
        : error;
    setMessage(message);
    Q_EMIT exported(error.isEmpty(), message);
    co_return error.isEmpty();
}

} // namespace modeldeck
