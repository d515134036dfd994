// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Gazette {

class ThemeController;

// View > Theme: every KSyntaxHighlighting theme, the current one checked; it follows a theme
// changed elsewhere (settings, command line).
class ThemeMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    ThemeMenu(ThemeController *themes, QWidget *parent = nullptr);

private:
    void markCurrent();

    ThemeController *m_themes;
    QActionGroup *m_group;
};

} // namespace Gazette
