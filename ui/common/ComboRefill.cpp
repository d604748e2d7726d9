#include "common/ComboRefill.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <algorithm>

namespace modeldeck {

void refillCombo(QComboBox *combo, const QList<ComboItem> &items, const QVariant &keep)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const ComboItem &item : items)
        combo->addItem(item.text, item.data);
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

void refillCombo(QComboBox *combo, const QList<ComboItem> &items)
{
    refillCombo(combo, items, combo->currentData());
}

QList<ComboItem> comboItems(const QStringList &values, const QString &allText)
{
    QList<ComboItem> items;
    items.reserve(values.size() + 1);
    if (!allText.isEmpty())
        items.append({ allText, QString() });
    for (const QString &value : values)
        items.append({ value, value });
    return items;
}

} // namespace modeldeck
