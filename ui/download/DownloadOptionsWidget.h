#pragma once
// The "what to download" part of the download dialog: provider, symbols, timeframe and range
// (from each series' newest stored bar, or between dates). Offers the symbols the workspace
// already downloads from the chosen provider. Produces a DownloadRequest.

#include "net/DownloadService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace modeldeck {

class WorkspaceSession;

class DownloadOptionsWidget : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and must outlive the widget.
    explicit DownloadOptionsWidget(WorkspaceSession *session, QWidget *parent = nullptr);

    DownloadRequest request() const;
    // Why request() cannot be downloaded (no symbols, a symbol the provider cannot spell, a
    // reversed range), or empty.
    QString validationError() const;

    QString providerId() const;
    void setProvider(const QString &id);
    // Symbols as typed: separated by commas, semicolons or spaces, each once.
    QStringList symbols() const;
    // Replaces the symbols (e.g. the rows selected in the symbol list) and, when the workspace
    // downloaded the first of them before, picks that provider and timeframe.
    void setSymbols(const QStringList &symbols);
    void setTimeframe(const QString &name);
    // Dates are UTC days; `to` is inclusive. An empty `to` means up to now.
    void setRange(QDate from, QDate to = {});

    QComboBox *providerCombo() const { return m_provider; }
    QLineEdit *symbolsEdit() const { return m_symbols; }
    QComboBox *timeframeCombo() const { return m_timeframe; }
    QRadioButton *incrementalButton() const { return m_incremental; }
    QRadioButton *rangeButton() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toCheck() const { return m_toEnabled; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    MarketDataProvider *provider() const;
    void providerChanged();
    void reloadTimeframes();
    void updateRangeWidgets();
    // The workspace's series last downloaded from `providerId`: symbol → timeframes.
    std::vector<std::pair<QString, QString>> downloadedSeries(const QString &providerId) const;
    QString providerOf(const QString &symbol, QString *timeframe) const;

    WorkspaceSession *m_session;
    QComboBox *m_provider;
    QLineEdit *m_symbols;
    QComboBox *m_timeframe;
    QRadioButton *m_incremental;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_incrementalHint;
    QLabel *m_error;
    QString m_filledText; // what was filled in for the provider; replaced when it changes
};

} // namespace modeldeck
