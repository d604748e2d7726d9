#pragma once
// The "Import as" part of the import dialog: symbol, timeframe, time zone, date order and the
// invalid-row policy, each showing what was detected in the file and letting the user override
// it. Produces the overrides of an ImportRequest.

#include "services/CsvImporter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace modeldeck {

class ImportOptionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImportOptionsWidget(QWidget *parent = nullptr);

    // Writes the overrides (symbol, timeframe, zone, date order, invalid rows) into `request`.
    void applyTo(ImportRequest &request) const;
    // Why the overrides cannot be used (an invalid symbol), or empty.
    QString validationError() const;
    // Shows what the file's head resolved to beside each "Detect" choice; null clears.
    void setDetected(const FilePreview *preview);

    QLineEdit *symbolEdit() const { return m_symbol; }
    QComboBox *timeframeCombo() const { return m_timeframe; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    QComboBox *invalidRowsCombo() const { return m_invalidRows; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_timeZone;
    QComboBox *m_dateOrder;
    QComboBox *m_invalidRows;
    QLabel *m_symbolError;
};

} // namespace modeldeck
