#pragma once
// The line at the top of a page that says what an action did or why it failed. It wraps, can be
// selected and copied into a report, and hides while it has nothing to say. An error is bold in
// the Failed status colour, and its text says "Error:" too, so colour is never the only cue.

#include <QLabel>

namespace modeldeck {

class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text` (already translated); an empty text hides the banner.
    void showMessage(const QString &text, bool error = false);
};

} // namespace modeldeck
