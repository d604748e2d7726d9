#pragma once
// The lower half of the import dialog for one file: the detected format, the parsed rows, the
// file's text with line numbers, and its problems; selecting a problem shows its line.

#include "import/ImportFileState.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace modeldeck {

class EmptyStateStack;
class ImportPreviewModel;

class ImportPreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPreviewPane(QWidget *parent = nullptr);

    // Shows the file (not owned; copied what is needed), or `placeholder` when it has no rows.
    void showFile(const ImportFileState *file, InvalidRowPolicy policy, const QString &placeholder);
    // Selects the row parsed from `line`, else highlights the line in the file text.
    void showLine(qint64 line);

    ImportPreviewModel *model() const { return m_model; }
    const std::vector<ImportIssue> &issues() const { return m_issues; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *textView() const { return m_text; }
    QTableView *tableView() const { return m_table; }

private:
    void fillIssues();

    ImportPreviewModel *m_model;
    QLabel *m_formatLabel;
    QTabWidget *m_tabs;
    QTableView *m_table;
    EmptyStateStack *m_tableStack; // the parsed rows, or why there are none
    QPlainTextEdit *m_text;
    QTreeWidget *m_issueList;
    std::vector<ImportIssue> m_issues;
};

} // namespace modeldeck
