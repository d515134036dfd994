// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

class QAction;

namespace Gazette {

// The reader's own shortcuts, kept in the settings as "shortcuts/<action object name>" (an empty
// value: no key). Every configurable action remembers the keys it was made with as its
// defaults, so "Reset to default" and a removed setting bring them back.
namespace ShortcutSettings {

// Records the action's present keys as its defaults, once.
void rememberDefaults(QAction *action);
// The keys the action was made with (the first is the one menus show).
QList<QKeySequence> defaults(const QAction *action);
// Gives each action the reader's saved key, or its defaults when none is saved.
void apply(const QList<QAction *> &actions);
// Saves the reader's key for the action (its defaults: the setting is removed) and applies it.
void save(QAction *action, const QKeySequence &key);

} // namespace ShortcutSettings

} // namespace Gazette
