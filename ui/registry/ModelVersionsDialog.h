#pragma once
// The versions of one saved model, newest first, to roll back (activate an older version) or
// delete one version. The caller runs the chosen action.

#include "domain/RegisteredModel.h"

#include <QDialog>
#include <vector>

class QListWidget;
class QPushButton;

namespace modeldeck {

class ModelVersionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Activate, Delete };

    ModelVersionsDialog(const std::vector<RegisteredModel> &versions, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The selected version, 0 when none.
    int selectedVersion() const;
    QListWidget *list() const { return m_list; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void updateButtons();
    void choose(Choice choice);

    QListWidget *m_list;
    QPushButton *m_activate;
    QPushButton *m_delete;
    Choice m_choice = Choice::None;
};

} // namespace modeldeck
