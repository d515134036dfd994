// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gazette {

class FeedStore;
class SmartFolderStore;

// The Feeds section of the library dock: "All Articles", "Unread", then folders with their
// feeds, each with its unread count (bold while there are unread articles) and, after a failed
// refresh, a warning icon whose tooltip says what went wrong; then "Smart Folders", the saved
// searches with how many articles each finds. Choosing a feed shows its articles in the library
// list; choosing a smart folder runs its search (smartFolderChosen()).
class FeedsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPane)

public:
    enum class Kind { AllArticles, Unread, Folder, Feed, SmartFolders, SmartFolder };
    enum Role { KindRole = Qt::UserRole, IdRole, QueryRole };

    explicit FeedsPane(FeedStore *feeds, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The menu of a right-clicked feed; the controller fills it.
    QMenu *contextMenu() const { return m_contextMenu; }
    // The menu of a right-clicked smart folder.
    QMenu *smartFolderMenu() const { return m_smartFolderMenu; }
    void setSmartFolders(SmartFolderStore *folders);
    // The smart folder chosen (0: another entry).
    qint64 currentSmartFolder() const;
    // Chooses the smart folder (and so runs its search).
    void chooseSmartFolder(qint64 id);
    // The feed chosen (0: an entry that is no feed).
    qint64 currentFeed() const;
    // The articles the chosen entry stands for; nothing for All Articles.
    std::optional<QSet<qint64>> currentArticles() const;
    // Reads the feeds again, keeping the chosen entry and the open folders.
    void reload();

Q_SIGNALS:
    // The chosen entry changed, or what it holds did.
    void selectionChanged();
    // A smart folder was chosen: its search is to run.
    void smartFolderChosen(qint64 id, const QString &query);

private:
    QTreeWidgetItem *addEntry(QTreeWidgetItem *parent, Kind kind, qint64 id, const QString &title, int unread);

    FeedStore *m_feeds;
    QTreeWidget *m_tree;
    QMenu *m_contextMenu;
    QMenu *m_smartFolderMenu;
    SmartFolderStore *m_smartFolders = nullptr;
    bool m_reloading = false;
    bool m_smartFoldersCollapsed = false;
};

} // namespace Gazette
