// Over 400 lines on purpose: a training run's steps share the file-local torch helpers
// (WindowSource, Snapshot, lossOf) that keep Trainer.h free of torch; split across files they
// would need a torch header of their own.

#include "Trainer.h"

#include "models/Forecaster.h"
#include "training/CancellationToken.h"
#include "training/TreeTrainer.h"

#include <QElapsedTimer>
#include <cmath>

namespace modeldeck {

namespace {

QString firstLine(const char *what)
{
    return QString::fromUtf8(what).section(u'\n', 0, 0);
}

// Feature rows as one tensor plus a zero-copy view of every window: windows are gathered
// per batch with one index_select instead of building a tensor per sample.
struct WindowSource
{
    torch::Tensor rows; // [T, F]
    torch::Tensor unfolded; // [T - L + 1, F, L], a view of rows
    torch::Tensor targets; // [T]
    int lookback = 1;

    WindowSource(const FeatureSet &fs, int lookbackBars) : lookback(lookbackBars)
    {
        rows = torch::from_blob(const_cast<float *>(fs.rows.data()),
                                { fs.rowCount, fs.featureCount }, torch::kFloat)
                   .clone();
        unfolded = rows.unfold(0, lookback, 1);
        targets = torch::from_blob(const_cast<float *>(fs.targets.data()), { fs.rowCount },
                                   torch::kFloat)
                      .clone();
    }

    // Sample end rows → windows [B, L, F].
    torch::Tensor windows(const torch::Tensor &endRows) const
    {
        return unfolded.index_select(0, endRows - (lookback - 1)).transpose(1, 2).contiguous();
    }
};

torch::Tensor lossOf(const ModelConfig &config, const torch::Tensor &predicted,
                     const torch::Tensor &target)
{
    return config.loss == QLatin1StringView("huber") ? torch::huber_loss(predicted, target)
                                                     : torch::mse_loss(predicted, target);
}

struct Snapshot
{
    std::vector<torch::Tensor> tensors;

