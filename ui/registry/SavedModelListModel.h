#pragma once
// One row per registered model name for the saved-models page: the version a card shows (the
// active one, else the newest), its versions, whether its file is ready, and the texts the
// card paints. Formatting lives here so the delegate only draws.

#include "domain/RegisteredModel.h"
#include "monitoring/LivePerformance.h"

#include <QAbstractListModel>
#include <vector>

namespace modeldeck {

struct SavedModelEntry
{
    RegisteredModel model; // the version the card shows: the active one, else the newest
    QList<int> versions; // every version number, ascending
    qint64 totalBytes = 0; // all versions' files, as registered
    bool ready = false; // file present and its SHA-256 matches (checked off the GUI thread)
    QString problem; // why it is not ready
    // How its saved predictions did once their actuals came (the newest fill, shortest
    // horizon recorded); none before the first fill, or when reading them failed (liveProblem).
    std::optional<PerformanceSnapshot> live;
    QString liveProblem;
};

class SavedModelListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        VersionRole, // int, the shown version
        VersionTextRole, // "v2 of 3"
        TypeRole,
        SymbolRole,
        TimeframeRole,
        ActiveRole, // bool
        ReadyRole, // bool
        ProblemRole,
        TagsRole, // QStringList
        DescriptionRole,
        MetricsRole, // QStringList of "label|value" pairs that are present
        HorizonsTextRole,
        CreatedTextRole,
        SizeTextRole,
        SizeBytesRole, // qint64, all versions
        VersionCountRole,
        SearchTextRole, // name, description and tags, case-folded
        SkillWarningRole, // the "worse than naive" sentence (SkillWarning), empty when none
        SkillMetricRole, // int, where the skill is in MetricsRole (-1 when absent)
        LiveTextRole, // "skill +4.1 % · 95 % cover 93.8 % · 48 forecasts", or why there is none
        LiveSkillRole, // double, the live skill vs naive; invalid when unknown
        RoleCount
    };

    explicit SavedModelListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(std::vector<SavedModelEntry> entries);
    const std::vector<SavedModelEntry> &entries() const { return m_entries; }
    int rowOf(const QString &name) const;
    const SavedModelEntry *entry(int row) const;

    // Groups registry rows (any order) into one entry per name, sorted by name; no file checks.
    static std::vector<SavedModelEntry> group(const std::vector<RegisteredModel> &models);
    // Attaches to each entry the newest snapshot of its shortest recorded horizon, from `latest`
    // (the newest of each model and horizon, PredictionsFacade::latestAccuracy).
    static void attachLive(std::vector<SavedModelEntry> &entries,
                           const std::vector<PerformanceSnapshot> &latest);
    // "12.3 MB" in the user's locale; below a megabyte in KB or bytes.
    static QString sizeText(qint64 bytes);

private:
    std::vector<SavedModelEntry> m_entries;
};

} // namespace modeldeck
