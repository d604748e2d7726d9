#pragma once
// Refilling a combo box whose items change under the user (filters, series pickers) without
// losing what they chose: the chosen item stays chosen while it is still offered, and refilling
// emits no change signals, so callers compare what is chosen before and after themselves.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QComboBox;

namespace modeldeck {

struct ComboItem
{
    QString text;
    QVariant data;
};

// Replaces the items of `combo` with `items` (signals blocked), then chooses the item whose data
// is `keep`, else the first item (none when there are no items).
void refillCombo(QComboBox *combo, const QList<ComboItem> &items, const QVariant &keep);
// The same, keeping the item chosen before (by its data).
void refillCombo(QComboBox *combo, const QList<ComboItem> &items);
// Items whose text is also their data; `allText` first, with empty data, when it is given.
QList<ComboItem> comboItems(const QStringList &values, const QString &allText = {});

} // namespace modeldeck
