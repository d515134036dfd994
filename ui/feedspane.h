// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gazette {

class FeedStore;

// The Feeds section of the library dock: "All Articles", "Unread", then folders with their
// feeds, each with its unread count (bold while there are unread articles) and, after a failed
// refresh, a warning icon whose tooltip says what went wrong. Choosing an entry shows its
// articles in the library list.
class FeedsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPane)

public:
    enum class Kind { AllArticles, Unread, Folder, Feed };
    enum Role { KindRole = Qt::UserRole, IdRole };

    explicit FeedsPane(FeedStore *feeds, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The menu of a right-clicked feed; the controller fills it.
    QMenu *contextMenu() const { return m_contextMenu; }
    // The feed chosen (0: an entry that is no feed).
    qint64 currentFeed() const;
    // The articles the chosen entry stands for; nothing for All Articles.
    std::optional<QSet<qint64>> currentArticles() const;
    // Reads the feeds again, keeping the chosen entry and the open folders.
    void reload();

Q_SIGNALS:
    // The chosen entry changed, or what it holds did.
    void selectionChanged();

private:
    QTreeWidgetItem *addEntry(QTreeWidgetItem *parent, Kind kind, qint64 id, const QString &title, int unread);

    FeedStore *m_feeds;
    QTreeWidget *m_tree;
    QMenu *m_contextMenu;
    bool m_reloading = false;
};

} // namespace Gazette
