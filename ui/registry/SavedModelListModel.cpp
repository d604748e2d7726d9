#include "registry/SavedModelListModel.h"

#include "common/SkillWarning.h"

#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace modeldeck {

namespace {

// Metrics come from the database: only finite numbers are shown.
std::optional<double> metric(const QJsonObject &metrics, const char *key)
{
    const QJsonValue v = metrics.value(QLatin1StringView(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

// The label|value pairs a card shows, and where the skill is among them (-1 when absent).
QStringList metricPairs(const QJsonObject &metrics, int *skillIndex = nullptr)
{
    const QLocale locale;
    QStringList pairs;
    const auto number = [&](const QString &label, const char *key) {
        if (const auto v = metric(metrics, key))
            pairs << label + u'|' + locale.toString(*v, 'g', 4);
    };
    const auto percent = [&](const QString &label, const char *key) {
        if (const auto v = metric(metrics, key))
            pairs << label + u'|'
                    + SavedModelListModel::tr("%1 %").arg(locale.toString(*v * 100, 'f', 1));
    };
    number(SavedModelListModel::tr("RMSE"), "rmse");
    number(SavedModelListModel::tr("MAE"), "mae");
    // Signed, like the training cards: "+12.5 %" beats naive, "−38.0 %" loses to it.
    const std::optional<double> skill = SkillWarning::skillOf(metrics);
    if (skillIndex)
        *skillIndex = skill ? int(pairs.size()) : -1;
    if (skill)
        pairs << SavedModelListModel::tr("Skill") + u'|' + SkillWarning::percent(*skill);
    percent(SavedModelListModel::tr("Cover 80"), "coverage_80");
    percent(SavedModelListModel::tr("Cover 95"), "coverage_95");
    return pairs;
}

QString horizonsText(const QList<int> &horizons)
{
    if (horizons.isEmpty())
        return SavedModelListModel::tr("none");
    QStringList parts;
    for (int h : horizons)
        parts << QLocale().toString(h);
    return SavedModelListModel::tr("%1 bars").arg(parts.join(QStringLiteral(", ")));
}

// Live figures exist once a fill found actuals for at least one prediction.
const PerformanceSnapshot *liveOf(const SavedModelEntry &e)
{
    return e.live && e.live->live.metrics.count > 0 ? &*e.live : nullptr;
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

QString liveText(const SavedModelEntry &e)
{
    if (!e.liveProblem.isEmpty())
        return SavedModelListModel::tr("unavailable");
    const PerformanceSnapshot *s = liveOf(e);
    if (!s)
        return SavedModelListModel::tr("no actuals yet");
    QStringList parts;
    if (const auto skill = finite(s->live.metrics.skill))
        parts << SavedModelListModel::tr("skill %1").arg(SkillWarning::percent(*skill));
    if (s->live.coverage95)
        parts << SavedModelListModel::tr("95 % cover %1")
                     .arg(SavedModelListModel::tr("%1 %").arg(
                         QLocale().toString(*s->live.coverage95 * 100, 'f', 1)));
    parts << SavedModelListModel::tr("%n forecast(s)", nullptr, s->live.metrics.count);
    return parts.join(QStringLiteral(" · "));
}

// The tooltip's paragraph on the live figures: which horizon, how many, when.
QString liveToolTip(const SavedModelEntry &e)
{
    if (!e.liveProblem.isEmpty())
        return SavedModelListModel::tr("Live accuracy could not be read: %1").arg(e.liveProblem);
    const PerformanceSnapshot *s = liveOf(e);
    if (!s)
        return SavedModelListModel::tr(
            "Live accuracy: none yet. It is recorded when saved predictions get their actual "
            "values: as new bars arrive, when the Predictions tab opens or by "
            "modeldeck-cli predictions fill.");
    const QLocale locale;
    const auto number = [&](double v) {
        return std::isfinite(v) ? locale.toString(v, 'g', 4) : SavedModelListModel::tr("n/a");
    };
    return SavedModelListModel::tr("Live accuracy at horizon %1 over its newest %2 forecasts "
                                   "(recorded %3): RMSE %4, naive RMSE %5.")
        .arg(locale.toString(s->horizon), locale.toString(s->live.metrics.count),
             locale.toString(s->computedAt.toLocalTime(), QLocale::ShortFormat),
             number(s->live.metrics.rmse), number(s->live.metrics.naiveRmse));
}

} // namespace

SavedModelListModel::SavedModelListModel(QObject *parent) : QAbstractListModel(parent) { }

int SavedModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

const SavedModelEntry *SavedModelListModel::entry(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int SavedModelListModel::rowOf(const QString &name) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].model.name == name)
            return int(i);
    }
    return -1;
}

QString SavedModelListModel::sizeText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    // Small models would all read "0.0 MB": below a megabyte the locale's own unit says more.
    if (bytes < kMiB)
        return QLocale().formattedDataSize(std::max<qint64>(0, bytes), 1,
                                           QLocale::DataSizeTraditionalFormat);
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / double(kMiB), 'f', 1));
}

