#include "registry/ModelDetailsDialog.h"

#include "common/InlineMessage.h"
#include "common/SkillWarning.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace modeldeck {

ModelDetailsDialog::ModelDetailsDialog(const QString &name, const QString &description,
                                       const QStringList &tags, const QJsonObject &metrics,
                                       QWidget *parent)
    : QDialog(parent), m_skillWarning(new InlineMessage(this))
{
    setWindowTitle(tr("Edit Details of “%1”").arg(name));
    if (const QString warning = SkillWarning::text(metrics); !warning.isEmpty())
        m_skillWarning->showMessage(InlineMessage::Kind::Warning, warning);
    m_description = new QPlainTextEdit(description, this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the model is for, how it was trained…"));
    m_description->setTabChangesFocus(true);
    m_tags = new QLineEdit(tags.join(QStringLiteral(", ")), this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("e.g. production, hourly, experiment"));
    m_tags->setToolTip(tr("Separate tags with commas. Search finds models by their tags."));

    auto *form = new QFormLayout;
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    form->addRow(descriptionLabel, m_description);
    form->addRow(tagsLabel, m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_skillWarning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

QString ModelDetailsDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QStringList ModelDetailsDialog::tags() const
{
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

} // namespace modeldeck
