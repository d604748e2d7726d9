#include "settings/AppearanceSettingsGroup.h"

#include <QComboBox>
#include <QFormLayout>

namespace modeldeck {

AppearanceSettingsGroup::AppearanceSettingsGroup(QWidget *parent)
    : QGroupBox(tr("Appearance"), parent), m_theme(new QComboBox(this))
{
    m_theme->addItem(tr("Follow system"), int(AppTheme::Mode::System));
    m_theme->addItem(tr("Light"), int(AppTheme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(AppTheme::Mode::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setToolTip(tr("Follow system uses the desktop's style and its light or dark "
                           "colours; Light and Dark use ModelDeck's own. Applies at once."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("T&heme:"), m_theme);
}

AppTheme::Mode AppearanceSettingsGroup::theme() const
{
    return AppTheme::Mode(m_theme->currentData().toInt());
}

void AppearanceSettingsGroup::setTheme(AppTheme::Mode mode)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(mode))));
}

} // namespace modeldeck
