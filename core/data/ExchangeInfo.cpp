#include "ExchangeInfo.h"

#include <array>

namespace modeldeck {

namespace {

struct SuffixInfo
{
    const char16_t *suffix;
    const char16_t *exchange;
    const char16_t *currency;
    const char16_t *zone;
};

constexpr std::array kSuffixes = {
    SuffixInfo { u".NS", u"NSE", u"INR", u"Asia/Kolkata" },
    SuffixInfo { u".BO", u"BSE", u"INR", u"Asia/Kolkata" },
    SuffixInfo { u".L", u"LSE", u"GBP", u"Europe/London" },
    SuffixInfo { u".DE", u"XETRA", u"EUR", u"Europe/Berlin" },
    SuffixInfo { u".F", u"FRA", u"EUR", u"Europe/Berlin" },
    SuffixInfo { u".PA", u"Euronext Paris", u"EUR", u"Europe/Paris" },
    SuffixInfo { u".AS", u"Euronext Amsterdam", u"EUR", u"Europe/Amsterdam" },
    SuffixInfo { u".T", u"TSE", u"JPY", u"Asia/Tokyo" },
    SuffixInfo { u".HK", u"HKEX", u"HKD", u"Asia/Hong_Kong" },
    SuffixInfo { u".SS", u"SSE", u"CNY", u"Asia/Shanghai" },
    SuffixInfo { u".SZ", u"SZSE", u"CNY", u"Asia/Shanghai" },
    SuffixInfo { u".AX", u"ASX", u"AUD", u"Australia/Sydney" },
    SuffixInfo { u".TO", u"TSX", u"CAD", u"America/Toronto" },
    SuffixInfo { u".SI", u"SGX", u"SGD", u"Asia/Singapore" },
};

bool isCryptoPair(const QString &upper)
{
    static const std::array<QLatin1StringView, 6> quotes
        = { QLatin1StringView("-USD"), QLatin1StringView("USDT"), QLatin1StringView("-USDT"),
            QLatin1StringView("BUSD"), QLatin1StringView("USDC"), QLatin1StringView("-EUR") };
    static const std::array<QLatin1StringView, 6> bases
        = { QLatin1StringView("BTC"), QLatin1StringView("ETH"), QLatin1StringView("SOL"),
            QLatin1StringView("XRP"), QLatin1StringView("BNB"), QLatin1StringView("DOGE") };
    for (auto q : quotes) {
        if (upper.endsWith(q)) {
            for (auto b : bases) {
                if (upper.startsWith(b))
                    return true;
            }
            return q != QLatin1StringView("-USD") && q != QLatin1StringView("-EUR");
        }
    }
    return false;
}

} // namespace

ExchangeInfo ExchangeInfo::forSymbol(const QString &symbol)
{
    const QString upper = symbol.toUpper();
    for (const auto &s : kSuffixes) {
        if (upper.endsWith(QStringView(s.suffix)))
            return { QString::fromUtf16(s.exchange), QString::fromUtf16(s.currency),
                     QString::fromUtf16(s.zone) };
    }
    if (isCryptoPair(upper))
        return { QStringLiteral("Crypto"), QString(), QStringLiteral("UTC") };
    if (upper.endsWith(QLatin1StringView("=X")))
        return { QStringLiteral("FX"), QString(), QStringLiteral("UTC") };
    return { QStringLiteral("US"), QStringLiteral("USD"), QStringLiteral("America/New_York") };
}

} // namespace modeldeck
