#include "CsvFormat.h"

#include <QCoreApplication>

namespace modeldeck {

QString csvLayoutName(CsvLayout layout)
{
    switch (layout) {
    case CsvLayout::YahooDaily:
        return QCoreApplication::translate("modeldeck::CsvLayout", "Yahoo Finance download");
    case CsvLayout::YFinanceMultiRow:
        return QCoreApplication::translate("modeldeck::CsvLayout", "yfinance multi-row header");
    case CsvLayout::SplitDateTime:
        return QCoreApplication::translate("modeldeck::CsvLayout", "Broker export (separate date and time)");
    case CsvLayout::SingleTimestamp:
        return QCoreApplication::translate("modeldeck::CsvLayout", "Timestamped OHLCV");
    case CsvLayout::Unknown:
        break;
    }
    return QCoreApplication::translate("modeldeck::CsvLayout", "Unknown");
}

} // namespace modeldeck
