// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "shortcutsettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gazette {

namespace {
enum Column { ActionColumn, KeyColumn };
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_reset(new QPushButton(tr("Reset to &Default"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (QAction *action : actions) {
        if (!action || action->objectName().isEmpty() || m_actions.contains(action))
            continue;
        ShortcutSettings::rememberDefaults(action);
        m_actions.append(action);
        m_keys.insert(action, action->shortcuts());
    }

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (int row = 0; row < m_actions.size(); ++row) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(ActionColumn, m_actions.at(row)->icon());
        updateRow(row);
    }

    m_edit->setObjectName(QStringLiteral("shortcutEdit"));
    m_edit->setMaximumSequenceLength(1);
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Press the new key; the clear button leaves the action without a key"));
    m_reset->setObjectName(QStringLiteral("resetShortcut"));
    auto *resetAll = new QPushButton(tr("Reset &All"), this);
    resetAll->setObjectName(QStringLiteral("resetAllShortcuts"));
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(resetAll, QDialogButtonBox::ResetRole);
    auto *editRow = new QHBoxLayout;
    auto *editLabel = new QLabel(tr("&Key:"), this);
    editLabel->setBuddy(m_edit);
    editRow->addWidget(editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_message->clear();
        showCurrent();
    });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (!m_updating && currentAction())
            assign(currentAction(), m_edit->keySequence());
    });
    connect(m_edit, &QKeySequenceEdit::keySequenceChanged, this, [this](const QKeySequence &key) {
        if (!m_updating && key.isEmpty() && currentAction())
            assign(currentAction(), key);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (QAction *action = currentAction())
            resetToDefault(action);
    });
    connect(resetAll, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);

    if (!m_actions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(560, 520);
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(0x2026)).remove(QStringLiteral("..."));
    return text.trimmed();
}

bool ShortcutsDialog::assign(QAction *action, const QKeySequence &key)
{
    const QList<QKeySequence> defaults = ShortcutSettings::defaults(action);
    const QList<QKeySequence> keys = key.isEmpty() ? QList<QKeySequence>{} : (key == defaults.value(0) ? defaults : QList<QKeySequence>{key});
    for (const QKeySequence &wanted : keys) {
        for (QAction *other : std::as_const(m_actions)) {
            if (other != action && m_keys.value(other).contains(wanted)) {
                m_message->setText(tr("%1 is already the shortcut of “%2”. Give that action another key first.")
                                       .arg(wanted.toString(QKeySequence::NativeText), plainText(other)));
                showCurrent();
                return false;
            }
        }
    }
    m_keys.insert(action, keys);
    m_message->clear();
    updateRow(int(m_actions.indexOf(action)));
    if (action == currentAction())
        showCurrent();
    return true;
}

void ShortcutsDialog::resetToDefault(QAction *action)
{
    assign(action, ShortcutSettings::defaults(action).value(0));
}

void ShortcutsDialog::resetAll()
{
    // Clear first, so that defaults swapped between actions do not refuse each other.
    for (QAction *action : std::as_const(m_actions))
        m_keys.insert(action, {});
    QStringList refused;
    for (QAction *action : std::as_const(m_actions)) {
        if (!assign(action, ShortcutSettings::defaults(action).value(0)))
            refused << plainText(action);
    }
    for (int row = 0; row < m_actions.size(); ++row)
        updateRow(row);
    if (!refused.isEmpty())
        m_message->setText(tr("These actions were left without a key: %1").arg(refused.join(QStringLiteral(", "))));
}

QString ShortcutsDialog::message() const
{
    return m_message->text();
}

void ShortcutsDialog::selectAction(QAction *action)
{
    if (const qsizetype row = m_actions.indexOf(action); row >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(int(row)));
}

void ShortcutsDialog::accept()
{
    for (QAction *action : std::as_const(m_actions)) {
        if (m_keys.value(action) != action->shortcuts())
            ShortcutSettings::save(action, m_keys.value(action).value(0));
    }
    QDialog::accept();
}

QAction *ShortcutsDialog::currentAction() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 ? m_actions.value(row) : nullptr;
}

void ShortcutsDialog::showCurrent()
{
    QAction *action = currentAction();
    m_updating = true;
    m_edit->setKeySequence(action ? m_keys.value(action).value(0) : QKeySequence());
    m_updating = false;
    m_edit->setEnabled(action);
    m_reset->setEnabled(action && m_keys.value(action).value(0) != ShortcutSettings::defaults(action).value(0));
}

void ShortcutsDialog::updateRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return;
    const QAction *action = m_actions.at(row);
    QStringList keys;
    for (const QKeySequence &key : m_keys.value(action)) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    item->setText(ActionColumn, plainText(action));
    item->setText(KeyColumn, keys.join(QStringLiteral(", ")));
    item->setToolTip(ActionColumn, action->statusTip());
}

} // namespace Gazette
