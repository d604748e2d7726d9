#include "common/ConfirmBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace modeldeck {

bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &accept, const QString &keep)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(accept);
    if (!keep.isEmpty())
        box.button(QMessageBox::Cancel)->setText(keep);
    return box.exec() == QMessageBox::Yes;
}

} // namespace modeldeck
