// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedspane.h"

#include "store/annotationstore.h"
#include "store/feedstore.h"
#include "store/smartfolderstore.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Gazette {

FeedsPane::FeedsPane(FeedStore *feeds, QWidget *parent)
    : QWidget(parent)
    , m_feeds(feeds)
    , m_tree(new QTreeWidget(this))
    , m_contextMenu(new QMenu(this))
    , m_smartFolderMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("feedsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setObjectName(QStringLiteral("feedTree"));
    m_tree->setAccessibleName(tr("Feeds"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_contextMenu->setObjectName(QStringLiteral("feedContextMenu"));
    m_smartFolderMenu->setObjectName(QStringLiteral("smartFolderContextMenu"));
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_reloading)
            return;
        Q_EMIT selectionChanged();
        if (item && Kind(item->data(0, KindRole).toInt()) == Kind::SmartFolder)
            Q_EMIT smartFolderChosen(item->data(0, IdRole).toLongLong(), item->data(0, QueryRole).toString());
    });
    // Clicking the smart folder that is chosen already runs its search again (the reader may
    // have typed another search since).
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item == m_tree->currentItem() && Kind(item->data(0, KindRole).toInt()) == Kind::SmartFolder)
            Q_EMIT smartFolderChosen(item->data(0, IdRole).toLongLong(), item->data(0, QueryRole).toString());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        QTreeWidgetItem *item = m_tree->itemAt(point);
        const Kind kind = item ? Kind(item->data(0, KindRole).toInt()) : Kind::AllArticles;
        if (kind != Kind::Feed && kind != Kind::SmartFolder)
            return;
        m_tree->setCurrentItem(item);
        (kind == Kind::Feed ? m_contextMenu : m_smartFolderMenu)->popup(m_tree->viewport()->mapToGlobal(point));
    });
    connect(feeds, &FeedStore::changed, this, &FeedsPane::reload);
    reload();
}

void FeedsPane::setSmartFolders(SmartFolderStore *folders)
{
    m_smartFolders = folders;
    connect(folders, &SmartFolderStore::changed, this, &FeedsPane::reload);
    reload();
}

qint64 FeedsPane::currentSmartFolder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && Kind(item->data(0, KindRole).toInt()) == Kind::SmartFolder ? item->data(0, IdRole).toLongLong() : 0;
}

void FeedsPane::chooseSmartFolder(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (Kind((*it)->data(0, KindRole).toInt()) == Kind::SmartFolder && (*it)->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

qint64 FeedsPane::currentFeed() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && Kind(item->data(0, KindRole).toInt()) == Kind::Feed ? item->data(0, IdRole).toLongLong() : 0;
}

std::optional<QSet<qint64>> FeedsPane::currentArticles() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    QList<qint64> ids;
    switch (Kind(item->data(0, KindRole).toInt())) {
    case Kind::AllArticles:
    case Kind::SmartFolders:
    case Kind::SmartFolder: // its search goes to the search box, over all articles
        return std::nullopt;
    case Kind::Unread:
        ids = m_feeds->unreadArticles();
        break;
    case Kind::Feed:
        ids = m_feeds->articlesOfFeed(item->data(0, IdRole).toLongLong());
        break;
    case Kind::Folder:
        for (int i = 0; i < item->childCount(); ++i)
            ids += m_feeds->articlesOfFeed(item->child(i)->data(0, IdRole).toLongLong());
        break;
    }
    return QSet<qint64>(ids.begin(), ids.end());
}

QTreeWidgetItem *FeedsPane::addEntry(QTreeWidgetItem *parent, Kind kind, qint64 id, const QString &title, int unread)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, title);
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, id);
    if (unread > 0) {
        item->setText(1, QString::number(unread));
        QFont bold = m_tree->font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFont(1, bold);
    }
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void FeedsPane::reload()
{
    // Which entry was chosen and which folders were open, to choose and open them again.
    auto keyOf = [](const QTreeWidgetItem *item) {
        return item ? std::pair(item->data(0, KindRole).toInt(), item->data(0, IdRole).toLongLong()) : std::pair(-1, qint64(0));
    };
    const auto current = keyOf(m_tree->currentItem());
    QSet<qint64> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (Kind(item->data(0, KindRole).toInt()) == Kind::SmartFolders)
            m_smartFoldersCollapsed = !item->isExpanded();
        if (Kind(item->data(0, KindRole).toInt()) == Kind::Folder && !item->isExpanded())
            collapsed.insert(item->data(0, IdRole).toLongLong());
    }
    m_reloading = true;
    m_tree->clear();
    if (!m_feeds->annotationStore()->isOpen()) { // before a library is opened
        m_reloading = false;
        return;
    }
    const QList<FeedSubscription> feeds = m_feeds->feeds();
    addEntry(nullptr, Kind::AllArticles, 0, tr("All Articles"), 0);
    addEntry(nullptr, Kind::Unread, 0, tr("Unread"), m_feeds->unreadCount());
    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"), QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QHash<qint64, QTreeWidgetItem *> folders;
    for (const FeedFolder &folder : m_feeds->folders()) {
        int folderUnread = 0;
        for (const FeedSubscription &feed : feeds)
            folderUnread += feed.folderId == folder.id ? feed.unread : 0;
        folders.insert(folder.id, addEntry(nullptr, Kind::Folder, folder.id, folder.name, folderUnread));
    }
    for (const FeedSubscription &feed : feeds) {
        QTreeWidgetItem *item = addEntry(folders.value(feed.folderId), Kind::Feed, feed.id, feed.displayTitle(), feed.unread);
        if (!feed.error.isEmpty()) {
            item->setIcon(0, warning);
            item->setToolTip(0, tr("The last refresh failed: %1").arg(feed.error));
        } else {
            item->setToolTip(0, tr("%1\n%2 unread of %3").arg(feed.url).arg(feed.unread).arg(feed.articles));
        }
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        it.value()->setExpanded(!collapsed.contains(it.key()));
    if (m_smartFolders) {
        const QList<SmartFolder> smart = m_smartFolders->folders(true);
        if (!smart.isEmpty()) {
            QTreeWidgetItem *group = addEntry(nullptr, Kind::SmartFolders, 0, tr("Smart Folders"), 0);
            group->setFlags(Qt::ItemIsEnabled);
            const QIcon icon = QIcon::fromTheme(QStringLiteral("folder-saved-search"), QIcon::fromTheme(QStringLiteral("edit-find")));
            for (const SmartFolder &folder : smart) {
                QTreeWidgetItem *item = addEntry(group, Kind::SmartFolder, folder.id, folder.name, 0);
                item->setText(1, QString::number(folder.articles));
                item->setIcon(0, icon);
                item->setData(0, QueryRole, folder.query);
                item->setToolTip(0, tr("Search: %1\n%2").arg(folder.query,
                    folder.articles == 1 ? tr("1 article") : tr("%1 articles").arg(folder.articles)));
            }
            group->setExpanded(!m_smartFoldersCollapsed);
        }
    }
    QTreeWidgetItem *chosen = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it && !chosen; ++it) {
        if (keyOf(*it) == current)
            chosen = *it;
    }
    m_tree->setCurrentItem(chosen ? chosen : m_tree->topLevelItem(0));
    m_reloading = false;
    Q_EMIT selectionChanged();
}

} // namespace Gazette
