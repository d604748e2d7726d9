#pragma once
// A tree model's feature importance (XGBoost's gain, from the record's "feature_importance")
// as horizontal bars of each input's share of the total gain, the most important on top. Only
// the first kMaxBars are drawn; the accessible description lists them with their shares.

#include <QChartView>
#include <QJsonArray>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace modeldeck {

class ImportanceChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 15;

    explicit ImportanceChart(QWidget *parent = nullptr);

    // [{"feature": name, "gain": g}, …] highest first, as the record stores it. Entries that are
    // not an object with a name and a finite, non-negative gain are skipped (hostile records).
    void setImportance(const QJsonArray &importance);
    int barCount() const;
    QStringList features() const; // top to bottom

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QHorizontalBarSeries *m_series;
    QBarSet *m_gain;
    QBarCategoryAxis *m_featureAxis;
    QValueAxis *m_gainAxis;
};

} // namespace modeldeck
