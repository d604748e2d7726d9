#include "audit/AuditLogDialog.h"

#include "audit/AuditLogModel.h"
#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "session/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

// The date edits' lowest date stands for "no bound" and reads "Any".
const QDate kNoBound(2000, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(AuditLogDialog::tr("Any"));
    edit->setDate(kNoBound);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDateTime localDayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

} // namespace

AuditLogDialog::AuditLogDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new AuditLogModel(this)),
      m_view(new QTableView(this)), m_action(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_from(makeDateEdit(this)), m_to(makeDateEdit(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_count(new QLabel(this)),
      m_message(new InlineMessage(this)), m_reloadTimer(new QTimer(this))
{
    setWindowTitle(tr("Audit Log"));
    resize(960, 540);

    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : AuditAction::all())
        m_action->addItem(AuditLogModel::actionText(action), action);
    m_action->setToolTip(tr("Show one kind of action only"));
    m_text->setPlaceholderText(tr("Subject contains… (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_from->setToolTip(tr("First day shown (local time); “Any” for no limit"));
    m_to->setToolTip(tr("Last day shown (local time); “Any” for no limit"));

    auto *filters = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_text, 1);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditLogModel::Time, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::Action, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::Subject, QHeaderView::Interactive);
    header->setSectionResizeMode(AuditLogModel::Details, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditLogModel::Source, QHeaderView::ResizeToContents);
    header->resizeSection(AuditLogModel::Subject, 240);

    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the log again (F5)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the entries shown as a CSV file (Ctrl+E)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // Enter in the text filter must not press a default button (Close).
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    m_message->hide();

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    addAction(find);

    // Typing reloads once the keys stop for a moment, not on every key.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { refresh(); });
    const auto reloadNow = [this] {
        m_reloadTimer->stop();
        refresh();
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, reloadNow);
    connect(m_from, &QDateEdit::dateChanged, this, reloadNow);
    connect(m_to, &QDateEdit::dateChanged, this, reloadNow);
    connect(m_text, &QLineEdit::textChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, reloadNow);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateCount();
    refresh();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        f.actions = { action };
    f.subjectContains = m_text->text().trimmed();
    if (m_from->date() > kNoBound)
        f.from = localDayStart(m_from->date());
    if (m_to->date() > kNoBound)
        f.to = localDayStart(m_to->date().addDays(1));
    f.limit = kMaxRows;
    return f;
}

QCoro::Task<bool> AuditLogDialog::refresh()
{
    if (!m_session->isOpen()) {
        m_message->showMessage(InlineMessage::Kind::Info, tr("No workspace is open."));
        m_message->show();
        co_return false;
    }
    if (!m_gate.enter())
        co_return false; // the load running now goes round once more
    bool ok = false;
    do {
        // Named: GCC 12 destroys temporaries of a full-expression holding co_await twice.
        auto loading = guarded(this, m_session->audit().list(filter()));
        auto guardedResult = co_await loading;
        if (!guardedResult)
            co_return false; // closed meanwhile: touch nothing
        auto entries = std::move(*guardedResult);
        ok = bool(entries);
        if (entries) {
            m_model->setEntries(std::move(*entries));
            if (!m_exporting) {
                m_message->clearMessage();
                m_message->hide();
            }
        } else {
            m_message->showMessage(
                InlineMessage::Kind::Error,
                tr("Cannot read the audit log: %1").arg(entries.error().toString()));
            m_message->show();
        }
        updateCount();
    } while (m_gate.again());
    if (ok)
        Q_EMIT loaded(m_model->rowCount());
    co_return ok;
}

void AuditLogDialog::chooseExportFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("modeldeck-audit.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), start,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

QCoro::Task<bool> AuditLogDialog::exportCsv(const QString &path)
{
    if (m_exporting || !m_session->isOpen())
        co_return false;
    m_exporting = true;
    m_export->setEnabled(false);
    AuditFilter all = filter();
    all.limit = 0; // the file holds every entry the filters select, not only those shown
    auto exporting = guarded(this, m_session->audit().exportCsv(all, path));
    auto guardedResult = co_await exporting;
    if (!guardedResult)
        co_return false;
    m_exporting = false;
    m_export->setEnabled(true);
    const Result<int> &written = *guardedResult;
    const QString message = written
        ? tr("Exported %n event(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path))
        : written.error().toString();
    m_message->showMessage(written ? InlineMessage::Kind::Info : InlineMessage::Kind::Error,
                           message);
    m_message->show();
    Q_EMIT exported(bool(written), message);
    co_return bool(written);
}

void AuditLogDialog::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows >= kMaxRows ? tr("Newest %n event(s)", nullptr, rows)
                                      : tr("%n event(s)", nullptr, rows));
}

} // namespace modeldeck
