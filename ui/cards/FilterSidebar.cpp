#include "cards/FilterSidebar.h"

#include "common/ComboRefill.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace modeldeck {

namespace {

QComboBox *makeBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

QString withCount(const QString &text, int count)
{
    return FilterSidebar::tr("%1 (%2)").arg(text, QLocale().toString(count));
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(std::max(0, i));
}

} // namespace

FilterSidebar::FilterSidebar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search symbol, bot, error…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search models"));
    m_search->setToolTip(
        tr("Find models whose symbol, timeframe, bot, period or error contains this text"));
    m_symbol = makeBox(tr("Symbol filter"), this);
    m_timeframe = makeBox(tr("Timeframe filter"), this);
    m_bot = makeBox(tr("Bot filter"), this);
    m_status = makeBox(tr("Status filter"), this);
    m_sort = makeBox(tr("Sort order"), this);
    m_sort->addItem(tr("Newest first"), int(RecordFilterModel::SortKey::Newest));
    m_sort->addItem(tr("Oldest first"), int(RecordFilterModel::SortKey::Oldest));
    m_sort->addItem(tr("Lowest RMSE"), int(RecordFilterModel::SortKey::Rmse));
    m_sort->addItem(tr("Symbol"), int(RecordFilterModel::SortKey::Symbol));
    m_reset = new QPushButton(tr("&Reset filters"), this);
    m_reset->setToolTip(tr("Show all models again"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const auto addRow = [form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("S&earch"), m_search);
    addRow(tr("S&ymbol"), m_symbol);
    addRow(tr("&Timeframe"), m_timeframe);
    addRow(tr("&Bot"), m_bot);
    addRow(tr("St&atus"), m_status);
    addRow(tr("S&ort by"), m_sort);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reset);
    layout->addStretch();

    setCounts({});
    // Typing re-filters after a short pause, not on every key, even though a pass is fast.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterSidebar::emitFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emitFilter();
    });
    for (QComboBox *box : { m_symbol, m_timeframe, m_bot, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &FilterSidebar::emitFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT sortKeyChanged(sortKey()); });
    connect(m_reset, &QPushButton::clicked, this, &FilterSidebar::reset);
}

void FilterSidebar::fillValues(QComboBox *box, const QHash<QString, int> &counts, int total)
{
    const QVariant current = box->currentData();
    QStringList values = counts.keys();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    QList<ComboItem> items { { withCount(tr("All"), total), QString() } };
    for (const QString &value : std::as_const(values))
        items.append(
            { withCount(value.isEmpty() ? tr("(none)") : value, counts.value(value)), value });
    // A chosen value that no record has any more stays chosen (with 0), so the view does
    // not silently widen.
    if (current.isValid() && !current.toString().isEmpty() && !counts.contains(current.toString()))
        items.append({ withCount(current.toString(), 0), current });
    refillCombo(box, items, current.isValid() ? current : QVariant(QString()));
}

void FilterSidebar::setCounts(const RecordListModel::FacetCounts &counts)
{
    m_filling = true;
    fillValues(m_symbol, counts.symbols, counts.total);
    fillValues(m_timeframe, counts.timeframes, counts.total);
    fillValues(m_bot, counts.bots, counts.total);
    const QVariant status = m_status->currentData();
    QList<ComboItem> statuses { { withCount(tr("All"), counts.total), -1 } };
    for (int s = 0; s < RecordListModel::kStatusCount; ++s) {
        statuses.append({ withCount(RecordListModel::statusText(RecordListModel::CardStatus(s)),
                                    counts.statuses[size_t(s)]),
                          s });
    }
    refillCombo(m_status, statuses, status.isValid() ? status : QVariant(-1));
    m_filling = false;
}

RecordFilter FilterSidebar::filter() const
{
    RecordFilter f;
    f.symbol = m_symbol->currentData().toString();
    f.timeframe = m_timeframe->currentData().toString();
    f.bot = m_bot->currentData().toString();
    const int status = m_status->currentData().isValid() ? m_status->currentData().toInt() : -1;
    if (status >= 0 && status < RecordListModel::kStatusCount)
        f.status = RecordListModel::CardStatus(status);
    f.text = m_search->text();
    return f;
}

RecordFilterModel::SortKey FilterSidebar::sortKey() const
{
    return RecordFilterModel::SortKey(m_sort->currentData().toInt());
}

void FilterSidebar::emitFilter()
{
    if (!m_filling)
        Q_EMIT filterChanged(filter());
}

void FilterSidebar::setSymbol(const QString &symbol)
{
    if (m_symbol->findData(symbol) < 0)
        m_symbol->addItem(withCount(symbol, 0), symbol);
    selectData(m_symbol, symbol);
}

void FilterSidebar::setTimeframe(const QString &timeframe)
{
    if (m_timeframe->findData(timeframe) < 0)
        m_timeframe->addItem(withCount(timeframe, 0), timeframe);
    selectData(m_timeframe, timeframe);
}

void FilterSidebar::setBot(const QString &bot)
{
    if (m_bot->findData(bot) < 0)
        m_bot->addItem(withCount(bot, 0), bot);
    selectData(m_bot, bot);
}

void FilterSidebar::setStatus(std::optional<RecordListModel::CardStatus> status)
{
    selectData(m_status, status ? int(*status) : -1);
}

void FilterSidebar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    emitFilter();
}

void FilterSidebar::setSortKey(RecordFilterModel::SortKey key)
{
    selectData(m_sort, int(key));
}

void FilterSidebar::reset()
{
    m_filling = true;
    for (QComboBox *box : { m_symbol, m_timeframe, m_bot, m_status })
        box->setCurrentIndex(0);
    m_search->clear();
    m_searchDelay->stop();
    m_filling = false;
    emitFilter();
}

} // namespace modeldeck
