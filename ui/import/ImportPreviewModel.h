#pragma once
// The first rows of a CSV file as the importer parsed them: source line, time in the
// exchange's zone and in UTC, OHLC, adjusted close, volume and flags (with the reason a row
// was flagged invalid).

#include "services/CsvImporter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>
#include <memory>

namespace modeldeck {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        LocalTimeColumn,
        UtcTimeColumn,
        OpenColumn,
        HighColumn,
        LowColumn,
        CloseColumn,
        AdjCloseColumn,
        VolumeColumn,
        FlagsColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Null clears the table.
    void setPreview(std::shared_ptr<const FilePreview> preview);
    const FilePreview *preview() const { return m_preview.get(); }
    // The row showing the given source line, or -1.
    int rowForLine(qint64 line) const;

private:
    std::shared_ptr<const FilePreview> m_preview;
    QTimeZone m_zone;
    QHash<qint64, QString> m_issues; // line → why the row is flagged
};

} // namespace modeldeck
