// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Gazette {

// Settings > Shortcuts: every configurable action with its key, a key editor to change it and
// "Reset to Default". A key another action already has is refused with a message. OK saves the
// choices ("shortcuts/<action name>", ShortcutSettings) and applies them at once.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The action's text as the list shows it, without '&' and ellipsis.
    static QString plainText(const QAction *action);

    // Gives the action this key (empty: none); false, with message(), when another action has it.
    bool assign(QAction *action, const QKeySequence &key);
    void resetToDefault(QAction *action);
    void resetAll();
    // The key the action will have once the dialog is accepted.
    QKeySequence pendingKey(const QAction *action) const { return m_keys.value(action).value(0); }
    QString message() const;
    void selectAction(QAction *action);

    void accept() override;

private:
    QAction *currentAction() const;
    void showCurrent();
    void updateRow(int row);

    QList<QAction *> m_actions;
    QHash<const QAction *, QList<QKeySequence>> m_keys;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_edit;
    QPushButton *m_reset;
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace Gazette
