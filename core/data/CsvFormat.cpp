#include "CsvFormat.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace modeldeck {

QString csvLayoutName(CsvLayout layout)
{
    switch (layout) {
    case CsvLayout::YahooDaily:
        return QCoreApplication::translate("modeldeck::CsvLayout", "Yahoo Finance download");
    case CsvLayout::YFinanceMultiRow:
        return QCoreApplication::translate("modeldeck::CsvLayout", "yfinance multi-row header");
    case CsvLayout::SplitDateTime:
        return QCoreApplication::translate("modeldeck::CsvLayout",
                                           "Broker export (separate date and time)");
    case CsvLayout::SingleTimestamp:
        return QCoreApplication::translate("modeldeck::CsvLayout", "Timestamped OHLCV");
    case CsvLayout::Unknown:
        break;
    }
    return QCoreApplication::translate("modeldeck::CsvLayout", "Unknown");
}

QString invalidRowPolicyName(InvalidRowPolicy policy)
{
    return policy == InvalidRowPolicy::Keep ? QStringLiteral("keep") : QStringLiteral("reject");
}

std::optional<InvalidRowPolicy> parseInvalidRowPolicy(QStringView name)
{
    for (InvalidRowPolicy policy : { InvalidRowPolicy::Reject, InvalidRowPolicy::Keep }) {
        if (name == invalidRowPolicyName(policy))
            return policy;
    }
    return std::nullopt;
}

QString flaggedRowsSummary(const std::vector<CsvRowIssue> &flagged)
{
    if (flagged.empty())
        return {};
    // A reason may itself hold "; " (several problems on one row), so each goes in parentheses.
    QStringList examples;
    const size_t listed = std::min(flagged.size(), size_t(kListedInvalidRows));
    for (size_t i = 0; i < listed; ++i) {
        examples << QCoreApplication::translate("modeldeck::CsvFormat", "line %1 (%2)")
                        .arg(QString::number(flagged[i].line), flagged[i].message);
    }
    QString lines = examples.join(QStringLiteral(", "));
    if (flagged.size() > listed) {
        lines = QCoreApplication::translate("modeldeck::CsvFormat", "%1 and %2 more")
                    .arg(lines, QString::number(flagged.size() - listed));
    }
    return QCoreApplication::translate("modeldeck::CsvFormat",
                                       "%n row(s) imported but flagged as invalid: %1.", nullptr,
                                       int(flagged.size()))
        .arg(lines);
}

} // namespace modeldeck