QVariant SavedModelListModel::data(const QModelIndex &index, int role) const
{
    const SavedModelEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const RegisteredModel &m = e->model;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1, version %2 (%3 %4)").arg(m.name).arg(m.version).arg(m.symbol, m.timeframe);
        if (!m.description.isEmpty())
            tip += u'\n' + m.description;
        tip += u'\n'
            + (e->ready ? tr("Ready: the file is present and matches its checksum.")
                        : tr("Not ready: %1").arg(e->problem));
        if (const QString warning = SkillWarning::text(m.metrics); !warning.isEmpty())
            tip += u'\n' + warning;
        tip += u'\n' + liveToolTip(*e);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, version %2, %3 %4%5%6")
                           .arg(m.name)
                           .arg(m.version)
                           .arg(m.symbol, m.timeframe, m.active ? tr(", active") : QString(),
                                e->ready ? QString() : tr(", not ready"));
        // Spoken too: the card's badge and coloured skill are painted, not widgets.
        if (const QString warning = SkillWarning::text(m.metrics); !warning.isEmpty())
            text += tr(". %1").arg(warning);
        return text;
    }
    case VersionRole:
        return m.version;
    case VersionTextRole:
        return e->versions.size() > 1 ? tr("v%1 of %2").arg(m.version).arg(e->versions.size())
                                      : tr("v%1").arg(m.version);
    case TypeRole:
        return m.bot;
    case SymbolRole:
        return m.symbol;
    case TimeframeRole:
        return m.timeframe;
    case ActiveRole:
        return m.active;
    case ReadyRole:
        return e->ready;
    case ProblemRole:
        return e->problem;
    case TagsRole:
        return m.tags;
    case DescriptionRole:
        return m.description;
    case MetricsRole:
        return metricPairs(m.metrics);
    case HorizonsTextRole:
        return horizonsText(m.horizons);
    case CreatedTextRole:
        return m.createdAt.isValid()
            ? QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)
            : tr("unknown");
    case SizeTextRole:
        return sizeText(e->totalBytes);
    case SizeBytesRole:
        return e->totalBytes;
    case VersionCountRole:
        return int(e->versions.size());
    case SkillWarningRole:
        return SkillWarning::text(m.metrics);
    case SkillMetricRole: {
        int skill = -1;
        metricPairs(m.metrics, &skill);
        return skill;
    }
    case LiveTextRole:
        return liveText(*e);
    case LiveSkillRole: {
        const PerformanceSnapshot *s = liveOf(*e);
        const std::optional<double> skill = s ? finite(s->live.metrics.skill) : std::nullopt;
        return skill ? QVariant(*skill) : QVariant();
    }
    case SearchTextRole:
        return QString(m.name + u'\n' + m.description + u'\n' + m.tags.join(u'\n')).toCaseFolded();
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedModelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(VersionRole, "version");
    names.insert(ActiveRole, "active");
    names.insert(ReadyRole, "ready");
    return names;
}

void SavedModelListModel::setEntries(std::vector<SavedModelEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

std::vector<SavedModelEntry> SavedModelListModel::group(const std::vector<RegisteredModel> &models)
{
    std::map<QString, SavedModelEntry> byName;
    for (const RegisteredModel &m : models) {
        SavedModelEntry &e = byName[m.name];
        e.versions << m.version;
        e.totalBytes += std::max<qint64>(0, m.fileSize);
        const bool better = e.versions.size() == 1 || (m.active && !e.model.active)
            || (m.active == e.model.active && m.version > e.model.version);
        if (better)
            e.model = m;
    }
    std::vector<SavedModelEntry> entries;
    entries.reserve(byName.size());
    for (auto &[name, e] : byName) {
        std::sort(e.versions.begin(), e.versions.end());
        entries.push_back(std::move(e));
    }
    return entries;
}

void SavedModelListModel::attachLive(std::vector<SavedModelEntry> &entries,
                                     const std::vector<PerformanceSnapshot> &latest)
{
    // The shortest horizon of each name (a model with horizons 1 and 24 shows the 1-bar one).
    QHash<QString, const PerformanceSnapshot *> shortest;
    for (const PerformanceSnapshot &s : latest) {
        const PerformanceSnapshot *&best = shortest[s.modelName];
        if (!best || s.horizon < best->horizon)
            best = &s;
    }
    for (SavedModelEntry &e : entries) {
        const PerformanceSnapshot *s = shortest.value(e.model.name);
        e.live = s ? std::optional(*s) : std::nullopt;
    }
}

} // namespace modeldeck
