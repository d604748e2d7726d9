#pragma once
// A one-line label that shortens its text with "…" instead of widening its parent: status bar
// fields and paths must never push a window past a small screen. The full text is the tooltip.

#include <QFrame>

namespace modeldeck {

class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideRight, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The text as painted at the current width.
    QString displayedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode;
};

} // namespace modeldeck
