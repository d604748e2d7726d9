#include "download/DownloadOptionsWidget.h"

#include "common/ComboRefill.h"
#include "net/MarketDataProvider.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTimeZone>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

qint64 utcMidnightMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDateEdit *dateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(todayUtc());
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString historyText(Timeframe timeframe)
{
    const int days = int(DownloadService::defaultHistoryMs(timeframe) / kDayMs);
    return days >= 365 ? DownloadOptionsWidget::tr("%n year(s)", nullptr, days / 365)
                       : DownloadOptionsWidget::tr("%n day(s)", nullptr, days);
}

} // namespace

DownloadOptionsWidget::DownloadOptionsWidget(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_provider(new QComboBox(this)),
      m_symbols(new QLineEdit(this)), m_timeframe(new QComboBox(this)),
      m_incremental(new QRadioButton(tr("&Continue from the last stored bar"), this)),
      m_range(new QRadioButton(tr("&Between dates (UTC):"), this)),
      m_from(dateEdit(this, tr("First day"))), m_toEnabled(new QCheckBox(tr("&until"), this)),
      m_to(dateEdit(this, tr("Last day"))), m_incrementalHint(new QLabel(this)),
      m_error(new QLabel(this))
{
    // The provider the workspace downloads most from comes first to hand.
    QString likeliest = QStringLiteral("yahoo");
    size_t most = 0;
    for (const QString &id : MarketDataProvider::ids()) {
        m_provider->addItem(MarketDataProvider::displayNameOf(id), id);
        if (const size_t n = downloadedSeries(id).size(); n > most) {
            most = n;
            likeliest = id;
        }
    }
    m_provider->setToolTip(tr("Where the prices come from"));
    m_symbols->setClearButtonEnabled(true);
    m_symbols->setToolTip(
        tr("Symbols as the provider spells them, separated by commas or spaces; "
           "symbols this workspace already downloads from the provider are filled in"));
    m_timeframe->setToolTip(tr("Bar length; only those the provider offers are listed"));
    m_incremental->setToolTip(
        tr("Fetch each series from its newest stored bar (fetched again, as it may "
           "have been incomplete): only what is missing is downloaded"));
    m_incremental->setChecked(true);
    m_range->setToolTip(
        tr("Fetch the bars from the first day through the last (or up to now); stored "
           "bars in the range are replaced by the provider's"));
    m_toEnabled->setToolTip(tr("Stop at the last day instead of now"));
    m_to->setDate(todayUtc());
    m_incrementalHint->setObjectName(QStringLiteral("incrementalHint"));
    m_incrementalHint->setForegroundRole(QPalette::PlaceholderText);
    m_incrementalHint->setIndent(24);
    m_error->setObjectName(QStringLiteral("downloadOptionsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_range);
    dates->addWidget(m_from);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addStretch();
    auto *range = new QVBoxLayout;
    range->addWidget(m_incremental);
    range->addWidget(m_incrementalHint);
    range->addLayout(dates);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Symbols:"), m_symbols);
    form->addRow(tr("&Timeframe:"), m_timeframe);
    form->addRow(tr("Range:"), range);
    form->addRow(m_error);

    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &DownloadOptionsWidget::providerChanged);
    connect(m_symbols, &QLineEdit::textChanged, this, &DownloadOptionsWidget::updateRangeWidgets);
    connect(m_timeframe, &QComboBox::currentIndexChanged, this,
            &DownloadOptionsWidget::updateRangeWidgets);
    connect(m_incremental, &QRadioButton::toggled, this,
            &DownloadOptionsWidget::updateRangeWidgets);
    connect(m_toEnabled, &QCheckBox::toggled, this, &DownloadOptionsWidget::updateRangeWidgets);
    connect(m_from, &QDateEdit::dateChanged, this, &DownloadOptionsWidget::updateRangeWidgets);
    connect(m_to, &QDateEdit::dateChanged, this, &DownloadOptionsWidget::updateRangeWidgets);

    const QSignalBlocker blocker(m_provider);
    m_provider->setCurrentIndex(m_provider->findData(likeliest));
    providerChanged();
}

QString DownloadOptionsWidget::providerId() const
{
    return m_provider->currentData().toString();
}

void DownloadOptionsWidget::setProvider(const QString &id)
{
    if (const int index = m_provider->findData(id); index >= 0)
        m_provider->setCurrentIndex(index);
}

MarketDataProvider *DownloadOptionsWidget::provider() const
{
    const std::shared_ptr<DownloadService> service = m_session->downloads();
    if (!service)
        return nullptr;
    auto found = service->provider(providerId());
    return found ? *found : nullptr;
}

QStringList DownloadOptionsWidget::symbols() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList result;
    for (const QString &part : m_symbols->text().split(separators, Qt::SkipEmptyParts)) {
        if (!result.contains(part, Qt::CaseInsensitive))
            result << part;
    }
    return result;
}

void DownloadOptionsWidget::setSymbols(const QStringList &symbols)
{
    m_filledText.clear(); // the caller's choice: a change of provider keeps it
    m_symbols->setText(symbols.join(QStringLiteral(", ")));
    QString timeframe;
    for (const QString &symbol : symbols) {
        if (const QString id = providerOf(symbol, &timeframe); !id.isEmpty()) {
            setProvider(id);
            setTimeframe(timeframe);
            break;
        }
    }
}

void DownloadOptionsWidget::setTimeframe(const QString &name)
{
    if (const int index = m_timeframe->findData(name); index >= 0)
        m_timeframe->setCurrentIndex(index);
}

void DownloadOptionsWidget::setRange(QDate from, QDate to)
{
    m_range->setChecked(true);
    m_from->setDate(from);
    m_toEnabled->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
}

std::vector<std::pair<QString, QString>>
DownloadOptionsWidget::downloadedSeries(const QString &providerId) const
{
    QHash<qint64, QString> names;
    for (const SymbolSummary &s : m_session->symbols())
        names.insert(s.symbol.id, s.symbol.name);
    std::vector<std::pair<QString, QString>> series;
    for (const LatestImport &download : m_session->latestDownloads()) {
        if (download.source == providerId && names.contains(download.symbolId))
            series.emplace_back(names.value(download.symbolId), download.timeframe);
    }
    return series;
}

QString DownloadOptionsWidget::providerOf(const QString &symbol, QString *timeframe) const
{
    for (const QString &id : MarketDataProvider::ids()) {
        for (const auto &[name, tf] : downloadedSeries(id)) {
            if (name.compare(symbol, Qt::CaseInsensitive) == 0) {
                *timeframe = tf;
                return id;
            }
        }
    }
    return {};
}

void DownloadOptionsWidget::providerChanged()
{
    reloadTimeframes();
    const bool yahoo = providerId() == QLatin1StringView("yahoo");
    m_symbols->setPlaceholderText(yahoo ? tr("e.g. AAPL, MSFT, RELIANCE.NS")
                                        : tr("e.g. BTCUSDT, ETHUSDT"));
    // Offer what the workspace already downloads from this provider, unless the user typed.
    if (m_symbols->text() == m_filledText) {
        QStringList names;
        QMap<QString, int> timeframes;
        for (const auto &[name, tf] : downloadedSeries(providerId())) {
            if (!names.contains(name))
                names << name;
            ++timeframes[tf];
        }
        names.sort();
        m_filledText = names.join(QStringLiteral(", "));
        m_symbols->setText(m_filledText);
        if (!timeframes.isEmpty()) {
            const auto common = std::max_element(
                timeframes.constKeyValueBegin(), timeframes.constKeyValueEnd(),
                [](const auto &a, const auto &b) { return a.second < b.second; });
            setTimeframe(common->first);
        }
    }
    updateRangeWidgets();
}

void DownloadOptionsWidget::reloadTimeframes()
{
    const QString current = m_timeframe->currentData().toString();
    QStringList names;
    if (const MarketDataProvider *p = provider()) {
        for (Timeframe timeframe : p->supportedTimeframes())
            names << timeframe.name();
    }
    refillCombo(m_timeframe, comboItems(names),
                names.contains(current) ? current : QStringLiteral("1d"));
}

void DownloadOptionsWidget::updateRangeWidgets()
{
    const bool dates = m_range->isChecked();
    m_from->setEnabled(dates);
    m_toEnabled->setEnabled(dates);
    m_to->setEnabled(dates && m_toEnabled->isChecked());
    if (auto timeframe = Timeframe::parse(m_timeframe->currentData().toString())) {
        m_incrementalHint->setText(
            tr("Series not stored yet get the last %1.").arg(historyText(*timeframe)));
        if (!dates) { // suggest the same history for a range chosen next
            const QSignalBlocker blocker(m_from);
            m_from->setDate(
                todayUtc().addDays(-DownloadService::defaultHistoryMs(*timeframe) / kDayMs));
        }
    }
    // An empty field is the starting point, not an error worth a red line.
    const QString error = m_symbols->text().trimmed().isEmpty() ? QString() : validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    Q_EMIT changed();
}

DownloadRequest DownloadOptionsWidget::request() const
{
    DownloadRequest request;
    request.provider = providerId();
    request.symbols = symbols();
    if (auto timeframe = Timeframe::parse(m_timeframe->currentData().toString()))
        request.timeframe = *timeframe;
    if (m_range->isChecked()) {
        request.fromMs = utcMidnightMs(m_from->date());
        if (m_toEnabled->isChecked())
            request.toMs = utcMidnightMs(m_to->date().addDays(1)); // through the last day
    }
    return request;
}

QString DownloadOptionsWidget::validationError() const
{
    const std::shared_ptr<DownloadService> service = m_session->downloads();
    if (!m_session->isOpen() || !service)
        return tr("No workspace is open.");
    auto found = service->provider(providerId());
    if (!found)
        return found.error().message;
    const QStringList names = symbols();
    if (names.isEmpty())
        return tr("Enter at least one symbol.");
    for (const QString &name : names) {
        if (auto spelled = (*found)->normalizeSymbol(name); !spelled)
            return spelled.error().message;
    }
    if (m_timeframe->currentIndex() < 0)
        return tr("Choose a timeframe.");
    if (m_range->isChecked() && m_toEnabled->isChecked() && m_from->date() > m_to->date())
        return tr("The first day (%1) is after the last day (%2).")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    return {};
}

} // namespace modeldeck
