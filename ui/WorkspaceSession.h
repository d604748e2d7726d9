#pragma once
// The open workspace as the GUI sees it: opens databases and runs workspace operations on pool
// threads and reports back through signals, so no SQL or file parsing runs on the GUI thread.

#include "data/CsvImporter.h"
#include "storage/MarketDataRepository.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <atomic>
#include <memory>
#include <vector>

namespace modeldeck {

class Database;

class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_database != nullptr; }
    QString workspaceDir() const;
    const std::vector<SymbolSummary> &symbols() const { return m_symbols; }
    bool isBusy() const { return m_busy; }

    // Opens (creating if needed) the workspace; seeds the bundled sample data when asked and
    // the workspace is empty. Emits opened() or failed().
    QCoro::Task<bool> open(const QString &dir, bool seedDemo = false);
    // Imports files; progress() reports bytes; cancelImport() stops it with nothing written.
    QCoro::Task<Result<ImportReport>> importFiles(ImportRequest request);
    void cancelImport() { m_cancelImport->store(true); }
    QCoro::Task<bool> refreshSymbols();

Q_SIGNALS:
    void opened(const QString &dir);
    void failed(const QString &message);
    void symbolsChanged();
    void busyChanged(bool busy);
    void importProgress(qint64 done, qint64 total);

private:
    void setBusy(bool busy);

    std::shared_ptr<Database> m_database;
    std::vector<SymbolSummary> m_symbols;
    std::shared_ptr<std::atomic_bool> m_cancelImport = std::make_shared<std::atomic_bool>(false);
    QFuture<Result<ImportReport>> m_importFuture;
    bool m_busy = false;
};

} // namespace modeldeck
