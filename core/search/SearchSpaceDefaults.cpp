// SearchSpace::defaultFor: the spaces a search uses when the user gives none. Ranges stay inside
// ModelConfig's and FeatureConfig's limits (tests/search/tst_searchspace checks every grid point
// and many random points against TrainingSettings::fromParams) and around each bot's defaults
// (ModelConfig::defaults), and are kept small: a search of a few dozen trials should find
// something, not only sample the corners.

#include "SearchSpace.h"
#include "models/ModelConfig.h"

namespace modeldeck {

namespace {

using D = SearchDimension;

// The feature settings worth searching (FeatureConfig::hyperparameterKeys()). Price-level
// features stay off: they made the networks extrapolate on unseen price levels
// (docs/forecasting.md), so a search could only pick them by luck on its validation split.
// Trees cannot predict outside the target values they were trained on, so a price target fails
// on any series that leaves its training range (eight gbm_bot trials on the sample: model skill
// −11.6 to −12.7 with a price target, −0.02 to −0.06 with log returns): they keep log returns.
void addFeatureSettings(std::vector<D> &dimensions, bool priceTarget)
{
    if (priceTarget) {
        dimensions.push_back(D::choice(QStringLiteral("target"),
                                       { QStringLiteral("log_return"), QStringLiteral("price") }));
    }
    for (const char *group :
         { "trend_features", "volatility_features", "volume_features", "range_features" })
        dimensions.push_back(D::choice(QString::fromLatin1(group), { true, false }));
}

// Adam's weight decay: off (0) cannot be on a log scale, so the floor is small enough to mean
// "almost none".
D weightDecay()
{
    return D::real(QStringLiteral("weight_decay"), 1e-6, 1e-2, true);
}

std::vector<D> recurrent()
{
    return {
        D::real(QStringLiteral("learning_rate"), 1e-4, 1e-2, true),
        D::integer(QStringLiteral("hidden_size"), 16, 128, true),
        D::integer(QStringLiteral("layers"), 1, 3),
        D::real(QStringLiteral("dropout"), 0.0, 0.5),
        D::integer(QStringLiteral("lookback"), 8, 64, true),
        weightDecay(),
    };
}

std::vector<D> transformer()
{
    // hidden_size is d_model and must be a multiple of heads (4 by default): an int range would
    // give invalid sizes, so the sizes are listed. Attention wants smaller steps (no warm-up).
    return {
        D::real(QStringLiteral("learning_rate"), 5e-5, 2e-3, true),
        D::choice(QStringLiteral("hidden_size"), { 32, 64, 128 }),
        D::integer(QStringLiteral("layers"), 1, 3),
        D::real(QStringLiteral("dropout"), 0.0, 0.3),
        D::integer(QStringLiteral("lookback"), 8, 64, true),
        weightDecay(),
    };
}

std::vector<D> mlp()
{
    // The flattened window multiplies the inputs: short windows, as the bot's default of 4.
    return {
        D::real(QStringLiteral("learning_rate"), 1e-4, 1e-2, true),
        D::integer(QStringLiteral("hidden_size"), 32, 256, true),
        D::integer(QStringLiteral("layers"), 1, 3),
        D::real(QStringLiteral("dropout"), 0.0, 0.5),
        D::integer(QStringLiteral("lookback"), 2, 16, true),
        weightDecay(),
    };
}

std::vector<D> linear()
{
    // hidden_size, layers and dropout do not apply to the linear bot; searching them would only
    // waste trials on settings that change nothing.
    return {
        D::real(QStringLiteral("learning_rate"), 1e-3, 5e-2, true),
        D::integer(QStringLiteral("lookback"), 1, 16, true),
        weightDecay(),
    };
}

// Tree ensembles: depth and leaf size decide how much noise they fit; the window stays short
// for the same reason as the flat networks'.
std::vector<D> forest()
{
    return {
        D::integer(QStringLiteral("trees"), 50, 400, true),
        D::integer(QStringLiteral("max_depth"), 3, 12),
        D::real(QStringLiteral("min_child_weight"), 1.0, 100.0, true),
        D::real(QStringLiteral("subsample"), 0.5, 1.0),
        D::real(QStringLiteral("colsample"), 0.3, 1.0),
        D::integer(QStringLiteral("lookback"), 1, 16, true),
    };
}

std::vector<D> gbm()
{
    return {
        D::real(QStringLiteral("learning_rate"), 0.01, 0.3, true),
        D::integer(QStringLiteral("max_depth"), 2, 8),
        D::real(QStringLiteral("min_child_weight"), 1.0, 100.0, true),
        D::real(QStringLiteral("subsample"), 0.5, 1.0),
        D::real(QStringLiteral("colsample"), 0.3, 1.0),
        D::integer(QStringLiteral("lookback"), 1, 16, true),
    };
}

} // namespace

SearchSpace SearchSpace::defaultFor(const QString &bot)
{
    std::vector<D> dimensions;
    if (bot == u"lstm_bot" || bot == u"gru_bot")
        dimensions = recurrent();
    else if (bot == u"transformer_bot")
        dimensions = transformer();
    else if (bot == u"mlp_bot")
        dimensions = mlp();
    else if (bot == u"linear_bot")
        dimensions = linear();
    else if (bot == u"forest_bot")
        dimensions = forest();
    else if (bot == u"gbm_bot")
        dimensions = gbm();
    else
        return {}; // naive has nothing to train; an unknown bot is refused by whoever runs it
    addFeatureSettings(dimensions, !ModelConfig::isTreeModel(bot));
    return SearchSpace(std::move(dimensions));
}

} // namespace modeldeck
