// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QTimer;
class QWidget;

namespace Gazette {

class FeedsPane;
class LibraryDock;
class LibrarySession;

// Smart folders in the library dock: the Save button beside the search box keeps the search
// under a name, the Smart Folders section lists them with their article counts, choosing one
// puts its search in the search box, and its context menu renames or deletes it.
class SmartFolderController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmartFolderController)

public:
    SmartFolderController(LibrarySession *session, LibraryDock *dock, FeedsPane *pane, QWidget *window);

    // Keeps the search as a smart folder called name; the folder's id, or nothing (and the
    // reason shown to the reader).
    std::optional<qint64> save(const QString &name, const QString &query);
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void askToSave(const QString &query);
    void rename();
    void remove();

    LibrarySession *m_session;
    LibraryDock *m_dock;
    FeedsPane *m_pane;
    QWidget *m_window;
    QAction *m_rename;
    QAction *m_delete;
    QTimer *m_recount;
    QString m_activeQuery; // the search a smart folder put in the search box
};

} // namespace Gazette
