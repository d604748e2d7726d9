#pragma once
// Saved predictions as table rows: when, which model, what it predicted with its 80 % and
// 95 % bounds, and the actual close with the error once it is known. Sorts on raw values
// (Qt::UserRole) and copies rows as tab-separated text.

#include "domain/Prediction.h"

#include <QAbstractTableModel>
#include <vector>

namespace modeldeck {

class PredictionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MadeAt,
        TargetTime,
        Model,
        Version,
        Symbol,
        Horizon,
        Predicted,
        Lower80,
        Upper80,
        Lower95,
        Upper95,
        Actual,
        ErrorColumn, // actual − predicted
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit PredictionTableModel(QObject *parent = nullptr);

    void setPredictions(std::vector<Prediction> predictions);
    const std::vector<Prediction> &predictions() const { return m_rows; }
    const Prediction *at(int row) const;

    // Header line plus the given source rows, tab-separated, numbers unformatted (so a
    // spreadsheet reads them as numbers).
    QString toTsv(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Prediction> m_rows;
};

} // namespace modeldeck
