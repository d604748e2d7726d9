#include "strategy/StrategyParamTable.h"

#include "backtest/Strategy.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>

namespace modeldeck {

namespace {

// The value editor of one parameter row: a spin box within the dimension's range.
QWidget *paramEditor(const SearchDimension &d, const QJsonValue &value, QWidget *parent)
{
    if (d.kind == SearchDimension::Kind::Int) {
        auto *box = new QSpinBox(parent);
        box->setRange(int(d.low), int(d.high));
        box->setValue(value.toInt());
        box->setAccessibleName(d.key);
        return box;
    }
    if (d.kind == SearchDimension::Kind::Real) {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(4);
        box->setRange(d.low, d.high);
        box->setSingleStep((d.high - d.low) / 100);
        box->setValue(value.toDouble());
        box->setAccessibleName(d.key);
        return box;
    }
    auto *box = new QComboBox(parent);
    for (const QJsonValue &choice : d.choices)
        box->addItem(choice.toVariant().toString(), choice.toVariant());
    box->setCurrentIndex(std::max(0, box->findData(value.toVariant())));
    box->setAccessibleName(d.key);
    return box;
}

QJsonValue editorValue(const QWidget *editor)
{
    if (const auto *box = qobject_cast<const QSpinBox *>(editor))
        return box->value();
    if (const auto *box = qobject_cast<const QDoubleSpinBox *>(editor)) {
        // A value set from a training or a saved configuration keeps its full precision until
        // the user changes what the box shows.
        const QVariant exact = box->property("exactValue");
        if (exact.isValid() && box->value() == box->property("shownValue").toDouble())
            return exact.toDouble();
        return box->value();
    }
    if (const auto *box = qobject_cast<const QComboBox *>(editor))
        return QJsonValue::fromVariant(box->currentData());
    return {};
}

void setEditorValue(QWidget *editor, const QJsonValue &value)
{
    if (auto *whole = qobject_cast<QSpinBox *>(editor))
        whole->setValue(value.toInt());
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(editor)) {
        real->setValue(value.toDouble());
        real->setProperty("exactValue", value.toDouble());
        real->setProperty("shownValue", real->value());
    } else if (auto *choice = qobject_cast<QComboBox *>(editor))
        choice->setCurrentIndex(std::max(0, choice->findData(value.toVariant())));
}

QString rangeText(const SearchDimension &d)
{
    if (d.kind == SearchDimension::Kind::Choice)
        return {};
    const QLocale locale;
    return QStringLiteral("%1 … %2").arg(locale.toString(d.low, 'g', 6),
                                         locale.toString(d.high, 'g', 6));
}

} // namespace

StrategyParamTable::StrategyParamTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(3);
    setHorizontalHeaderLabels({ tr("Parameter"), tr("Value"), tr("Range") });
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleName(tr("Strategy parameters"));
    setToolTip(tr("Parameters of a plain backtest; training searches their ranges"));
}

void StrategyParamTable::setStrategy(const Strategy *strategy)
{
    setRowCount(0);
    if (strategy) {
        const SearchSpace space = strategy->space(); // kept: dimensions() refers into it
        const QJsonObject defaults = strategy->defaults();
        for (const SearchDimension &d : space.dimensions()) {
            const int row = rowCount();
            insertRow(row);
            auto *name = new QTableWidgetItem(d.key);
            name->setFlags(Qt::ItemIsEnabled);
            name->setData(Qt::UserRole, d.key);
            setItem(row, 0, name);
            setCellWidget(row, 1, paramEditor(d, defaults.value(d.key), this));
            auto *range = new QTableWidgetItem(rangeText(d));
            range->setFlags(Qt::ItemIsEnabled);
            setItem(row, 2, range);
        }
    }
    resizeRowsToContents();
    // As tall as its rows: the form's other fields stay in view without scrolling.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height);
}

void StrategyParamTable::setValues(const QJsonObject &values)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = item(row, 0)->data(Qt::UserRole).toString();
        if (values.contains(key))
            setEditorValue(cellWidget(row, 1), values.value(key));
    }
}

QJsonObject StrategyParamTable::values() const
{
    QJsonObject values;
    for (int row = 0; row < rowCount(); ++row)
        values.insert(item(row, 0)->data(Qt::UserRole).toString(), editorValue(cellWidget(row, 1)));
    return values;
}

} // namespace modeldeck
