#pragma once
// Exchange defaults derived from a symbol's suffix (Yahoo conventions): the time zone used
// for naive timestamps, the exchange code and the currency.

#include "modeldeck_core_export.h"

#include <QString>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT ExchangeInfo
{
    QString exchange; // e.g. "NSE"
    QString currency; // ISO 4217, e.g. "INR"
    QString timeZone; // IANA id, e.g. "Asia/Kolkata"

    // ".NS"/".BO" → NSE/BSE in Asia/Kolkata; no suffix → America/New_York (US listing);
    // crypto pairs (BTC-USD, BTCUSDT) → UTC; unknown suffixes → America/New_York.
    static ExchangeInfo forSymbol(const QString &symbol);
};

} // namespace modeldeck
