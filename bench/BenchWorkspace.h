#pragma once
// A workspace as a heavy user's: N training records over 200 symbols, 4 timeframes and the five
// neural bots (active, archived and failed), with configs as large as the engine writes, plus
// a 500-bar SINE 5m series whose model is the last record. Shared by ui_scale and app_load.

#include "domain/Bar.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <random>
#include <vector>

namespace modeldeck::bench {

inline const QString kSine = QStringLiteral("SINE");

// A config as large as the engine writes (model, features, feature names, scalers, metrics).
inline QJsonObject configFor(const QString &bot, double rmse, std::mt19937 &rng)
{
    QJsonArray names, means, stds;
    for (int i = 0; i < 24; ++i) {
        names.append(QStringLiteral("feature_%1_lag%2").arg(i / 4).arg(i % 4));
        means.append(std::uniform_real_distribution<double>(90, 110)(rng));
        stds.append(std::uniform_real_distribution<double>(0.5, 3)(rng));
    }
    return QJsonObject {
        { QStringLiteral("model"),
          QJsonObject { { QStringLiteral("bot"), bot },
                        { QStringLiteral("epochs"), 2 },
                        { QStringLiteral("hidden_size"), 8 },
                        { QStringLiteral("layers"), 1 },
                        { QStringLiteral("lookback"), 8 } } },
        { QStringLiteral("features"),
          QJsonObject { { QStringLiteral("horizon"), 1 }, { QStringLiteral("lookback"), 8 } } },
        { QStringLiteral("feature_names"), names },
        { QStringLiteral("scalers"),
          QJsonObject { { QStringLiteral("features"),
                          QJsonObject { { QStringLiteral("mean"), means },
                                        { QStringLiteral("std"), stds } } } } },
        { QStringLiteral("metrics"),
          QJsonObject { { QStringLiteral("rmse"), rmse },
                        { QStringLiteral("mae"), rmse * 0.8 },
                        { QStringLiteral("skill"), 0.05 },
                        { QStringLiteral("mape"), 1.2 } } },
    };
}

// N records in one transaction; the last is the SINE model the stall phase retrains.
inline qint64 fillWorkspace(const Database &database, int count, double *seconds)
{
    QElapsedTimer clock;
    clock.start();
    auto c = database.connection();
    if (!c)
        return 0;
    {
        MarketDataRepository bars(*c);
        WriteTransaction tx(*c);
        const qint64 sym
            = *bars.ensureSymbol({ 0, kSine, QString(), QString(), QStringLiteral("UTC") });
        std::vector<Bar> series;
        for (int i = 0; i < 500; ++i) {
            const double close = 100 + 2 * std::sin(i / 4.0);
            series.push_back({ 1'700'000'000'000 + qint64(i) * 300'000, close, close + 0.1,
                               close - 0.1, close, NAN, 10, 0 });
        }
        if (!bars.mergeBars(sym, QStringLiteral("5m"), series) || !tx.commit())
            return 0;
    }
    const QStringList timeframes { QStringLiteral("5m"), QStringLiteral("15m"),
                                   QStringLiteral("1h"), QStringLiteral("1d") };
    const QStringList bots { QStringLiteral("lstm_bot"), QStringLiteral("gru_bot"),
                             QStringLiteral("transformer_bot"), QStringLiteral("mlp_bot"),
                             QStringLiteral("linear_bot") };
    std::mt19937 rng(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A few config variants: building 100,000 JSON documents would only slow the set-up.
    std::vector<QJsonObject> configs;
    for (int v = 0; v < 32; ++v)
        configs.push_back(configFor(bots[v % 5], 0.1 + v * 0.15, rng));
    TrainingRecordRepository records(*c);
    WriteTransaction tx(*c);
    qint64 last = 0;
    for (int i = 0; i < count; ++i) {
        TrainingRecord r;
        const bool sine = i == count - 1;
        r.symbol = sine ? kSine : QStringLiteral("SYM%1").arg(i % 200, 3, 10, QLatin1Char('0'));
        r.timeframe = sine ? QStringLiteral("5m") : timeframes[i % 4];
        r.bot = sine ? QStringLiteral("gru_bot") : bots[(i / 4) % 5];
        r.trainedAt
            = now.addSecs(-qint64(std::uniform_int_distribution<int>(0, 60 * 24 * 3600)(rng)));
        r.dataPoints = 2000 + i % 5000;
        r.trainingPeriod = QStringLiteral("2024-01-01 → 2024-06-30");
        r.epochs = 20;
        const int kind = sine ? 0 : i % 20;
        r.status = kind == 19 ? TrainingRecord::Status::Failed
            : kind == 18      ? TrainingRecord::Status::Archived
                              : TrainingRecord::Status::Active;
        const double rmse = std::uniform_real_distribution<double>(0.1, 5)(rng);
        if (r.status == TrainingRecord::Status::Failed) {
            r.errorMessage
                = QStringLiteral("%1 has only 40 %2 bars (needs 120).").arg(r.symbol, r.timeframe);
        } else {
            r.testRmse = rmse;
            r.testMae = rmse * 0.8;
            r.modelSizeMb = 0.4;
        }
        r.config = sine ? configFor(r.bot, rmse, rng) : configs[size_t(i) % configs.size()];
        auto id = records.insert(r);
        if (!id)
            return 0;
        last = *id;
    }
    if (!tx.commit())
        return 0;
    *seconds = clock.nsecsElapsed() / 1e9;
    database.releaseThreadConnection();
    return last;
}

} // namespace modeldeck::bench
