#pragma once
// Edits a saved model's description and tags (comma-separated); the registry validates them
// when they are saved.

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace modeldeck {

class ModelDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ModelDetailsDialog(const QString &name, const QString &description, const QStringList &tags,
                       QWidget *parent = nullptr);

    QString description() const;
    // Trimmed, empty ones dropped.
    QStringList tags() const;

    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }

private:
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
};

} // namespace modeldeck
