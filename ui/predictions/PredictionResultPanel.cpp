#include "predictions/PredictionResultPanel.h"

#include "predictions/PredictionText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace modeldeck {

PredictionResultPanel::PredictionResultPanel(QWidget *parent)
    : QGroupBox(tr("Result"), parent), m_value(new QLabel), m_interval80(new QLabel),
      m_interval95(new QLabel), m_base(new QLabel), m_target(new QLabel), m_model(new QLabel),
      m_saved(new QLabel)
{
    auto *form = new QFormLayout(this);
    const auto addRow = [&](const QString &text, QLabel *field, const QString &tip) {
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setTextFormat(Qt::PlainText);
        field->setToolTip(tip);
        field->setAccessibleName(QString(text).remove(u':'));
        form->addRow(text, field);
    };
    addRow(tr("Predicted close:"), m_value,
           tr("The model's prediction of the close of the target bar"));
    addRow(
        tr("80 % interval:"), m_interval80,
        tr("The close should fall in this range 4 times out of 5, if the market behaves as in the "
           "model's validation data"));
    addRow(tr("95 % interval:"), m_interval95, tr("As the 80 % interval, 19 times out of 20"));
    addRow(tr("From bar:"), m_base,
           tr("The newest stored bar the prediction was made from, and its close"));
    addRow(tr("For bar:"), m_target,
           tr("Start of the predicted bar; nights, weekends and holidays can push the real bar "
              "later"));
    addRow(tr("Model:"), m_model, tr("The active version of the model that made the prediction"));
    addRow(tr("Saved:"), m_saved,
           tr("Saved predictions are listed below and get their actual close later"));
    clear();
}

void PredictionResultPanel::clear()
{
    m_hasPrediction = false;
    m_value->setFont(font());
    m_value->setForegroundRole(QPalette::PlaceholderText);
    m_value->setText(tr("Press Predict (Ctrl+Enter)"));
    for (QLabel *l : { m_interval80, m_interval95, m_base, m_target, m_model, m_saved })
        l->setText(QStringLiteral("–"));
}

void PredictionResultPanel::setPrediction(const Prediction &p)
{
    m_hasPrediction = true;
    QFont big = font();
    if (big.pointSizeF() > 0) // fonts set in pixels have no point size
        big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setForegroundRole(QPalette::WindowText);
    m_value->setText(PredictionText::price(p.value));
    m_interval80->setText(PredictionText::interval(p.lower80, p.upper80));
    m_interval95->setText(PredictionText::interval(p.lower95, p.upper95));
    m_base->setText(tr("%1, close %2")
                        .arg(PredictionText::barTime(p.baseTimeMs, p.timeframe),
                             PredictionText::price(p.baseClose)));
    m_target->setText(tr("%1 (%n bar(s) ahead)", nullptr, p.horizon)
                          .arg(PredictionText::barTime(p.targetTimeMs, p.timeframe)));
    m_model->setText(
        tr("%1 v%2 · %3 · %4")
            .arg(p.modelName, QLocale().toString(p.modelVersion), p.symbol, p.timeframe));
    m_saved->setText(p.id > 0 ? tr("Yes (row %1)").arg(p.id) : tr("No"));
}

} // namespace modeldeck
