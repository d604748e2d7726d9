#include "predictions/PredictionHistoryView.h"

#include "common/ComboRefill.h"
#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "predictions/PredictionTableModel.h"
#include "services/PredictionService.h"
#include "session/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorosignal.h>

namespace modeldeck {

PredictionHistoryView::PredictionHistoryView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PredictionTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_modelFilter(new QComboBox),
      m_horizonFilter(new QSpinBox), m_symbolFilter(new QComboBox), m_limitFilter(new QSpinBox),
      m_view(new QTableView), m_stack(new EmptyStateStack(m_view)),
      m_copy(new QAction(tr("&Copy Rows"), this))
{
    auto *filters = new QHBoxLayout;
    const auto addFilter = [&](const QString &text, QWidget *field, const QString &tip) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        field->setToolTip(tip);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        filters->addWidget(label);
        filters->addWidget(field);
    };
    refillCombo(m_modelFilter, comboItems({}, tr("All models")));
    refillCombo(m_symbolFilter, comboItems({}, tr("All symbols")));
    m_horizonFilter->setRange(0, 100000);
    m_horizonFilter->setSpecialValueText(tr("Any"));
    m_limitFilter->setRange(1, 100000);
    m_limitFilter->setValue(100);
    addFilter(tr("M&odel:"), m_modelFilter, tr("Show the predictions of one model only"));
    addFilter(tr("Hor&izon:"), m_horizonFilter,
              tr("Show one horizon only (bars ahead); Any shows all"));
    addFilter(tr("S&ymbol:"), m_symbolFilter, tr("Show the predictions for one symbol only"));
    addFilter(tr("&Limit:"), m_limitFilter, tr("Show at most this many of the newest predictions"));
    filters->addStretch(1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PredictionTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PredictionTableModel::MadeAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the first 100 rows, not Qt's default 1,000: each layout measures every
    // sampled cell's text, 80 ms on the GUI thread with 10,000 jobs (bench/app_load).
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->setAccessibleName(tr("Saved predictions"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &PredictionHistoryView::copySelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    const auto reloadNow = [this] { reload(); };
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, reloadNow);
    connect(m_symbolFilter, &QComboBox::currentIndexChanged, this, reloadNow);
    connect(m_horizonFilter, &QSpinBox::valueChanged, this, reloadNow);
    connect(m_limitFilter, &QSpinBox::valueChanged, this, reloadNow);
}

void PredictionHistoryView::setChoices(const QStringList &models, const QStringList &symbols)
{
    const PredictionFilter before = filter();
    refillCombo(m_modelFilter, comboItems(models, tr("All models")));
    refillCombo(m_symbolFilter, comboItems(symbols, tr("All symbols")));
    const PredictionFilter after = filter();
    if (before.modelName != after.modelName || before.symbol != after.symbol)
        reload();
}

PredictionFilter PredictionHistoryView::filter() const
{
    PredictionFilter f;
    f.modelName = m_modelFilter->currentData().toString();
    f.symbol = m_symbolFilter->currentData().toString();
    f.horizon = m_horizonFilter->value();
    f.limit = m_limitFilter->value();
    return f;
}

QCoro::Task<> PredictionHistoryView::reload()
{
    if (!m_session->isOpen())
        co_return;
    if (!m_gate.enter()) {
        // A load runs and will go round once more: done when that one is.
        auto finished = qCoro(this, &PredictionHistoryView::loaded);
        co_await finished;
        co_return;
    }
    QString error;
    do {
        const PredictionFilter f = filter();
        auto future = guarded(this, m_session->predictions().list(f));
        auto resultGuarded = co_await future;
        if (!resultGuarded)
            co_return;
        auto result = std::move(*resultGuarded);
        error.clear();
        if (result) {
            m_model->setPredictions(std::move(*result));
            const bool filtered = !f.modelName.isEmpty() || !f.symbol.isEmpty() || f.horizon > 0;
            m_stack->setEmptyText(
                filtered ? tr("No saved predictions match these filters.")
                         : tr("No saved predictions yet. Tick “Save prediction” before "
                              "pressing Predict to keep a prediction here and see its "
                              "actual close once that bar arrives."));
        } else {
            error = tr("The saved predictions could not be listed: %1")
                        .arg(result.error().toString());
            m_model->setPredictions({});
            m_stack->setEmptyText(error);
        }
        m_stack->setContentShown(m_model->rowCount() > 0);
        m_copy->setEnabled(m_model->rowCount() > 0);
    } while (m_gate.again());
    Q_EMIT loaded(m_model->rowCount(), error);
}

void PredictionHistoryView::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    // In view order, so the clipboard matches what the user sees.
    QList<int> proxyRows;
    for (const QModelIndex &index : selected)
        proxyRows << index.row();
    if (proxyRows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            proxyRows << r;
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int r : proxyRows)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->toTsv(rows));
}

} // namespace modeldeck
