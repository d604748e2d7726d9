#include "predictions/PredictionPicker.h"

#include "common/ComboRefill.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <set>

namespace modeldeck {

PredictionPicker::PredictionPicker(QWidget *parent)
    : QWidget(parent), m_symbol(new QComboBox), m_timeframe(new QComboBox), m_model(new QComboBox),
      m_horizon(new QComboBox)
{
    // Two rows of two fields: one row of four is wider than a small screen at 200 %.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int fieldIndex = 0;
    const auto addField = [&](const QString &text, QComboBox *field, const QString &tip) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        field->setToolTip(tip);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const int row = fieldIndex / 2;
        const int column = (fieldIndex % 2) * 2;
        ++fieldIndex;
        layout->addWidget(label, row, column);
        layout->addWidget(field, row, column + 1);
    };
    addField(tr("Sym&bol:"), m_symbol, tr("The symbol whose models are offered"));
    addField(tr("Timefr&ame:"), m_timeframe, tr("The bar timeframe of the series"));
    addField(tr("Mod&el:"), m_model,
             tr("Registered models of this series; the active one is chosen first. Only the active "
                "version of a model predicts."));
    addField(tr("Hori&zon:"), m_horizon,
             tr("How many bars ahead to predict: the horizons the model was trained for"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(20); // long names show whole in the list, not the window
    m_model->setPlaceholderText(tr("No model for this series"));
    m_horizon->setPlaceholderText(tr("–"));

    connect(m_symbol, &QComboBox::currentIndexChanged, this, [this] {
        fillTimeframes();
        fillModels(true);
        Q_EMIT selectionChanged();
    });
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, [this] {
        fillModels(true);
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        fillHorizons();
        Q_EMIT selectionChanged();
    });
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &PredictionPicker::horizonChanged);
}

QString PredictionPicker::symbol() const
{
    return m_symbol->currentData().toString();
}

QString PredictionPicker::timeframe() const
{
    return m_timeframe->currentData().toString();
}

QString PredictionPicker::modelName() const
{
    return m_model->currentData().toString();
}

int PredictionPicker::horizon() const
{
    return m_horizon->currentData().toInt();
}

QStringList PredictionPicker::offeredSymbols() const
{
    QStringList symbols;
    for (int i = 0; i < m_symbol->count(); ++i)
        symbols << m_symbol->itemData(i).toString();
    return symbols;
}

void PredictionPicker::setChoices(const std::vector<SymbolSummary> &symbols,
                                  std::vector<RegisteredModel> models)
{
    const QString beforeSymbol = symbol();
    const QString beforeTimeframe = timeframe();
    const QString beforeModel = modelName();
    const int beforeHorizon = horizon();
    m_symbols = symbols;
    m_models = std::move(models);
    // The workspace's series and the series of registered models: a model whose bars are not
    // (or no longer) stored still shows, and predicting with it says what is missing.
    std::set<QString> names;
    for (const SymbolSummary &s : m_symbols)
        names.insert(s.symbol.name);
    for (const RegisteredModel &m : m_models)
        names.insert(m.symbol);
    names.erase(QString());
    const QList<ComboItem> items = comboItems(QStringList(names.begin(), names.end()));
    // With no choice yet, start at the series of the first active model.
    QString prefer = beforeSymbol;
    if (prefer.isEmpty()) {
        const auto active = std::find_if(m_models.begin(), m_models.end(),
                                         [](const auto &m) { return m.active; });
        if (active != m_models.end())
            prefer = active->symbol;
    }
    refillCombo(m_symbol, items, prefer);
    fillTimeframes();
    const bool sameSeries = symbol() == beforeSymbol && timeframe() == beforeTimeframe;
    fillModels(!sameSeries);
    if (!sameSeries || modelName() != beforeModel)
        Q_EMIT selectionChanged();
    else if (horizon() != beforeHorizon)
        Q_EMIT horizonChanged();
}

void PredictionPicker::fillTimeframes()
{
    const QString name = symbol();
    QStringList timeframes;
    for (const SymbolSummary &s : m_symbols) {
        if (s.symbol.name == name) {
            for (const SeriesSummary &series : s.series)
                timeframes << series.timeframe;
        }
    }
    for (const RegisteredModel &m : m_models) {
        if (m.symbol == name && !m.timeframe.isEmpty() && !timeframes.contains(m.timeframe))
            timeframes << m.timeframe;
    }
    QString prefer = timeframe();
    const auto active = std::find_if(m_models.begin(), m_models.end(),
                                     [&](const auto &m) { return m.active && m.symbol == name; });
    if (!timeframes.contains(prefer) && active != m_models.end())
        prefer = active->timeframe;
    refillCombo(m_timeframe, comboItems(timeframes), prefer);
}

void PredictionPicker::fillModels(bool preferActive)
{
    const QString name = symbol();
    const QString tf = timeframe();
    // One entry per name, described by the version that predicts (the active one) or else the
    // newest; the registry lists names with their newest version first.
    QList<ComboItem> items;
    QString active;
    QStringList seen;
    for (const RegisteredModel &m : m_models) {
        if (m.symbol != name || m.timeframe != tf || seen.contains(m.name))
            continue;
        seen << m.name;
        const RegisteredModel *shown = &m;
        for (const RegisteredModel &other : m_models) {
            if (other.name == m.name && other.active)
                shown = &other;
        }
        if (shown->active && active.isEmpty())
            active = m.name;
        items.append({ shown->active ? tr("%1 · v%2 · active").arg(m.name).arg(shown->version)
                                     : tr("%1 · v%2 · not active").arg(m.name).arg(shown->version),
                       m.name });
    }
    const QString before = modelName();
    refillCombo(m_model, items, !preferActive && seen.contains(before) ? before : active);
    fillHorizons();
}

const RegisteredModel *PredictionPicker::chosenModel() const
{
    const QString name = modelName();
    const RegisteredModel *chosen = nullptr;
    for (const RegisteredModel &m : m_models) {
        if (m.name != name)
            continue;
        if (m.active)
            return &m;
        if (!chosen || m.version > chosen->version)
            chosen = &m;
    }
    return chosen;
}

void PredictionPicker::fillHorizons()
{
    QList<ComboItem> items;
    if (const RegisteredModel *m = chosenModel()) {
        for (int h : m->horizons)
            items.append({ tr("%n bar(s) ahead", nullptr, h), h });
    }
    refillCombo(m_horizon, items);
}

} // namespace modeldeck
