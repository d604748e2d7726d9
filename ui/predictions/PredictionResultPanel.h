#pragma once
// The outcome of one Predict: the predicted close, its 80 % and 95 % intervals, the bar it
// was made from and the bar it is for, and whether it was saved.

#include "domain/Prediction.h"

#include <QGroupBox>

class QLabel;

namespace modeldeck {

class PredictionResultPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PredictionResultPanel(QWidget *parent = nullptr);

    void setPrediction(const Prediction &prediction);
    // Back to the empty state ("Press Predict…").
    void clear();
    bool hasPrediction() const { return m_hasPrediction; }

    QLabel *valueLabel() const { return m_value; }
    QLabel *interval80Label() const { return m_interval80; }
    QLabel *interval95Label() const { return m_interval95; }
    QLabel *baseLabel() const { return m_base; }
    QLabel *targetLabel() const { return m_target; }
    QLabel *modelLabel() const { return m_model; }
    QLabel *savedLabel() const { return m_saved; }

private:
    QLabel *m_value;
    QLabel *m_interval80;
    QLabel *m_interval95;
    QLabel *m_base;
    QLabel *m_target;
    QLabel *m_model;
    QLabel *m_saved;
    bool m_hasPrediction = false;
};

} // namespace modeldeck
