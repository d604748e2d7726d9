#pragma once
// The parameters of a strategy as a table: name, an editor within the parameter's range (a spin
// box, or a list for choices) and the range. Values set from a training or a saved
// configuration keep their full precision until the user edits them, so reopening a
// configuration backtests exactly its parameters.

#include <QJsonObject>
#include <QTableWidget>

namespace modeldeck {

class Strategy;

class StrategyParamTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit StrategyParamTable(QWidget *parent = nullptr);

    // One row per dimension of the strategy's space, at its defaults (no rows for nullptr).
    void setStrategy(const Strategy *strategy);
    // Over the current values; unknown keys are ignored.
    void setValues(const QJsonObject &values);
    QJsonObject values() const;
};

} // namespace modeldeck
