// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommand.h"

#include "store/annotationstore.h"

namespace Gazette {

StoreCommand::StoreCommand(AnnotationStore *store, const QString &text, ChangeSet changes, MergeId mergeId, qint64 target)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
    , m_mergeId(mergeId)
    , m_target(target)
{
}

void StoreCommand::redo()
{
    m_failed = !m_store->apply(m_changes, true);
    if (m_failed)
        setObsolete(true);
}

void StoreCommand::undo()
{
    m_failed = !m_store->apply(m_changes, false);
    if (m_failed)
        setObsolete(true);
}

bool StoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const StoreCommand *>(other);
    if (command->m_mergeId != m_mergeId || command->m_target != m_target || m_mergeId == NoMerge)
        return false;
    // Applied one after the other; undone in reverse order, back to this command's start.
    for (const auto &item : command->m_changes.items)
        m_changes.items.push_back(item);
    setText(command->text());
    return true;
}

} // namespace Gazette