    static Snapshot of(ForecasterImpl &module)
    {
        Snapshot s;
        for (const auto &p : module.parameters())
            s.tensors.push_back(p.detach().clone());
        return s;
    }
    void restoreInto(ForecasterImpl &module) const
    {
        torch::NoGradGuard noGrad;
        auto params = module.parameters();
        for (size_t i = 0; i < params.size() && i < tensors.size(); ++i)
            params[i].copy_(tensors[i]);
    }
};

} // namespace

Trainer::Trainer(ModelConfig config, const FeatureSet &features)
    : m_config(std::move(config)), m_features(features)
{
}

void Trainer::report(TrainingProgress progress)
{
    if (m_progress)
        m_progress(progress);
}

bool Trainer::cancelled() const
{
    return m_token && m_token->isCancelled();
}

Error Trainer::cancelError() const
{
    return Error { tr("Cancelled: %1").arg(m_token ? m_token->reason() : QString()) };
}

Result<std::vector<double>> Trainer::predict(ForecasterImpl &module, const FeatureSet &fs,
                                             SampleRange range, int lookback)
{
    try {
        std::vector<double> prices;
        prices.reserve(size_t(std::max(0, range.size())));
        if (range.size() <= 0)
            return prices;
        const WindowSource source(fs, lookback);
        module.eval();
        c10::InferenceMode inference;
        constexpr int kBatch = 1024;
        for (int start = range.begin; start < range.end; start += kBatch) {
            const int end = std::min(range.end, start + kBatch);
            const auto rows = torch::arange(start, end, torch::kLong);
            const auto out = module.forward(source.windows(rows)).to(torch::kDouble).contiguous();
            const double *values = out.data_ptr<double>();
            for (int i = 0; i < end - start; ++i)
                prices.push_back(fs.toPrice(start + i, values[i]));
        }
        return prices;
    } catch (const c10::Error &e) {
        return Error { tr("Prediction failed: %1").arg(firstLine(e.what())) };
    } catch (const std::exception &e) {
        return Error { tr("Prediction failed: %1").arg(firstLine(e.what())) };
    }
}

Result<TrainedModel> Trainer::run()
{
    if (m_config.bot == QLatin1StringView("naive"))
        return runBaseline();
    if (ModelConfig::isTreeModel(m_config.bot)) {
        TreeTrainer trees(m_config, m_features);
        trees.setProgressCallback(m_progress);
        trees.setCancellationToken(m_token);
        trees.setProgressInterval(m_progressIntervalMs);
        return trees.run();
    }
    try {
        TrainedModel result;
        auto module = createModule();
        if (!module)
            return module.error();
        if (auto fitted = fit(**module, result); !fitted)
            return fitted.error();
        if (auto tested = test(**module, result); !tested)
            return tested.error();
        result.module = std::move(*module);
        return result;
    } catch (const c10::Error &e) {
        return Error { tr("Training failed in LibTorch: %1").arg(firstLine(e.what())) };
    } catch (const std::bad_alloc &) {
        return Error { tr(
            "Training ran out of memory; use a smaller batch size, hidden size or lookback.") };
    } catch (const std::exception &e) {
        return Error { tr("Training failed: %1").arg(firstLine(e.what())) };
    }
}

TrainedModel Trainer::runBaseline()
{
    const FeatureSet &fs = m_features;
    TrainedModel result;
    result.evaluate(
        fs,
        { fs.lastClose.begin() + fs.validation.begin, fs.lastClose.begin() + fs.validation.end },
        { fs.lastClose.begin() + fs.test.begin, fs.lastClose.begin() + fs.test.end });
    report({ TrainingProgress::Step::Validate,
             1.0,
             0,
             0,
             0,
             0,
             -1,
             -1,
             0,
             tr("Persistence baseline"),
             {},
             {} });
    return result;
}

Result<std::shared_ptr<ForecasterImpl>> Trainer::createModule() const
{
    auto created = createForecaster(m_config, m_features.featureCount);
    if (!created)
        return created.error();
    // The split ranges were computed for the feature set's lookback; the model must use it.
    if (m_features.config.lookback != m_config.lookback) {
        return Error { tr("The model's lookback (%1) differs from the features' lookback (%2).")
                           .arg(m_config.lookback)
                           .arg(m_features.config.lookback) };
    }
    return created;
}

// The state of one training loop: the model, its optimiser and data, and what early stopping
// and the learning-rate schedule remember between epochs.
struct Trainer::Fit
{
    Fit(ForecasterImpl &forecaster, const FeatureSet &fs, const ModelConfig &config)
        : module(forecaster), source(fs, fs.config.lookback), trainCount(fs.train.size()),
          batches((trainCount + config.batchSize - 1) / config.batchSize),
          trainRows(torch::arange(fs.train.begin, fs.train.end, torch::kLong)),
          valRows(torch::arange(fs.validation.begin, fs.validation.end, torch::kLong)),
          // Shuffling draws from the run's own generator, so concurrent queue jobs stay
          // reproducible (the global one is shared across threads).
          shuffle(at::make_generator<at::CPUGeneratorImpl>(config.seed)),
          learningRate(config.learningRate), best(Snapshot::of(module))
    {
        if (config.optimizer == QLatin1StringView("adamw")) {
            optimizer = std::make_unique<torch::optim::AdamW>(
                module.parameters(),
                torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
        } else {
            optimizer = std::make_unique<torch::optim::Adam>(
                module.parameters(),
                torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
        }
        progressClock.start();
    }

    ForecasterImpl &module;
    const WindowSource source;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    const int trainCount;
    const int batches;
    const torch::Tensor trainRows;
    const torch::Tensor valRows;
    at::Generator shuffle;
    EtaEstimator eta;
    QElapsedTimer progressClock; // ≤ 10 progress reports per second
    double learningRate;
    double bestVal = std::numeric_limits<double>::infinity();
    Snapshot best;
    int sinceImprovement = 0;
    int sinceLrImprovement = 0;
};

Status Trainer::fit(ForecasterImpl &module, TrainedModel &result)
{
    Fit fit(module, m_features, m_config);
    for (int epoch = 1; epoch <= m_config.epochs; ++epoch) {
        QElapsedTimer epochClock;
        epochClock.start();
        const auto trainLoss = trainEpoch(fit, epoch, result);
        if (!trainLoss)
            return trainLoss.error();
        const double valLoss = validationLoss(fit);
        result.epochs.push_back(
            { epoch, *trainLoss, valLoss, fit.learningRate, epochClock.elapsed() });
        reportEpoch(fit, result.epochs.back());
        if (!keepTraining(fit, result))
            break; // early stopping
    }
    fit.best.restoreInto(module);
    return {};
}

Result<double> Trainer::trainEpoch(Fit &fit, int epoch, const TrainedModel &result)
{
    fit.module.train();
    const auto order
        = fit.trainRows.index_select(0, torch::randperm(fit.trainCount, fit.shuffle, torch::kLong));
    double lossSum = 0;
    for (int b = 0; b < fit.batches; ++b) {
        if (cancelled())
            return cancelError();
        const auto rows
            = order.slice(0, qint64(b) * m_config.batchSize,
                          std::min<qint64>(fit.trainCount, qint64(b + 1) * m_config.batchSize));
        fit.optimizer->zero_grad();
        const auto loss = lossOf(m_config, fit.module.forward(fit.source.windows(rows)),
                                 fit.source.targets.index_select(0, rows));
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue)) {
            return Error { tr("Training diverged: the loss became %1 at epoch %2, batch "
                              "%3. Try a lower "
                              "learning rate or stronger gradient clipping.")
                               .arg(lossValue)
                               .arg(epoch)
                               .arg(b + 1) };
        }
        loss.backward();
        if (m_config.gradClip > 0)
            torch::nn::utils::clip_grad_norm_(fit.module.parameters(), m_config.gradClip);
        fit.optimizer->step();
        lossSum += lossValue * double(rows.size(0));

        // The epoch's end always reports (reportEpoch), so its last batch does not.
        if (fit.progressClock.elapsed() >= m_progressIntervalMs && b + 1 < fit.batches) {
            fit.progressClock.restart();
            reportBatch(fit, epoch, b + 1, lossValue, result);
        }
    }
    return lossSum / fit.trainCount;
}

double Trainer::validationLoss(Fit &fit) const
{
    // In inference mode, batched.
    fit.module.eval();
    double valSum = 0;
    c10::InferenceMode inference;
    const qint64 count = fit.valRows.size(0);
    for (qint64 start = 0; start < count; start += 1024) {
        const auto rows = fit.valRows.slice(0, start, std::min<qint64>(count, start + 1024));
        valSum += lossOf(m_config, fit.module.forward(fit.source.windows(rows)),
                         fit.source.targets.index_select(0, rows))
                      .item<double>()
            * double(rows.size(0));
    }
    return valSum / std::max<qint64>(1, count);
}

bool Trainer::keepTraining(Fit &fit, TrainedModel &result) const
{
    const EpochRecord &epoch = result.epochs.back();
    if (epoch.valLoss < fit.bestVal - 1e-12) {
        fit.bestVal = epoch.valLoss;
        fit.best = Snapshot::of(fit.module);
        result.bestEpoch = epoch.epoch;
        result.finalTrainLoss = epoch.trainLoss;
        result.finalValLoss = epoch.valLoss;
        fit.sinceImprovement = 0;
        fit.sinceLrImprovement = 0;
        return true;
    }
    ++fit.sinceImprovement;
    if (++fit.sinceLrImprovement >= m_config.lrPatience && fit.learningRate > 1e-6) {
        fit.learningRate = std::max(1e-6, fit.learningRate * 0.5);
        for (auto &group : fit.optimizer->param_groups())
            group.options().set_lr(fit.learningRate);
        fit.sinceLrImprovement = 0;
    }
    return fit.sinceImprovement < m_config.patience;
}

void Trainer::reportBatch(Fit &fit, int epoch, int batch, double loss, const TrainedModel &result)
{
    TrainingProgress p;
    p.step = TrainingProgress::Step::Train;
    p.stepFraction = (epoch - 1 + double(batch) / fit.batches) / m_config.epochs;
    p.epoch = epoch;
    p.epochs = m_config.epochs;
    p.batch = batch;
    p.batches = fit.batches;
    p.trainLoss = loss;
    p.valLoss = result.epochs.empty() ? -1 : result.epochs.back().valLoss;
    if (!result.epochs.empty())
        p.lastEpoch = result.epochs.back();
    p.etaSeconds = fit.eta.update(p.overall());
    p.details = tr("Epoch %1/%2 · batch %3/%4 · loss %5")
                    .arg(epoch)
                    .arg(m_config.epochs)
                    .arg(batch)
                    .arg(fit.batches)
                    .arg(loss, 0, 'g', 4);
    report(p);
}

void Trainer::reportEpoch(Fit &fit, const EpochRecord &epoch)
{
    // Every epoch ends with a report carrying its mean losses, so a live loss chart gets one
    // point per epoch (the GUI may still coalesce very fast epochs).
    fit.progressClock.restart();
    TrainingProgress p;
    p.step = TrainingProgress::Step::Train;
    p.stepFraction = double(epoch.epoch) / m_config.epochs;
    p.epoch = epoch.epoch;
    p.epochs = m_config.epochs;
    p.batch = fit.batches;
    p.batches = fit.batches;
    p.trainLoss = epoch.trainLoss;
    p.valLoss = epoch.valLoss;
    p.etaSeconds = fit.eta.update(p.overall());
    p.details = tr("Epoch %1/%2 · train loss %3 · validation loss %4")
                    .arg(epoch.epoch)
                    .arg(m_config.epochs)
                    .arg(epoch.trainLoss, 0, 'g', 4)
                    .arg(epoch.valLoss, 0, 'g', 4);
    p.lastEpoch = epoch;
    report(p);
}

Status Trainer::test(ForecasterImpl &module, TrainedModel &result)
{
    const FeatureSet &fs = m_features;
    report({ TrainingProgress::Step::Validate,
             0.0,
             int(result.epochs.size()),
             m_config.epochs,
             0,
             0,
             result.finalTrainLoss,
             result.finalValLoss,
             -1,
             tr("Evaluating on the test split"),
             {},
             {} });
    if (cancelled())
        return cancelError();
    auto testRaw = predict(module, fs, fs.test, fs.config.lookback);
    if (!testRaw)
        return testRaw.error();
    // The weights were never fit to the validation split, only chosen by it; the blend and the
    // intervals are chosen on it too, which makes both slightly optimistic. The test split,
    // which none of them saw, shows how much.
    auto validationRaw = predict(module, fs, fs.validation, fs.config.lookback);
    if (!validationRaw)
        return validationRaw.error();
    result.evaluate(fs, *validationRaw, *testRaw);
    report({ TrainingProgress::Step::Validate,
             1.0,
             int(result.epochs.size()),
             m_config.epochs,
             0,
             0,
             result.finalTrainLoss,
             result.finalValLoss,
             0,
             tr("Test RMSE %1 · skill vs naive %2 (network alone %3, weight %4)")
                 .arg(result.metrics.rmse, 0, 'g', 5)
                 .arg(result.metrics.skill, 0, 'f', 3)
                 .arg(result.rawMetrics.skill, 0, 'f', 3)
                 .arg(result.blend.weight, 0, 'f', 2),
             {},
             {} });
    return {};
}

} // namespace modeldeck
