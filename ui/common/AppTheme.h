#pragma once
// The application's theme: follow the system (the platform's style and palette, the default),
// or a light or dark Fusion look with a coherent palette. Qt 6.4 has no
// QStyleHints::colorScheme, so "dark" means a window colour with lightness below 128. Charts
// follow through ChartTheme::applyPalette, which every chart view calls on PaletteChange.

#include <QPalette>
#include <QString>

namespace modeldeck {

class AppTheme
{
public:
    enum class Mode { System, Light, Dark };

    // Applies `mode` to the application at once (styles and palettes of open windows change
    // too). The platform's style and palette are remembered on the first call, so System
    // restores them after Light or Dark.
    static void apply(Mode mode);
    // The mode applied last (System before any call).
    static Mode current();
    // Whether the application's palette is dark now.
    static bool isDark();
    static bool isDark(const QPalette &palette);

    static QPalette lightPalette();
    static QPalette darkPalette();

    // "system", "light", "dark": the settings file's words; anything else reads as System.
    static QString key(Mode mode);
    static Mode fromKey(const QString &key);
};

} // namespace modeldeck
