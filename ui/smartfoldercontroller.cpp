// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartfoldercontroller.h"

#include "actionfactory.h"
#include "feedspane.h"
#include "library/librarysession.h"
#include "librarydock.h"
#include "store/smartfolderstore.h"

#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>

namespace Gazette {

SmartFolderController::SmartFolderController(LibrarySession *session, LibraryDock *dock, FeedsPane *pane, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_dock(dock)
    , m_pane(pane)
    , m_window(window)
    , m_recount(new QTimer(this))
{
    m_pane->setSmartFolders(session->smartFolders());
    m_rename = makeAction(this, QIcon::fromTheme(QStringLiteral("edit-rename")), tr("Rename Smart Folder…"), QStringLiteral("renameSmartFolderAction"));
    connect(m_rename, &QAction::triggered, this, &SmartFolderController::rename);
    m_delete = makeAction(this, QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Smart Folder"), QStringLiteral("deleteSmartFolderAction"));
    connect(m_delete, &QAction::triggered, this, &SmartFolderController::remove);
    m_pane->smartFolderMenu()->addAction(m_rename);
    m_pane->smartFolderMenu()->addAction(m_delete);

    connect(m_dock, &LibraryDock::saveSearchRequested, this, &SmartFolderController::askToSave);
    connect(m_pane, &FeedsPane::smartFolderChosen, this, [this](qint64, const QString &query) {
        m_activeQuery = query;
        m_dock->setSearchText(query);
    });
    // Leaving a smart folder for another entry leaves its search too, unless the reader changed it.
    connect(m_pane, &FeedsPane::selectionChanged, this, [this] {
        if (m_pane->currentSmartFolder() == 0 && !m_activeQuery.isEmpty()) {
            if (m_dock->searchText() == m_activeQuery)
                m_dock->setSearchText({});
            m_activeQuery.clear();
        }
    });
    // The counts follow the library, once after a burst of changes.
    m_recount->setSingleShot(true);
    m_recount->setInterval(400);
    connect(m_recount, &QTimer::timeout, m_pane, &FeedsPane::reload);
    connect(session->store(), &AnnotationStore::changed, this, [this](const StoreChange &change) {
        if (!change.isEmpty() && !m_session->smartFolders()->folders().isEmpty())
            m_recount->start();
    });
}

std::optional<qint64> SmartFolderController::save(const QString &name, const QString &query)
{
    const auto id = m_session->smartFolders()->add(name, query);
    if (!id) {
        QMessageBox::warning(m_window, tr("Smart Folder"), m_session->smartFolders()->errorString());
        return std::nullopt;
    }
    Q_EMIT message(tr("Saved the search as the smart folder “%1”.").arg(name.simplified()));
    m_pane->chooseSmartFolder(*id); // the list shows what it holds: the search, as before
    return id;
}

void SmartFolderController::askToSave(const QString &query)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Search as Smart Folder"), tr("Name of the smart folder:"),
                                               QLineEdit::Normal, query, &ok);
    if (ok)
        save(name, query);
}

void SmartFolderController::rename()
{
    const qint64 id = m_pane->currentSmartFolder();
    const auto folder = m_session->smartFolders()->folder(id);
    if (!folder)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Smart Folder"), tr("New name of the smart folder:"),
                                               QLineEdit::Normal, folder->name, &ok);
    if (ok && !m_session->smartFolders()->rename(id, name))
        QMessageBox::warning(m_window, tr("Smart Folder"), m_session->smartFolders()->errorString());
}

void SmartFolderController::remove()
{
    const qint64 id = m_pane->currentSmartFolder();
    const auto folder = m_session->smartFolders()->folder(id);
    if (!folder)
        return;
    const auto answer = QMessageBox::question(m_window, tr("Delete Smart Folder"),
                                              tr("Delete the smart folder “%1”? Its articles stay in the library.").arg(folder->name));
    if (answer == QMessageBox::Yes && !m_session->smartFolders()->remove(id))
        QMessageBox::warning(m_window, tr("Smart Folder"), m_session->smartFolders()->errorString());
}

} // namespace Gazette
