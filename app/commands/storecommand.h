// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/changeset.h"

#include <QUndoCommand>

namespace Gazette {

class AnnotationStore;

// The one undo command of Gazette: a user action as a change set, applied to the store in one
// transaction on redo and reverted on undo. What the action changes is decided by the Edits
// factory when the command is made, so redo after undo writes identical rows. A command whose
// first redo fails marks itself obsolete and QUndoStack drops it: nothing half-done stays.
class StoreCommand final : public QUndoCommand
{
public:
    // Commands with the same merge id and target combine into one undo step (e.g. moving a
    // span's boundary word by word).
    enum MergeId { NoMerge = -1, ResizeMerge = 1, FactEditMerge = 2 };

    StoreCommand(AnnotationStore *store, const QString &text, ChangeSet changes,
                 MergeId mergeId = NoMerge, qint64 target = 0);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return m_changes; }
    bool failed() const { return m_failed; }

private:
    AnnotationStore *m_store;
    ChangeSet m_changes;
    MergeId m_mergeId;
    qint64 m_target;
    bool m_failed = false;
};

} // namespace Gazette
