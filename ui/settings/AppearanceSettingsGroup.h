#pragma once
// Settings ▸ Appearance: the theme (Follow system, Light, Dark). SettingsDialog saves it on OK
// through AppSettings and the main window applies it at once (AppTheme::apply).

#include "common/AppTheme.h"

#include <QGroupBox>

class QComboBox;

namespace modeldeck {

class AppearanceSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit AppearanceSettingsGroup(QWidget *parent = nullptr);

    AppTheme::Mode theme() const;
    void setTheme(AppTheme::Mode mode);
    QComboBox *themeCombo() const { return m_theme; }

private:
    QComboBox *m_theme;
};

} // namespace modeldeck
