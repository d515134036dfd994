// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlsubscriptions.h"

#include "formats/opml.h"
#include "store/feedstore.h"

#include <QUrl>

namespace Gazette {

OpmlSubscriptions::Imported OpmlSubscriptions::import(FeedStore *feeds, const QByteArray &bytes)
{
    Imported imported;
    Opml opml;
    const auto list = opml.read(bytes);
    if (!list) {
        imported.error = opml.errorString();
        return imported;
    }
    for (const OpmlFeed &entry : *list) {
        const QUrl url(entry.xmlUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            imported.skipped.append(tr("“%1” is not a web address; skipped.").arg(entry.xmlUrl));
            continue;
        }
        if (feeds->findFeed(entry.xmlUrl)) {
            ++imported.known;
            continue;
        }
        FeedSubscription feed;
        feed.url = entry.xmlUrl;
        feed.title = entry.title;
        feed.siteUrl = entry.htmlUrl;
        if (!entry.folder.isEmpty())
            feed.folderId = feeds->folder(entry.folder).value_or(0);
        if (!feeds->addFeed(feed)) {
            imported.error = feeds->errorString();
            return imported;
        }
        ++imported.added;
    }
    return imported;
}

QByteArray OpmlSubscriptions::exportAll(const FeedStore *feeds, int *count)
{
    QHash<qint64, QString> folders;
    for (const FeedFolder &folder : feeds->folders())
        folders.insert(folder.id, folder.name);
    QList<OpmlFeed> list;
    for (const FeedSubscription &feed : feeds->feeds())
        list.append({feed.displayTitle(), feed.url, feed.siteUrl, folders.value(feed.folderId)});
    if (count)
        *count = int(list.size());
    return Opml::write(list, tr("Gazette subscriptions"));
}

} // namespace Gazette
