#include "registry/ModelVersionsDialog.h"

#include "common/SkillWarning.h"
#include "registry/SavedModelListModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr int kVersionRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;

QString versionLine(const RegisteredModel &m)
{
    const QLocale locale;
    QString line = ModelVersionsDialog::tr("v%1 — %2 — %3")
                       .arg(m.version)
                       .arg(m.createdAt.isValid()
                                ? locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)
                                : ModelVersionsDialog::tr("created at an unknown time"),
                            SavedModelListModel::sizeText(m.fileSize));
    const QJsonValue rmse = m.metrics.value(QStringLiteral("rmse"));
    if (rmse.isDouble())
        line += ModelVersionsDialog::tr(" — RMSE %1").arg(locale.toString(rmse.toDouble(), 'g', 4));
    // Rolling back to a version that loses to the naive forecast should be a seen choice.
    if (SkillWarning::applies(m.metrics))
        line += ModelVersionsDialog::tr(" — %1").arg(SkillWarning::badgeText());
    if (m.active)
        line += ModelVersionsDialog::tr(" — ACTIVE");
    return line;
}

} // namespace

ModelVersionsDialog::ModelVersionsDialog(const std::vector<RegisteredModel> &versions,
                                         QWidget *parent)
    : QDialog(parent)
{
    const QString name = versions.empty() ? QString() : versions.front().name;
    setWindowTitle(tr("Versions of “%1”").arg(name));
    auto *intro = new QLabel(
        tr("Activate an older version to roll back; the newer ones stay saved."), this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Versions"));
    std::vector<RegisteredModel> newestFirst = versions;
    std::sort(
        newestFirst.begin(), newestFirst.end(),
        [](const RegisteredModel &a, const RegisteredModel &b) { return a.version > b.version; });
    for (const RegisteredModel &m : newestFirst) {
        auto *item = new QListWidgetItem(versionLine(m), m_list);
        item->setData(kVersionRole, m.version);
        item->setData(kActiveRole, m.active);
        if (const QString warning = SkillWarning::text(m.metrics); !warning.isEmpty()) {
            item->setToolTip(warning);
            item->setForeground(SkillWarning::textColor(m_list->palette()));
        }
        if (m.active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_activate = new QPushButton(tr("&Activate Version"), this);
    m_activate->setToolTip(
        tr("Make the selected version the active model for its symbol and timeframe"));
    m_delete = new QPushButton(tr("&Delete Version…"), this);
    m_delete->setToolTip(tr("Delete the selected version and its file (asks first)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_activate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_activate, &QPushButton::clicked, this, [this] { choose(Choice::Activate); });
    connect(m_delete, &QPushButton::clicked, this, [this] { choose(Choice::Delete); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ModelVersionsDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { choose(Choice::Activate); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    resize(sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 18)));
}

int ModelVersionsDialog::selectedVersion() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kVersionRole).toInt() : 0;
}

void ModelVersionsDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_activate->setEnabled(item && !item->data(kActiveRole).toBool());
    m_delete->setEnabled(item != nullptr);
}

void ModelVersionsDialog::choose(Choice choice)
{
    if (choice == Choice::Activate && !m_activate->isEnabled())
        return;
    m_choice = choice;
    accept();
}

} // namespace modeldeck
