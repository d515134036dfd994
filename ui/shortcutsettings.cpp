// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsettings.h"

#include <QAction>
#include <QSettings>
#include <QVariant>

namespace Gazette::ShortcutSettings {

namespace {
const char DefaultsProperty[] = "gazetteDefaultShortcuts";

QString key(const QAction *action)
{
    return QStringLiteral("shortcuts/") + action->objectName();
}
} // namespace

void rememberDefaults(QAction *action)
{
    if (!action->property(DefaultsProperty).isValid())
        action->setProperty(DefaultsProperty, QVariant::fromValue(action->shortcuts()));
}

QList<QKeySequence> defaults(const QAction *action)
{
    const QVariant value = action->property(DefaultsProperty);
    return value.isValid() ? value.value<QList<QKeySequence>>() : action->shortcuts();
}

void apply(const QList<QAction *> &actions)
{
    QSettings settings;
    for (QAction *action : actions) {
        if (action->objectName().isEmpty())
            continue;
        rememberDefaults(action);
        if (settings.contains(key(action)))
            action->setShortcut(QKeySequence(settings.value(key(action)).toString(), QKeySequence::PortableText));
        else
            action->setShortcuts(defaults(action));
    }
}

void save(QAction *action, const QKeySequence &sequence)
{
    rememberDefaults(action);
    const QList<QKeySequence> keys = defaults(action);
    QSettings settings;
    if (keys.value(0) == sequence) {
        settings.remove(key(action));
        action->setShortcuts(keys);
    } else {
        settings.setValue(key(action), sequence.toString(QKeySequence::PortableText));
        action->setShortcut(sequence);
    }
}

} // namespace Gazette::ShortcutSettings
