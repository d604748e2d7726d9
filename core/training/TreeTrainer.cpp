#include "TreeTrainer.h"

#include "training/CancellationToken.h"
#include "training/TorchRuntime.h"

#include <QElapsedTimer>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

Result<TreeMatrix> tableOf(const FeatureSet &fs, SampleRange range)
{
    const std::vector<float> table = fs.windowTable(range);
    const std::span<const float> labels(fs.targets.data() + range.begin, size_t(range.size()));
    return TreeMatrix::create(table, range.size(), fs.config.lookback * fs.featureCount, labels,
                              FeatureSet::windowColumnNames(fs.names, fs.config.lookback));
}

} // namespace

TreeTrainer::TreeTrainer(ModelConfig config, const FeatureSet &features)
    : m_config(std::move(config)), m_features(features)
{
}

void TreeTrainer::report(const TrainingProgress &progress)
{
    if (m_progress)
        m_progress(progress);
}

bool TreeTrainer::cancelled() const
{
    return m_token && m_token->isCancelled();
}

Result<std::vector<double>> TreeTrainer::predict(const TreeBooster &booster, const FeatureSet &fs,
                                                 SampleRange range)
{
    std::vector<double> prices;
    if (range.size() <= 0)
        return prices;
    const std::vector<float> table = fs.windowTable(range);
    auto raw = booster.predict(table, range.size());
    if (!raw)
        return raw.error();
    prices.reserve(raw->size());
    for (size_t i = 0; i < raw->size(); ++i)
        prices.push_back(fs.toPrice(range.begin + int(i), (*raw)[i]));
    return prices;
}

Result<TreeBooster> TreeTrainer::createBooster(const TreeMatrix &train,
                                               const TreeMatrix &validation) const
{
    auto booster = TreeBooster::create({ &train, &validation });
    if (!booster)
        return booster.error();
    const bool forest = m_config.bot == u"forest_bot";
    const int threads = m_threads > 0 ? m_threads : std::max(1, TorchRuntime::intraOpThreads());
    const auto number = [](double v) { return QString::number(v, 'g', 17); };
    const QList<std::pair<QString, QString>> params = {
        { QStringLiteral("booster"), QStringLiteral("gbtree") },
        { QStringLiteral("tree_method"), QStringLiteral("hist") },
        { QStringLiteral("objective"),
          m_config.loss == u"huber" ? QStringLiteral("reg:pseudohubererror")
                                    : QStringLiteral("reg:squarederror") },
        // Losses are reported as mean squared errors of the scaled target, as for the networks.
        { QStringLiteral("eval_metric"), QStringLiteral("rmse") },
        { QStringLiteral("nthread"), QString::number(threads) },
        { QStringLiteral("seed"), QString::number(m_config.seed % 2147483648ULL) },
        { QStringLiteral("max_depth"), QString::number(m_config.maxDepth) },
        { QStringLiteral("min_child_weight"), number(m_config.minChildWeight) },
        { QStringLiteral("subsample"), number(m_config.subsample) },
        { QStringLiteral("num_parallel_tree"), QString::number(m_config.trees) },
        // A forest's trees are averaged, not added up in small steps; it samples columns per
        // split as random forests do, boosting per tree.
        { QStringLiteral("eta"), forest ? QStringLiteral("1") : number(m_config.learningRate) },
        { forest ? QStringLiteral("colsample_bynode") : QStringLiteral("colsample_bytree"),
          number(m_config.colsample) },
    };
    for (const auto &[name, value] : params) {
        if (auto set = booster->setParam(name, value); !set)
            return set.error();
    }
    const FeatureSet &fs = m_features;
    if (auto named
        = booster->setFeatureNames(FeatureSet::windowColumnNames(fs.names, fs.config.lookback));
        !named)
        return named.error();
    return booster;
}

