#include "common/AppTheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace modeldeck {

namespace {

struct Platform
{
    bool saved = false;
    QString style;
    AppTheme::Mode mode = AppTheme::Mode::System;
};

Platform &platform()
{
    static Platform p;
    return p;
}

// Colours shared by both palettes' roles that Fusion reads (frames, tooltips, links).
void setCommon(QPalette &p, const QColor &window, const QColor &text, const QColor &base,
               const QColor &alternate, const QColor &button, const QColor &disabled)
{
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(200));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role :
         { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText })
        p.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QPalette AppTheme::lightPalette()
{
    QPalette p;
    setCommon(p, QColor(0xef, 0xef, 0xef), QColor(0x1e, 0x1e, 0x1e), Qt::white,
              QColor(0xf5, 0xf5, 0xf5), QColor(0xe6, 0xe6, 0xe6), QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    return p;
}

QPalette AppTheme::darkPalette()
{
    QPalette p;
    setCommon(p, QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
              QColor(0x33, 0x33, 0x33), QColor(0x3a, 0x3a, 0x3a), QColor(0x7a, 0x7a, 0x7a));
    // Fusion draws frames and separators from Light/Mid/Dark: on a dark button colour the
    // defaults derived above would be near black, so give them visible steps.
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    return p;
}

void AppTheme::apply(Mode mode)
{
    Platform &p = platform();
    if (!p.saved) {
        p.style = QApplication::style()->name();
        p.saved = true;
    }
    if (mode == p.mode && mode == Mode::System)
        return; // nothing was changed yet; keep the platform's look untouched
    if (mode == Mode::System) {
        QApplication::setStyle(p.style);
        // An empty palette resolves to the platform's (and the style's) own.
        QApplication::setPalette(QPalette());
    } else {
        if (QApplication::style()->name().compare(QLatin1StringView("fusion"), Qt::CaseInsensitive)
            != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    p.mode = mode;
}

AppTheme::Mode AppTheme::current()
{
    return platform().mode;
}

bool AppTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool AppTheme::isDark()
{
    return isDark(QApplication::palette());
}

QString AppTheme::key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

AppTheme::Mode AppTheme::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1StringView("light"))
        return Mode::Light;
    if (k == QLatin1StringView("dark"))
        return Mode::Dark;
    return Mode::System;
}

} // namespace modeldeck
