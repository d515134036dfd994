// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;

namespace Gazette {

class LibrarySession;
struct StoreChange;

// Undo and redo that show what they change. The undo stack belongs to the library, so an undo
// may reach into an article the reader is not looking at; the navigator asks the window to
// open that article and select the span, and says in the status bar what was undone or redone.
// It owns the Undo and Redo actions: Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y (plus whatever the
// platform calls Redo), each key bound once, so none is ambiguous.
class UndoNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoNavigator)

public:
    explicit UndoNavigator(LibrarySession *session, QObject *parent = nullptr);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    void undo() { step(true); }
    void redo() { step(false); }

    // The keys of Redo: the platform's, Ctrl+Shift+Z and Ctrl+Y, each once.
    static QList<QKeySequence> redoShortcuts();

Q_SIGNALS:
    // Show this article and select this annotation (0: none, e.g. it was removed).
    void showRequested(qint64 articleId, qint64 annotationId);
    void message(const QString &text);

private:
    void step(bool undo);
    void updateTexts();

    LibrarySession *m_session;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace Gazette
