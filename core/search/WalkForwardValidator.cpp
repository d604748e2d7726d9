#include "WalkForward.h"
#include "features/FeatureSet.h"
#include "training/CancellationToken.h"
#include "training/Trainer.h"

// The validator apart from the planning (WalkForward.cpp), which stays torch-free: the parsers'
// fuzz build compiles it without LibTorch.

namespace modeldeck {

WalkForwardValidator::WalkForwardValidator(ModelConfig model, FeatureConfig features,
                                           WalkForwardSpec spec)
    : m_model(std::move(model)), m_features(std::move(features)), m_spec(spec)
{
}

Result<WalkForwardResult> WalkForwardValidator::run(std::span<const Bar> bars) const
{
    auto folds = planWalkForward(qint64(bars.size()), m_spec);
    if (!folds)
        return folds.error();
    WalkForwardResult result;
    const double count = double(folds->size());
    for (const WalkForwardFold &fold : *folds) {
        if (m_token && m_token->isCancelled())
            return Error { m_token->reason() };
        const QString where = tr("Walk-forward fold %1 of %2").arg(fold.index + 1).arg(count);
        if (m_progress)
            m_progress(fold.index / count, where);
        auto config = foldFeatures(m_features, fold);
        if (!config)
            return config.error();
        // The slice ends at the fold's last test bar: nothing later exists for this fold.
        const auto slice
            = bars.subspan(size_t(fold.trainBegin), size_t(fold.testEnd - fold.trainBegin));
        auto features = FeatureSet::build(slice, *config);
        if (!features)
            return Error { where + QStringLiteral(": ") + features.error().message };
        Trainer trainer(m_model, *features);
        trainer.setCancellationToken(m_token);
        if (m_progress) {
            trainer.setProgressCallback([&](const TrainingProgress &p) {
                m_progress((fold.index + p.overall()) / count,
                           where + QStringLiteral(" · ") + p.details);
            });
        }
        auto trained = trainer.run();
        if (!trained)
            return Error { where + QStringLiteral(": ") + trained.error().message };
        FoldResult f;
        f.fold = fold;
        f.metrics = trained->metrics;
        f.rawMetrics = trained->rawMetrics;
        f.coverage95 = trained->interval.coverage95;
        f.modelWeight = trained->blend.weight;
        result.folds.push_back(f);
    }
    result.aggregate();
    if (m_progress)
        m_progress(1.0, tr("Walk-forward: %n fold(s) done", nullptr, int(result.folds.size())));
    return result;
}

} // namespace modeldeck
