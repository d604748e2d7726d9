#include "import/ImportOptionsWidget.h"

#include "domain/Timeframe.h"
#include "util/PathSanitizer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace modeldeck {

namespace {

// The "Detect" entry keeps an empty value; its text names what was detected.
QString detectText(const QString &detected)
{
    return detected.isEmpty() ? ImportOptionsWidget::tr("Detect")
                              : ImportOptionsWidget::tr("Detect (%1)").arg(detected);
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return ImportOptionsWidget::tr("day-first");
    case DateOrder::MonthFirst:
        return ImportOptionsWidget::tr("month-first");
    case DateOrder::Auto:
        break;
    }
    return ImportOptionsWidget::tr("year-first");
}

} // namespace

ImportOptionsWidget::ImportOptionsWidget(QWidget *parent)
    : QWidget(parent), m_symbol(new QLineEdit(this)), m_timeframe(new QComboBox(this)),
      m_timeZone(new QComboBox(this)), m_dateOrder(new QComboBox(this)),
      m_invalidRows(new QComboBox(this)), m_symbolError(new QLabel(this))
{
    m_symbol->setPlaceholderText(tr("From the file"));
    m_symbol->setToolTip(
        tr("Store the bars under this symbol, e.g. TCS.NS or AAPL; leave empty to take it "
           "from the file (yfinance Ticker row or file name)"));
    m_symbol->setClearButtonEnabled(true);
    m_symbol->setMaxLength(32);

    m_timeframe->addItem(detectText({}), QString());
    for (const Timeframe &tf : Timeframe::standard())
        m_timeframe->addItem(tf.name(), tf.name());
    m_timeframe->setToolTip(
        tr("Bar length; Detect takes the most common spacing of the timestamps"));

    m_timeZone->addItem(detectText({}), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timeZone->setMaxVisibleItems(20);
    m_timeZone->setToolTip(
        tr("Zone of timestamps without a UTC offset (the exchange's); Detect uses the "
           "symbol's stored zone or its suffix (.NS → Asia/Kolkata). Type to search."));

    m_dateOrder->addItem(detectText({}), QVariant::fromValue(int(DateOrder::Auto)));
    m_dateOrder->addItem(tr("Day first (DD-MM-YYYY)"),
                         QVariant::fromValue(int(DateOrder::DayFirst)));
    m_dateOrder->addItem(tr("Month first (MM-DD-YYYY)"),
                         QVariant::fromValue(int(DateOrder::MonthFirst)));
    m_dateOrder->setToolTip(tr("Order of day and month in dates such as 03/04/2024"));

    m_invalidRows->addItem(tr("Refuse the file"),
                           QVariant::fromValue(int(InvalidRowPolicy::Reject)));
    m_invalidRows->addItem(tr("Import them flagged as invalid"),
                           QVariant::fromValue(int(InvalidRowPolicy::Keep)));
    m_invalidRows->setCurrentIndex(m_invalidRows->findData(int(kDefaultInvalidRowPolicy)));
    m_invalidRows->setToolTip(
        tr("What to do with rows whose prices are impossible (high below low, negative "
           "values, open or close outside the range, as in the oldest rows of many Yahoo "
           "downloads); flagged rows are counted in the import summary"));

    m_symbolError->setObjectName(QStringLiteral("symbolError"));
    m_symbolError->setWordWrap(true);
    m_symbolError->setVisible(false);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(QString(), m_symbolError);
    form->addRow(tr("&Timeframe:"), m_timeframe);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("&Date order:"), m_dateOrder);
    form->addRow(tr("I&nvalid rows:"), m_invalidRows);

    connect(m_symbol, &QLineEdit::textChanged, this, [this] {
        const QString error = validationError();
        m_symbolError->setText(error.isEmpty() ? QString() : tr("⚠ %1").arg(error));
        m_symbolError->setVisible(!error.isEmpty());
        Q_EMIT changed();
    });
    for (QComboBox *combo : { m_timeframe, m_timeZone, m_dateOrder, m_invalidRows })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportOptionsWidget::changed);
}

void ImportOptionsWidget::applyTo(ImportRequest &request) const
{
    request.symbol = m_symbol->text().trimmed().toUpper();
    request.timeframe.reset();
    if (const QString tf = m_timeframe->currentData().toString(); !tf.isEmpty()) {
        if (auto parsed = Timeframe::parse(tf))
            request.timeframe = *parsed;
    }
    request.timeZone = m_timeZone->currentData().toString();
    request.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    request.invalidRows = InvalidRowPolicy(m_invalidRows->currentData().toInt());
}

QString ImportOptionsWidget::validationError() const
{
    const QString symbol = m_symbol->text().trimmed().toUpper();
    if (symbol.isEmpty())
        return {};
    const Status valid = PathSanitizer::validateSymbol(symbol);
    return valid ? QString() : valid.error().message;
}

void ImportOptionsWidget::setDetected(const FilePreview *preview)
{
    // A preview parsed with an override shows the override, not a detection: such a "Detect"
    // entry keeps its last text until Detect is chosen again.
    m_symbol->setPlaceholderText(preview ? tr("%1 (from the file)").arg(preview->symbol)
                                         : tr("From the file"));
    if (m_timeframe->currentIndex() == 0 || !preview)
        m_timeframe->setItemText(0,
                                 detectText(preview && preview->timeframe.isValid()
                                                ? preview->timeframe.name()
                                                : QString()));
    if (m_timeZone->currentIndex() == 0 || !preview)
        m_timeZone->setItemText(0, detectText(preview ? preview->timeZone : QString()));
    if (m_dateOrder->currentIndex() == 0 || !preview)
        m_dateOrder->setItemText(
            0, detectText(preview ? dateOrderName(preview->csv.dateOrder) : QString()));
}

} // namespace modeldeck
