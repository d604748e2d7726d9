#pragma once
// Edits a saved model's description and tags (comma-separated); the registry validates them
// when they are saved. A model worse than the naive forecast says so at the top, so a
// description like "production" is not written without seeing it.

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QPlainTextEdit;

namespace modeldeck {

class InlineMessage;

class ModelDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    // `metrics` are the model's (for the skill warning).
    ModelDetailsDialog(const QString &name, const QString &description, const QStringList &tags,
                       const QJsonObject &metrics = {}, QWidget *parent = nullptr);

    QString description() const;
    // Trimmed, empty ones dropped.
    QStringList tags() const;

    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    InlineMessage *skillWarning() const { return m_skillWarning; }

private:
    InlineMessage *m_skillWarning;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
};

} // namespace modeldeck
