#include "queue/SearchTrialsModel.h"

#include "queue/JobText.h"

#include <QFont>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

QString stateText(SearchTrial::State state)
{
    switch (state) {
    case SearchTrial::State::Complete:
        return SearchTrialsModel::tr("Complete");
    case SearchTrial::State::Pruned:
        return SearchTrialsModel::tr("Pruned");
    case SearchTrial::State::Failed:
        return SearchTrialsModel::tr("Failed");
    case SearchTrial::State::Running:
        break;
    }
    return SearchTrialsModel::tr("Running");
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return JobText::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isUndefined() || v.isNull())
        return QString();
    return v.toVariant().toString();
}

std::optional<double> detail(const SearchTrial &trial, const QString &key)
{
    const QJsonValue v = trial.details.value(key);
    if (trial.state != SearchTrial::State::Complete || !v.isDouble()
        || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

} // namespace

SearchTrialsModel::SearchTrialsModel(QObject *parent) : QAbstractTableModel(parent) { }

void SearchTrialsModel::setTrials(std::vector<SearchTrial> trials, const QStringList &keys)
{
    beginResetModel();
    m_trials = std::move(trials);
    m_keys = keys;
    for (const SearchTrial &t : m_trials) {
        for (const QString &key : t.params.keys()) {
            if (!m_keys.contains(key))
                m_keys << key;
        }
    }
    const auto best = bestTrial(m_trials);
    m_bestNumber = best ? best->number : 0;
    endResetModel();
}

std::optional<double> SearchTrialsModel::skillOf(const SearchTrial &trial)
{
    return detail(trial, QStringLiteral("validation_skill"));
}

std::optional<SearchTrial> SearchTrialsModel::bestTrial(const std::vector<SearchTrial> &trials)
{
    std::optional<SearchTrial> best;
    for (const SearchTrial &t : trials) {
        if (t.state == SearchTrial::State::Complete && t.score && std::isfinite(*t.score)
            && (!best || *t.score < *best->score))
            best = t;
    }
    return best;
}

QList<QPointF> SearchTrialsModel::bestSoFar(const std::vector<SearchTrial> &trials)
{
    std::vector<const SearchTrial *> ordered;
    for (const SearchTrial &t : trials)
        ordered.push_back(&t);
    std::sort(ordered.begin(), ordered.end(),
              [](const SearchTrial *a, const SearchTrial *b) { return a->number < b->number; });
    QList<QPointF> points;
    std::optional<double> best;
    for (const SearchTrial *t : ordered) {
        const auto skill = skillOf(*t);
        if (!skill)
            continue;
        best = best ? std::max(*best, *skill) : *skill;
        points.append(QPointF(t->number, *best));
    }
    return points;
}

QString SearchTrialsModel::paramsText(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts << it.key() + u' ' + valueText(it.value());
    return parts.join(QStringLiteral(" · "));
}

int SearchTrialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trials.size());
}

int SearchTrialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstParamColumn + int(m_keys.size());
}

QVariant SearchTrialsModel::display(const SearchTrial &t, int column) const
{
    switch (column) {
    case NumberColumn:
        return t.number == m_bestNumber ? tr("%1 (best)").arg(t.number) : QString::number(t.number);
    case StateColumn:
        return stateText(t.state);
    case SkillColumn:
    case ModelSkillColumn: {
        const auto v = column == SkillColumn ? skillOf(t)
                                             : detail(t, QStringLiteral("raw_validation_skill"));
        return v ? JobText::number(*v) : QStringLiteral("–");
    }
    case DurationColumn:
        return JobText::duration(qint64(std::llround(t.durationSeconds)));
    default:
        return valueText(t.params.value(m_keys.value(column - FirstParamColumn)));
    }
}

QVariant SearchTrialsModel::sortValue(const SearchTrial &t, int column) const
{
    switch (column) {
    case NumberColumn:
        return t.number;
    case StateColumn:
        return int(t.state);
    case SkillColumn:
    case ModelSkillColumn: {
        const auto v = column == SkillColumn ? skillOf(t)
                                             : detail(t, QStringLiteral("raw_validation_skill"));
        return v.value_or(-std::numeric_limits<double>::infinity());
    }
    case DurationColumn:
        return t.durationSeconds;
    default: {
        const QJsonValue v = t.params.value(m_keys.value(column - FirstParamColumn));
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant(valueText(v));
    }
    }
}

QVariant SearchTrialsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const SearchTrial &t = m_trials[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case SortRole:
        return sortValue(t, index.column());
    case TrialNumberRole:
        return t.number;
    case Qt::TextAlignmentRole:
        return index.column() == StateColumn ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (t.number == m_bestNumber) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (t.state == SearchTrial::State::Failed)
            return t.details.value(QStringLiteral("error")).toString();
        if (t.state == SearchTrial::State::Pruned)
            return tr("Stopped after epoch %1: its validation loss was worse than the median "
                      "of the finished trials")
                .arg(t.details.value(QStringLiteral("pruned_at_epoch")).toInt());
        return paramsText(t.params);
    default:
        return {};
    }
}

QVariant SearchTrialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SkillColumn:
            return tr("Validation skill of the deployed forecast (the model blended with "
                      "persistence); higher is better, below 0 is worse than naive");
        case ModelSkillColumn:
            return tr("Validation skill of the model alone, before the blend");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Trial");
    case StateColumn:
        return tr("State");
    case SkillColumn:
        return tr("Skill");
    case ModelSkillColumn:
        return tr("Model skill");
    case DurationColumn:
        return tr("Duration");
    default:
        return m_keys.value(section - FirstParamColumn);
    }
}

} // namespace modeldeck
