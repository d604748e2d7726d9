#pragma once
// The one way ModelDeck asks before it destroys something: a warning box whose safe answer is
// the default, so Enter or a stray click never deletes anything.

#include <QString>

class QWidget;

namespace modeldeck {

// Modal; true when the user chose `accept` (e.g. "&Delete"). `keep` relabels the safe button
// (default: Cancel).
bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &accept, const QString &keep = {});

} // namespace modeldeck
