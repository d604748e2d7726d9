#pragma once
// The recorded trials of one hyperparameter search as a table: number, state, deployed skill
// (validation_skill), the network's own skill (raw_validation_skill), duration, then one column
// per parameter the search varies. SortRole gives numbers, so a proxy sorts skills and
// durations as values; trials without a skill (pruned, failed) sort below every skill.

#include "domain/SearchTrial.h"

#include <QAbstractTableModel>
#include <QPointF>
#include <QStringList>
#include <optional>
#include <vector>

namespace modeldeck {

class SearchTrialsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        StateColumn,
        SkillColumn,
        ModelSkillColumn,
        DurationColumn,
        FirstParamColumn
    };
    enum Role { SortRole = Qt::UserRole + 1, TrialNumberRole };

    explicit SearchTrialsModel(QObject *parent = nullptr);

    // `keys` are the searched parameters (the space's keys); keys found only in the trials'
    // params are added after them.
    void setTrials(std::vector<SearchTrial> trials, const QStringList &keys = {});
    const std::vector<SearchTrial> &trials() const { return m_trials; }
    const QStringList &paramKeys() const { return m_keys; }

    // The deployed validation skill of a trial that completed; none otherwise.
    static std::optional<double> skillOf(const SearchTrial &trial);
    // The trial the search would pick: the completed one with the lowest score (as
    // SearchService chooses), none when no trial completed.
    static std::optional<SearchTrial> bestTrial(const std::vector<SearchTrial> &trials);
    // (trial number, best skill among the completed trials up to it), one point per completed
    // trial in number order: never falls.
    static QList<QPointF> bestSoFar(const std::vector<SearchTrial> &trials);
    // "hidden_size 64 · learning_rate 0.001", in key order.
    static QString paramsText(const QJsonObject &params);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SearchTrial &trial, int column) const;
    QVariant sortValue(const SearchTrial &trial, int column) const;

    std::vector<SearchTrial> m_trials;
    QStringList m_keys;
    int m_bestNumber = 0;
};

} // namespace modeldeck
