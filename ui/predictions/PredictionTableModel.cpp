#include "predictions/PredictionTableModel.h"

#include "data/CsvWriter.h"
#include "predictions/PredictionText.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

std::optional<double> finite(std::optional<double> v)
{
    return v && std::isfinite(*v) ? v : std::nullopt;
}

std::optional<double> errorOf(const Prediction &p)
{
    const auto actual = finite(p.actual);
    if (!actual || !std::isfinite(p.value))
        return std::nullopt;
    return *actual - p.value;
}

std::optional<double> numberAt(const Prediction &p, int column)
{
    switch (column) {
    case PredictionTableModel::Predicted:
        return finite(p.value);
    case PredictionTableModel::Lower80:
        return finite(p.lower80);
    case PredictionTableModel::Upper80:
        return finite(p.upper80);
    case PredictionTableModel::Lower95:
        return finite(p.lower95);
    case PredictionTableModel::Upper95:
        return finite(p.upper95);
    case PredictionTableModel::Actual:
        return finite(p.actual);
    case PredictionTableModel::ErrorColumn:
        return errorOf(p);
    default:
        return std::nullopt;
    }
}

QString madeAtText(const Prediction &p)
{
    return p.predictedAt.isValid()
        ? PredictionText::barTime(p.predictedAt.toMSecsSinceEpoch(), QString())
        : QStringLiteral("–");
}

} // namespace

PredictionTableModel::PredictionTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void PredictionTableModel::setPredictions(std::vector<Prediction> predictions)
{
    beginResetModel();
    m_rows = std::move(predictions);
    endResetModel();
}

const Prediction *PredictionTableModel::at(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int PredictionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PredictionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictionTableModel::data(const QModelIndex &index, int role) const
{
    const Prediction *p = at(index.row());
    if (!p)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == Version || column == Horizon || column >= Predicted;
        return int(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (column) {
        case MadeAt:
            return p->predictedAt.isValid() ? p->predictedAt.toMSecsSinceEpoch() : qint64(0);
        case TargetTime:
            return p->targetTimeMs;
        case Model:
            return p->modelName;
        case Version:
            return p->modelVersion;
        case Symbol:
            return p->symbol;
        case Horizon:
            return p->horizon;
        default: {
            // Unknown values sort before every number.
            const auto v = numberAt(*p, column);
            return v ? *v : -std::numeric_limits<double>::infinity();
        }
        }
    }
    if (role == Qt::ToolTipRole && column == Actual && !p->actual)
        return tr("Not known yet: the bar at the target time has not been imported or downloaded.");
    if (role == Qt::ToolTipRole && column == Model && p->modelId == 0)
        return tr("This model has been deleted from the registry.");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case MadeAt:
        return madeAtText(*p);
    case TargetTime:
        return PredictionText::barTime(p->targetTimeMs, p->timeframe);
    case Model:
        return p->modelName.isEmpty() ? tr("(unnamed)") : p->modelName;
    case Version:
        return QLocale().toString(p->modelVersion);
    case Symbol:
        return p->timeframe.isEmpty() ? p->symbol : tr("%1 · %2").arg(p->symbol, p->timeframe);
    case Horizon:
        return tr("%n bar(s)", nullptr, p->horizon);
    case ErrorColumn: {
        const auto e = errorOf(*p);
        // A leading sign so "above" and "below" read without colour.
        return e ? (*e > 0 ? QStringLiteral("+") : QString()) + PredictionText::price(e)
                 : QStringLiteral("–");
    }
    default:
        return PredictionText::price(numberAt(*p, column));
    }
}

QVariant PredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MadeAt:
            return tr("When the prediction was made (UTC)");
        case TargetTime:
            return tr("Start of the predicted bar (UTC); nights and weekends can push the real bar "
                      "later");
        case ErrorColumn:
            return tr("Actual close minus predicted close");
        case Lower80:
        case Upper80:
            return tr("Bounds of the 80 % prediction interval");
        case Lower95:
        case Upper95:
            return tr("Bounds of the 95 % prediction interval");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeAt:
        return tr("Made");
    case TargetTime:
        return tr("Target time");
    case Model:
        return tr("Model");
    case Version:
        return tr("Version");
    case Symbol:
        return tr("Symbol");
    case Horizon:
        return tr("Horizon");
    case Predicted:
        return tr("Predicted");
    case Lower80:
        return tr("80 % low");
    case Upper80:
        return tr("80 % high");
    case Lower95:
        return tr("95 % low");
    case Upper95:
        return tr("95 % high");
    case Actual:
        return tr("Actual");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QString PredictionTableModel::toTsv(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        const Prediction *p = at(row);
        if (!p)
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c >= Predicted) {
                const auto v = numberAt(*p, c);
                // C locale and full precision: the clipboard feeds other programs.
                cells << (v ? QString::number(*v, 'g', 12) : QString());
            } else if (c == Version) {
                cells << QString::number(p->modelVersion);
            } else if (c == Horizon) {
                cells << QString::number(p->horizon);
            } else {
                // Tabs and newlines inside hostile names would break the columns, and a name
                // such as =HYPERLINK(…) would run as a formula where the text is pasted.
                cells << CsvWriter::spreadsheetSafe(data(index(row, c)).toString().simplified());
            }
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace modeldeck
