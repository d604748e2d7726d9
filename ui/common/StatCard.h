#pragma once
// A framed figure with a caption ("12" over "Saved models") for the top of a page. The value
// and caption are plain labels, so screen readers read both.

#include <QFrame>

class QLabel;

namespace modeldeck {

class StatCard : public QFrame
{
    Q_OBJECT
public:
    StatCard(const QString &caption, const QString &toolTip, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace modeldeck
