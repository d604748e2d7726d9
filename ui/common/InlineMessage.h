#pragma once
// A one-line message inside a page (an error from the service, a hint, a warning), with an icon
// so its kind does not rest on colour; the text is selectable so it can be copied into a report.
// A warning's text is also in the warning colour, kept readable when the palette changes.

#include <QFrame>

class QLabel;

namespace modeldeck {

class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows `text` as given (already translated by whoever wrote it).
    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTextColor();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace modeldeck
