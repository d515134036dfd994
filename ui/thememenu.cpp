// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememenu.h"

#include "themecontroller.h"

#include <QActionGroup>

namespace Gazette {

ThemeMenu::ThemeMenu(ThemeController *themes, QWidget *parent)
    : QMenu(tr("&Theme"), parent)
    , m_themes(themes)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("themeMenu"));
    m_group->setExclusive(true);
    for (const auto &theme : m_themes->themes()) {
        QAction *action = addAction(theme.translatedName());
        action->setObjectName(QStringLiteral("theme:") + theme.name());
        action->setData(theme.name());
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = theme.name()] { m_themes->setTheme(name); });
    }
    connect(m_themes, &ThemeController::themeChanged, this, &ThemeMenu::markCurrent);
    markCurrent();
}

void ThemeMenu::markCurrent()
{
    const QString current = m_themes->theme().name();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace Gazette
