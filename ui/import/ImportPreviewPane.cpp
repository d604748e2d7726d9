#include "import/ImportPreviewPane.h"

#include "common/EmptyStateStack.h"
#include "import/ImportPreviewModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace modeldeck {

ImportPreviewPane::ImportPreviewPane(QWidget *parent)
    : QWidget(parent), m_model(new ImportPreviewModel(this)), m_formatLabel(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_table(new QTableView(this)),
      m_tableStack(new EmptyStateStack(m_table, this)), m_text(new QPlainTextEdit(this)),
      m_issueList(new QTreeWidget(this))
{
    m_formatLabel->setWordWrap(true);
    m_formatLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Parsed rows"));

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("File text"));
    m_tabs->addTab(m_tableStack, tr("&Parsed rows"));
    m_tabs->addTab(m_text, tr("File &text"));

    m_issueList->setHeaderLabels({ tr("Kind"), tr("Line"), tr("Problem") });
    m_issueList->setRootIsDecorated(false);
    m_issueList->setWordWrap(true);
    m_issueList->setAccessibleName(tr("Problems found"));
    m_issueList->setToolTip(tr("Select a problem to show its line"));
    m_issueList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issueList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_issueList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showLine(item->data(1, Qt::UserRole).toLongLong());
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_issueList);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formatLabel);
    layout->addWidget(splitter, 1);
}

void ImportPreviewPane::showFile(const ImportFileState *file, InvalidRowPolicy policy,
                                 const QString &placeholder)
{
    const bool ready = file && file->done;
    const FilePreview *preview = ready ? file->preview.get() : nullptr;
    m_model->setPreview(ready ? file->preview : nullptr);
    m_text->setPlainText(file ? file->headText : QString());
    m_text->setExtraSelections({});
    m_issues = ready ? file->issues(policy) : std::vector<ImportIssue>();

    if (preview) {
        const ParsedCsv &csv = preview->csv;
        const QString delimiter
            = csv.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(csv.delimiter));
        m_formatLabel->setText(
            tr("Format: %1, separated by “%2”. Imports as %3, %4 bars, naive times read in %5.")
                .arg(csvLayoutName(csv.layout), delimiter, preview->symbol,
                     preview->timeframe.name(), preview->timeZone));
        m_table->resizeColumnsToContents();
        m_tableStack->setContentShown(true);
    } else {
        m_formatLabel->setText(file && !file->done
                                   ? tr("Reading %1…").arg(QFileInfo(file->path).fileName())
                                   : QString());
        m_tableStack->setEmptyText(placeholder);
        m_tableStack->setContentShown(false);
    }
    m_formatLabel->setVisible(!m_formatLabel->text().isEmpty());
    fillIssues();
    // The first error's line is the useful view (its row, or the file's text when nothing parsed).
    const auto error = std::find_if(m_issues.begin(), m_issues.end(), [](const ImportIssue &issue) {
        return issue.severity == ImportIssue::Severity::Error && issue.line > 0;
    });
    if (error != m_issues.end())
        showLine(error->line);
}

void ImportPreviewPane::fillIssues()
{
    m_issueList->clear();
    QStyle *style = QApplication::style();
    for (const ImportIssue &issue : m_issues) {
        using S = ImportIssue::Severity;
        auto *item = new QTreeWidgetItem(m_issueList);
        const QStyle::StandardPixmap icon = issue.severity == S::Error
            ? QStyle::SP_MessageBoxCritical
            : issue.severity == S::Warning ? QStyle::SP_MessageBoxWarning
                                           : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style->standardIcon(icon));
        item->setText(0,
                      issue.severity == S::Error         ? tr("Error")
                          : issue.severity == S::Warning ? tr("Warning")
                                                         : tr("Note"));
        item->setText(1, issue.line > 0 ? QString::number(issue.line) : QString());
        item->setData(1, Qt::UserRole, issue.line);
        item->setText(2, issue.message);
        item->setToolTip(2, issue.message);
    }
    m_issueList->setVisible(!m_issues.empty());
}

void ImportPreviewPane::showLine(qint64 line)
{
    if (line <= 0)
        return;
    if (const int row = m_model->rowForLine(line); row >= 0) {
        m_tabs->setCurrentWidget(m_tableStack);
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return;
    }
    const QTextBlock block = m_text->document()->findBlockByNumber(int(line - 1));
    if (!block.isValid())
        return;
    m_tabs->setCurrentWidget(m_text);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    // Palette-based, so it reads in light and dark themes; the line is also selected.
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlpha(90);
    selection.format.setBackground(highlight);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_text->setExtraSelections({ selection });
    m_text->setTextCursor(QTextCursor(block));
    m_text->centerCursor();
}

} // namespace modeldeck
