// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>

namespace Gazette {

// An icon of the desktop's theme, or Qt's own where the theme has none.
inline QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

// A window action with its object name (settings and tests find it by that name) and key.
inline QAction *makeAction(QObject *parent, const QIcon &icon, const QString &text, const QString &name, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

} // namespace Gazette