Result<TrainedModel> TreeTrainer::run()
{
    const FeatureSet &fs = m_features;
    if (!ModelConfig::isTreeModel(m_config.bot))
        return Error { tr("%1 is not a tree-ensemble bot.").arg(m_config.bot) };
    if (fs.config.lookback != m_config.lookback) {
        return Error { tr("The model's lookback (%1) differs from the features' lookback (%2).")
                           .arg(m_config.lookback)
                           .arg(fs.config.lookback) };
    }
    auto train = tableOf(fs, fs.train);
    if (!train)
        return train.error();
    auto validation = tableOf(fs, fs.validation);
    if (!validation)
        return validation.error();
    auto booster = createBooster(*train, *validation);
    if (!booster)
        return booster.error();
    TrainedModel result;
    if (auto boosted = boost(*booster, *train, *validation, result); !boosted)
        return boosted.error();

    // Validate
    TrainingProgress evaluating;
    evaluating.step = TrainingProgress::Step::Validate;
    evaluating.epoch = int(result.epochs.size());
    evaluating.epochs = evaluating.epoch;
    evaluating.details = tr("Evaluating on the test split");
    report(evaluating);
    auto testRaw = predict(*booster, fs, fs.test);
    if (!testRaw)
        return testRaw.error();
    auto validationRaw = predict(*booster, fs, fs.validation);
    if (!validationRaw)
        return validationRaw.error();
    result.evaluate(fs, *validationRaw, *testRaw);
    auto importance = booster->importance(QStringLiteral("gain"));
    if (!importance)
        return importance.error();
    result.importance = std::move(*importance);
    result.trees = std::make_shared<TreeBooster>(std::move(*booster));

    evaluating.stepFraction = 1.0;
    evaluating.details = tr("Test RMSE %1 · skill vs naive %2 (trees alone %3, weight %4)")
                             .arg(result.metrics.rmse, 0, 'g', 5)
                             .arg(result.metrics.skill, 0, 'f', 3)
                             .arg(result.rawMetrics.skill, 0, 'f', 3)
                             .arg(result.blend.weight, 0, 'f', 2);
    report(evaluating);
    return result;
}

Status TreeTrainer::boost(TreeBooster &booster, const TreeMatrix &train,
                          const TreeMatrix &validation, TrainedModel &result)
{
    const bool forest = m_config.bot == u"forest_bot";
    const int rounds = forest ? 1 : m_config.epochs;
    EtaEstimator eta;
    QElapsedTimer progressClock;
    progressClock.start();
    double bestVal = std::numeric_limits<double>::infinity();
    int sinceImprovement = 0;
    if (forest) {
        TrainingProgress growing;
        growing.step = TrainingProgress::Step::Train;
        growing.epochs = 1;
        growing.details = tr("Growing %n trees", nullptr, m_config.trees);
        report(growing);
    }
    for (int round = 0; round < rounds; ++round) {
        if (cancelled())
            return Error { tr("Cancelled: %1").arg(m_token->reason()) };
        QElapsedTimer roundClock;
        roundClock.start();
        if (auto updated = booster.updateOneIter(round, train); !updated)
            return updated.error();
        auto rmse = booster.evaluate(round, { &train, &validation },
                                     { QStringLiteral("train"), QStringLiteral("validation") });
        if (!rmse)
            return rmse.error();
        const double trainLoss = (*rmse)[0] * (*rmse)[0];
        const double valLoss = (*rmse)[1] * (*rmse)[1];
        if (!std::isfinite(trainLoss) || !std::isfinite(valLoss)) {
            return Error { tr("Training diverged: the loss became %1 in round %2.")
                               .arg(std::isfinite(trainLoss) ? valLoss : trainLoss)
                               .arg(round + 1) };
        }
        result.epochs.push_back({ round + 1, trainLoss, valLoss,
                                  forest ? 1.0 : m_config.learningRate, roundClock.elapsed() });
        if (valLoss < bestVal - 1e-12) {
            bestVal = valLoss;
            result.bestEpoch = round + 1;
            result.finalTrainLoss = trainLoss;
            result.finalValLoss = valLoss;
            sinceImprovement = 0;
        } else {
            ++sinceImprovement;
        }
        const bool stopping = !forest && sinceImprovement >= m_config.patience;
        const bool last = stopping || round + 1 == rounds;
        if (last || progressClock.elapsed() >= m_progressIntervalMs) {
            progressClock.restart();
            TrainingProgress p;
            p.step = TrainingProgress::Step::Train;
            p.stepFraction = last ? 1.0 : double(round + 1) / rounds;
            p.epoch = round + 1;
            p.epochs = rounds;
            p.trainLoss = trainLoss;
            p.valLoss = valLoss;
            p.lastEpoch = result.epochs.back();
            p.etaSeconds = eta.update(p.overall());
            p.details = tr("Round %1/%2 · train loss %3 · validation loss %4")
                            .arg(round + 1)
                            .arg(rounds)
                            .arg(trainLoss, 0, 'g', 4)
                            .arg(valLoss, 0, 'g', 4);
            report(p);
        }
        if (stopping)
            break;
    }
    // Early stopping keeps the best round's model, as the networks keep their best weights.
    if (result.bestEpoch > 0 && result.bestEpoch < int(result.epochs.size())) {
        auto best = booster.firstRounds(result.bestEpoch);
        if (!best)
            return best.error();
        booster = std::move(*best);
    }
    return {};
}

} // namespace modeldeck
