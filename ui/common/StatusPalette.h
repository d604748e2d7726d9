#pragma once
// The house status colours (docs/architecture.md), defined once so that cards, tables, report
// dots, banners and the step breadcrumb never drift apart. A colour always stands beside a word
// that names the status; callers map their own statuses (cards, jobs, report rows) onto these.

#include <QColor>

namespace modeldeck {

class StatusPalette
{
public:
    // A trained model in use: Active cards and saved models, completed jobs.
    static QColor active() { return QColor(0x26, 0xa6, 0x9a); }
    // Still usable but needs attention: Stale cards, cancelled or interrupted jobs.
    static QColor stale() { return QColor(0xff, 0xa7, 0x26); }
    // Failed runs and every warning (a model worse than naive, a missing file, error text).
    static QColor failed() { return QColor(0xef, 0x53, 0x50); }
    // Out of use or not finished: Archived cards, pending and running jobs.
    static QColor archived() { return QColor(0x66, 0x66, 0x66); }
};

} // namespace modeldeck
